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
const MEMBER = 1;
const NOT_MEMBER = 2;

/**
 * A test of one code point against a class of characters (`/^\p{L}$/u`, say), its answers for
 * BMP code units kept as they are asked; a lone surrogate is in no property class.
 */
function characterClass(character: RegExp): (codePoint: number) => boolean {
  const known = new Uint8Array(0x10000);
  return (codePoint) => {
    if (codePoint > 0xffff) return character.test(String.fromCodePoint(codePoint));
    let answer = known[codePoint] ?? UNKNOWN;
    if (answer === UNKNOWN) {
      answer = character.test(String.fromCharCode(codePoint)) ? MEMBER : NOT_MEMBER;
      known[codePoint] = answer;
    }
    return answer === MEMBER;
  };
}

/** Whether the code point is a letter (\p{L}). */
export const isLetter = characterClass(/^\p{L}$/u);
/** Whether the code point is a letter or a number, in one look-up. */
export const isLetterOrNumber = characterClass(/^[\p{L}\p{N}]$/u);

/** A test for a letter, a number or one of the characters of `punctuation` ("_.-"). */
export function letterNumberOr(punctuation: string): (codePoint: number) => boolean {
  const others = new Set([...punctuation].map((character) => character.codePointAt(0) ?? -1));
  return (codePoint) => others.has(codePoint) || isLetterOrNumber(codePoint);
}

/** The code point ending just before `index` (a surrogate pair read whole), or -1 at the start. */
export function codePointBefore(text: string, index: number): number {
  if (index <= 0) return -1;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}
