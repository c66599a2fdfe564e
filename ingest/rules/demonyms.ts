/**
 * "la société new-yorkaise Flashpoint", "the Russian group Turla": a demonym right next to an
 * organisation or actor places it. The demonym is not a mention of the place (the gazetteer
 * says so), so the place joins the extraction as an entity without mentions of its own, and
 * the LOCATED_IN edge carries the sentence as evidence.
 */
import type { GazetteerMention } from '../lexicon/index.ts';
import type { Span } from '../types.ts';
import { wordsBetween } from './text.ts';
import type { EntityMention, ResolvedEntity } from './types.ts';

const PLACED_TYPES = new Set(['Organization', 'ThreatActor']);
const MAX_WORDS_BETWEEN = 1;

export interface Placement {
  placed: EntityMention;
  place: ResolvedEntity;
  /** Where the demonym is written, to find its sentence. */
  at: Span;
}

export function findPlacements(
  text: string,
  demonyms: readonly GazetteerMention[],
  mentions: readonly EntityMention[],
): Placement[] {
  const places = new Map<string, ResolvedEntity>();
  const found: Placement[] = [];
  for (const demonym of demonyms) {
    if (demonym.entry.type !== 'Location') continue;
    const placed = mentions.find(
      (mention) =>
        PLACED_TYPES.has(mention.entity.type) &&
        mention.start >= demonym.end &&
        wordsBetween(text, demonym.end, mention.start) <= MAX_WORDS_BETWEEN &&
        !/[,.;:()]/.test(text.slice(demonym.end, mention.start)),
    );
    if (!placed) continue;
    let place = places.get(demonym.entry.key);
    if (!place) {
      place = {
        key: demonym.entry.key,
        type: 'Location',
        name: demonym.entry.name,
        aliases: new Set(),
        externalIds: new Set(demonym.entry.externalIds),
        mergeReasons: new Set([`gazetteer: "${demonym.surface}" is a demonym of ${demonym.entry.name}`]),
        mentions: [],
        known: true,
        domains: [],
      };
      places.set(demonym.entry.key, place);
    }
    found.push({ placed, place, at: { start: demonym.start, end: demonym.end } });
  }
  return found;
}
