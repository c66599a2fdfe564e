/**
 * Sentence boundaries for Arabic, French and English news text, rule-based so every decision
 * can be explained: a sentence ends at `.`, `!`, `?`, `…`, `؟`, `!` or `؛` followed by a space
 * and something that can start a sentence, or glued to the next Arabic word (Arabic press often
 * omits the space); at a paragraph break; and at a line break unless the next line carries on
 * in lower case (hard-wrapped text). It does not end after abbreviations and initials
 * ("M.", "Mme", "Dr.", "U.S.", "J."), inside numbers, domain names or links (no space follows
 * the dot), at an elision "(...)", or inside a «quotation» that closes in the same paragraph,
 * so a quote stays with the words that attribute it. A straight quote after the space that
 * follows the punctuation, before a capital, opens the next sentence ('said X. "They ...'),
 * where a closing quote after a space (French « ... . ») ends the sentence it closes.
 */
import type { LanguageTag } from '../graph-schema/model.ts';
import { detectLanguage } from './language.ts';
import { defangedIndicatorLine } from './indicators/written.ts';
import type { Sentence, Span } from './types.ts';
import { NAMES } from './extract/lang/names.ts';
import { names as arabicNames } from './extract/lang/ar/names.ts';
import { matchesOf } from './regex-matches.ts';

/** Sentences with fewer letters than this take the document's language. */
const MIN_LETTERS_FOR_OWN_LANGUAGE = 25;
/** "o    CVE-2017-0199": a lone "o" and a run of blanks before an item is a bullet, not a word. */
const LETTER_BULLET = /^[\t ]*o(?:\t|[\t ]{2,})\S/u;
/** A quotation longer than this is more likely an unclosed mark than one quoted statement. */
const MAX_QUOTE_CHARS = 800;

/** Written with a final dot that does not end the sentence; compared as written. */
const ABBREVIATIONS = new Set(
  [
    // French
    'M MM Mme Mmes Mlle Mlles Me Mgr Dr Pr St Ste Cie Sté etc cf p pp vol env av apr J.-C ex art',
    'al coll éd fig chap tél bd boul janv févr avr juil sept oct nov déc',
    // English
    'Mr Mrs Ms Messrs Prof Sr Jr Inc Ltd Co Corp Gen Col Lt Sgt Capt Gov Sen Rep Rev Hon vs',
    'e.g i.e No Nos Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec approx dept Mt Ave Blvd',
  ]
    .join(' ')
    .split(' ')
    // Civilities of the name packs, with their OCR spellings ("NI." for "M.").
    .concat(NAMES.civilities.map((civility) => civility.replace(/\.$/u, '')))
    // Arabic titles written short ("د." for "الدكتور").
    .concat(arabicNames.abbreviatedTitles.map((title) => title.replace(/\.$/u, ''))),
);

const TERMINAL_RUN = /[.!?…؟؛]+/g;
/** Sticky: read where a punctuation run ends, without slicing the paragraph. */
const CLOSERS = /(?:[ \u00a0\u202f]?[»"”’')\]])*/uy;
const ARABIC_LETTER = /\p{Script=Arabic}/u;
/** A straight quote after a space, last of the closers read after a sentence's punctuation. */
const OPENING_STRAIGHT_QUOTE = /[ \u00a0\u202f]["']$/u;
const PARAGRAPH_BREAK = /\n[ \t\u00a0]*\n\s*/g;

export function splitSentences(text: string, lang: LanguageTag): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs(text)) {
    const quotes = quotations(text, paragraph);
    let start = paragraph.start;
    for (const boundary of boundaries(text, paragraph, quotes)) {
      pushSentence(sentences, text, start, boundary, lang);
      start = boundary;
    }
    pushSentence(sentences, text, start, paragraph.end, lang);
  }
  return sentences;
}

function paragraphs(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of matchesOf(PARAGRAPH_BREAK, text)) {
    spans.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/** Spans of «...» and “...” quotations that open and close within the paragraph. */
function quotations(text: string, paragraph: Span): Span[] {
  const spans: Span[] = [];
  const open: Array<{ char: string; at: number }> = [];
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const char = text[i];
    if (char === '«' || char === '“') {
      open.push({ char, at: i });
    } else if (char === '»' || char === '”') {
      const expected = char === '»' ? '«' : '“';
      const last = open.at(-1);
      if (last?.char !== expected) continue;
      open.pop();
      if (i - last.at <= MAX_QUOTE_CHARS) spans.push({ start: last.at, end: i });
    }
  }
  return spans;
}

/** Offsets where a new sentence starts inside the paragraph, in order. */
function* boundaries(text: string, paragraph: Span, quotes: readonly Span[]): Generator<number> {
  const body = text.slice(paragraph.start, paragraph.end);
  const candidates: number[] = [];
  for (const match of matchesOf(TERMINAL_RUN, body)) {
    const boundary = punctuationBoundary(body, match.index, match[0]);
    if (boundary === undefined) continue;
    const at = paragraph.start + boundary;
    const punctuation = paragraph.start + match.index;
    if (quotes.some((quote) => quote.start < punctuation && at <= quote.end)) continue;
    candidates.push(at);
  }
  let lineStart = 0;
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) {
    const next = /\S/u.exec(body.slice(i + 1, i + 3))?.[0] ?? '';
    const nextEnd = body.indexOf('\n', i + 1);
    // Hard-wrapped prose continues in lower case; a heading or a new line of text does not,
    // nor does an item bulleted by a lone "o" (as word processors export their lists), nor
    // the first item of a list a colon ends its line to open ("domains:\noffice-login[.]com"),
    // nor a defanged indicator alone on its line, an item of a list under any lead, nor the
    // line after one.
    if (
      !/\p{Ll}/u.test(next) ||
      LETTER_BULLET.test(body.slice(i + 1, i + 8)) ||
      /:[\t ]*$/u.test(body.slice(Math.max(0, i - 8), i)) ||
      defangedIndicatorLine(body.slice(i + 1, nextEnd < 0 ? body.length : nextEnd)) !== undefined ||
      defangedIndicatorLine(body.slice(lineStart, i)) !== undefined
    ) {
      candidates.push(paragraph.start + i + 1);
    }
    lineStart = i + 1;
  }
  let previous = paragraph.start;
  for (const candidate of [...new Set(candidates)].sort((a, b) => a - b)) {
    if (candidate > previous && candidate < paragraph.end) {
      yield candidate;
      previous = candidate;
    }
  }
}

/**
 * Where the next sentence starts when the punctuation run `run` at `at` ends one, else
 * undefined. Closing quotes and brackets right after the run belong to the ending sentence.
 */
function punctuationBoundary(body: string, at: number, run: string): number | undefined {
  const afterRun = at + run.length;
  CLOSERS.lastIndex = afterRun;
  const closers = CLOSERS.exec(body)?.[0] ?? '';
  const end = afterRun + closers.length;
  const next = body[end];
  if (next === undefined) return undefined;
  // 'at Quillsec. "Ashfox is ...': a straight quote after a space and before a word opens the
  // next sentence's quotation; it closes nothing.
  if (
    OPENING_STRAIGHT_QUOTE.test(closers) &&
    /[\p{Lu}\p{N}]/u.test(next) &&
    !(run === '.' && isAbbreviation(body.slice(Math.max(0, at - 40), at)))
  )
    return end - 1;
  if (ARABIC_LETTER.test(next) && /[.!?؟؛]/.test(run)) return end;
  if (!/\s/u.test(next)) return undefined;
  const following = /\S/u.exec(body.slice(end, end + 8))?.[0];
  if (following === undefined || /\p{Ll}/u.test(following)) return undefined;
  if (run === '.' && closers === '' && isAbbreviation(body.slice(Math.max(0, at - 40), at))) return undefined;
  if (/^(?:\.\.\.|…)$/.test(run) && (body[at - 1] === '(' || body[at - 1] === '[')) return undefined;
  return end;
}

/** Whether the word written just before a dot is an abbreviation or an initial. */
function isAbbreviation(before: string): boolean {
  const word = before.slice(wordStartBefore(before));
  if (word === '') return false;
  if (ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/^[’']/u, ''))) return true;
  // Initials and dotted acronyms: "J.", "U.S", "J.-P".
  return /^(?:\p{Lu}[.-]{1,2})*\p{Lu}$/u.test(word);
}

const ABBREVIATION_CHARACTER = /^[\p{L}\p{N}.'’-]$/u;

/**
 * Where the run of letters, digits, dots, apostrophes and hyphens that ends `before` starts.
 * Read backwards: an expression anchored at the end only would be tried from every character.
 */
function wordStartBefore(before: string): number {
  let start = before.length;
  while (start > 0) {
    const low = before.charCodeAt(start - 1);
    const high = start > 1 ? before.charCodeAt(start - 2) : 0;
    const width = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if (!ABBREVIATION_CHARACTER.test(before.slice(start - width, start))) break;
    start -= width;
  }
  return start;
}

function pushSentence(
  sentences: Sentence[],
  text: string,
  from: number,
  to: number,
  lang: LanguageTag,
): void {
  let start = from;
  let end = to;
  while (start < end && /\s/u.test(text[start] ?? '')) start++;
  while (end > start && /\s/u.test(text[end - 1] ?? '')) end--;
  if (start === end) return;
  const sentenceText = text.slice(start, end);
  sentences.push({ start, end, text: sentenceText, lang: sentenceLanguage(sentenceText, lang) });
}

function sentenceLanguage(sentence: string, documentLanguage: LanguageTag): LanguageTag {
  const detected = detectLanguage(sentence, { minLetters: MIN_LETTERS_FOR_OWN_LANGUAGE });
  return detected === 'und' ? documentLanguage : detected;
}
