/**
 * User Cypher is bounded: rows capped inside the query (the embedded engine computes a whole
 * result before the first row is read), huge literal lists refused before they are built,
 * settings and administration refused on both backends, and the CLI says when it cut.
 * Real Kùzu store, real HTTP; the Neo4j checks run without a server (they refuse before it).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withRowCap } from '../store/kuzu/cypher.ts';
import { refuseAdministration } from '../store/neo4j/user-cypher.ts';
import { openStore } from '../store/open.ts';
import { startApi, type RunningApi } from './api-harness.ts';

const BIN = fileURLToPath(new URL('../bin/evigraph.mjs', import.meta.url));

let api: RunningApi;
let base: string;

before(async () => {
  api = await startApi('cypher', {
    cypher: { maxRows: 100 },
  });
  base = api.base;
});

after(() => api.stop());

async function cypher(query: string, maxRows?: number) {
  const response = await fetch(`${base}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, ...(maxRows === undefined ? {} : { maxRows }) }),
  });
  const body = (await response.json()) as {
    rows?: unknown[][];
    truncated?: boolean;
    error?: { code: string; message: string };
  };
  return { status: response.status, body };
}

describe('bounded Cypher over HTTP (embedded store)', () => {
  test('UNWIND range(1,20000000) is refused before it runs, with a reason, not 17 GB later', async () => {
    const { status, body } = await cypher('UNWIND range(1,20000000) AS x RETURN x');
    assert.equal(status, 400);
    assert.equal(body.error?.code, 'query-error');
    // Only the check made before the query reaches the engine words its refusal this way.
    assert.match(
      body.error?.message ?? '',
      /would build a list of 20000000 elements; a query may build at most/,
    );
  });

  test('a long result is capped inside the query and flagged truncated', async () => {
    const capped = await cypher('UNWIND range(1, 50000) AS x RETURN x');
    assert.equal(capped.status, 200);
    assert.equal(capped.body.rows?.length, 100);
    assert.equal(capped.body.truncated, true);
    const asked = await cypher('UNWIND range(1, 50000) AS x RETURN x ORDER BY x DESC', 3);
    assert.deepEqual(asked.body.rows, [[50000], [49999], [49998]]);
    assert.equal(asked.body.truncated, true);
    const whole = await cypher('UNWIND range(1, 5) AS x RETURN x LIMIT 2;');
    assert.deepEqual(whole.body.rows, [[1], [2]]);
    assert.equal(whole.body.truncated, false);
  });

  test('settings and other table functions that are not reads are refused', async () => {
    for (const query of [
      'CALL checkpoint_threshold=1',
      'CALL auto_checkpoint=false',
      'call Clear_Warnings()',
    ]) {
      const { status, body } = await cypher(query);
      assert.equal(status, 403, query);
      assert.equal(body.error?.code, 'read-only');
    }
    const tables = await cypher('CALL show_tables() RETURN name');
    assert.equal(tables.status, 200);
    assert.ok((tables.body.rows?.length ?? 0) > 0);
    // Inside a string it is only text.
    assert.equal((await cypher("RETURN 'CALL auto_checkpoint=false' AS text")).status, 200);
  });
});

describe('row cap placement', () => {
  test('LIMIT goes after the final RETURN only when it has none, never across UNION', () => {
    assert.equal(withRowCap('MATCH (n) RETURN n', 11), 'MATCH (n) RETURN n\nLIMIT 11');
    assert.equal(withRowCap('MATCH (n) RETURN n SKIP 5;', 11), 'MATCH (n) RETURN n SKIP 5\nLIMIT 11');
    assert.equal(withRowCap('MATCH (n) RETURN n LIMIT 3', 11), 'MATCH (n) RETURN n LIMIT 3');
    assert.equal(withRowCap('RETURN 1 AS a UNION RETURN 2 AS a', 11), 'RETURN 1 AS a UNION RETURN 2 AS a');
    assert.equal(
      withRowCap('MATCH (n) WHERE EXISTS { MATCH (n)-->(m) RETURN m LIMIT 1 } RETURN n', 11),
      'MATCH (n) WHERE EXISTS { MATCH (n)-->(m) RETURN m LIMIT 1 } RETURN n\nLIMIT 11',
    );
    assert.equal(withRowCap("RETURN 'LIMIT' AS word", 11), "RETURN 'LIMIT' AS word\nLIMIT 11");
    assert.equal(withRowCap('CALL show_tables()', 11), 'CALL show_tables()');
  });
});

describe('Neo4j user Cypher refuses administration before it reaches the server', () => {
  test('procedures outside the reading list and admin commands are refused', () => {
    for (const query of [
      "CALL dbms.setConfigValue('db.logs.query.enabled', 'off')",
      'CALL db.clearQueryCaches()',
      'SHOW TRANSACTIONS',
      "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
      'EXPLAIN CALL dbms.listConfig()',
    ]) {
      assert.throws(() => refuseAdministration(query), /refused/, query);
    }
    for (const query of [
      'CALL db.labels() YIELD label RETURN label',
      'MATCH (n) CALL { WITH n RETURN n.name AS name } RETURN name',
      "RETURN 'CALL dbms.setConfigValue' AS text",
    ]) {
      assert.doesNotThrow(() => refuseAdministration(query), query);
    }
  });
});

describe('evigraph query --limit', () => {
  test('prints at most N rows and says on stderr that it cut', async () => {
    const storeUri = `kuzu:${join(api.dir, 'cli-store')}`;
    await (await openStore(storeUri)).close();
    const run = spawnSync(
      process.execPath,
      [BIN, 'query', '--store', storeUri, '--limit', '3', 'UNWIND range(1, 10) AS x RETURN x'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.stdout), [{ x: 1 }, { x: 2 }, { x: 3 }]);
    assert.match(run.stderr, /result cut at 3 rows; --limit N/);
    const whole = spawnSync(
      process.execPath,
      [BIN, 'query', '--store', storeUri, '--limit', '10', 'UNWIND range(1, 10) AS x RETURN x'],
      { encoding: 'utf8', timeout: 60_000 },
    );
    assert.equal(JSON.parse(whole.stdout).length, 10);
    assert.doesNotMatch(whole.stderr, /cut/);
  });
});
