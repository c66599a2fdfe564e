/**
 * The explorer's state as plain data: what is on the canvas (the start view, entities added
 * by hand, expansions, dismissals, pins), the filters, the selection, the camera, the console
 * query and the interface language. Every change is a pure function from one state to the
 * next, so the store can keep history and the address bar can hold the whole view.
 */
import type { ColourBy, SizeBy } from '../appearance.ts';
import type { UiLanguage } from '../i18n.ts';
import { noFilters, type FilterValues } from './filters.ts';

export interface Camera {
  x: number;
  y: number;
  ratio: number;
}

export interface Selection {
  kind: 'node' | 'edge';
  id: string;
}

/** The part of the state that decides what is shown: undo and redo move through it. */
export interface ShownState {
  /** Whether the start view (the best-connected entities) is part of the canvas. */
  start: boolean;
  /** Entities put on the canvas by hand: search, console, documents, paths. */
  added: readonly string[];
  /** Entities whose neighbours are shown, with how many pages of them. */
  expanded: Readonly<Record<string, number>>;
  dismissed: readonly string[];
  /** Entities the layout must not move. */
  pinned: readonly string[];
  filters: FilterValues;
}

export interface ExplorerState extends ShownState {
  selection?: Selection;
  camera?: Camera;
  query?: string;
  lang: UiLanguage;
  sizeBy: SizeBy;
  colourBy: ColourBy;
}

export function initialState(): ExplorerState {
  return {
    start: true,
    added: [],
    expanded: {},
    dismissed: [],
    pinned: [],
    filters: noFilters(),
    lang: 'en',
    sizeBy: 'degree',
    colourBy: 'type',
  };
}

export function shownPart(state: ExplorerState): ShownState {
  const { start, added, expanded, dismissed, pinned, filters } = state;
  return { start, added, expanded, dismissed, pinned, filters };
}

const without = (items: readonly string[], removed: ReadonlySet<string>) =>
  items.filter((item) => !removed.has(item));
const withItem = (items: readonly string[], item: string) =>
  items.includes(item) ? items : [...items, item];

/** Shows one more page of an entity's neighbours (the first page when it was not expanded). */
export function expand(state: ExplorerState, id: string): ExplorerState {
  const pages = (state.expanded[id] ?? 0) + 1;
  return {
    ...state,
    dismissed: without(state.dismissed, new Set([id])),
    expanded: { ...state.expanded, [id]: pages },
  };
}

/** Puts entities on the canvas (undoing an earlier dismissal of them). */
export function add(state: ExplorerState, ids: readonly string[]): ExplorerState {
  const wanted = new Set(ids);
  return {
    ...state,
    added: ids.reduce(withItem, state.added),
    dismissed: without(state.dismissed, wanted),
  };
}

/** Takes entities off the canvas; their expansions and pins go with them. */
export function dismiss(state: ExplorerState, ids: readonly string[]): ExplorerState {
  const gone = new Set(ids);
  const expanded = Object.fromEntries(Object.entries(state.expanded).filter(([id]) => !gone.has(id)));
  const keepsSelection = !(state.selection?.kind === 'node' && gone.has(state.selection.id));
  return {
    ...select(state, keepsSelection ? state.selection : undefined),
    added: without(state.added, gone),
    pinned: without(state.pinned, gone),
    expanded,
    dismissed: ids.reduce(withItem, state.dismissed),
  };
}

/** Keeps only the given entities: the start view and every expansion go. */
export function keepOnly(state: ExplorerState, ids: readonly string[]): ExplorerState {
  const kept = new Set(ids);
  return {
    ...state,
    start: false,
    added: [...kept],
    expanded: {},
    dismissed: [],
    pinned: state.pinned.filter((id) => kept.has(id)),
  };
}

export function togglePin(state: ExplorerState, id: string): ExplorerState {
  const pinned = state.pinned.includes(id) ? without(state.pinned, new Set([id])) : [...state.pinned, id];
  return { ...state, pinned };
}

export function setFilter<K extends keyof FilterValues>(
  state: ExplorerState,
  key: K,
  value: FilterValues[K],
): ExplorerState {
  return { ...state, filters: { ...state.filters, [key]: value } };
}

export function select(state: ExplorerState, selection: Selection | undefined): ExplorerState {
  const next = { ...state };
  if (selection) next.selection = selection;
  else delete next.selection;
  return next;
}

/** Goes back to the start view with nothing added, expanded, dismissed or filtered. */
export function resetView(state: ExplorerState): ExplorerState {
  const fresh = initialState();
  return { ...fresh, lang: state.lang, ...(state.query !== undefined ? { query: state.query } : {}) };
}
