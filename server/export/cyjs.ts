/**
 * Cytoscape desktop's `.cyjs` (File > Import > Network from File). List values stay arrays:
 * Cytoscape imports them as list columns.
 */
import type { GraphJson } from '../../graph-schema/graph-json.ts';
import { entityTypeSpec } from '../../graph-schema/schema.ts';
import {
  EDGE_ATTRIBUTES,
  NODE_ATTRIBUTES,
  exportContext,
  type AttributeSpec,
  type ExportContext,
} from './flat-attributes.ts';

export function toCyjs(graph: GraphJson): string {
  const context = exportContext(graph);
  const document = {
    format_version: '1.0',
    generated_by: 'evigraph',
    data: { name: 'evigraph' },
    elements: {
      nodes: graph.nodes.map((node) => ({
        data: {
          id: node.id,
          name: node.name,
          ...attributes(node, NODE_ATTRIBUTES, context),
          color: entityTypeSpec(node.type)?.color ?? '#999999',
        },
      })),
      edges: graph.edges.map((edge) => ({
        data: {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          interaction: edge.type,
          ...attributes(edge, EDGE_ATTRIBUTES, context),
        },
      })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function attributes<T>(element: T, specs: ReadonlyArray<AttributeSpec<T>>, context: ExportContext) {
  return Object.fromEntries(specs.map((spec) => [spec.name, spec.value(element, context)]));
}
