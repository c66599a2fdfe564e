/**
 * What a bulk load writes into an empty store, decided batch by batch by the same code as a
 * grouped write (kuzu/write.ts, neo4j/write.ts) with a store that holds what the batches before it brought:
 * documents listed twice or replaced by a later version at the same uri within a batch
 * (document-versions.ts), entities merged and checked (batch-preparation.ts), relation
 * summaries extended (relation-writes.ts), entity statistics and what each document said of
 * each entity (entity-descriptions.ts). Merges do not depend on order, so the records are those
 * that writing the batches group by group would leave.
 *
 * Only what later batches merge into is kept: entities with their statistics and relations
 * with their summaries. Everything that belongs to one document (the document, its mentions,
 * evidence and descriptions, the claims it opens) is handed back at once for the caller to
 * write out, so memory grows with the distinct entities and relations, not with the documents.
 */
import type { DocumentRecord, EntityRecord, GraphBatch, MentionRecord } from '../graph-schema/model.ts';
import type { EntityType } from '../graph-schema/schema.ts';
import { batchSummary, prepareBatches } from './batch-preparation.ts';
import { checkCitedDocuments } from './batch-validation.ts';
import { replaceStoredVersions } from './document-versions.ts';
import { describedEntities, type EntityDescription } from './entity-descriptions.ts';
import type { WriteSummary } from './graph-store.ts';
import {
  batchFirstDays,
  planRelationWrites,
  type EvidenceWrite,
  type RelationWrite,
} from './relation-writes.ts';

/** The records of one batch that no later batch changes. */
export interface BatchRows {
  /** With `ingestedAt` set to the time of the load. */
  documents: (DocumentRecord & { ingestedAt: string })[];
  mentions: MentionRecord[];
  claims: Pick<RelationWrite, 'id' | 'type' | 'source' | 'target'>[];
  evidence: EvidenceWrite[];
  descriptions: EntityDescription[];
}

export interface PreparedRows {
  summary: WriteSummary;
  rows: BatchRows;
  /** The entities and edges as the batch leaves them (written once every batch is in). */
  entities: EntityRecord[];
  relations: RelationWrite[];
  /** The type of every entity the batch refers to. */
  typeOf: ReadonlyMap<string, EntityType>;
  /** Makes the batch part of the plan. */
  commit: () => void;
}

/**
 * An entity's figures the backend derives from its mentions, given the records the batch
 * touches, those the plan holds, and the batch's mentions and documents (the embedded store
 * keeps them as grouped writes compute them; a backend that recomputes them in the database
 * returns the records as given).
 */
export type MentionStatistics = (
  touched: readonly EntityRecord[],
  held: ReadonlyMap<string, EntityRecord>,
  mentions: readonly MentionRecord[],
  documents: readonly DocumentRecord[],
  now: string,
) => EntityRecord[];

type DatedDocument = Pick<DocumentRecord, 'id' | 'publishedAt'>;

const nothingStored = () => Promise.resolve([]);

/**
 * Records by id, each kept as its JSON text: a few hundred bytes of one-byte characters instead
 * of an object graph several times that size (the load holds every distinct entity and edge),
 * and a string of its own, not a slice keeping a whole document's text alive.
 */
class PackedRecords<T extends { id: string }> {
  private readonly texts = new Map<string, string>();

  get(id: string): T | undefined {
    const text = this.texts.get(id);
    return text === undefined ? undefined : (JSON.parse(text) as T);
  }

  /** The records of those ids the plan holds. */
  subset(ids: Iterable<string>): Map<string, T> {
    const found = new Map<string, T>();
    for (const id of ids) {
      const record = this.get(id);
      if (record) found.set(id, record);
    }
    return found;
  }

  set(record: T): void {
    this.texts.set(record.id, JSON.stringify(record));
  }

  *values(): Generator<T> {
    for (const text of this.texts.values()) yield JSON.parse(text) as T;
  }

  /** Every record, each dropped as it is handed out, so their texts can be freed as they go. */
  *take(): Generator<T> {
    for (const [id, text] of this.texts) {
      this.texts.delete(id);
      yield JSON.parse(text) as T;
    }
  }
}

/** A batch the bulk loader cannot take without reading back what it already handed out. */
export class BulkRevisitError extends Error {
  override name = 'BulkRevisitError';
}

export class BulkPlan {
  private readonly now: string;
  private readonly statistics: MentionStatistics;
  /** Merged records (with their mention statistics where the backend keeps them), by id. */
  private readonly entityRecords = new PackedRecords<EntityRecord>();
  /** Edges with their summaries, by id. */
  private readonly relationRecords = new PackedRecords<RelationWrite>();
  private readonly types = new Map<string, EntityType>();
  /** Documents already handed out, by id; and their uris. */
  private readonly documents = new Map<string, DatedDocument>();
  private readonly uris = new Set<string>();

  constructor(now: string, statistics: MentionStatistics) {
    this.now = now;
    this.statistics = statistics;
  }

  /**
   * The batch checked and merged with the plan: its rows to write, and the records it changes.
   * The plan is left as it was until `commit` is called; a batch that fails a check is refused
   * (thrown).
   */
  async prepare(given: GraphBatch): Promise<PreparedRows> {
    const [batch] = await replaceStoredVersions([given], nothingStored, () => Promise.resolve());
    if (!batch) throw new Error('a batch was lost while its document versions were resolved');
    this.refuseRevisits(batch);
    const prepared = await prepareBatches([batch], (ids) =>
      Promise.resolve([...this.entityRecords.subset(ids).values()]),
    );
    checkCitedDocuments(prepared.citedStoredDocumentIds, (id) => this.documents.has(id));
    const { relations, newClaims, evidence } = await planRelationWrites(
      prepared.relations,
      this.relationRecords.subset(prepared.relations.map((relation) => relation.id)),
      (id) => this.documents.has(id),
      () =>
        Promise.reject(
          new BulkRevisitError(
            'the bulk loader cannot add evidence from a document of an earlier batch to a relation it holds',
          ),
        ),
      batchFirstDays(prepared.documents, (ids) =>
        Promise.resolve(ids.flatMap((id) => this.documents.get(id) ?? [])),
      ),
    );
    const held = this.entityRecords.subset(prepared.touchedEntityIds);
    const batchEntityIds = new Set(prepared.entities.map((entity) => entity.id));
    const touched = [
      ...prepared.entities,
      ...prepared.touchedEntityIds
        .filter((id) => !batchEntityIds.has(id))
        .map((id) => held.get(id) as EntityRecord),
    ];
    const statistics = this.statistics(touched, held, prepared.mentions, prepared.documents, this.now);
    const commit = () => {
      for (const entity of statistics) this.entityRecords.set(entity);
      for (const relation of relations) this.relationRecords.set(relation);
      for (const [id, type] of prepared.typeOf) this.types.set(id, type);
      for (const document of prepared.documents) {
        this.documents.set(document.id, { id: document.id, publishedAt: document.publishedAt });
        this.uris.add(document.uri);
      }
    };
    return {
      summary: batchSummary(given),
      entities: statistics,
      relations,
      typeOf: prepared.typeOf,
      commit,
      rows: {
        documents: prepared.documents.map((document) => ({ ...document, ingestedAt: this.now })),
        mentions: prepared.mentions,
        claims: newClaims,
        evidence,
        descriptions: describedEntities([batch]),
      },
    };
  }

  /** Entities with their statistics, once every batch is in, one at a time. */
  entities(): Iterable<EntityRecord> {
    return this.entityRecords.values();
  }

  /** Edges with their summaries, once every batch is in, one at a time. */
  relations(): Iterable<RelationWrite> {
    return this.relationRecords.values();
  }

  /**
   * The entities, then the edges, each dropped from the plan as it is handed out (the load
   * writes them out once): the plan's memory is freed as its files fill, and the plan is
   * empty afterwards.
   */
  *take(): Generator<{ entity: EntityRecord } | { relation: RelationWrite }> {
    for (const entity of this.entityRecords.take()) yield { entity };
    for (const relation of this.relationRecords.take()) yield { relation };
    this.types.clear();
    this.documents.clear();
    this.uris.clear();
  }

  /** Whether the plan holds an entity of that id. */
  holds(id: string): boolean {
    return this.types.has(id);
  }

  typeOf(id: string): EntityType {
    const type = this.types.get(id);
    if (type === undefined) throw new Error(`the bulk load holds no entity ${id}`);
    return type;
  }

  /**
   * A document (or uri) an earlier batch brought would be a rewrite: its rows are already
   * written out, so it is refused rather than merged.
   */
  private refuseRevisits(batch: GraphBatch): void {
    for (const document of batch.documents) {
      if (this.documents.has(document.id) || this.uris.has(document.uri))
        throw new BulkRevisitError(
          `${document.uri}: the bulk loader takes each document once, and an earlier batch brought it`,
        );
    }
    for (const mention of batch.mentions) {
      if (this.documents.has(mention.documentId))
        throw new BulkRevisitError(
          `the bulk loader cannot add mentions to document ${mention.documentId} of an earlier batch`,
        );
    }
  }
}
