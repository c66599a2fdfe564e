/**
 * The checks a batch must pass before anything of it is written, on every backend: types and
 * modalities the schema knows, evidence on every relation, entities and documents that exist,
 * and relation endpoints the schema allows.
 */
import type { GraphBatch, RelationRecord } from '../graph-schema/model.ts';
import {
  allowsEndpoints,
  isEntityType,
  isRelationType,
  MODALITIES,
  type EntityType,
} from '../graph-schema/schema.ts';

/** What can be told from the batch alone. */
export function checkBatchSchema(batch: GraphBatch): void {
  for (const entity of batch.entities) {
    if (!isEntityType(entity.type)) throw new Error(`entity ${entity.id} has unknown type ${entity.type}`);
  }
  for (const relation of batch.relations) {
    if (!isRelationType(relation.type))
      throw new Error(`relation ${relation.id} has unknown type ${relation.type}`);
    if (!(MODALITIES as readonly string[]).includes(relation.modality)) {
      throw new Error(`relation ${relation.id} has unknown modality ${relation.modality}`);
    }
    if (relation.evidence.length === 0) throw new Error(`relation ${relation.id} has no evidence`);
  }
}

/** Every entity the batch refers to is in the batch or in the store (`typeOf` knows both). */
export function checkEntityReferences(
  referenced: Iterable<string>,
  typeOf: ReadonlyMap<string, EntityType>,
): void {
  for (const id of referenced) {
    if (!typeOf.has(id))
      throw new Error(`the batch refers to entity ${id}, which is neither in it nor in the store`);
  }
}

export function checkRelationEndpoints(
  relations: readonly RelationRecord[],
  typeOf: ReadonlyMap<string, EntityType>,
): void {
  for (const relation of relations) {
    const source = typeOf.get(relation.source);
    const target = typeOf.get(relation.target);
    if (!source || !target || !allowsEndpoints(relation.type, source, target)) {
      throw new Error(
        `${relation.type} from ${source} to ${target} is not allowed by the schema (${relation.id})`,
      );
    }
  }
}

/** Every document a mention or a piece of evidence cites is in the batch or in the store. */
export function checkCitedDocuments(cited: Iterable<string>, isKnown: (documentId: string) => boolean): void {
  const unknown = [...cited].filter((id) => !isKnown(id));
  if (unknown.length > 0)
    throw new Error(`the batch cites documents it does not contain: ${unknown.join(', ')}`);
}
