import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSummary } from '../store/graph-store.ts';
import { selectDocuments } from './document-selection.ts';

const stored = (id: string, uri: string): DocumentSummary => ({ id, uri, title: id, lang: 'en' });
const documents = [
  stored('doc_a', 'docs/a.txt'),
  stored('doc_b', 'docs/feeds/news.jsonl#L1'),
  stored('doc_c', 'docs/feeds/news.jsonl#L2'),
  stored('doc_d', 'docs-old/d.txt'),
];

test('a remove target is an id, a path as ingested, a file of records or a folder', () => {
  assert.deepEqual(selectDocuments(['doc_d'], documents), { ids: ['doc_d'], unmatched: [] });
  assert.deepEqual(selectDocuments(['docs/a.txt'], documents), { ids: ['doc_a'], unmatched: [] });
  assert.deepEqual(selectDocuments(['docs/feeds/news.jsonl'], documents), {
    ids: ['doc_b', 'doc_c'],
    unmatched: [],
  });
  assert.deepEqual(selectDocuments(['docs/'], documents).ids, ['doc_a', 'doc_b', 'doc_c']);
  assert.deepEqual(
    selectDocuments(['docs'], documents).ids,
    ['doc_a', 'doc_b', 'doc_c'],
    'docs-old is another folder',
  );
  assert.deepEqual(selectDocuments(['docs/a', 'nothing'], documents), {
    ids: [],
    unmatched: ['docs/a', 'nothing'],
  });
});
