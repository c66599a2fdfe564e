import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IngestError, type RawDocument } from '../ingest/types.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { openStore } from '../store/open.ts';
import { IngestService, type IngestProgress } from './ingest-service.ts';

// Our own sentences, written for this test.
function document(uri: string, text: string): RawDocument {
  return { uri, bytes: new TextEncoder().encode(text), mediaType: 'text/plain' };
}
const FIRST = 'The hacking group APT28 registered the domain login-example-mail.com in 2016.';
const SECOND = 'Researchers said APT29 targeted a ministry in Oslo with phishing e-mails.';

let dir: string;
let store: GraphStore;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evigraph-ingest-service-'));
  store = await openStore(`kuzu:${join(dir, 'store')}`);
});

after(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

describe('IngestService', () => {
  test('every document gets an outcome; failures do not stop the others', async () => {
    const progress: IngestProgress[] = [];
    const summary = await new IngestService(store).ingest(
      [
        document('first.txt', FIRST),
        new IngestError('unreadable.txt', 'unreadable', 'permission denied'),
        document('empty.txt', '   '),
        document('huge.txt', 'x'.repeat(2048)),
        document('second.txt', SECOND),
      ],
      { total: 5, maxDocumentBytes: 1024, onProgress: (event) => progress.push(event) },
    );
    assert.deepEqual(
      summary.documents.map((outcome) => [outcome.uri, outcome.status]),
      [
        ['first.txt', 'ingested'],
        ['unreadable.txt', 'failed'],
        ['empty.txt', 'failed'],
        ['huge.txt', 'failed'],
        ['second.txt', 'ingested'],
      ],
    );
    assert.deepEqual(
      summary.documents.flatMap((outcome) => (outcome.status === 'failed' ? [outcome.code] : [])),
      ['unreadable', 'empty', 'too-large'],
    );
    assert.equal(summary.ingested, 2);
    assert.equal(summary.failed, 3);
    assert.ok(summary.entities > 0);
    assert.deepEqual(
      progress.map((event) => [event.done, event.total]),
      [1, 2, 3, 4, 5].map((done) => [done, 5]),
    );
    assert.equal((await store.listDocuments()).length, 2);
  });

  test('a text already stored is skipped and the stored copy is named', async () => {
    const summary = await new IngestService(store).ingest([document('copy-of-first.txt', FIRST)]);
    const [outcome] = summary.documents;
    assert.equal(outcome?.status, 'skipped');
    assert.ok(outcome?.status === 'skipped' && outcome.reason.includes('first.txt'));
    assert.equal(summary.skipped, 1);
    assert.equal((await store.listDocuments()).length, 2);
  });

  test('a text listed twice in one run is written once, outcomes in the order sent', async () => {
    const fourth = 'Analysts at Example Security said Sandworm attacked a power company in Kyiv.';
    const fifth = 'The group Turla used a satellite link to hide its servers in Berlin.';
    const summary = await new IngestService(store).ingest([
      document('fourth.txt', fourth),
      document('fourth-again.txt', fourth),
      document('fifth.txt', fifth),
    ]);
    assert.deepEqual(
      summary.documents.map((outcome) => [outcome.uri, outcome.status]),
      [
        ['fourth.txt', 'ingested'],
        ['fourth-again.txt', 'skipped'],
        ['fifth.txt', 'ingested'],
      ],
    );
    const [, again] = summary.documents;
    assert.ok(again?.status === 'skipped' && again.reason.endsWith('as fourth.txt'));
    assert.equal((await store.listDocuments()).length, 4);
  });

  test('concurrent runs are queued, so a text sent twice at once is stored once', async () => {
    const service = new IngestService(store);
    const third = 'The company Example Telecom said its network in Lyon was attacked.';
    const [a, b] = await Promise.all([
      service.ingest([document('third-a.txt', third)]),
      service.ingest([document('third-b.txt', third)]),
    ]);
    assert.deepEqual([a.ingested, b.skipped], [1, 1]);
    assert.equal((await store.listDocuments()).length, 5);
  });

  test('an emptied source removes its stored version, in source order; an empty new one fails', async () => {
    const own = await openStore(`kuzu:${join(dir, 'emptied-store')}`);
    try {
      const summary = await new IngestService(own).ingest([
        document('notes.txt', SECOND),
        document('notes.txt', '  '),
        document('never-seen.txt', ''),
      ]);
      assert.deepEqual(
        summary.documents.map((outcome) => [outcome.uri, outcome.status]),
        [
          ['notes.txt', 'ingested'],
          ['notes.txt', 'removed'],
          ['never-seen.txt', 'failed'],
        ],
      );
      const [ingested, removed] = summary.documents;
      assert.ok(ingested?.status === 'ingested' && removed?.status === 'removed');
      assert.deepEqual(removed.documentIds, [ingested.documentId]);
      assert.equal(removed.reason, 'its file is now empty');
      assert.deepEqual([summary.ingested, summary.removed, summary.failed], [1, 1, 1]);
      assert.deepEqual(await own.listDocuments(), []);
      assert.equal((await own.stats()).entities, 0);
    } finally {
      await own.close();
    }
  });
});
