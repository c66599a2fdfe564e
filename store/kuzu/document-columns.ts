/**
 * Document columns added after the first stores were written (`author`, `encoding`). A store
 * from before them gets them on its next read-write open (empty for the documents it holds: the
 * files they came from are not read again); a read-only holder cannot add them, and the reader
 * names every column, so such a store is refused there until it has been opened read-write once.
 */
import { DOCUMENT_LABEL, DOCUMENT_PROPERTIES, type PropertySpec } from '../../graph-schema/schema.ts';
import { asString } from '../row-values.ts';
import type { Session } from './connection.ts';
import { kuzuType, quoteName } from './ddl.ts';

/** Document properties the store's Document table lacks. */
export async function missingDocumentColumns(session: Session): Promise<PropertySpec[]> {
  const rows = await session.run(`CALL table_info('${DOCUMENT_LABEL}') RETURN name`);
  const present = new Set(rows.map((row) => asString(row.name)));
  return DOCUMENT_PROPERTIES.filter((spec) => !present.has(spec.name));
}

export async function addDocumentColumns(session: Session, missing: readonly PropertySpec[]): Promise<void> {
  for (const spec of missing) {
    await session.run(
      `ALTER TABLE ${quoteName(DOCUMENT_LABEL)} ADD ${quoteName(spec.name)} ${kuzuType(spec.type)}`,
    );
  }
}
