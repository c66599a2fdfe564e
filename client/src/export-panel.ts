/**
 * The Export panel: the current view as a PNG (@sigma/export-image) or as graph-json, and
 * the whole graph in every format the server exports (graph-json, GEXF, GraphML, Cytoscape
 * .cyjs, CSV), downloaded from /api/export.
 */
import { downloadAsPNG } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { DocumentSummary, GraphFragment } from './api-types.ts';
import { clear, h } from './dom.ts';
import { t } from './i18n.ts';

export interface ExportInput {
  renderer: Sigma;
  /** The entities and relations drawn now, in full (the canvas holds only their summaries). */
  view(): Promise<GraphFragment>;
  documents: ReadonlyMap<string, DocumentSummary>;
  reportError(error: unknown): void;
}

const WHOLE_GRAPH_FORMATS = [
  { label: 'graph-json', query: 'format=graph-json' },
  { label: 'GEXF', query: 'format=gexf' },
  { label: 'GraphML', query: 'format=graphml' },
  { label: 'Cytoscape (.cyjs)', query: 'format=cyjs' },
  { label: 'CSV (nodes)', query: 'format=csv&table=nodes' },
  { label: 'CSV (edges)', query: 'format=csv&table=edges' },
  { label: 'STIX 2.1', query: 'format=stix' },
] as const;

/** The drawn part of the graph in the lossless graph-json shape, with the documents it cites. */
export function viewAsGraphJson(
  view: GraphFragment,
  documents: ReadonlyMap<string, DocumentSummary>,
): string {
  const cited = new Set([
    ...view.nodes.flatMap((node) => node.documents),
    ...view.edges.flatMap((edge) => edge.evidence.map((piece) => piece.documentId)),
  ]);
  const documentList = [...cited].sort().flatMap((id) => {
    const document = documents.get(id);
    return document ? [{ id, uri: document.uri, title: document.title, lang: document.lang }] : [];
  });
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return `${JSON.stringify(
    { documents: documentList, nodes: [...view.nodes].sort(byId), edges: [...view.edges].sort(byId) },
    null,
    2,
  )}\n`;
}

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = h('a', { attrs: { href: url, download: name } });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function renderExportPanel(element: HTMLElement, input: ExportInput): void {
  clear(element);
  element.append(
    h('header', { class: 'tool-header' }, h('h2', { text: t('exportTool') })),
    h('h3', { class: 'export-heading', text: t('currentView') }),
    h(
      'div',
      { class: 'export-buttons' },
      h('button', {
        class: 'button',
        testid: 'export-png',
        text: 'PNG',
        attrs: { 'aria-label': 'Export view as PNG' },
        on: {
          click: () =>
            void downloadAsPNG(input.renderer, { fileName: 'evigraph-view', backgroundColor: '#ffffff' }),
        },
      }),
      h('button', {
        class: 'button',
        testid: 'export-view-json',
        text: 'graph-json',
        attrs: { 'aria-label': 'Export view as graph-json' },
        on: {
          click: () =>
            void input
              .view()
              .then((view) =>
                download('evigraph-view.json', 'application/json', viewAsGraphJson(view, input.documents)),
              )
              .catch(input.reportError),
        },
      }),
    ),
    h('h3', { class: 'export-heading', text: t('wholeGraph') }),
    h(
      'div',
      { class: 'export-buttons' },
      ...WHOLE_GRAPH_FORMATS.map(({ label, query }) =>
        h('a', {
          class: 'button',
          text: label,
          testid: 'export-whole',
          attrs: {
            href: `/api/export?${query}`,
            download: '',
            'aria-label': `Export whole graph as ${label}`,
          },
        }),
      ),
    ),
  );
}
