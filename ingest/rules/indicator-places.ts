/**
 * Where an address of the attackers' infrastructure is: "IP addresses were seen in China as
 * 198.51.100[.]7" names the address right after the country it was seen in. (An address
 * followed by "located in" or "based in" is placed by the trigger words of place.)
 */
import type { Span } from '../types.ts';
import type { EntityMention } from './types.ts';

/** "in" before the place, in the same clause as the address. */
const IN_BEFORE = /(?:^|\s)in\s+(?:the\s+)?$/iu;
/** Between the place and the address: "as", nothing else. */
const AS_BETWEEN = /^\s+as\s+$/iu;
/**
 * After the address its phrase ends or a relative clause or a complement follows; a verb after it
 * makes "as" a conjunction ("active in China as 198.51.100[.]7 shows").
 */
const PHRASE_AFTER = /^\s*(?:[,.;:)]|$|\s(?:which|that|and|in|on|at|with|from|last|since|during)\s)/u;

export interface IndicatorPlacement {
  indicator: EntityMention;
  place: EntityMention;
  /** The word "as" between them. */
  at: Span;
}

/** Addresses named as what was seen in a place. Mentions must be sorted by start. */
export function findIndicatorPlacements(
  text: string,
  mentions: readonly EntityMention[],
): IndicatorPlacement[] {
  const found: IndicatorPlacement[] = [];
  mentions.forEach((indicator, index) => {
    if (indicator.entity.type !== 'IpAddress' || index === 0) return;
    const place = mentions[index - 1];
    if (
      !place ||
      place.anaphoric ||
      place.entity.type !== 'Location' ||
      !AS_BETWEEN.test(text.slice(place.end, indicator.start)) ||
      !IN_BEFORE.test(text.slice(Math.max(0, place.start - 8), place.start)) ||
      !PHRASE_AFTER.test(text.slice(indicator.end, indicator.end + 10))
    )
      return;
    found.push({ indicator, place, at: { start: place.end, end: indicator.start } });
  });
  return found;
}
