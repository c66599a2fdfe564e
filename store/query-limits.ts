/** How much of the graph a read answer covers when the caller does not say, and at most. */

export const DEFAULT_NEIGHBOR_LIMIT = 100;
export const DEFAULT_OVERVIEW_LIMIT = 200;
export const DEFAULT_PATH_LENGTH = 6;
/** Path lengths the store can ask for; longer requests are cut to this. */
export const MAX_PATH_LENGTH = 10;

export function pathLengthWithinLimits(maxLength: number): number {
  return Math.min(MAX_PATH_LENGTH, Math.max(1, Math.floor(maxLength)));
}

export function overviewSizeWithinLimits(limit: number): number {
  return Math.max(0, Math.floor(limit));
}
