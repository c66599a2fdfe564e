/**
 * State + fetched data -> the graph to draw: which entities and relations are visible, and
 * how much each cap left out. Pure, so it is tested without a browser.
 */
import type { GraphData } from './graph-data.ts';
import type { ExplorerState } from './explorer-state.ts';
import { keepsEdge, keepsNode } from './filters.ts';

/** Neighbours shown per page of an expansion. */
export const EXPAND_PAGE = 25;

export interface VisibleGraph {
  nodes: Set<string>;
  edges: Set<string>;
  /** Entities whose expansion a page cap cut: id -> neighbours not yet shown. */
  moreNeighbours: Map<string, number>;
  /** Entities left out because no drawn relation reaches them. */
  isolatedHidden: number;
}

export function deriveVisible(data: GraphData, state: ExplorerState): VisibleGraph {
  const dismissed = new Set(state.dismissed);
  const explicit = new Set<string>([...state.added, ...state.pinned, ...Object.keys(state.expanded)]);
  if (state.selection?.kind === 'node') explicit.add(state.selection.id);

  const candidates = new Set<string>(state.start ? data.overview : []);
  for (const id of explicit) candidates.add(id);
  const moreNeighbours = new Map<string, number>();
  for (const [id, pages] of Object.entries(state.expanded)) {
    const neighbours = data.neighbours.get(id) ?? [];
    for (const other of neighbours.slice(0, pages * EXPAND_PAGE)) candidates.add(other);
    const total = Math.max(data.neighbourTotals.get(id) ?? 0, neighbours.length);
    const shown = Math.min(neighbours.length, pages * EXPAND_PAGE);
    if (total > shown) moreNeighbours.set(id, total - shown);
  }

  const nodes = new Set<string>();
  for (const id of candidates) {
    const node = data.nodes.get(id);
    if (node && !dismissed.has(id) && keepsNode(state.filters, node)) nodes.add(id);
  }

  const edges = new Set<string>();
  const linked = new Set<string>();
  for (const edge of data.edges.values()) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    if (!keepsEdge(state.filters, edge)) continue;
    edges.add(edge.id);
    linked.add(edge.source);
    linked.add(edge.target);
  }

  let isolatedHidden = 0;
  if (!state.filters.showIsolated) {
    for (const id of nodes) {
      if (linked.has(id) || explicit.has(id)) continue;
      nodes.delete(id);
      isolatedHidden++;
    }
  }
  return { nodes, edges, moreNeighbours, isolatedHidden };
}
