/**
 * Ingest progress on stderr. On a terminal, one counter line rewritten in place; in a log
 * or a pipe, only what needs attention (failures, skips, warnings) plus a periodic count.
 */
import type { IngestProgress, IngestSummary } from './ingest-service.ts';

const LOG_COUNT_EVERY = 100;

export function progressReporter(stream: NodeJS.WriteStream = process.stderr): {
  onProgress: (progress: IngestProgress) => void;
  finish: () => void;
} {
  const interactive = stream.isTTY === true;
  const counts = { ingested: 0, skipped: 0, failed: 0 };
  let counterShown = false;

  const clearCounter = () => {
    if (counterShown) stream.write('\r\x1b[K');
    counterShown = false;
  };
  const line = (text: string) => {
    clearCounter();
    stream.write(`${text}\n`);
  };

  return {
    onProgress({ done, total, outcome }) {
      counts[outcome.status]++;
      if (outcome.status === 'failed') line(`failed: ${outcome.message} (${outcome.code})`);
      else if (outcome.status === 'skipped') line(`skipped: ${outcome.uri}: ${outcome.reason}`);
      for (const warning of outcome.status === 'failed' ? [] : outcome.warnings) {
        line(`warning: ${outcome.uri}: ${warning}`);
      }
      const of = total === undefined ? '' : `/${total}`;
      const tally = `${done}${of} document${done === 1 && total === undefined ? '' : 's'}: ${counts.ingested} ingested, ${counts.skipped} skipped, ${counts.failed} failed`;
      if (interactive) {
        // The file name is the informative end of a long path, so a path that does not fit loses its start.
        const room = (stream.columns || 100) - tally.length - 3; // a pseudo-terminal may report 0 columns
        const uri = outcome.uri.length > room ? `…${outcome.uri.slice(-Math.max(room - 1, 0))}` : outcome.uri;
        stream.write(`\r\x1b[K${tally}  ${room > 1 ? uri : ''}`);
        counterShown = true;
      } else if (done % LOG_COUNT_EVERY === 0) {
        line(tally);
      }
    },
    finish: clearCounter,
  };
}

export function describeSummary(summary: IngestSummary): string {
  const seconds = (summary.elapsedMs / 1000).toFixed(1);
  const parts = [`ingested ${summary.ingested} document${summary.ingested === 1 ? '' : 's'}`];
  if (summary.skipped > 0) parts.push(`skipped ${summary.skipped} already stored`);
  if (summary.failed > 0) parts.push(`${summary.failed} failed`);
  return (
    `${parts.join(', ')}; wrote ${summary.entities} entities, ${summary.relations} relations, ` +
    `${summary.mentions} mentions in ${seconds} s`
  );
}
