/**
 * Each piece of evidence says which extractor found it, from extraction to the store's answers.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Extractor } from '../ingest/extractor.ts';
import { combineExtractors } from '../ingest/extractors/combined.ts';
import { ingestDocument, ingestDocumentWith } from '../ingest/pipeline.ts';
import { ruleBasedExtractor } from '../ingest/rules/index.ts';
import type { RawDocument } from '../ingest/types.ts';
import { openStore } from '../store/open.ts';

// Our own words: one attribution the rules find.
const TEXT =
  'Researchers at Vigie Labs said that APT28 registered the domain mail-vigie-example.com last week.\n\n' +
  'The campaign used a tool named Brisecoque.';
const raw = (uri: string): RawDocument => ({
  uri,
  bytes: new TextEncoder().encode(TEXT),
  mediaType: 'text/plain',
});

/** Finds what the rules find, under another name, as a model extractor would. */
const echo: Extractor = {
  name: 'llm:echo',
  extract: (input) => ruleBasedExtractor.extract(input),
};

test('evidence records its extractor: the rules, another one, or both', async () => {
  const byRules = ingestDocument(raw('a.txt')).batch.relations.flatMap((relation) => relation.evidence);
  assert.ok(byRules.length > 0, 'the rules find a relation in the text');
  assert.deepEqual([...new Set(byRules.map((piece) => piece.extractor))], ['rules']);

  const byEcho = (await ingestDocumentWith(raw('a.txt'), echo)).batch.relations.flatMap((r) => r.evidence);
  assert.deepEqual([...new Set(byEcho.map((piece) => piece.extractor))], ['llm:echo']);

  const combined = combineExtractors([ruleBasedExtractor, echo]);
  const byBoth = (await ingestDocumentWith(raw('a.txt'), combined)).batch.relations.flatMap(
    (r) => r.evidence,
  );
  assert.deepEqual([...new Set(byBoth.map((piece) => piece.extractor))], ['llm:echo+rules']);
});

test('the store keeps each piece’s extractor in graph-json and the evidence answer', async () => {
  const root = mkdtempSync(join(tmpdir(), 'evigraph-provenance-'));
  const store = await openStore(`ladybug:${join(root, 'store')}`);
  try {
    await store.writeBatch((await ingestDocumentWith(raw('a.txt'), echo)).batch);
    const [edge] = (await store.exportGraph()).edges;
    assert.ok(edge);
    assert.deepEqual([...new Set(edge.evidence.map((piece) => piece.extractor))], ['llm:echo']);
    const details = await store.edgeDetails(edge.id);
    assert.deepEqual([...new Set(details?.evidence.map((piece) => piece.extractor))], ['llm:echo']);
  } finally {
    await store.close();
    rmSync(root, { recursive: true, force: true });
  }
});
