/** How much of the graph a read answer covers when the caller does not say, and at most. */

export const DEFAULT_NEIGHBOR_LIMIT = 100;
/** Neighbours one answer may hold; the rest are counted in its summary and reached by offset. */
export const MAX_NEIGHBOR_LIMIT = 500;
/**
 * Edges a shortest-path search may examine before it gives up on finding every shortest path;
 * a hub a few hops away would otherwise pull in much of the graph.
 */
export const PATH_SEARCH_STEPS = 20_000;
/** Edges a 2-hop neighbourhood may examine beyond the entity's own. */
export const SECOND_HOP_STEPS = 5_000;
export const DEFAULT_OVERVIEW_LIMIT = 200;
export const DEFAULT_PATH_LENGTH = 6;
/** Path lengths the store can ask for; longer requests are cut to this. */
export const MAX_PATH_LENGTH = 10;

export function pathLengthWithinLimits(maxLength: number): number {
  return Math.min(MAX_PATH_LENGTH, Math.max(1, Math.floor(maxLength)));
}

export function neighborPageWithinLimits(limit: number, offset: number): { limit: number; offset: number } {
  return {
    limit: Math.min(MAX_NEIGHBOR_LIMIT, Math.max(0, Math.floor(limit))),
    offset: Math.max(0, Math.floor(offset)),
  };
}

export function overviewSizeWithinLimits(limit: number): number {
  return Math.max(0, Math.floor(limit));
}
