/**
 * The model extractor against a small OpenAI-compatible server started here, which answers
 * with replies written in the shape Ollama, llama.cpp and vLLM send (no model runs on these
 * machines). What is checked is our side: the request, the verbatim-quote rule, exact
 * offsets, schema types, keys shared with the rules, and clear errors.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { entityId } from '../../graph-schema/model.ts';
import { ingestDocument, ingestDocumentWith } from '../pipeline.ts';
import { ruleBasedExtractor } from '../rules/index.ts';
import { chatConfigFromEnvironment, createChatExtractor } from './chat.ts';
import { combineExtractors } from './combined.ts';

// Our own sentences; the second relation's quote is not in the text and must be dropped.
const TEXT =
  'Selon les chercheurs de Vigie Labs, Fancy Bear a enregistré le domaine mail-vigie-example.fr. ' +
  'Le groupe utilise aussi un outil nommé Brisecoque.';

const REPLY = {
  entities: [
    { name: 'Fancy Bear', type: 'ThreatActor' },
    { name: 'Vigie Labs', type: 'Organization' },
    { name: 'mail-vigie-example.fr', type: 'Domain' },
    { name: 'Brisecoque', type: 'Malware' },
    { name: 'Atlantide', type: 'Location' },
    { name: 'Nébuleuse', type: 'Spaceship' },
  ],
  relations: [
    {
      type: 'REGISTERED',
      source: 'Fancy Bear',
      target: 'mail-vigie-example.fr',
      modality: 'reported',
      claimants: ['Vigie Labs'],
      quote: 'Fancy Bear a enregistré le domaine mail-vigie-example.fr.',
    },
    {
      type: 'USES',
      source: 'Fancy Bear',
      target: 'Brisecoque',
      modality: 'asserted',
      claimants: [],
      quote: 'Fancy Bear emploie Brisecoque depuis 2019.',
    },
    {
      type: 'LOCATED_IN',
      source: 'Brisecoque',
      target: 'Vigie Labs',
      modality: 'asserted',
      claimants: [],
      quote: 'Le groupe utilise aussi un outil nommé Brisecoque.',
    },
    { type: 'INVENTED', source: 'Fancy Bear', target: 'Vigie Labs', modality: 'asserted', quote: 'Selon' },
  ],
};

interface Exchange {
  status: number;
  content: string;
}

const requests: Array<{ headers: IncomingMessage['headers']; body: Record<string, unknown> }> = [];
let reply: Exchange = { status: 200, content: JSON.stringify(REPLY) };
let server: Server;
let url: string;

before(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      requests.push({ headers: request.headers, body: JSON.parse(body) as Record<string, unknown> });
      response.writeHead(reply.status, { 'content-type': 'application/json' });
      response.end(
        reply.status === 200
          ? JSON.stringify({
              choices: [{ index: 0, message: { role: 'assistant', content: reply.content } }],
            })
          : JSON.stringify({ error: { message: 'model not loaded' } }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const raw = { uri: 'memo.txt', bytes: new TextEncoder().encode(TEXT), mediaType: 'text/plain' as const };

describe('model extractor', () => {
  test('asks the chat endpoint for schema types, with the model, key and text', async () => {
    reply = { status: 200, content: JSON.stringify(REPLY) };
    requests.length = 0;
    await ingestDocumentWith(raw, createChatExtractor({ url, model: 'petit-modele', key: 'secret' }));
    const [request] = requests;
    assert.ok(request);
    assert.equal(request.headers.authorization, 'Bearer secret');
    assert.equal(request.body.model, 'petit-modele');
    const messages = request.body.messages as Array<{ role: string; content: string }>;
    assert.match(messages[0]?.content ?? '', /ATTRIBUTED_TO: .*Event -> ThreatActor/);
    assert.equal(messages[1]?.content, TEXT);
  });

  test('keeps only relations whose quote is in the text, with exact offsets and schema types', async () => {
    reply = { status: 200, content: JSON.stringify(REPLY) };
    const { batch, document } = await ingestDocumentWith(raw, createChatExtractor({ url, model: 'm' }));
    assert.deepEqual(
      batch.relations.map((relation) => `${relation.type} ${relation.modality}`),
      ['REGISTERED reported'],
      'the invented quote, the invented type and the place for a malware are dropped',
    );
    const [relation] = batch.relations;
    const [evidence] = relation?.evidence ?? [];
    assert.ok(evidence);
    assert.equal(evidence.text, document.text.slice(evidence.start, evidence.end));
    assert.equal(evidence.start, 0, 'the evidence is the whole sentence around the quote');
    assert.ok(evidence.text.startsWith('Selon les chercheurs'));
    assert.deepEqual(evidence.assertedBy, [
      batch.entities.find((entity) => entity.name === 'Vigie Labs')?.id,
    ]);
    assert.ok(
      !batch.entities.some((entity) => entity.name === 'Atlantide'),
      'a name not in the text is no entity',
    );
    for (const mention of batch.mentions)
      assert.equal(document.text.slice(mention.start, mention.end), mention.surface);
  });

  test('a known name gets the gazetteer identity the rules give it, so both meet in one node', async () => {
    reply = { status: 200, content: JSON.stringify(REPLY) };
    const apt28 = entityId('ThreatActor', 'mitre-attack:G0007');
    const alone = await ingestDocumentWith(raw, createChatExtractor({ url, model: 'm' }));
    assert.ok(alone.batch.entities.some((entity) => entity.id === apt28 && entity.name === 'APT28'));
    const both = await ingestDocumentWith(
      raw,
      combineExtractors([ruleBasedExtractor, createChatExtractor({ url, model: 'm' })]),
    );
    const rulesOnly = ingestDocument(raw);
    assert.equal(both.batch.entities.filter((entity) => entity.id === apt28).length, 1);
    assert.ok(
      both.batch.relations.length >= rulesOnly.batch.relations.length,
      'the model adds to what the rules found',
    );
    assert.ok(
      both.batch.relations.some((relation) => relation.type === 'REGISTERED' && relation.source === apt28),
    );
  });

  test('an answer that is not the JSON asked for gives nothing, not a failure', async () => {
    reply = { status: 200, content: 'Je ne peux pas répondre à cela.' };
    const { batch } = await ingestDocumentWith(raw, createChatExtractor({ url, model: 'm' }));
    assert.deepEqual(batch.relations, []);
    assert.deepEqual(batch.entities, []);
  });

  test('a failing endpoint is reported with its address and status', async () => {
    reply = { status: 503, content: '' };
    await assert.rejects(
      ingestDocumentWith(raw, createChatExtractor({ url, model: 'm' })),
      (error: Error) =>
        error.message.includes('/v1/chat/completions answered 503') &&
        error.message.includes('model not loaded'),
    );
    await assert.rejects(
      ingestDocumentWith(
        raw,
        createChatExtractor({ url: 'http://127.0.0.1:9/v1', model: 'm', timeoutMs: 2000 }),
      ),
      /did not answer/,
    );
  });

  test('configuration comes from the environment, and says what is missing', () => {
    assert.deepEqual(chatConfigFromEnvironment({ EVIGRAPH_LLM_URL: url, EVIGRAPH_LLM_MODEL: 'm' }), {
      url,
      model: 'm',
    });
    assert.throws(() => chatConfigFromEnvironment({ EVIGRAPH_LLM_URL: url }), /EVIGRAPH_LLM_MODEL/);
  });
});
