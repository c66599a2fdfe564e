/**
 * An organisation named right before "in" and a place is the one there: "the Central Research
 * Institute in Moscow", "معهد ... في موسكو", "la banque Vantor à Lisbonne". The place closes its
 * phrase (a list of places goes on with "and"), so "in" is no verb's complement of time or place
 * for the sentence: a name of a year, a date or a common noun after "in" is no place. A city of
 * the gazetteer needs no such end ("لجنة الإغاثة في نابلس تطلب ...", unless a capitalised
 * word goes on with its name): a body right before it is the one in that city, and Arabic may
 * name the kind of place first ("في مدينة نابلس"). A country that goes on does not place the
 * body ("the health service in Britain was among the hardest hit" speaks of its work there).
 */
import { names } from '../extract/lang/ar/names.ts';
import { connectiveWords } from '../extract/lang/index.ts';
import type { Span } from '../types.ts';
import { alternation } from './patterns.ts';
import { isCity } from './place-in-country.ts';
import type { EntityMention } from './types.ts';

/**
 * "in", "في", "à": nothing else between the organisation and the place, but in Arabic a noun for
 * a kind of place ("مدينة").
 */
const IN_BETWEEN = new RegExp(
  String.raw`^\s+(?:in|à|في(?:\s+(?:${alternation(names.placeHeads)}))?)\s+$`,
  'u',
);
/** Arabic glues "ب" (in) to the place: "بموسكو". */
const ARABIC_GLUED = /^\s+[ب]$/u;
/** After the place: the phrase ends. */
const PHRASE_END = new RegExp(
  String.raw`^\s*(?:[,.;:)،؛]|$|\s(?:${alternation(connectiveWords('listCoordinators'))})\s)`,
  'u',
);

/** A capitalised word after a city's name may go on with it ("Moscow Oblast"): no city then. */
const NAME_GOES_ON = /^\s+\p{Lu}/u;

export interface OrganisationPlacement {
  organisation: EntityMention;
  place: EntityMention;
  at: Span;
}

export function findOrganisationPlacements(
  text: string,
  mentions: readonly EntityMention[],
): OrganisationPlacement[] {
  const found: OrganisationPlacement[] = [];
  mentions.forEach((organisation, index) => {
    if (organisation.entity.type !== 'Organization' || organisation.anaphoric) return;
    const place = mentions[index + 1];
    if (!place || place.anaphoric || place.entity.type !== 'Location' || place.start < organisation.end)
      return;
    const gap = text.slice(organisation.end, place.start);
    if (!IN_BETWEEN.test(gap) && !ARABIC_GLUED.test(gap)) return;
    const after = text.slice(place.end, place.end + 6);
    if (!PHRASE_END.test(after) && !(isCity(place.entity) && !NAME_GOES_ON.test(after))) return;
    found.push({ organisation, place, at: { start: organisation.end, end: place.start } });
  });
  return found;
}
