/**
 * "la société new-yorkaise Flashpoint", "the Russian group Turla", "شركة راس غاز القطرية": a
 * demonym right next to an organisation or actor places it (before the name in French and
 * English, after it in Arabic, where adjectives follow their noun). The demonym is not a mention of the place (the gazetteer
 * says so), so the place joins the extraction as an entity without mentions of its own, and
 * the LOCATED_IN edge carries the sentence as evidence.
 */
import type { GazetteerMention } from '../lexicon/index.ts';
import type { Span } from '../types.ts';
import { hasArabic, wordsBetween } from './text.ts';
import type { EntityMention, ResolvedEntity } from './types.ts';

const PLACED_TYPES = new Set(['Organization', 'ThreatActor']);
const MAX_WORDS_BETWEEN = 1;
/** Between an Arabic name and its adjective: at most the article, which the demonym's surface leaves out. */
const ARABIC_ADJECTIVE_GAP = /^\s+(?:ال)?$/u;

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
    const placed = hasArabic(demonym.surface)
      ? mentions.findLast(
          (mention) =>
            mention.end <= demonym.start &&
            PLACED_TYPES.has(mention.entity.type) &&
            ARABIC_ADJECTIVE_GAP.test(text.slice(mention.end, demonym.start)),
        )
      : mentions.find(
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
