/**
 * Moves a whole store into an empty one (another engine or backend, or a Kùzu 0.11 store into
 * Ladybug), one document's batch at a time (copy.ts), then checks that the two stores export the
 * same graph-json, byte for byte. A destination that already holds documents is refused: a
 * migration that merged into existing data could not be checked this way.
 */
import { copyStore, type CopyProgress } from './copy.ts';
import type { GraphStore } from './graph-store.ts';

/** What a migration reads from: a store, or a Kùzu 0.11 store read in another process. */
export type MigrationSource = Pick<GraphStore, 'uri' | 'exportBatches' | 'exportGraph'>;

export class MigrationError extends Error {
  override name = 'MigrationError';
}

export async function migrateStore(
  from: MigrationSource,
  to: GraphStore,
  onProgress?: (progress: CopyProgress) => void,
): Promise<CopyProgress> {
  const held = (await to.stats()).documents;
  if (held > 0) {
    throw new MigrationError(
      `${to.uri} already holds ${held} document${held === 1 ? '' : 's'}; migrate into an empty store ` +
        '(or use `evigraph copy` to add one store to another)',
    );
  }
  const progress = await copyStore(from, to, onProgress);
  const [source, target] = await Promise.all([from.exportGraph(), to.exportGraph()]);
  if (JSON.stringify(source) !== JSON.stringify(target)) {
    throw new MigrationError(
      `${to.uri} does not export the same graph as ${from.uri} after the copy; keep using ${from.uri}`,
    );
  }
  return progress;
}
