/**
 * Writing and retracting documents inside one managed write transaction. Records are merged in
 * TypeScript with what the store already holds (the same merge rules as the embedded store),
 * then written with one `UNWIND $rows AS r MERGE ...` per entity type and relation type.
 */
import type {
  DocumentRecord,
  EntityRecord,
  GraphBatch,
  MentionRecord,
  RelationRecord,
} from '../../graph-schema/model.ts';
import {
  allowsEndpoints,
  isEntityType,
  isRelationType,
  MODALITIES,
  type EntityType,
  type RelationType,
} from '../../graph-schema/schema.ts';
import type { WriteSummary } from '../graph-store.ts';
import { mergeEntities, mergeEvidence, mergeRelations } from '../merge.ts';
import { relationProperties } from '../relation-properties.ts';
import { searchKey } from '../search-key.ts';
import type { Querier } from './connection.ts';
import { fetchDocumentSummaries, fetchEntities, relations, type StoredRelation } from './read.ts';
import { ENTITIES, WRITES } from './statements.ts';
import { asString, integer } from './values.ts';

function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function dedupe<T extends { id: string }>(records: readonly T[], merge: (a: T, b: T) => T): T[] {
  const byId = new Map<string, T>();
  for (const record of records) {
    const seen = byId.get(record.id);
    byId.set(record.id, seen ? merge(seen, record) : record);
  }
  return [...byId.values()];
}

/** Refuses what the schema does not allow before anything is written. */
function checkBatch(batch: GraphBatch): void {
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

async function writeDocuments(querier: Querier, documents: readonly DocumentRecord[], now: string) {
  if (documents.length === 0) return;
  const rows = documents.map((document) => ({
    id: document.id,
    uri: document.uri,
    title: document.title,
    lang: document.lang,
    publishedAt: document.publishedAt ?? null,
    source: document.source ?? null,
    text: document.text,
    ingestedAt: now,
  }));
  await querier.run(WRITES.documents, { rows });
}

async function writeEntities(querier: Querier, entities: readonly EntityRecord[]) {
  for (const [type, group] of groupBy(entities, (entity) => entity.type)) {
    const rows = group.map((entity) => ({
      id: entity.id,
      name: entity.name,
      aliases: entity.aliases,
      externalIds: entity.externalIds,
      mergeReasons: entity.mergeReasons,
      searchKeys: [...new Set([entity.name, ...entity.aliases].map(searchKey))].sort(),
    }));
    await querier.run(WRITES.entitiesOfType(type), { rows });
  }
}

async function writeMentions(querier: Querier, mentions: readonly MentionRecord[]) {
  if (mentions.length === 0) return;
  const rows = mentions.map((mention) => ({
    entityId: mention.entityId,
    documentId: mention.documentId,
    start: integer(mention.start),
    end: integer(mention.end),
    surface: mention.surface,
  }));
  await querier.run(WRITES.mentions, { rows });
}

/** Writes relations with their full, already merged evidence (MERGE by id, then SET). */
async function writeRelations(querier: Querier, records: readonly RelationRecord[]) {
  for (const [type, group] of groupBy(records, (relation) => relation.type)) {
    const rows = group.map((relation) => {
      const properties = relationProperties(relation);
      return {
        ...properties,
        source: relation.source,
        target: relation.target,
        evidenceStarts: properties.evidenceStarts.map(integer),
        evidenceEnds: properties.evidenceEnds.map(integer),
      };
    });
    await querier.run(WRITES.relationsOfType(type), { rows });
  }
}

async function refreshEntityStatistics(querier: Querier, ids: readonly string[]) {
  if (ids.length > 0) await querier.run(WRITES.refreshEntityStatistics, { ids: [...ids] });
}

/** The batch's relations merged with the stored ones of the same id, looked up type by type. */
async function mergeWithStoredRelations(querier: Querier, incoming: readonly RelationRecord[]) {
  const stored = new Map<string, StoredRelation>();
  for (const [type, group] of groupBy(incoming, (relation): RelationType => relation.type)) {
    const found = await relations.byIdsOfType(
      querier,
      type,
      group.map((relation) => relation.id),
    );
    for (const relation of found) stored.set(relation.id, relation);
  }
  return incoming.map((relation) => {
    const existing = stored.get(relation.id);
    return existing ? mergeRelations(existing, relation) : relation;
  });
}

export async function writeBatch(querier: Querier, batch: GraphBatch, now: string): Promise<WriteSummary> {
  checkBatch(batch);
  const documents = dedupe(batch.documents, (_, latest) => latest);
  const incomingEntities = dedupe(batch.entities, mergeEntities);
  // A mention listed twice is one mention (the last listing's surface wins).
  const mentions = [
    ...new Map(
      batch.mentions.map((mention) => [
        [mention.entityId, mention.documentId, mention.start, mention.end].join('\u0000'),
        mention,
      ]),
    ).values(),
  ];
  const incomingRelations = dedupe(
    batch.relations.map((relation) => ({ ...relation, evidence: mergeEvidence([], relation.evidence) })),
    mergeRelations,
  );

  const referenced = new Set<string>([
    ...incomingEntities.map((entity) => entity.id),
    ...batch.mentions.map((mention) => mention.entityId),
    ...incomingRelations.flatMap((relation) => [relation.source, relation.target]),
  ]);
  const stored = new Map(
    (await fetchEntities(querier, [...referenced])).map((entity) => [entity.id, entity]),
  );
  const entities = incomingEntities.map((entity) => {
    const existing = stored.get(entity.id);
    return existing ? mergeEntities(existing, entity) : entity;
  });
  const typeOf = new Map<string, EntityType>([...stored.values(), ...entities].map((e) => [e.id, e.type]));
  for (const id of referenced) {
    if (!typeOf.has(id))
      throw new Error(`the batch refers to entity ${id}, which is neither in it nor in the store`);
  }
  for (const relation of incomingRelations) {
    const source = typeOf.get(relation.source);
    const target = typeOf.get(relation.target);
    if (!source || !target || !allowsEndpoints(relation.type, source, target)) {
      throw new Error(
        `${relation.type} from ${source} to ${target} is not allowed by the schema (${relation.id})`,
      );
    }
  }
  const knownDocuments = new Set(documents.map((document) => document.id));
  const citedDocuments = new Set([
    ...batch.mentions.map((mention) => mention.documentId),
    ...incomingRelations.flatMap((relation) => relation.evidence.map((piece) => piece.documentId)),
  ]);
  const missing = [...citedDocuments].filter((id) => !knownDocuments.has(id));
  const storedDocuments = new Set(
    (await fetchDocumentSummaries(querier, missing)).map((document) => document.id),
  );
  const unknown = missing.filter((id) => !storedDocuments.has(id));
  if (unknown.length > 0)
    throw new Error(`the batch cites documents it does not contain: ${unknown.join(', ')}`);

  const mergedRelations = await mergeWithStoredRelations(querier, incomingRelations);

  await writeDocuments(querier, documents, now);
  await writeEntities(querier, entities);
  await writeMentions(querier, mentions);
  await writeRelations(querier, mergedRelations);
  await refreshEntityStatistics(querier, [
    ...new Set([...entities.map((entity) => entity.id), ...mentions.map((mention) => mention.entityId)]),
  ]);
  return {
    documents: documents.length,
    entities: entities.length,
    mentions: mentions.length,
    relations: mergedRelations.length,
  };
}

/**
 * Retracts a document: its evidence leaves every edge (edges left with none are deleted, the
 * others get their confidence and claimants recomputed), its mentions go, and entities it was
 * the last to mention are deleted with their edges. Aliases an entity gained from the document
 * stay: the store does not record which document contributed which surface form.
 */
export async function deleteDocument(querier: Querier, documentId: string): Promise<boolean> {
  const [document] = await fetchDocumentSummaries(querier, [documentId]);
  if (!document) return false;

  const remaining = (await relations.withEvidenceFrom(querier, documentId)).map((relation) => ({
    ...relation,
    evidence: relation.evidence.filter((piece) => piece.documentId !== documentId),
  }));
  const emptied = remaining.filter((relation) => relation.evidence.length === 0);
  for (const [type, group] of groupBy(emptied, (relation) => relation.type)) {
    await querier.run(WRITES.deleteRelationsOfType(type), { ids: group.map((relation) => relation.id) });
  }
  await writeRelations(
    querier,
    remaining.filter((relation) => relation.evidence.length > 0),
  );

  const mentioned = (await querier.run(ENTITIES.mentionedIn, { id: documentId })).map((row) =>
    asString(row.id),
  );
  await querier.run(WRITES.deleteDocument, { id: documentId });
  await refreshEntityStatistics(querier, mentioned);
  if (mentioned.length > 0) await querier.run(WRITES.deleteUnmentionedEntities, { ids: mentioned });
  return true;
}
