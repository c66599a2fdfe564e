/**
 * Ingest progress on stderr. On a terminal, one line redrawn in place: a bar, files and
 * documents done, throughput (bytes read per second, or documents per second when the files
 * are not known in advance) and the time left. In a log or a pipe, plain lines: what needs
 * attention (failures, skips, warnings) as it happens, and a progress line every
 * LOG_EVERY_DOCUMENTS documents or LOG_EVERY_MS, whichever comes first.
 *
 * Time left is estimated from bytes: the share of the planned files' bytes already read, since
 * a folder's files differ in size far more than its documents differ in speed per byte. Bytes
 * are counted as the reader reads them (JSON Lines line by line); a file that could not be
 * read counts as done once the next one is opened.
 */
import type { SourceFile } from '../ingest/read.ts';
import type { StoreStats } from '../store/graph-store.ts';
import type { IngestProgress, IngestSummary } from './ingest-service.ts';

const LOG_EVERY_DOCUMENTS = 100;
const LOG_EVERY_MS = 10_000;
/** A terminal line is redrawn at most this often; a large corpus would otherwise flood it. */
const REDRAW_EVERY_MS = 100;
const BAR_WIDTH = 20;

export interface ProgressReporter {
  onProgress: (progress: IngestProgress) => void;
  /** A bulk run's documents extracted so far; their outcomes come after the load. */
  onExtracted: (count: number) => void;
  /** A file is being opened: every file planned before it has been read. */
  onFile: (path: string) => void;
  /** Bytes of the current file read. */
  onBytes: (count: number) => void;
  finish: () => void;
}

export interface ProgressOptions {
  /** The files about to be read (from listSourceFiles), for the bar and the time left. */
  plan?: readonly SourceFile[];
  /** Milliseconds; a test passes its own clock. */
  now?: () => number;
}

export function progressReporter(
  stream: NodeJS.WriteStream = process.stderr,
  options: ProgressOptions = {},
): ProgressReporter {
  const now = options.now ?? (() => performance.now());
  const interactive = stream.isTTY === true;
  const plan = options.plan ?? [];
  const sizeOf = new Map(plan.map((file) => [file.path, file.bytes]));
  const totalBytes = plan.reduce((sum, file) => sum + file.bytes, 0);
  const started = now();
  const counts = { ingested: 0, skipped: 0, failed: 0, removed: 0 };
  let documents = 0;
  let extracted = 0;
  let filesOpened = 0;
  let bytesRead = 0;
  let current: string | undefined;
  let currentBytes = 0;
  let lastUri = '';
  let counterShown = false;
  let lastDraw = -Infinity;
  let trailing: NodeJS.Timeout | undefined;
  let lastLog = started;
  let documentsAtLastLog = 0;

  const clearCounter = () => {
    if (counterShown) stream.write('\r\x1b[K');
    counterShown = false;
  };
  const line = (text: string) => {
    clearCounter();
    stream.write(`${text}\n`);
  };

  const status = (): string => {
    const elapsed = (now() - started) / 1000;
    const parts: string[] = [];
    if (plan.length > 0) parts.push(`${filesOpened}/${plan.length} files`);
    if (extracted > documents) parts.push(`${extracted} documents extracted, written together at the end`);
    else
      parts.push(
        `${documents} document${documents === 1 ? '' : 's'}: ${counts.ingested} ingested, ${counts.skipped} skipped, ${counts.failed} failed`,
      );
    // Documents are reported as their group is written, in bursts; bytes read move steadily.
    if (elapsed >= 1 && totalBytes > 0) parts.push(`${rate(bytesRead / elapsed)}`);
    else if (elapsed >= 1) parts.push(`${(documents / elapsed).toFixed(1)} docs/s`);
    const left = timeLeft(elapsed);
    if (left !== undefined) parts.push(`ETA ${duration(left)}`);
    return parts.join(' · ');
  };

  /** Seconds left, once enough has been read to say (bytes read so far over the time taken). */
  const timeLeft = (elapsed: number): number | undefined => {
    if (totalBytes === 0 || bytesRead === 0 || elapsed < 1) return undefined;
    return (elapsed * (totalBytes - bytesRead)) / bytesRead;
  };

  const bar = (): string => {
    if (totalBytes === 0) return '';
    const share = Math.min(bytesRead / totalBytes, 1);
    const filled = Math.round(share * BAR_WIDTH);
    return `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% `;
  };

  const draw = (force: boolean) => {
    const time = now();
    if (!force && time - lastDraw < REDRAW_EVERY_MS) {
      // Outcomes arrive in bursts (a written group); the last state of a burst is drawn after it.
      trailing ??= setTimeout(() => {
        trailing = undefined;
        draw(true);
      }, REDRAW_EVERY_MS).unref();
      return;
    }
    lastDraw = time;
    const text = `${bar()}${status()}`;
    // The file name is the informative end of a long path, so a path that does not fit loses its start.
    const room = (stream.columns || 100) - text.length - 3; // a pseudo-terminal may report 0 columns
    const uri = lastUri.length > room ? `…${lastUri.slice(-Math.max(room - 1, 0))}` : lastUri;
    stream.write(`\r\x1b[K${text}  ${room > 1 ? uri : ''}`);
    counterShown = true;
  };

  const logIfDue = () => {
    const time = now();
    const seen = Math.max(documents, extracted);
    if (seen - documentsAtLastLog < LOG_EVERY_DOCUMENTS && time - lastLog < LOG_EVERY_MS) return;
    lastLog = time;
    documentsAtLastLog = seen;
    const share = totalBytes > 0 ? ` (${Math.floor(Math.min(bytesRead / totalBytes, 1) * 100)}%)` : '';
    line(`progress${share}: ${status()}`);
  };

  return {
    onFile(path) {
      // What was planned for the previous file and not reported (it failed, or shrank) is done too.
      if (current !== undefined) bytesRead += Math.max((sizeOf.get(current) ?? 0) - currentBytes, 0);
      current = path;
      currentBytes = 0;
      filesOpened++;
      if (interactive) draw(false);
    },
    onBytes(count) {
      bytesRead += count;
      currentBytes += count;
    },
    onExtracted(count) {
      extracted = count;
      if (interactive) draw(false);
      else logIfDue();
    },
    onProgress({ outcome }) {
      documents++;
      counts[outcome.status]++;
      lastUri = outcome.uri;
      if (outcome.status === 'failed') line(`failed: ${outcome.message} (${outcome.code})`);
      else if (outcome.status === 'skipped') line(`skipped: ${outcome.uri}: ${outcome.reason}`);
      else if (outcome.status === 'removed') line(`removed: ${outcome.uri}: ${outcome.reason}`);
      for (const warning of 'warnings' in outcome ? outcome.warnings : []) {
        line(`warning: ${outcome.uri}: ${warning}`);
      }
      if (interactive) draw(outcome.status !== 'ingested');
      else logIfDue();
    },
    finish() {
      clearTimeout(trailing);
      trailing = undefined;
      clearCounter();
    },
  };
}

function rate(bytesPerSecond: number): string {
  if (bytesPerSecond < 1024) return `${Math.round(bytesPerSecond)} B/s`;
  if (bytesPerSecond < 1024 * 1024) return `${(bytesPerSecond / 1024).toFixed(1)} KiB/s`;
  return `${(bytesPerSecond / (1024 * 1024)).toFixed(1)} MiB/s`;
}

/** `42 s`, `3 min 05 s`, `2 h 07 min`. */
export function duration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  if (whole < 60) return `${whole} s`;
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
  return `${Math.floor(whole / 3600)} h ${String(Math.floor((whole % 3600) / 60)).padStart(2, '0')} min`;
}

/** What the store holds that it did not before: distinct records, measured on the store itself. */
export interface StoreChange {
  before: StoreStats;
  after: StoreStats;
}

export function describeSummary(summary: IngestSummary, change?: StoreChange): string {
  const seconds = (summary.elapsedMs / 1000).toFixed(1);
  const parts = [`ingested ${summary.ingested} document${summary.ingested === 1 ? '' : 's'}`];
  if (summary.skipped > 0) parts.push(`skipped ${summary.skipped} already stored`);
  if (summary.removed > 0) parts.push(`removed ${summary.removed} emptied or gone from their file`);
  if (summary.failed > 0) parts.push(`${summary.failed} failed`);
  if (!change) return `${parts.join(', ')} in ${seconds} s`;
  const { before, after } = change;
  const count = (key: 'entities' | 'relations' | 'mentions') => {
    const difference = after[key] - before[key];
    return `${after[key]} ${key} (${difference < 0 ? '' : '+'}${difference})`;
  };
  return (
    `${parts.join(', ')} in ${seconds} s; the store now holds ${after.documents} documents, ` +
    `${count('entities')}, ${count('relations')}, ${count('mentions')}`
  );
}
