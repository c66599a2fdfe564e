/**
 * A place joined by a hyphen to a participle of affiliation qualifies the actors named after it:
 * "a North Korea-linked group, Lazarus", "China-backed threat actors such as APT41 and APT17"
 * attribute each actor to the place. The compound is an adjective, so no trigger word stands
 * between its two arguments; the actors follow it in the same clause, possibly past a short
 * description, a parenthesis or "such as".
 */
import type { Span } from '../types.ts';
import type { EntityMention } from './types.ts';

/** The participles that make "{place}-…" an attribution, written right after the place. */
export const AFFILIATION_SUFFIXES = [
  'linked',
  'backed',
  'sponsored',
  'aligned',
  'nexus',
  'affiliated',
] as const;
const COMPOUND = new RegExp(`^-(?:${AFFILIATION_SUFFIXES.join('|')})(?![\\p{L}\\p{N}-])`, 'iu');
/** Between the compound and the first actor: words, a parenthesis, "such as"; no end of clause. */
const TO_FIRST_ACTOR = /^[^.;:!?"“”«»]{0,80}$/u;
/** Between two actors of one list ("APT17 and Ke3chang", "APT17, APT41 or Ke3chang"). */
const BETWEEN_LISTED = /^\s*(?:,\s*)?(?:(?:and|or)\s+)?$/u;

export interface CompoundAttribution {
  actor: EntityMention;
  place: EntityMention;
  /** The compound's suffix, which states the relation. */
  at: Span;
}

/** `mentions`: one sentence's, sorted by start. */
export function findCompoundAttributions(
  text: string,
  mentions: readonly EntityMention[],
): CompoundAttribution[] {
  const found: CompoundAttribution[] = [];
  mentions.forEach((place, index) => {
    if (place.entity.type !== 'Location' || place.anaphoric) return;
    const compound = COMPOUND.exec(text.slice(place.end, place.end + 20));
    if (!compound) return;
    const at = { start: place.end, end: place.end + compound[0].length };
    const actorIndex = mentions.findIndex((mention, i) => i > index && mention.entity.type === 'ThreatActor');
    const next = mentions[actorIndex];
    if (!next) return;
    const gap = text.slice(at.end, next.start);
    // A name between them ("Advanced Persistent Threat") is part of the description unless a comma parts them.
    if (!TO_FIRST_ACTOR.test(gap) || (actorIndex > index + 1 && gap.includes(','))) return;
    found.push({ actor: next, place, at });
    let previous = next;
    for (const listed of mentions.slice(actorIndex + 1)) {
      if (
        listed.entity.type !== 'ThreatActor' ||
        !BETWEEN_LISTED.test(text.slice(previous.end, listed.start))
      )
        break;
      found.push({ actor: listed, place, at });
      previous = listed;
    }
  });
  return found;
}
