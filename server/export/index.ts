/**
 * The export formats by name: what the CLI's --format and the API's ?format= accept.
 * Adding a format is one converter module and one entry here.
 */
import type { GraphJson } from '../../graph-schema/graph-json.ts';
import { toCsv, type CsvTable } from './csv.ts';
import { toCyjs } from './cyjs.ts';
import { toGexf } from './gexf.ts';
import { toGraphJson } from './graph-json.ts';
import { toGraphml } from './graphml.ts';
import { toStix } from './stix.ts';

export interface ExportFormat {
  mediaType: string;
  extension: string;
  /** CSV is two tables; every other format is one file. */
  render(graph: GraphJson, table: CsvTable): string;
}

export const EXPORT_FORMAT_NAMES = ['graph-json', 'gexf', 'graphml', 'cyjs', 'csv', 'stix'] as const;
export type ExportFormatName = (typeof EXPORT_FORMAT_NAMES)[number];

export const EXPORT_FORMATS: Record<ExportFormatName, ExportFormat> = {
  'graph-json': { mediaType: 'application/json', extension: 'json', render: toGraphJson },
  gexf: { mediaType: 'application/gexf+xml', extension: 'gexf', render: toGexf },
  graphml: { mediaType: 'application/graphml+xml', extension: 'graphml', render: toGraphml },
  cyjs: { mediaType: 'application/json', extension: 'cyjs', render: toCyjs },
  csv: { mediaType: 'text/csv', extension: 'csv', render: toCsv },
  stix: { mediaType: 'application/stix+json', extension: 'stix.json', render: toStix },
};

export function unknownFormatMessage(name: string): string {
  return `unknown export format "${name}"; choose one of ${EXPORT_FORMAT_NAMES.join(', ')}`;
}

/** Where the edges table goes when the nodes table is written to `path`: `graph.csv` -> `graph-edges.csv`. */
export function csvEdgesPath(path: string): string {
  const dot = path.lastIndexOf('.');
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return dot > slash + 1 ? `${path.slice(0, dot)}-edges${path.slice(dot)}` : `${path}-edges`;
}
