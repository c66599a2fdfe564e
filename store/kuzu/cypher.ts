/**
 * User Cypher, read-only for real: the statement runs inside `BEGIN TRANSACTION READ ONLY`,
 * where Kùzu itself refuses every write (CREATE, MERGE, SET, DELETE, DDL, COPY FROM...), and
 * is rolled back afterwards. It is prepared, never run as a script, so `...; COMMIT; CREATE ...`
 * cannot leave the transaction: Kùzu does not prepare more than one statement.
 *
 * A read-only transaction still lets a few statements touch the file system (`COPY (...) TO`,
 * `EXPORT DATABASE`, `LOAD FROM` a file: checked with Kùzu 0.11.3), which a query sent over HTTP
 * must not do; those are refused by their clause before the query reaches Kùzu.
 */
import type { LbugValue } from '@ladybugdb/core';
import { QueryError, ReadOnlyQueryError, type CypherOptions, type CypherResult } from '../graph-store.ts';
import { KuzuStatementError, type SerialConnection } from './connection.ts';
import { toPlainJson } from './plain-json.ts';

const DEFAULT_MAX_ROWS = 10_000;
const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * Statements refused before they reach Kùzu: those that read or write server files, load code,
 * reach other databases, or would end the store's read-only transaction early. Writes to the
 * graph itself are not listed: the read-only transaction refuses them.
 */
const REFUSED_STATEMENTS = new Set([
  'COPY',
  'EXPORT',
  'IMPORT',
  'ATTACH',
  'USE',
  'INSTALL',
  'UNINSTALL',
  'LOAD',
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
  'CHECKPOINT',
]);
/** Refused wherever it appears: `LOAD FROM 'file'` is also a reading clause inside a query. */
const FILE_READING_CLAUSE = 'LOAD';

/** Keywords of a query outside string literals, quoted names and comments, upper-cased. */
function keywords(query: string): string[] {
  const code = query.replace(
    /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`]|``)*`|\/\/[^\n]*|\/\*[\s\S]*?\*\//g,
    ' ',
  );
  return (code.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []).map((word) => word.toUpperCase());
}

function refuseServerAccess(query: string): void {
  const words = keywords(query);
  const first = words[0] === 'EXPLAIN' || words[0] === 'PROFILE' ? words[1] : words[0];
  if (first !== undefined && REFUSED_STATEMENTS.has(first)) {
    throw new ReadOnlyQueryError(`${first} statements are refused: queries may only read the graph`);
  }
  if (words.includes(FILE_READING_CLAUSE)) {
    throw new ReadOnlyQueryError('LOAD FROM reads files on the server and is refused');
  }
}

function valueKind(value: unknown): string {
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'float';
  if (Array.isArray(value)) return 'list';
  return value === null ? 'null' : typeof value;
}

/**
 * Kùzu's binding turns an empty list into an untyped NULL (which crashes some operators) and
 * types a list by its first element, so `[1, 2.5]` would be misread: both are refused here.
 */
function checkParameter(value: unknown, path: string): void {
  if (Array.isArray(value)) {
    if (value.length === 0)
      throw new QueryError(`parameter ${path} is an empty list, which Kùzu cannot type`);
    const kinds = new Set(value.map(valueKind));
    if (kinds.size > 1) {
      throw new QueryError(`parameter ${path} mixes ${[...kinds].join(' and ')} values; Kùzu needs one type`);
    }
    value.forEach((item, index) => checkParameter(item, `${path}[${index}]`));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) checkParameter(item, `${path}.${key}`);
  }
}

/** Kùzu's words for a write inside a read-only transaction or on a store opened read-only. */
const WRITE_REFUSED =
  /read-only transaction|read-only database|only supported in auto transaction mode|active transaction/i;
const INTERRUPTED = /interrupt/i;

function translate(error: unknown, timeoutMs: number): Error {
  if (!(error instanceof KuzuStatementError))
    return error instanceof Error ? error : new Error(String(error));
  if (WRITE_REFUSED.test(error.message)) {
    return new ReadOnlyQueryError(`the query would change the store and was refused: ${error.message}`);
  }
  if (INTERRUPTED.test(error.message)) return new QueryError(`the query ran longer than ${timeoutMs} ms`);
  return new QueryError(error.message);
}

export async function runReadOnlyCypher(
  connection: SerialConnection,
  query: string,
  options: CypherOptions = {},
): Promise<CypherResult & { truncated: boolean }> {
  refuseServerAccess(query);
  for (const [name, value] of Object.entries(options.params ?? {})) checkParameter(value, `$${name}`);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  try {
    const output = await connection.transaction(
      (session) =>
        session.query(query, (options.params ?? {}) as Record<string, LbugValue>, {
          maxRows: options.maxRows ?? DEFAULT_MAX_ROWS,
          timeoutMs,
        }),
      { readOnly: true },
    );
    return {
      columns: output.columns,
      rows: output.rows.map((row) => output.columns.map((column) => toPlainJson(row[column] ?? null))),
      truncated: output.truncated,
    };
  } catch (error) {
    throw translate(error, timeoutMs);
  }
}
