/**
 * Where each element of a bundle's `objects` array sits in the bundle's text. A bundle is
 * ingested as its own document, and a relationship's evidence is the exact slice of text that
 * holds the relationship object, so the offsets must come from the text itself, not from a
 * re-serialisation of the parsed value.
 *
 * The scanner walks text that JSON.parse has already accepted, so it only has to follow the
 * structure (strings with their escapes, nesting), never to report syntax errors.
 */
import type { Span } from '../types.ts';

/**
 * The span of every element of the top-level object's `objects` array, in order; empty when
 * the text has no such array. When the key occurs twice the last one counts, as in JSON.parse.
 */
export function bundleObjectSpans(text: string): Span[] {
  let position = skipSpace(text, 0);
  if (text[position] !== '{') return [];
  position++;
  let spans: Span[] = [];
  for (;;) {
    position = skipSpace(text, position);
    if (text[position] === '}' || position >= text.length) return spans;
    const keyEnd = skipString(text, position);
    const key = JSON.parse(text.slice(position, keyEnd)) as string;
    position = skipSpace(text, keyEnd) + 1; // the colon
    position = skipSpace(text, position);
    if (key === 'objects' && text[position] === '[') {
      const elements = arrayElementSpans(text, position);
      spans = elements.spans;
      position = elements.end;
    } else {
      position = skipValue(text, position);
    }
    position = skipSpace(text, position);
    if (text[position] === ',') position++;
  }
}

function arrayElementSpans(text: string, open: number): { spans: Span[]; end: number } {
  const spans: Span[] = [];
  let position = skipSpace(text, open + 1);
  while (text[position] !== ']' && position < text.length) {
    const end = skipValue(text, position);
    spans.push({ start: position, end });
    position = skipSpace(text, end);
    if (text[position] === ',') position = skipSpace(text, position + 1);
  }
  return { spans, end: position + 1 };
}

/** The offset just past the value starting at `start`. */
function skipValue(text: string, start: number): number {
  const first = text[start];
  if (first === '"') return skipString(text, start);
  if (first === '{' || first === '[') return skipNested(text, start);
  let position = start;
  while (position < text.length && !',}] \t\r\n'.includes(text[position] ?? '')) position++;
  return position;
}

/** Past the closing bracket that matches the one at `start`, strings skipped whole. */
function skipNested(text: string, start: number): number {
  let depth = 0;
  let position = start;
  while (position < text.length) {
    const char = text[position];
    if (char === '"') {
      position = skipString(text, position);
      continue;
    }
    if (char === '{' || char === '[') depth++;
    else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return position + 1;
    }
    position++;
  }
  return position;
}

/** Past the closing quote of the string whose opening quote is at `start`. */
function skipString(text: string, start: number): number {
  let position = start + 1;
  while (position < text.length) {
    const char = text[position];
    if (char === '\\') position += 2;
    else if (char === '"') return position + 1;
    else position++;
  }
  return position;
}

function skipSpace(text: string, start: number): number {
  let position = start;
  while (position < text.length && ' \t\r\n'.includes(text[position] ?? '')) position++;
  return position;
}
