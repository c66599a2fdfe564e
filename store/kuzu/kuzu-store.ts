/**
 * GraphStore on an embedded Ladybug database file (`@ladybugdb/core`, Kùzu's maintained
 * successor, same Cypher). One process holds the file read-write, or several hold it read-only;
 * holders.ts enforces it across processes.
 */
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Database } from '@ladybugdb/core';
import type { GraphBatch } from '../../graph-schema/model.ts';
import {
  StoreLockedError,
  StoreNotEmptyError,
  type BulkLoad,
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
import { indexCandidate } from '../search-key.ts';
import { SearchIndex } from '../search-index.ts';
import { storeStats } from '../store-stats.ts';
import { SerialConnection, type Session } from './connection.ts';
import { ladybugEngine, type Engine } from './engine.ts';
import { holdStore, type StoreHold } from './holders.ts';
import { QueryDatabase } from './query-database.ts';
import { runReadOnlyCypher } from './cypher.ts';
import { claimantTableStatement, kuzuDropStatements, kuzuSchemaStatements } from './ddl.ts';
import { addClaimantLinks, lacksClaimantLinks } from './claimant-upgrade.ts';
import { addEntitySummaryColumns, missingSummaryColumns } from './entity-summaries.ts';
import { addDocumentColumns, missingDocumentColumns } from './document-columns.ts';
import { legacyRelationTables, upgradeEvidenceLists } from './evidence-upgrade.ts';
import {
  addSummaryColumns,
  dropReplacedSummaryColumns,
  lacksSummary,
  missingSummary,
} from './summary-columns.ts';
import { BulkLoadFiles } from './bulk-load.ts';
import { DocumentUris } from './document-uris.ts';
import { checkpointThresholdFor } from './checkpoint-threshold.ts';
import { ANY_ENTITY, ANY_RELATION, CLAIM, DOCUMENT, MENTION } from './labels.ts';
import { KuzuReader } from './read.ts';
import { deleteDocument, writeBatches } from './write.ts';

export interface KuzuStoreOptions {
  readOnly?: boolean;
  /** Ladybug unless said otherwise; Kùzu 0.11 only to read an old store (read-only). */
  engine?: Engine;
  /** Kùzu's page cache, in bytes (default 1 GB). */
  bufferPoolBytes?: number;
  /** A throwaway copy of a Kùzu 0.11 store, opened read-write only to upgrade and read it. */
  scratchCopy?: boolean;
  /** The memory one user Cypher query may use, in bytes (query-database.ts). */
  queryMemoryBytes?: number;
}

// Variable-length Cypher over the multi-pair relation tables exhausts smaller pools even on
// tiny graphs; the pool is reserved address space, filled only as pages are used.
const DEFAULT_BUFFER_POOL_BYTES = 1024 * 1024 * 1024;
/*
 * The engine folds its write-ahead log into the database file once the log passes a threshold
 * (its default is 16 MB), set by the file's size (checkpoint-threshold.ts) when the store opens
 * and again after each write. Each fold rewrites every column chunk touched since the last one,
 * and relations gaining evidence rewrite their whole evidence lists, so small folds repeat the
 * same work: at 64 MB a 2,600-document load ran about 1.8 times faster on Kùzu 0.11 for about
 * 80 MB more memory. Still so on Ladybug 0.19 while evidence lived in lists on the edge: 790
 * documents took 4.5-4.8 s of CPU at 64 MB against 5.1-5.2 s at 16 MB, and left a file half
 * the size (24 against 49 MB).
 */
/** The engine's own defaults for the constructor arguments before the threshold. */
const DEFAULT_MAX_DATABASE_SIZE = 0;
const AUTO_CHECKPOINT = true;

const LOCKED = /could not set lock/i;
const EMPTY_READ_ONLY = /cannot create an empty database under read only mode/i;
/** The first bytes of a database file written by Kùzu 0.11, which Ladybug cannot open. */
const KUZU_FILE_MAGIC = 'KUZU';

/** The size of the database file, 0 when there is none yet. */
function fileBytes(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function fileMagic(path: string): string | undefined {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch {
    return undefined;
  }
  try {
    const bytes = Buffer.alloc(KUZU_FILE_MAGIC.length);
    return bytes.subarray(0, readSync(descriptor, bytes, 0, bytes.length, 0)).toString('latin1');
  } finally {
    closeSync(descriptor);
  }
}

async function openDatabase(path: string, engine: Engine, options: KuzuStoreOptions): Promise<Database> {
  if (!engine.legacy && fileMagic(path) === KUZU_FILE_MAGIC) {
    throw new Error(
      `the store ${path} was written by Kùzu 0.11, which this version no longer opens: ` +
        `move it with \`evigraph migrate --from kuzu-0.11:${path} --to ladybug:NEW_PATH\``,
    );
  }
  const database = new engine.Database(
    path,
    options.bufferPoolBytes ?? DEFAULT_BUFFER_POOL_BYTES,
    true,
    options.readOnly ?? false,
    DEFAULT_MAX_DATABASE_SIZE,
    AUTO_CHECKPOINT,
    checkpointThresholdFor(fileBytes(path)),
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

/** A read-only holder cannot upgrade a store written before evidence became records, before
 *  documents recorded their author and encoding, before relation summaries recorded their
 *  evidence's languages and days and kept its first pieces, or before claimants were linked
 *  to their claims. */
async function refuseLegacyLayout(session: Session, path: string): Promise<void> {
  const evidenceLists = (await legacyRelationTables(session)).length > 0;
  const missing = await missingDocumentColumns(session);
  const summaries = lacksSummary(await missingSummary(session));
  const claimants = await lacksClaimantLinks(session);
  const entityCounts = (await missingSummaryColumns(session)).size > 0;
  if (!evidenceLists && missing.length === 0 && !summaries && !claimants && !entityCounts) return;
  const what = evidenceLists
    ? 'keeps evidence in the layout of an earlier version'
    : missing.length > 0
      ? `has no document column ${missing.map((spec) => spec.name).join(', ')} (an earlier version)`
      : summaries
        ? 'keeps relation summaries of an earlier version'
        : claimants
          ? 'does not link claimants to their claims (an earlier version)'
          : 'does not keep the counts of its entities (an earlier version)';
  throw new Error(
    `the store ${path} ${what}: open it once read-write ` +
      '(`evigraph ingest`, `evigraph serve`), which upgrades it in place, then read it',
  );
}

/** Adds the document columns of later versions, saying so. */
async function upgradeDocumentColumns(main: SerialConnection, path: string): Promise<void> {
  const missing = await main.exclusive((session) => missingDocumentColumns(session));
  if (missing.length === 0) return;
  await main.exclusive((session) => addDocumentColumns(session, missing));
  process.stderr.write(
    `evigraph: upgraded the store ${path}: documents now record ${missing.map((spec) => spec.name).join(' and ')}\n`,
  );
}

/** Adds the relation summary columns of later versions, filled from the stored evidence, saying so. */
async function upgradeRelationSummaries(main: SerialConnection, path: string): Promise<void> {
  const missing = await main.exclusive((session) => missingSummary(session));
  if (!lacksSummary(missing)) return;
  await main.exclusive((session) => dropReplacedSummaryColumns(session));
  const rewritten = await main.transaction((session) => addSummaryColumns(session, missing));
  process.stderr.write(
    `evigraph: upgraded the store ${path}: the summaries of ${rewritten} relations now record their evidence's languages, days and first pieces\n`,
  );
}

/** Moves evidence kept as lists on edges into records of their own, saying so. */
async function upgradeLegacyLayout(main: SerialConnection, path: string): Promise<void> {
  const tables = await main.exclusive((session) => legacyRelationTables(session));
  if (tables.length === 0) return;
  const moved = await main.transaction((session) => upgradeEvidenceLists(session, tables));
  process.stderr.write(
    `evigraph: upgraded the store ${path}: the evidence of ${moved} relations is now kept as records of its own\n`,
  );
}

/** Counts each entity's documents, edges and neighbours onto it, saying so (entity-summary.ts). */
async function upgradeEntitySummaries(main: SerialConnection, path: string): Promise<void> {
  const missing = await main.exclusive((session) => missingSummaryColumns(session));
  if (missing.size === 0) return;
  const counted = await main.transaction((session) => addEntitySummaryColumns(session, missing));
  process.stderr.write(
    `evigraph: upgraded the store ${path}: ${counted} entities now keep the counts of their documents, edges and neighbours\n`,
  );
}

/** Links the claimants of every stored relation to its claim, saying so. */
async function upgradeClaimantLinks(main: SerialConnection, path: string): Promise<void> {
  const linked = await main.transaction((session) => addClaimantLinks(session));
  process.stderr.write(
    `evigraph: upgraded the store ${path}: ${linked} claimants are now linked to the claims they make\n`,
  );
}

/** The bulk loader fills tables that hold nothing yet. */
async function refuseUnlessEmpty(session: Session, uri: string): Promise<void> {
  for (const pattern of [`(d${DOCUMENT})`, `(n${ANY_ENTITY})`, `(c${CLAIM})`]) {
    const [row] = await session.run(`MATCH ${pattern} RETURN count(*) AS count`);
    if (asNumber(row?.count) > 0) {
      const [documents] = await session.run(`MATCH (d${DOCUMENT}) RETURN count(*) AS count`);
      throw new StoreNotEmptyError(
        `the bulk loader fills an empty store, and ${uri} holds ${asNumber(documents?.count)} documents`,
      );
    }
  }
}

/** Beside the store while a bulk load's tables are being copied: its presence means a cut load. */
function bulkLoadMarker(path: string): string {
  return `${path}.bulk-load`;
}

/** Drops and recreates every table: the store a bulk load started from, which held nothing. */
async function emptyTables(session: Session): Promise<void> {
  for (const statement of [...kuzuDropStatements(), ...kuzuSchemaStatements()]) await session.run(statement);
}

/**
 * Copies the load's tables, each `COPY` committed alone (bulk-load.ts says why). All or nothing
 * still: a failing `COPY` has the store emptied again, and a process stopped on the way leaves
 * the marker, from which the next read-write open empties it (`finishCutBulkLoad`).
 */
async function copyAllOrNothing(session: Session, path: string, files: BulkLoadFiles): Promise<void> {
  const marker = bulkLoadMarker(path);
  writeFileSync(marker, `${process.pid}\n`);
  try {
    await files.copy(session);
  } catch (error) {
    await emptyTables(session);
    throw error;
  } finally {
    rmSync(marker, { force: true });
  }
}

/** A bulk load cut before its last `COPY` left part of its tables: they are dropped, saying so. */
async function finishCutBulkLoad(main: SerialConnection, path: string): Promise<void> {
  const marker = bulkLoadMarker(path);
  if (!existsSync(marker)) return;
  await main.exclusive(emptyTables);
  rmSync(marker, { force: true });
  process.stderr.write(`evigraph: the bulk load into ${path} was cut short; the store is empty again\n`);
}

/** Opens the store at `path`; `uri` is how it was named (`ladybug:PATH` or its alias `kuzu:PATH`). */
export async function openKuzuStore(
  path: string,
  options: KuzuStoreOptions = {},
  uri = `ladybug:${path}`,
): Promise<GraphStore> {
  const absolute = resolve(path);
  const engine = options.engine ?? (await ladybugEngine());
  if (engine.legacy && !options.readOnly && !options.scratchCopy) {
    throw new Error(`${engine.name} stores open read-only`);
  }
  if (options.readOnly && !existsSync(absolute))
    throw new Error(`there is no store at ${path} to open read-only`);
  if (!options.readOnly) mkdirSync(dirname(absolute), { recursive: true });
  const hold = holdStore(absolute, options.readOnly ?? false);
  let database: Database | undefined;
  try {
    database = await openDatabase(absolute, engine, options);
    const main = await SerialConnection.open(engine, database);
    // User Cypher gets a database handle of its own: its memory limit, read-only transaction
    // and time limit stay apart from the store's own statements.
    const queries = new QueryDatabase(
      absolute,
      engine,
      options.queryMemoryBytes,
      options.readOnly
        ? undefined
        : () => main.exclusive(async (session) => void (await session.run('CHECKPOINT'))),
    );
    if (options.readOnly) {
      if (existsSync(bulkLoadMarker(absolute)))
        throw new Error(
          `a bulk load into ${path} was cut short: open it once read-write, which empties it, then load it again`,
        );
      await main.exclusive((session) => refuseLegacyLayout(session, path));
    } else {
      // An older store gets its claimant links by the upgrade below, in the transaction that fills them.
      const claimantsToLink = await main.exclusive((session) => lacksClaimantLinks(session));
      await main.exclusive(async (session) => {
        for (const statement of kuzuSchemaStatements()) {
          if (claimantsToLink && statement === claimantTableStatement()) continue;
          await session.run(statement);
        }
      });
      await finishCutBulkLoad(main, absolute);
      await upgradeDocumentColumns(main, path);
      await upgradeRelationSummaries(main, path);
      await upgradeLegacyLayout(main, path);
      if (claimantsToLink) await upgradeClaimantLinks(main, path);
      await upgradeEntitySummaries(main, path);
    }
    return new KuzuStore({
      uri,
      path: absolute,
      database,
      main,
      queries,
      readOnly: options.readOnly ?? false,
      hold,
    });
  } catch (error) {
    await database?.close();
    hold.release();
    throw error;
  }
}

class KuzuStore extends ReaderBackedStore<KuzuReader> implements GraphStore {
  /** Names and aliases of every entity with their search keys; rebuilt after each write. */
  private searchIndex: Promise<SearchIndex> | undefined;
  /** The uris of the stored documents, kept by this store's writes (document-uris.ts). */
  private readonly documentUris = new DocumentUris();
  /** The engine's checkpoint threshold as last set, following the file's size. */
  private checkpointThreshold: number;
  private closing: Promise<void> | undefined;

  readonly uri: string;
  /** The database file, absolute. */
  private readonly path: string;
  private readonly database: Database;
  private readonly main: SerialConnection;
  private readonly queries: QueryDatabase;
  private readonly readOnly: boolean;
  private readonly hold: StoreHold;

  constructor(parts: {
    uri: string;
    path: string;
    database: Database;
    main: SerialConnection;
    queries: QueryDatabase;
    readOnly: boolean;
    hold: StoreHold;
  }) {
    super();
    this.uri = parts.uri;
    this.path = parts.path;
    this.database = parts.database;
    this.main = parts.main;
    this.queries = parts.queries;
    this.readOnly = parts.readOnly;
    this.hold = parts.hold;
    this.checkpointThreshold = checkpointThresholdFor(fileBytes(parts.path));
  }

  /** After a write: the file may have grown past the size its threshold was set for. */
  private async followFileSize(): Promise<void> {
    const wanted = checkpointThresholdFor(fileBytes(this.path));
    if (wanted === this.checkpointThreshold) return;
    await this.main.exclusive((session) => session.run(`CALL checkpoint_threshold=${wanted}`));
    this.checkpointThreshold = wanted;
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
      const summaries = await this.queries.write(() =>
        this.main.transaction(async (session) =>
          writeBatches(session, batches, new Date().toISOString(), await this.documentUris.lookup(session)),
        ),
      );
      await this.followFileSize();
      return summaries;
    } catch (error) {
      // Rolled back: the uris changed in memory may not be the store's.
      this.documentUris.forget();
      throw error;
    } finally {
      this.searchIndex = undefined;
    }
  }

  async startBulkLoad(): Promise<BulkLoad> {
    this.refuseWritesIfReadOnly();
    // Refused before any batch is extracted for it; checked again when the load is written.
    await this.main.exclusive((session) => refuseUnlessEmpty(session, this.uri));
    const directory = mkdtempSync(join(tmpdir(), 'evigraph-bulk-'));
    const files = new BulkLoadFiles(directory, new Date().toISOString());
    let open = true;
    const close = () => {
      if (!open) return;
      open = false;
      files.discard();
      rmSync(directory, { recursive: true, force: true });
    };
    return {
      add: (batch) => {
        if (!open) return Promise.reject(new Error('this bulk load has ended'));
        return files.add(batch);
      },
      finish: async () => {
        if (!open) throw new Error('this bulk load has ended');
        try {
          await this.queries.write(() =>
            this.main.exclusive(async (session) => {
              await refuseUnlessEmpty(session, this.uri);
              await copyAllOrNothing(session, this.path, files);
            }),
          );
          await this.followFileSize();
        } finally {
          close();
          this.searchIndex = undefined;
          this.documentUris.forget();
        }
      },
      abort: close,
    };
  }

  async deleteDocument(documentId: string): Promise<boolean> {
    this.refuseWritesIfReadOnly();
    try {
      return await this.queries.write(() =>
        this.main.transaction((session) => deleteDocument(session, documentId)),
      );
    } finally {
      this.searchIndex = undefined;
      this.documentUris.forget();
    }
  }

  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    this.searchIndex ??= this.read(
      async (reader) => new SearchIndex((await reader.entities()).map(indexCandidate)),
    );
    const index = this.searchIndex;
    try {
      return (await index).rank(query, options);
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
           RETURN label(e) AS type, count(*) AS count, sum(e.evidenceCount) AS evidence`,
        ),
      });
    });
  }

  async cypher(query: string, options?: CypherOptions): Promise<CypherResult> {
    const { columns, rows } = await this.queries.query((connection) =>
      runReadOnlyCypher(connection, query, options ?? {}, this.queries.memoryBytes),
    );
    return { columns, rows };
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.queries.close();
      await this.main.close();
      await this.database.close();
      this.hold.release();
    })();
    return this.closing;
  }
}
