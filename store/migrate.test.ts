import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allBatches } from './fixtures.ts';
import { legacyKuzuSource } from './kuzu/legacy-source.ts';
import { MigrationError, migrateStore } from './migrate.ts';
import { openStore } from './open.ts';

const root = mkdtempSync(join(tmpdir(), 'evigraph-migrate-'));
after(() => rmSync(root, { recursive: true, force: true }));

const module = (name: string) => JSON.stringify(fileURLToPath(new URL(name, import.meta.url)));

/**
 * A store as earlier versions left it: Kùzu 0.11 tables written by the same statements, in a
 * process of its own (this one loads Ladybug, and the two libraries do not share a process).
 */
async function writeKuzuStore(path: string): Promise<void> {
  const script = `
    const { SerialConnection } = await import(${module('./kuzu/connection.ts')});
    const { kuzuSchemaStatements } = await import(${module('./kuzu/ddl.ts')});
    const { legacyKuzuEngine } = await import(${module('./kuzu/engine.ts')});
    const { writeBatches } = await import(${module('./kuzu/write.ts')});
    const { allBatches } = await import(${module('./fixtures.ts')});
    const engine = await legacyKuzuEngine();
    const database = new engine.Database(${JSON.stringify(path)}, 256 * 1024 * 1024, true, false, 0, true, 16 * 1024 * 1024);
    const connection = await SerialConnection.open(engine, database);
    await connection.exclusive(async (session) => {
      for (const statement of kuzuSchemaStatements()) await session.run(statement);
    });
    await connection.transaction((session) => writeBatches(session, allBatches, '2026-01-01T00:00:00.000Z'));
    await connection.close();
    await database.close();
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const [code] = (await once(child, 'close')) as [number | null];
  assert.equal(code, 0, 'the Kùzu 0.11 store was written');
}

test('a Kùzu 0.11 store is refused by name and migrates into Ladybug with the same export', async () => {
  const old = join(root, 'old');
  await writeKuzuStore(old);
  await assert.rejects(openStore(`kuzu:${old}`), /written by Kùzu 0.11.*evigraph migrate --from kuzu-0\.11:/);
  await assert.rejects(openStore(`kuzu-0.11:${old}`), /can only be read to move it/);

  const from = legacyKuzuSource(old, `kuzu-0.11:${old}`);
  const to = await openStore(`ladybug:${join(root, 'new')}`);
  try {
    const progress = await migrateStore(from, to);
    assert.equal(progress.documents, allBatches.length);
    const graph = await to.exportGraph();
    assert.equal(graph.documents.length, allBatches.length);
    assert.equal(JSON.stringify(graph), JSON.stringify(await from.exportGraph()));
    await assert.rejects(migrateStore(from, to), MigrationError, 'a store holding documents is refused');
  } finally {
    await to.close();
  }
});

test('a missing Kùzu 0.11 store fails with the reason', async () => {
  await assert.rejects(
    legacyKuzuSource(join(root, 'absent'), 'kuzu-0.11:absent').exportGraph(),
    /could not read the Kùzu 0.11 store .*no store at/,
  );
});
