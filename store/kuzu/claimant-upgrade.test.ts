import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lbug from '@ladybugdb/core';
import { CLAIMANT_LABEL } from '../../graph-schema/schema.ts';
import { allBatches } from '../fixtures.ts';
import type { GraphStore } from '../graph-store.ts';
import { openStore } from '../open.ts';

const root = mkdtempSync(join(tmpdir(), 'evigraph-claimant-upgrade-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Every entity's claims, as entity details list them. */
async function claimsOfEveryEntity(store: GraphStore): Promise<string[]> {
  const claims: string[] = [];
  for (const node of (await store.exportGraph()).nodes) {
    const details = await store.entityDetails(node.id, { limit: 500 });
    for (const edge of details?.claims ?? []) claims.push(`${node.id} ${edge.id}`);
  }
  return claims.sort();
}

test('a store written before claimants were linked to their claims is upgraded on opening, exactly', async () => {
  const folder = join(root, 'store');
  mkdirSync(folder);
  const path = join(folder, 'graph.lbug');
  const written = await openStore(`ladybug:${path}`);
  for (const batch of allBatches) await written.writeBatch(batch);
  const expected = await claimsOfEveryEntity(written);
  const graph = JSON.stringify(await written.exportGraph());
  await written.close();
  assert.ok(expected.length > 0, 'the fixtures have claimants');

  // The store as an earlier version left it: no table of claimant links.
  const database = new lbug.Database(path);
  const connection = new lbug.Connection(database);
  const result = await connection.query(`DROP TABLE \`${CLAIMANT_LABEL}\``);
  for (const single of Array.isArray(result) ? result : [result]) single.close();
  await connection.close();
  await database.close();

  await assert.rejects(
    openStore(`ladybug:${path}`, { readOnly: true }),
    /does not link claimants to their claims.*open it once read-write/,
  );
  const upgraded = await openStore(`ladybug:${path}`);
  try {
    assert.deepEqual(await claimsOfEveryEntity(upgraded), expected);
    assert.equal(JSON.stringify(await upgraded.exportGraph()), graph);
  } finally {
    await upgraded.close();
  }
  const reader = await openStore(`ladybug:${path}`, { readOnly: true });
  try {
    assert.deepEqual(await claimsOfEveryEntity(reader), expected, 'read-only once upgraded');
  } finally {
    await reader.close();
  }
});
