/** The status line: what the store holds and how much of it is drawn. */
import type { StatsResponse } from './api-types.ts';
import { clear, h } from './dom.ts';
import type { ExplorerGraph } from './canvas-graph.ts';
import { t } from './i18n.ts';

export function renderStats(element: HTMLElement, stats: StatsResponse, graph: ExplorerGraph): void {
  clear(element);
  element.append(
    h('span', { testid: 'stats-documents', text: `${stats.documents} ${t('statsDocuments')}` }),
    h('span', { text: `${stats.entities} ${t('statsEntities')}` }),
    h('span', { text: `${stats.relations} ${t('statsRelations')}` }),
    h(
      'span',
      { class: 'shown' },
      `${t('statsShown')}: `,
      h('b', { testid: 'shown-node-count', text: String(graph.order) }),
      ` ${t('nodes')}, `,
      h('b', { testid: 'shown-edge-count', text: String(graph.size) }),
      ` ${t('edges')}`,
    ),
  );
}
