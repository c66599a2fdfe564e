/**
 * A sentence that opens on where its subject is: "Based in Bergen, the office tracks APT28",
 * "Headquartered in Moscow, Kaspersky ...", "Basée à Lyon, la société X ...". The participle
 * of place (the packs' `location` trigger) comes first, then the place (and maybe, after a
 * comma, the country it lies in), then a comma and the main clause's subject, a name or a
 * reference to one ("it", "the agency"): that subject is located there, as the sentence's
 * opening describes it. Only Latin-script languages write the participle first like this.
 */
import { triggerWords } from '../extract/lang/index.ts';
import type { Span } from '../types.ts';
import { ORGANIZATION_CUES_LATIN, THREAT_ACTOR_CUES_LATIN } from './cues.ts';
import { alternation } from './patterns.ts';
import { phrasesSource } from './text.ts';
import type { EntityMention } from './types.ts';

const PLACED_TYPES = new Set(['Organization', 'ThreatActor', 'Person']);
/** The participle of place, at the start of its sentence or line, right before the place. */
const OPENING = new RegExp(
  String.raw`(?:^|[.!?]\s+|\n\s*)(${phrasesSource(
    triggerWords('location')
      .flatMap((words) => words.phrases)
      .filter((phrase) => !/[\u0600-\u06ff]/u.test(phrase)),
  )})\s*$`,
  'iu',
);
/** How far before the place the opening may start. */
const OPENING_REACH = 40;
/** Between a place and the country after it: "Based in Reston, Virginia, ...". */
const PLACE_THEN_COUNTRY = /^\s*,\s*(?:(?:au|aux|en)\s+)?$/iu;
/**
 * Between the place and the subject: the comma, then maybe an article and a noun for what the
 * subject is ("the security firm Kaspersky", "la société X"); a verb there ("the agency tracks
 * APT28") makes the name after it an object.
 */
const SUBJECT_GAP = new RegExp(
  String.raw`^\s*,\s*(?:(?:the|this|le|la|les|l['’]|cette|ce)\s*(?:\p{Ll}[\p{Ll}-]*\s+){0,2}` +
    String.raw`(?:${alternation([...ORGANIZATION_CUES_LATIN, ...THREAT_ACTOR_CUES_LATIN])})\s+)?$`,
  'u',
);

export interface FrontedPlacement {
  placed: EntityMention;
  place: EntityMention;
  /** The participle that opens the sentence. */
  at: Span;
}

/** Subjects placed by the participle their sentence opens on; `mentions` are one sentence's, sorted by start. */
export function findFrontedPlacements(text: string, mentions: readonly EntityMention[]): FrontedPlacement[] {
  const place = mentions[0];
  if (!place || place.entity.type !== 'Location' || place.anaphoric) return [];
  const before = text.slice(Math.max(0, place.start - OPENING_REACH), place.start);
  const opening = OPENING.exec(before);
  const phrase = opening?.[1];
  if (!opening || phrase === undefined) return [];
  const phraseStart = place.start - before.length + opening.index + opening[0].lastIndexOf(phrase);
  let last = place;
  let next = 1;
  const country = mentions[next];
  if (country?.entity.type === 'Location' && PLACE_THEN_COUNTRY.test(text.slice(place.end, country.start))) {
    last = country;
    next++;
  }
  const subject = mentions[next];
  if (
    !subject ||
    !PLACED_TYPES.has(subject.entity.type) ||
    !SUBJECT_GAP.test(text.slice(last.end, subject.start))
  )
    return [];
  return [{ placed: subject, place, at: { start: phraseStart, end: phraseStart + phrase.length } }];
}
