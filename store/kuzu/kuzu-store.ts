/**
 * GraphStore on an embedded Kùzu database file. One process holds the file read-write, or
 * several hold it read-only; Kùzu's file lock enforces it across processes.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import kuzu from 'kuzu';
import type { Database } from 'kuzu';
import type { DocumentRecord, GraphBatch } from '../../graph-schema/model.ts';
import type { GraphFragment, GraphJson } from '../../graph-schema/graph-json.ts';
import {
  StoreLockedError,
  type CypherOptions,
  type CypherResult,
  type DocumentSummary,
  type EdgeDetails,
  type EntityDetails,
  type GraphStore,
  type SearchHit,
  type SearchOptions,
  type StoreStats,
  type WriteSummary,
} from '../graph-store.ts';
import { indexCandidate, rankCandidates, type IndexedCandidate } from '../search-key.ts';
import { SerialConnection } from './connection.ts';
import { runReadOnlyCypher } from './cypher.ts';
import { kuzuSchemaStatements } from './ddl.ts';
import { ANY_ENTITY, ANY_RELATION, DOCUMENT, ENTITY_LABELS, MENTION, RELATION_LABELS } from './labels.ts';
import {
  buildFragment,
  fetchDocument,
  fetchDocumentSummaries,
  fetchEntities,
  fetchEntityDocuments,
  fetchMentions,
  relations,
  toGraphJsonEdge,
  toGraphJsonNode,
  type StoredDocument,
} from './read.ts';
import { asNumber, asString } from './values.ts';
import { shortestPathEdges } from './paths.ts';
import { deleteDocument, writeBatch } from './write.ts';

export interface KuzuStoreOptions {
  readOnly?: boolean;
  /** Kùzu's page cache; modest by default because the store shares the machine. */
  bufferPoolBytes?: number;
}

// Variable-length Cypher over the multi-pair relation tables exhausts smaller pools even on
// tiny graphs; the pool is reserved address space, filled only as pages are used.
const DEFAULT_BUFFER_POOL_BYTES = 1024 * 1024 * 1024;
const DEFAULT_NEIGHBOR_LIMIT = 100;
const DEFAULT_OVERVIEW_LIMIT = 200;
const DEFAULT_PATH_LENGTH = 6;
const MAX_PATH_LENGTH = 10;

const LOCKED = /could not set lock/i;
const EMPTY_READ_ONLY = /cannot create an empty database under read only mode/i;

async function openDatabase(path: string, options: KuzuStoreOptions): Promise<Database> {
  if (!options.readOnly) mkdirSync(dirname(path), { recursive: true });
  const database = new kuzu.Database(
    path,
    options.bufferPoolBytes ?? DEFAULT_BUFFER_POOL_BYTES,
    true,
    options.readOnly ?? false,
  );
  try {
    await database.init();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (LOCKED.test(message)) {
      throw new StoreLockedError(
        `the store ${path} is in use by another process (probably a running evigraph server): ` +
          'send the work to that server, or stop it first',
        { cause: error },
      );
    }
    if (EMPTY_READ_ONLY.test(message))
      throw new Error(`there is no store at ${path} to open read-only`, { cause: error });
    throw error;
  }
  return database;
}

export async function openKuzuStore(path: string, options: KuzuStoreOptions = {}): Promise<GraphStore> {
  const absolute = resolve(path);
  const database = await openDatabase(absolute, options);
  const main = await SerialConnection.open(database);
  // User Cypher gets its own connection: its read-only transaction and time limit stay apart
  // from the store's own statements.
  const user = await SerialConnection.open(database);
  if (!options.readOnly) {
    await main.exclusive(async (session) => {
      for (const statement of kuzuSchemaStatements()) await session.run(statement);
    });
  }
  return new KuzuStore(`kuzu:${path}`, database, main, user, options.readOnly ?? false);
}

function countsByLabel(labels: readonly string[], rows: Record<string, unknown>[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(labels.map((name) => [name, 0]));
  for (const row of rows) counts[String(row.type)] = Number(row.count);
  return counts;
}

class KuzuStore implements GraphStore {
  /** Names and aliases of every entity with their search keys; rebuilt after each write. */
  private searchIndex: Promise<IndexedCandidate[]> | undefined;
  private closing: Promise<void> | undefined;

  constructor(
    readonly uri: string,
    private readonly database: Database,
    private readonly main: SerialConnection,
    private readonly user: SerialConnection,
    private readonly readOnly: boolean,
  ) {}

  private refuseWritesIfReadOnly(): void {
    if (this.readOnly) throw new Error(`${this.uri} was opened read-only`);
  }

  async writeBatch(batch: GraphBatch): Promise<WriteSummary> {
    this.refuseWritesIfReadOnly();
    try {
      return await this.main.transaction((session) => writeBatch(session, batch, new Date().toISOString()));
    } finally {
      this.searchIndex = undefined;
    }
  }

  async deleteDocument(documentId: string): Promise<boolean> {
    this.refuseWritesIfReadOnly();
    try {
      return await this.main.transaction((session) => deleteDocument(session, documentId));
    } finally {
      this.searchIndex = undefined;
    }
  }

  async hasDocument(documentId: string): Promise<boolean> {
    const found = await this.main.exclusive((session) => fetchDocumentSummaries(session, [documentId]));
    return found.length > 0;
  }

  listDocuments(): Promise<DocumentSummary[]> {
    return this.main.exclusive((session) => fetchDocumentSummaries(session));
  }

  getDocument(documentId: string): Promise<StoredDocument | undefined> {
    return this.main.exclusive((session) => fetchDocument(session, documentId));
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    this.searchIndex ??= this.main.exclusive(async (session) =>
      (await fetchEntities(session)).map(indexCandidate),
    );
    const index = this.searchIndex;
    try {
      return rankCandidates(query, await index, options);
    } catch (error) {
      if (this.searchIndex === index) this.searchIndex = undefined;
      throw error;
    }
  }

  entityDetails(entityId: string): Promise<EntityDetails | undefined> {
    return this.main.exclusive(async (session) => {
      const [entity] = await fetchEntities(session, [entityId]);
      if (!entity) return undefined;
      const documents = (await fetchEntityDocuments(session, [entityId])).get(entityId) ?? [];
      return {
        entity: { ...entity, documents },
        relations: (await relations.touching(session, entityId)).map(toGraphJsonEdge),
        claims: (await relations.claimedBy(session, entityId)).map(toGraphJsonEdge),
        documents: await fetchDocumentSummaries(session, documents),
      };
    });
  }

  /** The entity and its best-attested neighbours (most evidence first), with the edges among them. */
  neighbors(entityId: string, limit = DEFAULT_NEIGHBOR_LIMIT): Promise<GraphFragment> {
    return this.main.exclusive(async (session) => {
      const [entity] = await fetchEntities(session, [entityId]);
      if (!entity) return { nodes: [], edges: [] };
      const support = new Map<string, number>();
      for (const edge of await relations.touching(session, entityId)) {
        const other = edge.source === entityId ? edge.target : edge.source;
        if (other !== entityId) support.set(other, (support.get(other) ?? 0) + edge.evidence.length);
      }
      const chosen = [...support]
        .sort(([idA, a], [idB, b]) => b - a || (idA < idB ? -1 : 1))
        .slice(0, Math.max(0, limit))
        .map(([id]) => id);
      const nodeIds = [entityId, ...chosen];
      return buildFragment(session, nodeIds, await relations.among(session, nodeIds));
    });
  }

  edgeDetails(edgeId: string): Promise<EdgeDetails | undefined> {
    return this.main.exclusive(async (session) => {
      const [edge] = await relations.byIds(session, [edgeId]);
      if (!edge) return undefined;
      const documentIds = [...new Set(edge.evidence.map((piece) => piece.documentId))];
      const documents = new Map(
        (await fetchDocumentSummaries(session, documentIds)).map((document) => [document.id, document]),
      );
      return {
        edge: toGraphJsonEdge(edge),
        evidence: edge.evidence.map((piece) => ({
          documentId: piece.documentId,
          text: piece.text,
          start: piece.start,
          end: piece.end,
          lang: piece.lang,
          documentTitle: documents.get(piece.documentId)?.title ?? '',
          documentUri: documents.get(piece.documentId)?.uri ?? '',
          confidence: piece.confidence,
          assertedBy: [...piece.assertedBy],
        })),
      };
    });
  }

  overview(limit = DEFAULT_OVERVIEW_LIMIT): Promise<GraphFragment> {
    const cap = Math.max(0, Math.floor(limit));
    return this.main.exclusive(async (session) => {
      const rows = await session.run(
        `MATCH (n${ANY_ENTITY}) OPTIONAL MATCH (n)-[e${ANY_RELATION}]-()
         RETURN n.id AS id, count(e) AS degree ORDER BY degree DESC, id LIMIT ${cap}`,
      );
      const ids = rows.map((row) => asString(row.id));
      return buildFragment(session, ids, await relations.among(session, ids));
    });
  }

  paths(fromId: string, toId: string, maxLength = DEFAULT_PATH_LENGTH): Promise<GraphFragment> {
    const length = Math.min(MAX_PATH_LENGTH, Math.max(1, Math.floor(maxLength)));
    return this.main.exclusive(async (session) => {
      if (fromId === toId) return buildFragment(session, [fromId], []);
      const edgeIds = await shortestPathEdges(session, fromId, toId, length);
      const edges = await relations.byIds(session, edgeIds);
      const nodeIds = [...new Set(edges.flatMap((edge) => [edge.source, edge.target]))];
      return buildFragment(session, nodeIds, edges);
    });
  }

  stats(): Promise<StoreStats> {
    return this.main.exclusive(async (session) => {
      const [documents] = await session.run(`MATCH (d${DOCUMENT}) RETURN count(*) AS count`);
      const [mentions] = await session.run(`MATCH ()-[m${MENTION}]->() RETURN count(*) AS count`);
      const entityRows = await session.run(
        `MATCH (n${ANY_ENTITY}) RETURN label(n) AS type, count(*) AS count`,
      );
      const relationRows = await session.run(
        `MATCH ()-[e${ANY_RELATION}]->()
         RETURN label(e) AS type, count(*) AS count, sum(size(e.evidenceDocumentIds)) AS evidence`,
      );
      const sum = (rows: Record<string, unknown>[], column: string) =>
        rows.reduce((total, row) => total + Number(row[column] ?? 0), 0);
      return {
        documents: asNumber(documents?.count),
        entities: sum(entityRows, 'count'),
        relations: sum(relationRows, 'count'),
        mentions: asNumber(mentions?.count),
        evidence: sum(relationRows, 'evidence'),
        entitiesByType: countsByLabel(ENTITY_LABELS, entityRows),
        relationsByType: countsByLabel(RELATION_LABELS, relationRows),
      };
    });
  }

  async cypher(query: string, options?: CypherOptions): Promise<CypherResult> {
    const { columns, rows } = await runReadOnlyCypher(this.user, query, options);
    return { columns, rows };
  }

  exportGraph(): Promise<GraphJson> {
    return this.main.exclusive(async (session) => {
      const documents = await fetchDocumentSummaries(session);
      const entities = await fetchEntities(session);
      const mentionedIn = await fetchEntityDocuments(session);
      const edges = await relations.all(session);
      return {
        documents: documents.map(({ id, uri, title, lang }) => ({ id, uri, title, lang })),
        nodes: entities.map((entity) => toGraphJsonNode(entity, mentionedIn.get(entity.id) ?? [])),
        edges: edges.map(toGraphJsonEdge),
      };
    });
  }

  /**
   * One batch per document: its text, its mentions, the full records of the entities it
   * mentions or links, and each relation it supports with only its own evidence. Merging these
   * back gives the same names, alias unions and evidence lists as the original writes did.
   */
  async *exportBatches(): AsyncIterable<GraphBatch> {
    const summaries = await this.listDocuments();
    for (const summary of summaries) {
      const batch = await this.main.exclusive(async (session): Promise<GraphBatch | undefined> => {
        const document = await fetchDocument(session, summary.id);
        if (!document) return undefined;
        const record: DocumentRecord = { ...document };
        // The arrival date belongs to this store; the receiving store records its own.
        delete (record as StoredDocument).ingestedAt;
        const mentions = await fetchMentions(session, summary.id);
        const supported = (await relations.withEvidenceFrom(session, summary.id)).map(
          ({ id, type, source, target, modality, evidence }) => ({
            id,
            type,
            source,
            target,
            modality,
            evidence: evidence.filter((piece) => piece.documentId === summary.id),
          }),
        );
        const entityIds = new Set([
          ...mentions.map((mention) => mention.entityId),
          ...supported.flatMap((relation) => [relation.source, relation.target]),
        ]);
        const entities = (await fetchEntities(session, [...entityIds])).map(
          ({ id, type, name, aliases, externalIds, mergeReasons }) => ({
            id,
            type,
            name,
            aliases,
            externalIds,
            mergeReasons,
          }),
        );
        return { documents: [record], entities, mentions, relations: supported };
      });
      if (batch) yield batch;
    }
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.user.close();
      await this.main.close();
      await this.database.close();
    })();
    return this.closing;
  }
}
