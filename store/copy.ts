/**
 * Copies everything one store holds into another, one document's batch at a time, so a graph
 * moves between backends (embedded Ladybug <-> Neo4j) without holding it all in memory. Batches
 * are written in groups, one transaction each; writing is an idempotent upsert, so a copy
 * interrupted half-way can simply be run again.
 */
import type { GraphBatch } from '../graph-schema/model.ts';
import { WRITE_GROUP_SIZE, type GraphStore, type WriteSummary } from './graph-store.ts';

export interface CopyProgress {
  /** Documents copied so far. */
  documents: number;
  /** Totals written so far (entities and relations shared by documents are counted per batch). */
  written: WriteSummary;
}

export async function copyStore(
  from: Pick<GraphStore, 'exportBatches'>,
  to: GraphStore,
  onProgress?: (progress: CopyProgress) => void,
): Promise<CopyProgress> {
  const progress: CopyProgress = {
    documents: 0,
    written: { documents: 0, entities: 0, mentions: 0, relations: 0 },
  };
  let group: GraphBatch[] = [];
  const flush = async () => {
    const summaries = await to.writeBatches(group);
    group.forEach((batch, index) => {
      const summary = summaries[index];
      if (!summary) return;
      progress.documents += batch.documents.length;
      progress.written = {
        documents: progress.written.documents + summary.documents,
        entities: progress.written.entities + summary.entities,
        mentions: progress.written.mentions + summary.mentions,
        relations: progress.written.relations + summary.relations,
      };
      onProgress?.({ documents: progress.documents, written: { ...progress.written } });
    });
    group = [];
  };
  for await (const batch of from.exportBatches()) {
    group.push(batch);
    if (group.length >= WRITE_GROUP_SIZE) await flush();
  }
  if (group.length > 0) await flush();
  return progress;
}
