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

/**
 * Table functions a query may CALL: catalogue look-ups and full-text search, which read. Any
 * other (`CALL checkpoint_threshold=1` changes a setting for the whole database, others clear
 * caches or warnings) is refused.
 */
const READING_FUNCTIONS = new Set([
  'CURRENT_SETTING',
  'DB_VERSION',
  'QUERY_FTS_INDEX',
  'SHOW_CONNECTION',
  'SHOW_FUNCTIONS',
  'SHOW_INDEXES',
  'SHOW_MACROS',
  'SHOW_SEQUENCES',
  'SHOW_TABLES',
  'TABLE_INFO',
]);
/**
 * Kùzu builds a list whole, in one step no time limit interrupts: `range(1, 2000000)` took
 * 25 s and 1.6 GB here. Literal ranges are checked against this before the query runs.
 */
export const MAX_LIST_ELEMENTS = 100_000;

/** A query outside string literals, quoted names and comments (each replaced by a space). */
function codeOf(query: string): string {
  return query.replace(
    /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`]|``)*`|\/\/[^\n]*|\/\*[\s\S]*?\*\//g,
    ' ',
  );
}

/** Keywords of a query outside string literals, quoted names and comments, upper-cased. */
function keywords(query: string): string[] {
  return (codeOf(query).match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? []).map((word) => word.toUpperCase());
}

function refuseUnboundedWork(query: string): void {
  const code = codeOf(query);
  for (const [, name = '', assignment] of code.matchAll(/\bCALL\s+([A-Za-z_][A-Za-z0-9_]*)\s*(=)?/gi)) {
    if (assignment)
      throw new ReadOnlyQueryError(`CALL ${name}=... changes a database setting and is refused`);
    if (!READING_FUNCTIONS.has(name.toUpperCase())) {
      throw new ReadOnlyQueryError(
        `CALL ${name} is refused: queries may call only ${[...READING_FUNCTIONS].join(', ').toLowerCase()}`,
      );
    }
  }
  for (const [, first = '', second = '', step = '1'] of code.matchAll(
    /\brange\s*\(\s*(-?\d+)\s*,\s*(-?\d+)\s*(?:,\s*(-?\d+)\s*)?\)/gi,
  )) {
    const size = Math.floor((Number(second) - Number(first)) / Number(step)) + 1;
    if (size > MAX_LIST_ELEMENTS) {
      throw new QueryError(
        `range(${first}, ${second}) would build a list of ${size} elements; a query may build at most ${MAX_LIST_ELEMENTS}`,
      );
    }
  }
}

/**
 * Kùzu computes a whole result before the first row is read, so the row cap goes into the
 * query: ` LIMIT n` after its final RETURN when that has none (not across UNION, whose LIMIT
 * would bind the last part only, nor inside a subquery's braces).
 */
export function withRowCap(query: string, maxRows: number): string {
  const code = codeOf(query).replace(/;\s*$/, '');
  if (/\bUNION\b/i.test(code)) return query;
  let depth = 0;
  let lastReturn = -1;
  for (const match of code.matchAll(/[{}]|\bRETURN\b/gi)) {
    if (match[0] === '{') depth++;
    else if (match[0] === '}') depth--;
    else if (depth === 0) lastReturn = match.index;
  }
  if (lastReturn < 0 || /\bLIMIT\b/i.test(code.slice(lastReturn))) return query;
  return `${query.replace(/;\s*$/, '')}\nLIMIT ${maxRows}`;
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
/** The engine's words when a query's working memory outgrew its database's buffer pool. */
const OUT_OF_MEMORY = /buffer pool is full|unable to allocate memory/i;

function translate(error: unknown, timeoutMs: number, memoryBytes: number): Error {
  if (!(error instanceof KuzuStatementError))
    return error instanceof Error ? error : new Error(String(error));
  if (WRITE_REFUSED.test(error.message)) {
    return new ReadOnlyQueryError(`the query would change the store and was refused: ${error.message}`);
  }
  if (INTERRUPTED.test(error.message)) return new QueryError(`the query ran longer than ${timeoutMs} ms`);
  if (OUT_OF_MEMORY.test(error.message)) {
    return new QueryError(
      `the query needed more than ${Math.round(memoryBytes / 1024 / 1024)} MB, the memory a query may use ` +
        '(EVIGRAPH_QUERY_MEMORY_MB, --query-memory)',
    );
  }
  return new QueryError(error.message);
}

export async function runReadOnlyCypher(
  connection: SerialConnection,
  query: string,
  options: CypherOptions,
  /** The buffer pool of the connection's database, which bounds the query's memory. */
  memoryBytes: number,
): Promise<CypherResult & { truncated: boolean }> {
  refuseServerAccess(query);
  refuseUnboundedWork(query);
  for (const [name, value] of Object.entries(options.params ?? {})) checkParameter(value, `$${name}`);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  try {
    const output = await connection.transaction(
      (session) =>
        // One row past the cap tells whether the cap cut anything.
        session.query(withRowCap(query, maxRows + 1), (options.params ?? {}) as Record<string, LbugValue>, {
          maxRows,
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
    throw translate(error, timeoutMs, memoryBytes);
  }
}
