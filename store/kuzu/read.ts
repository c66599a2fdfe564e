/**
 * The store's read queries and the mapping of their rows to graph-schema records and
 * graph-json shapes. Every list a caller sees is sorted, so results do not depend on storage order.
 */
import type { DocumentRecord, EntityRecord, LanguageTag, RelationRecord } from '../../graph-schema/model.ts';
import type { GraphFragment, GraphJsonEdge, GraphJsonNode } from '../../graph-schema/graph-json.ts';
import type { EntityType, Modality, RelationType } from '../../graph-schema/schema.ts';
import type { DocumentSummary } from '../graph-store.ts';
import type { KuzuParams, KuzuRow, Session } from './connection.ts';
import { quoteName } from './ddl.ts';
import { ANY_ENTITY, ANY_RELATION, DOCUMENT, MENTION } from './labels.ts';
import { evidenceFromProperties } from '../relation-properties.ts';
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

/** `IN $ids` with an empty list would reach Kùzu as an untyped NULL, so empty sets short-circuit. */
/**
 * Kùzu 0.11.3 answers `x.id IN [...]` (and `list_contains`) wrongly when `x` may come from
 * several node tables: it returns nodes whose id is not in the list and misses ones that are.
 * Equality per unwound id is answered correctly, so id lists are filtered that way.
 */
const UNWIND_IDS = 'UNWIND $ids AS wanted';

function hasIds(ids: readonly string[] | undefined): boolean {
  return ids === undefined || ids.length > 0;
}

const ENTITY_COLUMNS = `label(n) AS type, n.id AS id, n.name AS name, n.aliases AS aliases,
  n.externalIds AS externalIds, n.mergeReasons AS mergeReasons, n.mentionCount AS mentionCount,
  n.firstSeen AS firstSeen, n.lastSeen AS lastSeen`;

function entityFromRow(row: KuzuRow): StoredEntity {
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
export async function fetchEntities(session: Session, ids?: readonly string[]): Promise<StoredEntity[]> {
  if (!hasIds(ids)) return [];
  const rows = await session.run(
    `${ids ? UNWIND_IDS : ''} MATCH (n${ANY_ENTITY}) ${ids ? 'WHERE n.id = wanted' : ''} RETURN ${ENTITY_COLUMNS}`,
    ids ? { ids: [...new Set(ids)] } : undefined,
  );
  return rows.map(entityFromRow).sort(byId);
}

/** Sorted ids of the documents mentioning each entity. */
export async function fetchEntityDocuments(
  session: Session,
  ids?: readonly string[],
): Promise<Map<string, string[]>> {
  const documents = new Map<string, string[]>();
  if (!hasIds(ids)) return documents;
  const rows = await session.run(
    `${ids ? UNWIND_IDS : ''} MATCH (n${ANY_ENTITY})-[${MENTION}]->(d${DOCUMENT}) ${ids ? 'WHERE n.id = wanted' : ''}
     RETURN DISTINCT n.id AS id, d.id AS document`,
    ids ? { ids: [...new Set(ids)] } : undefined,
  );
  for (const row of rows) {
    const id = asString(row.id);
    const list = documents.get(id) ?? [];
    list.push(asString(row.document));
    documents.set(id, list);
  }
  for (const list of documents.values()) list.sort();
  return documents;
}

const RELATION_COLUMNS = `label(e) AS type, a.id AS source, b.id AS target, e.id AS id,
  e.confidence AS confidence, e.modality AS modality, e.assertedBy AS assertedBy,
  e.evidenceDocumentIds AS evidenceDocumentIds, e.evidenceTexts AS evidenceTexts,
  e.evidenceStarts AS evidenceStarts, e.evidenceEnds AS evidenceEnds, e.evidenceLangs AS evidenceLangs,
  e.evidenceConfidences AS evidenceConfidences, e.evidenceAssertedBy AS evidenceAssertedBy`;

function relationFromRow(row: KuzuRow): StoredRelation {
  return {
    id: asString(row.id),
    type: asString(row.type) as RelationType,
    source: asString(row.source),
    target: asString(row.target),
    modality: asString(row.modality) as Modality,
    confidence: asNumber(row.confidence),
    assertedBy: asStrings(row.assertedBy),
    evidence: evidenceFromProperties({
      confidence: asNumber(row.confidence),
      modality: asString(row.modality),
      assertedBy: asStrings(row.assertedBy),
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

/** Typed relations matching a condition over `a` (source), `e` (edge), `b` (target); sorted by id. */
async function fetchRelationsWhere(
  session: Session,
  condition: string,
  params?: KuzuParams,
  prefix = '',
): Promise<StoredRelation[]> {
  const rows = await session.run(
    `${prefix} MATCH (a)-[e${ANY_RELATION}]->(b) ${condition} RETURN ${RELATION_COLUMNS}`,
    params,
  );
  return rows.map(relationFromRow).sort(byId);
}

export const relations = {
  all: (session: Session) => fetchRelationsWhere(session, ''),
  byIds: (session: Session, ids: readonly string[]) =>
    hasIds(ids)
      ? fetchRelationsWhere(session, 'WHERE e.id = wanted', { ids: [...new Set(ids)] }, UNWIND_IDS)
      : Promise.resolve([]),
  touching: (session: Session, entityId: string) =>
    fetchRelationsWhere(session, 'WHERE a.id = $id OR b.id = $id', { id: entityId }),
  among: async (session: Session, entityIds: readonly string[]) => {
    if (!hasIds(entityIds)) return [];
    const wanted = new Set(entityIds);
    const leaving = await fetchRelationsWhere(
      session,
      'WHERE a.id = wanted',
      { ids: [...wanted] },
      UNWIND_IDS,
    );
    return leaving.filter((relation) => wanted.has(relation.target));
  },
  claimedBy: (session: Session, entityId: string) =>
    fetchRelationsWhere(session, 'WHERE list_contains(e.assertedBy, $id)', { id: entityId }),
  withEvidenceFrom: (session: Session, documentId: string) =>
    fetchRelationsWhere(session, 'WHERE list_contains(e.evidenceDocumentIds, $id)', { id: documentId }),
};

const DOCUMENT_COLUMNS = `d.id AS id, d.uri AS uri, d.title AS title, d.lang AS lang,
  d.publishedAt AS publishedAt, d.source AS source, d.ingestedAt AS ingestedAt`;

function summaryFromRow(row: KuzuRow): DocumentSummary {
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
  session: Session,
  ids?: readonly string[],
): Promise<DocumentSummary[]> {
  if (!hasIds(ids)) return [];
  const where = ids ? 'WHERE d.id IN $ids' : '';
  const rows = await session.run(
    `MATCH (d${DOCUMENT}) ${where} RETURN ${DOCUMENT_COLUMNS}`,
    ids ? { ids: [...ids] } : undefined,
  );
  return rows.map(summaryFromRow).sort(byId);
}

export async function fetchDocument(session: Session, id: string): Promise<StoredDocument | undefined> {
  const [row] = await session.run(
    `MATCH (d${DOCUMENT} {id: $id}) RETURN ${DOCUMENT_COLUMNS}, d.${quoteName('text')} AS text`,
    { id },
  );
  if (!row) return undefined;
  const document: StoredDocument = { ...summaryFromRow(row), text: asString(row.text) };
  const ingestedAt = asOptionalString(row.ingestedAt);
  if (ingestedAt !== undefined) document.ingestedAt = ingestedAt;
  return document;
}

export interface MentionRow {
  entityId: string;
  documentId: string;
  start: number;
  end: number;
  surface: string;
}

/** Mentions in one document, in text order. */
export async function fetchMentions(session: Session, documentId: string): Promise<MentionRow[]> {
  const rows = await session.run(
    `MATCH (n${ANY_ENTITY})-[m${MENTION}]->(d${DOCUMENT} {id: $id})
     RETURN n.id AS entityId, m.${quoteName('start')} AS ${quoteName('start')},
            m.${quoteName('end')} AS ${quoteName('end')}, m.surface AS surface`,
    { id: documentId },
  );
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

/** The given entities and the given edges as a fragment (nodes and edges sorted by id). */
export async function buildFragment(
  session: Session,
  entityIds: readonly string[],
  edges: readonly StoredRelation[],
): Promise<GraphFragment> {
  const entities = await fetchEntities(session, entityIds);
  const documents = await fetchEntityDocuments(session, entityIds);
  return {
    nodes: entities.map((entity) => toGraphJsonNode(entity, documents.get(entity.id) ?? [])),
    edges: [...edges].sort(byId).map(toGraphJsonEdge),
  };
}
