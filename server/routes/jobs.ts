/**
 * Ingest jobs: `GET /api/jobs/:id` (where it stands) and `GET /api/jobs/:id/events`, its
 * per-document progress and errors as server-sent events. A reconnecting EventSource sends
 * `Last-Event-ID` and gets only what it missed. Job ids are random and unguessable, so a job's
 * events need no token: whoever started the upload has the id.
 */
import { Router } from 'express';
import { notFound } from '../api-error.ts';
import type { JobRegistry } from '../jobs.ts';

/** Keeps proxies and browsers from closing a quiet stream while a long document is extracted. */
const HEARTBEAT_MS = 15_000;

export function jobRoutes(jobs: JobRegistry): Router {
  const router = Router();

  router.get('/jobs/:id', (req, res) => {
    const status = jobs.status(req.params.id);
    if (!status) throw notFound(`no job with id ${req.params.id}`);
    res.json({ job: status });
  });

  router.get('/jobs/:id/events', (req, res) => {
    if (!jobs.status(req.params.id)) throw notFound(`no job with id ${req.params.id}`);
    const lastSeen = Number(req.get('last-event-id') ?? -1);
    res.status(200).set({
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      'x-accel-buffering': 'no',
    });
    res.flushHeaders();
    const heartbeat = setInterval(() => res.write(': still working\n\n'), HEARTBEAT_MS);
    const end = () => {
      clearInterval(heartbeat);
      res.end();
    };
    const stop = jobs.follow(
      req.params.id,
      Number.isInteger(lastSeen) ? lastSeen : -1,
      (event, index) => res.write(`id: ${index}\nevent: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`),
      end,
    );
    res.on('close', () => {
      clearInterval(heartbeat);
      stop?.();
    });
  });

  return router;
}
