import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { duration, describeSummary, progressReporter } from './cli-progress.ts';
import { emptySummary, type DocumentOutcome } from './ingest-service.ts';

/** A stream that records what is written; `isTTY` and `columns` as a terminal would report them. */
function fakeStream(isTTY: boolean): { stream: NodeJS.WriteStream; written: () => string } {
  let text = '';
  const stream = {
    isTTY,
    columns: 160,
    write(chunk: string) {
      text += chunk;
      return true;
    },
  } as unknown as NodeJS.WriteStream;
  return { stream, written: () => text };
}

const ingested = (uri: string): DocumentOutcome => ({
  status: 'ingested',
  uri,
  documentId: uri,
  title: uri,
  entities: 1,
  relations: 0,
  mentions: 1,
  extractor: 'rules',
  warnings: [],
});

describe('progressReporter', () => {
  test('on a terminal: a bar, files, documents, throughput and time left, redrawn in place', () => {
    const { stream, written } = fakeStream(true);
    let clock = 0;
    const plan = [
      { path: 'a.txt', bytes: 100 },
      { path: 'b.txt', bytes: 300 },
      { path: 'c.txt', bytes: 100 },
    ];
    const reporter = progressReporter(stream, { plan, now: () => clock });
    reporter.onFile('a.txt');
    reporter.onBytes(100);
    clock = 1000;
    reporter.onProgress({ done: 1, outcome: ingested('a.txt') });
    reporter.onFile('b.txt');
    reporter.onBytes(300);
    clock = 4000;
    reporter.onProgress({ done: 2, outcome: ingested('b.txt') });
    reporter.onFile('c.txt');
    clock = 5000;
    reporter.onProgress({
      done: 3,
      outcome: { status: 'failed', uri: 'c.txt', code: 'encoding', message: 'c.txt: bad' },
    });
    reporter.finish();
    const frames = written().split('\r\x1b[K');
    // After b.txt: 400 of 500 bytes read in 4 s, so 1 s left.
    assert.ok(
      frames.some((frame) =>
        frame.startsWith(
          '[################----]  80% 2/3 files · 2 documents: 2 ingested, 0 skipped, 0 failed · 100 B/s · ETA 1 s  b.txt',
        ),
      ),
      written(),
    );
    assert.match(written(), /failed: c\.txt: bad \(encoding\)\n/);
    assert.ok(written().endsWith('\r\x1b[K'), 'the counter is cleared at the end');
  });

  test('in a log: plain lines, a progress line every 100 documents or 10 seconds', () => {
    const { stream, written } = fakeStream(false);
    let clock = 0;
    const reporter = progressReporter(stream, {
      plan: [{ path: 'big.jsonl', bytes: 1000 }],
      now: () => clock,
    });
    reporter.onFile('big.jsonl');
    for (let i = 1; i <= 150; i++) {
      clock = i * 10;
      reporter.onBytes(5);
      reporter.onProgress({ done: i, outcome: ingested(`big.jsonl#L${i}`) });
    }
    clock = 12_000;
    reporter.onProgress({
      done: 151,
      outcome: { status: 'skipped', uri: 'x', documentId: 'x', reason: 'same text', warnings: ['w'] },
    });
    reporter.finish();
    assert.equal(
      written(),
      'progress (50%): 1/1 files · 100 documents: 100 ingested, 0 skipped, 0 failed · 500 B/s · ETA 1 s\n' +
        'skipped: x: same text\n' +
        'warning: x: w\n' +
        'progress (75%): 1/1 files · 151 documents: 150 ingested, 1 skipped, 0 failed · 63 B/s · ETA 4 s\n',
    );
    assert.ok(!written().includes('\r') && !written().includes('\x1b'), 'no terminal control in a log');
  });

  test('a bulk run: documents extracted while it reads, the outcomes once the load is done', () => {
    const { stream, written } = fakeStream(false);
    let clock = 0;
    const reporter = progressReporter(stream, {
      plan: [{ path: 'big.jsonl', bytes: 1000 }],
      now: () => clock,
    });
    reporter.onFile('big.jsonl');
    for (let i = 1; i <= 120; i++) {
      clock = i * 10;
      reporter.onBytes(5);
      reporter.onExtracted(i);
    }
    clock = 2000;
    for (let i = 1; i <= 120; i++) reporter.onProgress({ done: i, outcome: ingested(`big.jsonl#L${i}`) });
    reporter.finish();
    assert.equal(
      written(),
      'progress (50%): 1/1 files · 100 documents extracted, written together at the end · 500 B/s · ETA 1 s\n',
    );
  });

  test('durations and the summary line', () => {
    assert.deepEqual([duration(42), duration(185), duration(7620)], ['42 s', '3 min 05 s', '2 h 07 min']);
    const summary = { ...emptySummary(), ingested: 2, skipped: 1, elapsedMs: 1500 };
    const stats = {
      documents: 1,
      entities: 10,
      relations: 4,
      mentions: 20,
      evidence: 5,
      entitiesByType: {},
      relationsByType: {},
    };
    const after = { ...stats, documents: 3, entities: 25, relations: 3, mentions: 50 };
    assert.equal(
      describeSummary(summary, { before: stats, after }),
      'ingested 2 documents, skipped 1 already stored in 1.5 s; the store now holds 3 documents, ' +
        '25 entities (+15), 3 relations (-1), 50 mentions (+30)',
    );
    assert.equal(describeSummary(summary), 'ingested 2 documents, skipped 1 already stored in 1.5 s');
  });
});
