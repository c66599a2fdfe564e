/**
 * Extraction runs off the server's thread: a large upload does not stop the server from
 * answering, a document past its time budget fails alone, and SIGTERM ends `evigraph serve`
 * mid-ingest by cancelling the extraction (not waiting for it), with the store left whole.
 * Documents are generated entity-dense text (bench/corpus.ts), large enough that extracting
 * one takes seconds.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateArticle } from '../bench/corpus.ts';
import type { RawDocument } from '../ingest/types.ts';
import { ExtractionPool } from '../server/extraction-pool.ts';
import { IngestService } from '../server/ingest-service.ts';
import { openStore } from '../store/open.ts';
import { BIN, serverUrl } from './cli-harness.ts';

function denseText(bytes: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < bytes; index++) {
    const article = generateArticle('en', index);
    parts.push(article);
    length += article.length + 2;
  }
  return parts.join('\n\n');
}

const raw = (uri: string, text: string): RawDocument => ({
  uri,
  bytes: new TextEncoder().encode(text),
  mediaType: 'text/plain',
});

let dir: string;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evigraph-bounded-'));
});
after(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('extraction in worker threads', () => {
  test('a document past its time budget fails alone; the next one lands', async () => {
    const store = await openStore(`kuzu:${join(dir, 'budget')}`);
    const pool = new ExtractionPool({ size: 1, budgetMs: 1500 });
    try {
      const service = new IngestService(store, pool);
      const summary = await service.ingest([
        raw('test://runaway.txt', denseText(3_000_000)),
        raw('test://short.txt', generateArticle('fr', 1)),
      ]);
      const [runaway, short] = summary.documents;
      assert.equal(runaway?.status, 'failed');
      assert.ok(runaway?.status === 'failed' && runaway.code === 'time-budget', JSON.stringify(runaway));
      assert.match(runaway.message, /runaway\.txt.*budget/);
      assert.equal(short?.status, 'ingested', JSON.stringify(short));
      assert.deepEqual(
        (await store.listDocuments()).map((document) => document.uri),
        ['test://short.txt'],
      );
    } finally {
      await pool.close();
      await store.close();
    }
  });
});

async function startServer(store: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--store', store, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  return { child, url: await serverUrl(child) };
}

describe('evigraph serve under a large upload', () => {
  test('answers health and reads while extracting, and SIGTERM cancels the extraction and exits cleanly', async () => {
    const storeUri = `kuzu:${join(dir, 'served')}`;
    const { child, url } = await startServer(storeUri);
    let exited = false;
    child.once('exit', () => (exited = true));
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let uploadAnswered = false;
    try {
      const upload = fetch(`${url}/api/documents`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          documents: [{ uri: 'test://large.txt', content: denseText(4_000_000) }],
        }),
      }).then(
        () => (uploadAnswered = true),
        () => undefined, // the server stops before it answers
      );
      // Let the upload arrive and its extraction start.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      let answeredDuringUpload = 0;
      for (let i = 0; i < 5; i++) {
        const health = await fetch(`${url}/api/health`);
        assert.equal(health.status, 200);
        const stats = await fetch(`${url}/api/stats`);
        assert.equal(stats.status, 200);
        if (!uploadAnswered) answeredDuringUpload++;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      // Every answer came while the upload was unanswered, and its document never lands
      // (below): the event loop answered while the extraction ran, not after it.
      assert.equal(answeredDuringUpload, 5);

      child.kill('SIGTERM');
      if (!exited) await once(child, 'exit');
      // A stop that waited for the extraction would be cut by the server's own shutdown limit,
      // which exits 1 and says so.
      assert.equal(child.exitCode, 0, stderr);
      assert.doesNotMatch(stderr, /stopped before the last write finished/);
      await upload;
      assert.equal(uploadAnswered, false);
    } finally {
      if (!exited) child.kill('SIGKILL');
    }
    // Whole: it opens, and the document whose extraction was cancelled is not in it.
    const store = await openStore(storeUri);
    try {
      assert.deepEqual(await store.listDocuments(), []);
      const graph = await store.exportGraph();
      assert.equal(graph.documents.length, 0);
    } finally {
      await store.close();
    }
  });
});
