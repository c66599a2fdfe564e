/**
 * Same documents, different order, same graph: the seed articles and the sample corpus are
 * ingested in two different orders into two fresh Kùzu stores, and the graph-json exports
 * must be byte-identical (ids, names, aliases, edges, evidence and their order).
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { ingestDocument } from '../ingest/pipeline.ts';
import type { MediaType, RawDocument } from '../ingest/types.ts';
import { openStore } from '../store/open.ts';

const ROOT = join(import.meta.dirname, '..');
const SEEDS = join(ROOT, '..', 'shared', 'seeds');
const SAMPLES = join(ROOT, 'data', 'samples');
const MEDIA_TYPES: Record<string, MediaType> = {
  '.txt': 'text/plain',
  '.html': 'text/html',
  '.md': 'text/markdown',
};

function documentsIn(directory: string): RawDocument[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => MEDIA_TYPES[extname(file)] && !file.endsWith('README.md'))
    .sort()
    .map((file) => {
      const path = join(directory, file);
      return { uri: path, bytes: readFileSync(path), mediaType: MEDIA_TYPES[extname(file)] as MediaType };
    });
}

const directories: string[] = [];
after(() => {
  for (const directory of directories) rmSync(directory, { recursive: true, force: true });
});

async function exportAfterIngesting(documents: readonly RawDocument[]): Promise<string> {
  const directory = mkdtempSync(join(tmpdir(), 'evigraph-determinism-'));
  directories.push(directory);
  const store = await openStore(`kuzu:${join(directory, 'store')}`);
  try {
    for (const raw of documents) await store.writeBatch(ingestDocument(raw).batch);
    return JSON.stringify(await store.exportGraph());
  } finally {
    await store.close();
  }
}

test('ingest order does not change the exported graph', async () => {
  const documents = [...documentsIn(SEEDS), ...documentsIn(SAMPLES)];
  if (!existsSync(SEEDS)) console.log(`seed articles not found at ${SEEDS}: checking the samples only`);
  assert.ok(documents.length >= 4, `documents to ingest, found ${documents.length}`);
  // Interleave from both ends: a different order in which every document changes position.
  const shuffled = documents.map((_, index) =>
    index % 2 === 0 ? documents[documents.length - 1 - index / 2] : documents[(index - 1) / 2],
  ) as RawDocument[];
  assert.notDeepEqual(
    shuffled.map((raw) => raw.uri),
    documents.map((raw) => raw.uri),
  );
  const forward = await exportAfterIngesting(documents);
  const reordered = await exportAfterIngesting(shuffled);
  assert.ok(JSON.parse(forward).edges.length > 0, 'the graph has edges');
  assert.equal(reordered, forward);
});
