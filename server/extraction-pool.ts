/**
 * Extraction off the server's thread: a few worker threads take documents one at a time.
 * The event loop stays free for health checks and reads while a large upload is extracted,
 * a document that runs past its time budget is stopped (its worker terminated and replaced)
 * and fails alone, and closing the pool ends every extraction at once.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { IngestContext, IngestResult } from '../ingest/pipeline.ts';
import type { RawDocument } from '../ingest/types.ts';

export interface ExtractionTask {
  id: number;
  raw: RawDocument;
  context: IngestContext;
}

export type ExtractionReply =
  'ready' | { id: number; result: IngestResult } | { id: number; failure: { code: string; message: string } };

/** Why a document has no extraction: its own fault, the time budget, or the pool closing. */
export class ExtractionFailure extends Error {
  override name = 'ExtractionFailure';
  readonly uri: string;
  readonly code: string;

  constructor(uri: string, code: string, message: string) {
    super(message);
    this.uri = uri;
    this.code = code;
  }
}

export interface ExtractionPoolOptions {
  /** Worker threads; one per core by default, leaving the event loop its share. */
  size?: number;
  /** Longest a document may take; 5 MB of entity-dense text takes about 10 s here. */
  budgetMs?: number;
}

export const DEFAULT_EXTRACTION_BUDGET_MS = 120_000;
const WORKER_ENTRY = new URL('./extraction-worker.ts', import.meta.url);

interface Pending {
  task: ExtractionTask;
  resolve: (result: IngestResult) => void;
  reject: (error: Error) => void;
}

interface Running extends Pending {
  timer: NodeJS.Timeout;
}

export class ExtractionPool {
  readonly size: number;
  readonly budgetMs: number;
  /** Loading the extractor; they take work once they say they are ready. */
  private readonly starting = new Set<Worker>();
  private readonly idle: Worker[] = [];
  private readonly running = new Map<Worker, Running>();
  private readonly waiting: Pending[] = [];
  private nextId = 0;
  private closed = false;

  constructor(options: ExtractionPoolOptions = {}) {
    this.size = Math.max(1, options.size ?? availableParallelism());
    this.budgetMs = options.budgetMs ?? DEFAULT_EXTRACTION_BUDGET_MS;
  }

  extract(raw: RawDocument, context: IngestContext = {}): Promise<IngestResult> {
    if (this.closed) return Promise.reject(cancelled(raw.uri));
    return new Promise((resolve, reject) => {
      this.waiting.push({ task: { id: this.nextId++, raw, context }, resolve, reject });
      this.dispatch();
    });
  }

  /** Starts the workers now, so the first document does not wait for them to load. */
  warm(): void {
    while (!this.closed && this.workerCount() < this.size) this.spawn();
  }

  private workerCount(): number {
    return this.starting.size + this.idle.length + this.running.size;
  }

  /** Ends every extraction: running and waiting documents fail as cancelled. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.waiting.splice(0)) pending.reject(cancelled(pending.task.raw.uri));
    const workers = [...this.starting, ...this.idle.splice(0), ...this.running.keys()];
    this.starting.clear();
    for (const [, running] of this.running) {
      clearTimeout(running.timer);
      running.reject(cancelled(running.task.raw.uri));
    }
    this.running.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.waiting.length > 0 && !this.closed) {
      const worker = this.idle.pop();
      if (!worker) {
        if (this.workerCount() < this.size) this.spawn();
        return;
      }
      const pending = this.waiting.shift();
      if (!pending) return;
      const timer = setTimeout(() => this.overBudget(worker), this.budgetMs);
      this.running.set(worker, { ...pending, timer });
      worker.ref();
      worker.postMessage(pending.task);
    }
  }

  private spawn(): void {
    const worker = new Worker(WORKER_ENTRY, { execArgv: [] });
    this.starting.add(worker);
    // Referenced while it loads or works (someone waits for it), not while idle: an idle
    // worker must not keep a finished CLI run alive.
    worker.on('message', (reply: ExtractionReply) => this.finished(worker, reply));
    worker.on('error', (error) => this.crashed(worker, error));
    worker.on('exit', () => this.crashed(worker, new Error('the extraction worker stopped')));
  }

  private finished(worker: Worker, reply: ExtractionReply): void {
    if (reply === 'ready') {
      this.starting.delete(worker);
      worker.unref();
      this.idle.push(worker);
      this.dispatch();
      return;
    }
    const running = this.running.get(worker);
    if (!running || running.task.id !== reply.id) return;
    clearTimeout(running.timer);
    this.running.delete(worker);
    worker.unref();
    this.idle.push(worker);
    if ('result' in reply) running.resolve(reply.result);
    else
      running.reject(new ExtractionFailure(running.task.raw.uri, reply.failure.code, reply.failure.message));
    this.dispatch();
  }

  private overBudget(worker: Worker): void {
    const running = this.running.get(worker);
    if (!running) return;
    const { uri } = running.task.raw;
    this.discard(worker);
    running.reject(
      new ExtractionFailure(
        uri,
        'time-budget',
        `${uri}: extraction ran past its ${Math.round(this.budgetMs / 1000)} s budget and was stopped`,
      ),
    );
    this.dispatch();
  }

  private crashed(worker: Worker, error: Error): void {
    const running = this.running.get(worker);
    this.discard(worker);
    if (running) {
      const { uri } = running.task.raw;
      running.reject(new ExtractionFailure(uri, 'extraction', `${uri}: extraction failed: ${error.message}`));
    }
    if (!this.closed) this.dispatch();
  }

  /** Forgets a worker and ends it; a new one is spawned when work needs it. */
  private discard(worker: Worker): void {
    const running = this.running.get(worker);
    if (running) clearTimeout(running.timer);
    this.running.delete(worker);
    this.starting.delete(worker);
    const index = this.idle.indexOf(worker);
    if (index >= 0) this.idle.splice(index, 1);
    worker.removeAllListeners();
    // An exit or error after this point is the one asked for.
    worker.on('error', () => undefined);
    void worker.terminate();
  }
}

function cancelled(uri: string): ExtractionFailure {
  return new ExtractionFailure(
    uri,
    'cancelled',
    `${uri}: the server stopped before this document was extracted`,
  );
}
