import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENTITY_SUMMARY_PROPERTIES, ENTITY_TYPES } from '../../graph-schema/schema.ts';
import { allBatches } from '../fixtures.ts';
import { openStore } from '../open.ts';
import type { GraphStore } from '../graph-store.ts';
import { SerialConnection } from './connection.ts';
import { quoteName } from './ddl.ts';
import { ladybugEngine } from './engine.ts';

const root = mkdtempSync(join(tmpdir(), 'evigraph-entity-summaries-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** Takes the store back to a version whose entities kept no counts. */
async function dropEntityCounts(path: string): Promise<void> {
  const engine = await ladybugEngine();
  const database = new engine.Database(path, 256 * 1024 * 1024, true, false, 0, true, 16 * 1024 * 1024);
  const connection = await SerialConnection.open(engine, database);
  try {
    await connection.exclusive(async (session) => {
      for (const type of ENTITY_TYPES) {
        for (const spec of ENTITY_SUMMARY_PROPERTIES)
          await session.run(`ALTER TABLE ${quoteName(type.name)} DROP ${quoteName(spec.name)}`);
      }
      // Ladybug 0.19 crashed at the next checkpoint with dropped columns left in the log.
      await session.run('CHECKPOINT');
    });
  } finally {
    await connection.close();
    await database.close();
  }
}

/** The counts every entity keeps, and every entity's details as the API gives them. */
async function countsAndDetails(store: GraphStore) {
  const counts = await store.cypher(
    `MATCH (n) WHERE n.mentionCount IS NOT NULL
     RETURN n.id AS id, ${ENTITY_SUMMARY_PROPERTIES.map((spec) => `n.${spec.name}`).join(', ')} ORDER BY id`,
  );
  const details = [];
  for (const [id] of counts.rows) details.push(await store.entityDetails(String(id)));
  return { counts: counts.rows, details };
}

test('a store from before entities kept their counts gains them on a read-write open, counted from what it holds', async () => {
  const path = join(root, 'store');
  const written = await openStore(`ladybug:${path}`);
  let before;
  try {
    await written.writeBatches(allBatches);
    before = await countsAndDetails(written);
  } finally {
    await written.close();
  }
  assert.ok(before.counts.some((row) => Number(row[1]) > 0 && (row[2] as unknown[]).length > 0));
  await dropEntityCounts(path);

  await assert.rejects(
    openStore(`ladybug:${path}`, { readOnly: true }),
    /does not keep the counts of its entities/,
  );
  const upgraded = await openStore(`ladybug:${path}`);
  try {
    assert.deepEqual(await countsAndDetails(upgraded), before);
  } finally {
    await upgraded.close();
  }
  const reopened = await openStore(`ladybug:${path}`, { readOnly: true });
  try {
    assert.deepEqual(await countsAndDetails(reopened), before);
  } finally {
    await reopened.close();
  }
});
