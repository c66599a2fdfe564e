/**
 * GraphML, read by yEd, Cytoscape, NetworkX, igraph and Neo4j's APOC. Every data key is
 * declared up front with its type, as the format requires.
 */
import type { GraphJson, GraphJsonEdge, GraphJsonNode } from '../../graph-schema/graph-json.ts';
import { escapeXmlText, xmlAttributes } from './xml.ts';

/** Joins list values; GraphML has no list type. */
export const GRAPHML_LIST_SEPARATOR = ' | ';

interface KeySpec {
  id: string;
  for: 'node' | 'edge';
  type: 'string' | 'double' | 'int';
}

const KEYS: readonly KeySpec[] = [
  { id: 'label', for: 'node', type: 'string' },
  { id: 'type', for: 'node', type: 'string' },
  { id: 'aliases', for: 'node', type: 'string' },
  { id: 'documentCount', for: 'node', type: 'int' },
  { id: 'type', for: 'edge', type: 'string' },
  { id: 'confidence', for: 'edge', type: 'double' },
  { id: 'modality', for: 'edge', type: 'string' },
  { id: 'assertedBy', for: 'edge', type: 'string' },
  { id: 'evidenceCount', for: 'edge', type: 'int' },
];

// Node and edge keys share names (`type`), so ids are prefixed by their domain.
function keyId(spec: Pick<KeySpec, 'id' | 'for'>): string {
  return `${spec.for === 'node' ? 'n' : 'e'}_${spec.id}`;
}

export function toGraphml(graph: GraphJson): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...KEYS.map(
      (spec) =>
        `  <key ${xmlAttributes([
          ['id', keyId(spec)],
          ['for', spec.for],
          ['attr.name', spec.id],
          ['attr.type', spec.type],
        ])}/>`,
    ),
    '  <graph id="evigraph" edgedefault="directed">',
    ...graph.nodes.flatMap(nodeLines),
    ...graph.edges.flatMap(edgeLines),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}

function nodeLines(node: GraphJsonNode): string[] {
  return [
    `    <node ${xmlAttributes([['id', node.id]])}>`,
    data('node', 'label', node.name),
    data('node', 'type', node.type),
    data('node', 'aliases', node.aliases.join(GRAPHML_LIST_SEPARATOR)),
    data('node', 'documentCount', node.documents.length),
    '    </node>',
  ];
}

function edgeLines(edge: GraphJsonEdge): string[] {
  return [
    `    <edge ${xmlAttributes([
      ['id', edge.id],
      ['source', edge.source],
      ['target', edge.target],
    ])}>`,
    data('edge', 'type', edge.type),
    data('edge', 'confidence', edge.confidence),
    data('edge', 'modality', edge.modality),
    data('edge', 'assertedBy', edge.assertedBy.join(GRAPHML_LIST_SEPARATOR)),
    data('edge', 'evidenceCount', edge.evidence.length),
    '    </edge>',
  ];
}

function data(domain: KeySpec['for'], key: string, value: string | number): string {
  return `      <data key="${keyId({ id: key, for: domain })}">${escapeXmlText(String(value))}</data>`;
}
