/**
 * Containers read again (JSON Lines, JSON records, feeds), as a user runs `evigraph ingest`: the
 * entries a container no longer gives are retracted, an emptied container retracts all it gave,
 * and the store then exports byte-identical to one that never held them.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { BIN, evigraph, serverUrl } from './cli-harness.ts';

const SAMPLES = join(import.meta.dirname, '..', 'data', 'samples', 'en');
const PLAIN = '01-macronleaks.txt';
/** Our own English samples, which share entities with PLAIN and with each other. */
const RECORD_FILES = [
  '02-dnc-hack.txt',
  '04-solarwinds.txt',
  '05-colonial-pipeline.txt',
  '08-notpetya.txt',
] as const;

const root = await mkdtemp(join(tmpdir(), 'evigraph-containers-'));
after(() => rm(root, { recursive: true, force: true }));

const record = async (file: string) => ({ title: file, text: await readFile(join(SAMPLES, file), 'utf8') });
const first = await record(RECORD_FILES[0]);
const second = await record(RECORD_FILES[1]);
const third = await record(RECORD_FILES[2]);
const fourth = await record(RECORD_FILES[3]);
const records = [first, second, third];

const jsonLines = (entries: readonly object[]) => entries.map((entry) => JSON.stringify(entry)).join('\n');

/** Plain text as the HTML a feed item carries. */
const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${paragraph.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('');

/** An RSS feed whose items have no link, so they are named after the file. */
function feed(entries: readonly { title: string; text: string }[]): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const items = entries.map(
    (entry) =>
      `<item><title>${escape(entry.title)}</title><description>${escape(paragraphs(entry.text))}</description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.join('')}</channel></rss>`;
}

/** A working folder with PLAIN and the given files under `docs/`, the names the store records. */
async function workspace(name: string, files: Record<string, string>): Promise<string> {
  const dir = join(root, name);
  await mkdir(join(dir, 'docs'), { recursive: true });
  await copyFile(join(SAMPLES, PLAIN), join(dir, 'docs', PLAIN));
  for (const [file, content] of Object.entries(files)) await writeFile(join(dir, 'docs', file), content);
  return dir;
}

async function run(args: string[], dir: string): Promise<{ stdout: string; stderr: string }> {
  const result = await evigraph(args, dir);
  assert.equal(result.code, 0, `evigraph ${args.join(' ')}: ${result.stderr}`);
  return result;
}

const store = (dir: string) => `kuzu:${join(dir, 'store')}`;
const exportOf = async (dir: string) =>
  (await run(['export', '--store', store(dir), '--format', 'graph-json'], dir)).stdout;
const ingest = (dir: string, paths: string[]) => run(['ingest', '--store', store(dir), ...paths], dir);

/** The export of a store that only ever read `files` beside PLAIN. */
async function neverHadThem(name: string, files: Record<string, string>): Promise<string> {
  const dir = await workspace(name, files);
  await ingest(dir, ['docs']);
  return exportOf(dir);
}

test('an emptied JSON Lines file retracts every document it gave', async () => {
  const expected = await neverHadThem('jsonl-emptied-expected', {});
  const dir = await workspace('jsonl-emptied', { 'wire.jsonl': jsonLines(records) });
  await ingest(dir, ['docs']);
  assert.notEqual(await exportOf(dir), expected);
  await writeFile(join(dir, 'docs', 'wire.jsonl'), '');
  const { stdout, stderr } = await ingest(dir, ['docs/wire.jsonl']);
  for (const line of [1, 2, 3])
    assert.match(stderr, new RegExp(`removed: docs/wire\\.jsonl#L${line}: docs/wire\\.jsonl is now empty`));
  assert.match(stdout, /removed 3 /);
  assert.equal(await exportOf(dir), expected);
});

test('a JSON Lines file that lost a line retracts it, and the lines that moved up are replaced', async () => {
  const remaining = jsonLines([first, third]);
  const expected = await neverHadThem('jsonl-shrunk-expected', { 'wire.jsonl': remaining });
  const dir = await workspace('jsonl-shrunk', { 'wire.jsonl': jsonLines(records) });
  await ingest(dir, ['docs']);
  await writeFile(join(dir, 'docs', 'wire.jsonl'), remaining);
  const { stderr } = await ingest(dir, ['docs/wire.jsonl']);
  assert.match(stderr, /removed: docs\/wire\.jsonl#L3: no longer in docs\/wire\.jsonl/);
  assert.equal(await exportOf(dir), expected);
});

test('a JSON array that became one record, and an emptied feed, leave what never having them gives', async () => {
  const single = JSON.stringify(second);
  const expected = await neverHadThem('json-feed-expected', { 'records.json': single });
  const dir = await workspace('json-feed', {
    'records.json': JSON.stringify([first, second]),
    'wire.rss': feed([third, fourth]),
  });
  await ingest(dir, ['docs']);
  await writeFile(join(dir, 'docs', 'records.json'), single);
  await writeFile(join(dir, 'docs', 'wire.rss'), '');
  const { stderr } = await ingest(dir, ['docs/records.json', 'docs/wire.rss']);
  assert.match(stderr, /removed: docs\/records\.json#1: no longer in docs\/records\.json/);
  assert.match(stderr, /removed: docs\/wire\.rss#2: docs\/wire\.rss is now empty/);
  assert.equal(await exportOf(dir), expected);
});

test('a container that cannot be read keeps its entries; an empty one never seen is an error', async () => {
  const dir = await workspace('unreadable', { 'records.json': JSON.stringify([first, second]) });
  await ingest(dir, ['docs']);
  const before = await exportOf(dir);
  await writeFile(join(dir, 'docs', 'records.json'), '[{"text": ');
  const broken = await evigraph(['ingest', '--store', store(dir), 'docs/records.json'], dir);
  assert.notEqual(broken.code, 0);
  assert.match(broken.stderr, /records\.json.*not valid JSON/);
  assert.equal(await exportOf(dir), before);

  await writeFile(join(dir, 'docs', 'new.jsonl'), '\n\n');
  const fresh = await evigraph(['ingest', '--store', store(dir), 'docs/new.jsonl'], dir);
  assert.notEqual(fresh.code, 0);
  assert.match(fresh.stderr, /new\.jsonl.*\(empty\)/);
  assert.equal(await exportOf(dir), before);
});

test('through a running server that holds the store, containers retract the same', async () => {
  const remaining = jsonLines([first, third]);
  const expected = await neverHadThem('served-expected', { 'wire.jsonl': remaining });
  const dir = await workspace('served', {
    'wire.jsonl': jsonLines(records),
    'records.json': JSON.stringify(fourth),
  });
  await ingest(dir, ['docs']);
  const server = spawn(process.execPath, [BIN, 'serve', '--store', store(dir), '--port', '0'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  try {
    await serverUrl(server);
    await writeFile(join(dir, 'docs', 'wire.jsonl'), remaining);
    await writeFile(join(dir, 'docs', 'records.json'), '');
    const { stderr } = await ingest(dir, ['docs/wire.jsonl', 'docs/records.json']);
    assert.match(stderr, /sending the work there/);
    assert.match(stderr, /removed: docs\/wire\.jsonl#L3: no longer in docs\/wire\.jsonl/);
    assert.match(stderr, /removed: docs\/records\.json: docs\/records\.json is now empty/);
    assert.equal(await exportOf(dir), expected);
  } finally {
    server.kill('SIGTERM');
    if (server.exitCode === null) await once(server, 'exit');
  }
});
