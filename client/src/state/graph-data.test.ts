import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GraphData } from './graph-data.ts';
import { edge, node, previewEdge } from './test-data.ts';

describe('fetched graph data', () => {
  test('a claimant not on the canvas is named by the relations it claims', () => {
    const data = new GraphData();
    data.setOverview({
      nodes: [node('a'), node('b')],
      edges: [edge('ab', 'a', 'b', { assertedBy: ['critic'] })],
    });
    assert.equal(data.nameOf('critic'), 'CRITIC');
    assert.equal(data.nameOf('unheard'), 'unheard', 'an id never named stays an id');
  });

  test("an entity's relations are kept as their summaries say, whatever sentences they carry", () => {
    const data = new GraphData();
    const documents = ['d1', 'd1', 'd2', 'd4', 'd5'];
    data.setRelations(
      node('a'),
      [previewEdge('ab', 'a', 'b', { documents, langs: ['fr', 'ar', 'en', 'fr', 'fr'] })],
      7,
    );
    const kept = data.edges.get('ab');
    assert.ok(kept && !('evidence' in kept));
    assert.deepEqual(
      [kept.evidenceCount, kept.documentCount, kept.langs, kept.dates],
      [5, 4, ['ar', 'en', 'fr'], ['2017-05-05', '2019-01-01']],
      'the counts of all the evidence, not of the three sentences a preview carries',
    );
    assert.equal(data.neighbourTotals.get('a'), 7, 'the neighbours the details counted, beyond their page');
  });
});
