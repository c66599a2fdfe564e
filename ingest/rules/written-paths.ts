/**
 * File paths, file names and web addresses written in a report ("%appdata%\Vendor\Word\Main.dotm",
 * "Vendor.Photos.exe", "https://example.com/Vendor_Report.pdf"): the words inside them are
 * folders, files and pages, not mentions of the companies, products or groups they are named after.
 */
import { isFileExtension } from '../indicators/hostname.ts';
import type { Span } from '../types.ts';
import { matchesOf } from '../regex-matches.ts';
import { codePointBefore, isLetter, isNumber } from '../characters.ts';

/** What may open a path: an environment variable, a drive, or a first folder. */
const PATH_HEAD = String.raw`(?:%[\p{L}\p{N}_]+%|[A-Za-z]:|[\p{L}\p{N}_.$-]+)?`;
/** A folder followed by another: its name may hold single spaces ("\User Data\"). */
const INNER_FOLDER = String.raw`\\[\p{L}\p{N}%$][^\\\s"'<>|*]*(?: [^\\\s"'<>|*]+)*(?=\\)`;
/** The last folder or file of a path, which ends at the first space. */
const LAST_PART = String.raw`\\[\p{L}\p{N}%$][^\\\s"'<>|*]*`;
/**
 * A path starts where a word would and holds at least one backslash before a letter, a digit,
 * "%" or "$" (a Markdown escape, "\_" or "\*", is none).
 */
const PATH = new RegExp(String.raw`(?<![^\s"'(\[])${PATH_HEAD}(?:${INNER_FOLDER})*${LAST_PART}`, 'gu');
/**
 * "Vendor.Photos.exe", "setup.exe": dotted words ending in the extension of a file, written on
 * their own (the last part of a web address names a page, whose words are the site's).
 */
const FILE_NAME =
  /(?<![\p{L}\p{N}_./-])[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.(\p{L}[\p{L}\p{N}]{0,4})(?![\p{L}\p{N}_])/gu;

/** A web address: a scheme or "www.", then anything to a space or a bracket that closes it. */
const WEB_ADDRESS = /(?:https?:\/\/|www\.)[^\s)\]>]+/giu;

/** Where the text writes file paths, file names and web addresses. */
export function findWrittenPaths(text: string): Span[] {
  const spans: Span[] = [];
  // Tried from every character, the path expression took half a per cent of extraction; every
  // path holds a backslash, which most texts do not.
  if (text.includes('\\')) {
    for (const match of matchesOf(PATH, text))
      spans.push({ start: match.index, end: match.index + match[0].length });
  }
  for (const match of matchesOf(WEB_ADDRESS, text))
    spans.push({ start: match.index, end: match.index + match[0].length });
  for (const match of fileNames(text)) {
    if (isFileExtension(match[1] ?? ''))
      spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** FILE_NAME tried at one place. */
const FILE_NAME_AT = new RegExp(FILE_NAME.source, 'uy');

/**
 * The matches of FILE_NAME, as `matchesOf` gives them, without trying it at every word. Its
 * look-behind lets a match start only where a run of the characters it is made of (letters,
 * digits, "_", "-", ".") starts, it holds a dot and it stays in its run: so it is tried once
 * at the start of each run holding a dot, found from the dots of the text.
 */
function fileNames(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let triedUpTo = -1;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (dot < triedUpTo) continue;
    let start = dot;
    for (
      let before = codePointBefore(text, start);
      isNameCharacter(before);
      before = codePointBefore(text, start)
    )
      start -= before > 0xffff ? 2 : 1;
    triedUpTo = dot + 1;
    for (
      let after = text.codePointAt(triedUpTo) ?? -1;
      isNameCharacter(after);
      after = text.codePointAt(triedUpTo) ?? -1
    )
      triedUpTo += after > 0xffff ? 2 : 1;
    FILE_NAME_AT.lastIndex = start;
    const match = FILE_NAME_AT.exec(text);
    if (match) found.push(match);
  }
  return found;
}

/** The characters a file name is made of: [\p{L}\p{N}_.-]. */
function isNameCharacter(codePoint: number): boolean {
  return (
    codePoint === 0x5f ||
    codePoint === 0x2e ||
    codePoint === 0x2d ||
    isLetter(codePoint) ||
    isNumber(codePoint)
  );
}

/** Whether a span lies inside a path or an address without being the whole of it. */
export function insideWrittenPath(paths: readonly Span[], span: Span): boolean {
  return paths.some(
    (path) =>
      path.start < span.end && span.start < path.end && !(span.start <= path.start && span.end >= path.end),
  );
}
