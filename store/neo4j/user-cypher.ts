/**
 * User Cypher, read-only for real, three ways over: the query's plan is asked for first
 * (`EXPLAIN`, which runs nothing) and anything but a read-only plan is refused; the query then
 * runs in a READ session inside `executeRead`, where Neo4j itself refuses writes; and it runs
 * under a transaction timeout and a row cap.
 */
import { Neo4jError, type ManagedTransaction } from 'neo4j-driver';
import { QueryError, ReadOnlyQueryError, type CypherOptions, type CypherResult } from '../graph-store.ts';
import type { Neo4jConnection } from './connection.ts';
import { explain } from './statements.ts';
import { toPlainJson, userParameter } from './values.ts';

const DEFAULT_MAX_ROWS = 10_000;
const DEFAULT_TIMEOUT_MS = 30_000;

/** A leading EXPLAIN or PROFILE is the user's; the plan check adds its own EXPLAIN. */
const LEADING_PLAN_KEYWORD = /^\s*(?:EXPLAIN|PROFILE)\b/i;

const ACCESS_MODE_CODES = new Set([
  'Neo.ClientError.Statement.AccessMode',
  'Neo.ClientError.Security.Forbidden',
]);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/**
 * Procedures a query may CALL: schema look-ups and full-text search. The plan check does not
 * catch every administrative procedure (some change configuration or caches and still plan as
 * reads), so everything else is refused, as are administration commands.
 */
const READING_PROCEDURES = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
]);
const ADMINISTRATION =
  /^\s*(?:SHOW|TERMINATE|GRANT|DENY|REVOKE|START|STOP|ALTER|RENAME|USE|ENABLE|DRYRUN)\b/i;

/** The query outside string literals, quoted names and comments. */
function codeOf(query: string): string {
  return query.replace(
    /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`]|``)*`|\/\/[^\n]*|\/\*[\s\S]*?\*\//g,
    ' ',
  );
}

export function refuseAdministration(query: string): void {
  const code = codeOf(query).replace(LEADING_PLAN_KEYWORD, '');
  if (ADMINISTRATION.test(code)) {
    throw new ReadOnlyQueryError('administration commands are refused: queries may only read the graph');
  }
  for (const [, name = ''] of code.matchAll(/\bCALL\s+([A-Za-z_][\w.]*)\s*\(?/gi)) {
    if (!READING_PROCEDURES.has(name.toLowerCase())) {
      throw new ReadOnlyQueryError(
        `CALL ${name} is refused: queries may call only ${[...READING_PROCEDURES].join(', ')}`,
      );
    }
  }
}

function translate(error: unknown, timeoutMs: number): Error {
  if (error instanceof ReadOnlyQueryError || error instanceof QueryError) return error;
  if (!(error instanceof Neo4jError)) return error instanceof Error ? error : new Error(String(error));
  if (ACCESS_MODE_CODES.has(error.code)) {
    return new ReadOnlyQueryError(`the query would change the store and was refused: ${error.message}`);
  }
  if (TIMEOUT_CODES.has(error.code)) return new QueryError(`the query ran longer than ${timeoutMs} ms`);
  if (
    error.code.startsWith('Neo.ClientError.Statement.') ||
    error.code.startsWith('Neo.ClientError.Procedure.')
  ) {
    return new QueryError(error.message);
  }
  return error;
}

async function refuseUnlessReadOnly(tx: ManagedTransaction, query: string, params: Record<string, unknown>) {
  const plan = await tx.run(explain(query.replace(LEADING_PLAN_KEYWORD, '')), params);
  // The plan's query type: r (read only), rw, w (writes) or s (schema changes).
  const { queryType } = plan.summary;
  if (queryType !== 'r') {
    const kind = queryType === 's' ? 'change the schema' : 'write to the store';
    throw new ReadOnlyQueryError(
      `the query would ${kind} and was refused: only reading queries are accepted`,
    );
  }
}

export async function runReadOnlyCypher(
  connection: Neo4jConnection,
  query: string,
  options: CypherOptions = {},
): Promise<CypherResult & { truncated: boolean }> {
  if (query.trim().length === 0) throw new QueryError('the query is empty');
  refuseAdministration(query);
  const params = userParameter(options.params ?? {}) as Record<string, unknown>;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  try {
    return await connection.readRaw(async (tx) => {
      await refuseUnlessReadOnly(tx, query, params);
      const result = tx.run(query, params);
      const columns = await result.keys();
      const rows: unknown[][] = [];
      let truncated = false;
      for await (const record of result) {
        if (rows.length >= maxRows) {
          truncated = true;
          break;
        }
        rows.push(columns.map((column) => toPlainJson(record.get(column))));
      }
      return { columns: columns.map(String), rows, truncated };
    }, timeoutMs);
  } catch (error) {
    throw translate(error, timeoutMs);
  }
}
