/**
 * Finds many cue phrases in a text in one pass over its words. One big alternation regex
 * with word-boundary look-arounds is tried at every character and is slow on long texts;
 * here each word is looked up by its first word's key (lower case; Arabic letter variants
 * and attached clitics folded away), and only the few phrases starting with that word are
 * tried, anchored at the word. Matches are leftmost and, at one position, longest.
 *
 * Every matcher is asked about the same document, sentence by sentence: the words of the
 * last text asked about, and the keys of every written form, are found once and shared.
 */
import { isWhiteSpace } from '../characters.ts';
import { ARABIC_VERB_PREFIX, hasArabic, NOT_BEFORE_WORD, phraseParts, spellingKey } from './text.ts';

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

/**
 * A phrase is read when a word first calls for it (most phrases never occur); its expression is
 * built only when code cannot decide, which for a Latin phrase is rare.
 */
class Phrase<T> {
  readonly value: T;
  private compiled: CompiledPhrase | undefined;

  private readonly entry: PhraseEntry<T>;

  constructor(entry: PhraseEntry<T>) {
    this.entry = entry;
    this.value = entry.value;
  }

  /** Length of the phrase written at `at` in `text`, or -1; `at` must be where a word starts. */
  lengthAt(text: string, at: number): number {
    const compiled = this.compile();
    const length = compiled.latin ? literalLength(compiled.latin, text, at) : undefined;
    if (length === NO_MATCH) return NO_MATCH;
    const matched = length ?? this.regexLength(text, at);
    if (matched === NO_MATCH) return NO_MATCH;
    const end = at + matched;
    if (!compiled.endsWord || end >= text.length || characterKind(text.codePointAt(end) ?? 0) !== WORD_START)
      return matched;
    if (compiled.singleReading) return -1;
    // The first reading runs into a word; a later one (without a clitic, say) may end with one.
    compiled.wordEnding ??= new RegExp(`${compiled.body}${NOT_BEFORE_WORD}`, 'iuy');
    compiled.wordEnding.lastIndex = at;
    return compiled.wordEnding.exec(text)?.[0].length ?? -1;
  }

  /**
   * A look-ahead over all letters, marks and digits makes a regex slow to build (a millisecond
   * each, paid again when the engine compiles a rarely used one to machine code). The
   * look-behind always holds where a word starts, so it is left out; the word end is checked
   * in code after the match. The engine returns the first reading, in its order, that the
   * look-ahead accepts: when the first reading of the phrase alone ends a word, that is the
   * answer; only when it does not, and the phrase can be read several ways, is the expression
   * with the look-ahead built and asked.
   */
  private compile(): CompiledPhrase {
    if (!this.compiled) {
      const parts = phraseParts(this.entry.phrase, this.entry.arabicPrefix ?? ARABIC_VERB_PREFIX);
      this.compiled = {
        body: parts.body,
        endsWord: parts.endsWord,
        singleReading: parts.singleReading,
        ...(hasArabic(this.entry.phrase) ? {} : { latin: this.entry.phrase }),
      };
    }
    return this.compiled;
  }

  /** The expression is built when first needed: a Latin phrase seldom needs it. */
  private regexLength(text: string, at: number): number {
    const compiled = this.compile();
    const regex = (compiled.regex ??= new RegExp(compiled.body, 'iuy'));
    regex.lastIndex = at;
    return regex.exec(text)?.[0].length ?? NO_MATCH;
  }
}

const NO_MATCH = -1;

/**
 * The length of a Latin phrase written at `at`, read as its expression reads it (`phraseParts`:
 * white space matches any run of it, an apostrophe either form, letters either case), without
 * the cost of running an expression: most phrases tried are checked on a few letters. Only
 * ASCII letters are compared here; where a character differs from the phrase's and either is
 * not ASCII (an accented capital, the Kelvin sign that the `iu` flags read as "k"), the answer
 * is undefined and the expression decides.
 */
function literalLength(phrase: string, text: string, at: number): number | undefined {
  let position = at;
  for (let index = 0; index < phrase.length; index++) {
    const expected = phrase.charCodeAt(index);
    if (isWhiteSpace(expected)) {
      while (index + 1 < phrase.length && isWhiteSpace(phrase.charCodeAt(index + 1))) index++;
      if (position >= text.length || !isWhiteSpace(text.charCodeAt(position))) return NO_MATCH;
      while (position < text.length && isWhiteSpace(text.charCodeAt(position))) position++;
      continue;
    }
    if (position >= text.length) return NO_MATCH;
    const found = text.charCodeAt(position);
    position++;
    if (found === expected) continue;
    if (expected === APOSTROPHE) {
      if (found === RIGHT_QUOTE) continue;
      return NO_MATCH;
    }
    if (found >= 0x80 || expected >= 0x80) return undefined;
    if (!isAsciiLetter(expected) || (found | 0x20) !== (expected | 0x20)) return NO_MATCH;
  }
  return position - at;
}

const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

function isAsciiLetter(code: number): boolean {
  const lower = code | 0x20;
  return lower >= 0x61 && lower <= 0x7a;
}

interface CompiledPhrase {
  /** The phrase's expression source, without word-boundary checks. */
  body: string;
  /** That expression, built on first need. */
  regex?: RegExp;
  /** A phrase in Latin script, compared in code before its expression is asked. */
  latin?: string;
  endsWord: boolean;
  singleReading: boolean;
  /** The phrase followed by the word-end look-ahead, built on first need. */
  wordEnding?: RegExp;
}

/**
 * Keys are numbered across all matchers, so that a word knows once and for all which of its
 * keys any phrase starts with (most words: none) or continues with.
 */
const firstKeyIds = new Map<string, number>();
const secondKeyIds = new Map<string, number>();
const NO_KEY = -1;

function registerKey(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
    // Words read before this key existed did not look for it.
    keysByWritten.clear();
    lastText = undefined;
  }
  return id;
}

export class PhraseMatcher<T> {
  /** Phrases of one word (or one word and a glued preposition), by that word's key. */
  private readonly byFirstWord = new Map<number, Array<Phrase<T>>>();
  /** Longer phrases, by the keys of their first and second words. */
  private readonly byFirstTwoWords = new Map<number, Map<number, Array<Phrase<T>>>>();
  /**
   * Whether a first-word key (by id) starts some phrase of this matcher. Keys are shared by all
   * matchers, so most words of a sentence start a phrase of some matcher but not of this one:
   * one look in this table passes them over.
   */
  private readonly ownFirstKeys: Uint8Array;

  constructor(entries: ReadonlyArray<PhraseEntry<T>>) {
    for (const entry of entries) {
      const phrase = new Phrase(entry);
      const [first, second] = phraseKeys(entry.phrase);
      const firstId = registerKey(firstKeyIds, first);
      if (second === undefined) {
        listIn(this.byFirstWord, firstId).push(phrase);
      } else {
        let bySecond = this.byFirstTwoWords.get(firstId);
        if (!bySecond) this.byFirstTwoWords.set(firstId, (bySecond = new Map()));
        listIn(bySecond, registerKey(secondKeyIds, second)).push(phrase);
      }
    }
    this.ownFirstKeys = new Uint8Array(firstKeyIds.size);
    for (const id of [...this.byFirstWord.keys(), ...this.byFirstTwoWords.keys()]) this.ownFirstKeys[id] = 1;
  }

  /** Matches in text[from, to), offsets in `text`; 0 <= from <= to <= text.length. */
  find(text: string, from = 0, to = text.length): Array<PhraseMatch<T>> {
    const found: Array<PhraseMatch<T>> = [];
    // Look-arounds see only the range, as if it were the whole text: the slice is made once,
    // and only when some phrase is worth trying.
    let slice: string | undefined;
    const sliceOfRange = (): string => (slice ??= text.slice(from, to));
    const { words, first, end } = wordsOf(text).within(from, to);
    let resumeAt = from;
    for (let index = first; index < end; index++) {
      const word = words[index];
      if (!word || word.start < resumeAt || !this.startsOwnPhrase(word)) continue;
      const best = this.longestAt(
        text,
        from,
        sliceOfRange,
        word,
        index + 1 < end ? words[index + 1] : undefined,
      );
      if (best) {
        found.push(best);
        resumeAt = best.end;
      }
    }
    return found;
  }

  /**
   * The phrase starting at offset 0 of a short text made up for one question. Its words are
   * read afresh rather than through the shared cache, which holds the document's words.
   */
  findAtStart(text: string): PhraseMatch<T> | undefined {
    const [first, second] = wordsIn(text, 0, text.length);
    if (!first || first.start !== 0) return undefined;
    return this.longestAt(text, 0, () => text, first, second);
  }

  private startsOwnPhrase(word: Word): boolean {
    for (const id of word.keys.firstIds)
      if (id < this.ownFirstKeys.length && this.ownFirstKeys[id] === 1) return true;
    return false;
  }

  /** The longest phrase starting at `word`, read in the range starting at `from` whose text `slice` gives. */
  private longestAt(
    text: string,
    from: number,
    slice: () => string,
    word: Word,
    next: Word | undefined,
  ): PhraseMatch<T> | undefined {
    if (word.keys.firstIds.length === 0) return undefined;
    let best: PhraseMatch<T> | undefined;
    for (let round = 0; round < 2; round++) {
      // Phrases keyed by this word alone first, then those keyed by it and the next word.
      const secondId = round === 0 ? NO_KEY : secondKeyOfNext(text, word, next);
      if (round === 1 && secondId === NO_KEY) break;
      for (const firstId of word.keys.firstIds) {
        const phrases =
          round === 0 ? this.byFirstWord.get(firstId) : this.byFirstTwoWords.get(firstId)?.get(secondId);
        for (const phrase of phrases ?? []) {
          const length = phrase.lengthAt(slice(), word.start - from);
          if (length >= 0 && (!best || length > best.end - best.start)) {
            best = { start: word.start, end: word.start + length, value: phrase.value };
          }
        }
      }
    }
    return best;
  }
}

function listIn<V>(map: Map<number, V[]>, key: number): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** A word of the text with its keys. */
interface Word {
  start: number;
  end: number;
  keys: WordKeys;
}

interface WordKeys {
  /** Ids of the keys it may stand for (see candidateKeys) that some phrase starts with, in order. */
  firstIds: readonly number[];
  /** Id of its own key if some phrase has it as its second word, else NO_KEY. */
  secondId: number;
}

const SPACES = /^\s+$/u;
const ARABIC_CLITICS = /^(?:[وف]?[بلك]?(?:ال|لل)?)/u;

/** The second-word key id of `next` when only white space separates it from `word`. */
function secondKeyOfNext(text: string, word: Word, next: Word | undefined): number {
  if (!next || next.keys.secondId === NO_KEY) return NO_KEY;
  return spacesOnly(text, word.end, next.start) ? next.keys.secondId : NO_KEY;
}

function spacesOnly(text: string, from: number, to: number): boolean {
  // One plain space is by far the most common gap.
  if (to === from + 1 && text.charCodeAt(from) === 0x20) return true;
  return SPACES.test(text.slice(from, to));
}

/** The words of one text, each with its keys. */
class TextWords {
  text: string;
  private readonly words: Word[];

  constructor(text: string) {
    this.text = text;
    this.words = wordsIn(text, 0, text.length);
  }

  /**
   * The words of text[from, to) as a search of that slice alone finds them: a word cut by
   * either end of the range is taken only in its part inside the range. A range no word
   * crosses (a sentence, most often) is read in place, without a list of its own.
   */
  within(from: number, to: number): WordRange {
    const { words, text } = this;
    let low = 0;
    let high = words.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((words[middle]?.end ?? 0) <= from) low = middle + 1;
      else high = middle;
    }
    let end = low;
    let cut = false;
    for (; end < words.length; end++) {
      const word = words[end];
      if (!word || word.start >= to) break;
      if (word.start < from || word.end > to) cut = true;
    }
    if (!cut) return { words, first: low, end };
    const inside: Word[] = [];
    for (let index = low; index < end; index++) {
      const word = words[index];
      if (!word) continue;
      if (word.start >= from && word.end <= to) inside.push(word);
      else inside.push(...wordsIn(text, Math.max(from, word.start), Math.min(to, word.end)));
    }
    return { words: inside, first: 0, end: inside.length };
  }
}

/** Words `first` to `end` (exclusive) of a list. */
interface WordRange {
  words: readonly Word[];
  first: number;
  end: number;
}

/**
 * The words of text[from, to), read as if the range were the whole text: a word is a letter,
 * mark or digit followed by any of those, apostrophes and hyphens.
 */
function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  let at = from;
  while (at < to) {
    const start = at;
    let code = codePointIn(text, at, to);
    at += widthOf(code);
    if (characterKind(code) !== WORD_START) continue;
    let hash = code;
    while (at < to) {
      code = codePointIn(text, at, to);
      if (characterKind(code) === OUTSIDE_WORDS) break;
      hash = (Math.imul(hash, 31) + code) | 0;
      at += widthOf(code);
    }
    words.push({ start, end: at, keys: keysByWritten.get(text, start, at, hash) });
  }
  return words;
}

/** The code point at `at`, a surrogate half alone when its pair is cut by `to`. */
function codePointIn(text: string, at: number, to: number): number {
  const code = text.codePointAt(at) ?? 0;
  return code > 0xffff && at + 1 >= to ? text.charCodeAt(at) : code;
}

function widthOf(code: number): number {
  return code > 0xffff ? 2 : 1;
}

/** Whether a character starts a word, may only continue one, or ends it; BMP answers are kept. */
const WORD_START = 1;
const WORD_INSIDE = 2;
const OUTSIDE_WORDS = 3;
const KIND_OF_UNIT = new Uint8Array(0x10000);
const STARTS_WORD = /^[\p{L}\p{M}\p{N}]$/u;
const CONTINUES_WORD = /^['’-]$/u;

function characterKind(code: number): number {
  const known = code <= 0xffff ? (KIND_OF_UNIT[code] ?? 0) : 0;
  if (known !== 0) return known;
  const character = String.fromCodePoint(code);
  const kind = STARTS_WORD.test(character)
    ? WORD_START
    : CONTINUES_WORD.test(character)
      ? WORD_INSIDE
      : OUTSIDE_WORDS;
  if (code <= 0xffff) KIND_OF_UNIT[code] = kind;
  return kind;
}

let lastText: TextWords | undefined;

function wordsOf(text: string): TextWords {
  if (lastText?.text !== text) lastText = new TextWords(text);
  // The same document read again arrives as an equal string but another object, which V8
  // compares character by character on every call (long strings are hashed by their length
  // alone): holding the caller's object makes the next comparisons identity checks.
  else lastText.text = text;
  return lastText;
}

/**
 * News repeats its words: keys are kept per written form, up to a bound. The table is looked
 * up with the word's place in the text and a hash read while the word was scanned, so a word
 * seen before costs no string of its own (a Map keyed by strings would want a slice per word).
 */
class KeysByWritten {
  private static readonly SLOTS = 1 << 17;
  private static readonly KEPT = 50_000;
  /** Index into `entries` plus one, by open addressing on the hash; 0 for an empty slot. */
  private readonly slots = new Int32Array(KeysByWritten.SLOTS);
  private entries: Array<{ written: string; keys: WordKeys }> = [];

  /** The keys of text[start, end), whose code points hash to `hash`. */
  get(text: string, start: number, end: number, hash: number): WordKeys {
    const mask = KeysByWritten.SLOTS - 1;
    const length = end - start;
    let slot = hash & mask;
    for (let entry = this.slots[slot] ?? 0; entry !== 0; entry = this.slots[slot] ?? 0) {
      const known = this.entries[entry - 1];
      if (known && known.written.length === length && text.startsWith(known.written, start))
        return known.keys;
      slot = (slot + 1) & mask;
    }
    if (this.entries.length >= KeysByWritten.KEPT) {
      this.clear();
      slot = hash & mask;
    }
    const written = text.slice(start, end);
    const keys = keysOf(written);
    this.entries.push({ written, keys });
    this.slots[slot] = this.entries.length;
    return keys;
  }

  clear(): void {
    this.slots.fill(0);
    this.entries = [];
  }
}

const keysByWritten = new KeysByWritten();

function keysOf(written: string): WordKeys {
  const firstIds: number[] = [];
  for (const key of candidateKeys(written)) {
    const id = firstKeyIds.get(key);
    if (id !== undefined) firstIds.push(id);
  }
  return { firstIds, secondId: secondKeyIds.get(spellingKey(written)) ?? NO_KEY };
}

/**
 * The lookup keys of a phrase: its first two words, so that frequent first words ("a", "the",
 * "le") do not make every phrase a candidate everywhere; its first word alone when it has one
 * word or ends in a one-letter Arabic preposition or a French elision ("directeur d'") written
 * glued to the next word.
 */
function phraseKeys(phrase: string): [string, string?] {
  // A word of the text ends before a dot, so an abbreviation ("د.", "Dr.") is keyed without it.
  const words = phrase.split(/\s+/).map((word) => word.replace(/\.+$/u, ''));
  const [first = '', second] = words;
  if (second === undefined || (words.length === 2 && (second.length === 1 || /^\p{L}['’]$/u.test(second))))
    return [spellingKey(first)];
  return [spellingKey(first), spellingKey(second)];
}

/** Keys a written word may stand for: itself, and for Arabic its forms without attached clitics. */
function candidateKeys(word: string): string[] {
  const key = spellingKey(word);
  if (!hasArabic(word)) {
    // "l'origine", "d'après" are words of their own; a phrase may also start after the elision.
    const elided = /^[a-z]['’]/.exec(key) ? spellingKey(word.slice(2)) : undefined;
    return elided ? [key, elided] : [key];
  }
  const keys = new Set([key]);
  const clitics = ARABIC_CLITICS.exec(key)?.[0].length ?? 0;
  for (let cut = 1; cut <= clitics && cut < key.length - 1; cut++) keys.add(key.slice(cut));
  return [...keys];
}
