/**
 * Finds many cue phrases in a text in one pass over its words. One big alternation regex
 * with word-boundary look-arounds is tried at every character and is slow on long texts;
 * here each word is looked up by its first word's key (lower case; Arabic letter variants
 * and attached clitics folded away), and only the few phrases starting with that word are
 * tried, anchored at the word. Matches are leftmost and, at one position, longest.
 */
import { ARABIC_VERB_PREFIX, hasArabic, phraseSource } from './text.ts';

export interface PhraseEntry<T> {
  phrase: string;
  value: T;
  /** Clitics allowed before an Arabic phrase (a regex source); defaults to و/ف. */
  arabicPrefix?: string;
}

export interface PhraseMatch<T> {
  start: number;
  end: number;
  value: T;
}

interface Compiled<T> {
  regex: RegExp;
  value: T;
}

/** A word of the text with its lookup keys, computed once however many matchers read it. */
interface Word {
  start: number;
  end: number;
  keys: WordKeys;
  /** Where the next word of the whole text starts (-1: none), and whether only white space comes before it. */
  nextStart: number;
  spacedFromNext: boolean;
}

interface WordKeys {
  /** Its own key: what it stands for as the second word of a phrase. */
  key: string;
  /** Keys it may stand for as the first word of a phrase (see candidateKeys). */
  candidates: readonly string[];
}

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
const SPACES = /^\s+$/u;
const ARABIC_CLITICS = /^(?:[وف]?[بلك]?(?:ال|لل)?)/u;

export class PhraseMatcher<T> {
  /** Phrases of one word (or one word and a glued preposition), by that word's key. */
  private readonly byFirstWord = new Map<string, Array<Compiled<T>>>();
  /** Longer phrases, by the keys of their first and second words. */
  private readonly byFirstTwoWords = new Map<string, Map<string, Array<Compiled<T>>>>();

  constructor(entries: ReadonlyArray<PhraseEntry<T>>) {
    for (const entry of entries) {
      const source = phraseSource(entry.phrase, entry.arabicPrefix ?? ARABIC_VERB_PREFIX);
      const compiled = { regex: new RegExp(source, 'iuy'), value: entry.value };
      const [first, second] = phraseKeys(entry.phrase);
      if (second === undefined) {
        listIn(this.byFirstWord, first).push(compiled);
      } else {
        let bySecond = this.byFirstTwoWords.get(first);
        if (!bySecond) this.byFirstTwoWords.set(first, (bySecond = new Map()));
        listIn(bySecond, second).push(compiled);
      }
    }
  }

  /** Matches in text[from, to), offsets in `text`; 0 <= from <= to <= text.length. */
  find(text: string, from = 0, to = text.length): Array<PhraseMatch<T>> {
    const found: Array<PhraseMatch<T>> = [];
    // Look-arounds see only the range, as if it were the whole text: the slice is made once,
    // and only when some phrase is worth trying.
    let slice: string | undefined;
    const words = wordsOf(text).within(from, to);
    let resumeAt = from;
    for (let index = 0; index < words.length; index++) {
      const word = words[index];
      if (!word || word.start < resumeAt) continue;
      const next = words[index + 1];
      const spaced =
        next !== undefined &&
        (next.start === word.nextStart ? word.spacedFromNext : SPACES.test(text.slice(word.end, next.start)));
      const nextKey = spaced ? next.keys.key : undefined;
      let best: PhraseMatch<T> | undefined;
      for (let round = 0; round < 2; round++) {
        // Phrases keyed by this word alone first, then those keyed by it and the next word.
        if (round === 1 && nextKey === undefined) break;
        for (const key of word.keys.candidates) {
          const candidates =
            round === 0 ? this.byFirstWord.get(key) : this.byFirstTwoWords.get(key)?.get(nextKey ?? '');
          for (const compiled of candidates ?? []) {
            slice ??= text.slice(from, to);
            compiled.regex.lastIndex = word.start - from;
            const match = compiled.regex.exec(slice);
            if (match && (!best || match[0].length > best.end - best.start)) {
              best = { start: word.start, end: word.start + match[0].length, value: compiled.value };
            }
          }
        }
      }
      if (best) {
        found.push(best);
        resumeAt = best.end;
      }
    }
    return found;
  }
}

function listIn<V>(map: Map<string, V[]>, key: string): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/**
 * The words of a text, found once: callers ask every matcher about the same document,
 * sentence by sentence, so the words of the last text asked about are kept.
 */
class TextWords {
  private readonly words: Word[];

  constructor(readonly text: string) {
    this.words = wordsIn(text, 0, text.length);
    for (let index = 0; index + 1 < this.words.length; index++) {
      const word = this.words[index];
      const next = this.words[index + 1];
      if (!word || !next) continue;
      word.nextStart = next.start;
      word.spacedFromNext = SPACES.test(text.slice(word.end, next.start));
    }
  }

  /**
   * The words of text[from, to) as a search of that slice alone finds them: a word cut by
   * either end of the range is taken only in its part inside the range.
   */
  within(from: number, to: number): Word[] {
    const { words, text } = this;
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((words[middle]?.end ?? 0) <= from) low = middle + 1;
      else high = middle;
    }
    const inside: Word[] = [];
    for (let index = low; index < words.length; index++) {
      const word = words[index];
      if (!word || word.start >= to) break;
      if (word.start >= from && word.end <= to) inside.push(word);
      else inside.push(...wordsIn(text, Math.max(from, word.start), Math.min(to, word.end)));
    }
    return inside;
  }
}

function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  for (const match of text.slice(from, to).matchAll(WORD)) {
    const start = from + match.index;
    const written = match[0];
    words.push({
      start,
      end: start + written.length,
      keys: keysOf(written),
      nextStart: -1,
      spacedFromNext: false,
    });
  }
  return words;
}

let lastText: TextWords | undefined;

function wordsOf(text: string): TextWords {
  if (lastText?.text !== text) lastText = new TextWords(text);
  return lastText;
}

/** News repeats its words: keys are kept per written form, up to a bound. */
const keysByWritten = new Map<string, WordKeys>();
const KEYS_KEPT = 50_000;

function keysOf(written: string): WordKeys {
  let keys = keysByWritten.get(written);
  if (!keys) {
    if (keysByWritten.size >= KEYS_KEPT) keysByWritten.clear();
    keys = { key: wordKey(written), candidates: candidateKeys(written) };
    keysByWritten.set(written, keys);
  }
  return keys;
}

/**
 * The lookup keys of a phrase: its first two words, so that frequent first words ("a", "the",
 * "le") do not make every phrase a candidate everywhere; its first word alone when it has one
 * word or ends in a one-letter Arabic preposition written glued to the next word.
 */
function phraseKeys(phrase: string): [string, string?] {
  const words = phrase.split(/\s+/);
  const [first = '', second] = words;
  if (second === undefined || (words.length === 2 && second.length === 1)) return [wordKey(first)];
  return [wordKey(first), wordKey(second)];
}

/** Keys a written word may stand for: itself, and for Arabic its forms without attached clitics. */
function candidateKeys(word: string): string[] {
  const key = wordKey(word);
  if (!hasArabic(word)) {
    // "l'origine", "d'après" are words of their own; a phrase may also start after the elision.
    const elided = /^[a-z]['’]/.exec(key) ? wordKey(word.slice(2)) : undefined;
    return elided ? [key, elided] : [key];
  }
  const keys = new Set([key]);
  const clitics = ARABIC_CLITICS.exec(key)?.[0].length ?? 0;
  for (let cut = 1; cut <= clitics && cut < key.length - 1; cut++) keys.add(key.slice(cut));
  return [...keys];
}

const ARABIC_VARIANTS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ة: 'ه', '’': "'" };

function wordKey(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII: nothing to fold.
  if (!/[^ -~]/.test(lower)) return lower;
  let key = '';
  for (const char of lower) {
    const code = char.charCodeAt(0);
    if ((code >= 0x064b && code <= 0x0652) || code === 0x0640) continue;
    key += ARABIC_VARIANTS[char] ?? char;
  }
  return key;
}
