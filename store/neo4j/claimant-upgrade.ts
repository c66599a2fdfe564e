/**
 * Links the claimants of a graph written before claimants were linked to their claims
 * (CLAIMANT_LABEL), from each relation's summary (`assertedBy`); one relation type per
 * transaction. Each open looks for claimants without their link (a pass over the relations
 * that have claimants), so an interrupted upgrade resumes where it stopped.
 */
import { RELATION_TYPES } from '../../graph-schema/schema.ts';
import { asNumber } from '../row-values.ts';
import type { Neo4jConnection } from './connection.ts';
import { CLAIMANT_UPGRADE } from './statements.ts';

/** Links made; 0 when every claimant was linked. */
export async function upgradeClaimantLinks(connection: Neo4jConnection): Promise<number> {
  let linked = 0;
  for (const spec of RELATION_TYPES) {
    linked += await connection.write(async (querier) => {
      const [row] = await querier.run(CLAIMANT_UPGRADE.linkOfType(spec.name));
      return asNumber(row?.linked);
    });
  }
  return linked;
}
