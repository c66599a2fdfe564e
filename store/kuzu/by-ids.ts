/**
 * Statements that start from records found by id. Unwound from a list, the ids are joined with
 * the edges that follow instead of each id's edges being read: on 10,000 bench documents one
 * claim's evidence took 20-30 ms unwound against 1 ms by its id alone, an entity's mentions 31 ms
 * against 9, and 200 claims unwound 20-40 ms. So a few ids run one by one.
 */
import type { KuzuParams, KuzuRow, Session } from './connection.ts';
import { asNumber } from '../row-values.ts';

/** Up to this many ids, a statement that follows edges runs once per id. */
export const ONE_BY_ONE = 16;

/** A statement written for `wanted`, the expression of the id it starts from. */
export type FromId = (wanted: string) => string;

export interface ByIdOptions {
  params?: KuzuParams;
  /** Rows at most, over all the ids. */
  limit?: number;
  /** The statement goes on along edges, so a few ids run one by one. */
  followsEdges?: boolean;
}

/** Rows of the statement for the ids (each once), unwound or one by one. */
export async function byIds(
  session: Session,
  ids: readonly string[],
  statement: FromId,
  options: ByIdOptions = {},
): Promise<KuzuRow[]> {
  const unique = [...new Set(ids)];
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const bounded = (text: string, taken: number) =>
    Number.isFinite(limit) ? `${text} LIMIT ${limit - taken}` : text;
  if (!options.followsEdges || unique.length > ONE_BY_ONE) {
    return session.run(bounded(`UNWIND $ids AS wanted ${statement('wanted')}`, 0), {
      ...options.params,
      ids: unique,
    });
  }
  const rows: KuzuRow[] = [];
  for (const id of unique) {
    if (rows.length >= limit) break;
    rows.push(
      ...(await session.run(bounded(statement('$wanted'), rows.length), { ...options.params, wanted: id })),
    );
  }
  return rows;
}

/**
 * The row numbers in their table (`offset(id(n))`) of the records of `table` (a label) with these
 * ids, found by primary key. A statement that filters the table by them (`WHERE
 * list_contains($rows, offset(id(n)))`) reads only their edges, where the ids unwound and
 * followed along edges are joined with the whole relationship table. Row numbers hold within a
 * read unit, where nothing is written.
 */
export async function rowNumbers(session: Session, table: string, ids: readonly string[]): Promise<number[]> {
  const rows = await session.run(
    `UNWIND $ids AS wanted MATCH (n${table} {id: wanted}) RETURN offset(id(n)) AS row`,
    {
      ids: [...new Set(ids)],
    },
  );
  return rows.map((row) => asNumber(row.row));
}
