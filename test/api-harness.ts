/**
 * The HTTP API on a fresh embedded store in a temporary folder, listening on a free loopback
 * port, as the API tests use it; `stop` closes everything and removes the folder.
 */
import { once } from 'node:events';
import type { Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createApp, type AppOptions } from '../server/app.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { openStore } from '../store/open.ts';

export interface RunningApi {
  dir: string;
  store: GraphStore;
  server: Server;
  port: number;
  /** `http://127.0.0.1:PORT` */
  base: string;
  stop(): Promise<void>;
}

/** Options as for createApp; by default no built client and a silent logger. */
export async function startApi(name: string, options: AppOptions = {}): Promise<RunningApi> {
  const dir = await mkdtemp(join(tmpdir(), `evigraph-${name}-`));
  const store = await openStore(`kuzu:${join(dir, 'store')}`);
  const app = createApp(store, {
    logger: pino({ level: 'silent' }),
    clientDir: join(dir, 'no-client'),
    ...options,
  });
  const server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  return {
    dir,
    store,
    server,
    port,
    base: `http://127.0.0.1:${port}`,
    async stop() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await store.close().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
