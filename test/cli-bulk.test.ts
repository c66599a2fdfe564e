/**
 * `evigraph ingest` into an empty store loads it with the bulk loader; `--no-bulk` writes in
 * groups instead. Both must leave the same graph and report the same outcomes; `--bulk` on a
 * store that holds documents is refused and changes nothing.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evigraph, type Run } from './cli-harness.ts';

const SAMPLES = join(import.meta.dirname, '..', 'data', 'samples');

let dir: string;
let corpus: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evigraph-cli-bulk-'));
  corpus = join(dir, 'corpus');
  await mkdir(corpus);
  // A few samples of each language, one of them twice under another name, and an empty file.
  for (const lang of ['ar', 'en', 'fr']) {
    const names = (await readdir(join(SAMPLES, lang))).filter((name) => !name.endsWith('.gold.json'));
    for (const name of names.slice(0, 4))
      await copyFile(join(SAMPLES, lang, name), join(corpus, `${lang}-${name}`));
    if (lang === 'en' && names[0])
      await copyFile(join(SAMPLES, lang, names[0]), join(corpus, `en-again-${names[0]}`));
  }
  await writeFile(join(corpus, 'empty.txt'), '');
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function ingest(store: string, ...flags: string[]): Promise<Run> {
  return evigraph(['ingest', '--json', '--store', store, ...flags, corpus], dir);
}

async function exported(store: string): Promise<string> {
  const run = await evigraph(['export', '--store', store, '--format', 'graph-json'], dir);
  assert.equal(run.code, 0, run.stderr);
  return run.stdout;
}

interface Summary {
  ingested: number;
  skipped: number;
  documents: unknown[];
  store: unknown;
  bulkLoaded?: true;
  bulkLoadFailure?: string;
}

/** What each file came to, without timings; and whether the bulk loader wrote them. */
function outcomes(run: Run): { documents: unknown[]; store: unknown; bulk: boolean } {
  const summary = JSON.parse(run.stdout) as Summary;
  assert.equal(summary.bulkLoadFailure, undefined);
  return { documents: summary.documents, store: summary.store, bulk: summary.bulkLoaded === true };
}

describe('evigraph ingest into an empty store', () => {
  test('loads in bulk by default; the graph and the outcomes are those of grouped writes', async () => {
    const bulkStore = `ladybug:${join(dir, 'bulk')}`;
    const groupedStore = `ladybug:${join(dir, 'grouped')}`;
    const bulk = await ingest(bulkStore);
    const grouped = await ingest(groupedStore, '--no-bulk');
    // The empty file fails in both, by name.
    assert.equal(bulk.code, 1);
    assert.equal(grouped.code, 1);
    assert.match(bulk.stderr, /empty\.txt/);
    assert.deepEqual(outcomes(bulk), { ...outcomes(grouped), bulk: true });
    assert.equal(outcomes(grouped).bulk, false);
    const summary = JSON.parse(bulk.stdout) as Summary;
    assert.equal(summary.ingested, 12);
    assert.equal(summary.skipped, 1);
    assert.equal(await exported(bulkStore), await exported(groupedStore));
  });

  test('--bulk on a store that holds documents is refused and changes nothing; adding without it works', async () => {
    const store = `ladybug:${join(dir, 'loaded')}`;
    assert.equal((await evigraph(['ingest', '--store', store, join(SAMPLES, 'en')], dir)).code, 0);
    const before = await exported(store);
    const refused = await ingest(store, '--bulk');
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /--bulk loads an empty store only, and .* holds \d+ documents/);
    assert.doesNotMatch(refused.stderr, /^\s+at /m, 'no stack trace');
    assert.equal(await exported(store), before);
    const added = await ingest(store);
    assert.equal(outcomes(added).bulk, false, 'a store holding documents takes grouped writes');
    assert.notEqual(await exported(store), before, added.stderr);
  });

  test('--bulk on an empty store loads it', async () => {
    const store = `ladybug:${join(dir, 'asked')}`;
    const run = await ingest(store, '--bulk');
    assert.equal(run.code, 1, 'the empty file fails');
    assert.equal((JSON.parse(run.stdout) as Summary).ingested, 12);
    assert.equal(outcomes(run).bulk, true);
  });
});
