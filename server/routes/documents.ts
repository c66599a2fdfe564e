/** Documents: list, read (text and mentions, for highlighting), ingest, delete. */
import { Router, type Response } from 'express';
import type { Logger } from 'pino';
import { ContainerListing, type IngestError, type RawDocument } from '../../ingest/types.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { entityTypeForId } from '../../graph-schema/model.ts';
import { ApiError, notFound } from '../api-error.ts';
import type { ExtractionChooser } from '../extractor-choice.ts';
import type { DocumentExtraction, IngestService, IngestSummary } from '../ingest-service.ts';
import type { JobEvent, JobRegistry } from '../jobs.ts';
import { uploadBody, uploadedSources } from '../upload.ts';
import { parseInput } from '../validate.ts';

export const NDJSON = 'application/x-ndjson';

/** One line of the NDJSON stream `POST /api/documents` sends when asked for it. */
export type IngestStreamEvent = JobEvent;

export interface DocumentMention {
  entityId: string;
  entityType: string | undefined;
  name: string;
  start: number;
  end: number;
  surface: string;
}

// `end` is a Cypher keyword, hence the backticks and the neutral aliases.
const MENTIONS_QUERY = `MATCH (e)-[m:MENTIONED_IN]->(d:Document) WHERE d.id = $id
RETURN e.id AS entityId, e.name AS entityName, m.start AS mentionStart, m.\`end\` AS mentionEnd, m.surface AS surface
ORDER BY mentionStart, mentionEnd`;
const MAX_MENTIONS = 100_000;

export function documentRoutes(
  store: GraphStore,
  ingest: IngestService,
  jobs: JobRegistry,
  logger: Logger,
  chooseExtraction: ExtractionChooser,
): Router {
  const router = Router();

  router.get('/documents', async (_req, res) => {
    res.json({ documents: await store.listDocuments() });
  });

  router.get('/documents/:id', async (req, res) => {
    const document = await store.getDocument(req.params.id);
    if (!document) throw notFound(`no document with id ${req.params.id}`);
    res.json({ document, mentions: await documentMentions(store, document.id) });
  });

  router.post('/documents', async (req, res) => {
    const { documents, containers, extractor } = parseInput(uploadBody, req.body, 'documents upload');
    const extraction = chooseExtraction(extractorName(req.query.extractor, extractor));
    const raw = await uploadedSources(documents, containers);
    // Listings are not documents; the entries they retract add to the outcomes as they come.
    const total = raw.filter((item) => !(item instanceof ContainerListing)).length;
    let finished: Promise<IngestSummary | undefined> = Promise.resolve(undefined);
    const jobId = jobs.start(
      total,
      (emit) => (finished = runIngest(ingest, raw, total, extraction, emit, logger)),
    );
    if (/\brespond-async\b/i.test(req.get('prefer') ?? '')) {
      const events = `/api/jobs/${jobId}/events`;
      res.status(202).location(`/api/jobs/${jobId}`).json({ jobId, events });
      return;
    }
    if (req.get('accept')?.includes(NDJSON)) {
      streamJob(res, jobs, jobId);
      return;
    }
    const summary = await finished;
    if (!summary) throw new Error('ingest run failed; see the server log');
    res.json({ jobId, ...summary });
  });

  router.delete('/documents/:id', async (req, res) => {
    if (!(await ingest.deleteDocument(req.params.id))) throw notFound(`no document with id ${req.params.id}`);
    res.json({ deleted: req.params.id });
  });

  return router;
}

/** The extractor asked for, in the query (`?extractor=`) or the body; both must then agree. */
function extractorName(query: unknown, body: string | undefined): string | undefined {
  if (query !== undefined && typeof query !== 'string')
    throw new ApiError(400, 'bad-request', 'give the extractor once, as ?extractor=NAME');
  if (query !== undefined && body !== undefined && query !== body)
    throw new ApiError(
      400,
      'bad-request',
      `the query asks for extractor "${query}" and the body for "${body}"`,
    );
  return query ?? body;
}

/** Runs one upload, reporting through `emit`; the summary, or undefined when it failed. */
async function runIngest(
  ingest: IngestService,
  raw: ReadonlyArray<RawDocument | IngestError | ContainerListing>,
  total: number,
  extraction: DocumentExtraction | undefined,
  emit: (event: JobEvent) => void,
  logger: Logger,
): Promise<IngestSummary | undefined> {
  try {
    const summary = await ingest.ingest(raw, {
      total,
      onProgress: (progress) => emit({ type: 'progress', ...progress }),
      ...(extraction === undefined ? {} : { extraction }),
    });
    emit({ type: 'summary', summary });
    return summary;
  } catch (error) {
    logger.error({ err: error }, 'ingest run failed');
    emit({
      type: 'error',
      error: { code: 'internal', message: 'ingest stopped on an internal error; see the server log' },
    });
    return undefined;
  }
}

/** The job's events as NDJSON lines; failures travel as the last line, headers being gone. */
function streamJob(res: Response, jobs: JobRegistry, jobId: string): void {
  res.status(200).type(NDJSON);
  res.flushHeaders();
  const stop = jobs.follow(
    jobId,
    -1,
    (event) => res.write(`${JSON.stringify(event)}\n`),
    () => res.end(),
  );
  res.on('close', () => stop?.());
}

async function documentMentions(store: GraphStore, documentId: string): Promise<DocumentMention[]> {
  const { rows } = await store.cypher(MENTIONS_QUERY, { params: { id: documentId }, maxRows: MAX_MENTIONS });
  return rows.map(([entityId, name, start, end, surface]) => ({
    entityId: String(entityId),
    entityType: entityTypeForId(String(entityId)),
    name: String(name),
    start: Number(start),
    end: Number(end),
    surface: String(surface),
  }));
}
