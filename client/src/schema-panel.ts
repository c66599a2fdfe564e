/**
 * The Schema view (cytoscape): the graph's vocabulary as a small graph, entity types as
 * nodes and relation types as edges between the endpoint pairs graph-schema allows, each
 * with its live count in the store. Clicking a type (in the drawing or in the list beside
 * it, which the keyboard reaches) hides or shows it on the canvas, like the legend.
 */
import cytoscape from 'cytoscape';
import type { SchemaResponse, StatsResponse } from './api-types.ts';
import { clear, h } from './dom.ts';
import { t } from './i18n.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface SchemaInput {
  schema: SchemaResponse;
  vocabulary: Vocabulary;
  stats(): StatsResponse;
  hiddenTypes(): readonly string[];
  hiddenRelations(): readonly string[];
  toggleType(type: string): void;
  toggleRelation(type: string): void;
}

export class SchemaPanel {
  readonly #input: SchemaInput;
  #cy: cytoscape.Core | undefined;
  #drawing: HTMLElement | undefined;
  #list: HTMLElement | undefined;

  constructor(input: SchemaInput) {
    this.#input = input;
  }

  render(element: HTMLElement): void {
    if (!this.#drawing || !element.contains(this.#drawing)) this.#build(element);
    this.#update();
  }

  #build(element: HTMLElement): void {
    clear(element);
    this.#cy?.destroy();
    this.#drawing = h('div', {
      class: 'schema-drawing',
      testid: 'schema-drawing',
      attrs: { 'aria-hidden': 'true' },
    });
    this.#list = h('div', { class: 'schema-list' });
    element.append(
      h('header', { class: 'tool-header' }, h('h2', { text: t('schemaTool') })),
      this.#drawing,
      this.#list,
    );
    const { schema, vocabulary } = this.#input;
    const stats = this.#input.stats();
    const typesInUse = new Set(
      schema.entityTypes.map((type) => type.name).filter((name) => (stats.entitiesByType?.[name] ?? 0) > 0),
    );
    // Relation types the store holds, between entity types it holds: the vocabulary in use.
    const relationsInUse = schema.relationTypes.filter(
      (relation) => (stats.relationsByType?.[relation.name] ?? 0) > 0,
    );
    const edges = relationsInUse.flatMap((relation) =>
      (relation.endpoints ?? [])
        .filter((pair) => typesInUse.has(pair.source) && typesInUse.has(pair.target))
        .map((pair) => ({
          data: {
            id: `${relation.name}:${pair.source}:${pair.target}`,
            source: pair.source,
            target: pair.target,
            relation: relation.name,
            width: 1,
          },
        })),
    );
    this.#cy = cytoscape({
      container: this.#drawing,
      elements: [
        ...[...typesInUse].map((name) => ({
          data: { id: name, color: vocabulary.entityColor(name), label: name, size: 14 },
        })),
        ...edges,
      ],
      layout: { name: 'circle', padding: 12 },
      userZoomingEnabled: false,
      style: [
        {
          selector: 'node',
          style: {
            'background-color': 'data(color)',
            label: 'data(label)',
            'font-size': 10,
            'text-valign': 'bottom',
            'text-margin-y': 3,
            width: 'data(size)',
            height: 'data(size)',
          },
        },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'curve-style': 'bezier',
            'target-arrow-shape': 'triangle',
            'line-color': '#9aa3b5',
            'target-arrow-color': '#9aa3b5',
            'arrow-scale': 0.7,
          },
        },
        { selector: '.hidden', style: { opacity: 0.2 } },
      ],
    });
    this.#cy.on('tap', 'node', (event) => this.#input.toggleType(event.target.id()));
    this.#cy.on('tap', 'edge', (event) => this.#input.toggleRelation(String(event.target.data('relation'))));
  }

  #update(): void {
    const { schema, vocabulary } = this.#input;
    const stats = this.#input.stats();
    const hiddenTypes = this.#input.hiddenTypes();
    const hiddenRelations = this.#input.hiddenRelations();
    this.#cy?.batch(() => {
      this.#cy?.nodes().forEach((node) => {
        const count = stats.entitiesByType?.[node.id()] ?? 0;
        node.data({
          label: `${vocabulary.entityTypeName(node.id())} (${count})`,
          size: 14 + 4 * Math.sqrt(count),
        });
        node.toggleClass('hidden', hiddenTypes.includes(node.id()));
      });
      this.#cy?.edges().forEach((edge) => {
        const relation = String(edge.data('relation'));
        edge.data({ width: 1 + Math.sqrt(stats.relationsByType?.[relation] ?? 0) / 2 });
        edge.toggleClass('hidden', hiddenRelations.includes(relation));
      });
    });
    if (!this.#list) return;
    clear(this.#list);
    const row = (
      name: string,
      label: string,
      count: number,
      hidden: boolean,
      toggle: () => void,
      color?: string,
    ) =>
      h(
        'li',
        { testid: 'schema-type', attrs: { 'data-type': name } },
        h(
          'button',
          {
            class: hidden ? 'legend-toggle off' : 'legend-toggle',
            attrs: { 'aria-pressed': String(!hidden), 'aria-label': `Show ${name}` },
            on: { click: toggle },
          },
          color ? h('span', { class: 'dot', style: { background: color } }) : h('span', { class: 'line' }),
          h('span', { text: label }),
        ),
        h('span', { class: 'count', testid: 'schema-count', text: String(count) }),
      );
    this.#list.append(
      h('h3', { text: t('entityTypes') }),
      h(
        'ul',
        { class: 'legend-types' },
        ...schema.entityTypes.map((type) =>
          row(
            type.name,
            vocabulary.entityTypeName(type.name),
            stats.entitiesByType?.[type.name] ?? 0,
            hiddenTypes.includes(type.name),
            () => this.#input.toggleType(type.name),
            type.color,
          ),
        ),
      ),
      h('h3', { text: t('relations') }),
      h(
        'ul',
        { class: 'legend-types' },
        ...schema.relationTypes.map((type) =>
          row(
            type.name,
            vocabulary.relationName(type.name),
            stats.relationsByType?.[type.name] ?? 0,
            hiddenRelations.includes(type.name),
            () => this.#input.toggleRelation(type.name),
          ),
        ),
      ),
    );
  }
}
