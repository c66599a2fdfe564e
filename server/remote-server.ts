/**
 * The CLI's side of talking to a running evigraph server, used when the server holds the
 * store: ingest (documents are read here and posted), read-only Cypher and export.
 */
import { ContainerListing, IngestError, type RawDocument } from '../ingest/types.ts';
import type { CypherResult, DocumentSummary, StoreStats } from '../store/graph-store.ts';
import type { CsvTable } from './export/csv.ts';
import type { ExportFormatName } from './export/index.ts';
import {
  addOutcome,
  emptySummary,
  failureOf,
  type IngestProgress,
  type IngestSummary,
} from './ingest-service.ts';
import type { IngestStreamEvent } from './routes/documents.ts';
import type { UploadedDocument, UploadedListing } from './upload.ts';

/** Kept well under the server's body limit; base64 and JSON escaping inflate documents. */
const MAX_UPLOAD_BYTES = 24 * 1024 * 1024;

export class RemoteServerError extends Error {
  override name = 'RemoteServerError';
}

export class RemoteServer {
  readonly url: string;
  /** Sent as a bearer token with writes, for a server started with EVIGRAPH_TOKEN. */
  private readonly token: string | undefined;

  constructor(url: string, token?: string) {
    this.url = url;
    this.token = token?.trim() || undefined;
  }

  async isUp(): Promise<boolean> {
    try {
      const response = await fetch(`${this.url}/api/health`, { signal: AbortSignal.timeout(3000) });
      return response.ok;
    } catch {
      return false;
    }
  }

  async cypher(
    query: string,
    params?: Record<string, unknown>,
    maxRows?: number,
  ): Promise<CypherResult & { truncated: boolean }> {
    const response = await fetch(`${this.url}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query,
        ...(params ? { params } : {}),
        ...(maxRows === undefined ? {} : { maxRows }),
      }),
    });
    return (await this.json(response)) as CypherResult & { truncated: boolean };
  }

  async stats(): Promise<StoreStats> {
    return (await this.json(await fetch(`${this.url}/api/stats`))) as StoreStats;
  }

  async documents(): Promise<DocumentSummary[]> {
    return ((await this.json(await fetch(`${this.url}/api/documents`))) as { documents: DocumentSummary[] })
      .documents;
  }

  async deleteDocument(id: string): Promise<void> {
    await this.json(
      await fetch(`${this.url}/api/documents/${encodeURIComponent(id)}`, {
        method: 'DELETE',
        headers: this.token ? { authorization: `Bearer ${this.token}` } : {},
      }),
    );
  }

  async export(format: ExportFormatName, table: CsvTable): Promise<string> {
    const response = await fetch(`${this.url}/api/export?${new URLSearchParams({ format, table })}`);
    if (!response.ok) await this.json(response);
    return response.text();
  }

  /** Posts documents in batches under the upload limit, for the server to extract with `extractor`; read errors are counted here. */
  async ingest(
    sources: AsyncIterable<RawDocument | IngestError | ContainerListing>,
    onProgress?: (progress: IngestProgress) => void,
    extractor = 'rules',
  ): Promise<IngestSummary> {
    const started = performance.now();
    const summary = emptySummary();
    const record = (outcome: IngestProgress['outcome']) => {
      addOutcome(summary, outcome);
      onProgress?.({ done: summary.documents.length, outcome });
    };
    let batch: UploadedDocument[] = [];
    let containers: UploadedListing[] = [];
    let batchBytes = 0;
    const post = async () => {
      await this.postDocuments(batch, containers, extractor, record);
      batch = [];
      containers = [];
      batchBytes = 0;
    };
    for await (const item of sources) {
      if (item instanceof IngestError) {
        record(failureOf(item));
        continue;
      }
      if (item instanceof ContainerListing) {
        // An empty container has no document to travel with: it goes alone, in its turn.
        if (batch.length > 0 && item.empty) await post();
        containers.push({ container: item.container, uris: [...item.uris], before: batch.length });
        if (item.empty) await post();
        continue;
      }
      const upload = toUpload(item);
      const size = upload.content.length + upload.uri.length + 256;
      if (batch.length > 0 && batchBytes + size > MAX_UPLOAD_BYTES) await post();
      batch.push(upload);
      batchBytes += size;
    }
    if (batch.length > 0 || containers.length > 0) await post();
    summary.elapsedMs = Math.round(performance.now() - started);
    return summary;
  }

  private async postDocuments(
    documents: UploadedDocument[],
    containers: UploadedListing[],
    extractor: string,
    record: (outcome: IngestProgress['outcome']) => void,
  ): Promise<void> {
    const response = await fetch(`${this.url}/api/documents?${new URLSearchParams({ extractor })}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/x-ndjson',
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      },
      body: JSON.stringify({ documents, ...(containers.length > 0 ? { containers } : {}) }),
    });
    if (!response.ok || !response.body) await this.json(response);
    for await (const line of ndjsonLines(response)) {
      const event = JSON.parse(line) as IngestStreamEvent;
      if (event.type === 'progress') record(event.outcome);
      else if (event.type === 'error')
        throw new RemoteServerError(`server ${this.url}: ${event.error.message}`);
    }
  }

  private async json(response: Response): Promise<unknown> {
    const body = (await response.json().catch(() => undefined)) as
      { error?: { code?: string; message?: string } } | undefined;
    if (response.ok) return body;
    const message = body?.error?.message ?? `${response.status} ${response.statusText}`;
    throw new RemoteServerError(`server ${this.url}: ${message}`);
  }
}

/**
 * Text that is valid UTF-8 (or in the encoding the user named) travels as text; anything else
 * as base64 so the server sees the same bytes.
 */
function toUpload(raw: RawDocument): UploadedDocument {
  let content: string;
  let encoding: 'utf-8' | 'base64' = 'utf-8';
  const decodedFrom = raw.decodedFrom ?? raw.encoding;
  try {
    content = new TextDecoder(raw.encoding ?? 'utf-8', { fatal: true, ignoreBOM: true }).decode(raw.bytes);
  } catch {
    content = Buffer.from(raw.bytes).toString('base64');
    encoding = 'base64';
  }
  return {
    uri: raw.uri,
    content,
    encoding,
    mediaType: raw.mediaType,
    ...(raw.title === undefined ? {} : { title: raw.title }),
    ...(raw.publishedAt === undefined ? {} : { publishedAt: raw.publishedAt }),
    ...(raw.source === undefined ? {} : { source: raw.source }),
    ...(raw.author === undefined ? {} : { author: raw.author }),
    // Sent as text, a known encoding of the original bytes would be lost: the server records it.
    ...(encoding === 'base64' || decodedFrom === undefined ? {} : { decodedFrom }),
  };
}

async function* ndjsonLines(response: Response): AsyncGenerator<string> {
  if (!response.body) return;
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let pending = '';
  for (;;) {
    const { done, value } = await reader.read();
    pending += done ? decoder.decode() : decoder.decode(value, { stream: true });
    const lines = pending.split('\n');
    pending = done ? '' : (lines.pop() ?? '');
    for (const line of lines) if (line.trim() !== '') yield line;
    if (done) return;
  }
}
