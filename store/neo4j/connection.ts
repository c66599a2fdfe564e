/**
 * The driver, its credentials and database, and units of work in managed transactions:
 * `executeWrite`/`executeRead` retry a unit on transient errors (a leader change, a deadlock),
 * so a unit must be safe to run again; ours read the state they build on inside the unit.
 */
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** What a unit of work may do: run one statement and get its rows as plain objects. */
export interface Querier {
  run(statement: string, params?: Params): Promise<Row[]>;
}

export interface Neo4jStoreOptions {
  /** Default: NEO4J_USER, else the URI's user, else `neo4j`. */
  user?: string;
  /** Default: NEO4J_PASSWORD, else the URI's password. */
  password?: string;
  /** Default: NEO4J_DATABASE, else `neo4j`. */
  database?: string;
  /** Where the NEO4J_* defaults are read from (the process environment unless given). */
  env?: Readonly<Record<string, string | undefined>>;
}

export interface ConnectionSettings {
  /** The address without credentials, as the driver and every message show it. */
  address: string;
  user: string;
  password: string;
  database: string;
}

/** Credentials from explicit options, then NEO4J_USER/NEO4J_PASSWORD, then the URI's userinfo. */
export function connectionSettings(uri: string, options: Neo4jStoreOptions = {}): ConnectionSettings {
  const env = options.env ?? process.env;
  let parsed: URL;
  try {
    parsed = new URL(uri);
  } catch {
    throw new Error(`invalid Neo4j address ${JSON.stringify(uri)}: write bolt://HOST:7687 or neo4j://HOST`);
  }
  const uriUser = decodeURIComponent(parsed.username);
  const uriPassword = decodeURIComponent(parsed.password);
  parsed.username = '';
  parsed.password = '';
  const user = options.user ?? env.NEO4J_USER ?? (uriUser || 'neo4j');
  const password = options.password ?? env.NEO4J_PASSWORD ?? uriPassword;
  if (!password) {
    throw new Error(
      `no password for Neo4j at ${parsed.href}: set NEO4J_PASSWORD (and NEO4J_USER) or write bolt://USER:PASSWORD@HOST:7687`,
    );
  }
  return {
    address: parsed.href.replace(/\/$/, ''),
    user,
    password,
    database: options.database ?? env.NEO4J_DATABASE ?? 'neo4j',
  };
}

function querier(tx: ManagedTransaction): Querier {
  return {
    run: async (statement, params) =>
      (await tx.run(statement, params)).records.map((record) => record.toObject()),
  };
}

export class Neo4jConnection {
  private readonly driver: Driver;
  readonly settings: ConnectionSettings;

  private constructor(driver: Driver, settings: ConnectionSettings) {
    this.driver = driver;
    this.settings = settings;
  }

  static async open(settings: ConnectionSettings): Promise<Neo4jConnection> {
    const driver = neo4j.driver(settings.address, neo4j.auth.basic(settings.user, settings.password), {
      // Integers come back as JavaScript numbers; our counts and offsets stay far below 2^53.
      disableLosslessIntegers: true,
      userAgent: 'evigraph',
    });
    try {
      await driver.verifyConnectivity({ database: settings.database });
    } catch (error) {
      await driver.close();
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(
        `cannot reach Neo4j at ${settings.address} (database ${settings.database}): ${reason}`,
        {
          cause: error,
        },
      );
    }
    return new Neo4jConnection(driver, settings);
  }

  /** Runs `work` in one write transaction: all of it is committed, or none of it. */
  async write<T>(work: (querier: Querier) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: neo4j.session.WRITE,
    });
    try {
      return await session.executeWrite((tx) => work(querier(tx)));
    } finally {
      await session.close();
    }
  }

  /** Runs `work` in one read transaction (served by any cluster member that can read). */
  async read<T>(work: (querier: Querier) => Promise<T>): Promise<T> {
    return this.readRaw((tx) => work(querier(tx)));
  }

  /** A read transaction with the driver's own transaction object, for streaming and summaries. */
  async readRaw<T>(work: (tx: ManagedTransaction) => Promise<T>, timeoutMs?: number): Promise<T> {
    const session = this.driver.session({
      database: this.settings.database,
      defaultAccessMode: neo4j.session.READ,
    });
    try {
      return await session.executeRead(work, timeoutMs === undefined ? undefined : { timeout: timeoutMs });
    } finally {
      await session.close();
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
