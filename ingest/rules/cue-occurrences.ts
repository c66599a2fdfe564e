/**
 * Where the cue vocabularies are written in a text, found in one pass over it.
 *
 * A left-context expression ("a title, then the name") ends where the name starts and is
 * anchored there by `$`, so the engine tries it from every position of its window: some
 * twenty of them around every capitalised name cost a tenth of extraction. Such an expression
 * can only match where one of its vocabulary's phrases is written in the window. One
 * Aho–Corasick pass over the document finds every phrase of every vocabulary, and an
 * expression is run only for a name whose window holds one of its own: the answers are those
 * of the expressions alone, at a fraction of the searches.
 */
import { buildAutomaton, type PatternAutomaton } from '../lexicon/automaton.ts';
import { alternation } from './patterns.ts';
import { matchesOf } from '../regex-matches.ts';

/** A vocabulary whose occurrences the pass records. */
interface CueVocabulary {
  readonly id: number;
  /** Taken to occur in every window: some phrase of it is beyond what the pass can find. */
  readonly everywhere: boolean;
}

/**
 * A left-context expression and the vocabularies it is built from. `test` answers as
 * `regex.test(before)` would, where `before` is the text from offset `from` to the name.
 */
export interface LeftContextCue {
  test(occurrences: CueOccurrences, before: string, from: number): boolean;
}

/** The phrases as the pass reads them (see foldedPhrase), each with the vocabularies holding it. */
const phraseVocabularies = new Map<string, Set<number>>();
let vocabularyCount = 0;

interface Scanner {
  automaton: PatternAutomaton;
  /** Per pattern of the automaton, its length and the vocabularies holding it. */
  lengths: number[];
  vocabularies: number[][];
  /** Each code unit as the pass reads it: its case class, one space for white space, or 0. */
  fold: Uint16Array;
}
let scanner: Scanner | undefined;

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;
const NO_CLASS = 0;

/**
 * `regex` must open each of its matches with a phrase of one of `vocabularies`, written as
 * `alternation` writes it (checked here: its source holds each one's alternation). Wherever it
 * matches in a window, that phrase is then written in the window, and the pass has found it.
 */
export function leftContextCue(
  regex: RegExp,
  vocabularies: ReadonlyArray<readonly string[]>,
): LeftContextCue {
  // Without `u`, the `i` flag folds case otherwise than the table below.
  if (regex.ignoreCase && !regex.unicode)
    throw new Error(`left-context cue ${regex.source.slice(0, 60)} needs the u flag`);
  for (const phrases of vocabularies) {
    if (!regex.source.includes(alternation(phrases))) {
      throw new Error(`left-context cue ${regex.source.slice(0, 60)} is not built from its vocabulary`);
    }
  }
  const vocabulary = cueVocabulary(vocabularies.flat());
  return {
    test: (occurrences, before, from) =>
      occurrences.within(vocabulary, from, from + before.length) && regex.test(before),
  };
}

function cueVocabulary(phrases: readonly string[]): CueVocabulary {
  if (scanner) throw new Error('cue vocabularies are registered before the first scan');
  const id = vocabularyCount++;
  // A phrase with white space at an end, or a character of two code units (whose case the
  // fold table leaves alone), could match where the pass finds nothing: no pass for it.
  if (
    phrases.some((phrase) => phrase.trim() !== phrase || phrase === '' || /[\ud800-\udfff]/u.test(phrase))
  ) {
    return { id, everywhere: true };
  }
  for (const phrase of phrases) {
    const key = phrase.split(/\s+/u).join(' ');
    let holders = phraseVocabularies.get(key);
    if (!holders) phraseVocabularies.set(key, (holders = new Set()));
    holders.add(id);
  }
  return { id, everywhere: false };
}

function ensureScanner(): Scanner {
  if (scanner) return scanner;
  const fold = foldTable([...phraseVocabularies.keys()]);
  const byFolded = new Map<string, Set<number>>();
  for (const [phrase, holders] of phraseVocabularies) {
    const key = String.fromCharCode(...Array.from(phrase, (character) => fold[character.charCodeAt(0)] ?? 0));
    const all = byFolded.get(key) ?? new Set<number>();
    for (const holder of holders) all.add(holder);
    byFolded.set(key, all);
  }
  scanner = {
    automaton: buildAutomaton([...byFolded.keys()]),
    lengths: [...byFolded.keys()].map((key) => key.length),
    vocabularies: [...byFolded.values()].map((holders) => [...holders]),
    fold,
  };
  return scanner;
}

/**
 * Each code unit's class under the `iu` flags, as the engine folds case ("K" and the Kelvin
 * sign are one class), named by the first of its characters the phrases hold; both
 * apostrophes are one, as `alternation` writes them; white space is one space, since the
 * phrases' spaces match any run of it. A character no phrase holds folds to NO_CLASS, which
 * is in no phrase.
 */
function foldTable(phrases: readonly string[]): Uint16Array {
  const table = new Uint16Array(0x10000);
  const everyCharacter = everyBmpCharacter();
  for (const match of matchesOf(/\s/gu, everyCharacter)) table[match[0].charCodeAt(0)] = SPACE;
  table[APOSTROPHE] = APOSTROPHE;
  table[RIGHT_QUOTE] = APOSTROPHE;
  const alphabet = new Set<string>();
  for (const phrase of phrases) for (const character of phrase) alphabet.add(character);
  for (const character of alphabet) {
    const code = character.charCodeAt(0);
    if (table[code] !== NO_CLASS) continue;
    const sameClass = new RegExp(`[${character.replace(/[\\\]^-]/gu, '\\$&')}]`, 'giu');
    for (const match of matchesOf(sameClass, everyCharacter)) {
      const member = match[0].charCodeAt(0);
      if (table[member] === NO_CLASS) table[member] = code;
    }
  }
  return table;
}

/** Every code unit that is a character by itself (no surrogate halves), in order. */
function everyBmpCharacter(): string {
  const parts: string[] = [];
  const chunk: number[] = [];
  for (let code = 1; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    chunk.push(code);
    if (chunk.length === 4096) parts.push(String.fromCharCode(...chunk.splice(0)));
  }
  parts.push(String.fromCharCode(...chunk));
  return parts.join('');
}

/**
 * Code units as a string. Made once: a UTF-16 decoder opens a converter of its own when made,
 * which cost more than the decoding; a decode without `stream` starts afresh every time.
 */
const UTF16_CODES = new TextDecoder('utf-16le', { ignoreBOM: true });

/** The occurrences of every vocabulary's phrases in one text, found when first asked about. */
export class CueOccurrences {
  private readonly text: string;
  /** Per vocabulary, the starts and ends of its occurrences, in order of end (none: undefined). */
  private hits: Array<{ starts: number[]; ends: number[] } | undefined> | undefined;

  constructor(text: string) {
    this.text = text;
  }

  /** Whether a phrase of `vocabulary` is written wholly inside text[from, to). */
  within(vocabulary: CueVocabulary, from: number, to: number): boolean {
    if (vocabulary.everywhere) return true;
    const hits = (this.hits ??= this.scan())[vocabulary.id];
    if (!hits) return false;
    const { starts, ends } = hits;
    // The first occurrence ending after `from`, then on while they end by `to`.
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((ends[middle] ?? 0) <= from) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < ends.length && (ends[index] ?? 0) <= to; index++) {
      if ((starts[index] ?? 0) >= from) return true;
    }
    return false;
  }

  /**
   * One pass over the text as the fold table reads it, a run of white space read as one
   * space; `origin` maps each code unit read back to its offset in the text.
   */
  private scan(): Array<{ starts: number[]; ends: number[] } | undefined> {
    const { automaton, lengths, vocabularies, fold } = ensureScanner();
    const { text } = this;
    const codes = new Uint16Array(text.length);
    const origin = new Int32Array(text.length);
    let length = 0;
    for (let index = 0; index < text.length; index++) {
      const code = fold[text.charCodeAt(index)] ?? NO_CLASS;
      if (code === SPACE && length > 0 && codes[length - 1] === SPACE) continue;
      codes[length] = code;
      origin[length] = index;
      length++;
    }
    const folded = UTF16_CODES.decode(codes.subarray(0, length));
    // Only the vocabularies written in the text get lists: most of them are not.
    const hits: Array<{ starts: number[]; ends: number[] } | undefined> = [];
    for (let vocabulary = 0; vocabulary < vocabularyCount; vocabulary++) hits.push(undefined);
    automaton.scan(folded, (pattern, end) => {
      const start = origin[end - (lengths[pattern] ?? 0)] ?? 0;
      const originalEnd = (origin[end - 1] ?? 0) + 1;
      for (const vocabulary of vocabularies[pattern] ?? []) {
        const found = (hits[vocabulary] ??= { starts: [], ends: [] });
        found.starts.push(start);
        found.ends.push(originalEnd);
      }
    });
    return hits;
  }
}
