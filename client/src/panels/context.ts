/** What a panel needs from the rest of the explorer: names, styling and navigation. */
import type { DocumentSummary, Modality } from '../api-types.ts';
import { h } from '../dom.ts';
import { t } from '../i18n.ts';
import type { GraphData } from '../state/graph-data.ts';
import { modalityName, type Vocabulary } from '../vocabulary.ts';

export interface PanelContext {
  vocabulary: Vocabulary;
  data: GraphData;
  openNode(id: string): void;
  openEdge(id: string): void;
  /** Opens a document in the Documents view, scrolled to a span of its text. */
  openDocument(id: string, span: { start: number; end: number }): void;
  documentInfo(id: string): DocumentSummary | undefined;
  canvas: CanvasActions;
}

/** What a panel can do to the canvas; each is one undoable step. */
export interface CanvasActions {
  expand(id: string): void;
  dismiss(id: string): void;
  togglePin(id: string): void;
  keepOnly(id: string): void;
  isPinned(id: string): boolean;
  isExpanded(id: string): boolean;
  /** Neighbours an expansion's cap left out, when it cut some. */
  moreNeighbours(id: string): number;
}

/** "N more" and a button fetching the next page, when a list has more than is shown. */
export function moreButton(more: number, testid: string, loadMore: () => void): HTMLElement | false {
  if (more <= 0) return false;
  return h(
    'p',
    { class: 'list-more' },
    h('span', { class: 'muted', text: `${more} ${t('more')} ` }),
    h('button', { class: 'link', testid, text: t('loadMore'), on: { click: loadMore } }),
  );
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
  const entity = context.data.entity(id);
  return h(
    'button',
    {
      class: 'link entity-link',
      dir: 'auto',
      title: entity?.name ?? id,
      on: { click: () => context.openNode(id) },
    },
    entity && h('span', { class: 'dot', style: { background: context.vocabulary.entityColor(entity.type) } }),
    context.data.nameOf(id),
  );
}

export function section(title: string, ...content: (Node | false | undefined)[]): HTMLElement {
  return h('section', { class: 'panel-section' }, h('h3', { text: title }), ...content);
}
