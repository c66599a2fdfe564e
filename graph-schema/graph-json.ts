/**
 * graph-json: the lossless export and the shape of every graph fragment the HTTP API returns.
 * Tools and tests rely on it; docs/architecture.md describes it.
 */
import type { LanguageTag } from './model.ts';
import type { EntityType, Modality, RelationType } from './schema.ts';

export interface GraphJsonDocument {
  id: string;
  uri: string;
  title: string;
  lang: LanguageTag;
  /** Present when the document said when it was published. */
  publishedAt?: string;
  /** Outlet or site name, when known. */
  source?: string;
  /** Author named by the file's own metadata (PDF, DOCX, feed item, record), when it names one. */
  author?: string;
  /** Character encoding the text was decoded from, when ingest recorded it. */
  encoding?: string;
}

export interface GraphJsonNode {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** `scheme:value` identifiers elsewhere (`mitre-attack:G0007`); present when there are any. */
  externalIds?: string[];
  /** Ids of the documents that mention the entity, sorted. */
  documents: string[];
}

export interface GraphJsonEvidence {
  documentId: string;
  text: string;
  start: number;
  end: number;
  lang: LanguageTag;
  /** Which extractor found it (`rules`, `llm:MODEL`, `stix`); left out when not recorded. */
  extractor?: string;
}

export interface GraphJsonEdge {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  confidence: number;
  modality: Modality;
  assertedBy: string[];
  evidence: GraphJsonEvidence[];
}

/** A part of the graph: what the API returns for neighbours, paths and overviews. */
export interface GraphFragment {
  nodes: GraphJsonNode[];
  edges: GraphJsonEdge[];
}

export interface GraphJson extends GraphFragment {
  documents: GraphJsonDocument[];
}

/**
 * A run of one of graph-json's lists. The whole graph read part by part comes as its documents,
 * then its nodes, then its edges, each list in id order, so parts can be written as they come.
 */
export type GraphJsonPart =
  { documents: GraphJsonDocument[] } | { nodes: GraphJsonNode[] } | { edges: GraphJsonEdge[] };

/**
 * An edge as a canvas draws and filters it: graph-json's edge with its evidence summarised
 * instead of listed. The sentences are the edge's details (`GET /api/edges/:id`), fetched when
 * the edge is opened; a start view of a few hundred entities can carry tens of thousands.
 */
export interface GraphSummaryEdge extends Omit<GraphJsonEdge, 'evidence'> {
  /** Names of the `assertedBy` entities, in the same order. */
  claimantNames: string[];
  evidenceCount: number;
  /** Distinct documents the evidence comes from: the edge's independent sources. */
  documentCount: number;
  /** Languages the evidence is written in, sorted. */
  langs: LanguageTag[];
  /** Distinct days (YYYY-MM-DD) on which those documents were published, sorted; undated ones add none. */
  dates: string[];
}

/** An entity as a canvas labels it: graph-json's node without the list of its documents. */
export interface GraphSummaryNode extends Omit<GraphJsonNode, 'documents'> {
  /** Times the documents name it. */
  mentionCount: number;
}

/** A part of the graph as a canvas needs it (`edges=summary` on the graph routes). */
export interface GraphSummaryFragment {
  nodes: GraphSummaryNode[];
  edges: GraphSummaryEdge[];
}

/**
 * An edge as an answer about a few entities gives it (entity details, neighbours, paths): its
 * summary and the first pieces of its evidence (`evidenceCount` says how many there are in
 * all); the rest come in pages from `GET /api/edges/:id`, so a busy edge never swells an answer.
 */
export interface GraphPreviewEdge extends GraphSummaryEdge {
  evidence: GraphJsonEvidence[];
}

/** A part of the graph with each edge's summary and first sentences (`edges=preview`). */
export interface GraphPreviewFragment {
  nodes: GraphSummaryNode[];
  edges: GraphPreviewEdge[];
}

/** Where a page of a longer list stands: how many in all, skipped, returned, and after it. */
export interface ListPage {
  total: number;
  offset: number;
  returned: number;
  more: number;
}

/** A page of relations, with the count of every relation of the list by type. */
export interface RelationPage extends ListPage {
  relationTypes: Record<string, number>;
}
