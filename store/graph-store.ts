/**
 * The one interface every backend implements. Nothing outside store/ speaks to a database.
 */
import type { DocumentRecord, EntityRecord, GraphBatch, LanguageTag } from '../graph-schema/model.ts';
import type {
  GraphFragment,
  GraphJson,
  GraphJsonEvidence,
  GraphJsonNode,
  GraphJsonPart,
  GraphPreviewEdge,
  GraphPreviewFragment,
  GraphSummaryFragment,
  ListPage,
  RelationPage,
} from '../graph-schema/graph-json.ts';
import type { EntityType, Modality, RelationType } from '../graph-schema/schema.ts';

export interface SearchOptions {
  types?: EntityType[];
  limit?: number;
}

export interface SearchHit {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Higher is better; exact name > exact alias > prefix > substring > near spelling. */
  score: number;
}

/** One evidence sentence containing the searched text, with the relation it supports. */
export interface EvidenceSearchHit {
  relation: {
    id: string;
    type: RelationType;
    modality: Modality;
    source: { id: string; name: string; type: EntityType };
    target: { id: string; name: string; type: EntityType };
  };
  documentId: string;
  documentTitle: string;
  text: string;
  start: number;
  end: number;
  lang: LanguageTag;
}

export interface DocumentSummary {
  id: string;
  uri: string;
  title: string;
  lang: LanguageTag;
  publishedAt?: string;
  source?: string;
  author?: string;
  encoding?: string;
}

/** Which page of each of an entity's lists its details give (the same for each list). */
export interface DetailPage {
  /** Items of each list, at most MAX_DETAIL_LIMIT (query-limits.ts). */
  limit?: number;
  offset?: number;
}

/**
 * An entity and a page of each of its lists, in id order: relations and claims each with
 * their summary and first sentences (GraphPreviewEdge), and the documents naming it.
 */
export interface EntityDetails {
  /** `documents` holds the ids of the page's documents; `documentPage` counts them all. */
  entity: EntityRecord & { mentionCount: number; documents: string[] };
  /** Edges touching the entity, in or out. */
  relations: GraphPreviewEdge[];
  relationPage: RelationPage & { neighbors: number };
  /** Edges whose claim this entity makes (it is in their assertedBy). */
  claims: GraphPreviewEdge[];
  claimPage: RelationPage;
  documents: DocumentSummary[];
  documentPage: ListPage;
}

export interface EvidenceWithDocument extends GraphJsonEvidence {
  documentTitle: string;
  documentUri: string;
  confidence: number;
  assertedBy: string[];
}

/** An edge's summary (and first sentences), and a page of its evidence in the edge's order. */
export interface EdgeDetails {
  edge: GraphPreviewEdge;
  evidence: EvidenceWithDocument[];
  evidencePage: ListPage;
}

/**
 * What a fragment carries for each edge: its evidence (graph-json, lossless) or its summary
 * (what a canvas draws and filters by; the evidence is the edge's details).
 */
export type FragmentDetail = 'evidence' | 'summary' | 'preview';

export interface FragmentOf {
  evidence: GraphFragment;
  summary: GraphSummaryFragment;
  /** The summary and the first EVIDENCE_PREVIEW sentences of each edge: what the API answers. */
  preview: GraphPreviewFragment;
}

/** What an entity's neighbourhood holds beyond the page returned. */
export interface NeighborSummary {
  /** Distinct neighbours in all. */
  total: number;
  /** Neighbours skipped before this page (most evidence first), and how many the page holds. */
  offset: number;
  returned: number;
  /** Neighbours after this page. */
  more: number;
  /** Edges touching the entity, by relation type. */
  relationTypes: Record<string, number>;
  /** Distinct neighbours, by entity type. */
  entityTypes: Record<string, number>;
  /** With depth 2: the neighbours of the page's neighbours, found within a budget of edges. */
  secondHop?: SecondHopSummary;
}

export interface SecondHopSummary {
  /** Entities two hops away found (not among the entity and its page), and how many are returned. */
  found: number;
  returned: number;
  /** Edges the search may examine; `truncated` says it ran out before the page's last neighbour. */
  maxSteps: number;
  truncated: boolean;
}

/** A page of an entity's neighbours (with the entity and the edges among them) and the summary. */
export interface NeighborFragment extends GraphFragment {
  summary: NeighborSummary;
}

export interface NeighborOptions {
  /** Neighbours on the page, at most MAX_NEIGHBOR_LIMIT (query-limits.ts). */
  limit?: number;
  /** Neighbours to skip, in the order of most evidence first. */
  offset?: number;
  /** 2 adds, for the page's neighbours, their own best-attested neighbours (up to `limit` more). */
  depth?: 1 | 2;
}

/** Whether the path search stopped at its budget before it could finish, and that budget. */
export interface PathOutcome {
  truncated: boolean;
  /** The search's limits: path length, and edges it may examine. */
  budget: { maxLength: number; maxSteps: number };
  /** Shortest paths found, and how many the answer holds (at most MAX_PATHS, first by ids). */
  paths: { found: number; returned: number };
}

/** Shortest paths, and whether the search stopped at its budget before it could finish. */
export interface PathFragment extends GraphFragment, PathOutcome {}

export interface StoreStats {
  documents: number;
  entities: number;
  relations: number;
  mentions: number;
  evidence: number;
  entitiesByType: Record<string, number>;
  relationsByType: Record<string, number>;
}

export interface CypherResult {
  columns: string[];
  rows: unknown[][];
}

export interface CypherOptions {
  params?: Record<string, unknown>;
  /** Rows returned at most; more are cut and `truncated` is set by the caller. */
  maxRows?: number;
  timeoutMs?: number;
}

export interface WriteSummary {
  documents: number;
  entities: number;
  mentions: number;
  relations: number;
}

/**
 * How many documents callers hand to `writeBatches` at once: enough that each statement serves
 * many documents (Kùzu plans every statement it runs), few enough to keep a transaction small
 * and progress moving.
 */
export const WRITE_GROUP_SIZE = 64;

/** A bulk load in progress (GraphStore.startBulkLoad); nothing is in the store before `finish`. */
export interface BulkLoad {
  /** Checks the batch and takes it in, or refuses it (thrown) keeping nothing of it. Batches
   *  are taken in the order given; what the load holds in memory grows with the distinct
   *  entities and relations, not with the batches. A batch bringing a document (or uri) an
   *  earlier batch brought is refused: that is a rewrite, for writeBatches. */
  add(batch: GraphBatch): Promise<WriteSummary>;
  /** Writes every batch taken into the store, which must still hold nothing: all land, or none.
   *  The load ends either way; after a failure the store holds nothing and takes a new load. */
  finish(): Promise<void>;
  /** Gives the load up; the store is left as it was. */
  abort(): void;
}

/** Loads the batches in one bulk load: one summary per batch; all land, or none does. */
export async function loadInBulk(load: BulkLoad, batches: Iterable<GraphBatch>): Promise<WriteSummary[]> {
  try {
    const summaries: WriteSummary[] = [];
    for (const batch of batches) summaries.push(await load.add(batch));
    await load.finish();
    return summaries;
  } catch (error) {
    load.abort();
    throw error;
  }
}

export interface GraphStore {
  /** Human-readable description, e.g. `kuzu:./data/store`. */
  readonly uri: string;
  /** Idempotent upsert: writing the same batch twice changes nothing. A document whose uri the
   *  store holds with other text replaces that version (retracted first, as deleteDocument
   *  does); a document with no text only retracts the version before it. */
  writeBatch(batch: GraphBatch): Promise<WriteSummary>;
  /** Writes batches in one transaction, leaving the store as writing them one after the other
   *  would: all of them land, or none does. Each statement then serves many documents, so
   *  loading many documents this way is several times faster. One summary per batch. */
  writeBatches(batches: readonly GraphBatch[]): Promise<WriteSummary[]>;
  /** Backends with a bulk loader: starts filling a store that holds nothing with the engine's
   *  own loader, batch by batch (BulkLoad), leaving the store as writeBatches would. A store
   *  holding anything is refused with StoreNotEmptyError. */
  startBulkLoad?(): Promise<BulkLoad>;
  /** Retracts everything the document contributed (mentions, evidence, what it said of each
   *  entity), leaving the store as if it had never been written; edges left without evidence
   *  and entities left without mentions or descriptions disappear. False when no such document. */
  deleteDocument(documentId: string): Promise<boolean>;
  hasDocument(documentId: string): Promise<boolean>;
  listDocuments(): Promise<DocumentSummary[]>;
  getDocument(documentId: string): Promise<(DocumentRecord & { ingestedAt?: string }) | undefined>;
  search(query: string, options?: SearchOptions): Promise<SearchHit[]>;
  /** Evidence sentences containing the text (any case), at most `limit` (evidence-search.ts). */
  searchEvidence(text: string, options?: { limit?: number }): Promise<EvidenceSearchHit[]>;
  entityDetails(entityId: string, page?: DetailPage): Promise<EntityDetails | undefined>;
  /** The entity and a page of its neighbours, best attested first (`limit` as in NeighborOptions). */
  neighbors<D extends FragmentDetail = 'evidence'>(
    entityId: string,
    options?: NeighborOptions | number,
    detail?: D,
  ): Promise<FragmentOf[D] & { summary: NeighborSummary }>;
  /** The edge and a page of its evidence (DEFAULT_EVIDENCE_PAGE pieces when `limit` is not given). */
  edgeDetails(edgeId: string, page?: { limit?: number; offset?: number }): Promise<EdgeDetails | undefined>;
  /** The given entities and relations (those that exist) in full, evidence and documents included. */
  fragment(entityIds: readonly string[], edgeIds: readonly string[]): Promise<GraphFragment>;
  /** The most connected part of the graph, at most `limit` nodes, with the edges among them. */
  overview<D extends FragmentDetail = 'evidence'>(limit?: number, detail?: D): Promise<FragmentOf[D]>;
  /** Shortest paths between two entities (undirected), within a length and a search budget. */
  paths<D extends FragmentDetail = 'evidence'>(
    fromId: string,
    toId: string,
    maxLength?: number,
    detail?: D,
  ): Promise<FragmentOf[D] & PathOutcome>;
  stats(): Promise<StoreStats>;
  /** Read-only Cypher; a write attempt is refused with ReadOnlyQueryError. */
  cypher(query: string, options?: CypherOptions): Promise<CypherResult>;
  /** The whole graph, deterministic order (documents, nodes, edges sorted by id). */
  exportGraph(): Promise<GraphJson>;
  /**
   * The same graph in parts (documents, then nodes, then edges, each in id order), each handed
   * to `take` and awaited before the next is read, all in one read: memory holds one part, not
   * the graph, so a store of any size exports. Nodes and edges come `pageSize` at a time
   * (EXPORT_PAGE by default).
   */
  exportGraphParts(take: (part: GraphJsonPart) => Promise<void>, pageSize?: number): Promise<void>;
  /** Everything the store holds, one batch per document (text, mentions, full evidence), so
   *  writing these batches into another store reproduces this one exactly. */
  exportBatches(): AsyncIterable<GraphBatch>;
  close(): Promise<void>;
}

export type { GraphJsonNode };

/** A user query that would change the store. */
export class ReadOnlyQueryError extends Error {
  override name = 'ReadOnlyQueryError';
}

/** A query the database could not parse or run; message says where. */
export class QueryError extends Error {
  override name = 'QueryError';
}

/** A bulk load was asked of a store that already holds documents or entities. */
export class StoreNotEmptyError extends Error {
  override name = 'StoreNotEmptyError';
}

/** The store is held by another process (a running server, say). */
export class StoreLockedError extends Error {
  override name = 'StoreLockedError';
}
