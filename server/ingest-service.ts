/**
 * The one place where documents become graph: read -> ingestDocument -> store.writeBatch,
 * one document at a time. A document that fails is recorded (what and where) and the rest
 * still land; a document whose text is already stored is skipped and reported as such.
 * The CLI and the HTTP ingest endpoint both go through here.
 */
import { ingestDocument, type IngestResult } from '../ingest/pipeline.ts';
import { DEFAULT_MAX_BYTES } from '../ingest/read.ts';
import { IngestError, type RawDocument } from '../ingest/types.ts';
import type { GraphStore } from '../store/graph-store.ts';

/** Larger documents are refused, from files and uploads alike: news and reports are far
 *  smaller, and one document's text is held in memory several times over while it is processed. */
export const MAX_DOCUMENT_BYTES = DEFAULT_MAX_BYTES;

export type DocumentOutcome =
  | {
      status: 'ingested';
      uri: string;
      documentId: string;
      title: string;
      entities: number;
      relations: number;
      mentions: number;
      warnings: string[];
    }
  | { status: 'skipped'; uri: string; documentId: string; reason: string; warnings: string[] }
  | { status: 'failed'; uri: string; code: string; message: string };

export interface IngestProgress {
  /** Documents handled so far, this one included. */
  done: number;
  /** Known when the caller knows how many documents are coming (an upload), not for a folder walk. */
  total?: number;
  outcome: DocumentOutcome;
}

export interface IngestSummary {
  ingested: number;
  skipped: number;
  failed: number;
  /** Records written, summed over ingested documents (an entity seen in two documents counts twice). */
  entities: number;
  relations: number;
  mentions: number;
  documents: DocumentOutcome[];
  elapsedMs: number;
}

export interface IngestOptions {
  total?: number;
  maxDocumentBytes?: number;
  onProgress?: (progress: IngestProgress) => void;
}

export type IngestSource = AsyncIterable<RawDocument | IngestError> | Iterable<RawDocument | IngestError>;

export class IngestService {
  // Runs are queued: interleaving two runs' writes would gain nothing on one store and
  // would make each run's "already stored" decisions depend on the other's timing.
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly store: GraphStore) {}

  ingest(source: IngestSource, options: IngestOptions = {}): Promise<IngestSummary> {
    return this.exclusive(() => this.run(source, options));
  }

  /** Deletes go through the same queue as ingest runs, so a delete never lands mid-run. */
  deleteDocument(documentId: string): Promise<boolean> {
    return this.exclusive(() => this.store.deleteDocument(documentId));
  }

  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async run(source: IngestSource, options: IngestOptions): Promise<IngestSummary> {
    const started = performance.now();
    const maxBytes = options.maxDocumentBytes ?? MAX_DOCUMENT_BYTES;
    const summary = emptySummary();
    for await (const item of source) {
      const outcome = await this.ingestOne(item, maxBytes);
      addOutcome(summary, outcome);
      options.onProgress?.({
        done: summary.documents.length,
        ...(options.total === undefined ? {} : { total: options.total }),
        outcome,
      });
      // Extraction is synchronous work; yielding between documents keeps a server responsive.
      await new Promise((resolve) => setImmediate(resolve));
    }
    summary.elapsedMs = Math.round(performance.now() - started);
    return summary;
  }

  private async ingestOne(item: RawDocument | IngestError, maxBytes: number): Promise<DocumentOutcome> {
    if (item instanceof IngestError) return failureOf(item);
    let extracted: IngestResult;
    try {
      if (item.bytes.byteLength > maxBytes) {
        throw new IngestError(
          item.uri,
          'too-large',
          `${formatBytes(item.bytes.byteLength)} is more than the ${formatBytes(maxBytes)} a document may have`,
        );
      }
      extracted = ingestDocument(item);
    } catch (error) {
      if (error instanceof IngestError) return failureOf(error);
      return {
        status: 'failed',
        uri: item.uri,
        code: 'extraction',
        message: `${item.uri}: ${messageOf(error)}`,
      };
    }
    const { batch, document, warnings } = extracted;
    try {
      if (await this.store.hasDocument(document.id)) {
        const existing = await this.store.getDocument(document.id);
        const where = existing && existing.uri !== document.uri ? ` as ${existing.uri}` : '';
        return {
          status: 'skipped',
          uri: item.uri,
          documentId: document.id,
          reason: `the same text is already in the store${where}`,
          warnings,
        };
      }
      const written = await this.store.writeBatch(batch);
      return {
        status: 'ingested',
        uri: item.uri,
        documentId: document.id,
        title: document.title,
        entities: written.entities,
        relations: written.relations,
        mentions: written.mentions,
        warnings,
      };
    } catch (error) {
      return { status: 'failed', uri: item.uri, code: 'store', message: `${item.uri}: ${messageOf(error)}` };
    }
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function emptySummary(): IngestSummary {
  return {
    ingested: 0,
    skipped: 0,
    failed: 0,
    entities: 0,
    relations: 0,
    mentions: 0,
    documents: [],
    elapsedMs: 0,
  };
}

export function addOutcome(summary: IngestSummary, outcome: DocumentOutcome): void {
  summary.documents.push(outcome);
  summary[outcome.status === 'ingested' ? 'ingested' : outcome.status === 'skipped' ? 'skipped' : 'failed']++;
  if (outcome.status === 'ingested') {
    summary.entities += outcome.entities;
    summary.relations += outcome.relations;
    summary.mentions += outcome.mentions;
  }
}

export function failureOf(error: IngestError): DocumentOutcome {
  return { status: 'failed', uri: error.uri, code: error.code, message: error.message };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
