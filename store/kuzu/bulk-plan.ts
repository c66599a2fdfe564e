/**
 * What a bulk load writes into an empty store, decided by the same code as a grouped write
 * (write.ts) with a store that holds nothing: documents listed twice or replaced by a later
 * version at the same uri (document-versions.ts), entities merged and checked
 * (batch-preparation.ts), relation summaries (relation-writes.ts), entity statistics and what
 * each document said of each entity (entity-descriptions.ts). Merges do not depend on order,
 * so the records are those that writing the batches group by group would leave.
 */
import type { DocumentRecord, GraphBatch, MentionRecord } from '../../graph-schema/model.ts';
import type { EntityType } from '../../graph-schema/schema.ts';
import { batchSummary, prepareBatches } from '../batch-preparation.ts';
import { checkCitedDocuments } from '../batch-validation.ts';
import { replaceStoredVersions } from '../document-versions.ts';
import { describedEntities, type EntityDescription } from '../entity-descriptions.ts';
import type { WriteSummary } from '../graph-store.ts';
import {
  batchFirstDays,
  planRelationWrites,
  type EvidenceWrite,
  type RelationWrite,
} from '../relation-writes.ts';
import { statisticsWithNewMentions, type EntityStatistics } from './write.ts';

export interface BulkPlan {
  /** With `ingestedAt` set to the time of the load. */
  documents: (DocumentRecord & { ingestedAt: string })[];
  /** With their mention statistics. */
  entities: EntityStatistics[];
  mentions: MentionRecord[];
  /** Edges with their summaries. */
  relations: RelationWrite[];
  claims: Pick<RelationWrite, 'id' | 'type' | 'source' | 'target'>[];
  evidence: EvidenceWrite[];
  descriptions: EntityDescription[];
  typeOf: ReadonlyMap<string, EntityType>;
  /** One per batch given, as writeBatches reports them. */
  summaries: WriteSummary[];
}

const nothingStored = () => Promise.resolve([]);

export async function planBulkLoad(given: readonly GraphBatch[], now: string): Promise<BulkPlan> {
  const batches = await replaceStoredVersions(given, nothingStored, () => Promise.resolve());
  const prepared = await prepareBatches(batches, nothingStored);
  checkCitedDocuments(prepared.citedStoredDocumentIds, () => false);
  const { relations, newClaims, evidence } = await planRelationWrites(
    prepared.relations,
    new Map(),
    () => false,
    () => Promise.resolve(new Map()),
    batchFirstDays(prepared.documents, nothingStored),
  );
  return {
    documents: prepared.documents.map((document) => ({ ...document, ingestedAt: now })),
    entities: statisticsWithNewMentions(
      prepared.entities,
      new Map(),
      prepared.mentions,
      prepared.documents,
      now,
    ),
    mentions: prepared.mentions,
    relations,
    claims: newClaims,
    evidence,
    descriptions: describedEntities(batches),
    typeOf: prepared.typeOf,
    summaries: given.map(batchSummary),
  };
}
