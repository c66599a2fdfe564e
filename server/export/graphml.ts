/**
 * GraphML, read by yEd, Cytoscape, NetworkX, igraph and Neo4j's APOC. Every data key is
 * declared up front with its type, as the format requires. Nodes carry APOC's `labels`
 * (`:ThreatActor`) and edges its `label` (`ATTRIBUTED_TO`), both as attributes and as data,
 * so `apoc.import.graphml(…, {readLabels: true})` gives typed nodes and relationships.
 */
import type { GraphJson, GraphJsonEdge, GraphJsonNode } from '../../graph-schema/graph-json.ts';
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  exportContext,
  flatValue,
  type AttributeSpec,
  type AttributeType,
  type ExportContext,
} from './flat-attributes.ts';
import { escapeXmlText, xmlAttributes } from './xml.ts';

/** Joins list values; GraphML has no list type. */
export const GRAPHML_LIST_SEPARATOR = ' | ';

type Domain = 'node' | 'edge';

interface KeySpec {
  name: string;
  for: Domain;
  type: AttributeType;
}

/** Keys of our own beside the shared attributes: the display name, and APOC's labels. */
const NODE_KEYS: readonly KeySpec[] = [
  { name: 'label', for: 'node', type: 'string' },
  { name: 'labels', for: 'node', type: 'string' },
];
const EDGE_KEYS: readonly KeySpec[] = [{ name: 'label', for: 'edge', type: 'string' }];

const KEYS: readonly KeySpec[] = [
  ...NODE_KEYS,
  ...NODE_ATTRIBUTES.map((spec) => ({ name: spec.name, for: 'node' as const, type: spec.type })),
  ...EDGE_KEYS,
  ...EDGE_ATTRIBUTES.map((spec) => ({ name: spec.name, for: 'edge' as const, type: spec.type })),
];

const GRAPHML_TYPES = { string: 'string', int: 'int', double: 'double' } as const;

// Node and edge keys share names (`type`), so ids are prefixed by their domain.
function keyId(domain: Domain, name: string): string {
  return `${domain === 'node' ? 'n' : 'e'}_${name}`;
}

export function toGraphml(graph: GraphJson): string {
  const context = exportContext(graph);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
    ...KEYS.map(
      (spec) =>
        `  <key ${xmlAttributes([
          ['id', keyId(spec.for, spec.name)],
          ['for', spec.for],
          ['attr.name', spec.name],
          ['attr.type', GRAPHML_TYPES[spec.type]],
        ])}/>`,
    ),
    '  <graph id="evigraph" edgedefault="directed">',
    ...graph.nodes.flatMap((node) => nodeLines(node, context)),
    ...graph.edges.flatMap((edge) => edgeLines(edge, context)),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}

function nodeLines(node: GraphJsonNode, context: ExportContext): string[] {
  const labels = `:${node.type}`;
  return [
    `    <node ${xmlAttributes([
      ['id', node.id],
      ['labels', labels],
    ])}>`,
    data('node', 'label', node.name),
    data('node', 'labels', labels),
    ...values('node', node, NODE_ATTRIBUTES, context),
    '    </node>',
  ];
}

function edgeLines(edge: GraphJsonEdge, context: ExportContext): string[] {
  return [
    `    <edge ${xmlAttributes([
      ['id', edge.id],
      ['source', edge.source],
      ['target', edge.target],
      ['label', edge.type],
    ])}>`,
    data('edge', 'label', edge.type),
    ...values('edge', edge, EDGE_ATTRIBUTES, context),
    '    </edge>',
  ];
}

function values<T>(
  domain: Domain,
  element: T,
  specs: ReadonlyArray<AttributeSpec<T>>,
  context: ExportContext,
) {
  return specs.map((spec) =>
    data(domain, spec.name, flatValue(spec.value(element, context), GRAPHML_LIST_SEPARATOR)),
  );
}

function data(domain: Domain, key: string, value: string | number): string {
  return `      <data key="${keyId(domain, key)}">${escapeXmlText(String(value))}</data>`;
}
