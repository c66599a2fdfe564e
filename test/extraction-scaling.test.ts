/**
 * Extraction time grows linearly with document size: a 5 MB document takes no more per byte
 * than a 0.25 MB one, within a quarter for a shared machine's noise. Documents are generated entity-dense (every article of the
 * benchmark corpus, in three languages, run together), where a rule that compares every
 * mention with every other shows at once. Ratios of CPU times, never absolute times; each
 * figure is the fastest of a few runs. Each document is extracted more than once on purpose:
 * the same text read again must not be slower (a cache compared equal strings in full).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateArticle } from '../bench/corpus.ts';
import { ingestDocument } from '../ingest/pipeline.ts';
import { prepareRules } from '../ingest/rules/index.ts';

const SMALL_BYTES = 256 * 1024;
const GROWTH = 20;
/** How much worse than proportional the per-byte time may be before it counts as growth. */
const NOISE = 1.25;

/** Articles of the three languages in turn, starting at `first`, until `bytes` of text. */
function denseDocument(bytes: number, first: number): Uint8Array {
  const parts: string[] = [];
  let length = 0;
  for (let index = first; length < bytes; index++) {
    for (const lang of ['en', 'fr', 'ar'] as const) {
      const article = generateArticle(lang, index);
      parts.push(article);
      length += Buffer.byteLength(article) + 2;
    }
  }
  return new TextEncoder().encode(parts.join('\n\n'));
}

/** CPU time rather than wall time: other processes on a shared machine do not count. */
function fastestExtraction(bytes: Uint8Array, runs: number): { ms: number; entities: number } {
  let ms = Infinity;
  let entities = 0;
  for (let run = 0; run < runs; run++) {
    const started = process.cpuUsage();
    const { batch } = ingestDocument({ uri: 'dense.txt', bytes, mediaType: 'text/plain' });
    const used = process.cpuUsage(started);
    ms = Math.min(ms, (used.user + used.system) / 1000);
    entities = batch.entities.length;
  }
  return { ms, entities };
}

test(`an entity-dense document ${GROWTH}x larger is extracted within ${GROWTH}x the time`, () => {
  prepareRules();
  const small = denseDocument(SMALL_BYTES, 0);
  const large = denseDocument(SMALL_BYTES * GROWTH, 0);
  fastestExtraction(small, 1); // warm-up: compiled code, caches
  const smallRun = fastestExtraction(small, 3);
  const largeRun = fastestExtraction(large, 2);
  // Dense indeed: the large document holds thousands of distinct entities.
  assert.ok(largeRun.entities > 2000, `only ${largeRun.entities} entities`);
  // Per byte, since the generated documents overshoot their sizes a little; a quarter of
  // slack for a shared machine's noise. Anything quadratic is far beyond it.
  const ratio = largeRun.ms / smallRun.ms;
  const sizeRatio = large.byteLength / small.byteLength;
  assert.ok(
    ratio <= sizeRatio * NOISE,
    `${(large.byteLength / 1e6).toFixed(2)} MB took ${largeRun.ms.toFixed(0)} ms, ` +
      `${(small.byteLength / 1e6).toFixed(2)} MB ${smallRun.ms.toFixed(0)} ms: ${ratio.toFixed(1)}x the time for ${sizeRatio.toFixed(1)}x the text`,
  );
});
