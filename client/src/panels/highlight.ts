/**
 * Finds where the names of an edge's two ends occur in an evidence sentence, so the panel can
 * mark them. Longer names win over their own prefixes ("APT 28" before "APT"); case is
 * ignored for scripts that have it.
 */
export interface TextPiece {
  text: string;
  marked: boolean;
}

const MIN_TERM_LENGTH = 2;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function splitOnTerms(text: string, terms: readonly string[]): TextPiece[] {
  const unique = [
    ...new Set(terms.map((term) => term.trim()).filter((term) => term.length >= MIN_TERM_LENGTH)),
  ];
  if (unique.length === 0) return [{ text, marked: false }];
  unique.sort((a, b) => b.length - a.length);
  const pattern = new RegExp(unique.map(escapeRegExp).join('|'), 'giu');
  const pieces: TextPiece[] = [];
  let cursor = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    if (start > cursor) pieces.push({ text: text.slice(cursor, start), marked: false });
    pieces.push({ text: match[0], marked: true });
    cursor = start + match[0].length;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), marked: false });
  return pieces;
}
