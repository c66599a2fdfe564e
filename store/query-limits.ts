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
/** Pieces of evidence an edge carries in answers about entities; the rest are paged by edge. */
export const EVIDENCE_PREVIEW = 3;
/** Relations, claims and documents one entity's details list; the rest are counted and paged. */
export const DEFAULT_DETAIL_LIMIT = 50;
export const MAX_DETAIL_LIMIT = 500;
/** Pieces of one edge's evidence one page of its details holds. */
export const DEFAULT_EVIDENCE_PAGE = 50;
export const MAX_EVIDENCE_PAGE = 500;
/**
 * Shortest paths one answer holds: between two hubs they multiply (every common neighbour is
 * one), and past a few they add weight, not insight. The answer counts the rest.
 */
export const MAX_PATHS = 10;
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

/** A page of a list: at most `max` items after `offset`, both made whole numbers. */
export function pageWithinLimits(
  page: { limit?: number; offset?: number },
  fallback: number,
  max: number,
): { limit: number; offset: number } {
  return {
    limit: Math.min(max, Math.max(0, Math.floor(page.limit ?? fallback))),
    offset: Math.max(0, Math.floor(page.offset ?? 0)),
  };
}

/** Entities or relations read at a time by a whole-graph export (exportGraphParts). */
export const EXPORT_PAGE = 2_000;
