import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { GraphData } from './graph-data.ts';
import { edge, fullEdge, node } from './test-data.ts';

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

  test("an entity's relations received in full are kept as summaries, dated by its documents first", () => {
    const data = new GraphData();
    data.documentDates.set('d3', '2020-02-02');
    data.setRelations(
      node('a'),
      [fullEdge('ab', 'a', 'b', { documents: ['d1', 'd1', 'd3', 'd4'], langs: ['fr', 'ar', 'en', 'fr'] })],
      (id) => (id === 'd1' ? '2017-05-05T10:00:00Z' : undefined),
    );
    const kept = data.edges.get('ab');
    assert.ok(kept && !('evidence' in kept));
    assert.deepEqual(
      [kept.evidenceCount, kept.documentCount, kept.langs, kept.dates],
      [4, 3, ['ar', 'en', 'fr'], ['2017-05-05', '2020-02-02']],
    );
    assert.equal(data.neighbourTotals.get('a'), 1);
  });
});
