/**
 * Several extractors over one document, as one: each runs, and their entities meet by key —
 * the gazetteer identity or name key every extractor gives (entity-keys.ts) — so "Fancy Bear"
 * found by a model and "APT28" found by the rules are one node. Relations are pooled; the
 * batch step merges a relation two extractors both found into one edge with its evidence.
 */
import type { ExtractedEntity, Extraction, Extractor } from '../extractor.ts';

export function combineExtractors(extractors: readonly Extractor[]): Extractor {
  return {
    name: extractors.map((extractor) => extractor.name).join('+'),
    async extract(input) {
      const results: Extraction[] = [];
      for (const extractor of extractors) {
        const result = await extractor.extract(input);
        // Each relation keeps the name of the extractor that found it, for its evidence.
        const relations = result.relations.map((relation) => ({
          ...relation,
          extractor: relation.extractor ?? extractor.name,
        }));
        results.push({ ...result, relations });
      }
      return mergeExtractions(results);
    },
  };
}

export function mergeExtractions(results: readonly Extraction[]): Extraction {
  const entities = new Map<string, ExtractedEntity>();
  for (const entity of results.flatMap((result) => result.entities)) {
    const typedKey = `${entity.type}\u0000${entity.key}`;
    const known = entities.get(typedKey);
    if (known === undefined) {
      entities.set(typedKey, { ...entity, mentions: [...entity.mentions] });
      continue;
    }
    known.aliases = [...new Set([...known.aliases, ...entity.aliases])];
    known.externalIds = [...new Set([...known.externalIds, ...entity.externalIds])];
    known.mergeReasons = [...new Set([...known.mergeReasons, ...entity.mergeReasons])];
    addMentions(known, entity.mentions);
  }
  return {
    entities: [...entities.values()],
    relations: results.flatMap((result) => result.relations),
  };
}

/** Adds the mentions `entity` lacks: two finders of one span give one mention. */
export function addMentions(entity: ExtractedEntity, mentions: ExtractedEntity['mentions']): void {
  const seen = new Set(entity.mentions.map((mention) => `${mention.start}:${mention.end}`));
  for (const mention of mentions) {
    const at = `${mention.start}:${mention.end}`;
    if (seen.has(at)) continue;
    seen.add(at);
    entity.mentions.push(mention);
  }
}
