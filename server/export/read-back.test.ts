/**
 * Each flat export read back by the library its users' tools are built on: graphology's GEXF
 * reader (Gephi Lite), its GraphML reader (the format of yEd, NetworkX and APOC) and headless
 * Cytoscape for .cyjs. Two relations of one type between one pair, differing by modality,
 * must come back as two edges, with names, external ids, claimants and evidence intact.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import cytoscape from 'cytoscape';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import type { GraphJson } from '../../graph-schema/graph-json.ts';
import { EXPORT_FORMATS } from './index.ts';

const graph: GraphJson = {
  documents: [
    { id: 'doc_1', uri: '/tmp/rapport.txt', title: 'Rapport annuel', lang: 'fr' },
    { id: 'doc_2', uri: 'https://example.org/a', title: 'تقرير', lang: 'ar' },
  ],
  nodes: [
    {
      id: 'ta_1',
      type: 'ThreatActor',
      name: 'Sable Noir',
      aliases: ['Sable Noir', 'الرمال السوداء'],
      externalIds: ['mitre-attack:G9999'],
      documents: ['doc_1', 'doc_2'],
    },
    { id: 'org_1', type: 'Organization', name: 'Service Z', aliases: ['Service Z'], documents: ['doc_1'] },
    { id: 'org_2', type: 'Organization', name: 'Vigie Labs', aliases: ['Vigie Labs'], documents: ['doc_2'] },
  ],
  edges: [
    {
      id: 'rel_a',
      type: 'ATTRIBUTED_TO',
      source: 'ta_1',
      target: 'org_1',
      confidence: 0.9,
      modality: 'asserted',
      assertedBy: [],
      evidence: [
        { documentId: 'doc_1', text: 'Le groupe dépend du Service Z.', start: 0, end: 30, lang: 'fr' },
      ],
    },
    {
      id: 'rel_b',
      type: 'ATTRIBUTED_TO',
      source: 'ta_1',
      target: 'org_1',
      confidence: 0.55,
      modality: 'suspected',
      assertedBy: ['org_2'],
      evidence: [
        { documentId: 'doc_2', text: 'يُعتقد أن المجموعة تعمل لصالح الجهاز.', start: 5, end: 42, lang: 'ar' },
        {
          documentId: 'doc_1',
          text: 'Vigie Labs pense que le lien est probable.',
          start: 31,
          end: 73,
          lang: 'fr',
        },
      ],
    },
  ],
};

const ATTRIBUTED_BOTH_WAYS = ['ATTRIBUTED_TO:asserted', 'ATTRIBUTED_TO:suspected'];

describe('exports read back by real libraries', () => {
  test('GEXF through graphology-gexf keeps parallel relations apart by kind', () => {
    const parsed = gexf.parse(MultiDirectedGraph, EXPORT_FORMATS.gexf.render(graph, 'nodes'));
    assert.equal(parsed.order, 3);
    assert.equal(parsed.size, 2);
    assert.deepEqual(
      parsed
        .edges()
        .map((edge) => parsed.getEdgeAttribute(edge, 'kind'))
        .sort(),
      ATTRIBUTED_BOTH_WAYS,
    );
    assert.equal(parsed.getNodeAttribute('ta_1', 'label'), 'Sable Noir');
    assert.equal(parsed.getNodeAttribute('ta_1', 'externalIds'), 'mitre-attack:G9999');
    const suspected = parsed.getEdgeAttributes('rel_b');
    assert.equal(suspected.assertedByNames, 'Vigie Labs');
    assert.equal(suspected.firstEvidence, 'يُعتقد أن المجموعة تعمل لصالح الجهاز.');
    assert.equal(suspected.documentTitles, 'Rapport annuel | تقرير');
    assert.equal(suspected.weight, 2);
  });

  test('GraphML through graphology-graphml carries the labels APOC reads', () => {
    const parsed = graphml.parse(MultiDirectedGraph, EXPORT_FORMATS.graphml.render(graph, 'nodes'));
    assert.equal(parsed.order, 3);
    assert.equal(parsed.size, 2);
    assert.equal(parsed.getNodeAttribute('org_2', 'labels'), ':Organization');
    assert.equal(parsed.getNodeAttribute('ta_1', 'label'), 'Sable Noir');
    for (const edge of parsed.edges()) assert.equal(parsed.getEdgeAttribute(edge, 'label'), 'ATTRIBUTED_TO');
    assert.deepEqual(
      parsed
        .edges()
        .map((edge) => parsed.getEdgeAttribute(edge, 'kind'))
        .sort(),
      ATTRIBUTED_BOTH_WAYS,
    );
    assert.equal(parsed.getNodeAttribute('ta_1', 'documentCount'), 2);
  });

  test('.cyjs through headless Cytoscape keeps lists as lists', () => {
    const document = JSON.parse(EXPORT_FORMATS.cyjs.render(graph, 'nodes')) as {
      elements: cytoscape.ElementsDefinition;
    };
    const cy = cytoscape({ headless: true, elements: document.elements });
    assert.equal(cy.nodes().length, 3);
    assert.equal(cy.edges().length, 2);
    const suspected = cy.getElementById('rel_b');
    assert.deepEqual(suspected.data('assertedByNames'), ['Vigie Labs']);
    assert.deepEqual(suspected.data('documentTitles'), ['Rapport annuel', 'تقرير']);
    assert.equal(suspected.source().data('name'), 'Sable Noir');
    assert.deepEqual(cy.getElementById('ta_1').data('externalIds'), ['mitre-attack:G9999']);
  });
});
