/**
 * Stored records in the shapes graph-json and the HTTP API show: nodes, edges, fragments, the
 * whole graph, and an edge's evidence with its documents.
 */
import type { EntityRecord } from '../graph-schema/model.ts';
import type {
  GraphFragment,
  GraphJsonDocument,
  GraphJsonEdge,
  GraphJsonEvidence,
  GraphJsonNode,
  GraphPreviewEdge,
  GraphPreviewFragment,
  GraphSummaryEdge,
  GraphSummaryFragment,
  GraphSummaryNode,
} from '../graph-schema/graph-json.ts';
import type { DocumentSummary, EvidenceWithDocument } from './graph-store.ts';
import { EVIDENCE_PREVIEW } from './query-limits.ts';
import { byId, type StoredEntity, type StoredRelation, type StoredRelationHead } from './stored-records.ts';

export function toGraphJsonNode(entity: EntityRecord, documents: readonly string[]): GraphJsonNode {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: [...entity.aliases],
    ...(entity.externalIds.length > 0 ? { externalIds: [...entity.externalIds] } : {}),
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
    evidence: relation.evidence.map(toGraphJsonEvidence),
  };
}

function toGraphJsonEvidence({
  documentId,
  text,
  start,
  end,
  lang,
  extractor,
}: StoredRelation['evidence'][number]): GraphJsonEvidence {
  return { documentId, text, start, end, lang, ...(extractor ? { extractor } : {}) };
}

/** Entities with the documents mentioning them, and edges, as a fragment (edges sorted by id). */
export function toGraphFragment(
  entities: readonly StoredEntity[],
  documentsByEntity: ReadonlyMap<string, readonly string[]>,
  edges: readonly StoredRelation[],
): GraphFragment {
  return {
    nodes: entities.map((entity) => toGraphJsonNode(entity, documentsByEntity.get(entity.id) ?? [])),
    edges: [...edges].sort(byId).map(toGraphJsonEdge),
  };
}

export function toGraphSummaryNode(entity: StoredEntity): GraphSummaryNode {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: [...entity.aliases],
    ...(entity.externalIds.length > 0 ? { externalIds: [...entity.externalIds] } : {}),
    mentionCount: entity.mentionCount,
  };
}

/** An edge's summary; `names` holds the claimants' names (an unknown one shows as its id). */
export function toGraphSummaryEdge(
  head: StoredRelationHead,
  names: ReadonlyMap<string, string>,
): GraphSummaryEdge {
  return {
    id: head.id,
    type: head.type,
    source: head.source,
    target: head.target,
    confidence: head.confidence,
    modality: head.modality,
    assertedBy: [...head.assertedBy],
    claimantNames: head.assertedBy.map((id) => names.get(id) ?? id),
    evidenceCount: head.evidenceCount,
    documentCount: head.documentCount,
    langs: [...head.langs],
    dates: [...head.dates],
  };
}

/** Entities and edge summaries as a fragment (edges sorted by id). */
export function toGraphSummaryFragment(
  entities: readonly StoredEntity[],
  heads: readonly StoredRelationHead[],
  names: ReadonlyMap<string, string>,
): GraphSummaryFragment {
  return {
    nodes: entities.map(toGraphSummaryNode),
    edges: [...heads].sort(byId).map((head) => toGraphSummaryEdge(head, names)),
  };
}

/** An edge's summary and its first EVIDENCE_PREVIEW pieces of evidence, in the edge's order. */
export function toGraphPreviewEdge(
  relation: StoredRelation,
  names: ReadonlyMap<string, string>,
): GraphPreviewEdge {
  return {
    ...toGraphSummaryEdge(relation, names),
    evidence: relation.evidence.slice(0, EVIDENCE_PREVIEW).map(toGraphJsonEvidence),
  };
}

/** Entities and edge previews as a fragment (edges sorted by id). */
export function toGraphPreviewFragment(
  entities: readonly StoredEntity[],
  relations: readonly StoredRelation[],
  names: ReadonlyMap<string, string>,
): GraphPreviewFragment {
  return {
    nodes: entities.map(toGraphSummaryNode),
    edges: [...relations].sort(byId).map((relation) => toGraphPreviewEdge(relation, names)),
  };
}

export function toGraphJsonDocument({
  id,
  uri,
  title,
  lang,
  publishedAt,
  source,
  author,
  encoding,
}: DocumentSummary): GraphJsonDocument {
  return {
    id,
    uri,
    title,
    lang,
    ...(publishedAt !== undefined ? { publishedAt } : {}),
    ...(source !== undefined ? { source } : {}),
    ...(author !== undefined ? { author } : {}),
    ...(encoding !== undefined ? { encoding } : {}),
  };
}

/** The pieces of evidence, the title and address of each one's document added. */
export function toEvidenceWithDocuments(
  pieces: StoredRelation['evidence'],
  documents: readonly DocumentSummary[],
): EvidenceWithDocument[] {
  const byDocumentId = new Map(documents.map((document) => [document.id, document]));
  return pieces.map((piece) => ({
    documentId: piece.documentId,
    text: piece.text,
    start: piece.start,
    end: piece.end,
    lang: piece.lang,
    ...(piece.extractor ? { extractor: piece.extractor } : {}),
    documentTitle: byDocumentId.get(piece.documentId)?.title ?? '',
    documentUri: byDocumentId.get(piece.documentId)?.uri ?? '',
    confidence: piece.confidence,
    assertedBy: [...piece.assertedBy],
  }));
}
