/**
 * Batches made ready to write, the same way on every backend: records listed twice become one,
 * entities are merged with what the store holds, and everything the batches refer to is checked
 * (batch-validation.ts). Several batches written together give the store written batch by
 * batch: merges do not depend on order, and each batch may refer only to what the store or
 * the batches before it hold. What is left to a backend is how it looks records up and
 * writes them.
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

export interface PreparedBatch<Stored extends EntityRecord = EntityRecord> {
  /** One per id, the last listed. */
  documents: DocumentRecord[];
  /** One per id, merged with the batches' other listings and with the stored record. */
  entities: EntityRecord[];
  /** One per (entity, document, start, end), the last listing's surface. */
  mentions: MentionRecord[];
  /** One per id with its evidence merged, not yet merged with the stored relation. */
  relations: RelationRecord[];
  /** The stored records of the entities the batches refer to, as the store held them. */
  storedEntities: Map<string, Stored>;
  /** The type of every entity the batches refer to, stored or not. */
  typeOf: Map<string, EntityType>;
  /** Documents cited by mentions and evidence that no batch up to the citing one lists:
   *  the store must hold them. */
  citedStoredDocumentIds: Set<string>;
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

const mentionKey = (mention: MentionRecord) =>
  [mention.entityId, mention.documentId, mention.start, mention.end].join('\u0000');

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

function referencedEntityIds(batch: GraphBatch): Set<string> {
  return new Set([
    ...batch.entities.map((entity) => entity.id),
    ...batch.mentions.map((mention) => mention.entityId),
    ...batch.relations.flatMap((relation) => [relation.source, relation.target]),
  ]);
}

function citedDocumentIds(batch: GraphBatch): Set<string> {
  return new Set([
    ...batch.mentions.map((mention) => mention.documentId),
    ...batch.relations.flatMap((relation) => relation.evidence.map((piece) => piece.documentId)),
  ]);
}

/**
 * Every entity a batch refers to is in it, in an earlier batch or in the store; returns the
 * documents cited that no batch up to the citing one lists.
 */
function checkReferencesInOrder(batches: readonly GraphBatch[], stored: Iterable<EntityRecord>): Set<string> {
  const known = new Map<string, EntityType>([...stored].map((entity) => [entity.id, entity.type]));
  const listedDocuments = new Set<string>();
  const citedStored = new Set<string>();
  for (const batch of batches) {
    for (const entity of batch.entities) known.set(entity.id, entity.type);
    checkEntityReferences(referencedEntityIds(batch), known);
    for (const document of batch.documents) listedDocuments.add(document.id);
    for (const id of citedDocumentIds(batch)) if (!listedDocuments.has(id)) citedStored.add(id);
  }
  return citedStored;
}

/** `storedEntities` looks up entities by id in the store, inside the write's transaction. */
export async function prepareBatches<Stored extends EntityRecord>(
  batches: readonly GraphBatch[],
  storedEntities: (ids: string[]) => Promise<Stored[]>,
): Promise<PreparedBatch<Stored>> {
  for (const batch of batches) checkBatchSchema(batch);
  const documents = dedupe(
    batches.flatMap((batch) => batch.documents),
    (_, latest) => latest,
  );
  const incomingEntities = dedupe(
    batches.flatMap((batch) => batch.entities),
    mergeEntities,
  );
  const mentions = [
    ...new Map(
      batches.flatMap((batch) => batch.mentions.map((mention) => [mentionKey(mention), mention])),
    ).values(),
  ];
  const relations = dedupe(
    batches.flatMap((batch) =>
      batch.relations.map((relation) => ({ ...relation, evidence: mergeEvidence([], relation.evidence) })),
    ),
    mergeRelations,
  );

  const referenced = new Set(batches.flatMap((batch) => [...referencedEntityIds(batch)]));
  const stored = new Map((await storedEntities([...referenced])).map((entity) => [entity.id, entity]));
  const entities = mergeWithStored(incomingEntities, stored, mergeEntities);
  const citedStoredDocumentIds = checkReferencesInOrder(batches, stored.values());
  const typeOf = new Map<string, EntityType>([...stored.values(), ...entities].map((e) => [e.id, e.type]));
  checkRelationEndpoints(relations, typeOf);

  return {
    documents,
    entities,
    mentions,
    relations,
    storedEntities: stored,
    typeOf,
    citedStoredDocumentIds,
    touchedEntityIds: [
      ...new Set([...entities.map((entity) => entity.id), ...mentions.map((mention) => mention.entityId)]),
    ],
  };
}

/** What writing one batch reports: its records, each counted once. */
export function batchSummary(batch: GraphBatch): WriteSummary {
  const distinct = (keys: readonly string[]) => new Set(keys).size;
  return {
    documents: distinct(batch.documents.map((document) => document.id)),
    entities: distinct(batch.entities.map((entity) => entity.id)),
    mentions: distinct(batch.mentions.map(mentionKey)),
    relations: distinct(batch.relations.map((relation) => relation.id)),
  };
}
