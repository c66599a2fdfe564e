// The sample corpus through the real pipeline into an embedded store, then copied into a
// second one: the copy must be identical, and every fragment the store returns must hold
// together. Real documents reach id combinations that small fixtures do not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSources } from '../ingest/read.ts';
import { ingestDocument } from '../ingest/pipeline.ts';
import { IngestError } from '../ingest/types.ts';
import { openStore } from '../store/open.ts';
import { copyStore } from '../store/copy.ts';

test('samples survive a store-to-store copy and every neighbourhood is consistent', async () => {
  const directory = mkdtempSync(join(tmpdir(), 'evigraph-round-trip-'));
  const loading = await openStore(`kuzu:${join(directory, 'a')}`);
  for await (const raw of readSources(['data/samples'])) {
    if (raw instanceof IngestError) throw raw;
    await loading.writeBatch(ingestDocument(raw).batch);
  }
  await loading.close();
  // Read back from disk, as a later command or a restarted server does.
  const source = await openStore(`kuzu:${join(directory, 'a')}`);
  const target = await openStore(`kuzu:${join(directory, 'b')}`);
  try {
    await copyStore(source, target);
    const original = await source.exportGraph();
    assert.ok(original.nodes.length > 100, 'the samples should give a sizeable graph');
    assert.equal(JSON.stringify(await target.exportGraph()), JSON.stringify(original));

    for (const node of original.nodes) {
      const fragment = await source.neighbors(node.id, 500);
      const present = new Set(fragment.nodes.map((n) => n.id));
      assert.ok(present.has(node.id), `neighbours of ${node.name} lack the node itself`);
      for (const edge of fragment.edges) {
        assert.ok(present.has(edge.source) && present.has(edge.target), `dangling edge ${edge.id}`);
        assert.ok(edge.source === node.id || edge.target === node.id || present.has(edge.source));
      }
      const expected = original.edges.filter((e) => e.source === node.id || e.target === node.id).length;
      const touching = fragment.edges.filter((e) => e.source === node.id || e.target === node.id).length;
      assert.equal(touching, expected, `neighbours of ${node.name}: ${touching} edges, expected ${expected}`);
    }
  } finally {
    await source.close();
    await target.close();
    rmSync(directory, { recursive: true, force: true });
  }
});
