/**
 * What each document says of the entities it describes, and entities rebuilt from it. An
 * entity's stored record (name, aliases, external ids, merge reasons) is the merge of the
 * descriptions of every document that described it (merge.ts: the result does not depend on
 * order), so removing a document gives back the record its other documents alone would give.
 */
import type { EntityRecord, GraphBatch } from '../graph-schema/model.ts';
import { mergeEntities } from './merge.ts';

/** One entity as described by one document. */
export interface EntityDescription extends EntityRecord {
  documentId: string;
}

/**
 * Each batch's entities as described by each of its documents (a batch is usually one
 * document; a batch listing none records no description), one per entity and document.
 */
export function describedEntities(batches: readonly GraphBatch[]): EntityDescription[] {
  const byKey = new Map<string, EntityDescription>();
  for (const batch of batches) {
    for (const document of batch.documents) {
      for (const entity of batch.entities) {
        const key = `${entity.id}\u0000${document.id}`;
        const seen = byKey.get(key);
        byKey.set(key, { ...(seen ? mergeEntities(seen, entity) : entity), documentId: document.id });
      }
    }
  }
  return [...byKey.values()];
}

/** Entities rebuilt from the descriptions left (entities with none left are not returned). */
export function entitiesFromDescriptions(descriptions: readonly EntityDescription[]): EntityRecord[] {
  const byId = new Map<string, EntityRecord>();
  for (const { id, type, name, aliases, externalIds, mergeReasons } of descriptions) {
    const entity: EntityRecord = { id, type, name, aliases, externalIds, mergeReasons };
    const seen = byId.get(id);
    byId.set(id, seen ? mergeEntities(seen, entity) : entity);
  }
  return [...byId.values()];
}
