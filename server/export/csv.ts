/**
 * Two RFC 4180 tables, nodes and edges, with the column names Gephi's spreadsheet import
 * recognises (Id, Label, Source, Target, Type, Weight). `Type` is therefore the edge
 * direction, and the relation type goes in `Label` and `Relation`.
 */
import type { GraphJson } from '../../graph-schema/graph-json.ts';
import { edgeKind, exportContext, supportingDocuments } from './flat-attributes.ts';

export const CSV_LIST_SEPARATOR = ' | ';

export type CsvTable = 'nodes' | 'edges';
export const CSV_TABLES: readonly CsvTable[] = ['nodes', 'edges'];

export function toCsv(graph: GraphJson, table: CsvTable): string {
  return table === 'nodes' ? nodesCsv(graph) : edgesCsv(graph);
}

function nodesCsv(graph: GraphJson): string {
  const context = exportContext(graph);
  return csvRows([
    ['Id', 'Label', 'EntityType', 'Aliases', 'ExternalIds', 'DocumentCount', 'DocumentTitles'],
    ...graph.nodes.map((node) => [
      node.id,
      node.name,
      node.type,
      node.aliases.join(CSV_LIST_SEPARATOR),
      (node.externalIds ?? []).join(CSV_LIST_SEPARATOR),
      node.documents.length,
      node.documents.map(context.documentTitle).join(CSV_LIST_SEPARATOR),
    ]),
  ]);
}

function edgesCsv(graph: GraphJson): string {
  const context = exportContext(graph);
  return csvRows([
    [
      'Id',
      'Source',
      'Target',
      'Type',
      'Label',
      'Relation',
      'Weight',
      'Confidence',
      'Modality',
      'AssertedBy',
      'AssertedByNames',
      'Kind',
      'EvidenceCount',
      'FirstEvidence',
      'DocumentTitles',
    ],
    ...graph.edges.map((edge) => [
      edge.id,
      edge.source,
      edge.target,
      'Directed',
      edge.type,
      edge.type,
      supportingDocuments(edge).length,
      edge.confidence,
      edge.modality,
      edge.assertedBy.join(CSV_LIST_SEPARATOR),
      edge.assertedBy.map(context.nodeName).join(CSV_LIST_SEPARATOR),
      edgeKind(edge),
      edge.evidence.length,
      edge.evidence[0]?.text ?? '',
      supportingDocuments(edge).map(context.documentTitle).join(CSV_LIST_SEPARATOR),
    ]),
  ]);
}

export function csvRows(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return rows.map((row) => row.map((cell) => csvField(String(cell))).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
