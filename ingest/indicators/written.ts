/**
 * Indicators as a report writes them on their own lines, under a lead or a heading: a host,
 * address or e-mail with dots, defanged or not ("office-login[.]com", "198.51.100[.]23",
 * "hxxps://a[.]b/c"). Read before any name is found, by the layout checks that decide what a
 * line is.
 */
import { isDefanged } from './refang.ts';

/** An indicator as written, in any case, as a pattern to embed. */
export const WRITTEN_INDICATOR = String.raw`[\p{L}\p{N}][^\s|]*?(?:\[\.\]|\(\.\)|\[\.|\.|\[@\]|@)[^\s|]*[\p{L}\p{N}/]`;

/** A bullet or a lone "o" before an item; pages pad bullets with no-break spaces. */
export const BULLET = String.raw`(?:[*•▪◦·\-–—]|o(?=[\t \u00a0]))?`;

/**
 * Longer lines are prose or encoded blobs, never one indicator; the pattern, tried on a long run
 * of dotted text, would backtrack over it once per dot.
 */
export const MAX_INDICATOR_LINE = 2048;

/** What every defanged indicator holds, tested first: most lines have none. */
const DEFANGING_MARK = /[[(]|hxxp/iu;

const INDICATOR_LINE = new RegExp(
  String.raw`^[\t \u00a0]*${BULLET}[\t \u00a0]*(${WRITTEN_INDICATOR})[\t \u00a0]*(?:\[\d+\])?[\t \u00a0]*$`,
  'u',
);

/**
 * The indicator a line holds and nothing else, when it is defanged: an item of an indicator
 * list, not a title ("office-login[.]com" alone on its line).
 */
export function defangedIndicatorLine(line: string): string | undefined {
  if (line.length > MAX_INDICATOR_LINE || !DEFANGING_MARK.test(line)) return undefined;
  const indicator = INDICATOR_LINE.exec(line)?.[1];
  return indicator && isDefanged(indicator) ? indicator : undefined;
}
