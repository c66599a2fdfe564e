/**
 * GraphStore on an embedded Kùzu database file. One process holds the file read-write, or
 * several hold it read-only; Kùzu's file lock enforces it across processes.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import kuzu from 'kuzu';
import type { Database } from 'kuzu';
import type { GraphBatch } from '../../graph-schema/model.ts';
import {
  StoreLockedError,
  type CypherOptions,
  type CypherResult,
  type GraphStore,
  type SearchHit,
  type SearchOptions,
  type StoreStats,
  type WriteSummary,
} from '../graph-store.ts';
import { batchSummary } from '../batch-preparation.ts';
import { ReaderBackedStore } from '../reader-backed-store.ts';
import { asNumber } from '../row-values.ts';
import { indexCandidate, rankCandidates, type IndexedCandidate } from '../search-key.ts';
import { storeStats } from '../store-stats.ts';
import { SerialConnection } from './connection.ts';
import { runReadOnlyCypher } from './cypher.ts';
import { kuzuSchemaStatements } from './ddl.ts';
import { ANY_ENTITY, ANY_RELATION, DOCUMENT, MENTION } from './labels.ts';
import { KuzuReader } from './read.ts';
import { deleteDocument, writeBatches } from './write.ts';

export interface KuzuStoreOptions {
  readOnly?: boolean;
  /** Kùzu's page cache, in bytes (default 1 GB). */
  bufferPoolBytes?: number;
}

// Variable-length Cypher over the multi-pair relation tables exhausts smaller pools even on
// tiny graphs; the pool is reserved address space, filled only as pages are used.
const DEFAULT_BUFFER_POOL_BYTES = 1024 * 1024 * 1024;
/**
 * Kùzu folds its write-ahead log into the database file once the log passes this size (its
 * default is 16 MB). Each fold rewrites every column chunk touched since the last one, and
 * relations gaining evidence rewrite their whole evidence lists, so small folds repeat the same
 * work: at 64 MB a 2,600-document load runs about 1.8 times faster for about 80 MB more memory.
 */
const CHECKPOINT_THRESHOLD_BYTES = 64 * 1024 * 1024;
/** Kùzu's own defaults for the constructor arguments before the threshold. */
const DEFAULT_MAX_DATABASE_SIZE = 0;
const AUTO_CHECKPOINT = true;

const LOCKED = /could not set lock/i;
const EMPTY_READ_ONLY = /cannot create an empty database under read only mode/i;

async function openDatabase(path: string, options: KuzuStoreOptions): Promise<Database> {
  if (!options.readOnly) mkdirSync(dirname(path), { recursive: true });
  const database = new kuzu.Database(
    path,
    options.bufferPoolBytes ?? DEFAULT_BUFFER_POOL_BYTES,
    true,
    options.readOnly ?? false,
    DEFAULT_MAX_DATABASE_SIZE,
    AUTO_CHECKPOINT,
    CHECKPOINT_THRESHOLD_BYTES,
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

class KuzuStore extends ReaderBackedStore<KuzuReader> implements GraphStore {
  /** Names and aliases of every entity with their search keys; rebuilt after each write. */
  private searchIndex: Promise<IndexedCandidate[]> | undefined;
  private closing: Promise<void> | undefined;

  readonly uri: string;
  private readonly database: Database;
  private readonly main: SerialConnection;
  private readonly user: SerialConnection;
  private readonly readOnly: boolean;

  constructor(
    uri: string,
    database: Database,
    main: SerialConnection,
    user: SerialConnection,
    readOnly: boolean,
  ) {
    super();
    this.uri = uri;
    this.database = database;
    this.main = main;
    this.user = user;
    this.readOnly = readOnly;
  }

  protected read<T>(work: (reader: KuzuReader) => Promise<T>): Promise<T> {
    return this.main.exclusive((session) => work(new KuzuReader(session)));
  }

  private refuseWritesIfReadOnly(): void {
    if (this.readOnly) throw new Error(`${this.uri} was opened read-only`);
  }

  async writeBatch(batch: GraphBatch): Promise<WriteSummary> {
    await this.writeBatches([batch]);
    return batchSummary(batch);
  }

  async writeBatches(batches: readonly GraphBatch[]): Promise<WriteSummary[]> {
    this.refuseWritesIfReadOnly();
    try {
      return await this.main.transaction((session) =>
        writeBatches(session, batches, new Date().toISOString()),
      );
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

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    this.searchIndex ??= this.read(async (reader) => (await reader.entities()).map(indexCandidate));
    const index = this.searchIndex;
    try {
      return rankCandidates(query, await index, options);
    } catch (error) {
      if (this.searchIndex === index) this.searchIndex = undefined;
      throw error;
    }
  }

  stats(): Promise<StoreStats> {
    return this.main.exclusive(async (session) => {
      const [documents] = await session.run(`MATCH (d${DOCUMENT}) RETURN count(*) AS count`);
      const [mentions] = await session.run(`MATCH ()-[m${MENTION}]->() RETURN count(*) AS count`);
      return storeStats({
        documents: asNumber(documents?.count),
        mentions: asNumber(mentions?.count),
        entitiesByType: await session.run(
          `MATCH (n${ANY_ENTITY}) RETURN label(n) AS type, count(*) AS count`,
        ),
        relationsByType: await session.run(
          `MATCH ()-[e${ANY_RELATION}]->()
           RETURN label(e) AS type, count(*) AS count, sum(size(e.evidenceDocumentIds)) AS evidence`,
        ),
      });
    });
  }

  async cypher(query: string, options?: CypherOptions): Promise<CypherResult> {
    const { columns, rows } = await runReadOnlyCypher(this.user, query, options);
    return { columns, rows };
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
