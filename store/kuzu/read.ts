/**
 * The store's read queries in Kùzu's dialect, as the RecordReader the shared answers are built
 * from (reader-backed-store.ts); their rows are decoded by stored-records.ts.
 */
import {
  entityTypeForId,
  type EvidenceRecord,
  type MentionRecord,
  type RelationRecord,
} from '../../graph-schema/model.ts';
import {
  FIRST_PIECE_PROPERTIES,
  RELATION_PROPERTIES,
  type EntityType,
  type RelationType,
} from '../../graph-schema/schema.ts';
import { groupBy } from '../collections.ts';
import type { DocumentSummary } from '../graph-store.ts';
import type { FirstPieceColumns } from '../relation-summary.ts';
import type {
  ClaimIdPage,
  DocumentIdPage,
  EdgeSummary,
  NeighborRanking,
  RecordReader,
  RelationIdPage,
  ShortestPathEdges,
} from '../record-reader.ts';
import { asNumber, asString } from '../row-values.ts';
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
import type { KuzuParams, KuzuRow, Session } from './connection.ts';
import { CLAIM_SUMMARY_PROPERTIES, quoteName } from './ddl.ts';
import type { StoredVersion } from '../document-versions.ts';
import type { EntityDescription } from '../entity-descriptions.ts';
import {
  ANY_ENTITY,
  ANY_RELATION,
  ASSERTS,
  CLAIM,
  DESCRIBED_IN,
  DOCUMENT,
  ENTITY_LABELS,
  EVIDENCE,
  label,
  MENTION,
} from './labels.ts';
import { byIds, rowNumbers, type ByIdOptions } from './by-ids.ts';
import { ENTITY_SUMMARY_COLUMNS, summaryFromRow } from './entity-summaries.ts';
import { countOf, type EntitySummary } from '../entity-summary.ts';
import { shortestPathEdges } from './paths.ts';

/**
 * Records by a list of ids: each unwound id is looked up through its table's primary-key index
 * (`{id: wanted}`). Measured on 790 bench documents, 100 entities came back in 1.7 ms this way
 * against 80 ms with `n.id IN $ids`, which scans every table.
 */
const UNWIND_IDS = 'UNWIND $ids AS wanted';

/**
 * Which entity table holds each of `$ids`: one primary-key lookup per table and id. The same
 * match over every table at once (`(n:A:B:...)`) grew with the store: for the ~300 new ids of a
 * 64-document write, 7 ms CPU at 20k documents and 17 ms at 40k, against 6 ms at both this way.
 */
const IN_EVERY_TABLE = ENTITY_LABELS.map(
  (type) => `${UNWIND_IDS} MATCH (n${label(type)} {id: wanted}) RETURN n.id AS id, '${type}' AS type`,
).join(' UNION ALL ');

/** `IN $ids` with an empty list would reach Kùzu as an untyped NULL, so empty sets short-circuit. */
function hasIds(ids: readonly string[] | undefined): boolean {
  return ids === undefined || ids.length > 0;
}

/**
 * Up to this many edges of one type and pair of tables are found one statement each. Unwound,
 * their endpoints' keys are joined with every edge of the type from the source's table: on
 * 20,000 bench documents 1, 4 and 8 of a hub's edges took 12 ms of CPU together, one by one
 * 1.6, 3.3 and 7.3 ms; but a type with few edges costs 2-3 ms unwound, whatever the group's size
 * (a busy organisation's claims page: 12 ms in 4 groups, 34 ms as 28 statements).
 */
const EDGES_ONE_BY_ONE = 2;

/** `work` for each item, one after the other (a session runs one statement at a time). */
async function eachInTurn<T, R>(items: readonly T[], work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (const item of items) results.push(await work(item));
  return results;
}

/** A relation with the tables of its endpoints. */
export type RelationEndpoints = Pick<RelationRecord, 'id' | 'type' | 'source' | 'target'> & {
  sourceType: EntityType;
  targetType: EntityType;
};

const ENTITY_COLUMNS = `label(n) AS type, n.id AS id, n.name AS name, n.aliases AS aliases,
  n.externalIds AS externalIds, n.mergeReasons AS mergeReasons, n.mentionCount AS mentionCount,
  n.firstSeen AS firstSeen, n.lastSeen AS lastSeen`;

const RELATION_COLUMNS = `label(e) AS type, a.id AS source, b.id AS target, ${RELATION_PROPERTIES.map(
  (spec) => `e.${quoteName(spec.name)} AS ${quoteName(spec.name)}`,
).join(', ')}`;

/** A relation's head as its claim keeps it (ddl.ts, CLAIM_SUMMARY_PROPERTIES). */
const CLAIM_HEAD_COLUMNS = `c.id AS id, c.type AS type, c.source AS source, c.target AS target, ${CLAIM_SUMMARY_PROPERTIES.map(
  (spec) => `c.${quoteName(spec.name)} AS ${quoteName(spec.name)}`,
).join(', ')}`;

const FIRST_PIECE_COLUMNS = FIRST_PIECE_PROPERTIES.map(
  (spec) => `c.${quoteName(spec.name)} AS ${quoteName(spec.name)}`,
).join(', ');

/** A piece of evidence's own columns, without the ids of its document and claim. */
const EVIDENCE_PIECE_COLUMNS = `ev.${quoteName('text')} AS ${quoteName('text')},
  ev.${quoteName('start')} AS ${quoteName('start')}, ev.${quoteName('end')} AS ${quoteName('end')},
  ev.lang AS lang, ev.confidence AS confidence, ev.assertedBy AS assertedBy, ev.extractor AS extractor`;

const EVIDENCE_COLUMNS = `c.id AS relationId, d.id AS documentId, ${EVIDENCE_PIECE_COLUMNS}`;

const DOCUMENT_COLUMNS = `d.id AS id, d.uri AS uri, d.title AS title, d.lang AS lang,
  d.publishedAt AS publishedAt, d.source AS source, d.author AS author, d.encoding AS encoding,
  d.ingestedAt AS ingestedAt`;

export class KuzuReader implements RecordReader {
  private readonly session: Session;
  /**
   * The table of each entity this reader has met. A pattern over every entity table costs a
   * lookup in each of them: measured on 10,000 bench documents, one id took 2.5 ms through
   * all the tables against 0.4 ms through its own, and 6 ms when unwound from a list.
   */
  private readonly tableOf = new Map<string, EntityType>();
  /** The kept counts of each entity this reader has read them for (the read unit's own). */
  private readonly summaryOf = new Map<string, EntitySummary>();

  constructor(session: Session) {
    this.session = session;
  }

  /**
   * The entities' tables, those of absent ids left out. An id's prefix names its table
   * (`entityId`), which one query per table confirms; ids it does not place are looked for
   * in every table.
   */
  private async tables(ids: readonly string[]): Promise<Map<EntityType, string[]>> {
    const unknown = [...new Set(ids)].filter((id) => !this.tableOf.has(id));
    if (unknown.length > 0) {
      const unplaced = new Set(unknown);
      for (const [type, group] of groupBy(unknown, (id) => entityTypeForId(id) ?? '')) {
        if (type === '') continue;
        const rows = await this.session.run(
          `${UNWIND_IDS} MATCH (n${label(type)} {id: wanted}) RETURN n.id AS id`,
          { ids: group },
        );
        for (const row of rows) this.place(asString(row.id), type as EntityType, unplaced);
      }
      if (unplaced.size > 0) {
        const rows = await this.session.run(IN_EVERY_TABLE, { ids: [...unplaced] });
        for (const row of rows) this.place(asString(row.id), asString(row.type) as EntityType, unplaced);
      }
    }
    const byTable = new Map<EntityType, string[]>();
    for (const id of new Set(ids)) {
      const type = this.tableOf.get(id);
      if (!type) continue;
      const group = byTable.get(type);
      if (group) group.push(id);
      else byTable.set(type, [id]);
    }
    return byTable;
  }

  /** The entities' ids by their table, absent ids left out. */
  entityTables(ids: readonly string[]): Promise<Map<EntityType, string[]>> {
    return ids.length === 0 ? Promise.resolve(new Map()) : this.tables(ids);
  }

  private place(id: string, type: EntityType, unplaced: Set<string>): void {
    this.tableOf.set(id, type);
    unplaced.delete(id);
  }

  /** Rows of the statement, written for an entity table's label, run for the entities of each table. */
  private async perTable(
    ids: readonly string[],
    statement: (table: string, wanted: string) => string,
    options: ByIdOptions = {},
  ): Promise<KuzuRow[]> {
    const rows: KuzuRow[] = [];
    const limit = options.limit ?? Number.POSITIVE_INFINITY;
    for (const [type, group] of await this.tables(ids)) {
      if (rows.length >= limit) break;
      const found = await byIds(this.session, group, (wanted) => statement(label(type), wanted), {
        ...options,
        limit: limit - rows.length,
      });
      // One push per row: spreading a whole table's rows into one call overflows the stack on
      // large stores (an export of 100,000 documents).
      for (const row of found) rows.push(row);
    }
    return rows;
  }

  async entities(ids?: readonly string[]): Promise<StoredEntity[]> {
    if (!hasIds(ids)) return [];
    const rows = ids
      ? await this.perTable(
          ids,
          (table, wanted) => `MATCH (n${table} {id: ${wanted}}) RETURN ${ENTITY_COLUMNS}`,
        )
      : await this.session.run(`MATCH (n${ANY_ENTITY}) RETURN ${ENTITY_COLUMNS}`);
    return rows.map(entityFromRow).sort(byId);
  }

  /** Entities by id with their kept counts (store/entity-summary.ts). */
  async entitiesWithSummaries(
    ids: readonly string[],
  ): Promise<(StoredEntity & { summary: EntitySummary })[]> {
    if (ids.length === 0) return [];
    const rows = await this.perTable(
      ids,
      (table, wanted) =>
        `MATCH (n${table} {id: ${wanted}}) RETURN ${ENTITY_COLUMNS}, ${ENTITY_SUMMARY_COLUMNS}`,
    );
    return rows.map((row) => ({ ...entityFromRow(row), summary: summaryFromRow(row) })).sort(byId);
  }

  /** The entity's kept counts, read once per read unit; undefined for an absent entity. */
  async entitySummary(entityId: string): Promise<EntitySummary | undefined> {
    const known = this.summaryOf.get(entityId);
    if (known) return known;
    const [type] = (await this.tables([entityId])).keys();
    if (!type) return undefined;
    const [row] = await this.session.run(
      `MATCH (n${label(type)} {id: $id}) RETURN ${ENTITY_SUMMARY_COLUMNS}`,
      { id: entityId },
    );
    if (!row) return undefined;
    const summary = summaryFromRow(row);
    this.summaryOf.set(entityId, summary);
    return summary;
  }

  async entityIds(): Promise<string[]> {
    const rows = await this.session.run(`MATCH (n${ANY_ENTITY}) RETURN n.id AS id`);
    return rows.map((row) => asString(row.id)).sort();
  }

  async documentsOfEntities(ids?: readonly string[]): Promise<Map<string, string[]>> {
    if (!hasIds(ids)) return new Map();
    const pattern = `-[${MENTION}]->(d${DOCUMENT}) RETURN DISTINCT n.id AS id, d.id AS document`;
    const rows = ids
      ? await this.perTable(ids, (table, wanted) => `MATCH (n${table} {id: ${wanted}})${pattern}`, {
          followsEdges: true,
        })
      : await this.session.run(`MATCH (n${ANY_ENTITY})${pattern}`);
    return documentsByEntityFromRows(rows);
  }

  async documentPageOf(entityId: string, page: { offset: number; limit: number }): Promise<DocumentIdPage> {
    const [type] = (await this.tables([entityId])).keys();
    const summary = await this.entitySummary(entityId);
    if (!type || !summary) return { total: 0, ids: [] };
    // Counted as documents arrive and leave (store/entity-summary.ts), not at every read.
    const total = summary.documentCount;
    if (page.limit <= 0 || page.offset >= total) return { total, ids: [] };
    const rows = await this.pageRows(
      `MATCH (n${label(type)} {id: $id})-[${MENTION}]->(d${DOCUMENT}) RETURN DISTINCT d.id AS id ORDER BY id`,
      { id: entityId },
      page,
    );
    return { total, ids: rows.map((row) => asString(row.id)) };
  }

  /** One page of an ordered statement's rows; no query for an empty page. */
  private async pageRows(
    ordered: string,
    params: KuzuParams,
    page: { offset: number; limit: number },
  ): Promise<KuzuRow[]> {
    if (page.limit <= 0) return [];
    return this.session.run(
      `${ordered} SKIP ${Math.floor(page.offset)} LIMIT ${Math.floor(page.limit)}`,
      params,
    );
  }

  /** Counts kept on the entity (store/entity-summary.ts); only the page's ids are read. */
  async relationPageOf(entityId: string, page: { offset: number; limit: number }): Promise<RelationIdPage> {
    const [type] = (await this.tables([entityId])).keys();
    const summary = await this.entitySummary(entityId);
    if (!type || !summary) return { relationTypes: {}, neighbors: 0, ids: [] };
    const edges = countOf(summary.relationTypes);
    const rows =
      page.offset < edges
        ? await this.pageRows(
            `MATCH (a${label(type)} {id: $id})-[e${ANY_RELATION}]-(b) RETURN DISTINCT e.id AS id ORDER BY id`,
            { id: entityId },
            page,
          )
        : [];
    return {
      relationTypes: { ...summary.relationTypes },
      neighbors: countOf(summary.neighborTypes),
      ids: rows.map((row) => asString(row.id)),
    };
  }

  /**
   * Counts kept on the entity (store/entity-summary.ts); the ranking is read in the engine from
   * the entity's primary key, and only the page's ids come back. The ranking reads the far ends'
   * ids, by which ties are broken, projected before they are compared: compared straight after
   * the pattern, `b.id` is planned as a scan of every entity table (on 10,000 bench documents,
   * 24 ms for an entity with 14 edges against 1.5 ms so).
   */
  async neighborRanking(entityId: string, page: { offset: number; limit: number }): Promise<NeighborRanking> {
    const [type] = (await this.tables([entityId])).keys();
    const summary = await this.entitySummary(entityId);
    if (!type || !summary) return { ids: [], total: 0, relationTypes: {}, entityTypes: {} };
    const total = countOf(summary.neighborTypes);
    const ranked =
      page.offset < total
        ? await this.pageRows(
            `MATCH (a${label(type)} {id: $id})-[e${ANY_RELATION}]-(b)
             WITH b.id AS other, e.evidenceCount AS evidence WHERE other <> $id
             RETURN other AS id, sum(evidence) AS support ORDER BY support DESC, id`,
            { id: entityId },
            page,
          )
        : [];
    return {
      ids: ranked.map((row) => asString(row.id)),
      total,
      relationTypes: { ...summary.relationTypes },
      entityTypes: { ...summary.neighborTypes },
    };
  }

  async documentSummaries(ids?: readonly string[]): Promise<DocumentSummary[]> {
    if (!hasIds(ids)) return [];
    const rows = await this.session.run(
      `${ids ? UNWIND_IDS : ''} MATCH (d${DOCUMENT} ${ids ? '{id: wanted}' : ''}) RETURN ${DOCUMENT_COLUMNS}`,
      ids ? { ids: [...new Set(ids)] } : undefined,
    );
    return rows.map(documentSummaryFromRow).sort(byId);
  }

  /** Stored documents ingested from these addresses (a scan of the documents: no index on uri). */
  async documentsAtUris(uris: readonly string[]): Promise<StoredVersion[]> {
    if (uris.length === 0) return [];
    const rows = await this.session.run(
      `MATCH (d${DOCUMENT}) WHERE d.uri IN $uris RETURN d.id AS id, d.uri AS uri`,
      {
        uris: [...new Set(uris)],
      },
    );
    return rows.map((row) => ({ id: asString(row.id), uri: asString(row.uri) }));
  }

  /** How each document but `exceptDocumentId` described the entities (entity-descriptions.ts). */
  async descriptionsOf(ids: readonly string[], exceptDocumentId: string): Promise<EntityDescription[]> {
    if (ids.length === 0) return [];
    const rows = await this.session.run(
      `${UNWIND_IDS} MATCH (n${ANY_ENTITY} {id: wanted})-[x${DESCRIBED_IN}]->(d${DOCUMENT})
       WHERE d.id <> $except
       RETURN label(n) AS type, n.id AS id, d.id AS documentId, x.name AS name, x.aliases AS aliases,
              x.externalIds AS externalIds, x.mergeReasons AS mergeReasons`,
      { ids: [...new Set(ids)], except: exceptDocumentId },
    );
    return rows.map(descriptionFromRow);
  }

  /** Entities a document describes. */
  async describedBy(documentId: string): Promise<string[]> {
    const rows = await this.session.run(
      `MATCH (n${ANY_ENTITY})-[${DESCRIBED_IN}]->(d${DOCUMENT} {id: $id}) RETURN n.id AS id`,
      { id: documentId },
    );
    return rows.map((row) => asString(row.id));
  }

  async document(id: string): Promise<StoredDocument | undefined> {
    const [row] = await this.session.run(
      `MATCH (d${DOCUMENT} {id: $id}) RETURN ${DOCUMENT_COLUMNS}, d.${quoteName('text')} AS text`,
      { id },
    );
    return row ? documentFromRow(row) : undefined;
  }

  async mentionsIn(documentId: string): Promise<MentionRecord[]> {
    const rows = await this.session.run(
      `MATCH (n${ANY_ENTITY})-[m${MENTION}]->(d${DOCUMENT} {id: $id})
       RETURN n.id AS entityId, m.${quoteName('start')} AS ${quoteName('start')},
              m.${quoteName('end')} AS ${quoteName('end')}, m.surface AS surface`,
      { id: documentId },
    );
    return mentionsFromRows(documentId, rows);
  }

  /** The evidence of each relation, in evidence order; of every relation when `ids` is undefined. */
  async evidenceOf(ids?: readonly string[]): Promise<Map<string, EvidenceRecord[]>> {
    if (!hasIds(ids)) return new Map();
    const pattern = (claim: string) =>
      `MATCH (d${DOCUMENT})-[ev${EVIDENCE}]->(c${CLAIM}${claim}) RETURN ${EVIDENCE_COLUMNS}`;
    const rows = ids
      ? await byIds(this.session, ids, (wanted) => pattern(` {id: ${wanted}}`), { followsEdges: true })
      : await this.session.run(pattern(''));
    return evidenceByRelationFromRows(rows);
  }

  private async withEvidence(
    heads: readonly StoredRelationHead[],
    firstPieces?: number,
  ): Promise<StoredRelation[]> {
    if (firstPieces === undefined)
      return withEvidence(heads, await this.evidenceOf(heads.map((head) => head.id)));
    return withFirstPieces(heads, await this.firstPiecesOf(heads.map((head) => head.id)), firstPieces);
  }

  /**
   * The first pieces of evidence the claims of these relations keep, by relation id; a relation
   * the store does not hold is absent. One primary-key lookup per claim: the pieces are read from
   * the claims alone, no evidence record is looked for. Looking for them among the evidence (the
   * pieces of the edge's first documents) took 9-22 ms of CPU for a hub's details or neighbour
   * page on 20,000 bench documents, a scan of every document's row number included.
   */
  async firstPiecesOf(ids: readonly string[]): Promise<Map<string, FirstPieceColumns>> {
    if (ids.length === 0) return new Map();
    const rows = await this.session.run(
      `${UNWIND_IDS} MATCH (c${CLAIM} {id: wanted}) RETURN c.id AS id, ${FIRST_PIECE_COLUMNS}`,
      { ids: [...new Set(ids)] },
    );
    return firstPiecesFromRows(rows);
  }

  async relationIds(): Promise<string[]> {
    const rows = await this.session.run(`MATCH ()-[e${ANY_RELATION}]->() RETURN e.id AS id`);
    return rows.map((row) => asString(row.id)).sort();
  }

  async relationsByIds(ids: readonly string[], firstPieces?: number): Promise<StoredRelation[]> {
    return this.withEvidence(await this.relationHeadsByIds(ids), firstPieces);
  }

  /**
   * Edges by id, found from their endpoints' primary keys: an id alone is no index in Kùzu,
   * and a scan of every relation table grows with the store. One query per relation type and
   * pair of endpoint tables, or per edge when the group is small (EDGES_ONE_BY_ONE).
   */
  async relationHeadsByEndpoints(relations: readonly RelationEndpoints[]): Promise<StoredRelationHead[]> {
    const found: StoredRelationHead[] = [];
    const tables = (relation: RelationEndpoints) =>
      `${relation.type} ${relation.sourceType} ${relation.targetType}`;
    for (const group of groupBy(relations, tables).values()) {
      const [first] = group;
      if (!first) continue;
      const edge = (id: string, source: string, target: string) =>
        `MATCH (a${label(first.sourceType)} {id: ${source}})-[e${label(first.type)}]->(b${label(first.targetType)} {id: ${target}})
         WHERE e.id = ${id} RETURN ${RELATION_COLUMNS}`;
      const rows = group.map(({ id, source, target }) => ({ id, source, target }));
      const answers =
        rows.length > EDGES_ONE_BY_ONE
          ? [await this.session.run(`UNWIND $rows AS r ${edge('r.id', 'r.source', 'r.target')}`, { rows })]
          : await eachInTurn(rows, (row) => this.session.run(edge('$id', '$source', '$target'), row));
      // One push per row (see perTable).
      for (const answer of answers) for (const row of answer) found.push(relationHeadFromRow(row));
    }
    return found;
  }

  /**
   * One query per direction, each starting from the entity's primary key; an `a.id = $id OR
   * b.id = $id` filter would scan every edge of the store.
   */
  async edgesTouching(entityIds: readonly string[], limit?: number): Promise<EdgeSummary[]> {
    if (!hasIds(entityIds)) return [];
    const columns = `e.id AS id, label(e) AS type, a.id AS source, b.id AS target,
      label(a) AS sourceType, label(b) AS targetType, e.evidenceCount AS evidence`;
    const cap = limit === undefined ? undefined : Math.max(0, Math.floor(limit));
    const outgoing = await this.perTable(
      entityIds,
      (table, wanted) => `MATCH (a${table} {id: ${wanted}})-[e${ANY_RELATION}]->(b) RETURN ${columns}`,
      { limit: cap, followsEdges: true },
    );
    const incoming = await this.perTable(
      entityIds,
      (table, wanted) => `MATCH (a)-[e${ANY_RELATION}]->(b${table} {id: ${wanted}}) RETURN ${columns}`,
      { limit: cap === undefined ? undefined : cap - outgoing.length, followsEdges: true },
    );
    return [...outgoing, ...incoming].map(edgeSummaryFromRow);
  }

  async relationsAmong(entityIds: readonly string[], firstPieces?: number): Promise<StoredRelation[]> {
    return this.withEvidence(await this.relationHeadsAmong(entityIds), firstPieces);
  }

  /**
   * The edges among the entities, one statement per entity table they start from: the edges
   * of that table's rows among the entities (named by their row numbers, found by primary key)
   * to rows of the entities' tables among the entities' row numbers. Both ends are filtered by
   * row number before any property is read, so a hub among the entities is not read edge by
   * edge: the page of a hub's neighbours is mostly other hubs, and reading the outgoing edges
   * of each entity from its primary key took 74-149 ms of CPU for such a page on 20,000 bench
   * documents (one entity with 9,211 edges: 12-29 ms whatever filter followed), against
   * 27-35 ms so. Row numbers of different tables may coincide, so the far end's id is checked
   * here; they hold within the read unit, where nothing is written. Only the edges' ids are read
   * from them, their summaries from their claims (relationHeadsByIds): the engine reads each
   * column named for every edge of the rows, so one column instead of the summary's eight.
   */
  async relationHeadsAmong(entityIds: readonly string[]): Promise<StoredRelationHead[]> {
    if (!hasIds(entityIds)) return [];
    const among = new Set(entityIds);
    const tables = await this.tables([...among]);
    const rowsOf = new Map<EntityType, number[]>();
    for (const [type, group] of tables) rowsOf.set(type, await rowNumbers(this.session, label(type), group));
    const farTables = [...tables.keys()].map(label).join('');
    const farRows = [...new Set([...rowsOf.values()].flat())];
    const ids: string[] = [];
    for (const [type, nearRows] of rowsOf) {
      const found = await this.session.run(
        `MATCH (a${label(type)})-[e${ANY_RELATION}]->(b${farTables})
         WHERE list_contains($near, offset(id(a))) AND list_contains($far, offset(id(b)))
         RETURN e.id AS id, b.id AS target`,
        { near: nearRows, far: farRows },
      );
      // One push per row (see perTable).
      for (const row of found) if (among.has(asString(row.target))) ids.push(asString(row.id));
    }
    return this.relationHeadsByIds(ids);
  }

  /**
   * From each relation's claim, whose primary key is the relation's id and which keeps the
   * edge's summary (ddl.ts, CLAIM_SUMMARY_PROPERTIES): one lookup per id, no edge read. Found
   * from their endpoints, a hub's edges were read whole for any of them: 20-32 ms of CPU for the
   * 50 edges of a hub's details on 20,000 bench documents.
   */
  async relationHeadsByIds(ids: readonly string[]): Promise<StoredRelationHead[]> {
    if (!hasIds(ids)) return [];
    const rows = await this.session.run(
      `${UNWIND_IDS} MATCH (c${CLAIM} {id: wanted}) RETURN ${CLAIM_HEAD_COLUMNS}`,
      {
        ids: [...new Set(ids)],
      },
    );
    return rows.map(relationHeadFromRow).sort(byId);
  }

  /** Counted in the engine from the entity's links to its claims, which record the relations' types. */
  async claimPageOf(entityId: string, page: { offset: number; limit: number }): Promise<ClaimIdPage> {
    const [table] = (await this.tables([entityId])).keys();
    if (!table) return { relationTypes: {}, ids: [] };
    const from = `MATCH (n${label(table)} {id: $id})-[${ASSERTS}]->(c${CLAIM})`;
    const byType = await this.session.run(`${from} RETURN c.type AS type, count(*) AS claims`, {
      id: entityId,
    });
    const rows = await this.pageRows(`${from} RETURN c.id AS id ORDER BY id`, { id: entityId }, page);
    return {
      relationTypes: Object.fromEntries(byType.map((row) => [asString(row.type), asNumber(row.claims)])),
      ids: rows.map((row) => asString(row.id)),
    };
  }

  /** Found through the document's evidence and the claims' endpoints, without a scan. */
  async relationsWithEvidenceFrom(documentId: string): Promise<StoredRelation[]> {
    return this.relationsOfClaims(
      `MATCH (d${DOCUMENT} {id: $id})-[${EVIDENCE}]->(c${CLAIM})
       RETURN DISTINCT c.id AS id, c.type AS type, c.source AS source, c.target AS target`,
      { id: documentId },
    );
  }

  relationsWithEvidenceContaining(needle: string, limit: number): Promise<StoredRelation[]> {
    // LIMIT without ORDER BY lets the scan stop at the first claims it meets.
    return this.relationsOfClaims(
      `MATCH (d${DOCUMENT})-[ev${EVIDENCE}]->(c${CLAIM}) WHERE lower(ev.text) CONTAINS $needle
       RETURN DISTINCT c.id AS id, c.type AS type, c.source AS source, c.target AS target LIMIT $limit`,
      { needle, limit },
    );
  }

  /** The relations, with their evidence, of the claims a query returns (id, type, source, target). */
  private async relationsOfClaims(query: string, params: KuzuParams): Promise<StoredRelation[]> {
    return this.withEvidence(await this.headsOfClaims(query, params));
  }

  /** The relations, without evidence, of the claims a query returns (id, type, source, target). */
  private async headsOfClaims(query: string, params: KuzuParams): Promise<StoredRelationHead[]> {
    const claims = await this.session.run(query, params);
    const endpoints = claims.map((row) => ({
      id: asString(row.id),
      type: asString(row.type) as RelationType,
      source: asString(row.source),
      target: asString(row.target),
    }));
    await this.tables(endpoints.flatMap((claim) => [claim.source, claim.target]));
    return this.relationHeadsByEndpoints(
      endpoints.flatMap((claim) => {
        const sourceType = this.tableOf.get(claim.source);
        const targetType = this.tableOf.get(claim.target);
        return sourceType && targetType ? [{ ...claim, sourceType, targetType }] : [];
      }),
    );
  }

  async mostConnectedEntityIds(limit: number): Promise<string[]> {
    const rows = await this.session.run(
      `MATCH (n${ANY_ENTITY}) OPTIONAL MATCH (n)-[e${ANY_RELATION}]-()
       RETURN n.id AS id, count(e) AS degree ORDER BY degree DESC, id LIMIT ${limit}`,
    );
    return rows.map((row) => asString(row.id));
  }

  async shortestPathEdgeIds(
    fromId: string,
    toId: string,
    maxLength: number,
    maxSteps: number,
  ): Promise<ShortestPathEdges> {
    await this.tables([fromId, toId]);
    const fromType = this.tableOf.get(fromId);
    const toType = this.tableOf.get(toId);
    if (!fromType || !toType) return { edges: [], cut: false };
    return shortestPathEdges(
      this.session,
      { id: fromId, type: fromType },
      { id: toId, type: toType },
      maxLength,
      maxSteps,
    );
  }
}
