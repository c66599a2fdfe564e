/**
 * The store's read queries on Neo4j (statements.ts), as the RecordReader the shared answers are
 * built from (reader-backed-store.ts), plus the lookups only this backend makes; their rows are
 * decoded by stored-records.ts.
 */
import type { MentionRecord } from '../../graph-schema/model.ts';
import type { RelationType } from '../../graph-schema/schema.ts';
import type { DocumentSummary } from '../graph-store.ts';
import type { EdgeSummary, RecordReader, ShortestPathEdges } from '../record-reader.ts';
import { asString } from '../row-values.ts';
import { fuzzyGrams } from '../search-key.ts';
import {
  byId,
  documentFromRow,
  documentsByEntityFromRows,
  documentSummaryFromRow,
  edgeSummaryFromRow,
  entityFromRow,
  mentionsFromRows,
  relationFromRow,
  type StoredDocument,
  type StoredEntity,
  type StoredRelation,
} from '../stored-records.ts';
import type { Querier, Row } from './connection.ts';
import { DOCUMENTS, ENTITIES, RELATIONS } from './statements.ts';
import { integer } from './values.ts';

/**
 * allShortestPaths can enumerate very many equal-length paths in a dense graph: this many at
 * most, and an answer that reaches it says it was cut. Neo4j runs the search itself, so the
 * store's budget of edges examined does not apply here; the transaction timeout bounds it.
 */
const MAX_PATHS = 100;

export class Neo4jReader implements RecordReader {
  private readonly querier: Querier;

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

  async documentSummaries(ids?: readonly string[]): Promise<DocumentSummary[]> {
    if (ids?.length === 0) return [];
    return (await this.rowsFor(ids, DOCUMENTS.byIds, DOCUMENTS.all)).map(documentSummaryFromRow).sort(byId);
  }

  async document(id: string): Promise<StoredDocument | undefined> {
    const [row] = await this.querier.run(DOCUMENTS.withText, { id });
    return row ? documentFromRow(row) : undefined;
  }

  async mentionsIn(documentId: string): Promise<MentionRecord[]> {
    return mentionsFromRows(documentId, await this.querier.run(DOCUMENTS.mentions, { id: documentId }));
  }

  private async relations(statement: string, params?: Row): Promise<StoredRelation[]> {
    return (await this.querier.run(statement, params)).map(relationFromRow).sort(byId);
  }

  allRelations(): Promise<StoredRelation[]> {
    return this.relations(RELATIONS.all);
  }

  async relationsByIds(ids: readonly string[]): Promise<StoredRelation[]> {
    return ids.length > 0 ? this.relations(RELATIONS.byIds, { ids: [...ids] }) : [];
  }

  /** Relations of one type by id: the lookup a write makes before merging evidence. */
  async relationsOfTypeByIds(type: RelationType, ids: readonly string[]): Promise<StoredRelation[]> {
    return ids.length > 0 ? this.relations(RELATIONS.byIdsOfType(type), { ids: [...ids] }) : [];
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

  relationsTouching(entityId: string): Promise<StoredRelation[]> {
    return this.relations(RELATIONS.touching, { id: entityId });
  }

  async relationsAmong(entityIds: readonly string[]): Promise<StoredRelation[]> {
    return entityIds.length > 0 ? this.relations(RELATIONS.among, { ids: [...entityIds] }) : [];
  }

  relationsClaimedBy(entityId: string): Promise<StoredRelation[]> {
    return this.relations(RELATIONS.claimedBy, { id: entityId });
  }

  relationsWithEvidenceFrom(documentId: string): Promise<StoredRelation[]> {
    return this.relations(RELATIONS.withEvidenceFrom, { id: documentId });
  }

  relationsWithEvidenceContaining(needle: string, limit: number): Promise<StoredRelation[]> {
    return this.relations(RELATIONS.withEvidenceContaining, { needle, limit: integer(limit) });
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
    const edgeIds = new Set(rows.flatMap((row) => (Array.isArray(row.ids) ? row.ids.map(String) : [])));
    return { edgeIds: [...edgeIds].sort(), cut: rows.length >= MAX_PATHS };
  }
}
