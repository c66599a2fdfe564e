/**
 * `evigraph remove` and re-ingesting a changed or emptied file, as a user runs them: the store
 * afterwards exports byte-identical to one that never held what was removed or replaced.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evigraph } from './cli-harness.ts';

const SAMPLES = join(import.meta.dirname, '..', 'data', 'samples', 'en');
/** Three of our English samples that share entities (APT28, the GRU, Fancy Bear...). */
const FILES = ['01-macronleaks.txt', '02-dnc-hack.txt', '04-solarwinds.txt'] as const;

const root = await mkdtemp(join(tmpdir(), 'evigraph-remove-'));
after(() => rm(root, { recursive: true, force: true }));

/** A working folder holding `files` under `docs/`, the names the store will record. */
async function workspace(name: string, files: readonly string[]): Promise<string> {
  const dir = join(root, name);
  await mkdir(join(dir, 'docs'), { recursive: true });
  for (const file of files) await copyFile(join(SAMPLES, file), join(dir, 'docs', file));
  return dir;
}

async function run(args: string[], dir: string): Promise<string> {
  const result = await evigraph(args, dir);
  assert.equal(result.code, 0, `evigraph ${args.join(' ')}: ${result.stderr}`);
  return result.stdout;
}

const exportOf = (dir: string) =>
  run(['export', '--store', `kuzu:${join(dir, 'store')}`, '--format', 'graph-json'], dir);
const ingest = (dir: string, paths: string[]) =>
  run(['ingest', '--store', `kuzu:${join(dir, 'store')}`, ...paths], dir);

test('remove by path or id leaves the store the other files alone would give', async () => {
  const [first, second, third] = FILES;
  const alone = await workspace('alone', [first, third]);
  await ingest(alone, ['docs']);
  const expected = await exportOf(alone);

  const dir = await workspace('all', FILES);
  await ingest(dir, ['docs']);
  const store = `kuzu:${join(dir, 'store')}`;
  const removed = await run(['remove', '--store', store, `docs/${second}`], dir);
  assert.match(removed, /^removed doc_/);
  assert.equal(await exportOf(dir), expected);

  const missing = await evigraph(['remove', '--store', store, 'docs/no-such-file.txt'], dir);
  assert.notEqual(missing.code, 0);
  assert.match(missing.stderr, /no stored document matches docs\/no-such-file\.txt/);

  const [id] = removed.trim().split(' ').slice(1);
  assert.ok(id);
  await ingest(dir, [`docs/${second}`]);
  await run(['remove', '--store', store, id], dir);
  assert.equal(await exportOf(dir), expected, 'removed again by its id');
});

test('a changed file ingested again replaces its earlier version', async () => {
  const [first, second, third] = FILES;
  const expectedDir = await workspace('changed-expected', [first]);
  await copyFile(join(SAMPLES, third), join(expectedDir, 'docs', second));
  await ingest(expectedDir, ['docs']);
  const expected = await exportOf(expectedDir);

  const dir = await workspace('changed', [first, second]);
  await ingest(dir, ['docs']);
  await copyFile(join(SAMPLES, third), join(dir, 'docs', second));
  await ingest(dir, [`docs/${second}`]);
  assert.equal(await exportOf(dir), expected);
});

test('a file emptied and ingested again removes its earlier version; an empty new file is an error', async () => {
  const [first, second] = FILES;
  const alone = await workspace('emptied-expected', [first]);
  await ingest(alone, ['docs']);
  const expected = await exportOf(alone);

  const dir = await workspace('emptied', [first]);
  const store = `kuzu:${join(dir, 'store')}`;
  await ingest(dir, [`docs/${first}`]);
  await copyFile(join(SAMPLES, second), join(dir, 'docs', second));
  await ingest(dir, [`docs/${second}`]);
  await writeFile(join(dir, 'docs', second), '');
  const emptied = await evigraph(['ingest', '--store', store, `docs/${second}`], dir);
  assert.equal(emptied.code, 0, emptied.stderr);
  assert.match(
    emptied.stderr,
    new RegExp(`removed: docs/${second.replace('.', '\\.')}: its file is now empty`),
  );
  assert.match(emptied.stdout, /removed 1 emptied/);
  assert.equal(await exportOf(dir), expected);

  await writeFile(join(dir, 'docs', 'never-seen.txt'), '');
  const fresh = await evigraph(['ingest', '--store', store, 'docs/never-seen.txt'], dir);
  assert.notEqual(fresh.code, 0);
  assert.match(fresh.stderr, /never-seen\.txt.*\(empty\)/);
  assert.equal(await exportOf(dir), expected, 'a refused empty file changes nothing');
});
