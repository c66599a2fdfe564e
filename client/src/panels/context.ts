/** What a panel needs from the rest of the explorer: names, styling and navigation. */
import type { Modality } from '../api-types.ts';
import { h } from '../dom.ts';
import type { GraphState } from '../graph-state.ts';
import { modalityName, type Vocabulary } from '../vocabulary.ts';

export interface PanelContext {
  vocabulary: Vocabulary;
  state: GraphState;
  openNode(id: string): void;
  openEdge(id: string): void;
  expand(id: string): void;
}

export function typeBadge(context: PanelContext, type: string): HTMLElement {
  return h('span', {
    class: 'badge type-badge',
    text: context.vocabulary.entityTypeName(type),
    style: { background: context.vocabulary.entityColor(type) },
  });
}

export function modalityBadge(modality: Modality): HTMLElement {
  return h('span', { class: `badge modality modality-${modality}`, text: modalityName(modality) });
}

export function entityLink(context: PanelContext, id: string): HTMLElement {
  const entity = context.state.entity(id);
  return h(
    'button',
    {
      class: 'link entity-link',
      dir: 'auto',
      title: entity?.name ?? id,
      on: { click: () => context.openNode(id) },
    },
    entity && h('span', { class: 'dot', style: { background: context.vocabulary.entityColor(entity.type) } }),
    context.state.nameOf(id),
  );
}

export function section(title: string, ...content: (Node | false | undefined)[]): HTMLElement {
  return h('section', { class: 'panel-section' }, h('h3', { text: title }), ...content);
}
