/**
 * The memory limit of user Cypher on the embedded store: a query whose working memory outgrows
 * it fails with a reason while the server keeps answering and its memory stays bounded; the
 * query handle sees every write committed before the query; the CLI applies the same limit,
 * here and through a server that holds the store.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphBatch } from '../graph-schema/model.ts';
import { allBatches, englishBatch } from '../store/fixtures.ts';
import { QueryError } from '../store/graph-store.ts';
import { openStore } from '../store/open.ts';
import { BIN, evigraph, serverUrl } from './cli-harness.ts';

const MB = 1024 * 1024;
const LIMIT_MB = 128;
/** About 30 million list elements: far past 128 MB of working memory, a few seconds to build. */
const BIG_COLLECT = 'UNWIND range(1, 100000) AS x UNWIND range(1, 300) AS y RETURN size(collect(x + y)) AS n';

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'evigraph-cypher-memory-'));
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Resident and peak resident memory of a process, in bytes (Linux). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kilobytes = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]) * 1024;
  return { rss: kilobytes('VmRSS'), peak: kilobytes('VmHWM') };
}

describe('user Cypher memory on the embedded store', () => {
  test('a query past the limit fails with the limit named, and the store goes on', async () => {
    const store = await openStore(`kuzu:${join(dir, 'direct')}`, { queryMemoryBytes: 64 * MB });
    try {
      await assert.rejects(store.cypher(BIG_COLLECT), (error: Error) => {
        assert.ok(error instanceof QueryError, String(error));
        assert.match(error.message, /needed more than 64 MB.*EVIGRAPH_QUERY_MEMORY_MB/);
        return true;
      });
      assert.deepEqual((await store.cypher('RETURN 1 AS one')).rows, [[1]]);
      await store.writeBatch(englishBatch);
      assert.equal((await store.listDocuments()).length, 1);
    } finally {
      await store.close();
    }
  });

  test('a limit below what the engine needs to open the store is refused', async () => {
    await assert.rejects(
      openStore(`kuzu:${join(dir, 'tiny')}`, { queryMemoryBytes: 8 * MB }),
      /at least 64 MB/,
    );
  });

  test('queries see every write and removal committed before them', async () => {
    const store = await openStore(`kuzu:${join(dir, 'fresh')}`, { queryMemoryBytes: 64 * MB });
    const uris = (batches: readonly GraphBatch[]) =>
      batches.flatMap((batch) => batch.documents.map((document) => document.uri)).sort();
    const documents = async () =>
      (await store.cypher('MATCH (d:Document) RETURN d.uri AS uri ORDER BY uri')).rows.flat();
    try {
      assert.deepEqual(await documents(), []);
      await store.writeBatch(englishBatch);
      assert.deepEqual(await documents(), uris([englishBatch]));
      await store.writeBatches(allBatches.slice(1));
      assert.deepEqual(await documents(), uris(allBatches));
      for (const document of englishBatch.documents) await store.deleteDocument(document.id);
      assert.deepEqual(await documents(), uris(allBatches.slice(1)));
      // Writes and queries queued together keep their order.
      const [, seen] = await Promise.all([store.writeBatch(englishBatch), documents()]);
      assert.deepEqual(seen, uris(allBatches));
    } finally {
      await store.close();
    }
  });
});

describe('evigraph serve with EVIGRAPH_QUERY_MEMORY_MB', () => {
  let server: ChildProcess;
  let url: string;
  const storeUri = () => `kuzu:${join(dir, 'served')}`;

  before(async () => {
    server = spawn(process.execPath, [BIN, 'serve', '--store', storeUri(), '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LOG_LEVEL: 'warn', EVIGRAPH_QUERY_MEMORY_MB: String(LIMIT_MB) },
    });
    url = await serverUrl(server);
  });

  after(async () => {
    if (server.exitCode === null) {
      server.kill('SIGTERM');
      await once(server, 'exit');
    }
  });

  test('stops a runaway query, answers health meanwhile, and its memory stays bounded', async () => {
    await (await fetch(`${url}/api/cypher`, cypherRequest('RETURN 1 AS warm'))).json();
    const before = memoryOf(server.pid ?? 0);
    const running = fetch(`${url}/api/cypher`, cypherRequest(BIG_COLLECT));
    let answered = 0;
    let done = false;
    void running.finally(() => (done = true));
    while (!done) {
      assert.equal((await fetch(`${url}/api/health`)).status, 200);
      if (!done) answered++;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const response = await running;
    const body = (await response.json()) as { error?: { code: string; message: string } };
    assert.equal(response.status, 400, JSON.stringify(body));
    assert.equal(body.error?.code, 'query-error');
    assert.match(body.error?.message ?? '', new RegExp(`needed more than ${LIMIT_MB} MB`));
    // Health checks counted by number, not by time: a query holding the event loop lets
    // through only the check answered before the query arrived and the one queued behind it
    // (seen: 2); the engine's own threads leave the loop free, and checks 20 ms apart keep
    // being answered while the query runs, however soon it hits the limit (100 ms apart, a
    // quiet machine that stopped the query in 0.6 s saw only 3).
    assert.ok(answered >= 4, `health answered ${answered} times while the query ran`);
    // The pool is the query's working memory; lists it builds and the engine's own structures
    // come on top (measured: about 150 MB more than the limit), far from the 30 million
    // elements the query asked for.
    const grown = memoryOf(server.pid ?? 0).peak - before.rss;
    assert.ok(grown < (LIMIT_MB + 384) * MB, `peak memory grew ${Math.round(grown / MB)} MB`);
    const after = await fetch(`${url}/api/cypher`, cypherRequest('RETURN 2 AS two'));
    assert.deepEqual(((await after.json()) as { rows: unknown[][] }).rows, [[2]]);
  });

  test('the CLI query sent to the server meets the server limit', async () => {
    const run = await evigraph(['query', '--store', storeUri(), BIG_COLLECT], dir);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /sending the work there/);
    assert.match(run.stderr, new RegExp(`needed more than ${LIMIT_MB} MB`));
  });
});

describe('evigraph query --query-memory', () => {
  test('bounds the query on a store it opens itself', async () => {
    const storeUri = `kuzu:${join(dir, 'cli')}`;
    await (await openStore(storeUri)).close();
    const refused = await evigraph(['query', '--store', storeUri, '--query-memory', '64', BIG_COLLECT], dir);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /query failed: the query needed more than 64 MB/);
    const small = await evigraph(
      ['query', '--store', storeUri, '--query-memory', '64', 'RETURN 1 AS one'],
      dir,
    );
    assert.equal(small.code, 0, small.stderr);
    assert.deepEqual(JSON.parse(small.stdout), [{ one: 1 }]);
  });
});

function cypherRequest(query: string): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  };
}
