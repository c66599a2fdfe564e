/**
 * Who holds an embedded store: one read-write process, or any number of read-only ones, never
 * both. Ladybug itself only keeps a second writer out; it lets a reader open beside a writer,
 * and that reader would read a file whose recent writes are still in the writer's log. So each
 * holder leaves a small file next to the store naming its process, and an open that would mix
 * a writer with other holders is refused. A file whose process has died is stale and removed.
 *
 * Each holder writes its own file before looking for the others, so of two processes opening at
 * the same moment at least one sees the other: both may be refused, never both let in.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { StoreLockedError } from '../graph-store.ts';

const WRITER_SUFFIX = '.writer.lock';
const READER_INFIX = '.reader-';
const LOCK_EXTENSION = '.lock';

let opened = 0;

export interface StoreHold {
  release(): void;
}

/** Whether a process with this id runs: lock files of ended processes are stale. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The process named in a holder file, if it still runs; a stale file is removed. An empty file
 * is one being written this instant, so its holder counts as alive.
 */
function liveHolder(file: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').trim();
  } catch {
    return undefined;
  }
  if (text === '') return 'unknown';
  const pid = Number(text);
  if (Number.isSafeInteger(pid) && pid > 0 && isAlive(pid)) return text;
  rmSync(file, { force: true });
  return undefined;
}

function readerFiles(path: string): string[] {
  const prefix = `${basename(path)}${READER_INFIX}`;
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return [];
  }
  return names
    .filter((name) => name.startsWith(prefix) && name.endsWith(LOCK_EXTENSION))
    .map((name) => join(dirname(path), name));
}

function locked(path: string, holder: string, pid: string): StoreLockedError {
  return new StoreLockedError(
    `the store ${path} is in use by ${holder} (pid ${pid}, probably a running evigraph server): ` +
      'send the work to that server, or stop it first',
  );
}

/** Creates the writer file, which exists at most once: a second writer finds it and is refused. */
function claimWriter(path: string, file: string): void {
  for (;;) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const writer = liveHolder(file);
    if (writer !== undefined) throw locked(path, 'another process', writer);
  }
}

/**
 * Registers this process as a holder of the store at `path` (an absolute path), or throws
 * StoreLockedError naming the process in the way.
 */
export function holdStore(path: string, readOnly: boolean): StoreHold {
  const own = readOnly
    ? `${path}${READER_INFIX}${process.pid}-${++opened}${LOCK_EXTENSION}`
    : `${path}${WRITER_SUFFIX}`;
  if (readOnly) writeFileSync(own, `${process.pid}\n`);
  else claimWriter(path, own);
  const release = () => rmSync(own, { force: true });
  try {
    if (readOnly) {
      const writer = liveHolder(`${path}${WRITER_SUFFIX}`);
      if (writer !== undefined) throw locked(path, 'a process writing to it', writer);
    } else {
      for (const file of readerFiles(path)) {
        const reader = liveHolder(file);
        if (reader !== undefined) throw locked(path, 'a process reading it', reader);
      }
    }
  } catch (error) {
    release();
    throw error;
  }
  return { release };
}
