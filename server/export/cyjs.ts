/**
 * Cytoscape desktop's `.cyjs` (File > Import > Network from File). List values stay arrays:
 * Cytoscape imports them as list columns.
 */
import type { GraphJson } from '../../graph-schema/graph-json.ts';
import { entityTypeSpec } from '../../graph-schema/schema.ts';

export function toCyjs(graph: GraphJson): string {
  const document = {
    format_version: '1.0',
    generated_by: 'evigraph',
    data: { name: 'evigraph' },
    elements: {
      nodes: graph.nodes.map((node) => ({
        data: {
          id: node.id,
          name: node.name,
          type: node.type,
          aliases: node.aliases,
          documentCount: node.documents.length,
          color: entityTypeSpec(node.type)?.color ?? '#999999',
        },
      })),
      edges: graph.edges.map((edge) => ({
        data: {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          interaction: edge.type,
          confidence: edge.confidence,
          modality: edge.modality,
          assertedBy: edge.assertedBy,
          evidenceCount: edge.evidence.length,
        },
      })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
