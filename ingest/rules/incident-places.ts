/**
 * Where an incident happened, in the two ways news tells it: a verb of happening between the
 * incident and its place ("The intrusion into the payroll system took place in Bergen", "a eu lieu
 * en Bretagne"), or a place that opens what there was ("In Ohio there was an intrusion into the
 * voter rolls", "En Bretagne, il y a eu une ingérence ..."). The incident is located there. Only
 * a named incident (an Event mention, or a reference resolved to one) is placed: "the meeting took
 * place in Paris" places no one.
 */
import { connectiveWords, incidentWords } from '../extract/lang/index.ts';
import type { Span } from '../types.ts';
import { openingWord } from './articles.ts';
import { alternation } from './patterns.ts';
import type { EntityMention } from './types.ts';

const PREPOSITION = alternation(connectiveWords('placePrepositions'));
/** An article before the place's name ("in the United States"): the packs' apposition articles. */
const ARTICLE = `${openingWord(connectiveWords('appositionArticles'))}?`;
/** Between an incident and its place: the verb of happening and the preposition. */
const OCCURRED = new RegExp(
  String.raw`^\s+(${alternation(incidentWords('occurrenceVerbs'))})\s+(?:${PREPOSITION})\s+${ARTICLE}$`,
  'iu',
);
/** Right before a place that opens what there was: the preposition, maybe an article. */
const PLACE_OPENED = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(?:${PREPOSITION})\s+${ARTICLE}$`, 'iu');
/**
 * Between that place and the incident: a comma maybe, the words of what there was, then up to two
 * lower-case words ("an", "two", "a major") before the incident's noun.
 */
const THERE_WAS = new RegExp(
  String.raw`^\s*,?\s*(${alternation(incidentWords('existentials'))})\s+(?:\p{Ll}+\s+){0,2}$`,
  'iu',
);

export interface IncidentPlacement {
  incident: EntityMention;
  place: EntityMention;
  /** The words that place it: the verb of happening, or what there was. */
  at: Span;
}

/** Incidents told as happening at a place; `mentions` are one sentence's, sorted by start. */
export function findIncidentPlacements(
  text: string,
  mentions: readonly EntityMention[],
): IncidentPlacement[] {
  const found: IncidentPlacement[] = [];
  mentions.forEach((mention, index) => {
    // The next name after this one, not one inside it ("the hack of the Quillon Bank").
    const next = mentions.slice(index + 1).find((other) => other.start >= mention.end);
    if (!next) return;
    if (mention.entity.type === 'Event' && next.entity.type === 'Location' && !next.anaphoric) {
      const between = text.slice(mention.end, next.start);
      const verb = OCCURRED.exec(between);
      if (verb?.[1] !== undefined) {
        const start = mention.end + between.indexOf(verb[1]);
        found.push({ incident: mention, place: next, at: { start, end: start + verb[1].length } });
      }
      return;
    }
    if (mention.entity.type !== 'Location' || mention.anaphoric || next.entity.type !== 'Event') return;
    if (!PLACE_OPENED.test(text.slice(Math.max(0, mention.start - 12), mention.start))) return;
    const between = text.slice(mention.end, next.start);
    const existential = THERE_WAS.exec(between);
    if (existential?.[1] === undefined) return;
    const start = mention.end + between.indexOf(existential[1]);
    found.push({ incident: next, place: mention, at: { start, end: start + existential[1].length } });
  });
  return found;
}
