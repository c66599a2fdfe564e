// A bulk ingest run (IngestOptions.bulk) against a grouped one over the same source: the same
// outcomes in the same order, every one reported as progress, the same graph; and when the
// store refuses the load, grouped writes instead, with nothing lost.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDocuments } from '../bench/corpus.ts';
import { IngestError, type RawDocument } from '../ingest/types.ts';
import { WRITE_GROUP_SIZE, type BulkLoad, type GraphStore } from '../store/graph-store.ts';
import { openStore } from '../store/open.ts';
import { IngestService, type IngestProgress, type IngestSummary } from './ingest-service.ts';

let dir: string;
let count = 0;
const stores: GraphStore[] = [];

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evigraph-ingest-bulk-'));
});

after(async () => {
  for (const store of stores) await store.close();
  await rm(dir, { recursive: true, force: true });
});

async function freshStore(): Promise<GraphStore> {
  const store = await openStore(`ladybug:${join(dir, `store-${++count}`)}`);
  stores.push(store);
  return store;
}

/** More documents than one write group, one text twice, an empty file and an unreadable one. */
function source(): (RawDocument | IngestError)[] {
  const documents = [...generateDocuments(WRITE_GROUP_SIZE + 6)];
  const [first] = documents;
  assert.ok(first);
  return [
    ...documents,
    { ...first, uri: 'again.txt' },
    { uri: 'empty.txt', bytes: new Uint8Array(), mediaType: 'text/plain' },
    new IngestError('unreadable.txt', 'unreadable', 'permission denied'),
  ];
}

async function ingest(store: GraphStore, bulk: boolean) {
  const progress: IngestProgress[] = [];
  const summary = await new IngestService(store).ingest(source(), {
    bulk,
    onProgress: (event) => progress.push(event),
  });
  return { summary, progress };
}

const outcomes = (summary: IngestSummary) => JSON.stringify(summary.documents);

describe('bulk ingest runs', () => {
  test('every outcome and its progress, in source order, and the graph of a grouped run', async () => {
    const grouped = await freshStore();
    const bulk = await freshStore();
    const expected = await ingest(grouped, false);
    const actual = await ingest(bulk, true);
    assert.equal(actual.summary.bulkLoaded, true);
    assert.equal(expected.summary.bulkLoaded, undefined);
    assert.equal(outcomes(actual.summary), outcomes(expected.summary));
    assert.deepEqual(
      actual.progress.map((event) => [event.done, event.outcome.uri]),
      expected.progress.map((event) => [event.done, event.outcome.uri]),
    );
    assert.equal(actual.summary.skipped, 1);
    assert.equal(actual.summary.failed, 2);
    assert.equal(JSON.stringify(await bulk.exportGraph()), JSON.stringify(await grouped.exportGraph()));
  });

  test('a store that refuses the load gets grouped writes: nothing is lost, the reason is kept', async () => {
    const grouped = await freshStore();
    const refusing = await freshStore();
    const head = source().slice(0, 10) as RawDocument[];
    for (const store of [grouped, refusing]) await new IngestService(store).ingest(head);
    const expected = await ingest(grouped, false);
    const actual = await ingest(refusing, true);
    assert.match(actual.summary.bulkLoadFailure ?? '', /fills an empty store, and .* holds 10 documents/);
    assert.equal(actual.summary.bulkLoaded, undefined);
    assert.equal(outcomes(actual.summary), outcomes(expected.summary));
    assert.equal(actual.summary.skipped, 11, 'the ten stored texts and the repeated one');
    assert.equal(JSON.stringify(await refusing.exportGraph()), JSON.stringify(await grouped.exportGraph()));
  });
  test('a load that fails when it is written: its documents fail with the reason, the store stays empty and usable', async () => {
    const store = await freshStore();
    const startBulkLoad = store.startBulkLoad?.bind(store);
    assert.ok(startBulkLoad);
    // The real load, whose evidence file is lost just before it is written: the engine's COPY fails.
    const losing: GraphStore = Object.assign(Object.create(store) as GraphStore, {
      startBulkLoad: async (): Promise<BulkLoad> => {
        const before = new Set(readdirSync(tmpdir()));
        const load = await startBulkLoad();
        const [folder] = readdirSync(tmpdir()).filter(
          (name) => name.startsWith('evigraph-bulk-') && !before.has(name),
        );
        assert.ok(folder, 'the load keeps its files in a folder of its own');
        return {
          add: (batch) => load.add(batch),
          abort: () => load.abort(),
          finish: () => {
            for (const file of readdirSync(join(tmpdir(), folder)))
              if (file.endsWith('-EVIDENCE.csv')) rmSync(join(tmpdir(), folder, file));
            return load.finish();
          },
        };
      },
    });
    const failed = await ingest(losing, true);
    assert.match(failed.summary.bulkLoadFailure ?? '', /No file found/);
    assert.equal(failed.summary.bulkLoaded, undefined);
    const statuses = new Set(failed.summary.documents.map((outcome) => outcome.status));
    assert.ok(!statuses.has('ingested'), 'no document is reported written');
    const failures = failed.summary.documents.filter((outcome) => outcome.status === 'failed');
    assert.ok(failures.length > WRITE_GROUP_SIZE);
    assert.ok(
      failures.some((outcome) => /the bulk load was refused: .*No file found/.test(JSON.stringify(outcome))),
      'the documents carry the reason',
    );
    assert.equal((await store.stats()).documents, 0);
    const grouped = await freshStore();
    const expected = await ingest(grouped, false);
    const retried = await ingest(store, true);
    assert.equal(retried.summary.bulkLoaded, true);
    assert.equal(outcomes(retried.summary), outcomes(expected.summary));
  });
});
