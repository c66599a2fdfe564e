/**
 * Analysis on the drawn graph: node size by degree or by PageRank (graphology-metrics) and
 * colour by entity type or by Louvain community (graphology-communities-louvain, with a
 * fixed random seed so the same view always gets the same communities).
 */
import louvainModule from 'graphology-communities-louvain';
import pagerankModule from 'graphology-metrics/centrality/pagerank.js';
import type { ExplorerGraph } from './canvas-graph.ts';

// Both packages are CommonJS typed as if they had an ES default export: the bundler (and
// Node) hand over module.exports, which is the function itself.
const louvain = louvainModule as unknown as typeof louvainModule.default;
const pagerank = pagerankModule as unknown as typeof pagerankModule.default;

export type SizeBy = 'degree' | 'pagerank';
export type ColourBy = 'type' | 'community';
export const SIZE_BY: readonly SizeBy[] = ['degree', 'pagerank'];
export const COLOUR_BY: readonly ColourBy[] = ['type', 'community'];

const COMMUNITY_PALETTE = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc948',
  '#b07aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ac',
];
/** Communities beyond the palette share a neutral grey rather than reuse a colour. */
const OTHER_COMMUNITY = '#c7cbd3';

/** mulberry32: a small seeded generator, so Louvain's tie-breaking is repeatable. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let value = Math.imul(state ^ (state >>> 15), 1 | state);
    value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

/** PageRank of every drawn node, scaled so the highest is 1. */
export function pagerankShares(graph: ExplorerGraph): Map<string, number> {
  if (graph.order === 0 || graph.size === 0) return new Map();
  const ranks = pagerank(graph, { getEdgeWeight: 'sourceCount' });
  const highest = Math.max(...Object.values(ranks));
  return new Map(Object.entries(ranks).map(([node, rank]) => [node, highest > 0 ? rank / highest : 0]));
}

/** A colour per node by Louvain community, the largest communities first in the palette. */
export function communityColours(graph: ExplorerGraph): Map<string, string> {
  if (graph.size === 0) return new Map();
  const communities = louvain(graph, { getEdgeWeight: 'sourceCount', rng: seeded(7) });
  const sizes = new Map<number, number>();
  for (const community of Object.values(communities)) sizes.set(community, (sizes.get(community) ?? 0) + 1);
  const ranked = [...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([community]) => community);
  return new Map(
    Object.entries(communities).map(([node, community]) => [
      node,
      COMMUNITY_PALETTE[ranked.indexOf(community)] ?? OTHER_COMMUNITY,
    ]),
  );
}
