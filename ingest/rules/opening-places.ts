/**
 * A sentence, or a clause after "that", that opens on a place and a comma sets where what it
 * tells happens: "In the United States, the Department of Energy reported breaches", "that in
 * Ukraine, days before the vote, the servers of the Central Electoral Commission were
 * compromised", "En France, l'Agence nationale ... a publié". The public bodies it names there
 * are in that place. Only a body, its name holding a head word ("Department", "Commission",
 * "Agence"), and no place of its own in its name ("the European Commission", "the US
 * Department of State" stay where they are); and only when the sentence names no other place
 * after the opening, which might be the body's own ("In Ukraine, the Ministry of Finance of
 * Poland ...").
 */
import { connectiveWords } from '../extract/lang/index.ts';
import { findGazetteerMentions } from '../lexicon/index.ts';
import type { Span } from '../types.ts';
import { ORGANIZATION_CLOSING_HEADS, ORGANIZATION_HEADS } from './cues.ts';
import { openingWord } from './articles.ts';
import { alternation } from './patterns.ts';
import type { EntityMention } from './types.ts';

const PREPOSITION = alternation(connectiveWords('placePrepositions'));
const ARTICLE = `${openingWord(connectiveWords('appositionArticles'))}?`;
/** The opening before the place: a sentence's or a line's start, or "that", then the preposition. */
const OPENING = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n\s*|(?:^|\s)(?:${alternation(connectiveWords('complementizers'))})\s+)((?:${PREPOSITION}))\s+${ARTICLE}$`,
  'iu',
);
/** How far before the place the opening may start, and before a body the preposition of its origin. */
const OPENING_REACH = 24;
/**
 * "investigators from the X", "venus de la X": the body named after one of the packs'
 * `connectives.originPrepositions` and maybe a definite article is where they came from.
 */
const FROM_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:${alternation(connectiveWords('originPrepositions'))})\s+${openingWord(connectiveWords('definiteArticles'))}?$`,
  'iu',
);
/** The comma that closes the opening right after the place. */
const COMMA_AFTER = /^\s*,/u;
const WORD = /[\p{L}\p{N}'’-]+/gu;
/** Head words of a public body's name: a firm's ("Labs", "Systems", "Group") may have its seat anywhere. */
const BODY_HEADS = new Set([...ORGANIZATION_HEADS].filter((head) => !ORGANIZATION_CLOSING_HEADS.has(head)));
/** The languages whose prepositions open a sentence on a place (Arabic writes none of these). */
const PLACE_LANGUAGES = ['en', 'fr'] as const;

export interface OpeningPlacement {
  body: EntityMention;
  place: EntityMention;
  /** The preposition that opens the sentence on the place. */
  at: Span;
}

/** Bodies placed by the place their sentence opens on; `mentions` are one sentence's, sorted by start. */
export function findOpeningPlacements(text: string, mentions: readonly EntityMention[]): OpeningPlacement[] {
  const place = mentions[0];
  if (!place || place.entity.type !== 'Location' || place.anaphoric) return [];
  const before = text.slice(Math.max(0, place.start - OPENING_REACH), place.start);
  const opening = OPENING.exec(before);
  const preposition = opening?.[1];
  if (!opening || preposition === undefined || !COMMA_AFTER.test(text.slice(place.end))) return [];
  const rest = mentions.slice(1);
  if (rest.some((mention) => mention.entity.type === 'Location')) return [];
  const start = place.start - before.length + opening.index + opening[0].lastIndexOf(preposition);
  const at = { start, end: start + preposition.length };
  return rest
    .filter(
      (mention) =>
        mention.entity.type === 'Organization' &&
        // A body the gazetteer knows has its seat whatever the sentence is about ("In Ukraine,
        // the FBI ..."); one named after "from" came from elsewhere.
        !mention.entity.known &&
        !FROM_BEFORE.test(text.slice(Math.max(0, mention.start - OPENING_REACH), mention.start)) &&
        isPlacelessBody(mention),
    )
    .map((body) => ({ body, place, at }));
}

/** A body's name: a head word in it, and no place or demonym (which would place it itself). */
function isPlacelessBody(mention: EntityMention): boolean {
  const names = [mention.entity.name, mention.surface];
  const headed = names.some((name) => (name.match(WORD) ?? []).some((word) => BODY_HEADS.has(word)));
  if (!headed) return false;
  return names.every((name) =>
    PLACE_LANGUAGES.every((lang) =>
      findGazetteerMentions(name, lang).every((found) => found.entry.type !== 'Location'),
    ),
  );
}
