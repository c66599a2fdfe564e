/**
 * Which names are too ordinary to be taken as a mention on their own. "Play", "Tick", "Snake"
 * and "ZINC" are threat-actor aliases and everyday words; matching them everywhere is the
 * classic false positive of alias matchers. Such aliases stay in the gazetteer, marked, and
 * the matcher reports them only with a supporting cue nearby.
 */
import { foldKey } from '../normalize/fold.ts';

const MAX_BARE_LETTERS = 3;

/**
 * The rule: an alias is context-only when
 * - it has at most three letters and no digit ("UPS", "TA", "SEA": acronyms that collide
 *   with words and other acronyms; "APT3" has a digit and is distinctive), or
 * - the whole alias is an ordinary word or phrase of English or French (`ordinaryWords`,
 *   folded), or
 * - it is the name of a place (`placeNames`, folded): a country name in a sentence is the
 *   country, never the group named after it.
 * Capitalisation in the source lists says nothing (they spell "ZINC" and "shuckworm" alike),
 * so it is not part of the rule.
 */
export function isContextOnlyAlias(
  alias: string,
  ordinaryWords: ReadonlySet<string>,
  placeNames: ReadonlySet<string>,
): boolean {
  const key = foldKey(alias);
  const letters = key.replace(/[^\p{L}]/gu, '');
  if (!/\p{N}/u.test(key) && letters.length <= MAX_BARE_LETTERS) return true;
  return ordinaryWords.has(key) || placeNames.has(key);
}
