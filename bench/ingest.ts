/**
 * Ingest throughput into a fresh embedded store through the public GraphStore interface,
 * run in a process of its own so that its peak memory is the ingest's alone:
 *
 * - bulk: loading an empty store, the way a first import runs: worker threads extract on every
 *   core, each batch goes into the store's bulk load as it arrives (`GraphStore.startBulkLoad`:
 *   CSV files filled as batches come, then COPY FROM on the embedded store, all at once);
 * - incremental: the same documents, extracted beforehand, written the way `evigraph ingest`
 *   and the server add documents (groups of WRITE_GROUP_SIZE), timed by quarter of the corpus
 *   to show whether writing slows down as the store grows.
 *
 * `runIngestProcess` starts the process; `node bench/ingest.ts '{json}'` is that process.
 */
import { execFile } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { GraphBatch } from '../graph-schema/model.ts';
import { WRITE_GROUP_SIZE } from '../store/graph-store.ts';
import { openStore } from '../store/open.ts';
import type { CorpusOptions } from './corpus.ts';
import { ExtractionPool } from './extract.ts';
import { MB, peakRssMb, timed } from './measure.ts';

export type IngestMode = 'bulk' | 'incremental';

export interface IngestRequest {
  mode: IngestMode;
  documents: number;
  corpus: CorpusOptions;
  /** Folder of the store to create; it must not exist yet. */
  storePath: string;
}

/** Named figures of one run, in the units their names say. */
export type IngestFigures = Record<string, number>;

export async function runIngestProcess(request: IngestRequest): Promise<IngestFigures> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [...process.execArgv, fileURLToPath(import.meta.url), JSON.stringify(request)],
    { maxBuffer: 16 * MB },
  );
  const last = stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as IngestFigures;
}

/** Bytes of every file under a folder. */
export function sizeOnDisk(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.size;
  return readdirSync(path).reduce((sum, name) => sum + sizeOnDisk(join(path, name)), 0);
}

async function bulk(request: IngestRequest): Promise<IngestFigures> {
  const store = await openStore(`kuzu:${request.storePath}`);
  if (!store.startBulkLoad) throw new Error(`${store.uri} has no bulk loader`);
  const load = await store.startBulkLoad();
  const pool = new ExtractionPool(request.corpus);
  let writeMs = 0;
  const { timing } = await timed(async () => {
    // Each batch goes into the load as it arrives, the way `evigraph ingest` feeds it.
    await pool.extract(request.documents, async (chunk) => {
      for (const batch of chunk) await load.add(batch);
    });
    const started = performance.now();
    await load.finish();
    writeMs = performance.now() - started;
  });
  await pool.close();
  await store.close();
  return {
    docs_s: request.documents / (timing.wallMs / 1000),
    cpu_docs_s: request.documents / (timing.cpuMs / 1000),
    write_only_docs_s: request.documents / (writeMs / 1000),
    write_s: writeMs / 1000,
    wall_s: timing.wallMs / 1000,
    cpu_s: timing.cpuMs / 1000,
    peak_rss_mb: peakRssMb(),
    store_mb: sizeOnDisk(request.storePath) / MB,
  };
}

async function incremental(request: IngestRequest): Promise<IngestFigures> {
  const pool = new ExtractionPool(request.corpus);
  const batches: GraphBatch[] = [];
  await pool.extract(request.documents, (chunk) => void batches.push(...chunk));
  await pool.close();
  // Chunks came back in whatever order the threads finished; write in corpus order.
  batches.sort((a, b) => uriIndex(a) - uriIndex(b));
  const store = await openStore(`kuzu:${request.storePath}`);
  const quarters = [0, 1, 2, 3].map(() => ({ documents: 0, wallMs: 0, cpuMs: 0 }));
  for (let start = 0; start < batches.length; start += WRITE_GROUP_SIZE) {
    const group = batches.slice(start, start + WRITE_GROUP_SIZE);
    const { timing } = await timed(() => store.writeBatches(group));
    const quarter = quarters[Math.min(3, Math.floor((4 * start) / batches.length))];
    if (!quarter) continue;
    quarter.documents += group.length;
    quarter.wallMs += timing.wallMs;
    quarter.cpuMs += timing.cpuMs;
  }
  await store.close();
  const total = quarters.reduce(
    (sum, quarter) => ({
      documents: sum.documents + quarter.documents,
      wallMs: sum.wallMs + quarter.wallMs,
      cpuMs: sum.cpuMs + quarter.cpuMs,
    }),
    { documents: 0, wallMs: 0, cpuMs: 0 },
  );
  const figures: IngestFigures = {
    docs_s: total.documents / (total.wallMs / 1000),
    cpu_docs_s: total.documents / (total.cpuMs / 1000),
    peak_rss_mb: peakRssMb(),
    store_mb: sizeOnDisk(request.storePath) / MB,
  };
  quarters.forEach((quarter, index) => {
    figures[`q${index + 1}_docs_s`] = quarter.documents / (quarter.wallMs / 1000);
    figures[`q${index + 1}_cpu_docs_s`] = quarter.documents / (quarter.cpuMs / 1000);
  });
  return figures;
}

function uriIndex(batch: GraphBatch): number {
  return Number(/\/(\d+)\.txt$/.exec(batch.documents[0]?.uri ?? '')?.[1] ?? Number.NaN);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const request = JSON.parse(process.argv[2] ?? '{}') as IngestRequest;
  const figures = request.mode === 'bulk' ? await bulk(request) : await incremental(request);
  console.log(JSON.stringify(figures));
}
