/**
 * The HTTP API (see docs/api.md) and the built explorer, over one store. Thin: every route
 * is a validated call into the store or the ingest service.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type Express } from 'express';
import { pino, type Logger } from 'pino';
import packageJson from '../package.json' with { type: 'json' };
import type { GraphStore } from '../store/graph-store.ts';
import { errorHandler, unknownRoute } from './api-error.ts';
import { extractionChooser } from './extractor-choice.ts';
import { IngestService } from './ingest-service.ts';
import { JobRegistry } from './jobs.ts';
import { cypherRoutes, type CypherLimits } from './routes/cypher.ts';
import { documentRoutes } from './routes/documents.ts';
import { exportRoutes } from './routes/export.ts';
import { graphRoutes } from './routes/graph.ts';
import { jobRoutes } from './routes/jobs.ts';
import {
  DEFAULT_SECURITY,
  hostAllowList,
  rateLimiter,
  requireToken,
  securityHeaders,
  type SecurityOptions,
} from './security.ts';

export interface AppOptions {
  logger?: Logger;
  /** The built client; `client/dist` of this package by default. */
  clientDir?: string;
  /** Upload limit for POST /api/documents, in bytes. */
  maxBodyBytes?: number;
  cypher?: Partial<CypherLimits>;
  /** Shared with the CLI in the same process, so its runs and the API's are queued together. */
  ingestService?: IngestService;
  /** Token, allowed hosts, rate limits; loopback only and no token by default. */
  security?: Partial<SecurityOptions>;
  /** Where the model extractor's settings are read (EVIGRAPH_LLM_*); the process's by default. */
  environment?: NodeJS.ProcessEnv;
}

export const DEFAULT_MAX_BODY_BYTES = 60 * 1024 * 1024;
export const DEFAULT_CYPHER_LIMITS: CypherLimits = { maxRows: 1000, timeoutMs: 10_000 };
const DEFAULT_CLIENT_DIR = fileURLToPath(new URL('../client/dist', import.meta.url));

export function createApp(store: GraphStore, options: AppOptions = {}): Express {
  const logger = options.logger ?? pino({ level: 'info' }, pino.destination(2));
  const ingest = options.ingestService ?? new IngestService(store);
  const security = { ...DEFAULT_SECURITY, ...options.security };
  const app = express();
  app.disable('x-powered-by');
  app.use(hostAllowList(security.allowedHosts));
  app.use(securityHeaders());
  // Cypher results may hold 64-bit integers; JSON has no BigInt.
  app.set('json replacer', (_key: string, value: unknown) =>
    typeof value === 'bigint'
      ? Number.isSafeInteger(Number(value))
        ? Number(value)
        : value.toString()
      : value,
  );

  const api = express.Router();
  api.use(express.json({ limit: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES }));
  api.get('/health', (_req, res) => {
    res.json({ status: 'ok', version: packageJson.version, store: store.uri });
  });
  api.use(graphRoutes(store));
  const writes = [rateLimiter(security.writesPerMinute, 'write'), requireToken(security.token)];
  api.post('/documents', ...writes);
  api.delete('/documents/:id', ...writes);
  api.post('/cypher', rateLimiter(security.cypherPerMinute, 'Cypher'));
  api.use(cypherRoutes(store, { ...DEFAULT_CYPHER_LIMITS, ...options.cypher }));
  const jobs = new JobRegistry();
  api.use(documentRoutes(store, ingest, jobs, logger, extractionChooser(options.environment ?? process.env)));
  api.use(jobRoutes(jobs));
  api.use(exportRoutes(store));
  api.use(unknownRoute);
  app.use('/api', api);

  serveClient(app, options.clientDir ?? DEFAULT_CLIENT_DIR);
  app.use(errorHandler(logger));
  return app;
}

function serveClient(app: Express, clientDir: string): void {
  const index = `${clientDir}/index.html`;
  if (existsSync(index)) {
    app.use(express.static(clientDir, { index: 'index.html' }));
    // The explorer keeps its state in the address (permalinks), so every other path is the app.
    app.get('/{*path}', (_req, res) => {
      res.sendFile(index);
    });
    return;
  }
  app.get('/', (_req, res) => {
    res
      .status(503)
      .type('html')
      .send(
        '<!doctype html><meta charset="utf-8"><title>evigraph</title>' +
          '<h1>The explorer is not built yet</h1>' +
          '<p>Run <code>npm run build</code> (or <code>npm start</code>, which builds it), then reload. ' +
          'The API is already up under <a href="/api/health">/api</a>.</p>',
      );
  });
}
