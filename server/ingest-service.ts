/**
 * The one place where documents become graph: read -> ingestDocument -> store.writeBatches,
 * documents written in groups (one store transaction each, far faster than one per document).
 * A document that fails is recorded (what and where) and the rest still land; a document whose
 * text is already stored is skipped and reported as such, and an emptied file whose earlier
 * version is stored removes that version (an empty file never seen before is an error); a
 * container (JSON Lines, JSON records, a feed) read again retracts the entries it no longer gives.
 * The CLI and the HTTP ingest endpoint both go through here.
 */
import type { IngestContext, IngestResult } from '../ingest/pipeline.ts';
import { DEFAULT_MAX_BYTES } from '../ingest/read.ts';
import { ContainerListing, IngestError, type RawDocument } from '../ingest/types.ts';
import { WRITE_GROUP_SIZE, type BulkLoad, type GraphStore, type WriteSummary } from '../store/graph-store.ts';
import { ExtractionFailure, ExtractionPool } from './extraction-pool.ts';
import { KnownNames } from './known-names.ts';

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
      /** What produced the document's graph: `rules`, `rules+llm:MODEL`, or `stix` for a bundle. */
      extractor: string;
      /** How the document was read, when the reader knew (docs/architecture.md). */
      encoding?: string;
      author?: string;
      warnings: string[];
    }
  | { status: 'skipped'; uri: string; documentId: string; reason: string; warnings: string[] }
  | { status: 'failed'; uri: string; code: string; message: string }
  /** The file is now empty, or its container no longer gives it: the versions stored from it were retracted. */
  | { status: 'removed'; uri: string; documentIds: string[]; reason: string };

type Failure = Extract<DocumentOutcome, { status: 'failed' }>;

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
  removed: number;
  /** Records written, summed over ingested documents (an entity seen in two documents counts twice). */
  entities: number;
  relations: number;
  mentions: number;
  documents: DocumentOutcome[];
  elapsedMs: number;
  /** Set when the store's bulk loader wrote the run's documents. */
  bulkLoaded?: true;
  /** A bulk run whose load the store refused: why; its documents were then written in groups. */
  bulkLoadFailure?: string;
}

export interface IngestOptions {
  total?: number;
  maxDocumentBytes?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** The extraction for this run (an upload that asks for the model); the service's own otherwise. */
  extraction?: DocumentExtraction;
  /**
   * Load an empty store with its bulk loader (GraphStore.startBulkLoad): each document goes into
   * the load as it is extracted, and all are written at once at the end, so outcomes and
   * progress come when the load is done. If the store refuses the load at the start, the
   * documents are written in groups as usual; if writing it fails, they fail with the reason.
   */
  bulk?: boolean;
  /** Bulk runs: how many documents have been extracted (or failed) so far, before any outcome. */
  onExtracted?: (count: number) => void;
}

/** A group is written early once its first document has waited this long, so progress keeps coming. */
const WRITE_GROUP_MAX_WAIT_MS = 2000;

/** A document extracted and not yet written. */
interface Extracted {
  uri: string;
  result: IngestResult;
}
/** A file read as empty: a removal if its uri is stored, else the failure it is. */
interface Emptied {
  emptied: Failure;
}
/** Where a document stands before the store write: decided already, or waiting for it. */
type Queued = DocumentOutcome | Extracted;
type Step = Queued | Emptied | ContainerListing;

const isExtracted = (step: Step): step is Extracted => 'result' in step;
const isEmptied = (step: Step): step is Emptied => 'emptied' in step;

type SourceItem = RawDocument | IngestError | ContainerListing;
export type IngestSource = AsyncIterable<SourceItem> | Iterable<SourceItem>;

/**
 * What turns a document into a batch for the service: the rules in a pool of worker threads
 * (ExtractionPool, the default) or another extractor (model-extraction.ts).
 */
export interface DocumentExtraction {
  /** How many documents are worth extracting ahead of the writes. */
  readonly size: number;
  extract(raw: RawDocument, context?: IngestContext): Promise<IngestResult>;
  close(): Promise<void>;
}

/** Pools are per process: every service of a process shares one unless given its own. */
let sharedPool: ExtractionPool | undefined;

export class IngestService {
  // Runs are queued: interleaving two runs' writes would gain nothing on one store and
  // would make each run's "already stored" decisions depend on the other's timing.
  private queue: Promise<unknown> = Promise.resolve();
  private readonly store: GraphStore;
  private readonly knownNames: KnownNames;
  readonly pool: DocumentExtraction;
  private stopping = false;

  constructor(store: GraphStore, pool?: DocumentExtraction) {
    this.store = store;
    this.knownNames = new KnownNames(store);
    this.pool = pool ?? (sharedPool ??= new ExtractionPool());
  }

  ingest(source: IngestSource, options: IngestOptions = {}): Promise<IngestSummary> {
    return this.exclusive(() => this.run(source, options));
  }

  /**
   * Stops for a shutdown: extractions end at once, the group being written finishes (a store
   * transaction, all or nothing), documents not yet written fail as cancelled.
   */
  async stop(): Promise<void> {
    this.stopping = true;
    await this.pool.close();
    await this.queue;
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
    const extraction = options.extraction ?? this.pool;
    // Read once, before the first document: every document of the run sees the same names.
    const context: IngestContext = { knownNames: await this.knownNames.read() };
    const summary = emptySummary();
    const load = options.bulk === true ? await this.startBulkLoad(summary) : undefined;
    const bulk = load !== undefined;
    /** Texts the bulk load took, by id: the uri that brought each. */
    const loaded = new Map<string, string>();
    let queue: Queued[] = [];
    let groupStarted = 0;
    const flush = async () => {
      // Stopping: the group already being written lands; no further group starts.
      if (this.stopping)
        queue = queue.map((step) => (isExtracted(step) ? cancelledBeforeWrite(step.uri) : step));
      for (const outcome of await (load
        ? this.finishBulkLoad(load, queue, summary)
        : this.writeGroup(queue))) {
        addOutcome(summary, outcome);
        options.onProgress?.({
          done: summary.documents.length,
          ...(options.total === undefined ? {} : { total: options.total }),
          outcome,
        });
      }
      queue = [];
    };
    // Up to one document per worker is extracted ahead; outcomes keep the order of the source.
    const ahead: Array<Promise<Step>> = [];
    const settle = async (step: Promise<Step>) => {
      const settled = await step;
      if (settled instanceof ContainerListing) {
        // A bulk run starts from an empty store: a container has nothing stored to retract.
        if (bulk) {
          if (settled.empty) queue.push(failureOf(settled.empty));
          return;
        }
        // Entries gone from the container go before its others are written (one may now
        // carry the text a gone one had).
        await flush();
        queue.push(...(await this.retractGone(settled)));
        await flush();
        return;
      }
      // A bulk run starts from an empty store: nothing is stored yet for it to skip or remove.
      if (load) {
        queue.push(isEmptied(settled) ? settled.emptied : await this.addToBulkLoad(load, settled, loaded));
        options.onExtracted?.(queue.length);
        return;
      }
      if (isEmptied(settled)) {
        // The documents before it land first, so a removal sees the store in source order.
        await flush();
        queue.push(await this.removeEmptied(settled.emptied));
        await flush();
        return;
      }
      if (queue.length === 0) groupStarted = performance.now();
      queue.push(await this.checkStored(settled));
      const waiting = queue.filter(isExtracted).length;
      if (
        waiting === 0 ||
        waiting >= WRITE_GROUP_SIZE ||
        performance.now() - groupStarted >= WRITE_GROUP_MAX_WAIT_MS
      ) {
        await flush();
      }
    };
    for await (const item of source) {
      ahead.push(
        item instanceof ContainerListing
          ? Promise.resolve(item)
          : this.stopping
            ? Promise.resolve(cancelledBeforeWrite(item.uri))
            : this.extractOne(item, maxBytes, extraction, context),
      );
      if (ahead.length > extraction.size) await settle(ahead.shift() as Promise<Step>);
    }
    for (const step of ahead) await settle(step);
    await flush();
    summary.elapsedMs = Math.round(performance.now() - started);
    return summary;
  }

  private async extractOne(
    item: RawDocument | IngestError,
    maxBytes: number,
    extraction: DocumentExtraction,
    context: IngestContext,
  ): Promise<Step> {
    if (item instanceof IngestError) return emptiedOr(failureOf(item));
    let extracted: IngestResult;
    try {
      if (item.bytes.byteLength > maxBytes) {
        throw new IngestError(
          item.uri,
          'too-large',
          `${formatBytes(item.bytes.byteLength)} is more than the ${formatBytes(maxBytes)} a document may have`,
        );
      }
      extracted = await extraction.extract(item, context);
    } catch (error) {
      if (error instanceof IngestError) return emptiedOr(failureOf(error));
      if (error instanceof ExtractionFailure)
        return emptiedOr({ status: 'failed', uri: item.uri, code: error.code, message: error.message });
      return {
        status: 'failed',
        uri: item.uri,
        code: 'extraction',
        message: `${item.uri}: ${messageOf(error)}`,
      };
    }
    return { uri: item.uri, result: extracted };
  }

  /**
   * An emptied source removes what is stored from it (the exact retraction `evigraph remove`
   * does); a source never stored keeps its failure: there is nothing it could mean to remove.
   */
  private async removeEmptied(failure: Failure): Promise<DocumentOutcome> {
    if (this.stopping) return cancelledBeforeWrite(failure.uri);
    try {
      const stored = (await this.store.listDocuments()).filter((document) => document.uri === failure.uri);
      if (stored.length === 0) return failure;
      const documentIds = stored.map((document) => document.id);
      for (const id of documentIds) await this.store.deleteDocument(id);
      return { status: 'removed', uri: failure.uri, documentIds, reason: 'its file is now empty' };
    } catch (error) {
      return storeFailure(failure.uri, error);
    }
  }

  /**
   * Retracts the stored entries of a container that it no longer gives, one outcome per uri;
   * a container with no entries that held none before is the failure an empty file is.
   */
  private async retractGone(listing: ContainerListing): Promise<DocumentOutcome[]> {
    const { container, empty } = listing;
    if (this.stopping) return [];
    const gone = new Map<string, string[]>();
    try {
      for (const document of await this.store.listDocuments()) {
        if (!listing.owns(document.uri) || listing.uris.has(document.uri)) continue;
        gone.set(document.uri, [...(gone.get(document.uri) ?? []), document.id]);
      }
      for (const ids of gone.values()) for (const id of ids) await this.store.deleteDocument(id);
    } catch (error) {
      return [storeFailure(container, error)];
    }
    if (gone.size === 0 && empty) return [failureOf(empty)];
    const reason = empty ? `${container} is now empty` : `no longer in ${container}`;
    // In the container's order (`#L2` before `#L10`), not the store's.
    return [...gone]
      .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
      .map(([uri, documentIds]) => ({ status: 'removed', uri, documentIds, reason }));
  }

  /** Decided in source order, after the groups before it are written. */
  private async checkStored(step: Queued): Promise<Queued> {
    if (!isExtracted(step)) return step;
    try {
      return (await this.storedCopy(step.uri, step.result)) ?? step;
    } catch (error) {
      return storeFailure(step.uri, error);
    }
  }

  /** The outcome of a document whose text the store already holds, if it does. */
  private async storedCopy(
    uri: string,
    { document, warnings }: IngestResult,
  ): Promise<DocumentOutcome | undefined> {
    if (!(await this.store.hasDocument(document.id))) return undefined;
    const existing = await this.store.getDocument(document.id);
    return skipped(uri, document, existing?.uri, warnings);
  }

  /**
   * Writes the group's documents in one transaction and returns every outcome in order. A text
   * listed twice is written once, the later listing skipped. If the group is refused, each
   * document is written alone, so only the faulty ones fail.
   */
  private async writeGroup(steps: readonly Queued[]): Promise<DocumentOutcome[]> {
    const firstOfText = firstOfEachText(steps);
    const writing = [...firstOfText.values()];
    let written: WriteSummary[];
    try {
      written =
        writing.length > 0 ? await this.store.writeBatches(writing.map((step) => step.result.batch)) : [];
    } catch {
      const outcomes: DocumentOutcome[] = [];
      for (const step of steps) outcomes.push(isExtracted(step) ? await this.writeAlone(step) : step);
      return outcomes;
    }
    return outcomesOf(steps, firstOfText, written);
  }

  /**
   * A bulk run's load, or none when the store refuses it (it is not empty, say): the run then
   * writes in groups, and the summary says why.
   */
  private async startBulkLoad(summary: IngestSummary): Promise<BulkLoad | undefined> {
    if (!this.store.startBulkLoad) throw new Error(`${this.store.uri} has no bulk loader`);
    try {
      return await this.store.startBulkLoad();
    } catch (error) {
      summary.bulkLoadFailure = messageOf(error);
      return undefined;
    }
  }

  /**
   * The document's outcome once the load is written: its batch goes into the load at once (only
   * the outcome is kept); a text the load already took is skipped, and a batch the load
   * refuses fails alone.
   */
  private async addToBulkLoad(
    load: BulkLoad,
    step: Queued,
    loaded: Map<string, string>,
  ): Promise<DocumentOutcome> {
    if (!isExtracted(step)) return step;
    const { document, warnings } = step.result;
    const earlier = loaded.get(document.id);
    if (earlier !== undefined) return skipped(step.uri, document, earlier, warnings);
    try {
      const written = await load.add(step.result.batch);
      loaded.set(document.id, document.uri);
      return ingested(step, written);
    } catch (error) {
      return storeFailure(step.uri, error);
    }
  }

  /**
   * Writes the bulk load, all or nothing. If the store refuses it, or the run is stopping,
   * nothing of it lands and its documents fail with the reason (the summary keeps it too).
   */
  private async finishBulkLoad(
    load: BulkLoad,
    outcomes: readonly Queued[],
    summary: IngestSummary,
  ): Promise<DocumentOutcome[]> {
    const written = outcomes.filter((outcome): outcome is DocumentOutcome => !isExtracted(outcome));
    if (this.stopping) {
      load.abort();
      return written.map((outcome) =>
        outcome.status === 'ingested' ? cancelledBeforeWrite(outcome.uri) : outcome,
      );
    }
    try {
      await load.finish();
      summary.bulkLoaded = true;
      return written;
    } catch (error) {
      summary.bulkLoadFailure = messageOf(error);
      return written.map((outcome) =>
        outcome.status === 'ingested'
          ? storeFailure(outcome.uri, new Error(`the bulk load was refused: ${messageOf(error)}`))
          : outcome,
      );
    }
  }

  private async writeAlone(step: Extracted): Promise<DocumentOutcome> {
    try {
      return (
        (await this.storedCopy(step.uri, step.result)) ??
        ingested(step, await this.store.writeBatch(step.result.batch))
      );
    } catch (error) {
      return storeFailure(step.uri, error);
    }
  }
}

/** The first listing of each text in a group: a text listed twice is written once. */
function firstOfEachText(steps: readonly Queued[]): Map<string, Extracted> {
  const firstOfText = new Map<string, Extracted>();
  for (const step of steps) {
    if (isExtracted(step) && !firstOfText.has(step.result.document.id))
      firstOfText.set(step.result.document.id, step);
  }
  return firstOfText;
}

/** Every step's outcome once the first listings of the texts were written (`written`, in order). */
function outcomesOf(
  steps: readonly Queued[],
  firstOfText: ReadonlyMap<string, Extracted>,
  written: readonly WriteSummary[],
): DocumentOutcome[] {
  const summaries = new Map([...firstOfText.values()].map((step, index) => [step, written[index]]));
  return steps.map((step) => {
    if (!isExtracted(step)) return step;
    const summary = summaries.get(step);
    const { document, warnings } = step.result;
    if (summary) return ingested(step, summary);
    return skipped(step.uri, document, firstOfText.get(document.id)?.result.document.uri, warnings);
  });
}

function ingested({ uri, result }: Extracted, written: WriteSummary): DocumentOutcome {
  return {
    status: 'ingested',
    uri,
    documentId: result.document.id,
    title: result.document.title,
    entities: written.entities,
    relations: written.relations,
    mentions: written.mentions,
    extractor: result.extractor,
    ...(result.document.encoding === undefined ? {} : { encoding: result.document.encoding }),
    ...(result.document.author === undefined ? {} : { author: result.document.author }),
    warnings: result.warnings,
  };
}

/** A file read as empty may be the emptied version of a stored one (decided once it is its turn). */
function emptiedOr(failure: Failure): Step {
  return failure.code === 'empty' ? { emptied: failure } : failure;
}

function skipped(
  uri: string,
  document: IngestResult['document'],
  storedUri: string | undefined,
  warnings: string[],
): DocumentOutcome {
  const where = storedUri !== undefined && storedUri !== document.uri ? ` as ${storedUri}` : '';
  return {
    status: 'skipped',
    uri,
    documentId: document.id,
    reason: `the same text is already in the store${where}`,
    warnings,
  };
}

function cancelledBeforeWrite(uri: string): Failure {
  return {
    status: 'failed',
    uri,
    code: 'cancelled',
    message: `${uri}: the server stopped before this document was written`,
  };
}

function storeFailure(uri: string, error: unknown): Failure {
  return { status: 'failed', uri, code: 'store', message: `${uri}: ${messageOf(error)}` };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function emptySummary(): IngestSummary {
  return {
    ingested: 0,
    skipped: 0,
    failed: 0,
    removed: 0,
    entities: 0,
    relations: 0,
    mentions: 0,
    documents: [],
    elapsedMs: 0,
  };
}

export function addOutcome(summary: IngestSummary, outcome: DocumentOutcome): void {
  summary.documents.push(outcome);
  summary[outcome.status]++;
  if (outcome.status === 'ingested') {
    summary.entities += outcome.entities;
    summary.relations += outcome.relations;
    summary.mentions += outcome.mentions;
  }
}

export function failureOf(error: IngestError): Failure {
  return { status: 'failed', uri: error.uri, code: error.code, message: error.message };
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
