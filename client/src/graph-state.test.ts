import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ENTITY_TYPES, RELATION_TYPES, type Modality } from '../../graph-schema/schema.ts';
import type { GraphJsonEdge, GraphJsonNode } from './api-types.ts';
import { GraphState } from './graph-state.ts';
import { setUiLanguage } from './i18n.ts';
import { Vocabulary } from './vocabulary.ts';

const vocabulary = new Vocabulary({
  entityTypes: ENTITY_TYPES.map(({ name, color, display }) => ({ name, color, display })),
  relationTypes: RELATION_TYPES.map(({ name, display }) => ({ name, display })),
});

function node(id: string, type: GraphJsonNode['type'] = 'Organization'): GraphJsonNode {
  return { id, type, name: id.toUpperCase(), aliases: [], documents: [] };
}

function edge(
  id: string,
  source: string,
  target: string,
  documents: string[],
  modality: Modality = 'asserted',
): GraphJsonEdge {
  return {
    id,
    type: 'ATTRIBUTED_TO',
    source,
    target,
    confidence: 0.8,
    modality,
    assertedBy: [],
    evidence: documents.map((documentId, index) => ({
      documentId,
      text: 's',
      start: index,
      end: index + 1,
      lang: 'fr',
    })),
  };
}

describe('GraphState', () => {
  test('merging the same fragment twice adds nothing the second time', () => {
    const state = new GraphState(vocabulary);
    const fragment = { nodes: [node('a'), node('b')], edges: [edge('e1', 'a', 'b', ['d1'])] };
    assert.deepEqual(state.merge(fragment), { addedNodes: 2, addedEdges: 1 });
    assert.deepEqual(state.merge(fragment), { addedNodes: 0, addedEdges: 0 });
    assert.equal(state.graph.order, 2);
    assert.equal(state.graph.size, 1);
  });

  test('keeps parallel relations of different modality apart and skips edges to absent nodes', () => {
    const state = new GraphState(vocabulary);
    state.merge({
      nodes: [node('a'), node('b')],
      edges: [
        edge('e1', 'a', 'b', ['d1']),
        edge('e2', 'a', 'b', ['d2'], 'denied'),
        edge('e3', 'a', 'zzz', ['d1']),
      ],
    });
    assert.deepEqual(state.graph.edges().sort(), ['e1', 'e2']);
  });

  test('sizes follow degree and evidence; sources count distinct documents', () => {
    const state = new GraphState(vocabulary);
    state.merge({
      nodes: [node('hub'), node('x'), node('y'), node('z')],
      edges: [
        edge('e1', 'hub', 'x', ['d1', 'd1', 'd2']),
        edge('e2', 'hub', 'y', ['d1']),
        edge('e3', 'hub', 'z', ['d1']),
      ],
    });
    const size = (id: string) => state.graph.getNodeAttribute(id, 'size');
    assert.ok(size('hub') > size('x'));
    assert.equal(state.graph.getEdgeAttribute('e1', 'evidenceCount'), 3);
    assert.equal(state.graph.getEdgeAttribute('e1', 'sourceCount'), 2);
    assert.ok(state.graph.getEdgeAttribute('e1', 'size') > state.graph.getEdgeAttribute('e2', 'size'));
  });

  test('colours nodes by type and fades denied claims', () => {
    const state = new GraphState(vocabulary);
    state.merge({
      nodes: [node('a', 'ThreatActor'), node('b')],
      edges: [edge('sure', 'a', 'b', ['d1']), edge('no', 'a', 'b', ['d1'], 'denied')],
    });
    assert.equal(
      state.graph.getNodeAttribute('a', 'color'),
      ENTITY_TYPES.find((t) => t.name === 'ThreatActor')?.color,
    );
    const alpha = (id: string) => Number(/([\d.]+)\)$/.exec(state.graph.getEdgeAttribute(id, 'color'))?.[1]);
    assert.ok(alpha('no') < alpha('sure'));
  });

  test('grows an expansion out of its anchor node', () => {
    const state = new GraphState(vocabulary);
    state.merge({ nodes: [node('a')], edges: [] });
    state.graph.mergeNodeAttributes('a', { x: 1000, y: -1000 });
    state.merge({ nodes: [node('b')], edges: [edge('e', 'a', 'b', ['d'])] }, 'a');
    const b = state.graph.getNodeAttributes('b');
    assert.ok(Math.hypot(b.x - 1000, b.y + 1000) < 2);
  });

  test('adds a single entity with only the relations whose other end is drawn', () => {
    const state = new GraphState(vocabulary);
    state.merge({ nodes: [node('a')], edges: [] });
    state.addEntity(node('n'), [edge('to-a', 'n', 'a', ['d']), edge('to-far', 'n', 'far', ['d'])]);
    assert.ok(state.graph.hasNode('n'));
    assert.deepEqual(state.graph.edges(), ['to-a']);
    assert.equal(state.nameOf('n'), 'N');
    assert.equal(state.nameOf('unknown-id'), 'unknown-id');
  });

  test('relabels relations in the interface language', () => {
    const state = new GraphState(vocabulary);
    state.merge({ nodes: [node('a'), node('b')], edges: [edge('e', 'a', 'b', ['d'])] });
    assert.equal(state.graph.getEdgeAttribute('e', 'label'), 'attributed to');
    setUiLanguage('fr');
    state.relabel();
    assert.equal(state.graph.getEdgeAttribute('e', 'label'), 'attribué à');
    setUiLanguage('en');
  });
});
