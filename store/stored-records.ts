/**
 * Records as the store holds them, and their decoding from the rows of the store's own read
 * queries. Both backends return these rows with the same column names, so one decoder serves
 * both; every list is sorted, so results do not depend on storage order.
 */
import type {
  DocumentRecord,
  EntityRecord,
  EvidenceRecord,
  LanguageTag,
  MentionRecord,
  RelationRecord,
} from '../graph-schema/model.ts';
import type { EntityType, Modality, RelationType } from '../graph-schema/schema.ts';
import type { EntityDescription } from './entity-descriptions.ts';
import type { DocumentSummary } from './graph-store.ts';
import type { EdgeSummary } from './record-reader.ts';
import { evidenceOrder } from './merge.ts';
import {
  FIRST_PIECES,
  firstPiecesOf,
  type FirstPieceColumns,
  type RelationSummary,
} from './relation-summary.ts';
import { asNumber, asNumbers, asOptionalString, asString, asStrings } from './row-values.ts';

export interface StoredEntity extends EntityRecord {
  mentionCount: number;
  firstSeen?: string;
  lastSeen?: string;
}

export interface StoredRelation extends RelationRecord, RelationSummary {}

/** A relation as its edge holds it: the summary, without the evidence records. */
export type StoredRelationHead = Omit<StoredRelation, 'evidence'>;

export type StoredDocument = DocumentRecord & { ingestedAt?: string };

export type StoredRow = Readonly<Record<string, unknown>>;

export const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Columns: type, id, name, aliases, externalIds, mergeReasons, mentionCount, firstSeen, lastSeen. */
export function entityFromRow(row: StoredRow): StoredEntity {
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

/** Columns: type, id, documentId, name, aliases, externalIds, mergeReasons. */
export function descriptionFromRow(row: StoredRow): EntityDescription {
  return {
    id: asString(row.id),
    type: asString(row.type) as EntityType,
    documentId: asString(row.documentId),
    name: asString(row.name),
    aliases: asStrings(row.aliases),
    externalIds: asStrings(row.externalIds),
    mergeReasons: asStrings(row.mergeReasons),
  };
}

/** Columns: type, source, target, and the edge's stored properties (RELATION_PROPERTIES). */
export function relationHeadFromRow(row: StoredRow): StoredRelationHead {
  return {
    id: asString(row.id),
    type: asString(row.type) as RelationType,
    source: asString(row.source),
    target: asString(row.target),
    modality: asString(row.modality) as Modality,
    confidence: asNumber(row.confidence),
    assertedBy: asStrings(row.assertedBy),
    evidenceCount: asNumber(row.evidenceCount),
    documentCount: asNumber(row.documentCount),
    langs: asStrings(row.langs) as LanguageTag[],
    dates: asStrings(row.dates),
  };
}

/**
 * Columns: relationId, documentId, text, start, end, lang, confidence, assertedBy, extractor; the pieces
 * of each relation in evidence order.
 */
export function evidenceByRelationFromRows(rows: readonly StoredRow[]): Map<string, EvidenceRecord[]> {
  const byRelation = new Map<string, EvidenceRecord[]>();
  for (const row of rows) {
    const relationId = asString(row.relationId);
    const pieces = byRelation.get(relationId) ?? [];
    pieces.push({
      documentId: asString(row.documentId),
      text: asString(row.text),
      start: asNumber(row.start),
      end: asNumber(row.end),
      lang: (asOptionalString(row.lang) ?? 'und') as LanguageTag,
      confidence: asNumber(row.confidence),
      assertedBy: asStrings(row.assertedBy).sort(),
      extractor: asOptionalString(row.extractor) ?? '',
    });
    byRelation.set(relationId, pieces);
  }
  for (const pieces of byRelation.values()) pieces.sort(evidenceOrder);
  return byRelation;
}

/** Relations with their evidence, sorted by id. */
export function withEvidence(
  heads: readonly StoredRelationHead[],
  evidence: ReadonlyMap<string, EvidenceRecord[]>,
): StoredRelation[] {
  return heads.map((head) => ({ ...head, evidence: evidence.get(head.id) ?? [] })).sort(byId);
}

/** Columns: id and the claim's first pieces (FIRST_PIECE_PROPERTIES); by claim id. */
export function firstPiecesFromRows(rows: readonly StoredRow[]): Map<string, FirstPieceColumns> {
  return new Map(
    rows.map((row) => [
      asString(row.id),
      {
        firstPieceDocuments: asStrings(row.firstPieceDocuments),
        firstPieceStarts: asNumbers(row.firstPieceStarts),
        firstPieceEnds: asNumbers(row.firstPieceEnds),
        firstPieceTexts: asStrings(row.firstPieceTexts),
        firstPieceLangs: asStrings(row.firstPieceLangs) as LanguageTag[],
        firstPieceConfidences: asNumbers(row.firstPieceConfidences),
        firstPieceClaimants: asStrings(row.firstPieceClaimants),
        firstPieceClaimantCounts: asNumbers(row.firstPieceClaimantCounts),
        firstPieceExtractors: asStrings(row.firstPieceExtractors),
      },
    ]),
  );
}

/**
 * Relations, sorted by id, each with the first `count` pieces of its evidence as its claim keeps
 * them (`firstPieces`, by relation id; FIRST_PIECES at most): no evidence record is read.
 */
export function withFirstPieces(
  heads: readonly StoredRelationHead[],
  firstPieces: ReadonlyMap<string, FirstPieceColumns>,
  count: number,
): StoredRelation[] {
  if (count > FIRST_PIECES)
    throw new RangeError(`a claim keeps its first ${FIRST_PIECES} pieces, not ${count}`);
  return heads
    .map((head) => {
      const kept = firstPieces.get(head.id);
      return { ...head, evidence: kept ? firstPiecesOf(kept).slice(0, Math.max(0, count)) : [] };
    })
    .sort(byId);
}

/** Columns: id, type, source, target, sourceType, targetType, evidence (a count). */
export function edgeSummaryFromRow(row: StoredRow): EdgeSummary {
  return {
    id: asString(row.id),
    type: asString(row.type) as RelationType,
    source: asString(row.source),
    target: asString(row.target),
    sourceType: asString(row.sourceType) as EntityType,
    targetType: asString(row.targetType) as EntityType,
    evidence: asNumber(row.evidence),
  };
}

/** Columns: id, uri, title, lang, publishedAt, source, author, encoding. */
export function documentSummaryFromRow(row: StoredRow): DocumentSummary {
  const summary: DocumentSummary = {
    id: asString(row.id),
    uri: asString(row.uri),
    title: asString(row.title),
    lang: (asOptionalString(row.lang) ?? 'und') as LanguageTag,
  };
  const publishedAt = asOptionalString(row.publishedAt);
  const source = asOptionalString(row.source);
  const author = asOptionalString(row.author);
  const encoding = asOptionalString(row.encoding);
  if (publishedAt !== undefined) summary.publishedAt = publishedAt;
  if (source !== undefined) summary.source = source;
  if (author !== undefined) summary.author = author;
  if (encoding !== undefined) summary.encoding = encoding;
  return summary;
}

/** The summary's columns, and text and ingestedAt. */
export function documentFromRow(row: StoredRow): StoredDocument {
  const document: StoredDocument = { ...documentSummaryFromRow(row), text: asString(row.text) };
  const ingestedAt = asOptionalString(row.ingestedAt);
  if (ingestedAt !== undefined) document.ingestedAt = ingestedAt;
  return document;
}

/** Columns: entityId, start, end, surface; in text order. */
export function mentionsFromRows(documentId: string, rows: readonly StoredRow[]): MentionRecord[] {
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

/** Columns: id (an entity), document (one mentioning it); sorted ids of each entity's documents. */
export function documentsByEntityFromRows(rows: readonly StoredRow[]): Map<string, string[]> {
  const documents = new Map<string, string[]>();
  for (const row of rows) {
    const id = asString(row.id);
    const list = documents.get(id) ?? [];
    list.push(asString(row.document));
    documents.set(id, list);
  }
  for (const list of documents.values()) list.sort();
  return documents;
}
