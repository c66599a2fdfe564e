/**
 * Extraction throughput: the whole ingest pipeline (clean, language, sentences, extraction,
 * batch) on generated documents, on one thread and on a pool of worker threads (one per core).
 * Documents are generated outside the timed section on one thread, inside each worker's share
 * on the pool (generation costs well under a tenth of extraction).
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { GraphBatch } from '../graph-schema/model.ts';
import { ingestDocument } from '../ingest/pipeline.ts';
import { prepareRules } from '../ingest/rules/index.ts';
import { BENCH_LANGUAGES, benchLanguage, generateDocuments, type CorpusOptions } from './corpus.ts';
import { MB, timed, type Timing } from './measure.ts';

export interface ExtractRequest {
  from: number;
  to: number;
  returnBatches: boolean;
}

export type ExtractReply =
  { kind: 'ready' } | { kind: 'done'; from: number; bytes: number; batches: GraphBatch[] };

export interface ExtractFigures {
  documents: number;
  bytes: number;
  timing: Timing;
}

/** Documents per message to a worker: small enough to balance the threads at the end. */
const CHUNK = 32;

/**
 * Documents extracted, untimed, before measuring: the rates are those of a running process
 * (the server, a long ingest), not of the JIT compiler's first minute. They come from far
 * beyond any corpus measured, so no measured document has been seen before.
 */
const WARM_UP_DOCUMENTS = 30;
const WARM_UP_START = 10_000_000;

/** Rates of one measured pass: per wall second and per CPU second. */
export function rates(figures: ExtractFigures): Record<string, number> {
  const wall = figures.timing.wallMs / 1000;
  const cpu = figures.timing.cpuMs / 1000;
  return {
    mb_s: figures.bytes / MB / wall,
    docs_s: figures.documents / wall,
    cpu_mb_s: figures.bytes / MB / cpu,
    cpu_docs_s: figures.documents / cpu,
  };
}

/** One thread, this process: the rate per core. */
export async function extractOnOneThread(
  count: number,
  corpus: CorpusOptions,
): Promise<ExtractFigures & { byLanguage: Record<string, ExtractFigures> }> {
  prepareRules();
  for (const raw of generateDocuments(WARM_UP_DOCUMENTS, corpus, WARM_UP_START)) ingestDocument(raw);
  // Timed one language at a time: a clock read per document would itself cost measurably.
  const byLanguage: Record<string, ExtractFigures> = {};
  const documents = [...generateDocuments(count, corpus)];
  for (const lang of BENCH_LANGUAGES) {
    const ofLanguage = documents.filter((raw) => benchLanguage(raw.uri) === lang);
    const { timing } = await timed(() => {
      for (const raw of ofLanguage) ingestDocument(raw);
    });
    const bytes = ofLanguage.reduce((sum, raw) => sum + raw.bytes.byteLength, 0);
    byLanguage[lang] = { documents: ofLanguage.length, bytes, timing };
  }
  const parts = Object.values(byLanguage);
  const bytes = parts.reduce((sum, part) => sum + part.bytes, 0);
  const timing = {
    wallMs: parts.reduce((sum, part) => sum + part.timing.wallMs, 0),
    cpuMs: parts.reduce((sum, part) => sum + part.timing.cpuMs, 0),
  };
  return { documents: documents.length, bytes, timing, byLanguage };
}

/**
 * A pool of worker threads, started and warmed (rules built) before the clock starts.
 * `extract` hands out the documents in chunks and calls `onBatches` as each chunk comes back,
 * so a caller can write while the workers go on extracting.
 */
export class ExtractionPool {
  readonly size: number;
  private readonly workers: Worker[];
  private readonly ready: Promise<void>;

  constructor(corpus: CorpusOptions, size = availableParallelism()) {
    this.size = size;
    this.workers = Array.from(
      { length: size },
      () => new Worker(new URL('./extract-worker.ts', import.meta.url), { workerData: corpus }),
    );
    this.ready = Promise.all(
      this.workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            worker.once('error', reject);
            worker.once('message', () => resolve());
          }),
      ),
    ).then(() => undefined);
  }

  /** Documents `start` to `start + count - 1` of the corpus. */
  async extract(
    count: number,
    onBatches?: (batches: GraphBatch[]) => Promise<void> | void,
    start = 0,
  ): Promise<ExtractFigures> {
    await this.ready;
    const end = start + count;
    let bytes = 0;
    let next = start;
    // Chunks come back in any order; writes follow the order they arrive in, as a bulk
    // loader would. Writes are chained so they never overlap.
    let writing = Promise.resolve();
    const { timing } = await timed(async () => {
      await Promise.all(
        this.workers.map(async (worker) => {
          while (next < end) {
            const from = next;
            const to = Math.min(end, from + CHUNK);
            next = to;
            const reply = await ask(worker, { from, to, returnBatches: onBatches !== undefined });
            bytes += reply.bytes;
            if (onBatches) {
              const batches = reply.batches;
              writing = writing.then(() => onBatches(batches));
              // A thread asks for more only once the writes so far are done, so batches never
              // pile up in memory ahead of a slower writer (a bulk load's add, say).
              await writing;
            }
          }
        }),
      );
      await writing;
    });
    return { documents: count, bytes, timing };
  }

  /** Runs every thread through a few documents outside any measurement. */
  async warmUp(): Promise<void> {
    await this.extract(WARM_UP_DOCUMENTS * this.size, undefined, WARM_UP_START);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

function ask(worker: Worker, request: ExtractRequest): Promise<Extract<ExtractReply, { kind: 'done' }>> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    worker.once('error', onError);
    worker.once('message', (reply: ExtractReply) => {
      worker.off('error', onError);
      if (reply.kind === 'done') resolve(reply);
      else reject(new Error(`unexpected reply from an extraction thread: ${reply.kind}`));
    });
    worker.postMessage(request);
  });
}
