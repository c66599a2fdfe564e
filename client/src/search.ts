/**
 * The search box: names and aliases in any script (with spelling tolerance, done by the
 * server), narrowed to one entity type if chosen, and the evidence sentences that contain the
 * text. Results are one listbox driven by the keyboard (arrows, Enter, Escape). "/" anywhere
 * outside a text field jumps here.
 */
import { api, ApiError } from './api.ts';
import type { EvidenceSearchResult, SearchResult } from './api-types.ts';
import { clear, h } from './dom.ts';
import { t } from './i18n.ts';
import type { Vocabulary } from './vocabulary.ts';

const DEBOUNCE_MS = 150;
const RESULT_LIMIT = 12;
const EVIDENCE_LIMIT = 8;
/** The server's shortest evidence query (store/evidence-search.ts). */
const MIN_EVIDENCE_QUERY = 3;
/** Characters of a sentence kept on either side of the match. */
const SNIPPET_CONTEXT = 60;

type Option = { kind: 'entity'; result: SearchResult } | { kind: 'evidence'; result: EvidenceSearchResult };

export interface SearchHandlers {
  entity(result: SearchResult): void;
  evidence(result: EvidenceSearchResult): void;
}

export class SearchBox {
  private options: Option[] = [];
  private active = -1;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private inflight: AbortController | undefined;

  private readonly input: HTMLInputElement;
  private readonly typeSelect: HTMLSelectElement;
  private readonly list: HTMLUListElement;
  private readonly vocabulary: Vocabulary;
  private readonly handlers: SearchHandlers;

  constructor(
    input: HTMLInputElement,
    typeSelect: HTMLSelectElement,
    list: HTMLUListElement,
    vocabulary: Vocabulary,
    handlers: SearchHandlers,
  ) {
    this.input = input;
    this.typeSelect = typeSelect;
    this.list = list;
    this.vocabulary = vocabulary;
    this.handlers = handlers;
    input.addEventListener('input', () => this.scheduleSearch());
    input.addEventListener('keydown', (event) => this.handleKey(event));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    input.addEventListener('focus', () => {
      if (this.options.length > 0) this.render();
    });
    typeSelect.addEventListener('change', () => {
      this.scheduleSearch();
      input.focus();
    });
    document.addEventListener('keydown', (event) => {
      if (event.key === '/' && !isTextField(event.target)) {
        event.preventDefault();
        input.focus();
        input.select();
      }
    });
  }

  relabel(): void {
    // The accessible names stay "Search" and "Type of entity" (index.html); the visible text is translated.
    this.input.placeholder = `${t('search')}  /`;
    const chosen = this.typeSelect.value;
    clear(this.typeSelect);
    this.typeSelect.append(
      h('option', { text: t('allTypes'), attrs: { value: '' } }),
      ...this.vocabulary
        .entityTypeList()
        .map((type) =>
          h('option', { text: this.vocabulary.entityTypeName(type.name), attrs: { value: type.name } }),
        ),
    );
    this.typeSelect.value = chosen;
    if (!this.list.hidden) this.render();
  }

  close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private scheduleSearch(): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => void this.search(this.input.value.trim()), DEBOUNCE_MS);
  }

  private async search(query: string): Promise<void> {
    this.inflight?.abort();
    if (query === '') {
      this.options = [];
      this.close();
      return;
    }
    const controller = new AbortController();
    this.inflight = controller;
    const type = this.typeSelect.value;
    try {
      const [entities, evidence] = await Promise.all([
        api.search(query, RESULT_LIMIT, controller.signal, type ? [type] : []),
        // Sentences are about relations, not one type: a type filter asks for entities only.
        [...query].length >= MIN_EVIDENCE_QUERY && !type
          ? api.searchEvidence(query, EVIDENCE_LIMIT, controller.signal)
          : Promise.resolve([]),
      ]);
      this.options = [
        ...entities.map((result): Option => ({ kind: 'entity', result })),
        ...evidence.map((result): Option => ({ kind: 'evidence', result })),
      ];
    } catch (error) {
      if (controller.signal.aborted) return;
      this.options = [];
      // An unreachable server has its one banner; the list says nothing more.
      if (error instanceof ApiError && error.unreachable) {
        this.close();
        return;
      }
      this.renderMessage(error instanceof Error ? error.message : String(error));
      return;
    }
    this.active = this.options.length > 0 ? 0 : -1;
    this.render();
  }

  private handleKey(event: KeyboardEvent): void {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        this.move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        this.move(-1);
        break;
      case 'Enter': {
        event.preventDefault();
        const option = this.options[this.active];
        if (option) this.choose(option);
        break;
      }
      case 'Escape':
        if (!this.list.hidden) {
          event.stopPropagation();
          this.close();
        }
        break;
    }
  }

  private move(step: number): void {
    if (this.options.length === 0) return;
    this.active = (this.active + step + this.options.length) % this.options.length;
    this.render();
  }

  private choose(option: Option): void {
    this.close();
    this.input.blur();
    if (option.kind === 'entity') this.handlers.entity(option.result);
    else this.handlers.evidence(option.result);
  }

  private render(): void {
    clear(this.list);
    if (this.options.length === 0) {
      this.renderMessage(t('noResults'));
      return;
    }
    this.options.forEach((option, index) => {
      if (option.kind === 'evidence' && this.options[index - 1]?.kind !== 'evidence')
        this.list.append(h('li', { class: 'option-group', role: 'presentation', text: t('inEvidence') }));
      const optionId = `search-option-${index}`;
      const item = h(
        'li',
        {
          id: optionId,
          role: 'option',
          class: `${index === this.active ? 'option active' : 'option'}${option.kind === 'evidence' ? ' evidence-option' : ''}`,
          testid: option.kind === 'entity' ? 'search-result' : 'evidence-result',
          attrs: { 'aria-selected': String(index === this.active) },
          on: {
            mousedown: (event) => event.preventDefault(),
            click: () => this.choose(option),
          },
        },
        ...(option.kind === 'entity'
          ? this.entityContent(option.result)
          : this.evidenceContent(option.result)),
      );
      this.list.append(item);
      if (index === this.active) {
        this.input.setAttribute('aria-activedescendant', optionId);
        item.scrollIntoView({ block: 'nearest' });
      }
    });
    this.open();
  }

  private entityContent(result: SearchResult): Array<HTMLElement | false> {
    const otherAliases = result.aliases.filter((alias) => alias !== result.name).slice(0, 4);
    return [
      h('span', { class: 'swatch', style: { background: this.vocabulary.entityColor(result.type) } }),
      h('span', { class: 'option-name', dir: 'auto', text: result.name }),
      h('span', { class: 'option-type', text: this.vocabulary.entityTypeName(result.type) }),
      otherAliases.length > 0 &&
        h('span', { class: 'option-aliases', dir: 'auto', text: otherAliases.join(' · ') }),
    ];
  }

  private evidenceContent(result: EvidenceSearchResult): HTMLElement[] {
    const { relation } = result;
    return [
      h('span', { class: 'evidence-snippet', dir: 'auto' }, ...snippet(result.text, this.input.value.trim())),
      h(
        'span',
        { class: 'evidence-relation', dir: 'auto' },
        `${relation.source.name} — ${this.vocabulary.relationName(relation.type)} → ${relation.target.name}`,
      ),
      h('span', { class: 'option-type', dir: 'auto', text: result.documentTitle }),
    ];
  }

  private renderMessage(message: string): void {
    clear(this.list);
    this.list.append(h('li', { class: 'option message', role: 'presentation', text: message }));
    this.open();
  }

  private open(): void {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }
}

/** The sentence around the first occurrence of the query, the occurrence marked. */
function snippet(text: string, query: string): Array<string | HTMLElement> {
  const at = text.toLowerCase().indexOf(query.toLowerCase());
  if (at < 0 || query === '') return [text];
  const from = Math.max(0, at - SNIPPET_CONTEXT);
  const to = Math.min(text.length, at + query.length + SNIPPET_CONTEXT);
  return [
    `${from > 0 ? '…' : ''}${text.slice(from, at)}`,
    h('mark', { text: text.slice(at, at + query.length) }),
    `${text.slice(at + query.length, to)}${to < text.length ? '…' : ''}`,
  ];
}

export function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}
