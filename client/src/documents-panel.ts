/**
 * The Documents view: every document of the store (title, language, source, date, number of
 * entities), sortable and searchable; open one to read its text with entity mentions
 * highlighted (right to left where the language needs it). A mention selects its entity;
 * "open in document" from an evidence sentence scrolls to that sentence.
 */
import { api } from './api.ts';
import type { DocumentDetailsResponse, DocumentSummary, MentionView } from './api-types.ts';
import { clear, h } from './dom.ts';
import { t, textDirection, type StringKey } from './i18n.ts';
import type { Vocabulary } from './vocabulary.ts';

type Column = 'title' | 'lang' | 'source' | 'publishedAt' | 'entities';

const COLUMNS: readonly { key: Column; label: StringKey }[] = [
  { key: 'title', label: 'docTitle' },
  { key: 'lang', label: 'docLanguage' },
  { key: 'source', label: 'docSource' },
  { key: 'publishedAt', label: 'docDate' },
  { key: 'entities', label: 'docEntities' },
];

/** Counting needs the store's mention relation: one read-only query, same on both backends. */
const ENTITY_COUNT_QUERY =
  'MATCH (e)-[:MENTIONED_IN]->(d:Document) RETURN d.id AS id, count(DISTINCT e) AS entities';

export interface DocumentsInput {
  vocabulary: Vocabulary;
  /** A mention was clicked: show its entity. */
  selectEntity(id: string): void;
}

interface Reading {
  id: string;
  details?: DocumentDetailsResponse;
  error?: string;
  /** The span to scroll to and mark (an evidence sentence). */
  focus?: { start: number; end: number };
}

export class DocumentsPanel {
  readonly #input: DocumentsInput;
  #documents: DocumentSummary[];
  #entityCounts = new Map<string, number>();
  #countsLoaded = false;
  #filter = '';
  #sort: { column: Column; descending: boolean } = { column: 'title', descending: false };
  #reading: Reading | undefined;
  #element: HTMLElement | undefined;

  constructor(documents: DocumentSummary[], input: DocumentsInput) {
    this.#documents = documents;
    this.#input = input;
  }

  /** Replaces the list (after an upload) and forgets the counts. */
  setDocuments(documents: DocumentSummary[]): void {
    this.#documents = documents;
    this.#countsLoaded = false;
  }

  documentInfo(id: string): DocumentSummary | undefined {
    return this.#documents.find((document) => document.id === id);
  }

  render(element: HTMLElement): void {
    this.#element = element;
    if (this.#reading) this.#renderReader(element, this.#reading);
    else this.#renderList(element);
    if (!this.#countsLoaded) void this.#loadCounts();
  }

  /** Opens a document to read, optionally scrolled to a span of its text. */
  open(id: string, focus?: { start: number; end: number }): void {
    const reading: Reading = { id, ...(focus ? { focus } : {}) };
    this.#reading = reading;
    this.#redraw();
    void api.document(id).then(
      (details) => {
        reading.details = details;
        if (this.#reading === reading) this.#redraw();
      },
      (error: unknown) => {
        reading.error = error instanceof Error ? error.message : String(error);
        if (this.#reading === reading) this.#redraw();
      },
    );
  }

  #redraw(): void {
    if (this.#element && !this.#element.hidden) this.render(this.#element);
  }

  async #loadCounts(): Promise<void> {
    this.#countsLoaded = true;
    try {
      const result = await api.cypher(ENTITY_COUNT_QUERY);
      this.#entityCounts = new Map(
        result.rows.flatMap((row) => (typeof row[0] === 'string' ? [[row[0], Number(row[1])] as const] : [])),
      );
    } catch {
      // Counts are a convenience: the list stays usable without them.
      return;
    }
    if (!this.#reading) this.#redraw();
  }

  #value(document: DocumentSummary, column: Column): string | number {
    if (column === 'entities') return this.#entityCounts.get(document.id) ?? -1;
    return document[column] ?? '';
  }

  #rows(): DocumentSummary[] {
    const needle = this.#filter.trim().toLocaleLowerCase();
    const matching = this.#documents.filter((document) =>
      [document.title, document.uri, document.source ?? ''].some((field) =>
        field.toLocaleLowerCase().includes(needle),
      ),
    );
    const { column, descending } = this.#sort;
    return matching.sort((a, b) => {
      const [x, y] = [this.#value(a, column), this.#value(b, column)];
      const order =
        typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return descending ? -order : order;
    });
  }

  #renderList(element: HTMLElement): void {
    const focused = element.ownerDocument.activeElement;
    const searchHadFocus = focused instanceof HTMLElement && focused.dataset['testid'] === 'documents-search';
    clear(element);
    const search = h('input', {
      class: 'documents-search',
      testid: 'documents-search',
      dir: 'auto',
      attrs: {
        type: 'search',
        value: this.#filter,
        'aria-label': 'Search documents',
        placeholder: t('docSearch'),
      },
      on: {
        input: (event) => {
          this.#filter = (event.target as HTMLInputElement).value;
          this.render(element);
        },
      },
    });
    const rows = this.#rows();
    element.append(
      h(
        'header',
        { class: 'tool-header' },
        h('h2', { text: `${t('documentsTool')} (${this.#documents.length})` }),
      ),
      search,
      h(
        'table',
        { class: 'documents-table', testid: 'documents-table' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ...COLUMNS.map(({ key, label }) => {
              const sorted = this.#sort.column === key;
              return h(
                'th',
                {
                  attrs: {
                    'aria-sort': sorted ? (this.#sort.descending ? 'descending' : 'ascending') : 'none',
                  },
                },
                h('button', {
                  class: 'link',
                  testid: `sort-${key}`,
                  text: `${t(label)}${sorted ? (this.#sort.descending ? ' ▾' : ' ▴') : ''}`,
                  on: {
                    click: () => {
                      this.#sort = { column: key, descending: sorted ? !this.#sort.descending : false };
                      this.render(element);
                    },
                  },
                }),
              );
            }),
          ),
        ),
        h(
          'tbody',
          {},
          ...rows.map((document) => {
            const count = this.#entityCounts.get(document.id);
            return h(
              'tr',
              { testid: 'document-row', attrs: { 'data-id': document.id } },
              h(
                'td',
                {},
                h('button', {
                  class: 'link document-open',
                  dir: 'auto',
                  text: document.title || document.uri,
                  title: document.uri,
                  on: { click: () => this.open(document.id) },
                }),
              ),
              h('td', { text: document.lang }),
              h('td', { dir: 'auto', text: document.source ?? '' }),
              h('td', { text: document.publishedAt?.slice(0, 10) ?? '' }),
              h('td', { class: 'number', text: count === undefined ? '' : String(count) }),
            );
          }),
        ),
      ),
    );
    if (searchHadFocus) {
      search.focus();
      search.setSelectionRange(search.value.length, search.value.length);
    }
  }

  #renderReader(element: HTMLElement, reading: Reading): void {
    clear(element);
    const back = h('button', {
      class: 'button small',
      testid: 'documents-back',
      text: t('back'),
      on: {
        click: () => {
          this.#reading = undefined;
          this.render(element);
        },
      },
    });
    const summary = reading.details?.document ?? this.documentInfo(reading.id);
    element.append(
      h('header', { class: 'tool-header' }, back),
      h('h2', {
        class: 'document-title',
        dir: 'auto',
        testid: 'document-title',
        text: summary?.title ?? reading.id,
      }),
      summary ? documentMeta(summary) : '',
    );
    if (reading.error) {
      element.append(h('p', { class: 'error', text: `${t('loadFailed')}: ${reading.error}` }));
      return;
    }
    if (!reading.details) {
      element.append(h('p', { class: 'muted', text: t('loading') }));
      return;
    }
    const body = this.#documentText(reading.details, reading.focus);
    element.append(body);
    body.querySelector('.evidence-focus')?.scrollIntoView({ block: 'center' });
  }

  #documentText(details: DocumentDetailsResponse, focus: Reading['focus']): HTMLElement {
    const { document, mentions } = details;
    const direction = textDirection(document.lang);
    const body = h('div', {
      class: `document-text dir-${direction}`,
      dir: direction,
      lang: document.lang === 'und' ? '' : document.lang,
      testid: 'document-text',
    });
    const text = document.text;
    // Mentions in text order; one overlapping an earlier one is left unmarked.
    const marked: MentionView[] = [];
    for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
      const previous = marked[marked.length - 1];
      if (mention.end > mention.start && (!previous || mention.start >= previous.end)) marked.push(mention);
    }
    // Cut points: mention edges and the focused span's edges, so both can be marked.
    const cuts = new Set([0, text.length]);
    for (const mention of marked) cuts.add(mention.start).add(mention.end);
    if (focus) cuts.add(focus.start).add(focus.end);
    const points = [...cuts].filter((point) => point >= 0 && point <= text.length).sort((a, b) => a - b);
    let next = 0;
    let current: { mention: MentionView; element: HTMLElement } | undefined;
    for (let index = 0; index + 1 < points.length; index++) {
      const start = points[index] ?? 0;
      const end = points[index + 1] ?? start;
      while (marked[next] && (marked[next]?.end ?? 0) <= start) next++;
      const mention = marked[next];
      const piece: HTMLElement | string =
        focus && start >= focus.start && end <= focus.end
          ? h('span', { class: 'evidence-focus', testid: 'evidence-focus', text: text.slice(start, end) })
          : text.slice(start, end);
      if (!mention || mention.start > start) {
        current = undefined;
        body.append(piece);
        continue;
      }
      if (current?.mention !== mention) {
        current = { mention, element: this.#mentionButton(mention) };
        body.append(current.element);
      }
      current.element.append(piece);
    }
    return body;
  }

  #mentionButton(mention: MentionView): HTMLElement {
    const { vocabulary } = this.#input;
    return h('button', {
      class: 'mention',
      testid: 'mention',
      title: `${mention.name} · ${vocabulary.entityTypeName(mention.entityType)}`,
      style: { borderBottomColor: vocabulary.entityColor(mention.entityType) },
      attrs: { 'data-entity': mention.entityId },
      on: { click: () => this.#input.selectEntity(mention.entityId) },
    });
  }
}

/** Source, date, language and address of a document, wherever evidence or documents are shown. */
export function documentMeta(document: DocumentSummary): HTMLElement {
  const link = /^https?:\/\//.test(document.uri)
    ? h('a', {
        text: document.uri,
        dir: 'ltr',
        attrs: { href: document.uri, target: '_blank', rel: 'noreferrer' },
      })
    : h('span', { class: 'muted', dir: 'ltr', text: document.uri });
  return h(
    'p',
    { class: 'document-meta', testid: 'document-meta' },
    h('span', { class: 'badge lang', text: document.lang }),
    document.source ? h('span', { dir: 'auto', text: document.source }) : '',
    document.publishedAt ? h('time', { text: document.publishedAt.slice(0, 10) }) : '',
    link,
  );
}
