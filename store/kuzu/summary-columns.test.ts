import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLAIM_LABEL, FIRST_PIECE_PROPERTIES, RELATION_TYPES } from '../../graph-schema/schema.ts';
import { allBatches } from '../fixtures.ts';
import { openStore } from '../open.ts';
import { SerialConnection } from './connection.ts';
import { quoteName } from './ddl.ts';
import { ladybugEngine } from './engine.ts';

const root = mkdtempSync(join(tmpdir(), 'evigraph-summary-columns-'));
after(() => rmSync(root, { recursive: true, force: true }));

/**
 * Takes the store back to a version whose relation summaries had no languages or days and whose
 * claims kept no first pieces, the edges naming their first documents instead (as the version
 * before the first pieces did).
 */
async function dropLaterSummaryColumns(path: string): Promise<void> {
  const engine = await ladybugEngine();
  const database = new engine.Database(path, 256 * 1024 * 1024, true, false, 0, true, 16 * 1024 * 1024);
  const connection = await SerialConnection.open(engine, database);
  try {
    await connection.exclusive(async (session) => {
      for (const spec of RELATION_TYPES) {
        for (const column of ['langs', 'dates'])
          await session.run(`ALTER TABLE ${quoteName(spec.name)} DROP ${quoteName(column)}`);
        await session.run(`ALTER TABLE ${quoteName(spec.name)} ADD firstDocuments STRING[]`);
      }
      for (const spec of FIRST_PIECE_PROPERTIES)
        await session.run(`ALTER TABLE ${quoteName(CLAIM_LABEL)} DROP ${quoteName(spec.name)}`);
    });
  } finally {
    await connection.close();
    await database.close();
  }
}

test('a store from before summaries recorded languages, days and first pieces gains them, from its evidence, on a read-write open, and loses its first documents', async () => {
  const path = join(root, 'store');
  const written = await openStore(`ladybug:${path}`);
  let summaries;
  let previews;
  let exported;
  try {
    await written.writeBatches(allBatches);
    summaries = await written.overview(100, 'summary');
    previews = await written.overview(100, 'preview');
    exported = JSON.stringify(await written.exportGraph());
  } finally {
    await written.close();
  }
  assert.ok(summaries.edges.some((edge) => edge.dates.length > 0 && edge.langs.length > 0));
  // A preview's first sentences are those the summary keeps.
  assert.ok(previews.edges.every((edge) => edge.evidence.length > 0));
  await dropLaterSummaryColumns(path);

  await assert.rejects(
    openStore(`ladybug:${path}`, { readOnly: true }),
    /relation summaries of an earlier version/,
  );
  const upgraded = await openStore(`ladybug:${path}`);
  try {
    assert.deepEqual(await upgraded.overview(100, 'summary'), summaries);
    assert.deepEqual(await upgraded.overview(100, 'preview'), previews);
    assert.equal(JSON.stringify(await upgraded.exportGraph()), exported);
    const [anyType] = RELATION_TYPES;
    assert.ok(anyType);
    const columns = await upgraded.cypher(`CALL table_info('${anyType.name}') RETURN name`);
    assert.ok(
      !columns.rows.some((row) => Object.values(row).includes('firstDocuments')),
      'the first documents the first pieces replace are dropped',
    );
  } finally {
    await upgraded.close();
  }
  const reopened = await openStore(`ladybug:${path}`, { readOnly: true });
  try {
    assert.deepEqual(await reopened.overview(100, 'summary'), summaries);
  } finally {
    await reopened.close();
  }
});
