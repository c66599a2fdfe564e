/**
 * `evigraph serve`: own the store, optionally fill an empty one with the sample corpus,
 * listen, and leave a note next to the store so CLI commands can find this server.
 */
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { readSources } from '../ingest/read.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { createApp } from './app.ts';
import { ExtractionPool } from './extraction-pool.ts';
import {
  IngestService,
  MAX_DOCUMENT_BYTES,
  type IngestProgress,
  type IngestSummary,
} from './ingest-service.ts';
import type { SecurityOptions } from './security.ts';
import { removeServerLock, serverLockPath, writeServerLock } from './server-lock.ts';

export const SAMPLES_DIR = fileURLToPath(new URL('../data/samples', import.meta.url));

export interface ServeOptions {
  /** As the user gave it; the lock note is placed from it. */
  storeUri: string;
  port: number;
  host: string;
  logger: Logger;
  security: Pick<SecurityOptions, 'token' | 'allowedHosts'>;
  /** Called with the sample corpus ingest's progress when the store was empty. */
  samples?: { onProgress: (progress: IngestProgress) => void; onDone: (summary: IngestSummary) => void };
}

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

export async function serve(store: GraphStore, options: ServeOptions): Promise<RunningServer> {
  // Its own pool: stopping this server ends its extractions, not those of others in the process.
  const pool = new ExtractionPool();
  pool.warm();
  const ingestService = new IngestService(store, pool);
  if (options.samples && (await store.listDocuments()).length === 0) {
    const summary = await ingestService.ingest(readSources([SAMPLES_DIR], { maxBytes: MAX_DOCUMENT_BYTES }), {
      onProgress: options.samples.onProgress,
    });
    options.samples.onDone(summary);
  }

  const app = createApp(store, { logger: options.logger, ingestService, security: options.security });
  const server = app.listen(options.port, options.host);
  await once(server, 'listening');
  const address = server.address() as AddressInfo;
  const url = `http://${localHost(address)}:${address.port}`;

  const lockPath = serverLockPath(options.storeUri);
  const removeLock = () => {
    if (lockPath) removeServerLock(lockPath);
  };
  if (lockPath) {
    writeServerLock(lockPath, {
      pid: process.pid,
      port: address.port,
      url,
      store: options.storeUri,
      startedAt: new Date().toISOString(),
    });
    // Last resort for exits that skip stop(); a kill -9 leaves the note, which readers
    // recognise as stale because its pid is gone.
    process.once('exit', removeLock);
  }

  let stopping: Promise<void> | undefined;
  return {
    url,
    stop() {
      stopping ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        // The store closes only after the group being written has landed or been refused.
        await ingestService.stop();
        await store.close();
        removeLock();
        process.removeListener('exit', removeLock);
      })();
      return stopping;
    },
  };
}

/** How a client on this machine reaches a server bound to `address`. */
function localHost(address: AddressInfo): string {
  if (address.address === '0.0.0.0' || address.address === '::') return '127.0.0.1';
  return address.family === 'IPv6' ? `[${address.address}]` : address.address;
}
