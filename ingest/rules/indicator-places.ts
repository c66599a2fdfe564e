/**
 * Where an address of the attackers' infrastructure is: "IP addresses were seen in China as
 * 198.51.100[.]7" names the address right after the country it was seen in. (An address
 * followed by "located in" or "based in" is placed by the trigger words of place.)
 */
import { connectiveWords, PACKS } from '../extract/lang/index.ts';
import type { Span } from '../types.ts';
import { alternation } from './patterns.ts';
import type { EntityMention } from './types.ts';

/**
 * The packs' `connectives.placePrepositions` ("in") before the place, maybe with one of
 * `enumerations.indicatorPlaceArticles` ("the"), in the same clause as the address.
 */
const IN_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:${alternation(connectiveWords('placePrepositions'))})\s+(?:(?:${alternation(
    PACKS.flatMap((pack) => pack.enumerations.indicatorPlaceArticles),
  )})\s+)?$`,
  'iu',
);
/** Between the place and the address: one of the packs' `enumerations.indicatorPlaceLinks` ("as"), nothing else. */
const LINK_BETWEEN = new RegExp(
  String.raw`^\s+(?:${alternation(PACKS.flatMap((pack) => pack.enumerations.indicatorPlaceLinks))})\s+$`,
  'iu',
);
/**
 * After the address its phrase ends or one of `enumerations.indicatorPlaceEnds` follows (a
 * relative, a complement); a verb after it makes "as" a conjunction ("active in China as
 * 198.51.100[.]7 shows").
 */
const PHRASE_AFTER = new RegExp(
  String.raw`^\s*(?:[,.;:)]|$|\s(?:${alternation(PACKS.flatMap((pack) => pack.enumerations.indicatorPlaceEnds))})\s)`,
  'u',
);

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
      !LINK_BETWEEN.test(text.slice(place.end, indicator.start)) ||
      !IN_BEFORE.test(text.slice(Math.max(0, place.start - 8), place.start)) ||
      !PHRASE_AFTER.test(text.slice(indicator.end, indicator.end + 10))
    )
      return;
    found.push({ indicator, place, at: { start: place.end, end: indicator.start } });
  });
  return found;
}
