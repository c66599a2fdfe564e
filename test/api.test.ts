/**
 * The HTTP API end to end: a real Kùzu store in a temporary folder, the real ingest
 * pipeline, real HTTP on an OS-assigned port.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { pino } from 'pino';
import type {
  GraphFragment,
  GraphJson,
  GraphPreviewFragment,
  GraphSummaryFragment,
} from '../graph-schema/graph-json.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../graph-schema/schema.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { EVIDENCE_PREVIEW } from '../store/query-limits.ts';
import type { IngestSummary } from '../server/ingest-service.ts';
import type { IngestStreamEvent } from '../server/routes/documents.ts';
import { startApi, type RunningApi } from './api-harness.ts';

// Our own short articles, written for these tests.
const ENGLISH = {
  uri: 'test://reports/english.txt',
  content:
    'Security researchers at Trend Micro said the hacking group APT28 registered the domain ' +
    'onedrive-en-marche.fr in March 2017. According to Trend Micro, APT28 targeted the En Marche campaign ' +
    'with phishing e-mails. The Kremlin denied any involvement.',
};
const FRENCH = {
  uri: 'test://rapports/francais.txt',
  content:
    "Selon l'ANSSI, le groupe APT28 aurait utilisé le domaine mail-en-marche.fr pour cibler des journalistes " +
    'à Paris. Le parquet de Paris a ouvert une enquête en mai 2017.',
};
const EMPTY = { uri: 'test://broken/empty.txt', content: '' };

interface ErrorBody {
  error: { code: string; message: string };
}

let store: GraphStore;
let api: RunningApi;
let base: string;
const errorLog: string[] = [];

async function call(
  path: string,
  init: RequestInit = {},
): Promise<{ status: number; body: unknown; type: string }> {
  const response = await fetch(`${base}${path}`, init);
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  return {
    status: response.status,
    body: type.includes('json') ? (JSON.parse(text) as unknown) : text,
    type,
  };
}

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return call(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

function assertError(result: { status: number; body: unknown }, status: number, code: string): string {
  assert.equal(result.status, status, JSON.stringify(result.body));
  const { error } = result.body as ErrorBody;
  assert.equal(error.code, code);
  assert.equal(typeof error.message, 'string');
  assert.ok(error.message.length > 0);
  return error.message;
}

async function exported(): Promise<GraphJson> {
  const { status, body } = await call('/api/export?format=graph-json');
  assert.equal(status, 200);
  return body as GraphJson;
}

before(async () => {
  const logger = pino({ level: 'error' }, { write: (line: string) => void errorLog.push(line) });
  api = await startApi('api', {
    logger,
    maxBodyBytes: 1024 * 1024,
    cypher: { maxRows: 2 },
  });
  ({ store, base } = api);
});

after(() => api.stop());

describe('HTTP API', () => {
  test('health and schema', async () => {
    const health = await call('/api/health');
    assert.equal(health.status, 200);
    assert.equal((health.body as { status: string }).status, 'ok');

    const schema = (await call('/api/schema')).body as {
      entityTypes: Array<{ name: string; color: string; display: { ar: string; fr: string; en: string } }>;
      relationTypes: Array<{ name: string; endpoints: Array<{ source: string; target: string }> }>;
    };
    assert.deepEqual(
      schema.entityTypes.map((type) => type.name),
      ENTITY_TYPES.map((type) => type.name),
    );
    const actor = schema.entityTypes.find((type) => type.name === 'ThreatActor');
    assert.match(actor?.color ?? '', /^#[0-9a-f]{6}$/i);
    assert.ok(actor?.display.ar && actor.display.fr && actor.display.en);
    const attributed = schema.relationTypes.find((type) => type.name === 'ATTRIBUTED_TO');
    assert.ok(attributed?.endpoints.some((pair) => pair.source === 'Event' && pair.target === 'ThreatActor'));
    assert.equal(schema.relationTypes.length, RELATION_TYPES.length);
  });

  test('POST /api/documents lands the good documents and names the broken one', async () => {
    const { status, body } = await post('/api/documents', { documents: [ENGLISH, EMPTY, FRENCH] });
    assert.equal(status, 200, JSON.stringify(body));
    const summary = body as IngestSummary;
    assert.equal(summary.ingested, 2);
    assert.equal(summary.failed, 1);
    const failed = summary.documents.filter((outcome) => outcome.status === 'failed');
    assert.deepEqual(
      failed.map((outcome) => outcome.uri),
      [EMPTY.uri],
    );
    assert.ok(failed[0]?.status === 'failed' && failed[0].message.includes(EMPTY.uri));
    const stats = (await call('/api/stats')).body as { documents: number; entities: number };
    assert.equal(stats.documents, 2);
    assert.ok(stats.entities > 0, 'the extractor found entities in our articles');
  });

  test('ingest progress streams as NDJSON, and stored texts are skipped', async () => {
    const before = await exported();
    const response = await fetch(`${base}/api/documents`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/x-ndjson' },
      body: JSON.stringify({ documents: [ENGLISH, FRENCH, EMPTY] }),
    });
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /application\/x-ndjson/);
    const events = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as IngestStreamEvent);
    const progress = events.filter((event) => event.type === 'progress');
    assert.deepEqual(
      progress.map((event) => [event.done, event.total, event.outcome.status]),
      [
        [1, 3, 'skipped'],
        [2, 3, 'skipped'],
        [3, 3, 'failed'],
      ],
    );
    const last = events.at(-1);
    assert.ok(last?.type === 'summary');
    assert.equal(last.summary.skipped, 2);
    assert.deepEqual(await exported(), before, 'ingesting the same texts again changes nothing');
  });

  test('documents: list, read with text and mentions', async () => {
    const { documents } = (await call('/api/documents')).body as {
      documents: Array<{ id: string; uri: string }>;
    };
    assert.deepEqual(documents.map((document) => document.uri).sort(), [FRENCH.uri, ENGLISH.uri].sort());
    const english = documents.find((document) => document.uri === ENGLISH.uri);
    const { status, body } = await call(`/api/documents/${english?.id}`);
    assert.equal(status, 200);
    const { document, mentions } = body as {
      document: { text: string; uri: string };
      mentions: Array<{ entityId: string; entityType: string; start: number; end: number; surface: string }>;
    };
    assert.equal(document.uri, ENGLISH.uri);
    assert.ok(document.text.includes('onedrive-en-marche.fr'));
    assert.ok(mentions.length > 0);
    for (const mention of mentions) {
      assert.equal(document.text.slice(mention.start, mention.end), mention.surface);
      assert.ok(ENTITY_TYPES.some((type) => type.name === mention.entityType));
    }
    assertError(await call('/api/documents/doc_nope'), 404, 'not-found');
  });

  test('search, entity details and neighbours', async () => {
    const graph = await exported();
    const node = graph.nodes[0];
    assert.ok(node, 'graph has nodes');
    const { results } = (await call(`/api/search?q=${encodeURIComponent(node.name)}&limit=5`)).body as {
      results: Array<{ id: string; score: number }>;
    };
    assert.ok(results.length <= 5);
    assert.ok(results.some((hit) => hit.id === node.id));

    const typed = (await call(`/api/search?q=${encodeURIComponent(node.name)}&types=${node.type}`)).body as {
      results: Array<{ type: string }>;
    };
    assert.ok(typed.results.length > 0 && typed.results.every((hit) => hit.type === node.type));
    assertError(await call('/api/search?q=x&types=Spaceship'), 400, 'bad-request');
    assertError(await call('/api/search'), 400, 'bad-request');
    assertError(await call('/api/search?q=x&limit=0'), 400, 'bad-request');

    const details = (await call(`/api/entities/${node.id}`)).body as {
      entity: { id: string; name: string };
      relations: unknown[];
      documents: Array<{ id: string }>;
    };
    assert.equal(details.entity.id, node.id);
    assert.deepEqual(details.documents.map((document) => document.id).sort(), [...node.documents].sort());
    assertError(await call('/api/entities/ta_doesnotexist'), 404, 'not-found');

    const edge = graph.edges[0];
    assert.ok(edge, 'graph has edges');
    const neighbours = (await call(`/api/entities/${edge.source}/neighbors?limit=50`)).body as GraphFragment;
    assert.ok(neighbours.nodes.some((n) => n.id === edge.target));
    assertError(await call('/api/entities/ta_doesnotexist/neighbors'), 404, 'not-found');
    assertError(await call(`/api/entities/${edge.source}/neighbors?limit=lots`), 400, 'bad-request');
    assertError(await call(`/api/entities/${edge.source}/neighbors?offset=-1`), 400, 'bad-request');

    const page = (await call(`/api/entities/${edge.source}/neighbors?limit=1`)).body as GraphFragment & {
      summary: { total: number; returned: number; more: number; relationTypes: Record<string, number> };
    };
    assert.equal(page.summary.returned, Math.min(1, page.summary.total));
    assert.equal(page.summary.more, page.summary.total - page.summary.returned);
    assert.equal(page.nodes.length, 1 + page.summary.returned);
    const touching = graph.edges.filter((e) => e.source === edge.source || e.target === edge.source);
    assert.equal(
      Object.values(page.summary.relationTypes).reduce((sum, count) => sum + count, 0),
      touching.length,
      'the summary counts every edge of the entity',
    );
    const rest = (await call(`/api/entities/${edge.source}/neighbors?limit=500&offset=1`)).body as {
      summary: { returned: number; more: number };
    };
    assert.deepEqual([rest.summary.returned, rest.summary.more], [page.summary.more, 0]);
    const twoHops = (await call(`/api/entities/${edge.source}/neighbors?depth=2&limit=5`)).body as {
      summary: { secondHop?: { returned: number; truncated: boolean } };
    };
    assert.equal(twoHops.summary.secondHop?.truncated, false);
    assertError(await call(`/api/entities/${edge.source}/neighbors?depth=3`), 400, 'bad-request');
  });

  test('search finds an entity under names only the gazetteer knows, and leaves the graph as it was', async () => {
    type SearchResult = { id: string; name: string; aliases: string[]; score: number };
    const before = await exported();
    const apt28 = before.nodes.find((node) => node.name === 'APT28');
    assert.ok(apt28, 'the documents name APT28');
    // None of these names is written in the stored documents.
    for (const name of ['STRONTIUM', 'Forest Blizzard', 'بون ستورم']) {
      assert.ok(!apt28.aliases.includes(name));
      const { status, body } = await call(`/api/search?q=${encodeURIComponent(name)}`);
      assert.equal(status, 200);
      const { results } = body as { results: SearchResult[] };
      const hit: SearchResult | undefined = results.find((result) => result.id === apt28.id);
      assert.ok(hit, `${name} finds APT28: ${JSON.stringify(results)}`);
      assert.equal(hit.name, 'APT28');
      assert.deepEqual(hit.aliases, apt28.aliases);
    }
    const typed = (await call(`/api/search?q=STRONTIUM&types=Organization`)).body as { results: unknown[] };
    assert.deepEqual(typed.results, []);
    // A known name of an entity absent from the store finds nothing.
    const absent = (await call(`/api/search?q=${encodeURIComponent('Cozy Bear')}`)).body as {
      results: unknown[];
    };
    assert.deepEqual(absent.results, []);
    assert.deepEqual(await exported(), before);
  });

  test('edges, overview and paths', async () => {
    const graph = await exported();
    const edge = graph.edges[0];
    assert.ok(edge);
    const details = (await call(`/api/edges/${edge.id}`)).body as {
      edge: { id: string };
      evidence: Array<{ documentId: string; text: string; start: number; end: number }>;
    };
    assert.equal(details.edge.id, edge.id);
    assert.ok(details.evidence.length > 0);
    for (const piece of details.evidence) {
      const { document } = (await call(`/api/documents/${piece.documentId}`)).body as {
        document: { text: string };
      };
      assert.equal(document.text.slice(piece.start, piece.end), piece.text);
    }
    assertError(await call('/api/edges/rel_doesnotexist'), 404, 'not-found');

    const overview = (await call('/api/graph?limit=3')).body as GraphPreviewFragment;
    assert.ok(overview.nodes.length > 0 && overview.nodes.length <= 3);
    assertError(await call('/api/graph?limit=-1'), 400, 'bad-request');
    // What a canvas draws: the same entities and edges, each edge summarised without its sentences.
    const canvasView = (await call('/api/graph?limit=3&edges=summary')).body as GraphSummaryFragment;
    assert.deepEqual(
      canvasView.edges.map((summary) => summary.id),
      overview.edges.map((full) => full.id),
    );
    // The same part in full, by ids, as a view's export asks for it.
    const again = await call('/api/graph/fragment', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        nodes: overview.nodes.map((n) => n.id),
        edges: overview.edges.map((e) => e.id),
      }),
    });
    const whole = again.body as GraphFragment;
    assert.deepEqual(
      whole.edges.map((full) => full.id),
      overview.edges.map((preview) => preview.id),
    );
    for (const [index, summary] of canvasView.edges.entries()) {
      const full = whole.edges[index];
      const preview = overview.edges[index];
      assert.ok(full && preview && !('evidence' in summary));
      assert.equal(summary.evidenceCount, full.evidence.length);
      assert.equal(summary.documentCount, new Set(full.evidence.map((piece) => piece.documentId)).size);
      // The default answer adds each edge's first sentences, in the edge's order.
      assert.deepEqual(preview.evidence, full.evidence.slice(0, EVIDENCE_PREVIEW));
      assert.equal(preview.evidenceCount, full.evidence.length);
    }
    assertError(await call('/api/graph?edges=some'), 400, 'bad-request');
    const malformed = await call('/api/graph/fragment', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ nodes: 'all' }),
    });
    assertError(malformed, 400, 'bad-request');

    const path = (await call(`/api/paths?from=${edge.source}&to=${edge.target}`)).body as GraphFragment & {
      truncated: boolean;
      budget: { maxLength: number; maxSteps: number };
    };
    assert.equal(path.truncated, false);
    assert.equal(path.budget.maxLength, 4, 'the default length');
    assert.ok(path.nodes.some((n) => n.id === edge.source) && path.nodes.some((n) => n.id === edge.target));
    assertError(await call(`/api/paths?from=${edge.source}`), 400, 'bad-request');
    assertError(await call(`/api/paths?from=${edge.source}&to=per_doesnotexist`), 404, 'not-found');
  });

  test('read-only Cypher: rows, cap, malformed query, refused writes', async () => {
    const stats = (await call('/api/stats')).body;
    const ok = await post('/api/cypher', { query: 'MATCH (d:Document) RETURN d.uri AS uri ORDER BY uri' });
    assert.equal(ok.status, 200, JSON.stringify(ok.body));
    assert.deepEqual(ok.body, {
      columns: ['uri'],
      rows: [[FRENCH.uri], [ENGLISH.uri]].sort(),
      truncated: false,
    });

    const withParams = await post('/api/cypher', {
      query: 'MATCH (d:Document) WHERE d.uri = $uri RETURN d.uri',
      params: { uri: ENGLISH.uri },
    });
    assert.deepEqual((withParams.body as { rows: unknown[][] }).rows, [[ENGLISH.uri]]);

    const capped = (await post('/api/cypher', { query: 'UNWIND [1, 2, 3, 4, 5] AS x RETURN x' })).body as {
      rows: unknown[][];
      truncated: boolean;
    };
    assert.deepEqual(capped, { columns: ['x'], rows: [[1], [2]], truncated: true });

    assertError(await post('/api/cypher', { query: 'MATCH (n RETURN n' }), 400, 'query-error');
    assertError(
      await post('/api/cypher', { query: "CREATE (p:Person {id: 'per_x', name: 'X'})" }),
      403,
      'read-only',
    );
    assertError(await post('/api/cypher', { query: 'MATCH (d:Document) DETACH DELETE d' }), 403, 'read-only');
    assertError(await post('/api/cypher', { params: {} }), 400, 'bad-request');
    assert.deepEqual((await call('/api/stats')).body, stats, 'refused writes changed nothing');
  });

  test('export in every format, unknown format refused', async () => {
    const gexf = await call('/api/export?format=gexf');
    assert.equal(gexf.status, 200);
    assert.match(gexf.type, /gexf/);
    assert.ok(String(gexf.body).startsWith('<?xml'));
    const csv = await call('/api/export?format=csv&table=edges');
    assert.match(String(csv.body), /^Id,Source,Target,/);
    const graph = await exported();
    assert.deepEqual(graph, await store.exportGraph());
    const message = assertError(await call('/api/export?format=pdf'), 400, 'bad-request');
    assert.match(message, /graph-json, gexf, graphml, cyjs, csv/);
  });

  test('bad bodies: malformed JSON, wrong shape, too large', async () => {
    const malformed = await call('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"documents": [',
    });
    assertError(malformed, 400, 'bad-request');
    assertError(await post('/api/documents', { documents: [] }), 400, 'bad-request');
    assertError(await post('/api/documents', { documents: [{ content: 'no uri' }] }), 400, 'bad-request');
    const big = { documents: [{ uri: 'test://big.txt', content: 'x'.repeat(2 * 1024 * 1024) }] };
    assertError(await post('/api/documents', big), 413, 'too-large');
  });

  test('DELETE /api/documents/:id removes a document and what only it supported', async () => {
    const { documents } = (await call('/api/documents')).body as {
      documents: Array<{ id: string; uri: string }>;
    };
    const french = documents.find((document) => document.uri === FRENCH.uri);
    assert.ok(french);
    const deleted = await call(`/api/documents/${french.id}`, { method: 'DELETE' });
    assert.equal(deleted.status, 200);
    assertError(await call(`/api/documents/${french.id}`), 404, 'not-found');
    assertError(await call(`/api/documents/${french.id}`, { method: 'DELETE' }), 404, 'not-found');
    const graph = await exported();
    assert.deepEqual(
      graph.documents.map((document) => document.uri),
      [ENGLISH.uri],
    );
    for (const node of graph.nodes) assert.ok(!node.documents.includes(french.id));
    for (const edge of graph.edges) assert.ok(edge.evidence.every((piece) => piece.documentId !== french.id));
  });

  test('unknown routes, the unbuilt client, and internal errors that do not leak', async () => {
    assertError(await call('/api/nothing-here'), 404, 'not-found');
    const home = await call('/');
    assert.equal(home.status, 503);
    assert.match(String(home.body), /npm run build/);

    await store.close();
    const message = assertError(await call('/api/stats'), 500, 'internal');
    assert.doesNotMatch(message, /closed|at .*\.ts/);
    assert.ok(
      errorLog.some((line) => line.includes('request failed')),
      'the 500 was logged',
    );
  });
});
