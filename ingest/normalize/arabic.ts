/**
 * Arabic proclitics: the conjunctions, prepositions and article written attached to the word
 * they introduce ("لماكرون" = ل + ماكرون, "وبوتين" = و + بوتين, "بالمصلحة" = ب + المصلحة).
 * A dictionary look-up has to see the stem. All strings here are folded (see fold.ts).
 */

const CONJUNCTIONS = ['', 'و', 'ف'];
const PREPOSITIONS = ['', 'ب', 'ك', 'ل'];
const ARTICLES = ['', 'ال'];

/** Every clitic sequence a word may start with: [و|ف] [ب|ك|ل] [ال], where ل + ال is written لل. */
export const ARABIC_PROCLITICS: ReadonlySet<string> = new Set(
  CONJUNCTIONS.flatMap((conjunction) =>
    PREPOSITIONS.flatMap((preposition) =>
      ARTICLES.map((article) =>
        preposition === 'ل' && article === 'ال'
          ? `${conjunction}لل`
          : `${conjunction}${preposition}${article}`,
      ),
    ),
  ).filter((prefix) => prefix.length > 0),
);

/**
 * Clitic sequences ending in the preposition ل. Before an article the article's alef is not
 * written ("للجبهة" = ل + الجبهة), so a name that starts with ال appears there without it.
 */
export const ARABIC_LAM_PROCLITICS: ReadonlySet<string> = new Set(['ل', 'ول', 'فل']);

/**
 * Shortest stem left after splitting clitics off. Shorter stems are mostly whole words that
 * merely begin with one of these letters (بلد, كل, وجه), so they are never split.
 */
export const MIN_ARABIC_STEM = 3;

const LONGEST_PROCLITIC = Math.max(...[...ARABIC_PROCLITICS].map((prefix) => prefix.length));

/** Whether the folded character is an Arabic letter (the block U+0620-064A plus Persian additions). */
export function isArabicLetter(code: number): boolean {
  return (code >= 0x0620 && code <= 0x064a) || (code >= 0x0671 && code <= 0x06d3);
}

export interface ArabicReading {
  /** Number of characters of attached clitics before the stem. */
  prefixLength: number;
  stem: string;
}

/**
 * The ways a folded Arabic token can be read as clitics + stem, the unsplit token first, then
 * longer prefixes before shorter ones. "وبوتين" gives وبوتين, بوتين (و) and وتين (وب): the
 * caller keeps the reading its dictionary knows.
 */
export function arabicReadings(token: string): ArabicReading[] {
  const readings: ArabicReading[] = [{ prefixLength: 0, stem: token }];
  for (let length = Math.min(LONGEST_PROCLITIC, token.length - MIN_ARABIC_STEM); length >= 1; length--) {
    if (ARABIC_PROCLITICS.has(token.slice(0, length))) {
      readings.push({ prefixLength: length, stem: token.slice(length) });
    }
  }
  return readings;
}

/** Whether `prefix` (the part of a word before a dictionary match) is a clitic sequence the stem may carry. */
export function isArabicProclitic(prefix: string, stemLength: number): boolean {
  return stemLength >= MIN_ARABIC_STEM && ARABIC_PROCLITICS.has(prefix);
}
