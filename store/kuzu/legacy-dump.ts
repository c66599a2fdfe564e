/**
 * Run as a process of its own by legacy-source.ts: opens a Kùzu 0.11 store read-only and writes
 * to stdout either its graph-json (`graph`) or every document's batch (`batches`), one JSON
 * value a line. Only the Kùzu library is loaded here (see engine.ts).
 */
import { once } from 'node:events';
import { legacyKuzuEngine } from './engine.ts';
import { openKuzuStore } from './kuzu-store.ts';

const [path, what] = process.argv.slice(2);
if (!path || (what !== 'graph' && what !== 'batches')) {
  throw new Error('usage: legacy-dump.ts PATH graph|batches');
}
const store = await openKuzuStore(path, { readOnly: true, engine: await legacyKuzuEngine() });
try {
  const write = async (value: unknown) => {
    if (!process.stdout.write(`${JSON.stringify(value)}\n`)) await once(process.stdout, 'drain');
  };
  if (what === 'graph') await write(await store.exportGraph());
  else for await (const batch of store.exportBatches()) await write(batch);
} finally {
  await store.close();
}
