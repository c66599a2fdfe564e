/**
 * A business run by a person, as local news tells it: "Yves Le Bras, qui exploitait à Lorient le
 * café du Commerce", "Anne Guéguen exploite le cabaret du Port, à Concarneau". A verb of running a
 * business (the packs' `roles.businessesRun`) follows the person closely, with no other name
 * between; its object is the named establishment after an article, a few words on at most; the
 * town named after a place preposition right before that article, or after the establishment and
 * a comma, is where the business lies. The person runs it (`LEADS`), and it is in the town.
 */
import { businessesRun, connectiveWords } from '../extract/lang/index.ts';
import type { Span } from '../types.ts';
import { openingWord } from './articles.ts';
import { alternation } from './patterns.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { wordsBetween } from './text.ts';
import type { EntityMention } from './types.ts';

const VERB = new PhraseMatcher(businessesRun().map((phrase) => ({ phrase, value: true })));
const PLACE_PREPOSITIONS = alternation(connectiveWords('placePrepositions'));
/** Between the verb and the town: maybe a few words, then the place preposition. */
const PLACE_BEFORE = new RegExp(String.raw`(?:^|\s)(?:${PLACE_PREPOSITIONS})\s+$`, 'iu');
/** Before the establishment: its article, nothing of a clause's punctuation between. */
const ARTICLE_BEFORE = new RegExp(
  String.raw`^[^,;:.!?()]*(?:^|\s)${openingWord(connectiveWords('definiteArticles'))}$`,
  'iu',
);
/**
 * After the establishment: a comma, then the place preposition of its town (without the comma,
 * "le café du Commerce à Lorient" is an organisation in a place, organisation-places.ts).
 */
const PLACE_AFTER = new RegExp(String.raw`^\s*,\s*(?:${PLACE_PREPOSITIONS})\s+$`, 'iu');
/** How many words may stand between the person and the verb ("Yves Le Bras, 40 ans, qui exploitait"). */
const HOLDER_WORDS = 5;
/** How many words may stand between the verb (or the town) and the establishment ("depuis dix ans le"). */
const OBJECT_WORDS = 4;

export interface RunBusiness {
  holder: EntityMention | undefined;
  business: EntityMention;
  place: EntityMention | undefined;
  /** The verb. */
  at: Span;
}

function isNamed(mention: EntityMention | undefined, type: string): mention is EntityMention {
  return mention !== undefined && mention.entity.type === type && mention.anaphoric !== true;
}

/** Businesses run in one sentence; `mentions` are the sentence's, sorted by start. */
export function findRunBusinesses(text: string, mentions: readonly EntityMention[]): RunBusiness[] {
  const first = mentions[0];
  const last = mentions.at(-1);
  if (!first || !last) return [];
  return VERB.find(text, first.start, last.end).flatMap((verb) => {
    const next = mentions.findIndex((mention) => mention.start >= verb.end);
    if (next < 0) return [];
    let index = next;
    let from = verb.end;
    let place: EntityMention | undefined;
    const opening = mentions[index];
    if (
      isNamed(opening, 'Location') &&
      wordsBetween(text, verb.end, opening.start) <= OBJECT_WORDS &&
      PLACE_BEFORE.test(text.slice(verb.end, opening.start))
    ) {
      place = opening;
      from = opening.end;
      index++;
    }
    const business = mentions[index];
    if (
      !isNamed(business, 'Organization') ||
      wordsBetween(text, from, business.start) > OBJECT_WORDS ||
      !ARTICLE_BEFORE.test(text.slice(from, business.start))
    )
      return [];
    const after = mentions[index + 1];
    if (!place && isNamed(after, 'Location') && PLACE_AFTER.test(text.slice(business.end, after.start))) {
      place = after;
    }
    const before = mentions[next - 1];
    const holder =
      isNamed(before, 'Person') && wordsBetween(text, before.end, verb.start) <= HOLDER_WORDS
        ? before
        : undefined;
    return [{ holder, business, place, at: { start: verb.start, end: verb.end } }];
  });
}
