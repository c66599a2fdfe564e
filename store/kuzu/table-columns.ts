/**
 * The columns of a table, asked and added: what every upgrade of an older store starts from
 * (documents, relations, claims and entities all gained columns after the first stores).
 */
import type { PropertySpec } from '../../graph-schema/schema.ts';
import { asString } from '../row-values.ts';
import type { Session } from './connection.ts';
import { kuzuType, quoteName } from './ddl.ts';

/** The names of the columns `table` has. */
export async function columnsOf(session: Session, table: string): Promise<Set<string>> {
  const rows = await session.run(`CALL table_info('${table}') RETURN name`);
  return new Set(rows.map((row) => asString(row.name)));
}

/** Adds the columns to `table`, each typed as its property. */
export async function addColumns(
  session: Session,
  table: string,
  specs: readonly PropertySpec[],
): Promise<void> {
  for (const spec of specs)
    await session.run(`ALTER TABLE ${quoteName(table)} ADD ${quoteName(spec.name)} ${kuzuType(spec.type)}`);
}
