/** Documents: list, read (text and mentions, for highlighting), ingest, delete. */
import { Router, type Response } from 'express';
import type { Logger } from 'pino';
import type { RawDocument } from '../../ingest/types.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { entityTypeForId } from '../entity-id.ts';
import { notFound } from '../api-error.ts';
import type { IngestProgress, IngestService, IngestSummary } from '../ingest-service.ts';
import { toRawDocument, uploadBody } from '../upload.ts';
import { parseInput } from '../validate.ts';

export const NDJSON = 'application/x-ndjson';

/** One line of the NDJSON stream `POST /api/documents` sends when asked for it. */
export type IngestStreamEvent =
  | ({ type: 'progress' } & IngestProgress)
  | { type: 'summary'; summary: IngestSummary }
  | { type: 'error'; error: { code: string; message: string } };

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

export function documentRoutes(store: GraphStore, ingest: IngestService, logger: Logger): Router {
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
    const { documents } = parseInput(uploadBody, req.body, 'documents upload');
    const raw = documents.map(toRawDocument);
    if (req.get('accept')?.includes(NDJSON)) {
      await streamIngest(res, ingest, raw, logger);
      return;
    }
    res.json(await ingest.ingest(raw, { total: raw.length }));
  });

  router.delete('/documents/:id', async (req, res) => {
    if (!(await ingest.deleteDocument(req.params.id))) throw notFound(`no document with id ${req.params.id}`);
    res.json({ deleted: req.params.id });
  });

  return router;
}

async function streamIngest(
  res: Response,
  ingest: IngestService,
  raw: readonly RawDocument[],
  logger: Logger,
): Promise<void> {
  res.status(200).type(NDJSON);
  res.flushHeaders();
  const send = (event: IngestStreamEvent) => res.write(`${JSON.stringify(event)}\n`);
  try {
    const summary = await ingest.ingest(raw, {
      total: raw.length,
      onProgress: (progress) => send({ type: 'progress', ...progress }),
    });
    send({ type: 'summary', summary });
  } catch (error) {
    // Headers are gone, so the failure travels as the stream's last line.
    logger.error({ err: error }, 'ingest run failed');
    send({
      type: 'error',
      error: { code: 'internal', message: 'ingest stopped on an internal error; see the server log' },
    });
  }
  res.end();
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
