/**
 * The store's read queries on Neo4j (statements.ts), as the RecordReader the shared answers are
 * built from (reader-backed-store.ts), plus the lookups only this backend makes; their rows are
 * decoded by stored-records.ts.
 */
import type { EvidenceRecord, MentionRecord } from '../../graph-schema/model.ts';
import type { RelationType } from '../../graph-schema/schema.ts';
import {
  countOf,
  emptySummary,
  pairKey,
  summaryFromColumns,
  type EntityPair,
  type EntitySummary,
} from '../entity-summary.ts';
import type { DocumentSummary } from '../graph-store.ts';
import type { FirstPieceColumns } from '../relation-summary.ts';
import type {
  ClaimIdPage,
  DocumentIdPage,
  EdgeSummary,
  NeighborRanking,
  PathEdge,
  RecordReader,
  RelationIdPage,
  ShortestPathEdges,
} from '../record-reader.ts';
import { asNumber, asString, asStrings } from '../row-values.ts';
import { fuzzyGrams } from '../search-key.ts';
import {
  byId,
  descriptionFromRow,
  documentFromRow,
  documentsByEntityFromRows,
  documentSummaryFromRow,
  edgeSummaryFromRow,
  entityFromRow,
  evidenceByRelationFromRows,
  firstPiecesFromRows,
  mentionsFromRows,
  relationHeadFromRow,
  withEvidence,
  withFirstPieces,
  type StoredDocument,
  type StoredEntity,
  type StoredRelation,
  type StoredRelationHead,
} from '../stored-records.ts';
import type { StoredVersion } from '../document-versions.ts';
import type { EntityDescription } from '../entity-descriptions.ts';
import type { Querier, Row } from './connection.ts';
import { DOCUMENTS, ENTITIES, EVIDENCE, FIRST_PIECES, RELATIONS } from './statements.ts';
import { integer } from './values.ts';

/**
 * allShortestPaths can enumerate very many equal-length paths in a dense graph: this many at
 * most, and an answer that reaches it says it was cut. Neo4j runs the search itself, so the
 * store's budget of edges examined does not apply here; the transaction timeout bounds it.
 */
const MAX_PATHS = 100;

export class Neo4jReader implements RecordReader {
  private readonly querier: Querier;
  private readonly summaryOf = new Map<string, EntitySummary>();

  constructor(querier: Querier) {
    this.querier = querier;
  }

  /** Rows of `byIds` for the given ids, or of `all` when there are none given. */
  private rowsFor(ids: readonly string[] | undefined, byIds: string, all: string): Promise<Row[]> {
    return ids ? this.querier.run(byIds, { ids: [...ids] }) : this.querier.run(all);
  }

  async entities(ids?: readonly string[]): Promise<StoredEntity[]> {
    if (ids?.length === 0) return [];
    return (await this.rowsFor(ids, ENTITIES.byIds, ENTITIES.all)).map(entityFromRow).sort(byId);
  }

  /** Entities by id with their kept counts (store/entity-summary.ts). */
  async entitiesWithSummaries(
    ids: readonly string[],
  ): Promise<(StoredEntity & { summary: EntitySummary })[]> {
    if (ids.length === 0) return [];
    const rows = await this.querier.run(ENTITIES.byIdsWithSummaries, { ids: [...ids] });
    return rows.map((row) => ({ ...entityFromRow(row), summary: summaryFromColumns(row) })).sort(byId);
  }

  /** Which of the pairs of entities (entity-summary.ts, pairKey) an edge joins already. */
  async joinedPairs(pairs: readonly EntityPair[]): Promise<Set<string>> {
    if (pairs.length === 0) return new Set();
    const rows = await this.querier.run(ENTITIES.joinedPairs, {
      rows: pairs.map((pair) => ({ source: pair.a, target: pair.b })),
    });
    return new Set(rows.map((row) => pairKey(asString(row.source), asString(row.target))));
  }

  async entityIds(): Promise<string[]> {
    return (await this.querier.run(ENTITIES.ids)).map((row) => asString(row.id)).sort();
  }

  /** Entities whose name or an alias contains the folded query `key`. */
  async entitiesMatchingKey(key: string): Promise<StoredEntity[]> {
    const { grams, minShared } = fuzzyGrams(key);
    return (await this.querier.run(ENTITIES.matchingKey, { key, grams, minShared }))
      .map(entityFromRow)
      .sort(byId);
  }

  async documentsOfEntities(ids?: readonly string[]): Promise<Map<string, string[]>> {
    if (ids?.length === 0) return new Map();
    return documentsByEntityFromRows(await this.rowsFor(ids, ENTITIES.documentsOf, ENTITIES.documentsOfAll));
  }

  /**
   * The entity's kept counts (store/entity-summary.ts), read once per read unit by its key;
   * undefined for an absent entity.
   */
  async entitySummary(entityId: string): Promise<EntitySummary | undefined> {
    const known = this.summaryOf.get(entityId);
    if (known) return known;
    const [row] = await this.querier.run(ENTITIES.summary, { id: entityId });
    if (!row) return undefined;
    const summary = summaryFromColumns(row);
    this.summaryOf.set(entityId, summary);
    return summary;
  }

  async documentPageOf(entityId: string, page: { offset: number; limit: number }): Promise<DocumentIdPage> {
    // Counted as documents arrive and leave (store/entity-summary.ts), not at every read.
    const total = (await this.entitySummary(entityId))?.documentCount ?? 0;
    if (page.limit <= 0 || page.offset >= total) return { total, ids: [] };
    const rows = await this.querier.run(ENTITIES.documentPage, {
      id: entityId,
      offset: integer(page.offset),
      limit: integer(page.limit),
    });
    return { total, ids: rows.map((row) => asString(row.id)) };
  }

  /** The rows of one page of a statement over an entity; no query for an empty page. */
  private async pageOf(
    statement: string,
    entityId: string,
    page: { offset: number; limit: number },
    total: number,
  ): Promise<Record<string, unknown>[]> {
    if (page.limit <= 0 || page.offset >= total) return [];
    return this.querier.run(statement, {
      id: entityId,
      offset: integer(page.offset),
      limit: integer(page.limit),
    });
  }

  async relationPageOf(entityId: string, page: { offset: number; limit: number }): Promise<RelationIdPage> {
    const summary = (await this.entitySummary(entityId)) ?? emptySummary();
    const rows = await this.pageOf(ENTITIES.relationPage, entityId, page, countOf(summary.relationTypes));
    return {
      relationTypes: { ...summary.relationTypes },
      neighbors: countOf(summary.neighborTypes),
      ids: rows.map((row) => asString(row.id)),
    };
  }

  async neighborRanking(entityId: string, page: { offset: number; limit: number }): Promise<NeighborRanking> {
    const summary = (await this.entitySummary(entityId)) ?? emptySummary();
    const total = countOf(summary.neighborTypes);
    const ranked = await this.pageOf(ENTITIES.neighborPage, entityId, page, total);
    return {
      ids: ranked.map((row) => asString(row.id)),
      total,
      relationTypes: { ...summary.relationTypes },
      entityTypes: { ...summary.neighborTypes },
    };
  }

  async documentSummaries(ids?: readonly string[]): Promise<DocumentSummary[]> {
    if (ids?.length === 0) return [];
    return (await this.rowsFor(ids, DOCUMENTS.byIds, DOCUMENTS.all)).map(documentSummaryFromRow).sort(byId);
  }

  async documentsAtUris(uris: readonly string[]): Promise<StoredVersion[]> {
    if (uris.length === 0) return [];
    const rows = await this.querier.run(DOCUMENTS.atUris, { uris: [...new Set(uris)] });
    return rows.map((row) => ({ id: asString(row.id), uri: asString(row.uri) }));
  }

  /** How each document but `exceptDocumentId` described the entities (entity-descriptions.ts). */
  async descriptionsOf(ids: readonly string[], exceptDocumentId: string): Promise<EntityDescription[]> {
    if (ids.length === 0) return [];
    const rows = await this.querier.run(ENTITIES.descriptions, {
      ids: [...new Set(ids)],
      except: exceptDocumentId,
    });
    return rows.map(descriptionFromRow);
  }

  async describedBy(documentId: string): Promise<string[]> {
    return (await this.querier.run(ENTITIES.describedBy, { id: documentId })).map((row) => asString(row.id));
  }

  async document(id: string): Promise<StoredDocument | undefined> {
    const [row] = await this.querier.run(DOCUMENTS.withText, { id });
    return row ? documentFromRow(row) : undefined;
  }

  async mentionsIn(documentId: string): Promise<MentionRecord[]> {
    return mentionsFromRows(documentId, await this.querier.run(DOCUMENTS.mentions, { id: documentId }));
  }

  /** Edges without their evidence. */
  private async heads(statement: string, params?: Row): Promise<StoredRelationHead[]> {
    return (await this.querier.run(statement, params)).map(relationHeadFromRow);
  }

  /** The evidence of each relation, in evidence order; of every relation when `ids` is undefined. */
  async evidenceOf(ids?: readonly string[]): Promise<Map<string, EvidenceRecord[]>> {
    if (ids?.length === 0) return new Map();
    return evidenceByRelationFromRows(
      await this.rowsFor(ids && [...new Set(ids)], EVIDENCE.ofClaims, EVIDENCE.all),
    );
  }

  private async relations(statement: string, params?: Row, firstPieces?: number): Promise<StoredRelation[]> {
    const heads = await this.heads(statement, params);
    const ids = heads.map((head) => head.id);
    if (firstPieces === undefined) return withEvidence(heads, await this.evidenceOf(ids));
    return withFirstPieces(heads, await this.firstPiecesOf(ids), firstPieces);
  }

  /** The first pieces of evidence the claims of these relations keep, by relation id. */
  async firstPiecesOf(ids: readonly string[]): Promise<Map<string, FirstPieceColumns>> {
    if (ids.length === 0) return new Map();
    return firstPiecesFromRows(await this.querier.run(FIRST_PIECES.ofClaims, { ids: [...new Set(ids)] }));
  }

  async relationIds(): Promise<string[]> {
    return (await this.querier.run(RELATIONS.ids)).map((row) => asString(row.id)).sort();
  }

  async relationsByIds(ids: readonly string[], firstPieces?: number): Promise<StoredRelation[]> {
    return ids.length > 0 ? this.relations(RELATIONS.byIds, { ids: [...ids] }, firstPieces) : [];
  }

  /** Edges of one type by id: the lookup a write makes before updating their summaries. */
  async relationHeadsOfTypeByIds(type: RelationType, ids: readonly string[]): Promise<StoredRelationHead[]> {
    return ids.length > 0 ? this.heads(RELATIONS.byIdsOfType(type), { ids: [...ids] }) : [];
  }

  async edgesTouching(entityIds: readonly string[], limit?: number): Promise<EdgeSummary[]> {
    if (entityIds.length === 0) return [];
    const ids = [...new Set(entityIds)];
    const rows =
      limit === undefined
        ? await this.querier.run(RELATIONS.touchingSummaries, { ids })
        : await this.querier.run(RELATIONS.touchingSummariesUpTo, { ids, limit: integer(limit) });
    return rows.map(edgeSummaryFromRow);
  }

  async relationsAmong(entityIds: readonly string[], firstPieces?: number): Promise<StoredRelation[]> {
    return entityIds.length > 0 ? this.relations(RELATIONS.among, { ids: [...entityIds] }, firstPieces) : [];
  }

  async relationHeadsAmong(entityIds: readonly string[]): Promise<StoredRelationHead[]> {
    if (entityIds.length === 0) return [];
    return (await this.heads(RELATIONS.among, { ids: [...entityIds] })).sort(byId);
  }

  async relationHeadsByIds(ids: readonly string[]): Promise<StoredRelationHead[]> {
    if (ids.length === 0) return [];
    return (await this.heads(RELATIONS.byIds, { ids: [...ids] })).sort(byId);
  }

  /** Counted in the database from the entity's links to its claims, which record the relations' types. */
  async claimPageOf(entityId: string, page: { offset: number; limit: number }): Promise<ClaimIdPage> {
    const byType = await this.querier.run(ENTITIES.claimTypesOf, { id: entityId });
    const relationTypes = Object.fromEntries(byType.map((row) => [asString(row.type), asNumber(row.claims)]));
    const rows = await this.pageOf(ENTITIES.claimPage, entityId, page, countOf(relationTypes));
    return {
      relationTypes,
      ids: rows.map((row) => asString(row.id)),
    };
  }

  async relationsWithEvidenceFrom(documentId: string): Promise<StoredRelation[]> {
    const ids = (await this.querier.run(RELATIONS.supportedBy, { id: documentId })).map((row) =>
      asString(row.id),
    );
    return this.relationsByIds(ids);
  }

  async relationsWithEvidenceContaining(needle: string, limit: number): Promise<StoredRelation[]> {
    const rows = await this.querier.run(RELATIONS.withEvidenceContaining, { needle, limit: integer(limit) });
    return this.relationsByIds(rows.map((row) => asString(row.id)));
  }

  async mostConnectedEntityIds(limit: number): Promise<string[]> {
    const rows = await this.querier.run(ENTITIES.mostConnected, { limit: integer(limit) });
    return rows.map((row) => asString(row.id));
  }

  async shortestPathEdgeIds(fromId: string, toId: string, maxLength: number): Promise<ShortestPathEdges> {
    const rows = await this.querier.run(RELATIONS.alongShortestPaths(maxLength), {
      from: fromId,
      to: toId,
      paths: integer(MAX_PATHS),
    });
    const edges = new Map<string, PathEdge>();
    for (const row of rows) {
      for (const step of Array.isArray(row.steps) ? row.steps : []) {
        const [id = '', source = '', target = ''] = asStrings(step);
        edges.set(id, { id, source, target });
      }
    }
    return {
      edges: [...edges.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
      cut: rows.length >= MAX_PATHS,
    };
  }
}
