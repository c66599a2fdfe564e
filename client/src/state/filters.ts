/**
 * The filters as a typed registry: each filter is one entry saying what it keeps, how it is
 * written in the address bar and when it is off. Adding a filter is one entry here; the
 * store, the permalink and the derived view read the registry and need no change.
 */
import type { GraphSummaryEdge, GraphSummaryNode, Modality } from '../api-types.ts';

export interface FilterValues {
  /** Entity types hidden from the canvas (legend toggles). */
  hiddenTypes: readonly string[];
  /** Relation types hidden from the canvas. */
  hiddenRelations: readonly string[];
  /** Modalities hidden from the canvas ("hide suspected and denied" hides two). */
  hiddenModalities: readonly Modality[];
  /** Relations weaker than this are hidden (0 = off). */
  minConfidence: number;
  /** Relations backed by fewer distinct documents are hidden (1 = off). */
  minSources: number;
  /** Languages of evidence to keep; empty keeps every language. */
  evidenceLangs: readonly string[];
  /** Document date range (ISO dates, inclusive); an empty bound is open. */
  dates: DateRange;
  /** Keep only the relations this entity claims (in their assertedBy). */
  claimant: string;
  /** Show entities that have no drawn relation (hidden by default). */
  showIsolated: boolean;
}

export interface DateRange {
  from: string;
  to: string;
}

interface FilterDefinition<V> {
  /** Name of the parameter in the address bar. */
  param: string;
  off: V;
  isOff(value: V): boolean;
  parse(raw: string): V | undefined;
  format(value: V): string;
  keepsNode?(value: V, node: GraphSummaryNode): boolean;
  keepsEdge?(value: V, edge: GraphSummaryEdge): boolean;
}

type Registry = { [K in keyof FilterValues]: FilterDefinition<FilterValues[K]> };

const MODALITIES: readonly Modality[] = ['asserted', 'reported', 'suspected', 'denied'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function list<T extends string>(accept: (item: string) => item is T = (item): item is T => item !== '') {
  return {
    off: [] as readonly T[],
    isOff: (value: readonly T[]) => value.length === 0,
    parse: (raw: string) => {
      const items = raw.split(',').filter(accept);
      return items.length > 0 ? [...new Set(items)].sort() : undefined;
    },
    format: (value: readonly T[]) => [...value].sort().join(','),
  };
}

function number(off: number, min: number, max: number) {
  return {
    off,
    isOff: (value: number) => value === off,
    parse: (raw: string) => {
      const value = Number(raw);
      return raw !== '' && Number.isFinite(value) && value >= min && value <= max ? value : undefined;
    },
    format: (value: number) => String(value),
  };
}

/** An edge's dates are its dated documents': undated ones fall outside any range (a date filter asks for documents known to fit). */
function inRange(day: string, { from, to }: DateRange): boolean {
  return (from === '' || day >= from) && (to === '' || day <= to);
}

export const FILTERS: Registry = {
  hiddenTypes: {
    param: 'hideTypes',
    ...list<string>(),
    keepsNode: (hidden, node) => !hidden.includes(node.type),
  },
  hiddenRelations: {
    param: 'hideRelations',
    ...list<string>(),
    keepsEdge: (hidden, edge) => !hidden.includes(edge.type),
  },
  hiddenModalities: {
    param: 'hideModalities',
    ...list<Modality>((item): item is Modality => (MODALITIES as readonly string[]).includes(item)),
    keepsEdge: (hidden, edge) => !hidden.includes(edge.modality),
  },
  minConfidence: {
    param: 'minConfidence',
    ...number(0, 0, 1),
    keepsEdge: (min, edge) => edge.confidence >= min,
  },
  minSources: {
    param: 'minSources',
    ...number(1, 1, 1000),
    keepsEdge: (min, edge) => edge.documentCount >= min,
  },
  evidenceLangs: {
    param: 'langs',
    ...list<string>(),
    keepsEdge: (langs, edge) => edge.langs.some((lang) => langs.includes(lang)),
  },
  dates: {
    // Written `from..to`, either side may be empty: `2017-05-01..`.
    param: 'dates',
    off: { from: '', to: '' },
    isOff: (range) => range.from === '' && range.to === '',
    parse: (raw) => {
      const [from = '', to = '', ...rest] = raw.split('..');
      const valid = (day: string) => day === '' || ISO_DATE.test(day);
      return rest.length === 0 && valid(from) && valid(to) && (from !== '' || to !== '')
        ? { from, to }
        : undefined;
    },
    format: (range) => `${range.from}..${range.to}`,
    keepsEdge: (range, edge) => edge.dates.some((day) => inRange(day, range)),
  },
  claimant: {
    param: 'claimant',
    off: '',
    isOff: (value) => value === '',
    parse: (raw) => (raw === '' ? undefined : raw),
    format: (value) => value,
    keepsEdge: (claimant, edge) => edge.assertedBy.includes(claimant),
  },
  showIsolated: {
    param: 'isolated',
    off: false,
    isOff: (value) => !value,
    parse: (raw) => (raw === '1' ? true : undefined),
    format: () => '1',
  },
};

export const FILTER_KEYS = Object.keys(FILTERS) as (keyof FilterValues)[];

export function noFilters(): FilterValues {
  const values: Partial<Record<keyof FilterValues, unknown>> = {};
  for (const key of FILTER_KEYS) values[key] = FILTERS[key].off;
  return values as FilterValues;
}

/** Number of filters that are on, for the Filters button. */
export function activeFilterCount(values: FilterValues): number {
  return FILTER_KEYS.filter((key) => !isOff(key, values)).length;
}

function isOff<K extends keyof FilterValues>(key: K, values: FilterValues): boolean {
  return FILTERS[key].isOff(values[key]);
}

export function keepsNode(values: FilterValues, node: GraphSummaryNode): boolean {
  return FILTER_KEYS.every((key) =>
    keepsWith(key, values, (definition, value) =>
      definition.keepsNode ? definition.keepsNode(value, node) : true,
    ),
  );
}

export function keepsEdge(values: FilterValues, edge: GraphSummaryEdge): boolean {
  return FILTER_KEYS.every((key) =>
    keepsWith(key, values, (definition, value) =>
      definition.keepsEdge ? definition.keepsEdge(value, edge) : true,
    ),
  );
}

function keepsWith<K extends keyof FilterValues>(
  key: K,
  values: FilterValues,
  test: (definition: FilterDefinition<FilterValues[K]>, value: FilterValues[K]) => boolean,
): boolean {
  const definition = FILTERS[key];
  const value = values[key];
  return definition.isOff(value) || test(definition, value);
}

/** Writes the filters that are on into address-bar parameters. */
export function writeFilters(values: FilterValues, params: URLSearchParams): void {
  for (const key of FILTER_KEYS) writeOne(key, values, params);
}

function writeOne<K extends keyof FilterValues>(key: K, values: FilterValues, params: URLSearchParams): void {
  const definition = FILTERS[key];
  if (!definition.isOff(values[key])) params.set(definition.param, definition.format(values[key]));
}

/** Reads the filters from address-bar parameters; a malformed value leaves its filter off. */
export function readFilters(params: URLSearchParams): FilterValues {
  const values = noFilters();
  for (const key of FILTER_KEYS) readOne(key, values, params);
  return values;
}

function readOne<K extends keyof FilterValues>(key: K, values: FilterValues, params: URLSearchParams): void {
  const definition = FILTERS[key];
  const raw = params.get(definition.param);
  if (raw === null) return;
  const parsed = definition.parse(raw);
  if (parsed !== undefined) values[key] = parsed;
}
