/**
 * Document columns added after the first stores were written (`author`, `encoding`). A store
 * from before them gets them on its next read-write open (empty for the documents it holds: the
 * files they came from are not read again); a read-only holder cannot add them, and the reader
 * names every column, so such a store is refused there until it has been opened read-write once.
 */
import { DOCUMENT_LABEL, DOCUMENT_PROPERTIES, type PropertySpec } from '../../graph-schema/schema.ts';
import type { Session } from './connection.ts';
import { addColumns, columnsOf } from './table-columns.ts';

/** Document properties the store's Document table lacks. */
export async function missingDocumentColumns(session: Session): Promise<PropertySpec[]> {
  const present = await columnsOf(session, DOCUMENT_LABEL);
  return DOCUMENT_PROPERTIES.filter((spec) => !present.has(spec.name));
}

export async function addDocumentColumns(session: Session, missing: readonly PropertySpec[]): Promise<void> {
  await addColumns(session, DOCUMENT_LABEL, missing);
}
