/**
 * Loading an empty Neo4j database: each batch is checked and folded into the bulk plan
 * (store/bulk-plan.ts) as it arrives, with nothing read back from the server, and its rows are
 * gathered until about BULK_ROWS of them wait; they are then written with the grouped writes'
 * own `UNWIND $rows AS r MERGE ...` statements (write.ts), one transaction per round, so each
 * statement carries thousands of rows instead of one document's. Entities and edges are
 * written again in a later round when a later batch changes them (MERGE by id, the merged
 * record and summary set whole); entity statistics are recomputed in the database once every
 * round is in.
 *
 * Rounds are separate transactions, so that the server never holds one transaction of the
 * whole load: if a round or the statistics fail, or the load is given up after a round, the
 * database (empty when the load started) is emptied again.
 */
import type { EntityRecord, GraphBatch } from '../../graph-schema/model.ts';
import { BulkPlan, type BatchRows } from '../bulk-plan.ts';
import { claimantLinks } from '../claimant-links.ts';
import type { BulkLoad, WriteSummary } from '../graph-store.ts';
import type { RelationWrite } from '../relation-writes.ts';
import { asNumber } from '../row-values.ts';
import type { Querier } from './connection.ts';
import { BULK } from './statements.ts';
import { integer } from './values.ts';
import {
  refreshEntityStatistics,
  refreshEntitySummaries,
  writeClaimantLinks,
  writeClaims,
  writeFirstPieces,
  writeDescriptions,
  writeDocuments,
  writeEntities,
  writeEvidence,
  writeMentions,
  writeRelations,
} from './write.ts';

/** Rows gathered before a round is written: large statements, a transaction of a few MB. */
export const BULK_ROWS = 5000;
/** Nodes removed per transaction when a failed load empties the database. */
const EMPTY_CHUNK = 10_000;

/** What the load needs of a connection (Neo4jConnection has it). */
export interface Writer {
  write<T>(work: (querier: Querier) => Promise<T>): Promise<T>;
}

/** A round's rows: what belongs to its documents, and the entities and edges they changed. */
interface Round extends BatchRows {
  entities: Map<string, EntityRecord>;
  relations: Map<string, RelationWrite>;
}

function emptyRound(): Round {
  return {
    documents: [],
    mentions: [],
    claims: [],
    evidence: [],
    descriptions: [],
    entities: new Map(),
    relations: new Map(),
  };
}

function rowsIn(round: Round): number {
  return (
    round.documents.length +
    round.mentions.length +
    round.claims.length +
    round.evidence.length +
    round.descriptions.length +
    round.entities.size +
    round.relations.size
  );
}

/** The round written in the order grouped writes use: nodes before what points at them. */
async function writeRound(querier: Querier, round: Round, now: string): Promise<void> {
  await writeDocuments(querier, round.documents, now);
  await writeEntities(querier, [...round.entities.values()]);
  await writeMentions(querier, round.mentions);
  await writeRelations(querier, [...round.relations.values()]);
  await writeClaims(querier, round.claims);
  // Every relation of the round: a relation extended in the round keeps only its last summary.
  await writeFirstPieces(querier, [...round.relations.values()], true);
  await writeEvidence(querier, round.evidence);
  // A claimant stays linked once linked (MERGE): within a load, summaries only gain claimants.
  await writeClaimantLinks(querier, { added: claimantLinks([...round.relations.values()]), removed: [] });
  await writeDescriptions(querier, round.descriptions);
}

export class Neo4jBulkLoad implements BulkLoad {
  private readonly writer: Writer;
  private readonly now: string;
  private readonly rows: number;
  // The database computes the statistics and kept counts at the end: records are kept as merged.
  private readonly plan: BulkPlan;
  private round = emptyRound();
  private written = false;
  private ended = false;
  private queue: Promise<unknown> = Promise.resolve();

  /** `rows`: how many rows wait before a round is written. */
  constructor(writer: Writer, now: string, rows = BULK_ROWS) {
    this.writer = writer;
    this.now = now;
    this.rows = rows;
    this.plan = new BulkPlan(now, (touched) => [...touched]);
  }

  add(batch: GraphBatch): Promise<WriteSummary> {
    const added = this.queue.then(() => this.addNow(batch));
    this.queue = added.catch(() => undefined);
    return added;
  }

  async finish(): Promise<void> {
    await this.queue;
    this.refuseIfEnded();
    this.ended = true;
    try {
      await this.writeRound();
      const ids = Array.from(this.plan.entities(), (entity) => entity.id);
      for (let start = 0; start < ids.length; start += this.rows) {
        const chunk = ids.slice(start, start + this.rows);
        await this.writer.write(async (querier) => {
          await refreshEntityStatistics(querier, chunk);
          await refreshEntitySummaries(querier, chunk);
        });
      }
    } catch (error) {
      await this.emptyDatabase();
      throw error;
    }
  }

  abort(): void {
    if (this.ended) return;
    this.ended = true;
    this.queue = this.queue
      .then(() => this.emptyDatabase())
      .catch((error: unknown) =>
        process.emitWarning(`a bulk load given up could not empty the database again: ${String(error)}`),
      );
  }

  private async addNow(batch: GraphBatch): Promise<WriteSummary> {
    this.refuseIfEnded();
    const prepared = await this.plan.prepare(batch);
    prepared.commit();
    const { rows } = prepared;
    this.round.documents.push(...rows.documents);
    this.round.mentions.push(...rows.mentions);
    this.round.claims.push(...rows.claims);
    this.round.evidence.push(...rows.evidence);
    this.round.descriptions.push(...rows.descriptions);
    for (const entity of prepared.entities) this.round.entities.set(entity.id, entity);
    for (const relation of prepared.relations) this.round.relations.set(relation.id, relation);
    if (rowsIn(this.round) >= this.rows) {
      try {
        await this.writeRound();
      } catch (error) {
        this.ended = true;
        await this.emptyDatabase();
        throw error;
      }
    }
    return prepared.summary;
  }

  private async writeRound(): Promise<void> {
    const round = this.round;
    this.round = emptyRound();
    if (rowsIn(round) === 0) return;
    this.written = true;
    await this.writer.write((querier) => writeRound(querier, round, this.now));
  }

  /** The database was empty when the load started: emptied again, it is as it was. */
  private async emptyDatabase(): Promise<void> {
    this.round = emptyRound();
    if (!this.written) return;
    for (;;) {
      const [row] = await this.writer.write((querier) =>
        querier.run(BULK.emptySome, { limit: integer(EMPTY_CHUNK) }),
      );
      if (asNumber(row?.count) === 0) return;
    }
  }

  private refuseIfEnded(): void {
    if (this.ended) throw new Error('this bulk load has ended');
  }
}
