/**
 * A running server owns its on-disk store, and no other process may open it, not even
 * read-only (store/kuzu/holders.ts). The server therefore leaves a small note next to the store (`<store>.server.json`)
 * saying where it listens, so a CLI command that finds the store locked can hand its work to
 * the server instead of failing.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isAlive } from '../store/kuzu/holders.ts';
import { embeddedStorePath } from '../store/open.ts';

export interface ServerLock {
  pid: number;
  port: number;
  /** Base address a local client should use, e.g. `http://127.0.0.1:3000`. */
  url: string;
  store: string;
  startedAt: string;
}

/** The note's path for an embedded store (`ladybug:PATH`); Neo4j servers are shared anyway and need none. */
export function serverLockPath(storeUri: string): string | undefined {
  const path = embeddedStorePath(storeUri);
  if (path === undefined) return undefined;
  return `${resolve(path.replace(/[\\/]+$/, ''))}.server.json`;
}

export function writeServerLock(path: string, lock: ServerLock): void {
  writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
}

export function removeServerLock(path: string): void {
  rmSync(path, { force: true });
}

/** The server recorded for this store, if the note exists and its process is still alive. */
export function liveServerLock(storeUri: string): ServerLock | undefined {
  const path = serverLockPath(storeUri);
  if (!path) return undefined;
  let lock: ServerLock;
  try {
    lock = JSON.parse(readFileSync(path, 'utf8')) as ServerLock;
  } catch {
    return undefined;
  }
  return typeof lock.pid === 'number' && typeof lock.url === 'string' && isAlive(lock.pid) ? lock : undefined;
}
