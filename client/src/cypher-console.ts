/**
 * The read-only Cypher console: a collapsible drawer at the bottom. Ctrl+Enter (or Cmd+Enter)
 * runs the query; results come back as a table, and entities in them can be put on the graph.
 */
import { api, ApiError } from './api.ts';
import type { CypherResponse } from './api-types.ts';
import { clear, h } from './dom.ts';
import { t } from './i18n.ts';
import { idKind, type IdKind } from './ids.ts';

const EXAMPLE_QUERY =
  'MATCH (a)-[r:ATTRIBUTED_TO]->(b)\nRETURN a.name, r.modality, b.name, r.id, b.id\nLIMIT 25';

export interface ConsoleHandlers {
  addToGraph(ids: readonly string[]): Promise<void>;
  openRelation(id: string): void;
  /** A query was run: it becomes part of the permalink. */
  ran(query: string): void;
}

export class CypherConsole {
  private readonly textarea: HTMLTextAreaElement;
  private readonly output: HTMLElement;
  private readonly runButton: HTMLButtonElement;
  private readonly drawer: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly handlers: ConsoleHandlers;

  constructor(drawer: HTMLElement, toggle: HTMLButtonElement, handlers: ConsoleHandlers) {
    this.drawer = drawer;
    this.toggle = toggle;
    this.handlers = handlers;
    this.textarea = h('textarea', {
      class: 'cypher-input',
      id: 'cypher-input',
      testid: 'cypher-input',
      dir: 'ltr',
      attrs: { spellcheck: 'false', rows: '4', 'aria-label': 'Cypher' },
    });
    this.textarea.value = EXAMPLE_QUERY;
    this.textarea.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void this.run();
      }
    });
    this.runButton = h('button', {
      class: 'button primary',
      testid: 'cypher-run',
      on: { click: () => void this.run() },
    });
    this.output = h('div', {
      class: 'cypher-output',
      testid: 'cypher-output',
      attrs: { 'aria-live': 'polite' },
    });
    drawer.append(h('div', { class: 'cypher-editor' }, this.textarea, this.runButton), this.output);
    toggle.addEventListener('click', () => this.setOpen(drawer.hidden));
    this.relabel();
  }

  get isOpen(): boolean {
    return !this.drawer.hidden;
  }

  setOpen(open: boolean): void {
    this.drawer.hidden = !open;
    this.toggle.setAttribute('aria-expanded', String(open));
    if (open) this.textarea.focus();
    else if (this.drawer.contains(document.activeElement)) this.toggle.focus();
  }

  /** Puts a query (from a permalink) into the editor without running it. */
  setQuery(query: string): void {
    this.textarea.value = query;
  }

  relabel(): void {
    this.toggle.textContent = t('console');
    this.runButton.textContent = t('run');
  }

  async run(): Promise<void> {
    const query = this.textarea.value.trim();
    if (query === '') return;
    this.handlers.ran(query);
    this.runButton.disabled = true;
    clear(this.output);
    this.output.append(h('p', { class: 'muted', text: t('loading') }));
    try {
      this.showResult(await api.cypher(query));
    } catch (error) {
      this.showError(error);
    } finally {
      this.runButton.disabled = false;
    }
  }

  private showError(error: unknown): void {
    clear(this.output);
    const code = error instanceof ApiError ? error.code : 'error';
    const message = error instanceof Error ? error.message : String(error);
    this.output.append(
      h(
        'div',
        { class: 'error', role: 'alert', testid: 'cypher-error' },
        h('strong', { text: code }),
        h('pre', { text: message }),
      ),
    );
  }

  private showResult(result: CypherResponse): void {
    clear(this.output);
    const ids = new Set<string>();
    const rows = result.rows.map((row) =>
      h(
        'tr',
        {},
        ...row.map((value) => {
          const id = idIn(value);
          const kind = id === undefined ? undefined : idKind(id);
          if (id !== undefined && kind === 'entity') ids.add(id);
          const structured = typeof value === 'object' && value !== null;
          return h(
            'td',
            { dir: 'auto', ...(structured ? { title: JSON.stringify(value) } : {}) },
            formatValue(value),
            id !== undefined && kind && this.idAction(id, kind),
          );
        }),
      ),
    );
    this.output.append(
      h(
        'p',
        { class: 'cypher-summary' },
        `${result.rows.length} ${t('rows')}${result.truncated ? ` (${t('truncated')})` : ''}`,
        ids.size > 0 &&
          h('button', {
            class: 'button small',
            text: t('addAll'),
            on: {
              click: () =>
                void this.handlers.addToGraph([...ids]).catch((error: unknown) => this.showError(error)),
            },
          }),
      ),
      h(
        'div',
        { class: 'table-scroll' },
        h(
          'table',
          { testid: 'cypher-table' },
          h('thead', {}, h('tr', {}, ...result.columns.map((column) => h('th', { text: column })))),
          h('tbody', {}, ...rows),
        ),
      ),
    );
  }

  private idAction(id: string, kind: IdKind): HTMLButtonElement {
    const label = kind === 'entity' ? t('addToGraph') : t('openRelation');
    return h('button', {
      class: 'button tiny',
      text: kind === 'entity' ? '+' : '↗',
      title: label,
      attrs: { 'aria-label': `${label}: ${id}` },
      on: {
        click: () => {
          if (kind === 'entity')
            void this.handlers.addToGraph([id]).catch((error: unknown) => this.showError(error));
          else this.handlers.openRelation(id);
        },
      },
    });
  }
}

/** An id in a cell: the cell itself, or the `id` property of a node or relationship object. */
function idIn(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'object' && value !== null && 'id' in value && typeof value.id === 'string')
    return value.id;
  return undefined;
}

/**
 * Text for a result cell. Nodes and relationships come back as objects with a `_label`; they
 * are shown by label and name, the full object is in the cell's tooltip.
 */
function formatValue(value: unknown): string {
  if (value === null || value === undefined) return '∅';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ');
  if (typeof value === 'object' && '_label' in value && typeof value._label === 'string') {
    const name = 'name' in value && typeof value.name === 'string' ? ` ${value.name}` : '';
    return `:${value._label}${name}`;
  }
  return JSON.stringify(value);
}
