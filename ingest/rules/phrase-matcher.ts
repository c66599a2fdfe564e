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

const WORD = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
const ARABIC_CLITICS = /^(?:[وف]?[بلك]?(?:ال|لل)?)/u;

export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, Compiled<T>[]>();

  constructor(entries: ReadonlyArray<PhraseEntry<T>>) {
    for (const entry of entries) {
      const source = phraseSource(entry.phrase, entry.arabicPrefix ?? ARABIC_VERB_PREFIX);
      const regex = new RegExp(source, 'iuy');
      const key = phraseKey(entry.phrase);
      const list = this.byFirstWord.get(key) ?? [];
      list.push({ regex, value: entry.value });
      this.byFirstWord.set(key, list);
    }
  }

  /** Matches in text[from, to), offsets in `text`. */
  find(text: string, from = 0, to = text.length): Array<PhraseMatch<T>> {
    const found: Array<PhraseMatch<T>> = [];
    const slice = text.slice(from, to);
    const words = [...slice.matchAll(WORD)];
    let resumeAt = 0;
    words.forEach((word, index) => {
      if (word.index < resumeAt) return;
      const next = words[index + 1];
      const adjacent = next && /^\s+$/u.test(slice.slice(word.index + word[0].length, next.index));
      const keys = candidateKeys(word[0]);
      const pairKeys = adjacent ? keys.map((key) => `${key} ${wordKey(next[0])}`) : [];
      let best: PhraseMatch<T> | undefined;
      for (const key of [...keys, ...pairKeys]) {
        for (const compiled of this.byFirstWord.get(key) ?? []) {
          compiled.regex.lastIndex = word.index;
          const match = compiled.regex.exec(slice);
          if (match && (!best || match[0].length > best.end - best.start)) {
            best = {
              start: from + word.index,
              end: from + word.index + match[0].length,
              value: compiled.value,
            };
          }
        }
      }
      if (best) {
        found.push(best);
        resumeAt = best.end - from;
      }
    });
    return found;
  }
}

/**
 * The lookup key of a phrase: its first two words, so that frequent first words ("a", "the",
 * "le") do not make every phrase a candidate everywhere; its first word alone when it has one
 * word or ends in a one-letter Arabic preposition written glued to the next word.
 */
function phraseKey(phrase: string): string {
  const words = phrase.split(/\s+/);
  const [first = '', second] = words;
  if (second === undefined || (words.length === 2 && second.length === 1)) return wordKey(first);
  return `${wordKey(first)} ${wordKey(second)}`;
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
