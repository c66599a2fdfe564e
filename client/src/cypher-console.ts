/**
 * The read-only Cypher console: a collapsible drawer at the bottom with a CodeMirror editor
 * (cypher-editor.ts), examples for the store in use, a history kept in this browser, results
 * as a table and, when they hold nodes, relations or paths, on the canvas. An error is shown
 * under the editor and marked in the text where the engine points.
 */
import { api, ApiError } from './api.ts';
import type { CypherResponse } from './api-types.ts';
import { CypherEditor } from './cypher-editor.ts';
import {
  backendOf,
  CYPHER_EXAMPLES,
  errorPosition,
  graphInResult,
  HISTORY_KEY,
  parseHistory,
  remember,
  type Backend,
} from './cypher-support.ts';
import { clear, h } from './dom.ts';
import { t } from './i18n.ts';
import { idKind, type IdKind } from './ids.ts';

const EXAMPLE_QUERY =
  'MATCH (a)-[r:ATTRIBUTED_TO]->(b)\nRETURN a.name, r.modality, b.name, r.id, b.id\nLIMIT 25';
/** Entities a result may put on the canvas at once (each is one request for its details). */
const MAX_DRAWN = 100;

export interface ConsoleHandlers {
  addToGraph(ids: readonly string[]): Promise<void>;
  openRelation(id: string): void;
  /** A query was run: it becomes part of the permalink. */
  ran(query: string): void;
}

export class CypherConsole {
  private readonly editor: CypherEditor;
  private readonly output: HTMLElement;
  private readonly runButton: HTMLButtonElement;
  private readonly examples: HTMLSelectElement;
  private readonly historyList: HTMLSelectElement;
  private readonly drawer: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly handlers: ConsoleHandlers;
  private backend: Backend = 'embedded';
  private history: string[] = loadHistory();
  /** Position while stepping through the history with Alt+Up/Down (-1: the text being written). */
  private recalled = -1;

  constructor(drawer: HTMLElement, toggle: HTMLButtonElement, handlers: ConsoleHandlers) {
    this.drawer = drawer;
    this.toggle = toggle;
    this.handlers = handlers;
    const editorHost = h('div', { class: 'cypher-input' });
    this.editor = new CypherEditor(editorHost, EXAMPLE_QUERY, {
      run: () => void this.run(),
      recall: (step) => this.recall(step),
    });
    this.runButton = h('button', {
      class: 'button primary',
      testid: 'cypher-run',
      on: { click: () => void this.run() },
    });
    this.examples = h('select', {
      class: 'cypher-pick',
      testid: 'cypher-examples',
      attrs: { 'aria-label': 'Examples' },
      on: { change: () => this.pick(this.examples) },
    });
    this.historyList = h('select', {
      class: 'cypher-pick',
      testid: 'cypher-history',
      attrs: { 'aria-label': 'History' },
      on: { change: () => this.pick(this.historyList) },
    });
    this.output = h('div', {
      class: 'cypher-output',
      testid: 'cypher-output',
      attrs: { 'aria-live': 'polite' },
    });
    drawer.append(
      h(
        'div',
        { class: 'cypher-editor' },
        editorHost,
        h('div', { class: 'cypher-actions' }, this.runButton, this.examples, this.historyList),
      ),
      this.output,
    );
    toggle.addEventListener('click', () => this.setOpen(drawer.hidden));
    this.relabel();
    // The examples depend on the engine; until the server says, the embedded store is assumed.
    void api
      .health()
      .then((health) => {
        this.backend = backendOf(health.store);
        this.relabel();
      })
      .catch(() => undefined);
  }

  get isOpen(): boolean {
    return !this.drawer.hidden;
  }

  setOpen(open: boolean): void {
    this.drawer.hidden = !open;
    this.toggle.setAttribute('aria-expanded', String(open));
    if (open) this.editor.focus();
    else if (this.drawer.contains(document.activeElement)) this.toggle.focus();
  }

  /** Puts a query (from a permalink) into the editor without running it. */
  setQuery(query: string): void {
    this.editor.text = query;
  }

  relabel(): void {
    this.toggle.textContent = t('console');
    this.runButton.textContent = t('run');
    clear(this.examples);
    this.examples.append(
      h('option', { text: t('examples'), attrs: { value: '' } }),
      ...CYPHER_EXAMPLES.filter((example) => example.backends.includes(this.backend)).map((example) =>
        h('option', { text: example.title, attrs: { value: example.query } }),
      ),
    );
    this.renderHistory();
  }

  async run(): Promise<void> {
    const query = this.editor.text.trim();
    if (query === '') return;
    this.handlers.ran(query);
    this.history = remember(this.history, query);
    this.recalled = -1;
    saveHistory(this.history);
    this.renderHistory();
    this.runButton.disabled = true;
    this.editor.clearError();
    clear(this.output);
    this.output.append(h('p', { class: 'muted', text: t('loading') }));
    try {
      await this.showResult(await api.cypher(query));
    } catch (error) {
      this.showError(error);
    } finally {
      this.runButton.disabled = false;
    }
  }

  private pick(select: HTMLSelectElement): void {
    if (select.value === '') return;
    this.editor.text = select.value;
    select.value = '';
    this.editor.focus();
  }

  private recall(step: -1 | 1): void {
    const next = this.recalled - step;
    if (next < -1 || next >= this.history.length) return;
    this.recalled = next;
    this.editor.text = next === -1 ? '' : (this.history[next] ?? '');
  }

  private renderHistory(): void {
    clear(this.historyList);
    this.historyList.append(
      h('option', { text: `${t('history')} (${this.history.length})`, attrs: { value: '' } }),
      ...this.history.map((query) =>
        h('option', { text: query.replace(/\s+/g, ' ').slice(0, 90), attrs: { value: query } }),
      ),
    );
  }

  private showError(error: unknown): void {
    clear(this.output);
    const code = error instanceof ApiError ? error.code : 'error';
    const message = error instanceof Error ? error.message : String(error);
    const position = errorPosition(message);
    if (position) this.editor.markError(position.line, position.column, message);
    this.output.append(
      h(
        'div',
        { class: 'error', role: 'alert', testid: 'cypher-error' },
        h('strong', { text: position ? `${code} · ${t('line')} ${position.line}:${position.column}` : code }),
        h('pre', { text: message }),
      ),
    );
  }

  private async showResult(result: CypherResponse): Promise<void> {
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
    const summary = h(
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
    );
    this.output.append(
      summary,
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
    // The table is there at once; the canvas follows when the entities are fetched.
    try {
      const drawn = await this.draw(result);
      if (drawn > 0)
        summary.insertBefore(
          h('span', { class: 'muted', testid: 'cypher-drawn', text: `${drawn} ${t('onCanvas')}` }),
          summary.children[0] ?? null,
        );
    } catch (error) {
      summary.append(
        h('span', {
          class: 'error',
          role: 'alert',
          text: error instanceof Error ? error.message : String(error),
        }),
      );
    }
  }

  /**
   * Nodes, relations and paths of a result go on the canvas (one undoable step); a relation
   * whose ends the result does not hold is looked up. Returns how many entities were put there.
   */
  private async draw(result: CypherResponse): Promise<number> {
    const graph = graphInResult(result.rows);
    const entities = new Set(graph.entities);
    const lookups = graph.relations.slice(0, MAX_DRAWN).map(async (id) => {
      const { edge } = await api.edge(id);
      entities.add(edge.source);
      entities.add(edge.target);
    });
    await Promise.allSettled(lookups);
    const shown = [...entities].slice(0, MAX_DRAWN);
    if (shown.length === 0) return 0;
    await this.handlers.addToGraph(shown);
    return shown.length;
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

function loadHistory(): string[] {
  try {
    return parseHistory(localStorage.getItem(HISTORY_KEY));
  } catch {
    // Storage refused (private mode, policy): the history lasts this visit.
    return [];
  }
}

function saveHistory(history: readonly string[]): void {
  try {
    localStorage.setItem(HISTORY_KEY, JSON.stringify(history));
  } catch {
    // As above: nothing to keep it in.
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
