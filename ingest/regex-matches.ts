import { codePointBefore } from './characters.ts';

/**
 * Every match of a global expression, as `String.prototype.matchAll` gives them. `matchAll`
 * first copies the expression (the language asks for a new one from its source and flags),
 * and for the long alternations the packs build, finding that copy's compiled form again by
 * its source costs more than searching a sentence: the rules search each sentence with dozens
 * of them. Here the expression itself searches; its `lastIndex` is left as it was found.
 */
export function matchesOf(regex: RegExp, text: string): RegExpExecArray[] {
  if (!regex.global)
    throw new TypeError(`matchesOf needs a global expression: /${regex.source}/${regex.flags}`);
  const from = regex.lastIndex;
  const fullUnicode = regex.unicode || regex.flags.includes('v');
  const found: RegExpExecArray[] = [];
  try {
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      found.push(match);
      // An empty match moves on by one character, as matchAll does.
      if (match[0] === '') regex.lastIndex = advance(text, regex.lastIndex, fullUnicode);
    }
  } finally {
    regex.lastIndex = from;
  }
  return found;
}

/** The index after the character at `index`: a surrogate pair is one character under `u` or `v`. */
function advance(text: string, index: number, fullUnicode: boolean): number {
  if (!fullUnicode || index + 1 >= text.length) return index + 1;
  const lead = text.charCodeAt(index);
  const trail = text.charCodeAt(index + 1);
  return lead >= 0xd800 && lead <= 0xdbff && trail >= 0xdc00 && trail <= 0xdfff ? index + 2 : index + 1;
}

/**
 * The matches `matchesOf` gives for an expression whose look-behind lets a match start only
 * where a run of `inRun` characters starts, and whose every match holds `mark` inside that run
 * (a dot in a file or host name): the expression is tried once at the start of each run
 * holding the mark, found from the marks of the text, instead of at every position. `sticky`
 * is that expression with the `y` flag and without `g`.
 */
export function matchesAtMarkedRuns(
  sticky: RegExp,
  text: string,
  mark: string,
  inRun: (codePoint: number) => boolean,
): RegExpExecArray[] {
  if (!sticky.sticky || sticky.global)
    throw new TypeError(`matchesAtMarkedRuns needs a sticky expression: /${sticky.source}/${sticky.flags}`);
  const found: RegExpExecArray[] = [];
  // Where the search would go on from: the end of the last match, the end of the last run tried.
  let searchFrom = 0;
  let triedUpTo = 0;
  for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.length)) {
    if (at < triedUpTo) continue;
    let start = at;
    for (
      let before = codePointBefore(text, start);
      before >= 0 && inRun(before);
      before = codePointBefore(text, start)
    )
      start -= before > 0xffff ? 2 : 1;
    triedUpTo = at + mark.length;
    for (
      let after = text.codePointAt(triedUpTo) ?? -1;
      after >= 0 && inRun(after);
      after = text.codePointAt(triedUpTo) ?? -1
    )
      triedUpTo += after > 0xffff ? 2 : 1;
    if (start < searchFrom) continue;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (match) {
      found.push(match);
      searchFrom = match.index + match[0].length;
    }
  }
  sticky.lastIndex = 0;
  return found;
}
