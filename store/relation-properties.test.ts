import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EvidenceRecord } from '../graph-schema/model.ts';
import { evidenceFromProperties, relationProperties } from './relation-properties.ts';

const claimed: EvidenceRecord = {
  documentId: 'doc_a',
  text: 'sentence at 0',
  start: 0,
  end: 10,
  lang: 'en',
  confidence: 0.4,
  assertedBy: ['org_2', 'org_1'],
};
const unclaimed: EvidenceRecord = {
  documentId: 'doc_b',
  text: 'sentence at 7',
  start: 7,
  end: 17,
  lang: 'en',
  confidence: 1,
  assertedBy: [],
};

test('parallel evidence lists give back the same evidence, claimants included', () => {
  const properties = relationProperties({
    id: 'rel_1',
    type: 'TARGETED',
    source: 'ta_1',
    target: 'org_3',
    modality: 'reported',
    evidence: [claimed, unclaimed],
  });
  assert.equal(properties.confidence, 1);
  assert.deepEqual(properties.assertedBy, ['org_1', 'org_2']);
  assert.deepEqual(evidenceFromProperties(properties), [
    { ...claimed, assertedBy: ['org_1', 'org_2'] },
    unclaimed,
  ]);
});
