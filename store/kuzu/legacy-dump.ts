/**
 * Run as a process of its own by legacy-source.ts: opens a Kùzu 0.11 store and writes to stdout
 * either its graph-json (`graph`) or every document's batch (`batches`), one JSON value a line.
 * Only the Kùzu library is loaded here (see engine.ts). The store is read from a scratch copy,
 * opened read-write, so that one still keeping evidence as lists on its edges is upgraded there
 * (evidence-upgrade.ts) and the original is never changed.
 */
import { once } from 'node:events';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { legacyKuzuEngine } from './engine.ts';
import { openKuzuStore } from './kuzu-store.ts';

const [path, what] = process.argv.slice(2);
if (!path || (what !== 'graph' && what !== 'batches')) {
  throw new Error('usage: legacy-dump.ts PATH graph|batches');
}
if (!existsSync(path)) throw new Error(`there is no store at ${path} to open read-only`);
const scratch = mkdtempSync(join(tmpdir(), 'evigraph-kuzu-0.11-'));
const copy = join(scratch, 'store');
copyFileSync(path, copy);
if (existsSync(`${path}.wal`)) copyFileSync(`${path}.wal`, `${copy}.wal`);
const store = await openKuzuStore(copy, { engine: await legacyKuzuEngine(), scratchCopy: true }).catch(
  (error: unknown) => {
    rmSync(scratch, { recursive: true, force: true });
    throw error;
  },
);
try {
  const write = async (value: unknown) => {
    if (!process.stdout.write(`${JSON.stringify(value)}\n`)) await once(process.stdout, 'drain');
  };
  if (what === 'graph') await write(await store.exportGraph());
  else for await (const batch of store.exportBatches()) await write(batch);
} finally {
  await store.close();
  rmSync(scratch, { recursive: true, force: true });
}
