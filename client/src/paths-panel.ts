/**
 * The Paths panel: pick two entities, find the shortest or the best-attested path between
 * them, see it on the canvas (its entities added, its relations emphasised) and read the
 * evidence of each hop.
 */
import { api } from './api.ts';
import type { EvidenceView, SearchResult } from './api-types.ts';
import { clear, h } from './dom.ts';
import { t, textDirection } from './i18n.ts';
import type { GraphData } from './state/graph-data.ts';
import { findPath, attestationCost, type Hop, type PathKind } from './state/paths.ts';
import { modalityName, type Vocabulary } from './vocabulary.ts';

/** Longest path the server is asked for. */
const MAX_PATH_LENGTH = 6;
/** Neighbours fetched around each end, and how many of them are looked around in turn. */
const AROUND_LIMIT = 50;
const SECOND_RING = 12;
const PICKER_RESULTS = 6;

export interface PathsInput {
  data: GraphData;
  vocabulary: Vocabulary;
  selectedEntity(): string | undefined;
  /** Puts the path on the canvas and emphasises its relations (none: clear). */
  show(hops: readonly Hop[]): void;
  openEdge(id: string): void;
}

interface End {
  id: string;
  name: string;
}

interface Result {
  kind: PathKind;
  hops?: Hop[];
  error?: string;
}

export class PathsPanel {
  readonly #input: PathsInput;
  #from: End | undefined;
  #to: End | undefined;
  #kind: PathKind = 'shortest';
  #result: Result | undefined;
  #busy = false;
  #element: HTMLElement | undefined;
  /** Each hop's first sentence, asked for once: relations arrive as summaries. */
  readonly #firstSentences = new Map<string, Promise<EvidenceView | undefined>>();

  constructor(input: PathsInput) {
    this.#input = input;
  }

  render(element: HTMLElement): void {
    this.#element = element;
    clear(element);
    element.append(
      h('header', { class: 'tool-header' }, h('h2', { text: t('pathsTool') })),
      this.#picker('from'),
      this.#picker('to'),
      h(
        'fieldset',
        { class: 'filter-group' },
        h('legend', { text: t('pathKind') }),
        ...(['shortest', 'attested'] as const).map((kind) =>
          h(
            'label',
            { class: 'check' },
            h('input', {
              testid: `path-kind-${kind}`,
              attrs: { type: 'radio', name: 'path-kind', ...(this.#kind === kind ? { checked: '' } : {}) },
              on: { change: () => (this.#kind = kind) },
            }),
            h('span', { text: t(kind === 'shortest' ? 'pathShortest' : 'pathAttested') }),
          ),
        ),
      ),
      h(
        'div',
        { class: 'panel-actions' },
        h('button', {
          class: 'button primary',
          testid: 'find-path',
          text: t('findPath'),
          attrs: {
            'aria-label': 'Find path',
            ...(this.#from && this.#to && !this.#busy ? {} : { disabled: '' }),
          },
          on: { click: () => void this.#find() },
        }),
        this.#result?.hops &&
          h('button', {
            class: 'button',
            text: t('clearFilters'),
            on: {
              click: () => {
                this.#result = undefined;
                this.#input.show([]);
                this.#redraw();
              },
            },
          }),
      ),
      this.#busy ? h('p', { class: 'muted', text: t('loading') }) : '',
      this.#result ? this.#renderResult(this.#result) : '',
    );
  }

  #redraw(): void {
    if (this.#element && !this.#element.hidden) this.render(this.#element);
  }

  #picker(end: 'from' | 'to'): HTMLElement {
    const chosen = end === 'from' ? this.#from : this.#to;
    const label = end === 'from' ? 'Path from' : 'Path to';
    const results = h('ul', {
      class: 'picker-results',
      role: 'listbox',
      attrs: { 'aria-label': `${label} results` },
    });
    let debounce: ReturnType<typeof setTimeout> | undefined;
    const choose = (value: End) => {
      if (end === 'from') this.#from = value;
      else this.#to = value;
      this.#redraw();
    };
    const input = h('input', {
      testid: `path-${end}`,
      dir: 'auto',
      attrs: { type: 'search', value: chosen?.name ?? '', 'aria-label': label, placeholder: t('search') },
      on: {
        input: () => {
          clearTimeout(debounce);
          debounce = setTimeout(() => void this.#suggest(input.value, results, choose), 150);
        },
      },
    });
    const selected = this.#input.selectedEntity();
    return h(
      'div',
      { class: 'picker' },
      h('span', { class: 'picker-label', text: t(end === 'from' ? 'pathFrom' : 'pathTo') }),
      input,
      selected &&
        h('button', {
          class: 'link',
          text: t('useSelection'),
          attrs: { 'aria-label': `${label}: selected entity` },
          on: { click: () => choose({ id: selected, name: this.#input.data.nameOf(selected) }) },
        }),
      results,
    );
  }

  async #suggest(query: string, list: HTMLElement, choose: (end: End) => void): Promise<void> {
    clear(list);
    if (query.trim() === '') return;
    let found: SearchResult[];
    try {
      found = await api.search(query.trim(), PICKER_RESULTS);
    } catch {
      return;
    }
    list.append(
      ...found.map((result) =>
        h(
          'li',
          { role: 'option', attrs: { 'aria-selected': 'false' } },
          h('button', {
            class: 'link',
            testid: 'path-suggestion',
            dir: 'auto',
            text: `${result.name} · ${this.#input.vocabulary.entityTypeName(result.type)}`,
            on: { click: () => choose({ id: result.id, name: result.name }) },
          }),
        ),
      ),
    );
  }

  async #find(): Promise<void> {
    const [from, to, kind] = [this.#from, this.#to, this.#kind];
    if (!from || !to) return;
    this.#result = undefined;
    this.#busy = true;
    this.#redraw();
    try {
      await this.#gather(from.id, to.id);
      const hops = findPath(this.#input.data.edges.values(), from.id, to.id, kind);
      this.#result = hops ? { kind, hops } : { kind, error: t('noPath') };
      this.#input.show(hops ?? []);
    } catch (error) {
      this.#result = { kind, error: error instanceof Error ? error.message : String(error) };
    } finally {
      this.#busy = false;
      this.#redraw();
    }
  }

  /**
   * Fetches the relations a path may use: the server's shortest paths, and the
   * neighbourhoods of both ends two steps deep (the best-attested neighbours first), where a
   * longer but better-sourced way round can be found.
   */
  async #gather(from: string, to: string): Promise<void> {
    const { data } = this.#input;
    const [paths, ...rings] = await Promise.all([
      api.paths(from, to, MAX_PATH_LENGTH),
      api.neighbors(from, AROUND_LIMIT),
      api.neighbors(to, AROUND_LIMIT),
    ]);
    data.addFragment(paths);
    const next = new Set<string>();
    rings.forEach((ring, index) => {
      data.addFragment(ring);
      const end = index === 0 ? from : to;
      const best = [...ring.edges].sort((a, b) => attestationCost(a) - attestationCost(b));
      for (const edge of best.slice(0, SECOND_RING))
        next.add(edge.source === end ? edge.target : edge.source);
    });
    next.delete(from);
    next.delete(to);
    const second = await Promise.all([...next].map((id) => api.neighbors(id, AROUND_LIMIT)));
    for (const fragment of second) data.addFragment(fragment);
  }

  #firstSentence(edgeId: string): HTMLElement {
    const quote = h('blockquote', { class: 'sentence', testid: 'hop-evidence' });
    let piece = this.#firstSentences.get(edgeId);
    if (!piece) {
      // A hop whose evidence cannot be fetched keeps an empty quote; its Evidence button says why.
      piece = api.edge(edgeId).then(
        (details) => details.evidence[0],
        () => undefined,
      );
      this.#firstSentences.set(edgeId, piece);
    }
    void piece.then((found) => fillSentence(quote, found));
    return quote;
  }

  #renderResult(result: Result): HTMLElement {
    if (!result.hops) return h('p', { class: 'muted', testid: 'path-none', text: result.error ?? '' });
    const { data, vocabulary } = this.#input;
    return h(
      'ol',
      { class: 'path-hops', testid: 'path-hops' },
      ...result.hops.map(({ edge, from, to }) =>
        h(
          'li',
          { testid: 'path-hop', attrs: { 'data-edge': edge.id } },
          h(
            'p',
            { class: 'hop-line' },
            h('span', { dir: 'auto', class: 'row-name', text: data.nameOf(from) }),
            h('span', {
              class: 'relation-word',
              text: ` ${edge.source === from ? '→' : '←'} ${vocabulary.relationName(edge.type)} `,
            }),
            h('span', { dir: 'auto', class: 'row-name', text: data.nameOf(to) }),
          ),
          h(
            'p',
            { class: 'hop-meta muted' },
            `${modalityName(edge.modality)} · ${edge.documentCount} ${t('sources')} · ${Math.round(edge.confidence * 100)}%`,
          ),
          this.#firstSentence(edge.id),
          h('button', {
            class: 'link',
            text: t('evidence'),
            attrs: { 'aria-label': 'Evidence of this hop' },
            on: { click: () => this.#input.openEdge(edge.id) },
          }),
        ),
      ),
    );
  }
}

/** The sentence in its direction and language; the quote is shown empty until it arrives. */
function fillSentence(quote: HTMLElement, piece: EvidenceView | undefined): void {
  if (!piece) return;
  const direction = textDirection(piece.lang);
  quote.className = `sentence dir-${direction}`;
  quote.dir = direction;
  quote.lang = piece.lang === 'und' ? '' : piece.lang;
  quote.textContent = piece.text;
}
