/**
 * One extraction thread of the benchmark: generates its share of the corpus itself (only
 * indices cross threads) and runs every document through the whole ingest pipeline.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ingestDocument } from '../ingest/pipeline.ts';
import { prepareRules } from '../ingest/rules/index.ts';
import { generateDocument, type CorpusOptions } from './corpus.ts';
import type { ExtractRequest, ExtractReply } from './extract.ts';

const port = parentPort;
if (!port) throw new Error('extract-worker.ts runs as a worker thread');
const corpus = workerData as CorpusOptions;

// The one-off build happens before the parent starts its clock.
prepareRules();
port.postMessage({ kind: 'ready' } satisfies ExtractReply);

port.on('message', (request: ExtractRequest) => {
  let bytes = 0;
  const batches = [];
  for (let index = request.from; index < request.to; index++) {
    const raw = generateDocument(index, corpus);
    bytes += raw.bytes.byteLength;
    const { batch } = ingestDocument(raw);
    if (request.returnBatches) batches.push(batch);
  }
  port.postMessage({ kind: 'done', from: request.from, bytes, batches } satisfies ExtractReply);
});
