/**
 * A place followed, after a comma, by the country it lies in: "a plant in Sayama, Japan", or a
 * city by its region or state, "based in Austin, Texas",
 * "située à Sayama, au Japon", "in Dhaka, Bangladesh." The country closes the phrase; the place
 * before it is no country itself, so a list of countries ("Iran, Iraq and Syria") states
 * nothing. When the place ends a longer name, the country places what that name names: "les
 * Jeux olympiques d'hiver de Pyeongchang, en Corée du Sud" are held in South Korea. In English a
 * place after "at" or "in" may also be followed by "in" and the larger place ("at Lubyanka
 * Square in Moscow"), or by a comma and the larger place's possessive ("in Lubyanka Square,
 * Moscow's centre").
 */
import { packFor } from '../extract/lang/index.ts';
import type { Span } from '../types.ts';
import { openingWord } from './articles.ts';
import { alternation } from './patterns.ts';
import type { EntityMention, ResolvedEntity } from './types.ts';

const { connectives: ENGLISH } = packFor('en');
const { connectives: FRENCH } = packFor('fr');
/**
 * The comma, and maybe one of the French pack's `connectives.placePrepositions`, which French
 * writes before a country's name ("au Japon", "en France").
 */
const BETWEEN = new RegExp(String.raw`^\s*,\s*(?:(?:${alternation(FRENCH.placePrepositions)})\s+)?$`, 'iu');
/** After the country: the phrase ends (punctuation or the sentence's end), so no list goes on. */
const PHRASE_END = /^\s*(?:[,.;:)\]]|$)/u;
/**
 * "headquartered at Lubyanka Square in Moscow": a place after "at" or "in", then "in" and the
 * larger place it lies in (a city or a country), the English pack's `connectives.regionPrepositions`,
 * which name a place holding others. A country is never the smaller place ("troops from Russia in
 * Ukraine").
 */
const IN_BETWEEN = new RegExp(String.raw`^\s+(?:${alternation(ENGLISH.regionPrepositions)})\s+$`, 'u');
/**
 * "headquartered in Lubyanka Square, Moscow's centre": the larger place after a comma, its
 * possessive on a common noun of the part it describes.
 */
const COMMA_BETWEEN = /^\s*,\s*$/u;
const POSSESSIVE_ON_PART = /^['’]s\s+\p{Ll}/u;
/** The English pack's `connectives.placePrepositions` ("at", "in") right before the smaller place, maybe with its article. */
const PREPOSITION_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:${alternation(ENGLISH.placePrepositions)})\s+${openingWord(ENGLISH.definiteArticles)}?$`,
  'iu',
);
/**
 * Arabic: "مخيم عسكر للاجئين في لبنان", "حي الزيتون في غزة": a place, then the Arabic pack's place
 * preposition ("في") and the larger place. A complement of purpose on "لل" and its adjective
 * ("for Palestinian refugees") may describe the smaller place before it.
 */
const ARABIC_IN_BETWEEN = new RegExp(
  String.raw`^\s+(?:لل[\u0621-\u064a]+(?:\s+ال[\u0621-\u064a]+)?\s+)?(?:${alternation(packFor('ar').connectives.placePrepositions)})\s+$`,
  'u',
);
/** After the larger place, "و" goes on with a list: the smaller place is in one of them. */
const ARABIC_LIST_GOES_ON = /^\s*و/u;
/** A list item before the place ("Kyiv, Lviv, Ukraine"): then the comma may separate items. */
const LISTED_BEFORE = /[,،]\s*$/u;

export interface PlaceInCountry {
  type: 'PART_OF' | 'LOCATED_IN';
  /** A place (part of the country), or an incident whose name ends on a place (located there). */
  place: EntityMention;
  country: EntityMention;
  /** The comma between the two names. */
  at: Span;
  /**
   * Arabic "X في Y" may be a verb's complement ("لا يقع X في Y"): the placement is read in its
   * clause, so a question or a negation states none.
   */
  readInClause: boolean;
}

export function isCountry(entity: ResolvedEntity): boolean {
  return [...entity.externalIds].some((id) => id.startsWith('iso3166:'));
}

/** A region, state or province of the gazetteer ("Texas", "Bavaria"), which holds cities. */
function isRegion(entity: ResolvedEntity): boolean {
  return entity.key.startsWith('curated:region-');
}

/** A city of the gazetteer, which a region or a country named after it holds ("Austin, Texas"). */
export function isCity(entity: ResolvedEntity): boolean {
  return entity.key.startsWith('curated:city-');
}

/** Places stated to lie in the country named right after them. Mentions must be sorted by start. */
export function findPlacesInCountries(text: string, mentions: readonly EntityMention[]): PlaceInCountry[] {
  const found: PlaceInCountry[] = [];
  mentions.forEach((named, index) => {
    if (named.entity.type !== 'Location' || named.anaphoric || isCountry(named.entity)) return;
    const place =
      mentions.find(
        (outer) => outer.entity.type === 'Event' && outer.start < named.start && outer.end === named.end,
      ) ?? named;
    const country = mentions.slice(index + 1).find((mention) => mention.start >= place.end);
    if (place === named && country && isPlaceInPlace(text, named, country)) {
      found.push({
        type: 'PART_OF',
        place,
        country,
        at: { start: place.end, end: country.start },
        readInClause: false,
      });
      return;
    }
    if (place === named && country && isArabicPlaceIn(text, named, country)) {
      found.push({
        type: 'PART_OF',
        place,
        country,
        at: { start: place.end, end: country.start },
        readInClause: true,
      });
      return;
    }
    if (
      !country ||
      country.anaphoric ||
      country.entity.type !== 'Location' ||
      !(isCountry(country.entity) || (isRegion(country.entity) && isCity(named.entity))) ||
      !BETWEEN.test(text.slice(place.end, country.start)) ||
      !PHRASE_END.test(text.slice(country.end, country.end + 3)) ||
      LISTED_BEFORE.test(text.slice(Math.max(0, place.start - 3), place.start))
    )
      return;
    const type = place.entity.type === 'Event' ? 'LOCATED_IN' : 'PART_OF';
    found.push({ type, place, country, at: { start: place.end, end: country.start }, readInClause: false });
  });
  return found;
}

/**
 * "مخيم عسكر للاجئين الفلسطينيين في لبنان": a place no gazetteer knows (a camp, a village, a
 * quarter) lies in the known country or city after "في". A known place before "في" is most often
 * a verb's complement of place on its own ("وصل من عمّان في زيارة").
 */
function isArabicPlaceIn(text: string, place: EntityMention, larger: EntityMention): boolean {
  return (
    !place.entity.known &&
    !larger.anaphoric &&
    larger.entity.type === 'Location' &&
    (isCountry(larger.entity) || isCity(larger.entity)) &&
    ARABIC_IN_BETWEEN.test(text.slice(place.end, larger.start)) &&
    !ARABIC_LIST_GOES_ON.test(text.slice(larger.end, larger.end + 3))
  );
}

/**
 * "at Lubyanka Square in Moscow", "in Lubyanka Square, Moscow's centre", "at Harlow Square,
 * Bristol.": the place after "at" or "in" lies in the place after "in", or after a comma and
 * said to be that place's part, or a city after a comma when the gazetteer knows no place of the
 * smaller one's name (a square, a street: a city after another city may start a list).
 */
function isPlaceInPlace(text: string, place: EntityMention, larger: EntityMention): boolean {
  return (
    !larger.anaphoric &&
    larger.entity.type === 'Location' &&
    larger.entity !== place.entity &&
    (IN_BETWEEN.test(text.slice(place.end, larger.start)) ||
      (COMMA_BETWEEN.test(text.slice(place.end, larger.start)) &&
        (POSSESSIVE_ON_PART.test(text.slice(larger.end, larger.end + 4)) ||
          // "at Harlow Square, Bristol.": a place no gazetteer knows (a square, a street), then
          // the city it is in, closing the phrase.
          (!place.entity.known &&
            isCity(larger.entity) &&
            PHRASE_END.test(text.slice(larger.end, larger.end + 3)))))) &&
    PREPOSITION_BEFORE.test(text.slice(Math.max(0, place.start - 12), place.start))
  );
}
