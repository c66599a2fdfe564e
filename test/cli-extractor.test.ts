/**
 * `evigraph ingest --extractor llm` as a user runs it: the rules and a model behind an
 * OpenAI-compatible endpoint, here a small server started by the test that answers in the
 * shape those servers send (no model runs on these machines). The model's relation lands
 * beside the rules' entities, in one node per entity; a missing configuration is explained;
 * a server that holds the store extracts with its own model when the command asks for it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphJson } from '../graph-schema/graph-json.ts';
import type { IngestSummary } from '../server/ingest-service.ts';
import { BIN, evigraph, serverUrl } from './cli-harness.ts';
import { MODEL_SENTENCE as TEXT, startModelReplay, type ModelReplay } from './model-replay.ts';

let dir: string;
let model: ModelReplay;
let url: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evigraph-cli-llm-'));
  await writeFile(join(dir, 'note.txt'), TEXT);
  model = await startModelReplay();
  url = model.url;
});

after(async () => {
  await model.stop();
  await rm(dir, { recursive: true, force: true });
});

describe('evigraph ingest --extractor llm', () => {
  test('the model adds what the rules miss, in the same nodes', async () => {
    const store = `ladybug:${join(dir, 'with-model')}`;
    const run = await evigraph(
      ['ingest', '--store', store, '--extractor', 'llm', join(dir, 'note.txt')],
      dir,
      {
        EVIGRAPH_LLM_URL: url,
        EVIGRAPH_LLM_MODEL: 'petit-modele',
      },
    );
    assert.equal(run.code, 0, run.stderr);
    const exported = await evigraph(['export', '--store', store, '--format', 'graph-json'], dir);
    const graph = JSON.parse(exported.stdout) as GraphJson;
    const apt28 = graph.nodes.filter((node) => node.name === 'APT28');
    assert.equal(apt28.length, 1, 'Fancy Bear from the model and from the rules is one node');
    const uses = graph.edges.find((edge) => edge.type === 'USES' && edge.source === apt28[0]?.id);
    assert.ok(uses, 'the model found the tool');
    assert.equal(uses.modality, 'reported');
    assert.equal(uses.evidence[0]?.text, TEXT, 'the evidence is the whole sentence, with exact offsets');

    const rulesOnly = `ladybug:${join(dir, 'rules-only')}`;
    assert.equal((await evigraph(['ingest', '--store', rulesOnly, join(dir, 'note.txt')], dir)).code, 0);
    const plain = JSON.parse(
      (await evigraph(['export', '--store', rulesOnly, '--format', 'graph-json'], dir)).stdout,
    ) as GraphJson;
    assert.ok(!plain.edges.some((edge) => edge.type === 'USES'), 'the rules alone do not read this sentence');
  });

  test('without a configured model it says what to set, and ingests nothing', async () => {
    const store = `ladybug:${join(dir, 'unconfigured')}`;
    const run = await evigraph(
      ['ingest', '--store', store, '--extractor', 'llm', join(dir, 'note.txt')],
      dir,
      {
        EVIGRAPH_LLM_URL: '',
        EVIGRAPH_LLM_MODEL: '',
      },
    );
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /EVIGRAPH_LLM_URL/);
    assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace');
  });

  test('a server holding the store extracts with its own model when the command asks for one', async () => {
    const store = `ladybug:${join(dir, 'served')}`;
    const server = spawn(process.execPath, [BIN, 'serve', '--store', store, '--port', '0'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LOG_LEVEL: 'warn', EVIGRAPH_LLM_URL: url, EVIGRAPH_LLM_MODEL: 'petit-modele' },
    });
    try {
      await serverUrl(server);
      // The command has no model settings of its own: the server's are used.
      const run = await evigraph(
        ['ingest', '--store', store, '--extractor', 'llm', '--json', join(dir, 'note.txt')],
        dir,
        { EVIGRAPH_LLM_URL: '', EVIGRAPH_LLM_MODEL: '' },
      );
      assert.equal(run.code, 0, run.stderr);
      assert.match(run.stderr, /sending the work there/);
      const summary = JSON.parse(run.stdout) as IngestSummary;
      const [outcome] = summary.documents;
      assert.equal(outcome?.status === 'ingested' && outcome.extractor, 'rules+llm:petit-modele');
    } finally {
      if (server.exitCode === null) {
        const exited = once(server, 'exit');
        server.kill('SIGTERM');
        await exited;
      }
    }
  });
});
