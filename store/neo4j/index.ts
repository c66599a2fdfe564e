/**
 * GraphStore on Neo4j 5 through the official driver. Same records, same merge rules, same
 * answers as the embedded store; the graph is also there for Neo4j Browser and Bloom, with
 * every entity labelled by its type (and `Entity`), relationships typed by graph-schema.
 */
import type { GraphBatch } from '../../graph-schema/model.ts';
import {
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
import { indexCandidate, rankCandidates, searchKey } from '../search-key.ts';
import { storeStats } from '../store-stats.ts';
import { connectionSettings, Neo4jConnection, type Neo4jStoreOptions } from './connection.ts';
import { Neo4jReader } from './read.ts';
import { upgradeEvidenceLists } from './evidence-upgrade.ts';
import { upgradeEntitySummaries, upgradeRelationSummaries } from './summary-upgrade.ts';
import { upgradeClaimantLinks } from './claimant-upgrade.ts';
import { Neo4jBulkLoad } from './bulk-load.ts';
import { AWAIT_INDEXES, BULK, schemaStatements, STATS } from './statements.ts';
import { runReadOnlyCypher } from './user-cypher.ts';
import { deleteDocument, writeBatches } from './write.ts';

export type { Neo4jStoreOptions } from './connection.ts';

/**
 * Opens (and prepares, idempotently) the graph at a `bolt://`, `bolt+s://`, `neo4j://` or
 * `neo4j+s://` address. Credentials: options, else NEO4J_USER / NEO4J_PASSWORD, else the URI's
 * userinfo; database: options, else NEO4J_DATABASE, else `neo4j`.
 */
export async function openNeo4jStore(uri: string, options: Neo4jStoreOptions = {}): Promise<GraphStore> {
  const settings = connectionSettings(uri, options);
  const connection = await Neo4jConnection.open(settings);
  try {
    // Schema commands cannot share a transaction with each other or with data writes.
    for (const statement of schemaStatements()) await connection.write((querier) => querier.run(statement));
    await connection.read((querier) => querier.run(AWAIT_INDEXES));
    const moved = await upgradeEvidenceLists(connection);
    if (moved > 0) {
      process.stderr.write(
        `evigraph: upgraded ${settings.address}: the evidence of ${moved} relations is now kept as records of its own\n`,
      );
    }
    const resummarized = await upgradeRelationSummaries(connection);
    if (resummarized > 0) {
      process.stderr.write(
        `evigraph: upgraded ${settings.address}: the summaries of ${resummarized} relations now record their evidence's languages, days and first documents\n`,
      );
    }
    const linked = await upgradeClaimantLinks(connection);
    if (linked > 0) {
      process.stderr.write(
        `evigraph: upgraded ${settings.address}: ${linked} claimants are now linked to the claims they make\n`,
      );
    }
    const counted = await upgradeEntitySummaries(connection);
    if (counted > 0) {
      process.stderr.write(
        `evigraph: upgraded ${settings.address}: ${counted} entities now keep the counts of their documents, edges and neighbours\n`,
      );
    }
  } catch (error) {
    await connection.close();
    throw error;
  }
  return new Neo4jStore(settings.address, connection);
}

class Neo4jStore extends ReaderBackedStore<Neo4jReader> implements GraphStore {
  private closing: Promise<void> | undefined;

  readonly uri: string;
  private readonly connection: Neo4jConnection;

  constructor(uri: string, connection: Neo4jConnection) {
    super();
    this.uri = uri;
    this.connection = connection;
  }

  protected read<T>(work: (reader: Neo4jReader) => Promise<T>): Promise<T> {
    return this.connection.read((querier) => work(new Neo4jReader(querier)));
  }

  async writeBatch(batch: GraphBatch): Promise<WriteSummary> {
    await this.writeBatches([batch]);
    return batchSummary(batch);
  }

  writeBatches(batches: readonly GraphBatch[]): Promise<WriteSummary[]> {
    const now = new Date().toISOString();
    return this.connection.write((querier) => writeBatches(querier, batches, now));
  }

  /** Batched UNWIND writes into an empty database (bulk-load.ts); its rate is not measured. */
  async startBulkLoad(): Promise<BulkLoad> {
    const found = await this.connection.read((querier) => querier.run(BULK.anyNode));
    if (found.length > 0) {
      const [documents] = await this.connection.read((querier) => querier.run(STATS.documents));
      throw new StoreNotEmptyError(
        `the bulk loader fills an empty store, and ${this.uri} holds ${asNumber(documents?.count)} documents`,
      );
    }
    return new Neo4jBulkLoad(this.connection, new Date().toISOString());
  }

  deleteDocument(documentId: string): Promise<boolean> {
    return this.connection.write((querier) => deleteDocument(querier, documentId));
  }

  /** Candidates are filtered in Neo4j on the stored search keys, then ranked like everywhere else. */
  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const key = searchKey(query);
    if (key.length === 0) return [];
    const candidates = await this.read((reader) => reader.entitiesMatchingKey(key));
    return rankCandidates(query, candidates.map(indexCandidate), options);
  }

  stats(): Promise<StoreStats> {
    return this.connection.read(async (querier) => {
      const [documents] = await querier.run(STATS.documents);
      const [mentions] = await querier.run(STATS.mentions);
      return storeStats({
        documents: asNumber(documents?.count),
        mentions: asNumber(mentions?.count),
        entitiesByType: await querier.run(STATS.entitiesByType),
        relationsByType: await querier.run(STATS.relationsByType),
      });
    });
  }

  async cypher(query: string, options?: CypherOptions): Promise<CypherResult> {
    const { columns, rows } = await runReadOnlyCypher(this.connection, query, options);
    return { columns, rows };
  }

  close(): Promise<void> {
    this.closing ??= this.connection.close();
    return this.closing;
  }
}
