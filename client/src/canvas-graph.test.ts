import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENTITY_TYPES, RELATION_TYPES, type Modality } from '../../graph-schema/schema.ts';
import type { GraphSummaryFragment } from './api-types.ts';
import { CanvasGraph } from './canvas-graph.ts';
import { deriveVisible } from './state/derive.ts';
import { initialState, type ExplorerState } from './state/explorer-state.ts';
import { GraphData } from './state/graph-data.ts';
import { edge as summaryEdge, node } from './state/test-data.ts';
import { setUiLanguage } from './i18n.ts';
import { Vocabulary } from './vocabulary.ts';

const vocabulary = new Vocabulary({
  entityTypes: ENTITY_TYPES.map(({ name, color, display }) => ({ name, color, display })),
  relationTypes: RELATION_TYPES.map(({ name, display }) => ({ name, display })),
});

/** A relation backed by one sentence per listed document. */
function edge(
  id: string,
  source: string,
  target: string,
  documents: string[],
  modality: Modality = 'asserted',
) {
  return summaryEdge(id, source, target, { documents, modality });
}

/** Draws a fragment as the start view with nothing filtered. */
function drawn(fragment: GraphSummaryFragment, state: ExplorerState = initialState()): CanvasGraph {
  const data = new GraphData();
  data.setOverview(fragment);
  const canvas = new CanvasGraph(vocabulary);
  canvas.sync(data, deriveVisible(data, state), state.pinned);
  return canvas;
}

describe('CanvasGraph', () => {
  test('syncing the same view twice adds nothing the second time', () => {
    const data = new GraphData();
    data.setOverview({ nodes: [node('a'), node('b')], edges: [edge('e1', 'a', 'b', ['d1'])] });
    const canvas = new CanvasGraph(vocabulary);
    const visible = deriveVisible(data, initialState());
    assert.deepEqual(canvas.sync(data, visible, []).sort(), ['a', 'b']);
    assert.deepEqual(canvas.sync(data, visible, []), []);
    assert.equal(canvas.graph.order, 2);
    assert.equal(canvas.graph.size, 1);
  });

  test('parallel relations are curved apart; a denial is dashed in its own colour', () => {
    const { graph } = drawn({
      nodes: [node('a'), node('b')],
      edges: [
        edge('e1', 'a', 'b', ['d1']),
        edge('e2', 'a', 'b', ['d2'], 'denied'),
        edge('e3', 'a', 'zzz', ['d1']),
      ],
    });
    assert.deepEqual(graph.edges().sort(), ['e1', 'e2']);
    assert.equal(graph.getEdgeAttribute('e2', 'type'), 'dashed');
    assert.equal(graph.getEdgeAttribute('e1', 'type'), 'curved');
    assert.notEqual(graph.getEdgeAttribute('e1', 'curvature'), graph.getEdgeAttribute('e2', 'curvature'));
    assert.notEqual(graph.getEdgeAttribute('e1', 'color'), graph.getEdgeAttribute('e2', 'color'));
  });

  test('a lone relation is straight; a lone denial keeps the slight bend its program needs', () => {
    const { graph } = drawn({
      nodes: [node('a'), node('b'), node('c')],
      edges: [edge('e1', 'a', 'b', ['d1']), edge('no', 'a', 'c', ['d1'], 'denied')],
    });
    assert.equal(graph.getEdgeAttribute('e1', 'type'), 'straight');
    assert.equal(graph.getEdgeAttribute('e1', 'curvature'), 0);
    assert.notEqual(graph.getEdgeAttribute('no', 'curvature'), 0);
  });

  test('node size follows degree; edge thickness follows distinct documents, not sentences', () => {
    const { graph } = drawn({
      nodes: [node('hub'), node('x'), node('y'), node('z')],
      edges: [
        edge('e1', 'hub', 'x', ['d1', 'd1', 'd1']),
        edge('e2', 'hub', 'y', ['d1', 'd2']),
        edge('e3', 'hub', 'z', ['d1']),
      ],
    });
    assert.ok(graph.getNodeAttribute('hub', 'size') > graph.getNodeAttribute('x', 'size'));
    assert.equal(graph.getEdgeAttribute('e1', 'evidenceCount'), 3);
    assert.equal(graph.getEdgeAttribute('e1', 'sourceCount'), 1);
    assert.equal(graph.getEdgeAttribute('e1', 'size'), graph.getEdgeAttribute('e3', 'size'));
    assert.ok(graph.getEdgeAttribute('e2', 'size') > graph.getEdgeAttribute('e1', 'size'));
  });

  test('colours nodes by type and fades suspected claims', () => {
    const { graph } = drawn({
      nodes: [node('a', 'ThreatActor'), node('b')],
      edges: [edge('sure', 'a', 'b', ['d1']), edge('maybe', 'a', 'b', ['d1'], 'suspected')],
    });
    assert.equal(
      graph.getNodeAttribute('a', 'color'),
      ENTITY_TYPES.find((t) => t.name === 'ThreatActor')?.color,
    );
    const alpha = (id: string) => Number(/([\d.]+)\)$/.exec(graph.getEdgeAttribute(id, 'color'))?.[1]);
    assert.ok(alpha('maybe') < alpha('sure'));
  });

  test('a new node starts beside a drawn neighbour; a node that comes back keeps its place', () => {
    const data = new GraphData();
    data.setOverview({ nodes: [node('a')], edges: [] });
    const canvas = new CanvasGraph(vocabulary);
    const state = { ...initialState(), added: ['a'] };
    canvas.sync(data, deriveVisible(data, state), []);
    canvas.graph.mergeNodeAttributes('a', { x: 1000, y: -1000 });
    data.setNeighbours('a', { nodes: [node('b')], edges: [edge('e', 'a', 'b', ['d'])] });
    const expanded = { ...state, expanded: { a: 1 } };
    canvas.sync(data, deriveVisible(data, expanded), []);
    const b = canvas.graph.getNodeAttributes('b');
    assert.ok(Math.hypot(b.x - 1000, b.y + 1000) < 2);
    canvas.graph.mergeNodeAttributes('b', { x: 5, y: 6 });
    canvas.sync(data, deriveVisible(data, state), []);
    assert.equal(canvas.graph.hasNode('b'), false);
    canvas.sync(data, deriveVisible(data, expanded), []);
    assert.deepEqual(
      [canvas.graph.getNodeAttribute('b', 'x'), canvas.graph.getNodeAttribute('b', 'y')],
      [5, 6],
    );
  });

  test('pinned nodes are fixed for the layout', () => {
    const data = new GraphData();
    data.setOverview({ nodes: [node('a'), node('b')], edges: [edge('e', 'a', 'b', ['d'])] });
    const canvas = new CanvasGraph(vocabulary);
    canvas.sync(data, deriveVisible(data, initialState()), ['a']);
    assert.equal(canvas.graph.getNodeAttribute('a', 'fixed'), true);
    assert.equal(canvas.graph.getNodeAttribute('b', 'fixed'), false);
  });

  test('relabels relations in the interface language', () => {
    const canvas = drawn({ nodes: [node('a'), node('b')], edges: [edge('e', 'a', 'b', ['d'])] });
    assert.equal(canvas.graph.getEdgeAttribute('e', 'label'), 'attributed to');
    setUiLanguage('fr');
    canvas.relabel();
    assert.equal(canvas.graph.getEdgeAttribute('e', 'label'), 'attribué à');
    setUiLanguage('en');
  });

  test('colour by community groups densely linked entities; size by PageRank ranks the most cited first', () => {
    const ids = ['a1', 'a2', 'a3', 'a4', 'b1', 'b2', 'b3', 'b4'];
    const clique = (prefix: string) =>
      ['1', '2', '3', '4'].flatMap((x, i, all) =>
        all.slice(i + 1).map((y) => edge(`${prefix}${x}${y}`, `${prefix}${x}`, `${prefix}${y}`, ['d'])),
      );
    const data = new GraphData();
    data.setOverview({
      nodes: ids.map((id) => node(id)),
      edges: [...clique('a'), ...clique('b'), edge('bridge', 'a1', 'b1', ['d'])],
    });
    const canvas = new CanvasGraph(vocabulary);
    canvas.sync(data, deriveVisible(data, initialState()), [], { sizeBy: 'pagerank', colourBy: 'community' });
    const colour = (id: string) => canvas.graph.getNodeAttribute(id, 'color');
    assert.deepEqual(new Set(['a1', 'a2', 'a3', 'a4'].map(colour)).size, 1);
    assert.deepEqual(new Set(['b1', 'b2', 'b3', 'b4'].map(colour)).size, 1);
    assert.notEqual(colour('a2'), colour('b2'));
    const size = (id: string) => canvas.graph.getNodeAttribute(id, 'size');
    // Relations are directed: a4 is pointed to by the rest of its clique, a1 by nobody.
    assert.ok(size('a4') > size('a1'), 'the entity most pointed to ranks first');
    canvas.sync(data, deriveVisible(data, initialState()), [], { sizeBy: 'degree', colourBy: 'type' });
    assert.equal(colour('a2'), colour('b2'), 'back to one colour per type');
  });
});
