/**
 * What the flat formats (GEXF, GraphML, .cyjs, CSV) say about each node and edge, declared
 * once so they all carry the same facts: external ids, claimants by name beside their ids,
 * the documents behind each element and its first evidence sentence. graph-json keeps every
 * piece of evidence; these formats keep what a column can hold.
 */
import type { GraphJson, GraphJsonEdge, GraphJsonNode } from '../../graph-schema/graph-json.ts';

export type AttributeType = 'string' | 'int' | 'double';
export type AttributeValue = string | number | readonly string[];

export interface AttributeSpec<T> {
  /** The attribute's name in every format. */
  name: string;
  type: AttributeType;
  /** Lists stay lists where the format has them (.cyjs) and are joined elsewhere. */
  list?: boolean;
  value(element: T, context: ExportContext): AttributeValue;
}

/** Look-ups the attributes need beyond the element itself. */
export interface ExportContext {
  nodeName(id: string): string;
  documentTitle(id: string): string;
}

export function exportContext(graph: GraphJson): ExportContext {
  const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
  const titles = new Map(graph.documents.map((document) => [document.id, document.title || document.uri]));
  return {
    nodeName: (id) => names.get(id) ?? id,
    documentTitle: (id) => titles.get(id) ?? id,
  };
}

/** Distinct documents behind an edge: how many independent sources attest it. */
export function supportingDocuments(edge: GraphJsonEdge): string[] {
  return [...new Set(edge.evidence.map((piece) => piece.documentId))].sort();
}

/** The relation type with its modality: two relations of one type between one pair differ by it. */
export function edgeKind(edge: GraphJsonEdge): string {
  return `${edge.type}:${edge.modality}`;
}

export const NODE_ATTRIBUTES: ReadonlyArray<AttributeSpec<GraphJsonNode>> = [
  { name: 'type', type: 'string', value: (node) => node.type },
  { name: 'aliases', type: 'string', list: true, value: (node) => node.aliases },
  { name: 'externalIds', type: 'string', list: true, value: (node) => node.externalIds ?? [] },
  { name: 'documentCount', type: 'int', value: (node) => node.documents.length },
  {
    name: 'documentTitles',
    type: 'string',
    list: true,
    value: (node, context) => node.documents.map(context.documentTitle),
  },
];

export const EDGE_ATTRIBUTES: ReadonlyArray<AttributeSpec<GraphJsonEdge>> = [
  { name: 'type', type: 'string', value: (edge) => edge.type },
  { name: 'kind', type: 'string', value: edgeKind },
  { name: 'confidence', type: 'double', value: (edge) => edge.confidence },
  { name: 'modality', type: 'string', value: (edge) => edge.modality },
  { name: 'assertedBy', type: 'string', list: true, value: (edge) => edge.assertedBy },
  {
    name: 'assertedByNames',
    type: 'string',
    list: true,
    value: (edge, context) => edge.assertedBy.map(context.nodeName),
  },
  { name: 'evidenceCount', type: 'int', value: (edge) => edge.evidence.length },
  { name: 'documentCount', type: 'int', value: (edge) => supportingDocuments(edge).length },
  { name: 'firstEvidence', type: 'string', value: (edge) => edge.evidence[0]?.text ?? '' },
  {
    name: 'documentTitles',
    type: 'string',
    list: true,
    value: (edge, context) => supportingDocuments(edge).map(context.documentTitle),
  },
];

/** A value for a format without list types: lists joined with `separator`. */
export function flatValue(value: AttributeValue, separator: string): string | number {
  return typeof value === 'string' || typeof value === 'number' ? value : value.join(separator);
}
