/**
 * Undoes the "defanging" analysts apply so indicators cannot be clicked: `hxxp://`, `[.]`,
 * `(dot)`, `[@]`... The refanged text comes with an offset map so matches found in it can be
 * reported at their place in the original text.
 */

export interface RefangedText {
  text: string;
  /**
   * `original[i]` is the offset in the original text where refanged character `i` came from;
   * it has one extra entry (the original length) so an exclusive end maps too.
   */
  original: Int32Array;
}

// Bracketed forms only count between the characters they join, so prose such as "(at)" or
// "(...)" stays as written.
const DEFANGS: ReadonlyArray<{ pattern: RegExp; replace: (match: RegExpMatchArray) => string }> = [
  {
    pattern: /\bh(?:[xX]{2}|\[tt\]|\[xx\])p(s?)(?=:\/\/|\[:\]\/\/|\[:\/\/\])/g,
    replace: (m) => `http${m[1] ?? ''}`,
  },
  { pattern: /\[:\](?=\/\/)/g, replace: () => ':' },
  { pattern: /\[:\/\/\]/g, replace: () => '://' },
  { pattern: /(?<=[\p{L}\p{N}])\s?[[({](?:\.|dot)[\])}]\s?(?=[\p{L}\p{N}])/giu, replace: () => '.' },
  { pattern: /(?<=[\p{L}\p{N}])\s?[[({](?:@|at)[\])}]\s?(?=[\p{L}\p{N}])/giu, replace: () => '@' },
];

export function refang(text: string): RefangedText {
  const edits: Array<{ start: number; end: number; replacement: string }> = [];
  for (const { pattern, replace } of DEFANGS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (edits.some((edit) => edit.start < end && start < edit.end)) continue;
      edits.push({ start, end, replacement: replace(match) });
    }
  }
  edits.sort((a, b) => a.start - b.start);

  let refanged = '';
  const original: number[] = [];
  let cursor = 0;
  for (const edit of edits) {
    refanged += text.slice(cursor, edit.start);
    for (let i = cursor; i < edit.start; i++) original.push(i);
    refanged += edit.replacement;
    for (let i = 0; i < edit.replacement.length; i++) original.push(edit.start);
    cursor = edit.end;
  }
  refanged += text.slice(cursor);
  for (let i = cursor; i < text.length; i++) original.push(i);
  original.push(text.length);
  return { text: refanged, original: Int32Array.from(original) };
}
