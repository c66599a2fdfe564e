/**
 * The search box: names and aliases in any script, results as a listbox driven by the
 * keyboard (arrows, Enter, Escape). "/" anywhere outside a text field jumps here.
 */
import { api, ApiError } from './api.ts';
import type { SearchResult } from './api-types.ts';
import { clear, h } from './dom.ts';
import { t } from './i18n.ts';
import type { Vocabulary } from './vocabulary.ts';

const DEBOUNCE_MS = 150;
const RESULT_LIMIT = 12;

export class SearchBox {
  private results: SearchResult[] = [];
  private active = -1;
  private debounce: ReturnType<typeof setTimeout> | undefined;
  private inflight: AbortController | undefined;

  private readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private readonly vocabulary: Vocabulary;
  private readonly chosen: (result: SearchResult) => void;

  constructor(
    input: HTMLInputElement,
    list: HTMLUListElement,
    vocabulary: Vocabulary,
    chosen: (result: SearchResult) => void,
  ) {
    this.input = input;
    this.list = list;
    this.vocabulary = vocabulary;
    this.chosen = chosen;
    input.addEventListener('input', () => this.scheduleSearch());
    input.addEventListener('keydown', (event) => this.handleKey(event));
    input.addEventListener('blur', () => setTimeout(() => this.close(), 150));
    input.addEventListener('focus', () => {
      if (this.results.length > 0) this.render();
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
    // The accessible name stays "Search" (index.html) in every language; the hint is translated.
    this.input.placeholder = `${t('search')}  /`;
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
      this.results = [];
      this.close();
      return;
    }
    const controller = new AbortController();
    this.inflight = controller;
    try {
      this.results = await api.search(query, RESULT_LIMIT, controller.signal);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.results = [];
      // An unreachable server has its one banner; the list says nothing more.
      if (error instanceof ApiError && error.unreachable) {
        this.close();
        return;
      }
      this.renderMessage(error instanceof Error ? error.message : String(error));
      return;
    }
    this.active = this.results.length > 0 ? 0 : -1;
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
        const result = this.results[this.active];
        if (result) this.choose(result);
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
    if (this.results.length === 0) return;
    this.active = (this.active + step + this.results.length) % this.results.length;
    this.render();
  }

  private choose(result: SearchResult): void {
    this.close();
    this.input.blur();
    this.chosen(result);
  }

  private render(): void {
    clear(this.list);
    if (this.results.length === 0) {
      this.renderMessage(t('noResults'));
      return;
    }
    this.results.forEach((result, index) => {
      const optionId = `search-option-${index}`;
      const otherAliases = result.aliases.filter((alias) => alias !== result.name).slice(0, 4);
      const option = h(
        'li',
        {
          id: optionId,
          role: 'option',
          class: index === this.active ? 'option active' : 'option',
          testid: 'search-result',
          attrs: { 'aria-selected': String(index === this.active) },
          on: {
            mousedown: (event) => event.preventDefault(),
            click: () => this.choose(result),
          },
        },
        h('span', { class: 'swatch', style: { background: this.vocabulary.entityColor(result.type) } }),
        h('span', { class: 'option-name', dir: 'auto', text: result.name }),
        h('span', { class: 'option-type', text: this.vocabulary.entityTypeName(result.type) }),
        otherAliases.length > 0 &&
          h('span', { class: 'option-aliases', dir: 'auto', text: otherAliases.join(' · ') }),
      );
      this.list.append(option);
      if (index === this.active) {
        this.input.setAttribute('aria-activedescendant', optionId);
        option.scrollIntoView({ block: 'nearest' });
      }
    });
    this.open();
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

export function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}
