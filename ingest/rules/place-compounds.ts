/**
 * A place joined by a hyphen to a word after it is a compound adjective ("the Moscow-based
 * firm", "a Berlin-based think tank DGAP", "China-linked actors"): it qualifies what follows and
 * is no argument of a verb ("APT28 targeted the Berlin-based think tank" targets no Berlin).
 * "-based" and "-headquartered" state where the organisation or actor they describe is.
 */
import type { Span } from '../types.ts';
import { nextStartingFrom } from './possessives.ts';
import type { EntityMention } from './types.ts';

/** A hyphen and a lower-case word right after a place's name. */
const COMPOUND_AFTER = /^[-‑]\p{Ll}/u;
/** The compounds of place, English only: French and Arabic say it with a verb ("basée à", "ومقرها"), triggers. */
const PLACED_AFTER = /^[-‑](?:based|headquartered)(?![\p{L}\p{N}-])/u;
/** How many lower-case words a description may put between the compound and the name ("security firm"). */
const MAX_DESCRIPTION_WORDS = 3;
const TO_NAME = new RegExp(String.raw`^\s+(?:[\p{Ll}-]+\s+){0,${MAX_DESCRIPTION_WORDS}}$`, 'u');
const PLACED_TYPES = new Set(['Organization', 'ThreatActor']);

/** Whether a place's mention is the first half of a compound adjective. */
export function inPlaceCompound(text: string, mention: EntityMention): boolean {
  return mention.entity.type === 'Location' && COMPOUND_AFTER.test(text.slice(mention.end, mention.end + 2));
}

export interface CompoundPlacement {
  placed: EntityMention;
  place: EntityMention;
  /** The compound's suffix. */
  at: Span;
}

/** "the Tehran-based company Rana": the name a compound of place describes. Mentions sorted by start. */
export function findCompoundPlacements(
  text: string,
  mentions: readonly EntityMention[],
): CompoundPlacement[] {
  const found: CompoundPlacement[] = [];
  mentions.forEach((place, index) => {
    if (place.entity.type !== 'Location' || place.anaphoric) return;
    const suffix = PLACED_AFTER.exec(text.slice(place.end, place.end + 20))?.[0];
    if (!suffix) return;
    const at = { start: place.end, end: place.end + suffix.length };
    const placed = nextStartingFrom(mentions, index, at.end);
    if (!placed || placed.anaphoric || !PLACED_TYPES.has(placed.entity.type)) return;
    if (TO_NAME.test(text.slice(at.end, placed.start))) found.push({ placed, place, at });
  });
  return found;
}
