/**
 * The Filters panel: one control per entry of the filter registry, each writing its value
 * into the store (and so into the address bar and the undo history).
 */
import type { Modality } from './api-types.ts';
import { clear, h } from './dom.ts';
import { t } from './i18n.ts';
import type { FilterValues } from './state/filters.ts';
import { modalityName, WEAK_MODALITIES, type Vocabulary } from './vocabulary.ts';

const MODALITIES: readonly Modality[] = ['asserted', 'reported', 'suspected', 'denied'];
const EVIDENCE_LANGUAGES = ['ar', 'fr', 'en'] as const;

export interface FiltersPanelInput {
  values: FilterValues;
  vocabulary: Vocabulary;
  /** Entities that claim at least one fetched relation: id -> name. */
  claimants: ReadonlyMap<string, string>;
  set<K extends keyof FilterValues>(key: K, value: FilterValues[K]): void;
  clearAll(): void;
}

function toggled<T>(items: readonly T[], item: T, on: boolean): T[] {
  const rest = items.filter((other) => other !== item);
  return on ? [...rest, item] : rest;
}

function checkbox(
  label: string,
  checked: boolean,
  testid: string,
  change: (checked: boolean) => void,
): HTMLElement {
  return h(
    'label',
    { class: 'check' },
    h('input', {
      testid,
      attrs: { type: 'checkbox', ...(checked ? { checked: '' } : {}) },
      on: { change: (event) => change((event.target as HTMLInputElement).checked) },
    }),
    h('span', { text: label }),
  );
}

function group(title: string, ...content: (Node | false)[]): HTMLElement {
  return h('fieldset', { class: 'filter-group' }, h('legend', { text: title }), ...content);
}

export function renderFiltersPanel(element: HTMLElement, input: FiltersPanelInput): void {
  const { values, vocabulary } = input;
  clear(element);
  const dateInput = (bound: 'from' | 'to') =>
    h('input', {
      testid: `filter-date-${bound}`,
      attrs: {
        type: 'date',
        value: values.dates[bound],
        'aria-label': bound === 'from' ? 'From date' : 'To date',
      },
      on: {
        change: (event) =>
          input.set('dates', { ...values.dates, [bound]: (event.target as HTMLInputElement).value }),
      },
    });
  element.append(
    h(
      'header',
      { class: 'tool-header' },
      h('h2', { text: t('filters') }),
      h('button', { class: 'button small', text: t('clearFilters'), on: { click: () => input.clearAll() } }),
    ),
    checkbox(
      t('hideWeak'),
      WEAK_MODALITIES.every((modality) => values.hiddenModalities.includes(modality)),
      'hide-weak',
      (on) =>
        input.set(
          'hiddenModalities',
          on
            ? [...new Set([...values.hiddenModalities, ...WEAK_MODALITIES])]
            : values.hiddenModalities.filter((modality) => !WEAK_MODALITIES.includes(modality)),
        ),
    ),
    group(
      t('modality'),
      ...MODALITIES.map((modality) =>
        checkbox(
          modalityName(modality),
          !values.hiddenModalities.includes(modality),
          `filter-modality-${modality}`,
          (on) => input.set('hiddenModalities', toggled(values.hiddenModalities, modality, !on)),
        ),
      ),
    ),
    group(
      t('minConfidence'),
      h(
        'label',
        { class: 'range' },
        h('input', {
          testid: 'filter-min-confidence',
          attrs: {
            type: 'range',
            min: '0',
            max: '1',
            step: '0.05',
            value: String(values.minConfidence),
            'aria-label': 'Minimum confidence',
          },
          on: {
            change: (event) => input.set('minConfidence', Number((event.target as HTMLInputElement).value)),
          },
        }),
        h('output', { text: `${Math.round(values.minConfidence * 100)}%` }),
      ),
    ),
    group(
      t('minSources'),
      h('input', {
        testid: 'filter-min-sources',
        attrs: {
          type: 'number',
          min: '1',
          max: '1000',
          step: '1',
          value: String(values.minSources),
          'aria-label': 'Minimum sources',
        },
        on: {
          change: (event) => {
            const value = Math.max(1, Math.floor(Number((event.target as HTMLInputElement).value) || 1));
            input.set('minSources', value);
          },
        },
      }),
    ),
    group(
      t('evidenceLanguage'),
      ...EVIDENCE_LANGUAGES.map((lang) =>
        checkbox(
          lang,
          values.evidenceLangs.length === 0 || values.evidenceLangs.includes(lang),
          `filter-lang-${lang}`,
          (on) => {
            const current =
              values.evidenceLangs.length === 0 ? [...EVIDENCE_LANGUAGES] : values.evidenceLangs;
            const next = toggled(current, lang, on);
            input.set('evidenceLangs', next.length === EVIDENCE_LANGUAGES.length ? [] : next);
          },
        ),
      ),
    ),
    group(t('documentDates'), h('div', { class: 'date-range' }, dateInput('from'), '–', dateInput('to'))),
    group(
      t('claimants'),
      h(
        'select',
        {
          testid: 'filter-claimant',
          attrs: { 'aria-label': 'Claimant' },
          on: { change: (event) => input.set('claimant', (event.target as HTMLSelectElement).value) },
        },
        h('option', { text: t('anyone'), attrs: { value: '' } }),
        ...[...input.claimants].map(([id, name]) =>
          h('option', {
            text: name,
            dir: 'auto',
            attrs: { value: id, ...(id === values.claimant ? { selected: '' } : {}) },
          }),
        ),
      ),
    ),
    group(
      t('relations'),
      ...vocabulary
        .relationTypeList()
        .map((type) =>
          checkbox(
            vocabulary.relationName(type),
            !values.hiddenRelations.includes(type),
            `filter-relation-${type}`,
            (on) => input.set('hiddenRelations', toggled(values.hiddenRelations, type, !on)),
          ),
        ),
    ),
    checkbox(t('showIsolated'), values.showIsolated, 'filter-isolated', (on) =>
      input.set('showIsolated', on),
    ),
  );
}
