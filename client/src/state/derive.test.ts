import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveVisible, EXPAND_PAGE } from './derive.ts';
import { add, dismiss, expand, initialState, keepOnly, setFilter } from './explorer-state.ts';
import { GraphData } from './graph-data.ts';
import { edge, node, previewEdge } from './test-data.ts';

function sample(): GraphData {
  const data = new GraphData();
  data.setOverview({
    nodes: [node('a'), node('b'), node('c', 'Person'), node('lonely')],
    edges: [edge('ab', 'a', 'b'), edge('bc', 'b', 'c', { modality: 'denied' })],
  });
  return data;
}

const sorted = (items: Iterable<string>) => [...items].sort();

describe('derived visible graph', () => {
  test('the start view without isolated entities, which the filter can bring back', () => {
    const visible = deriveVisible(sample(), initialState());
    assert.deepEqual(sorted(visible.nodes), ['a', 'b', 'c']);
    assert.deepEqual(sorted(visible.edges), ['ab', 'bc']);
    assert.equal(visible.isolatedHidden, 1);
    const all = deriveVisible(sample(), setFilter(initialState(), 'showIsolated', true));
    assert.ok(all.nodes.has('lonely'));
  });

  test('an edge filter can leave entities isolated, and they go too', () => {
    const visible = deriveVisible(sample(), setFilter(initialState(), 'hiddenModalities', ['denied']));
    assert.deepEqual(sorted(visible.nodes), ['a', 'b']);
  });

  test('an entity added by hand stays even without relations; dismissed ones go', () => {
    const state = dismiss(add(initialState(), ['lonely']), ['a']);
    const visible = deriveVisible(sample(), state);
    assert.deepEqual(sorted(visible.nodes), ['b', 'c', 'lonely']);
    assert.deepEqual(sorted(visible.edges), ['bc']);
  });

  test('type filters hide entities and their relations', () => {
    const visible = deriveVisible(sample(), setFilter(initialState(), 'hiddenTypes', ['Person']));
    assert.deepEqual(sorted(visible.edges), ['ab']);
  });

  test('expansion shows a page of neighbours at a time and says how many more there are', () => {
    const data = sample();
    const neighbours = Array.from({ length: EXPAND_PAGE + 5 }, (_, index) => node(`n${index}`));
    const ab = data.edges.get('ab');
    assert.ok(ab);
    data.setNeighbours('a', {
      nodes: [node('b'), ...neighbours],
      edges: [ab, ...neighbours.map((other) => edge(`a-${other.id}`, 'a', other.id))],
    });
    // The entity's details list its relations, each with its first sentences.
    data.setRelations(
      node('a'),
      [
        previewEdge('ab', 'a', 'b'),
        ...neighbours.map((other) => previewEdge(`a-${other.id}`, 'a', other.id)),
      ],
      1 + neighbours.length,
    );
    const once = deriveVisible(data, keepOnly(initialState(), ['a']));
    assert.deepEqual(sorted(once.nodes), ['a']);
    const first = deriveVisible(data, expand(keepOnly(initialState(), ['a']), 'a'));
    assert.equal(first.nodes.size, 1 + EXPAND_PAGE);
    // a's neighbours: b and the generated ones.
    assert.equal(first.moreNeighbours.get('a'), EXPAND_PAGE + 6 - EXPAND_PAGE);
    const second = deriveVisible(data, expand(expand(keepOnly(initialState(), ['a']), 'a'), 'a'));
    assert.equal(second.moreNeighbours.has('a'), false);
  });
});
