/**
 * `franc`'s answer between French and English, reached with less work.
 *
 * `franc(text, { only: ['fra', 'eng'] })` reads the text's script, then builds every trigram of
 * the cleaned text as a string in a list, counts them in an object, turns the counts into a
 * sorted list of pairs, and measures each language's distance from that list. Its trigram
 * statistics decide every sentence whose function words do not (language.ts), and were a
 * twentieth of extraction. The same answer needs only the count of each distinct trigram and
 * the two distances: counts are kept in a map, read once, and summed against the two
 * languages' trigram ranks, with franc's own models and script expressions. The result is
 * franc's in every case (tested against it, french-or-english.test.ts), ties included.
 */
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/** franc's constants: the longest sample it reads, and the cost of a trigram a model lacks. */
const MAX_LENGTH = 2048;
const MAX_DIFFERENCE = 300;

const LATIN = expressions.Latin ?? /(?!)/g;

interface LanguageModel {
  tag: 'fr' | 'en';
  /** Rank of each of the language's trigrams (franc keeps the first rank of a repeated one). */
  ranks: ReadonlyMap<string, number>;
}

/**
 * The two models in franc's order among its Latin-script languages: on equal distances its
 * stable sort keeps that order, and the first wins.
 */
const MODELS: readonly LanguageModel[] = Object.entries(data.Latin ?? {})
  .filter(([code]) => code === 'fra' || code === 'eng')
  .map(([code, model]) => {
    const ranks = new Map<string, number>();
    model.split('|').forEach((trigram, rank) => {
      if (!ranks.has(trigram)) ranks.set(trigram, rank);
    });
    return { tag: code === 'fra' ? ('fr' as const) : ('en' as const), ranks };
  });

/**
 * What `franc(text, { only: ['fra', 'eng'], minLength: 1 })` says, as a tag: 'fr', 'en', or
 * undefined where franc says `und` (an empty text, or one whose commonest script is not Latin).
 */
export function frenchOrEnglish(text: string): 'fr' | 'en' | undefined {
  if (text.length === 0) return undefined;
  const value = text.slice(0, MAX_LENGTH);
  if (topScript(value) !== 'Latin') return undefined;
  // One pass over the distinct trigrams for both models; sums of integers, so their order is free.
  const distances = MODELS.map(() => 0);
  trigramCounts(value).forEach((count, trigram) => {
    MODELS.forEach((model, index) => {
      const rank = model.ranks.get(trigram);
      distances[index] =
        (distances[index] ?? 0) + (rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1));
    });
  });
  let best: LanguageModel | undefined;
  let bestDistance = Infinity;
  MODELS.forEach((model, index) => {
    const distance = distances[index] ?? 0;
    if (distance < bestDistance) {
      best = model;
      bestDistance = distance;
    }
  });
  return best?.tag;
}

/** The script whose expression matches most characters, the first listed on a tie (franc's). */
function topScript(value: string): string | undefined {
  // Scripts share no character (tested, french-or-english.test.ts): when Latin
  // letters are more than half of the code units, no other script can have as many.
  const latin = value.match(LATIN)?.length ?? 0;
  if (latin > value.length - latin) return 'Latin';
  let top: string | undefined;
  let topCount = -1;
  for (const [script, expression] of Object.entries(expressions)) {
    const count = value.match(expression)?.length ?? 0;
    if (count > topCount) {
      top = script;
      topCount = count;
    }
  }
  return top;
}

/**
 * How often each trigram occurs in the text as franc cleans it (`trigram-utils`): ASCII
 * punctuation and digits become spaces, white space runs one space, trimmed, lower case, and
 * one space added at each end.
 */
function trigramCounts(value: string): Map<string, number> {
  const cleaned = ` ${value
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let index = 0; index + 3 <= cleaned.length; index++) {
    const trigram = cleaned.slice(index, index + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return counts;
}
