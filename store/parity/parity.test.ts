/**
 * Analyst queries over the shared fixtures: on the embedded store always, against rows computed
 * from the batches; on Neo4j too when NEO4J_URI is set, where both backends must return the same
 * rows.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphStore } from '../graph-store.ts';
import { allBatches } from '../fixtures.ts';
import { KUZU_DIALECT, NEO4J_DIALECT } from '../neo4j/dialect.ts';
import { openEmptyNeo4jStore, NEO4J_SKIP_REASON } from '../neo4j/test-database.ts';
import { openStore } from '../open.ts';
import { attributionBatch } from './extra-fixture.ts';
import { fixtureGraph } from './fixture-graph.ts';
import { PARITY_QUERIES } from './queries.ts';

const batches = [...allBatches, attributionBatch];
const graph = fixtureGraph(batches);
const paramsOf = (query: (typeof PARITY_QUERIES)[number]) => query.params?.(graph) ?? {};

const openKuzu = (root: string) => openStore(`kuzu:${join(root, 'graph.kuzu')}`);

async function loaded(store: GraphStore): Promise<GraphStore> {
  for (const batch of batches) await store.writeBatch(batch);
  return store;
}

test('the parity suite asks at least 20 questions, each with a non-empty expected answer', () => {
  assert.ok(PARITY_QUERIES.length >= 20, `${PARITY_QUERIES.length} queries`);
  assert.equal(new Set(PARITY_QUERIES.map((query) => query.name)).size, PARITY_QUERIES.length);
  for (const query of PARITY_QUERIES) {
    assert.ok(query.expected(graph, paramsOf(query)).length > 0, `${query.name} expects no rows`);
  }
});

describe('parity queries on the embedded store (Kùzu)', () => {
  const root = mkdtempSync(join(tmpdir(), 'evigraph-parity-'));
  let store: GraphStore;
  before(async () => {
    store = await loaded(await openKuzu(root));
  });
  after(async () => {
    await store.close();
    rmSync(root, { recursive: true, force: true });
  });

  for (const query of PARITY_QUERIES) {
    test(`${query.name}: ${query.question}`, async () => {
      const params = paramsOf(query);
      const result = await store.cypher(query.cypher(KUZU_DIALECT), { params });
      assert.deepEqual(result.rows, query.expected(graph, params));
    });
  }

  test('without the dialect, Kùzu rejects or misreads the queries that need it (the check can fail)', async () => {
    const translated = PARITY_QUERIES.filter(
      (query) => query.cypher(KUZU_DIALECT) !== query.cypher(NEO4J_DIALECT),
    );
    assert.ok(translated.length >= 5, `${translated.length} queries need translation`);
    for (const query of translated) {
      const params = paramsOf(query);
      const untranslated = await store.cypher(query.cypher(NEO4J_DIALECT), { params }).then(
        (result) => result.rows,
        (error: unknown) => error,
      );
      assert.notDeepEqual(untranslated, query.expected(graph, params), query.name);
    }
  });
});

describe('parity queries on Neo4j against the embedded store', () => {
  let neo4jStore: GraphStore | undefined;
  let kuzuStore: GraphStore | undefined;
  const root = mkdtempSync(join(tmpdir(), 'evigraph-parity-'));
  before(async () => {
    if (NEO4J_SKIP_REASON) return;
    neo4jStore = await loaded(await openEmptyNeo4jStore());
    kuzuStore = await loaded(await openKuzu(root));
  });
  after(async () => {
    await neo4jStore?.close();
    await kuzuStore?.close();
    rmSync(root, { recursive: true, force: true });
  });

  for (const query of PARITY_QUERIES) {
    test(`${query.name} gives the same rows on both backends`, { skip: NEO4J_SKIP_REASON }, async () => {
      assert.ok(neo4jStore && kuzuStore);
      const params = paramsOf(query);
      const onNeo4j = await neo4jStore.cypher(query.cypher(NEO4J_DIALECT), { params });
      const onKuzu = await kuzuStore.cypher(query.cypher(KUZU_DIALECT), { params });
      assert.deepEqual(onNeo4j.rows, onKuzu.rows);
      assert.deepEqual(onNeo4j.rows, query.expected(graph, params));
    });
  }
});
