/**
 * Character classes read one code unit at a time, for scans that would otherwise run an
 * expression over every word or split a line only to count its parts.
 */

/** The code units /\s/u matches (ECMAScript WhiteSpace and LineTerminator). */
export function isWhiteSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** How many parts `text.split(/\s+/)` gives, counted up to `limit + 1` at most. */
export function countSpaceSeparatedParts(text: string, limit: number): number {
  let parts = 1;
  let inSpace = false;
  for (let index = 0; index < text.length && parts <= limit; index++) {
    const space = isWhiteSpace(text.charCodeAt(index));
    if (space && !inSpace) parts++;
    inSpace = space;
  }
  return parts;
}

const UNKNOWN = 0;
const LETTER = 1;
const NOT_LETTER = 2;
/** Whether each BMP code unit is a letter (\p{L}), filled in as asked. */
const LETTER_OF_UNIT = new Uint8Array(0x10000);
const LETTER_CHARACTER = /^\p{L}$/u;

/** Whether the code point is a letter (\p{L}); a lone surrogate is not. */
export function isLetter(codePoint: number): boolean {
  if (codePoint > 0xffff) return LETTER_CHARACTER.test(String.fromCodePoint(codePoint));
  let known = LETTER_OF_UNIT[codePoint] ?? UNKNOWN;
  if (known === UNKNOWN) {
    known = LETTER_CHARACTER.test(String.fromCharCode(codePoint)) ? LETTER : NOT_LETTER;
    LETTER_OF_UNIT[codePoint] = known;
  }
  return known === LETTER;
}
