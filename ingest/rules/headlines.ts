/**
 * Aggregator pages put dozens of unrelated headlines on one line, separated by runs of spaces
 * or bullets; titles and captions stand alone on short lines without a full stop. The cleaner
 * drops most of them; these checks make sure whatever remains never yields entities (headline
 * lists) or relations (any headline-like line), since such fragments state nothing about the
 * article's subject.
 */
import { countSpaceSeparatedParts } from '../characters.ts';
import { tableContentLines } from '../tables.ts';
import type { Span } from '../types.ts';
import { defangedIndicatorLine } from '../indicators/written.ts';
import { referenceHeadings } from '../extract/lang/index.ts';

const HEADLINE_SEPARATOR = /(?:[^\S\n]{3,}|\t+|\s[|•·]\s)/gu;
const MIN_HEADLINES_IN_LIST = 3;
const TITLE_MAX_WORDS = 16;
const SENTENCE_END = /[.!?؟。…»"”)]\s*$/u;
/**
 * "... إن الوضع صعب. $#$", "... was hit. 12": a sentence ended, then only a mark or a number
 * (a feed's separator, a page number) before the line's end. The line is that sentence.
 */
const SENTENCE_THEN_MARK = /[.!?؟。…]\s+[^\p{L}\s][^\p{L}]*$/u;
/** "The tools used by the group:": a clause that announces a list is a sentence, a heading ("Summary:") is not. */
const LIST_LEAD = /(?:\S+\s+){3,}\S*:\s*$/u;
/** "By Jane Roe, CEO of X.": a line opening on the author's name, even with a full stop, is a byline. */
const BYLINE = /^(?:By|Par|بقلم)\s+(?:the\s+|l[ae]\s+)?[\p{Lu}\u0600-\u06ff]/u;
/** Bylines stand under the title, among the first lines of a document. */
const BYLINE_MAX_LINE = 5;
/** A line set apart as a heading: markdown's "#", or wholly in bold. */
const HEADING_LINE = /^\s*(?:#{1,6}\s+\S.*|\*\*[^*\n]+\*\*\s*:?|__[^_\n]+__\s*:?)\s*$/u;
/** A line's words without markup, a closing colon or a rule under them. */
const HEADING_MARKUP = /^[\s#*_]+|[\s*_:.]+$/gu;
const REFERENCE_HEADINGS = new Set(referenceHeadings());

export interface HeadlineRegions {
  /** Lines that list unrelated headlines: nothing in them is extracted. */
  lists: Span[];
  /** Short lines without sentence punctuation (titles, captions, bylines): no relations. */
  titles: Span[];
  /**
   * Lists of works cited, from their heading ("References", "Bibliographie") to the next heading
   * or the end: the titles they cite state nothing of the article's own, so no relations.
   */
  citations: Span[];
}

export function findHeadlineRegions(text: string): HeadlineRegions {
  const lists: Span[] = [];
  const titles: Span[] = [];
  const citations: Span[] = [];
  let citationsStart: number | undefined;
  // A table's row is split by bars and rarely ends like a sentence, yet what its cells say is
  // the report's own content.
  const rows = new Set(tableContentLines(text).map((row) => row.start));
  let lineStart = 0;
  let filledLines = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    const referenceHeading = isReferenceHeading(line);
    if (citationsStart !== undefined && (referenceHeading || HEADING_LINE.test(line))) {
      citations.push({ start: citationsStart, end: lineStart });
      citationsStart = undefined;
    }
    if (referenceHeading) citationsStart = lineStart;
    if (line.trim().length > 0 && !rows.has(lineStart)) {
      filledLines++;
      const byline = filledLines <= BYLINE_MAX_LINE && isTitleLength(line) && BYLINE.test(line.trim());
      if (isHeadlineList(line)) lists.push({ start: lineStart, end: lineEnd });
      else if (isTitleLike(line) || byline) titles.push({ start: lineStart, end: lineEnd });
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  if (citationsStart !== undefined) citations.push({ start: citationsStart, end: text.length });
  return { lists, titles, citations };
}

/** "References", "**References:**", "REFERENCES", "## Bibliographie": a heading of works cited. */
function isReferenceHeading(line: string): boolean {
  if (line.length > 40) return false;
  return REFERENCE_HEADINGS.has(line.replace(HEADING_MARKUP, '').toLowerCase());
}

function isHeadlineList(line: string): boolean {
  const fragments = line
    .split(HEADLINE_SEPARATOR)
    .map((fragment) => fragment.trim())
    .filter((fragment) => fragment.length > 0);
  return fragments.length >= MIN_HEADLINES_IN_LIST;
}

function isTitleLength(line: string): boolean {
  return countSpaceSeparatedParts(line.trim(), TITLE_MAX_WORDS) <= TITLE_MAX_WORDS;
}

function isTitleLike(line: string): boolean {
  const trimmed = line.trim();
  // "office-login[.]com" alone on its line: an item of an indicator list, the report's content.
  if (defangedIndicatorLine(line) !== undefined) return false;
  // "we found another C2 domain: office-login[.]com": a clause announcing the one indicator after
  // its colon is a sentence, with or without a full stop.
  const colon = trimmed.lastIndexOf(': ');
  if (
    colon > 0 &&
    LIST_LEAD.test(trimmed.slice(0, colon + 1)) &&
    defangedIndicatorLine(trimmed.slice(colon + 2)) !== undefined
  )
    return false;
  // LIST_LEAD ends in a colon: testing for it first spares the expression's retries from every word.
  return (
    isTitleLength(line) &&
    !SENTENCE_END.test(trimmed) &&
    !SENTENCE_THEN_MARK.test(trimmed) &&
    !(trimmed.endsWith(':') && LIST_LEAD.test(trimmed))
  );
}
