/**
 * The store's read queries and the mapping of their rows to graph-schema records and
 * graph-json shapes. Every list a caller sees is sorted, so results do not depend on storage order.
 */
import type {
  DocumentRecord,
  EntityRecord,
  LanguageTag,
  MentionRecord,
  RelationRecord,
} from '../../graph-schema/model.ts';
import type { GraphFragment, GraphJsonEdge, GraphJsonNode } from '../../graph-schema/graph-json.ts';
import type { EntityType, Modality, RelationType } from '../../graph-schema/schema.ts';
import type { DocumentSummary } from '../graph-store.ts';
import { evidenceFromProperties } from '../relation-properties.ts';
import type { Querier, Row } from './connection.ts';
import { DOCUMENTS, ENTITIES, RELATIONS } from './statements.ts';
import { asNumber, asNumbers, asOptionalString, asString, asStrings } from './values.ts';

export interface StoredEntity extends EntityRecord {
  mentionCount: number;
  firstSeen?: string;
  lastSeen?: string;
}

export interface StoredRelation extends RelationRecord {
  confidence: number;
  assertedBy: string[];
}

export type StoredDocument = DocumentRecord & { ingestedAt?: string };

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function entityFromRow(row: Row): StoredEntity {
  const entity: StoredEntity = {
    id: asString(row.id),
    type: asString(row.type) as EntityType,
    name: asString(row.name),
    aliases: asStrings(row.aliases),
    externalIds: asStrings(row.externalIds),
    mergeReasons: asStrings(row.mergeReasons),
    mentionCount: asNumber(row.mentionCount),
  };
  const firstSeen = asOptionalString(row.firstSeen);
  const lastSeen = asOptionalString(row.lastSeen);
  if (firstSeen !== undefined) entity.firstSeen = firstSeen;
  if (lastSeen !== undefined) entity.lastSeen = lastSeen;
  return entity;
}

/** Entities by id (all of them when `ids` is undefined), sorted by id. */
export async function fetchEntities(querier: Querier, ids?: readonly string[]): Promise<StoredEntity[]> {
  if (ids?.length === 0) return [];
  const rows = ids ? await querier.run(ENTITIES.byIds, { ids: [...ids] }) : await querier.run(ENTITIES.all);
  return rows.map(entityFromRow).sort(byId);
}

/** Entities whose name or an alias contains the folded query `key`. */
export async function fetchEntitiesMatchingKey(querier: Querier, key: string): Promise<StoredEntity[]> {
  return (await querier.run(ENTITIES.matchingKey, { key })).map(entityFromRow).sort(byId);
}

/** Sorted ids of the documents mentioning each entity. */
export async function fetchEntityDocuments(
  querier: Querier,
  ids?: readonly string[],
): Promise<Map<string, string[]>> {
  const documents = new Map<string, string[]>();
  if (ids?.length === 0) return documents;
  const rows = ids
    ? await querier.run(ENTITIES.documentsOf, { ids: [...ids] })
    : await querier.run(ENTITIES.documentsOfAll);
  for (const row of rows) {
    const id = asString(row.id);
    const list = documents.get(id) ?? [];
    list.push(asString(row.document));
    documents.set(id, list);
  }
  for (const list of documents.values()) list.sort();
  return documents;
}

function relationFromRow(row: Row): StoredRelation {
  const confidence = asNumber(row.confidence);
  const modality = asString(row.modality);
  const assertedBy = asStrings(row.assertedBy);
  return {
    id: asString(row.id),
    type: asString(row.type) as RelationType,
    source: asString(row.source),
    target: asString(row.target),
    modality: modality as Modality,
    confidence,
    assertedBy,
    evidence: evidenceFromProperties({
      confidence,
      modality,
      assertedBy,
      evidenceDocumentIds: asStrings(row.evidenceDocumentIds),
      evidenceTexts: asStrings(row.evidenceTexts),
      evidenceStarts: asNumbers(row.evidenceStarts),
      evidenceEnds: asNumbers(row.evidenceEnds),
      evidenceLangs: asStrings(row.evidenceLangs),
      evidenceConfidences: asNumbers(row.evidenceConfidences),
      evidenceAssertedBy: asStrings(row.evidenceAssertedBy),
    }),
  };
}

async function fetchRelations(querier: Querier, statement: string, params?: Row): Promise<StoredRelation[]> {
  return (await querier.run(statement, params)).map(relationFromRow).sort(byId);
}

/** Typed relations (MENTIONED_IN excluded), each list sorted by id. */
export const relations = {
  all: (querier: Querier) => fetchRelations(querier, RELATIONS.all),
  byIds: (querier: Querier, ids: readonly string[]) =>
    ids.length > 0 ? fetchRelations(querier, RELATIONS.byIds, { ids: [...ids] }) : Promise.resolve([]),
  byIdsOfType: (querier: Querier, type: RelationType, ids: readonly string[]) =>
    ids.length > 0
      ? fetchRelations(querier, RELATIONS.byIdsOfType(type), { ids: [...ids] })
      : Promise.resolve([]),
  touching: (querier: Querier, entityId: string) =>
    fetchRelations(querier, RELATIONS.touching, { id: entityId }),
  among: (querier: Querier, entityIds: readonly string[]) =>
    entityIds.length > 0
      ? fetchRelations(querier, RELATIONS.among, { ids: [...entityIds] })
      : Promise.resolve([]),
  claimedBy: (querier: Querier, entityId: string) =>
    fetchRelations(querier, RELATIONS.claimedBy, { id: entityId }),
  withEvidenceFrom: (querier: Querier, documentId: string) =>
    fetchRelations(querier, RELATIONS.withEvidenceFrom, { id: documentId }),
};

function summaryFromRow(row: Row): DocumentSummary {
  const summary: DocumentSummary = {
    id: asString(row.id),
    uri: asString(row.uri),
    title: asString(row.title),
    lang: (asOptionalString(row.lang) ?? 'und') as LanguageTag,
  };
  const publishedAt = asOptionalString(row.publishedAt);
  const source = asOptionalString(row.source);
  if (publishedAt !== undefined) summary.publishedAt = publishedAt;
  if (source !== undefined) summary.source = source;
  return summary;
}

/** Document summaries (no text), sorted by id. */
export async function fetchDocumentSummaries(
  querier: Querier,
  ids?: readonly string[],
): Promise<DocumentSummary[]> {
  if (ids?.length === 0) return [];
  const rows = ids ? await querier.run(DOCUMENTS.byIds, { ids: [...ids] }) : await querier.run(DOCUMENTS.all);
  return rows.map(summaryFromRow).sort(byId);
}

export async function fetchDocument(querier: Querier, id: string): Promise<StoredDocument | undefined> {
  const [row] = await querier.run(DOCUMENTS.withText, { id });
  if (!row) return undefined;
  const document: StoredDocument = { ...summaryFromRow(row), text: asString(row.text) };
  const ingestedAt = asOptionalString(row.ingestedAt);
  if (ingestedAt !== undefined) document.ingestedAt = ingestedAt;
  return document;
}

/** Mentions in one document, in text order. */
export async function fetchMentions(querier: Querier, documentId: string): Promise<MentionRecord[]> {
  const rows = await querier.run(DOCUMENTS.mentions, { id: documentId });
  return rows
    .map((row) => ({
      entityId: asString(row.entityId),
      documentId,
      start: asNumber(row.start),
      end: asNumber(row.end),
      surface: asString(row.surface),
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.entityId < b.entityId ? -1 : 1));
}

export function toGraphJsonNode(entity: EntityRecord, documents: readonly string[]): GraphJsonNode {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: [...entity.aliases],
    documents: [...documents],
  };
}

export function toGraphJsonEdge(relation: StoredRelation): GraphJsonEdge {
  return {
    id: relation.id,
    type: relation.type,
    source: relation.source,
    target: relation.target,
    confidence: relation.confidence,
    modality: relation.modality,
    assertedBy: [...relation.assertedBy],
    evidence: relation.evidence.map(({ documentId, text, start, end, lang }) => ({
      documentId,
      text,
      start,
      end,
      lang,
    })),
  };
}

/** The given entities and edges as a fragment (nodes and edges sorted by id). */
export async function buildFragment(
  querier: Querier,
  entityIds: readonly string[],
  edges: readonly StoredRelation[],
): Promise<GraphFragment> {
  const entities = await fetchEntities(querier, entityIds);
  const documents = await fetchEntityDocuments(querier, entityIds);
  return {
    nodes: entities.map((entity) => toGraphJsonNode(entity, documents.get(entity.id) ?? [])),
    edges: [...edges].sort(byId).map(toGraphJsonEdge),
  };
}
