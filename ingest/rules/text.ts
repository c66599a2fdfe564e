/**
 * Small text helpers shared by the rule modules: word boundaries that work for Arabic as well
 * as Latin script, Arabic spelling tolerance in patterns, and sentence look-ups by offset.
 */
import { isLetterOrNumber } from '../characters.ts';
import type { Span } from '../types.ts';

/** A letter or combining mark: what counts as "inside a word" in every script we read. */
export const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}]`;
export const NOT_AFTER_WORD = String.raw`(?<![\p{L}\p{M}\p{N}])`;
export const NOT_BEFORE_WORD = String.raw`(?![\p{L}\p{M}\p{N}])`;

const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;

export function hasArabic(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x0600 && code <= 0x06ff) return true;
  }
  return false;
}

export function hasLatin(text: string): boolean {
  return LATIN_LETTER.test(text);
}

const ARABIC_MARKS = '[\\u064b-\\u0652\\u0640]*';

/**
 * The news spells the same Arabic word with or without hamza on alef, with ى or ي at the end
 * and ة or ه, with or without short vowels: a pattern written once in plain spelling accepts
 * all of them.
 */
export function arabicTolerant(pattern: string): string {
  let out = '';
  for (const char of pattern) {
    if (char === 'ا' || char === 'أ' || char === 'إ' || char === 'آ') out += '[اأإآٱ]';
    else if (char === 'ي' || char === 'ى') out += '[يى]';
    else if (char === 'ة' || char === 'ه') out += '[ةه]';
    else out += char;
    // Short vowels and tatweel are optional in writing: "يُرجَّح" is "يرجح".
    if (char >= '\u0621' && char <= '\u064a') out += ARABIC_MARKS;
  }
  return out;
}

const SPELLING_VARIANTS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  '’': "'",
};

/**
 * The key words are compared by, however the news writes them: lower case, the curly apostrophe
 * as the straight one ("qu’il" is "qu'il"), and Arabic without short vowels or tatweel, its
 * alef's hamza and its final letters plain (the spellings `arabicTolerant` accepts).
 */
export function spellingKey(words: string): string {
  const lower = words.toLowerCase();
  // Most words are plain ASCII: nothing to fold.
  if (!/[^ -~]/.test(lower)) return lower;
  let key = '';
  for (const char of lower) {
    const code = char.charCodeAt(0);
    if ((code >= 0x064b && code <= 0x0652) || code === 0x0640) continue;
    key += SPELLING_VARIANTS[char] ?? char;
  }
  return key;
}

/** Arabic proclitics that attach to the next word: conjunctions, prepositions, the article. */
export const ARABIC_VERB_PREFIX = '(?:[وف])?';
export const ARABIC_NOUN_PREFIX = '(?:[وف])?(?:[بلك])?(?:ال|لل)?';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A look-ahead for the characters the phrases can start with: written before a pattern's
 * look-behind, it lets the search skip most positions without evaluating the look-behind at
 * each (twice as fast on prose). Under the `i` flag the class matches either case.
 */
export function startsWithOneOf(phrases: readonly string[]): string {
  const characters = [...new Set(phrases.map((phrase) => [...phrase][0] ?? ''))];
  return `(?=[${characters.map((character) => character.replace(/[\\\]^-]/gu, '\\$&')).join('')}])`;
}

/**
 * Compiles a list of phrases into one alternation matched at word boundaries: French/English
 * phrases literally (spaces match any run of spaces, apostrophes either form), Arabic ones
 * with spelling tolerance and an optional clitic prefix.
 */
export function phraseSource(phrase: string, arabicPrefix = ARABIC_VERB_PREFIX): string {
  const { body, endsWord } = phraseParts(phrase, arabicPrefix);
  return `${NOT_AFTER_WORD}${body}${endsWord ? NOT_BEFORE_WORD : ''}`;
}

/**
 * Several phrases as one group matched at word boundaries, like their phraseSource joined
 * with `|`, but with the shared look-behind written once before the group: an unanchored
 * search then tests it once per position instead of once per phrase, and the engine can skip
 * positions by the phrases' first characters (several times faster on the short contexts
 * read around every trigger). Consecutive phrases that end a word share one look-ahead:
 * `(?:a|b)(?!…)` tries the same readings in the same order as `a(?!…)|b(?!…)`, and every
 * look-around over all letters costs the engine about a millisecond to compile under the
 * `i` flag (a list of incident nouns took 60 ms of CPU on its first use).
 */
export function phrasesSource(phrases: readonly string[], arabicPrefix = ARABIC_VERB_PREFIX): string {
  const groups: string[] = [];
  let wordEnding: string[] = [];
  const closeRun = () => {
    if (wordEnding.length > 0) groups.push(`(?:${wordEnding.join('|')})${NOT_BEFORE_WORD}`);
    wordEnding = [];
  };
  for (const phrase of phrases) {
    const { body, endsWord } = phraseParts(phrase, arabicPrefix);
    if (endsWord) {
      wordEnding.push(body);
      continue;
    }
    closeRun();
    groups.push(body);
  }
  closeRun();
  return `${NOT_AFTER_WORD}(?:${groups.join('|')})`;
}

export interface PhraseParts {
  /** The phrase as a regex source, Arabic clitics included, without the word-boundary checks. */
  body: string;
  /** Whether the phrase must end where a word ends (no letter, mark or digit right after it). */
  endsWord: boolean;
  /**
   * True when the body can match in at most one way at a position (no optional clitics; each
   * run of spaces taken whole), so that the word end may be checked after the match instead of
   * inside the regex.
   */
  singleReading: boolean;
}

export function phraseParts(phrase: string, arabicPrefix = ARABIC_VERB_PREFIX): PhraseParts {
  if (hasArabic(phrase)) {
    const words = phrase.split(/\s+/);
    const body = words.map((word) => arabicTolerant(escapeRegExp(word))).join(String.raw`\s+`);
    // A phrase ending in a one-letter preposition ("المرتبطة ب") is written glued to the next word.
    const glued = (words[words.length - 1] ?? '').length === 1;
    return { body: `${arabicPrefix}${body}`, endsWord: !glued, singleReading: false };
  }
  const body = escapeRegExp(phrase)
    .replace(/\s+/g, String.raw`\s+`)
    .replace(/'/g, "['’]");
  return { body, endsWord: /[\p{L}\p{N}]$/u.test(phrase), singleReading: true };
}

/** Sorted spans: index of the span containing `offset`, or -1. Binary search. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const span = spans[middle];
    if (!span) break;
    if (offset < span.start) high = middle - 1;
    else if (offset >= span.end) low = middle + 1;
    else return middle;
  }
  return -1;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** Number of words (runs of letters and digits) between two offsets, to keep patterns local. */
export function wordsBetween(text: string, start: number, end: number): number {
  if (end <= start) return 0;
  // Rules ask this for many pairs of mentions: a scan, without building the list of words.
  const between = text.slice(start, end);
  let words = 0;
  let inWord = false;
  for (let at = 0; at < between.length;) {
    const code = between.codePointAt(at) ?? 0;
    const letterOrDigit = isLetterOrNumber(code);
    if (letterOrDigit && !inWord) words++;
    inWord = letterOrDigit;
    at += code > 0xffff ? 2 : 1;
  }
  return words;
}

/** The index of the first item starting at or after `offset` in a list sorted by start. Binary search. */
export function firstStartingFrom(sorted: readonly Span[], offset: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle]?.start ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The items of a list sorted by start that lie inside `span`. Binary search, then a short scan. */
export function within<T extends Span>(sorted: readonly T[], span: Span): T[] {
  const found: T[] = [];
  for (let index = firstStartingFrom(sorted, span.start); index < sorted.length; index++) {
    const item = sorted[index];
    if (!item || item.start >= span.end) break;
    if (item.end <= span.end) found.push(item);
  }
  return found;
}
