/**
 * Legend: every entity type of the store with its colour, how many are drawn, how many a cap
 * or filter left out ("N more"), and a toggle that hides or shows the type; then how
 * modalities are drawn and how many isolated entities are hidden.
 */
import { clear, h } from './dom.ts';
import type { ExplorerGraph } from './canvas-graph.ts';
import { t } from './i18n.ts';
import type { Vocabulary } from './vocabulary.ts';
import { COLOUR_BY, SIZE_BY, type ColourBy, type SizeBy } from './appearance.ts';

export interface LegendInput {
  graph: ExplorerGraph;
  vocabulary: Vocabulary;
  /** Entities of each type in the whole store. */
  storeCounts: Readonly<Record<string, number>>;
  hiddenTypes: readonly string[];
  isolatedHidden: number;
  toggleType(type: string): void;
  showIsolated(): void;
  sizeBy: SizeBy;
  colourBy: ColourBy;
  setSizeBy(sizeBy: SizeBy): void;
  setColourBy(colourBy: ColourBy): void;
}

function choice<T extends string>(
  label: string,
  testid: string,
  options: readonly T[],
  current: T,
  names: Record<T, string>,
  change: (value: T) => void,
): HTMLElement {
  return h(
    'label',
    { class: 'legend-choice' },
    h('span', { text: label }),
    h(
      'select',
      {
        testid,
        attrs: { 'aria-label': testid === 'size-by' ? 'Size by' : 'Colour by' },
        on: {
          change: (event) => {
            const value = options.find((option) => option === (event.target as HTMLSelectElement).value);
            if (value) change(value);
          },
        },
      },
      ...options.map((option) =>
        h('option', {
          text: names[option],
          attrs: { value: option, ...(option === current ? { selected: '' } : {}) },
        }),
      ),
    ),
  );
}

export function renderLegend(element: HTMLElement, input: LegendInput): void {
  const drawn = new Map<string, number>();
  input.graph.forEachNode((_node, attributes) =>
    drawn.set(attributes.entityType, (drawn.get(attributes.entityType) ?? 0) + 1),
  );
  const types = input.vocabulary
    .entityTypeList()
    .filter((type) => drawn.has(type.name) || (input.storeCounts[type.name] ?? 0) > 0);
  clear(element);
  element.append(
    h('h2', { class: 'legend-title', text: t('legend') }),
    h(
      'div',
      { class: 'legend-choices' },
      choice(
        t('sizeBy'),
        'size-by',
        SIZE_BY,
        input.sizeBy,
        { degree: t('degree'), pagerank: 'PageRank' },
        input.setSizeBy,
      ),
      choice(
        t('colourBy'),
        'colour-by',
        COLOUR_BY,
        input.colourBy,
        { type: t('entityType'), community: t('community') },
        input.setColourBy,
      ),
    ),
    h(
      'ul',
      { class: 'legend-types' },
      ...types.map((type) => {
        const shown = drawn.get(type.name) ?? 0;
        const more = Math.max(0, (input.storeCounts[type.name] ?? 0) - shown);
        const hidden = input.hiddenTypes.includes(type.name);
        return h(
          'li',
          { testid: 'legend-type', attrs: { 'data-type': type.name } },
          h(
            'button',
            {
              class: hidden ? 'legend-toggle off' : 'legend-toggle',
              attrs: { 'aria-pressed': String(!hidden), 'aria-label': `Show ${type.name}` },
              on: { click: () => input.toggleType(type.name) },
            },
            h('span', { class: 'dot', style: { background: type.color } }),
            h('span', { text: input.vocabulary.entityTypeName(type.name) }),
          ),
          h('span', { class: 'count', testid: 'legend-count', text: String(shown) }),
          more > 0 && h('span', { class: 'more', testid: 'legend-more', text: `+${more} ${t('more')}` }),
        );
      }),
    ),
    input.isolatedHidden > 0
      ? h(
          'p',
          { class: 'legend-isolated' },
          h('span', { text: `${input.isolatedHidden} ${t('isolatedHidden')} ` }),
          h('button', {
            class: 'link',
            testid: 'show-isolated',
            text: t('show'),
            on: { click: () => input.showIsolated() },
          }),
        )
      : '',
    h(
      'ul',
      { class: 'legend-modality' },
      h('li', {}, h('span', { class: 'line solid' }), h('span', { text: t('legendAsserted') })),
      h('li', {}, h('span', { class: 'line faded' }), h('span', { text: t('legendSuspected') })),
      h('li', {}, h('span', { class: 'line dashed' }), h('span', { text: t('legendDenied') })),
      h('li', {}, h('span', { class: 'line thick' }), h('span', { text: t('legendThickness') })),
    ),
  );
}
