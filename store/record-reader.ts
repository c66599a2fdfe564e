/**
 * What a backend reads, inside one of its read units, for the answers every backend gives the
 * same way (reader-backed-store.ts). Each method is one query of the backend's own dialect;
 * every list of records comes back sorted by id.
 */
import type { MentionRecord } from '../graph-schema/model.ts';
import type { EntityType, RelationType } from '../graph-schema/schema.ts';
import type { DocumentSummary } from './graph-store.ts';
import type { StoredDocument, StoredEntity, StoredRelation, StoredRelationHead } from './stored-records.ts';

/** An edge without its evidence: what ranking an entity's neighbours needs. */
export interface EdgeSummary {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  sourceType: EntityType;
  targetType: EntityType;
  /** Pieces of evidence the edge holds. */
  evidence: number;
}

export interface DocumentIdPage {
  total: number;
  ids: string[];
}

export interface RelationIdPage {
  relationTypes: Record<string, number>;
  neighbors: number;
  ids: string[];
}

export interface ClaimIdPage {
  relationTypes: Record<string, number>;
  ids: string[];
}

/**
 * A page of an entity's neighbours, best attested first, and the counts of the whole
 * neighbourhood: edges by relation type, distinct neighbours by entity type.
 */
export interface NeighborRanking {
  /** Ids of the page's neighbours: most evidence on the edges joining them first, ties by id. */
  ids: string[];
  /** Distinct neighbours in all (the entity itself, on a loop, is none). */
  total: number;
  relationTypes: Record<string, number>;
  entityTypes: Record<string, number>;
}

/** An edge on a path, with its ends (which way it points does not matter to a path). */
export interface PathEdge {
  id: string;
  source: string;
  target: string;
}

/** Edges on shortest paths, and whether the search stopped at its budget before the end. */
export interface ShortestPathEdges {
  edges: PathEdge[];
  cut: boolean;
}

export interface RecordReader {
  /** Entities by id, all of them when `ids` is undefined. */
  entities(ids?: readonly string[]): Promise<StoredEntity[]>;
  /** The id of every entity, sorted. */
  entityIds(): Promise<string[]>;
  /** Sorted ids of the documents mentioning each entity (each entity, when `ids` is undefined). */
  documentsOfEntities(ids?: readonly string[]): Promise<Map<string, string[]>>;
  /**
   * How many documents mention the entity, and the ids of `limit` of them after `offset` in id
   * order: a busy entity's page without every id read.
   */
  documentPageOf(entityId: string, page: { offset: number; limit: number }): Promise<DocumentIdPage>;
  /**
   * The entity's relations, in or out, each once: how many by type, how many other entities
   * they reach, and the ids of `limit` of them after `offset` in id order.
   */
  relationPageOf(entityId: string, page: { offset: number; limit: number }): Promise<RelationIdPage>;
  /** Summaries (no text) by id, all of them when `ids` is undefined. */
  documentSummaries(ids?: readonly string[]): Promise<DocumentSummary[]>;
  document(id: string): Promise<StoredDocument | undefined>;
  /** Mentions in one document, in text order. */
  mentionsIn(documentId: string): Promise<MentionRecord[]>;

  /** The id of every typed relation, sorted. */
  relationIds(): Promise<string[]>;
  /**
   * With `firstPieces`, each relation keeps only that many pieces of its evidence, the first in
   * evidence order (what a preview shows), and the others are never read: a busy edge holds
   * thousands.
   */
  relationsByIds(ids: readonly string[], firstPieces?: number): Promise<StoredRelation[]>;
  /**
   * Edges touching any of the entities, in or out, without evidence; any order; `limit` rows at
   * most (an edge between two of the entities may come twice).
   */
  edgesTouching(entityIds: readonly string[], limit?: number): Promise<EdgeSummary[]>;
  /**
   * The entity's neighbours ranked and counted by the backend, so that only the page's ids come
   * back: a hub's edges are never read one by one.
   */
  neighborRanking(entityId: string, page: { offset: number; limit: number }): Promise<NeighborRanking>;
  /** Relations with both endpoints among `entityIds`; `firstPieces` as in relationsByIds. */
  relationsAmong(entityIds: readonly string[], firstPieces?: number): Promise<StoredRelation[]>;
  /** The same relations without their evidence (their summary only). */
  relationHeadsAmong(entityIds: readonly string[]): Promise<StoredRelationHead[]>;
  relationHeadsByIds(ids: readonly string[]): Promise<StoredRelationHead[]>;
  /** The relations whose claim the entity makes (it is in their assertedBy): counted by type in
   *  the backend from its links to those claims (claimant-links.ts), a page of their ids in id
   *  order; no relation is read. */
  claimPageOf(entityId: string, page: { offset: number; limit: number }): Promise<ClaimIdPage>;
  relationsWithEvidenceFrom(documentId: string): Promise<StoredRelation[]>;
  /** At most `limit` relations with an evidence sentence containing `needle` (compared in lower case). */
  relationsWithEvidenceContaining(needle: string, limit: number): Promise<StoredRelation[]>;

  /** Entity ids by number of typed relations, most connected first (ties by id). */
  mostConnectedEntityIds(limit: number): Promise<string[]>;
  /**
   * The edges on the shortest undirected paths, with their ends, none if those are longer than
   * `maxLength`. The search examines about `maxSteps` edges at most; `cut` says it stopped there
   * (then the answer may miss paths, or be empty though a path exists).
   */
  shortestPathEdgeIds(
    fromId: string,
    toId: string,
    maxLength: number,
    maxSteps: number,
  ): Promise<ShortestPathEdges>;
}
