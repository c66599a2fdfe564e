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
