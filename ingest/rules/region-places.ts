/**
 * Places a text names inside a larger one it has just named, the way news reports locate
 * what happened: the region first, then its towns ("ressentie dans la Toscane, notamment à
 * Sienne, Volterra et Colle", "en Bretagne, à Vannes"; the packs' `regionPrepositions` and
 * `regionPlaceOpeners`), a town and, after its comma, the region that closes the phrase ("à
 * Plouvenez, dans le Finistère,"; a hamlet too, "au village de la Ville-Jégu, en Plouvenez,"), or
 * a town and, in brackets, its region ("à Lorient (Morbihan)").
 * Every town so named is part of the region. A country is never the smaller place, and a
 * region's preposition is never the one of a town: "à Lyon, à Lille et à Nantes" lists towns.
 */
import { connectiveWords } from '../extract/lang/index.ts';
import { NAMES } from '../extract/lang/names.ts';
import type { Span } from '../types.ts';
import { openingWord } from './articles.ts';
import { alternation } from './patterns.ts';
import { isCountry } from './place-in-country.ts';
import type { EntityMention } from './types.ts';

/** The region's preposition and maybe its article, ending where the region's name starts. */
const REGION_PREPOSITION = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’])(?:${alternation(connectiveWords('regionPrepositions'))})\s+` +
    `${openingWord(connectiveWords('definiteArticles'))}?$`,
  'iu',
);
/** How far before the region its preposition and article may start. */
const PREPOSITION_REACH = 20;
const OPENER = alternation(connectiveWords('regionPlaceOpeners'));
/** Between the region and its first town: the comma and the opener ("notamment à"). */
const FIRST_GAP = new RegExp(String.raw`^\s*,\s*(?:${OPENER})\s+$`, 'iu');
/** Between two towns of the list: a comma or a coordinator, the opener maybe repeated ("et à"). */
const NEXT_GAP = new RegExp(
  String.raw`^\s*(?:,\s*|,?\s*(?:${alternation(connectiveWords('listCoordinators'))})\s+)(?:(?:${OPENER})\s+)?$`,
  'iu',
);
/**
 * Before a town named first: the opener of a town ("à", "notamment à"), then maybe a noun for a
 * hamlet and its "de" ("au village de"), then maybe an article ("à la Petite-Lande"), ending where
 * its name starts.
 */
const TOWN_OPENER_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’])(?:${OPENER})\s+` +
    String.raw`(?:(?:${alternation(NAMES.hamletNouns)})\s+${openingWord(NAMES.nameParticles)})?` +
    `${openingWord(connectiveWords('definiteArticles'))}?$`,
  'iu',
);
/** How far before the town its opener may start: "notamment au village de la" is long. */
const TOWN_OPENER_REACH = 40;
/** Between a town and the region after it: the comma, the region's preposition, maybe an article. */
const REGION_AFTER_TOWN = new RegExp(
  String.raw`^\s*,\s*(?:${alternation(connectiveWords('regionPrepositions'))})\s+` +
    `${openingWord(connectiveWords('definiteArticles'))}?$`,
  'iu',
);
/** After that region: the phrase ends, with no list going on. */
const PHRASE_END = new RegExp(
  String.raw`^\s*(?:[,.;:)]|$)(?!\s*(?:${alternation(connectiveWords('listCoordinators'))})\s)`,
  'iu',
);
const OPEN_BRACKET = /^\s*\(\s*$/u;
const CLOSE_BRACKET = /^\s*\)/u;

export interface RegionPlace {
  place: EntityMention;
  region: EntityMention;
  /** The words between the region and the first town, or between the town and the region. */
  at: Span;
}

function isPlace(mention: EntityMention | undefined): mention is EntityMention {
  return mention !== undefined && mention.entity.type === 'Location' && !mention.anaphoric;
}

/** The towns of one sentence stated to lie in a region it names; `mentions` sorted by start. */
export function findRegionPlaces(text: string, mentions: readonly EntityMention[]): RegionPlace[] {
  const found: RegionPlace[] = [];
  mentions.forEach((region, index) => {
    if (!isPlace(region)) return;
    const bracketed = bracketedRegion(text, region, mentions[index + 1]);
    if (bracketed) found.push(bracketed);
    const after = regionAfterTown(text, region, mentions[index + 1]);
    if (after) found.push(after);
    if (!REGION_PREPOSITION.test(text.slice(Math.max(0, region.start - PREPOSITION_REACH), region.start)))
      return;
    const first = mentions[index + 1];
    if (!isPlace(first) || !FIRST_GAP.test(text.slice(region.end, first.start))) return;
    const at = { start: region.end, end: first.start };
    for (let next = index + 1, previous = region; ; next++) {
      const place = mentions[next];
      const gap = place && text.slice(previous.end, place.start);
      if (!isPlace(place) || gap === undefined || !(place === first || NEXT_GAP.test(gap))) break;
      if (place.entity !== region.entity && !isCountry(place.entity)) found.push({ place, region, at });
      previous = place;
    }
  });
  return found;
}

/** "à Plouvenez, dans le Finistère,": a town, then after its comma the region that holds it. */
function regionAfterTown(
  text: string,
  town: EntityMention,
  region: EntityMention | undefined,
): RegionPlace | undefined {
  if (
    !isPlace(region) ||
    region.entity === town.entity ||
    isCountry(town.entity) ||
    !TOWN_OPENER_BEFORE.test(text.slice(Math.max(0, town.start - TOWN_OPENER_REACH), town.start)) ||
    !REGION_AFTER_TOWN.test(text.slice(town.end, region.start)) ||
    !PHRASE_END.test(text.slice(region.end, region.end + 8))
  )
    return undefined;
  return { place: town, region, at: { start: town.end, end: region.start } };
}

/** "à Lorient (Morbihan)": the place in brackets right after a town holds it. */
function bracketedRegion(
  text: string,
  place: EntityMention,
  region: EntityMention | undefined,
): RegionPlace | undefined {
  if (
    !isPlace(region) ||
    region.entity === place.entity ||
    isCountry(place.entity) ||
    !OPEN_BRACKET.test(text.slice(place.end, region.start)) ||
    !CLOSE_BRACKET.test(text.slice(region.end, region.end + 3))
  )
    return undefined;
  return { place, region, at: { start: place.end, end: region.start } };
}
