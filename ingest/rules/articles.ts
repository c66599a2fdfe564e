/**
 * Small words of the packs that open the word after them, an article above all
 * (`connectives.definiteArticles`, `indefiniteArticles`), as pieces of regular expressions.
 * An elided word ("l'", "qu'", "d'") is glued to the word after it; any other is followed by a
 * space.
 */
import { PACKS } from '../extract/lang/index.ts';
import type { PackLanguage } from '../extract/lang/types.ts';
import { alternation } from './patterns.ts';

const ELIDED = /['’]$/u;

/** What the rules may ask for after a word: `full` after a whole word, `elided` after an elided one. */
export interface Spacing {
  full: string;
  elided: string;
}

/** A space after a whole word, any or none after an elided one: "le groupe", "l'agence", "l' agence". */
export const WORD_SPACING: Spacing = { full: String.raw`\s+`, elided: String.raw`\s*` };
/** Any space or none after either: "que le groupe", "qu'il". */
export const ANY_SPACE: Spacing = { full: String.raw`\s*`, elided: String.raw`\s*` };

/**
 * One of `words` with what follows it, as a group; a group that matches nothing when there are
 * none (a language without articles), never the empty string.
 */
export function openingWord(words: readonly string[], spacing: Spacing = WORD_SPACING): string {
  const full = words.filter((word) => !ELIDED.test(word));
  const elided = words.filter((word) => ELIDED.test(word));
  const readings = [
    ...(full.length > 0 ? [`(?:${alternation(full)})${spacing.full}`] : []),
    ...(elided.length > 0 ? [`(?:${alternation(elided)})${spacing.elided}`] : []),
  ];
  return readings.length > 0 ? `(?:${readings.join('|')})` : '(?!)';
}

function packOf(lang: PackLanguage) {
  const pack = PACKS.find((candidate) => candidate.lang === lang);
  if (!pack) throw new Error(`no language pack "${lang}"`);
  return pack;
}

/** The articles of one language, definite and indefinite. */
export function articlesOf(lang: PackLanguage): string[] {
  const { connectives } = packOf(lang);
  return [...connectives.definiteArticles, ...connectives.indefiniteArticles];
}

/** The articles of every language, definite and indefinite, each once. */
export function allArticles(): string[] {
  return [...new Set(PACKS.flatMap((pack) => articlesOf(pack.lang)))];
}
