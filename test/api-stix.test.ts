/**
 * `POST /api/documents` with STIX bundles and a chosen extractor, as a client sends them: a
 * bundle recognised by its content lands as known entities and stated relations, its aliases
 * then resolve a later upload's mentions (extraction in the server's worker pool); the
 * extractor is chosen with `?extractor=` or a body field, and an unknown or unconfigured one is
 * refused before anything is read. The model is a small server started here that answers as an
 * OpenAI-compatible endpoint would (no model runs on these machines). All text is our own.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { GraphJson } from '../graph-schema/graph-json.ts';
import type { ErrorBody } from '../server/api-error.ts';
import type { DocumentOutcome, IngestSummary } from '../server/ingest-service.ts';
import { startApi, type RunningApi } from './api-harness.ts';
import { MODEL_SENTENCE, startModelReplay, type ModelReplay } from './model-replay.ts';

const BUNDLE = {
  type: 'bundle',
  id: 'bundle--6e8f3a21-0000-4000-8000-000000000001',
  objects: [
    {
      type: 'identity',
      spec_version: '2.1',
      id: 'identity--6e8f3a21-0000-4000-8000-000000000002',
      created: '2024-05-01T00:00:00.000Z',
      modified: '2024-05-01T00:00:00.000Z',
      name: 'Vigie Labs',
      identity_class: 'organization',
    },
    {
      type: 'intrusion-set',
      spec_version: '2.1',
      id: 'intrusion-set--6e8f3a21-0000-4000-8000-000000000003',
      created: '2024-05-01T00:00:00.000Z',
      modified: '2024-05-01T00:00:00.000Z',
      name: 'Salt Marsh',
      aliases: ['Marsh Crew Seven'],
    },
    {
      type: 'malware',
      spec_version: '2.1',
      id: 'malware--6e8f3a21-0000-4000-8000-000000000004',
      created: '2024-05-01T00:00:00.000Z',
      modified: '2024-05-01T00:00:00.000Z',
      name: 'Tidewire',
      is_family: true,
    },
    {
      type: 'relationship',
      spec_version: '2.1',
      id: 'relationship--6e8f3a21-0000-4000-8000-000000000005',
      created: '2024-05-01T00:00:00.000Z',
      modified: '2024-05-01T00:00:00.000Z',
      relationship_type: 'uses',
      source_ref: 'intrusion-set--6e8f3a21-0000-4000-8000-000000000003',
      target_ref: 'malware--6e8f3a21-0000-4000-8000-000000000004',
      created_by_ref: 'identity--6e8f3a21-0000-4000-8000-000000000002',
    },
    {
      type: 'relationship',
      spec_version: '2.1',
      id: 'relationship--6e8f3a21-0000-4000-8000-000000000006',
      created: '2024-05-01T00:00:00.000Z',
      modified: '2024-05-01T00:00:00.000Z',
      relationship_type: 'uses',
      source_ref: 'malware--6e8f3a21-0000-4000-8000-000000000004',
      target_ref: 'intrusion-set--6e8f3a21-0000-4000-8000-000000000003',
    },
  ],
};
const NOTE = 'Marsh Crew Seven targeted the Ministry of Defence of France in May, the agency said.';
let api: RunningApi;
let unconfigured: RunningApi;
let model: ModelReplay;

async function post(
  target: RunningApi,
  path: string,
  body: unknown,
): Promise<{ status: number; body: IngestSummary & ErrorBody }> {
  const response = await fetch(`${target.base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as IngestSummary & ErrorBody };
}

function ingestedOutcome(summary: IngestSummary): Extract<DocumentOutcome, { status: 'ingested' }> {
  const [outcome] = summary.documents;
  assert.ok(outcome?.status === 'ingested', JSON.stringify(summary.documents));
  return outcome;
}

async function graphOf(target: RunningApi): Promise<GraphJson> {
  return (await (await fetch(`${target.base}/api/export?format=graph-json`)).json()) as GraphJson;
}

before(async () => {
  model = await startModelReplay();
  api = await startApi('api-stix', {
    environment: { EVIGRAPH_LLM_URL: model.url, EVIGRAPH_LLM_MODEL: 'replay' },
  });
  unconfigured = await startApi('api-stix-plain', { environment: {} });
});

after(async () => {
  await api.stop();
  await unconfigured.stop();
  await model.stop();
});

describe('STIX bundles through POST /api/documents', () => {
  test('a bundle is recognised by its content and lands as entities and stated relations', async () => {
    const content = JSON.stringify(BUNDLE, null, 2);
    const { status, body } = await post(api, '/api/documents', {
      // As the explorer sends files: bytes in base64, no media type.
      documents: [
        {
          uri: 'exports/platform-2024-05.json',
          content: Buffer.from(content).toString('base64'),
          encoding: 'base64',
        },
      ],
    });
    assert.equal(status, 200, JSON.stringify(body));
    const outcome = ingestedOutcome(body);
    assert.equal(outcome.extractor, 'stix');
    assert.ok(
      outcome.warnings.some((warning) => /not allowed: uses from Malware to ThreatActor/.test(warning)),
    );
    const graph = await graphOf(api);
    const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
    const uses = graph.edges.find((edge) => edge.type === 'USES');
    assert.equal(names.get(uses?.source ?? ''), 'Salt Marsh');
    assert.equal(names.get(uses?.target ?? ''), 'Tidewire');
    assert.deepEqual(
      uses?.assertedBy.map((id) => names.get(id)),
      ['Vigie Labs'],
    );
    const [piece] = uses?.evidence ?? [];
    assert.equal(piece?.start, content.indexOf('{\n      "type": "relationship"'));
  });

  test("the bundle's aliases resolve the mentions of a later upload", async () => {
    const { status, body } = await post(api, '/api/documents', {
      documents: [{ uri: 'notes/may.txt', content: NOTE }],
    });
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(ingestedOutcome(body).extractor, 'rules');
    const graph = await graphOf(api);
    const note = graph.documents.find((document) => document.uri === 'notes/may.txt');
    const marsh = graph.nodes.find((node) => node.name === 'Salt Marsh');
    assert.ok(note && marsh?.documents.includes(note.id), 'the text names the bundle group by its alias');
  });
});

describe('choosing the extractor', () => {
  test('?extractor=llm runs the rules with the configured model', async () => {
    const { status, body } = await post(api, '/api/documents?extractor=llm', {
      documents: [{ uri: 'notes/model.txt', content: MODEL_SENTENCE }],
    });
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(ingestedOutcome(body).extractor, 'rules+llm:replay');
    const graph = await graphOf(api);
    const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
    assert.ok(
      graph.edges.some((edge) => edge.type === 'USES' && names.get(edge.target) === 'Brisecoque'),
      'the model read what the rules miss',
    );
  });

  test('the choice may travel in the body; a query and a body that disagree are refused', async () => {
    const agreed = await post(api, '/api/documents', {
      extractor: 'rules',
      documents: [{ uri: 'notes/body.txt', content: 'Vigie Labs opened an office in Lyon.' }],
    });
    assert.equal(agreed.status, 200, JSON.stringify(agreed.body));
    assert.equal(ingestedOutcome(agreed.body).extractor, 'rules');
    const disagreeing = await post(api, '/api/documents?extractor=rules', {
      extractor: 'llm',
      documents: [{ uri: 'notes/other.txt', content: 'Some words.' }],
    });
    assert.equal(disagreeing.status, 400);
    assert.equal(disagreeing.body.error.code, 'bad-request');
  });

  test('an unknown extractor is a 400 that names the known ones, and nothing is ingested', async () => {
    const before = (await graphOf(unconfigured)).documents.length;
    const { status, body } = await post(unconfigured, '/api/documents?extractor=magic', {
      documents: [{ uri: 'notes/x.txt', content: NOTE }],
    });
    assert.equal(status, 400);
    assert.equal(body.error.code, 'unknown-extractor');
    assert.match(body.error.message, /"magic".*rules, llm/);
    assert.equal((await graphOf(unconfigured)).documents.length, before);
  });

  test('the model on a server without one configured is a 400 that says what to set', async () => {
    const { status, body } = await post(unconfigured, '/api/documents?extractor=llm', {
      documents: [{ uri: 'notes/x.txt', content: NOTE }],
    });
    assert.equal(status, 400);
    assert.equal(body.error.code, 'extractor-not-configured');
    assert.match(body.error.message, /EVIGRAPH_LLM_URL/);
  });
});
