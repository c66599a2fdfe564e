/**
 * The Neo4j bulk load. Without a server: what it sends, recorded by a stand-in connection
 * (every statement one the linter checks, rows of many documents per statement, each record
 * once, the merged entities and edges last, a failed round emptying the database). With a
 * server (NEO4J_URI): the same graph as grouped writes.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { GraphBatch } from '../../graph-schema/model.ts';
import { generateDocuments } from '../../bench/corpus.ts';
import { ingestDocument } from '../../ingest/pipeline.ts';
import { prepareBatches } from '../batch-preparation.ts';
import { allBatches } from '../fixtures.ts';
import { loadInBulk, WRITE_GROUP_SIZE } from '../graph-store.ts';
import { Neo4jBulkLoad, type Writer } from './bulk-load.ts';
import type { Querier } from './connection.ts';
import { BULK, everyStatement, WRITES } from './statements.ts';
import { openEmptyNeo4jStore, NEO4J_SKIP_REASON } from './test-database.ts';

interface Sent {
  transaction: number;
  statement: string;
  params: Record<string, unknown>;
}

/** A connection that records what it is sent; `failOn` makes that transaction throw. */
function recordingWriter(failOn?: number): Writer & { sent: Sent[] } {
  const sent: Sent[] = [];
  let transactions = 0;
  return {
    sent,
    async write<T>(work: (querier: Querier) => Promise<T>): Promise<T> {
      const transaction = ++transactions;
      if (transaction === failOn) throw new Error('the server refused this round');
      const querier: Querier = {
        run: (statement, params = {}) => {
          sent.push({ transaction, statement, params });
          // The database was emptied at the first attempt.
          return Promise.resolve(statement === BULK.emptySome ? [{ count: 0 }] : []);
        },
      };
      return work(querier);
    },
  };
}

const rowsOf = (sent: readonly Sent[], statement: string) =>
  sent.filter((entry) => entry.statement === statement).flatMap((entry) => entry.params.rows as object[]);

function corpus(): GraphBatch[] {
  return [...allBatches, ...[...generateDocuments(40)].map((raw) => ingestDocument(raw).batch)];
}

describe('Neo4j bulk load (no server: what it sends)', () => {
  test('rounds of linted UNWIND statements carry every record once, the merged ones last', async () => {
    const batches = corpus();
    const writer = recordingWriter();
    const summaries = await loadInBulk(new Neo4jBulkLoad(writer, '2026-01-01T00:00:00.000Z', 600), batches);
    assert.equal(summaries.length, batches.length);

    const known = new Set(everyStatement().map((statement) => statement.text));
    assert.deepEqual(
      writer.sent.filter((entry) => !known.has(entry.statement)).map((entry) => entry.statement),
      [],
    );
    const rounds = new Set(writer.sent.map((entry) => entry.transaction));
    assert.ok(rounds.size > 2, `${rounds.size} transactions`);
    const documentStatements = writer.sent.filter((entry) => entry.statement === WRITES.documents);
    assert.ok(
      documentStatements.length < batches.length / 4,
      `${documentStatements.length} document statements for ${batches.length} documents`,
    );

    const expected = await prepareBatches(batches, () => Promise.resolve([]));
    const ids = (rows: object[]) => rows.map((row) => (row as { id: string }).id);
    assert.deepEqual(ids(rowsOf(writer.sent, WRITES.documents)), ids(expected.documents));
    assert.equal(rowsOf(writer.sent, WRITES.mentions).length, expected.mentions.length);
    const pieces = expected.relations.reduce((sum, relation) => sum + relation.evidence.length, 0);
    assert.equal(rowsOf(writer.sent, WRITES.evidence).length, pieces);
    assert.equal(rowsOf(writer.sent, WRITES.claims).length, expected.relations.length);

    // The last row written for each entity is its record merged over every batch.
    const lastEntity = new Map<string, unknown>();
    for (const entry of writer.sent.filter((e) => e.statement.includes('MERGE (n:Entity')))
      for (const row of entry.params.rows as { id: string; aliases: string[]; name: string }[])
        lastEntity.set(row.id, { name: row.name, aliases: row.aliases });
    assert.deepEqual(
      lastEntity,
      new Map(expected.entities.map((entity) => [entity.id, { name: entity.name, aliases: entity.aliases }])),
    );
    const refreshed = writer.sent
      .filter((entry) => entry.statement === WRITES.refreshEntityStatistics)
      .flatMap((entry) => entry.params.ids as string[]);
    assert.deepEqual(new Set(refreshed), new Set(lastEntity.keys()));
  });

  test('a round the server refuses empties the database again, and the load ends', async () => {
    const writer = recordingWriter(2);
    const load = new Neo4jBulkLoad(writer, '2026-01-01T00:00:00.000Z', 200);
    await assert.rejects(() => loadInBulk(load, corpus()), /refused this round/);
    assert.ok(writer.sent.some((entry) => entry.statement === BULK.emptySome));
    await assert.rejects(() => load.finish(), /has ended/);
  });
});

describe('Neo4j bulk load against a server', { skip: NEO4J_SKIP_REASON }, () => {
  test('the same graph as grouped writes', async () => {
    const batches = corpus();
    const grouped = await openEmptyNeo4jStore();
    const written = [];
    for (let start = 0; start < batches.length; start += WRITE_GROUP_SIZE)
      written.push(...(await grouped.writeBatches(batches.slice(start, start + WRITE_GROUP_SIZE))));
    const expected = JSON.stringify(await grouped.exportGraph());
    await grouped.close();
    const bulk = await openEmptyNeo4jStore();
    try {
      assert.ok(bulk.startBulkLoad);
      assert.deepEqual(await loadInBulk(await bulk.startBulkLoad(), batches), written);
      assert.equal(JSON.stringify(await bulk.exportGraph()), expected);
    } finally {
      await bulk.close();
    }
  });
});
