import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityRecord, EvidenceRecord } from '../graph-schema/model.ts';
import { mergeEntities, mergeEvidence } from './merge.ts';

const latin: EntityRecord = {
  id: 'ta_1',
  type: 'ThreatActor',
  name: 'APT28',
  aliases: ['APT28'],
  externalIds: ['mitre-attack:G0007'],
  mergeReasons: [],
};
const arabic: EntityRecord = {
  id: 'ta_1',
  type: 'ThreatActor',
  name: 'بون ستورم',
  aliases: ['بون ستورم'],
  externalIds: [],
  mergeReasons: ['gazetteer: alias'],
};

const piece = (
  documentId: string,
  start: number,
  confidence: number,
  assertedBy: string[] = [],
): EvidenceRecord => ({
  documentId,
  text: `sentence at ${start}`,
  extractor: 'rules',
  start,
  end: start + 10,
  lang: 'en',
  confidence,
  assertedBy,
});

test('entity merges do not depend on the order of arrival', () => {
  assert.deepEqual(mergeEntities(latin, arabic), mergeEntities(arabic, latin));
  assert.equal(mergeEntities(arabic, latin).name, 'APT28');
  assert.deepEqual(mergeEntities(latin, arabic).aliases, ['APT28', 'بون ستورم']);
  assert.throws(() => mergeEntities(latin, { ...arabic, type: 'Person' }), /ThreatActor/);
});

test('evidence is keyed by document and offsets, sorted by document then position', () => {
  const merged = mergeEvidence(
    [piece('doc_b', 5, 0.5), piece('doc_a', 40, 0.2)],
    [piece('doc_b', 5, 0.9), piece('doc_a', 3, 0.1)],
  );
  assert.deepEqual(
    merged.map((item) => [item.documentId, item.start, item.confidence]),
    [
      ['doc_a', 3, 0.1],
      ['doc_a', 40, 0.2],
      ['doc_b', 5, 0.9],
    ],
  );
});
