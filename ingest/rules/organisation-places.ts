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
 * The packs' `connectives.placePrepositions` ("in", "à", "في"): nothing else between the
 * organisation and the place, but a noun for a kind of place in Arabic ("في مدينة"), which an
 * adjective of origin may follow ("في العاصمة الأردنية عمان").
 */
const IN_BETWEEN = new RegExp(
  String.raw`^\s+(?:${alternation(connectiveWords('placePrepositions'))})(?:\s+(?:${alternation(names.placeHeads)})(?:\s+ال\S+ي[ةه]?)?)?\s+$`,
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
 * After the place, a complement of time that ends on a year, opened by one of the packs'
 * `connectives.placePrepositions` ("in June 2016", "في يونيو 2016", "en 2017"): the name and its
 * place are still one phrase, the subject of a verb set before it ("أعلنت اللجنة ... في الولايات
 * المتحدة في يونيو 2016 أن").
 */
const DATED_AFTER = new RegExp(
  String.raw`^\s+(?:${alternation(connectiveWords('placePrepositions'))})\s+(?:[^\s\d,.;:()،؛]+\s+){0,3}(?:1[89]|20)\d{2}(?!\d)`,
  'u',
);

/**
 * The pack's `sittingNouns` right before the organisation ("جلسة المجلس ... في مدينة X"): the
 * sitting is what is in the place, not the body.
 */
const SITTING_BEFORE = new RegExp(
  String.raw`(?:^|\s)[وفبل]?(?:ال)?(?:${alternation(names.sittingNouns)})\s+$`,
  'u',
);

/** The pack's `armedForceHeads` opening the organisation's name, with the article or without. */
const ARMED_FORCES = new RegExp(String.raw`^(?:ال)?(?:${alternation(names.armedForceHeads)})(?:\s|$)`, 'u');

/** A capitalised word after a city's name may go on with it ("Moscow Oblast"): no city then. */
const NAME_GOES_ON = /^\s+\p{Lu}/u;

export interface OrganisationPlacement {
  organisation: EntityMention;
  place: EntityMention;
  at: Span;
  /**
   * The phrase goes on after the place: with a complement of time "في Y" may be the verb's own
   * complement, and armed forces there may be the subject of a verb after it; the placement is
   * then read in its clause (a question or a negation states none).
   */
  inClause: boolean;
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
    if (SITTING_BEFORE.test(text.slice(Math.max(0, organisation.start - 12), organisation.start))) return;
    const after = text.slice(place.end, place.end + 6);
    const closed = PHRASE_END.test(after);
    // Forces in a country are stationed there, whatever the sentence goes on with; the clause
    // still decides ("لم تعد القوات الأمريكية في سوريا ...").
    const inClause =
      !closed &&
      (DATED_AFTER.test(text.slice(place.end, place.end + 60)) ||
        ARMED_FORCES.test(text.slice(organisation.start, organisation.end)));
    if (!closed && !inClause && !(isCity(place.entity) && !NAME_GOES_ON.test(after))) return;
    found.push({ organisation, place, at: { start: organisation.end, end: place.start }, inClause });
  });
  return found;
}
