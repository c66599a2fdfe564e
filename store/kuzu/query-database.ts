/**
 * The database user Cypher runs on: a read-only handle of the store's own file, opened in the
 * same process with a buffer pool of its own. The engine takes all a query's working memory
 * (hash tables, sort buffers, built lists, results) from its database's buffer pool and fails
 * the query when the pool is full, so this pool is the memory limit of one user query, apart
 * from the pool the store's own reads and writes use: a runaway query fails with its own error
 * while the store keeps answering and writing.
 *
 * A read-only handle sees the file and its write-ahead log as they were when it opened, and
 * the writer may rewrite pages of the file when it folds the log in (a checkpoint, at the
 * commit that passes the threshold). So writes and user queries take turns here: a write waits
 * for the running query (at most its time limit), and the first query after a write opens a
 * fresh handle (closing the old one). Before it opens, the writer folds its log into the file
 * (`fold`, a checkpoint): a read-only handle replaying the log of a live writer failed with
 * "Corrupted wal file" (the seed articles' store, Ladybug 0.19).
 */
import type { Database } from '@ladybugdb/core';
import { SerialConnection } from './connection.ts';
import type { Engine } from './engine.ts';

/** What a query may hold by default: the engine reserves pool space for variable-length
 *  patterns by the number of relation tables, and `MATCH p=(a)-[*1..3]-(b)` over every
 *  relation type needs a 1 GB pool even on the sample corpus (512 MB fails). */
export const DEFAULT_QUERY_MEMORY_BYTES = 1024 * 1024 * 1024;
/** Below this the engine cannot even open the store's catalogue. */
export const MIN_QUERY_MEMORY_BYTES = 64 * 1024 * 1024;

interface Handle {
  database: Database;
  connection: SerialConnection;
  version: number;
}

export class QueryDatabase {
  readonly memoryBytes: number;
  private readonly path: string;
  private readonly engine: Engine;
  /** Folds the writer's log into the file; absent when the store is read-only here. */
  private readonly fold: (() => Promise<void>) | undefined;
  /** Bumped by every write: a handle opened before it reads an old picture of the store. */
  private version = 0;
  private handle: Handle | undefined;
  /** Writes and user queries, one at a time. */
  private turn: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(
    path: string,
    engine: Engine,
    memoryBytes = DEFAULT_QUERY_MEMORY_BYTES,
    fold?: () => Promise<void>,
  ) {
    if (!Number.isFinite(memoryBytes) || memoryBytes < MIN_QUERY_MEMORY_BYTES) {
      throw new Error(
        `a query needs at least ${MIN_QUERY_MEMORY_BYTES / 1024 / 1024} MB of memory (asked: ${memoryBytes / 1024 / 1024} MB)`,
      );
    }
    this.path = path;
    this.engine = engine;
    this.memoryBytes = memoryBytes;
    this.fold = fold;
  }

  /** Runs a user query on a handle that sees every write committed before it. */
  query<T>(work: (connection: SerialConnection) => Promise<T>): Promise<T> {
    return this.inTurn(async () => work(await this.current()));
  }

  /** Runs a write of the store once no user query runs; queries after it see it. */
  write<T>(work: () => Promise<T>): Promise<T> {
    return this.inTurn(async () => {
      try {
        return await work();
      } finally {
        this.version++;
      }
    });
  }

  close(): Promise<void> {
    return this.inTurn(async () => {
      this.closed = true;
      await this.release();
    });
  }

  private inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = this.turn.then(() => {
      if (this.closed) throw new Error('the store is closed');
      return work();
    });
    this.turn = result.catch(() => undefined);
    return result;
  }

  private async current(): Promise<SerialConnection> {
    if (this.handle?.version === this.version) return this.handle.connection;
    await this.release();
    await this.fold?.();
    const database = new this.engine.Database(this.path, this.memoryBytes, true, true, 0, false, -1);
    try {
      await database.init();
      const connection = await SerialConnection.open(this.engine, database);
      this.handle = { database, connection, version: this.version };
      return connection;
    } catch (error) {
      await database.close();
      throw error;
    }
  }

  private async release(): Promise<void> {
    const handle = this.handle;
    this.handle = undefined;
    if (!handle) return;
    await handle.connection.close();
    await handle.database.close();
  }
}
