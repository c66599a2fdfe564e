/**
 * Undoes the "defanging" analysts apply so indicators cannot be clicked: `hxxp://`, `[.]`,
 * `(dot)`, `[@]`... The refanged text comes with an offset map so matches found in it can be
 * reported at their place in the original text.
 */
import { matchesOf } from '../regex-matches.ts';

export interface RefangedText {
  text: string;
  /** Offset in the original text of refanged offset `offset` (an exclusive end maps too). */
  toOriginal(offset: number): number;
  /** Whether refanged text in [start, end) was defanged as written: its writer meant an indicator. */
  defanged(start: number, end: number): boolean;
}

interface Edit {
  start: number;
  end: number;
  replacement: string;
}

const SCHEME = /\bh(?:[xX]{2}|\[tt\]|\[xx\])p(s?)(?=:\/\/|\[:\]\/\/|\[:\/\/\])|\[:\](?=\/\/)|\[:\/\/\]/g;
// Bracketed dots and ats count only between the letters or digits they join, so prose such as
// "(at)" or "(...)" stays as written.
const BRACKETED = /\s?[[({](\.|dot|@|at)[\])}]\s?/gi;
// "nceess [.com", "79.141.169[.3": a bracket opened before the dot and never closed, as some
// reports write it (the space before it, if any, belongs to it too).
const HALF_BRACKETED = /\s?\[\.(?![\])])/g;
const JOINABLE = /[\p{L}\p{N}]/u;

export function refang(text: string): RefangedText {
  const edits: Edit[] = [];
  for (const match of matchesOf(SCHEME, text)) {
    const replacement = match[0].startsWith('[')
      ? match[0] === '[:]'
        ? ':'
        : '://'
      : `http${match[1] ?? ''}`;
    edits.push({ start: match.index, end: match.index + match[0].length, replacement });
  }
  for (const match of matchesOf(BRACKETED, text)) {
    const end = match.index + match[0].length;
    if (!JOINABLE.test(text[match.index - 1] ?? '') || !JOINABLE.test(text[end] ?? '')) continue;
    const symbol = (match[1] ?? '').toLowerCase();
    edits.push({ start: match.index, end, replacement: symbol === '.' || symbol === 'dot' ? '.' : '@' });
  }
  for (const match of matchesOf(HALF_BRACKETED, text)) {
    const end = match.index + match[0].length;
    if (!JOINABLE.test(text[match.index - 1] ?? '') || !JOINABLE.test(text[end] ?? '')) continue;
    edits.push({ start: match.index, end, replacement: '.' });
  }
  if (edits.length === 0) return { text, toOriginal: (offset) => offset, defanged: () => false };
  edits.sort((a, b) => a.start - b.start);

  // Piecewise map: each edit shifts everything after it by the difference in length.
  let refanged = '';
  let cursor = 0;
  const pieces: Array<{ refangedStart: number; originalStart: number; length: number }> = [];
  for (const edit of edits) {
    if (edit.start < cursor) continue;
    pieces.push({ refangedStart: refanged.length, originalStart: cursor, length: edit.start - cursor });
    refanged += text.slice(cursor, edit.start);
    pieces.push({ refangedStart: refanged.length, originalStart: edit.start, length: 0 });
    refanged += edit.replacement;
    cursor = edit.end;
  }
  pieces.push({ refangedStart: refanged.length, originalStart: cursor, length: text.length - cursor });
  refanged += text.slice(cursor);
  // Where each replacement sits in the refanged text.
  const replaced = pieces.filter((piece) => piece.length === 0).map((piece) => piece.refangedStart);

  return {
    text: refanged,
    toOriginal(offset) {
      let piece = pieces[0];
      for (const candidate of pieces) {
        if (candidate.refangedStart > offset) break;
        piece = candidate;
      }
      if (!piece) return offset;
      // Inside a replacement everything maps to where the defanged form starts.
      return piece.originalStart + Math.min(offset - piece.refangedStart, piece.length);
    },
    defanged: (start, end) => replaced.some((at) => at >= start && at < end),
  };
}

/** Whether `written` is defanged: its writer marked it as an indicator of an attack. */
export function isDefanged(written: string): boolean {
  return refang(written).text !== written;
}
