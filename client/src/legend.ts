/**
 * Legend: the entity types present in the view with their colours and counts, and how
 * hedged or denied claims are drawn.
 */
import { clear, h } from './dom.ts';
import type { ExplorerGraph } from './graph-state.ts';
import { t } from './i18n.ts';
import type { Vocabulary } from './vocabulary.ts';

export function renderLegend(element: HTMLElement, graph: ExplorerGraph, vocabulary: Vocabulary): void {
  const counts = new Map<string, number>();
  graph.forEachNode((_node, attributes) =>
    counts.set(attributes.entityType, (counts.get(attributes.entityType) ?? 0) + 1),
  );
  const types = vocabulary.entityTypeList().filter((type) => counts.has(type.name));
  clear(element);
  element.append(
    h('h2', { class: 'legend-title', text: t('legend') }),
    h(
      'ul',
      { class: 'legend-types' },
      ...types.map((type) =>
        h(
          'li',
          {},
          h('span', { class: 'dot', style: { background: type.color } }),
          h('span', { text: vocabulary.entityTypeName(type.name) }),
          h('span', { class: 'count', text: String(counts.get(type.name) ?? 0) }),
        ),
      ),
    ),
    h(
      'p',
      { class: 'legend-modality' },
      h('span', { class: 'line strong' }),
      h('span', { class: 'line faded' }),
      h('span', { class: 'line pale' }),
      h('span', { text: t('modalityKey') }),
    ),
  );
}
