/**
 * One extraction thread: raw documents in, IngestResults (or the reason there is none) out.
 * Extraction is synchronous CPU work; here it runs beside the server's event loop, not on it.
 */
import { parentPort } from 'node:worker_threads';
import { ingestDocument } from '../ingest/pipeline.ts';
import { prepareRules } from '../ingest/rules/index.ts';
import { IngestError } from '../ingest/types.ts';
import type { ExtractionReply, ExtractionTask } from './extraction-pool.ts';

const port = parentPort;
if (!port) throw new Error('extraction-worker runs as a worker thread');
prepareRules();
// Loading the rules takes a while; the pool starts a document's time budget only after this.
port.postMessage('ready');
port.on('message', ({ id, raw, context }: ExtractionTask) => {
  let reply: ExtractionReply;
  try {
    reply = { id, result: ingestDocument(raw, context) };
  } catch (error) {
    reply =
      error instanceof IngestError
        ? { id, failure: { code: error.code, message: error.message } }
        : {
            id,
            failure: {
              code: 'extraction',
              message: `${raw.uri}: ${error instanceof Error ? error.message : String(error)}`,
            },
          };
  }
  port.postMessage(reply);
});
