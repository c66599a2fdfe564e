/**
 * French elision: "l'ANSSI", "d'APT28", "jusqu'à", "lorsqu'il". The elided word and its
 * apostrophe are written against the next word, which is the one a dictionary knows.
 * Strings are folded (see fold.ts): lower case, every apostrophe variant as '.
 */

/** Elided forms, apostrophe included. */
export const FRENCH_ELISIONS: ReadonlySet<string> = new Set([
  "l'",
  "d'",
  "j'",
  "m'",
  "n'",
  "s'",
  "t'",
  "c'",
  "qu'",
  "jusqu'",
  "lorsqu'",
  "puisqu'",
  "quoiqu'",
  "presqu'",
]);

/** Length of the elided prefix of a folded word ("d'apt28" -> 2), or 0 when it has none. */
export function frenchElisionLength(word: string): number {
  const apostrophe = word.indexOf("'");
  if (apostrophe < 1) return 0;
  const prefix = word.slice(0, apostrophe + 1);
  return FRENCH_ELISIONS.has(prefix) && apostrophe + 1 < word.length ? prefix.length : 0;
}

/** Whether `prefix` (the part of a word before a dictionary match) is exactly one elided form. */
export function isFrenchElision(prefix: string): boolean {
  return FRENCH_ELISIONS.has(prefix);
}
