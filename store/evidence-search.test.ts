import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RecordReader } from './record-reader.ts';
import type { StoredEntity, StoredRelation } from './stored-records.ts';
import { evidenceNeedle, searchEvidenceWith } from './evidence-search.ts';

const piece = (documentId: string, text: string, start: number) => ({
  documentId,
  text,
  start,
  end: start + text.length,
  lang: 'en' as const,
  confidence: 0.8,
  assertedBy: [],
  extractor: 'rules',
});
const relation: StoredRelation = {
  id: 'rel_1',
  type: 'DENIES',
  source: 'org_a',
  target: 'evt_b',
  modality: 'denied',
  confidence: 0.8,
  assertedBy: [],
  evidenceCount: 3,
  documentCount: 2,
  langs: [],
  dates: [],
  evidence: [
    piece('doc_2', 'The ministry denied the report.', 40),
    piece('doc_1', 'Nothing about it here.', 0),
    piece('doc_1', 'The Ministry later DENIED it again.', 90),
  ],
};
const entity = (id: string, name: string, type: StoredEntity['type']) =>
  ({
    id,
    name,
    type,
    aliases: [],
    externalIds: [],
    mergeReasons: [],
    mentionCount: 1,
  }) as unknown as StoredEntity;

function reader(seen: Array<[string, number]>): RecordReader {
  return {
    relationsWithEvidenceContaining: async (needle: string, limit: number) => {
      seen.push([needle, limit]);
      return [relation];
    },
    entities: async () => [entity('org_a', 'Ministry', 'Organization'), entity('evt_b', 'Leak', 'Event')],
    documentSummaries: async (ids?: readonly string[]) =>
      (ids ?? []).map((id) => ({ id, uri: `${id}.txt`, title: `Title ${id}`, lang: 'en' as const })),
  } as unknown as RecordReader;
}

test('matching sentences become hits with both ends named and the title, in document order', async () => {
  const seen: Array<[string, number]> = [];
  const hits = await searchEvidenceWith(reader(seen), '  Ministry   DENIED ', 10);
  assert.deepEqual(seen, [['ministry denied', 10]]);
  assert.deepEqual(
    hits.map((hit) => [hit.documentId, hit.start, hit.documentTitle]),
    [['doc_2', 40, 'Title doc_2']],
    'only sentences containing the words in that order',
  );
  const [hit] = hits;
  assert.equal(hit?.relation.source.name, 'Ministry');
  assert.equal(hit?.relation.target.type, 'Event');
  const denied = await searchEvidenceWith(reader([]), 'denied', 1);
  assert.deepEqual(
    denied.map((one) => [one.documentId, one.start]),
    [['doc_1', 90]],
    'capped, first document first',
  );
});

test('texts too short to mean anything ask the store nothing', async () => {
  const seen: Array<[string, number]> = [];
  assert.deepEqual(await searchEvidenceWith(reader(seen), ' ab ', 10), []);
  assert.deepEqual(seen, []);
  assert.equal(evidenceNeedle(' Two\n words '), 'two words');
});
