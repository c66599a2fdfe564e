/**
 * When the engine folds its write-ahead log into the database file (a checkpoint, run by the
 * commit that takes the log past a threshold). A fold rewrites every part of the file the log
 * touched, and a group of new documents touches parts all over a store (their mentions and
 * evidence attach to entities and claims held long since), so one fold costs more the larger
 * the store: 1.7 s of CPU after 512 bench documents written into a 5,000-document store, 4.2 s
 * into a 20,000-document one (docs/benchmarks.md). With a fixed threshold the folds come at a
 * fixed pace, and writing slowed as the store grew. The threshold grows with the file instead,
 * so the folds come the rarer the larger the store and their cost per document stays about
 * flat. It stays within half the default buffer pool: the changes not yet folded are held in
 * memory too.
 */

const MB = 1024 * 1024;
/** Below this, small folds repeat the same work (kuzu-store.ts measured 16 against 64 MB). */
export const MIN_CHECKPOINT_THRESHOLD_BYTES = 64 * MB;
export const MAX_CHECKPOINT_THRESHOLD_BYTES = 512 * MB;
/** The log may reach this share of the file before it is folded. */
const SHARE_OF_FILE = 1 / 4;

/**
 * The threshold for a database file of `fileBytes`, in powers of two so that it changes only
 * when the file has doubled.
 */
export function checkpointThresholdFor(fileBytes: number): number {
  const wanted = Math.max(fileBytes, 0) * SHARE_OF_FILE;
  if (wanted <= MIN_CHECKPOINT_THRESHOLD_BYTES) return MIN_CHECKPOINT_THRESHOLD_BYTES;
  return Math.min(MAX_CHECKPOINT_THRESHOLD_BYTES, 2 ** Math.ceil(Math.log2(wanted)));
}
