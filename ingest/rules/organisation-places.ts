/**
 * An organisation named right before "in" and a place is the one there: "the Central Research
 * Institute in Moscow", "معهد ... في موسكو", "la banque Vantor à Lisbonne". The place closes its
 * phrase (a list of places goes on with "and"), so "in" is no verb's complement of time or place
 * for the sentence: a name of a year, a date or a common noun after "in" is no place.
 */
import { connectiveWords } from '../extract/lang/index.ts';
import type { Span } from '../types.ts';
import { alternation } from './patterns.ts';
import type { EntityMention } from './types.ts';

/** The packs' `connectives.placePrepositions` ("in", "à", "في"): nothing else between the organisation and the place. */
const IN_BETWEEN = new RegExp(
  String.raw`^\s+(?:${alternation(connectiveWords('placePrepositions'))})\s+$`,
  'u',
);
/** The packs' `connectives.placeClitics`, glued to the place: "بموسكو". */
const GLUED = new RegExp(String.raw`^\s+(?:${alternation(connectiveWords('placeClitics'))})$`, 'u');
/** After the place: the phrase ends. */
const PHRASE_END = new RegExp(
  String.raw`^\s*(?:[,.;:)،؛]|$|\s(?:${alternation(connectiveWords('listCoordinators'))})\s)`,
  'u',
);

/**
 * After the place, a complement of time that ends on a year ("in June 2016", "في يونيو 2016",
 * "en 2017"): the name and its place are still one phrase, the subject of a verb set before it
 * ("أعلنت اللجنة ... في الولايات المتحدة في يونيو 2016 أن").
 */
const DATED_AFTER = /^\s+(?:in|en|في)\s+(?:[^\s\d,.;:()،؛]+\s+){0,3}(?:1[89]|20)\d{2}(?!\d)/u;

export interface OrganisationPlacement {
  organisation: EntityMention;
  place: EntityMention;
  at: Span;
  /**
   * A complement of time follows the place: "في Y" may then be the verb's own complement, so the
   * placement is read in its clause (a question or a negation states none).
   */
  dated: boolean;
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
    if (!IN_BETWEEN.test(gap) && !GLUED.test(gap)) return;
    const closed = PHRASE_END.test(text.slice(place.end, place.end + 6));
    if (!closed && !DATED_AFTER.test(text.slice(place.end, place.end + 60))) return;
    found.push({ organisation, place, at: { start: organisation.end, end: place.start }, dated: !closed });
  });
  return found;
}
