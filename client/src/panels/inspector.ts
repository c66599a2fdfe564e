/**
 * The side panel: a short history of opened entities and relations. The newest is shown;
 * Back or Escape returns to the previous one, and closes the panel after the last.
 */
import { api } from '../api.ts';
import type { EdgeDetailsResponse, EntityDetailsResponse, GraphSummaryNode } from '../api-types.ts';
import { clear, h } from '../dom.ts';
import { entityToNode } from '../canvas-graph.ts';
import { t } from '../i18n.ts';
import { nextDetailsOffset, withNextDetails, withNextEvidence } from '../state/pages.ts';
import type { PanelContext } from './context.ts';
import { renderEdgePanel } from './edge-panel.ts';
import { renderNodePanel } from './node-panel.ts';

export type InspectorView =
  | { kind: 'node'; id: string; details?: EntityDetailsResponse; error?: string }
  | { kind: 'edge'; id: string; details?: EdgeDetailsResponse; error?: string };

/** Details needed only to name an entity: its lists are not read past one item. */
const NAME_ONLY = { limit: 1 };

/** Relations of an entity beyond this many are named through the neighbourhood call. */
const NEIGHBOUR_NAME_LIMIT = 300;

export class Inspector {
  private readonly stack: InspectorView[] = [];

  private readonly element: HTMLElement;
  private readonly context: PanelContext;
  private readonly viewChanged: (view: InspectorView | undefined) => void;

  constructor(
    element: HTMLElement,
    context: PanelContext,
    viewChanged: (view: InspectorView | undefined) => void,
  ) {
    this.element = element;
    this.context = context;
    this.viewChanged = viewChanged;
  }

  get isOpen(): boolean {
    return this.stack.length > 0;
  }

  openNode(id: string): void {
    this.push({ kind: 'node', id });
  }

  openEdge(id: string): void {
    this.push({ kind: 'edge', id });
  }

  back(): void {
    this.stack.pop();
    this.show();
  }

  close(): void {
    this.stack.length = 0;
    this.show();
  }

  /** Draws the current view again, e.g. after the interface language changed. */
  rerender(): void {
    const view = this.top();
    if (view) this.render(view);
  }

  private top(): InspectorView | undefined {
    return this.stack[this.stack.length - 1];
  }

  private push(view: InspectorView): void {
    const top = this.top();
    if (top && top.kind === view.kind && top.id === view.id) return;
    this.stack.push(view);
    this.show();
  }

  private show(): void {
    const view = this.top();
    this.element.hidden = view === undefined;
    this.viewChanged(view);
    if (!view) return;
    this.render(view);
    if (!view.details && !view.error) void this.load(view);
  }

  private async load(view: InspectorView): Promise<void> {
    try {
      if (view.kind === 'node') {
        const [details, neighbours] = await Promise.all([
          api.entity(view.id),
          api.neighbors(view.id, NEIGHBOUR_NAME_LIMIT),
        ]);
        this.context.data.remember([entityToNode(details.entity), ...neighbours.nodes]);
        const claimEnds = details.claims.flatMap((edge) => [edge.source, edge.target]);
        await this.learnNames([
          ...details.relations.flatMap((edge) => [edge.source, edge.target]),
          ...claimEnds,
        ]);
        view.details = details;
      } else {
        const details = await api.edge(view.id);
        await this.learnNames([
          details.edge.source,
          details.edge.target,
          ...details.edge.assertedBy,
          ...details.evidence.flatMap((piece) => piece.assertedBy),
        ]);
        view.details = details;
      }
    } catch (error) {
      view.error = error instanceof Error ? error.message : String(error);
    }
    if (this.top() === view) this.render(view);
  }

  /** Appends the next page of the view's lists (an entity's relations, claims and documents, or a relation's evidence). */
  private async loadMore(view: InspectorView): Promise<void> {
    try {
      if (view.kind === 'node' && view.details) {
        const next = await api.entity(view.id, { offset: nextDetailsOffset(view.details) });
        await this.learnNames(next.relations.flatMap((edge) => [edge.source, edge.target]));
        view.details = withNextDetails(view.details, next);
      } else if (view.kind === 'edge' && view.details) {
        const next = await api.edge(view.id, { offset: view.details.evidence.length });
        await this.learnNames(next.evidence.flatMap((piece) => piece.assertedBy));
        view.details = withNextEvidence(view.details, next);
      }
    } catch (error) {
      view.error = error instanceof Error ? error.message : String(error);
    }
    if (this.top() !== view) return;
    // The longer list is drawn anew; the reader stays where the button was.
    const scrolled = this.element.scrollTop;
    this.render(view);
    this.element.scrollTop = scrolled;
  }

  /** Fetches the entities among `ids` the explorer cannot name yet. */
  private async learnNames(ids: readonly string[]): Promise<void> {
    const unknown = [...new Set(ids)].filter((id) => this.context.data.entity(id) === undefined);
    const found = await Promise.all(
      unknown.map((id) =>
        api.entity(id, NAME_ONLY).then(
          (found) => entityToNode(found.entity),
          () => undefined,
        ),
      ),
    );
    this.context.data.remember(found.filter((node): node is GraphSummaryNode => node !== undefined));
  }

  private render(view: InspectorView): void {
    clear(this.element);
    const toolbar = h(
      'div',
      { class: 'panel-toolbar' },
      this.stack.length > 1 &&
        h('button', { class: 'button small', text: t('back'), on: { click: () => this.back() } }),
      h('span', { class: 'spacer' }),
      h('button', {
        class: 'button small icon',
        text: '×',
        title: t('close'),
        testid: 'close-panel',
        attrs: { 'aria-label': t('close') },
        on: { click: () => this.close() },
      }),
    );
    const body = h('div', {
      class: 'panel-body',
      testid: view.kind === 'node' ? 'node-panel' : 'edge-panel',
    });
    if (view.error) {
      body.append(h('p', { class: 'error', role: 'alert', text: `${t('loadFailed')}: ${view.error}` }));
    } else if (!view.details) {
      body.append(h('p', { class: 'muted', text: t('loading') }));
    } else if (view.kind === 'node') {
      body.append(...renderNodePanel(this.context, view.details, () => void this.loadMore(view)));
    } else {
      body.append(...renderEdgePanel(this.context, view.details, () => void this.loadMore(view)));
    }
    this.element.append(toolbar, body);
    if (view.details) this.element.querySelector<HTMLElement>('.panel-title')?.focus({ preventScroll: true });
  }
}
