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
import type { RelationType } from '../../graph-schema/schema.ts';
import { batchSummary, mergeWithStored, prepareBatches } from '../batch-preparation.ts';
import { checkCitedDocuments } from '../batch-validation.ts';
import { groupBy } from '../collections.ts';
import { retractEvidence } from '../document-retraction.ts';
import type { WriteSummary } from '../graph-store.ts';
import { mergeRelations } from '../merge.ts';
import { relationProperties } from '../relation-properties.ts';
import { asString } from '../row-values.ts';
import { searchKey } from '../search-key.ts';
import type { StoredRelation } from '../stored-records.ts';
import type { Querier } from './connection.ts';
import { Neo4jReader } from './read.ts';
import { ENTITIES, WRITES } from './statements.ts';
import { integer } from './values.ts';

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
async function mergeWithStoredRelations(reader: Neo4jReader, incoming: readonly RelationRecord[]) {
  const stored = new Map<string, StoredRelation>();
  for (const [type, group] of groupBy(incoming, (relation): RelationType => relation.type)) {
    const found = await reader.relationsOfTypeByIds(
      type,
      group.map((relation) => relation.id),
    );
    for (const relation of found) stored.set(relation.id, relation);
  }
  return mergeWithStored(incoming, stored, mergeRelations);
}

/** Writes the batches as if one after the other (batch-preparation.ts); one summary per batch. */
export async function writeBatches(
  querier: Querier,
  batches: readonly GraphBatch[],
  now: string,
): Promise<WriteSummary[]> {
  const reader = new Neo4jReader(querier);
  const prepared = await prepareBatches(batches, (ids) => reader.entities(ids));
  const { documents, entities, mentions } = prepared;
  const missing = [...prepared.citedStoredDocumentIds];
  const storedDocuments = new Set((await reader.documentSummaries(missing)).map((document) => document.id));
  checkCitedDocuments(missing, (id) => storedDocuments.has(id));

  const relations = await mergeWithStoredRelations(reader, prepared.relations);

  await writeDocuments(querier, documents, now);
  await writeEntities(querier, entities);
  await writeMentions(querier, mentions);
  await writeRelations(querier, relations);
  await refreshEntityStatistics(querier, prepared.touchedEntityIds);
  return batches.map(batchSummary);
}

/**
 * Retracts a document: its evidence leaves every edge (edges left with none are deleted, the
 * others get their confidence and claimants recomputed), its mentions go, and entities it was
 * the last to mention are deleted with their edges. Aliases an entity gained from the document
 * stay: the store does not record which document contributed which surface form.
 */
export async function deleteDocument(querier: Querier, documentId: string): Promise<boolean> {
  const reader = new Neo4jReader(querier);
  const [document] = await reader.documentSummaries([documentId]);
  if (!document) return false;

  const { emptied, kept } = retractEvidence(await reader.relationsWithEvidenceFrom(documentId), documentId);
  for (const [type, group] of groupBy(emptied, (relation) => relation.type)) {
    await querier.run(WRITES.deleteRelationsOfType(type), { ids: group.map((relation) => relation.id) });
  }
  await writeRelations(querier, kept);

  const mentioned = (await querier.run(ENTITIES.mentionedIn, { id: documentId })).map((row) =>
    asString(row.id),
  );
  await querier.run(WRITES.deleteDocument, { id: documentId });
  await refreshEntityStatistics(querier, mentioned);
  if (mentioned.length > 0) await querier.run(WRITES.deleteUnmentionedEntities, { ids: mentioned });
  return true;
}
