/**
 * File paths, file names and web addresses written in a report ("%appdata%\Vendor\Word\Main.dotm",
 * "Vendor.Photos.exe", "https://example.com/Vendor_Report.pdf"): the words inside them are
 * folders, files and pages, not mentions of the companies, products or groups they are named after.
 */
import { isFileExtension } from '../indicators/hostname.ts';
import type { Span } from '../types.ts';
import { matchesAtMarkedRuns, matchesOf } from '../regex-matches.ts';
import { letterNumberOr } from '../characters.ts';

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
 * their own (the last part of a web address names a page, whose words are the site's). A match
 * starts a run of the characters it is made of and holds a dot: it is tried at such runs only.
 */
const FILE_NAME =
  /(?<![\p{L}\p{N}_./-])[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)*\.(\p{L}[\p{L}\p{N}]{0,4})(?![\p{L}\p{N}_])/uy;

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
  for (const match of matchesAtMarkedRuns(FILE_NAME, text, '.', isNameCharacter)) {
    if (isFileExtension(match[1] ?? ''))
      spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

/** The characters a file name is made of: [\p{L}\p{N}_.-]. */
const isNameCharacter = letterNumberOr('_.-');

/** Whether a span lies inside a path or an address without being the whole of it. */
export function insideWrittenPath(paths: readonly Span[], span: Span): boolean {
  return paths.some(
    (path) =>
      path.start < span.end && span.start < path.end && !(span.start <= path.start && span.end >= path.end),
  );
}
