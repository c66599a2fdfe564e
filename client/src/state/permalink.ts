/**
 * The permalink is the serialised state: a link reopens exactly what its author saw (the
 * selection, what was added, expanded, dismissed and pinned, the filters, the camera, the
 * console query and the interface language). Anything malformed in a link is ignored
 * field by field, so a damaged link still opens the rest of the view.
 */
import { COLOUR_BY, SIZE_BY } from '../appearance.ts';
import { isUiLanguage } from '../i18n.ts';
import { initialState, type Camera, type ExplorerState } from './explorer-state.ts';
import { readFilters, writeFilters } from './filters.ts';

const MAX_PAGES = 100;

const ids = (raw: string | null): string[] =>
  raw ? [...new Set(raw.split(',').filter((id) => id !== ''))] : [];

function readExpanded(raw: string | null): Record<string, number> {
  const expanded: Record<string, number> = {};
  for (const item of ids(raw)) {
    const [id = '', pages = '1'] = item.split('*');
    const count = Number(pages);
    if (id !== '' && Number.isInteger(count) && count >= 1 && count <= MAX_PAGES) expanded[id] = count;
  }
  return expanded;
}

function readCamera(raw: string | null): Camera | undefined {
  if (!raw) return undefined;
  const numbers = raw.split(',').map(Number);
  const [x, y, ratio] = numbers;
  if (numbers.length !== 3 || x === undefined || y === undefined || ratio === undefined) return undefined;
  if (!numbers.every(Number.isFinite) || ratio <= 0) return undefined;
  return { x, y, ratio };
}

const round = (value: number) => Number(value.toFixed(4));

export function readPermalink(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const state = initialState();
  const lang = params.get('lang') ?? '';
  if (isUiLanguage(lang)) state.lang = lang;
  const node = params.get('node');
  const edge = params.get('edge');
  if (node) state.selection = { kind: 'node', id: node };
  else if (edge) state.selection = { kind: 'edge', id: edge };
  state.start = params.get('start') !== '0';
  state.added = ids(params.get('add'));
  state.expanded = readExpanded(params.get('expand'));
  state.dismissed = ids(params.get('dismiss'));
  state.pinned = ids(params.get('pin'));
  state.filters = readFilters(params);
  const camera = readCamera(params.get('camera'));
  if (camera) state.camera = camera;
  const query = params.get('query');
  if (query) state.query = query;
  const sizeBy = SIZE_BY.find((option) => option === params.get('size'));
  if (sizeBy) state.sizeBy = sizeBy;
  const colourBy = COLOUR_BY.find((option) => option === params.get('colour'));
  if (colourBy) state.colourBy = colourBy;
  return state;
}

export function permalinkSearch(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.lang !== 'en') params.set('lang', state.lang);
  if (state.selection) params.set(state.selection.kind, state.selection.id);
  if (!state.start) params.set('start', '0');
  if (state.added.length > 0) params.set('add', state.added.join(','));
  const expanded = Object.entries(state.expanded).map(([id, pages]) => (pages > 1 ? `${id}*${pages}` : id));
  if (expanded.length > 0) params.set('expand', expanded.join(','));
  if (state.dismissed.length > 0) params.set('dismiss', state.dismissed.join(','));
  if (state.pinned.length > 0) params.set('pin', state.pinned.join(','));
  writeFilters(state.filters, params);
  if (state.camera) {
    const { x, y, ratio } = state.camera;
    params.set('camera', [round(x), round(y), round(ratio)].join(','));
  }
  if (state.query) params.set('query', state.query);
  if (state.sizeBy !== 'degree') params.set('size', state.sizeBy);
  if (state.colourBy !== 'type') params.set('colour', state.colourBy);
  const search = params.toString();
  return search ? `?${search}` : '';
}
