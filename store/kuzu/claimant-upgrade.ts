/**
 * Upgrades a store written before claimants were linked to their claims (CLAIMANT_LABEL): on
 * opening it read-write, the table is created and filled from the relations' summaries
 * (`assertedBy`), in one transaction, so an interrupted upgrade leaves the store as it was and
 * runs again on the next open. A read-only holder cannot add the table, and the claims an
 * entity makes are read through it, so such a store is refused there until then.
 */
import { CLAIMANT_LABEL, DOCUMENT_LABEL, RELATION_TYPES } from '../../graph-schema/schema.ts';
import { claimantLinks } from '../claimant-links.ts';
import { asString, asStrings } from '../row-values.ts';
import type { Session } from './connection.ts';
import { claimantTableStatement } from './ddl.ts';
import { label } from './labels.ts';
import { writeClaimantLinks } from './write.ts';

/** Whether the store holds tables of an earlier version but no claimant links. */
export async function lacksClaimantLinks(session: Session): Promise<boolean> {
  const rows = await session.run('CALL show_tables() RETURN name');
  const tables = new Set(rows.map((row) => asString(row.name)));
  return tables.has(DOCUMENT_LABEL) && !tables.has(CLAIMANT_LABEL);
}

/** Creates the table and links every claimant of a stored relation; the number of links. */
export async function addClaimantLinks(session: Session): Promise<number> {
  await session.run(claimantTableStatement());
  let linked = 0;
  for (const spec of RELATION_TYPES) {
    const rows = await session.run(
      `MATCH ()-[e${label(spec.name)}]->() WHERE size(e.assertedBy) > 0
       RETURN e.id AS id, e.assertedBy AS assertedBy`,
    );
    const links = claimantLinks(
      rows.map((row) => ({ id: asString(row.id), assertedBy: asStrings(row.assertedBy) })),
    );
    await writeClaimantLinks(session, { added: links, removed: [] }, new Map());
    linked += links.length;
  }
  return linked;
}
