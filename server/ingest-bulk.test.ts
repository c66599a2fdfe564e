// A bulk ingest run (IngestOptions.bulk) against a grouped one over the same source: the same
// outcomes in the same order, every one reported as progress, the same graph; and when the
// store refuses the load, grouped writes instead, with nothing lost.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDocuments } from '../bench/corpus.ts';
import { IngestError, type RawDocument } from '../ingest/types.ts';
import { WRITE_GROUP_SIZE, type GraphStore } from '../store/graph-store.ts';
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
});
