/**
 * A batch made ready to write, the same way on every backend: records listed twice become one,
 * entities are merged with what the store holds, and everything the batch refers to is checked
 * (batch-validation.ts). What is left to a backend is how it looks records up and writes them.
 */
import type {
  DocumentRecord,
  EntityRecord,
  GraphBatch,
  MentionRecord,
  RelationRecord,
} from '../graph-schema/model.ts';
import type { EntityType } from '../graph-schema/schema.ts';
import { checkBatchSchema, checkEntityReferences, checkRelationEndpoints } from './batch-validation.ts';
import type { WriteSummary } from './graph-store.ts';
import { mergeEntities, mergeEvidence, mergeRelations } from './merge.ts';

export interface PreparedBatch {
  /** One per id, the last listed. */
  documents: DocumentRecord[];
  /** One per id, merged with the batch's other listings and with the stored record. */
  entities: EntityRecord[];
  /** One per (entity, document, start, end), the last listing's surface. */
  mentions: MentionRecord[];
  /** One per id with its evidence merged, not yet merged with the stored relation. */
  relations: RelationRecord[];
  /** The type of every entity the batch refers to, stored or not. */
  typeOf: Map<string, EntityType>;
  /** Documents cited by mentions and evidence, which must be in the batch or the store. */
  citedDocumentIds: Set<string>;
  /** Entities whose mention statistics the write changes. */
  touchedEntityIds: string[];
}

function dedupe<T extends { id: string }>(records: readonly T[], merge: (a: T, b: T) => T): T[] {
  const byId = new Map<string, T>();
  for (const record of records) {
    const seen = byId.get(record.id);
    byId.set(record.id, seen ? merge(seen, record) : record);
  }
  return [...byId.values()];
}

/** Each incoming record merged with the stored one of the same id, if any (stored first). */
export function mergeWithStored<T extends { id: string }>(
  incoming: readonly T[],
  stored: ReadonlyMap<string, T>,
  merge: (stored: T, incoming: T) => T,
): T[] {
  return incoming.map((record) => {
    const existing = stored.get(record.id);
    return existing ? merge(existing, record) : record;
  });
}

/** `storedEntities` looks up entities by id in the store, inside the write's transaction. */
export async function prepareBatch(
  batch: GraphBatch,
  storedEntities: (ids: string[]) => Promise<EntityRecord[]>,
): Promise<PreparedBatch> {
  checkBatchSchema(batch);
  const documents = dedupe(batch.documents, (_, latest) => latest);
  const incomingEntities = dedupe(batch.entities, mergeEntities);
  const mentions = [
    ...new Map(
      batch.mentions.map((mention) => [
        [mention.entityId, mention.documentId, mention.start, mention.end].join('\u0000'),
        mention,
      ]),
    ).values(),
  ];
  const relations = dedupe(
    batch.relations.map((relation) => ({ ...relation, evidence: mergeEvidence([], relation.evidence) })),
    mergeRelations,
  );

  const referenced = new Set<string>([
    ...incomingEntities.map((entity) => entity.id),
    ...mentions.map((mention) => mention.entityId),
    ...relations.flatMap((relation) => [relation.source, relation.target]),
  ]);
  const stored = new Map((await storedEntities([...referenced])).map((entity) => [entity.id, entity]));
  const entities = mergeWithStored(incomingEntities, stored, mergeEntities);
  const typeOf = new Map<string, EntityType>([...stored.values(), ...entities].map((e) => [e.id, e.type]));
  checkEntityReferences(referenced, typeOf);
  checkRelationEndpoints(relations, typeOf);

  return {
    documents,
    entities,
    mentions,
    relations,
    typeOf,
    citedDocumentIds: new Set([
      ...mentions.map((mention) => mention.documentId),
      ...relations.flatMap((relation) => relation.evidence.map((piece) => piece.documentId)),
    ]),
    touchedEntityIds: [
      ...new Set([...entities.map((entity) => entity.id), ...mentions.map((mention) => mention.entityId)]),
    ],
  };
}

/** What a write reports: the records of the batch, each counted once. */
export function writeSummary(prepared: PreparedBatch): WriteSummary {
  return {
    documents: prepared.documents.length,
    entities: prepared.entities.length,
    mentions: prepared.mentions.length,
    relations: prepared.relations.length,
  };
}
