/**
 * `npm run bench [-- options]`: evigraph's measuring instrument (docs/benchmarks.md).
 *
 *   --docs N        documents in the generated corpus (default 1000)
 *   --runs N        repetitions; every figure is the median over them (default 3)
 *   --only LIST     extract, ingest, query, explorer (comma-separated; default all)
 *   --explorer-nodes LIST   store sizes in entities for the explorer (default 1000,10000)
 *   --seed N        corpus seed (default the recorded one)
 *   --quick         a smoke run: 90 documents, one run, explorer at 1000 entities
 *   --out FILE      where the JSON goes (default bench/results/latest.json; quick.json with
 *                   --quick, which git ignores)
 *
 * Prints a table and writes every figure, one number per named metric, to the JSON file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openStore } from '../store/open.ts';
import { DEFAULT_SEED, generateDocuments, type CorpusOptions } from './corpus.ts';
import { ExtractionPool, extractOnOneThread, rates } from './extract.ts';
import { runIngestProcess } from './ingest.ts';
import { measureQueries } from './query.ts';
import { medianOfRuns, timed } from './measure.ts';
import { measurePeers } from './peers.ts';
import { prepareRules } from '../ingest/rules/index.ts';
import { explorerPhase, sizeLabel } from './explorer-phase.ts';

const PHASES = ['extract', 'ingest', 'query', 'explorer'] as const;
type Phase = (typeof PHASES)[number];

/** The figures each phase must produce; the smoke test (bench/run.test.ts) checks them. */
const REQUIRED_METRICS: Record<Exclude<Phase, 'explorer'>, readonly string[]> = {
  extract: ['extract_mb_s', 'extract_docs_s', 'peer_compromise_mb_s', 'peer_wink_mb_s'],
  ingest: ['ingest_bulk_docs_s', 'ingest_incremental_docs_s', 'ingest_peak_rss_mb'],
  query: [
    'search_p95_ms',
    'entity_p95_ms',
    'neighbors1_p95_ms',
    'neighbors2_p95_ms',
    'path_p95_ms',
    'cypher_p95_ms',
  ],
};

/** Every metric a run of these phases (and explorer sizes) must report as a finite number. */
export function requiredMetrics(phases: readonly string[], explorerNodes: readonly number[]): string[] {
  return phases.flatMap((phase) =>
    phase === 'explorer'
      ? explorerNodes.flatMap((size) => [
          `explorer_first_draw_ms_${sizeLabel(size)}`,
          `explorer_settled_ms_${sizeLabel(size)}`,
        ])
      : (REQUIRED_METRICS[phase as Exclude<Phase, 'explorer'>] ?? []),
  );
}

/** Bad options: reported as one line, without a stack. */
class UsageError extends Error {
  override name = 'UsageError';
}

function integer(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new UsageError(`--${name} must be an integer, got ${value}`);
  return number;
}

function positiveInteger(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number <= 0)
    throw new UsageError(`--${name} must be a positive integer, got ${value}`);
  return number;
}

function parseOptions() {
  try {
    return parseArgs({
      options: {
        docs: { type: 'string' },
        runs: { type: 'string' },
        only: { type: 'string' },
        'explorer-nodes': { type: 'string' },
        seed: { type: 'string' },
        quick: { type: 'boolean', default: false },
        out: { type: 'string' },
      },
    });
  } catch (error) {
    // Unknown or malformed options, as node:util words them.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

function options() {
  const { values } = parseOptions();
  const quick = values.quick ?? false;
  const only = (values.only ?? PHASES.join(',')).split(',').map((name) => name.trim());
  for (const name of only) {
    if (!(PHASES as readonly string[]).includes(name)) {
      throw new UsageError(`--only takes ${PHASES.join(', ')} (comma-separated), got ${name}`);
    }
  }
  return {
    quick,
    documents: positiveInteger('docs', values.docs ?? (quick ? '90' : '1000')),
    runs: positiveInteger('runs', values.runs ?? (quick ? '1' : '3')),
    phases: new Set(only as Phase[]),
    explorerNodes: (values['explorer-nodes'] ?? (quick ? '1000' : '1000,10000'))
      .split(',')
      .map((value) => positiveInteger('explorer-nodes', value.trim())),
    corpus: {
      seed: values.seed === undefined ? DEFAULT_SEED : integer('seed', values.seed),
    } satisfies CorpusOptions,
    // A smoke run must not overwrite the recorded figures.
    out: values.out ?? join(import.meta.dirname, 'results', quick ? 'quick.json' : 'latest.json'),
  };
}

async function main(): Promise<void> {
  const settings = options();
  const metrics: Record<string, number> = {};
  const add = (figures: Record<string, number>, prefix = '') => {
    for (const [key, value] of Object.entries(figures)) metrics[`${prefix}${key}`] = value;
  };
  const log = (message: string) =>
    console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
  const workDir = mkdtempSync(join(tmpdir(), 'evigraph-bench-'));
  const startedAt = new Date();
  const loadBefore = loadavg();
  // Written again after every phase, so a long run that fails late keeps what it measured.
  const save = (completed: boolean) => writeReport(settings, metrics, { startedAt, loadBefore, completed });
  try {
    const { timing: total } = await timed(async () => {
      if (settings.phases.has('extract')) {
        log(`extraction: ${settings.documents} documents, ${settings.runs} run(s)`);
        add(await extractPhase(settings.documents, settings.runs, settings.corpus));
        save(false);
      }
      let storePath: string | undefined;
      if (settings.phases.has('ingest') || settings.phases.has('query')) {
        log('ingest: bulk and incremental, each in a process of its own');
        const ingest = await ingestPhase(settings.documents, settings.runs, settings.corpus, workDir);
        storePath = ingest.storePath;
        if (settings.phases.has('ingest')) add(ingest.figures);
        save(false);
      }
      if (settings.phases.has('query') && storePath) {
        log('queries through the GraphStore interface');
        add(await queryPhase(storePath, settings.runs, settings.corpus));
        save(false);
      }
      if (settings.phases.has('explorer')) {
        log(`explorer in Chromium at ${settings.explorerNodes.join(', ')} entities`);
        add(await explorerPhase(settings.explorerNodes, settings.runs, settings.corpus, workDir, log));
      }
    });
    metrics.bench_wall_s = total.wallMs / 1000;
    metrics.bench_cpu_s = total.cpuMs / 1000;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
  const report = save(true);
  const width = Math.max(...Object.keys(report.metrics).map((key) => key.length));
  for (const [key, value] of Object.entries(report.metrics)) {
    console.log(`${key.padEnd(width)}  ${Number.isInteger(value) ? value : value.toPrecision(4)}`);
  }
  console.log(`\nwritten to ${settings.out}`);
}

/** The JSON file: the run's circumstances, then every finite figure by name. */
function writeReport(
  settings: ReturnType<typeof options>,
  metrics: Record<string, number>,
  run: { startedAt: Date; loadBefore: number[]; completed: boolean },
) {
  const finite = Object.entries(metrics).filter(([, value]) => Number.isFinite(value));
  const report = {
    date: run.startedAt.toISOString(),
    completed: run.completed,
    machine: {
      cpu: cpus()[0]?.model ?? 'unknown',
      cores: cpus().length,
      availableParallelism: availableParallelism(),
      memoryGb: Math.round(totalmem() / 1024 ** 3),
      loadAverageAtStart: run.loadBefore.map((value) => Number(value.toFixed(2))),
      loadAverageAtEnd: loadavg().map((value) => Number(value.toFixed(2))),
    },
    node: process.version,
    options: {
      documents: settings.documents,
      runs: settings.runs,
      phases: [...settings.phases],
      explorerNodes: settings.explorerNodes,
      seed: settings.corpus.seed,
      quick: settings.quick,
    },
    metrics: Object.fromEntries(finite.sort(([a], [b]) => (a < b ? -1 : 1))),
  };
  mkdirSync(dirname(settings.out), { recursive: true });
  writeFileSync(settings.out, `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

async function extractPhase(documents: number, runs: number, corpus: CorpusOptions) {
  const { timing: build } = await timed(() => prepareRules());
  const english = [...generateDocuments(documents, corpus)].filter((raw) => raw.uri.startsWith('bench:en/'));
  const pool = new ExtractionPool(corpus);
  await pool.warmUp();
  const perRun: Array<Record<string, number>> = [];
  try {
    for (let run = 0; run < runs; run++) {
      const figures: Record<string, number> = {};
      const one = await extractOnOneThread(documents, corpus);
      for (const [key, value] of Object.entries(rates(one))) figures[`extract_1core_${key}`] = value;
      for (const [lang, byLanguage] of Object.entries(one.byLanguage)) {
        figures[`extract_1core_${lang}_mb_s`] = rates(byLanguage).mb_s ?? Number.NaN;
        figures[`extract_1core_${lang}_cpu_mb_s`] = rates(byLanguage).cpu_mb_s ?? Number.NaN;
      }
      const all = await pool.extract(documents);
      for (const [key, value] of Object.entries(rates(all))) figures[`extract_${key}`] = value;
      Object.assign(figures, await measurePeers(english));
      perRun.push(figures);
    }
  } finally {
    await pool.close();
  }
  return {
    ...medianOfRuns(perRun),
    extract_threads: pool.size,
    extract_build_ms: build.wallMs,
    extract_documents: documents,
    peer_documents: english.length,
  };
}

async function ingestPhase(documents: number, runs: number, corpus: CorpusOptions, workDir: string) {
  const bulk: Array<Record<string, number>> = [];
  const incremental: Array<Record<string, number>> = [];
  let storePath = '';
  for (let run = 0; run < runs; run++) {
    if (storePath) rmSync(storePath, { recursive: true, force: true });
    storePath = join(workDir, `bulk-${run}`);
    bulk.push(await runIngestProcess({ mode: 'bulk', documents, corpus, storePath }));
    const incrementalPath = join(workDir, `incremental-${run}`);
    incremental.push(
      await runIngestProcess({ mode: 'incremental', documents, corpus, storePath: incrementalPath }),
    );
    rmSync(incrementalPath, { recursive: true, force: true });
  }
  const figures: Record<string, number> = {};
  for (const [key, value] of Object.entries(medianOfRuns(bulk))) figures[`ingest_bulk_${key}`] = value;
  for (const [key, value] of Object.entries(medianOfRuns(incremental)))
    figures[`ingest_incremental_${key}`] = value;
  // The bulk process is what an ingest holds; the incremental one also keeps every batch the
  // bench extracted beforehand, so its peak says more about the bench than about ingest.
  figures.ingest_peak_rss_mb = figures.ingest_bulk_peak_rss_mb ?? Number.NaN;
  figures.ingest_documents = documents;
  return { figures, storePath };
}

async function queryPhase(storePath: string, runs: number, corpus: CorpusOptions) {
  const store = await openStore(`kuzu:${storePath}`, { readOnly: true });
  try {
    const perRun: Array<Record<string, number>> = [];
    for (let run = 0; run < runs; run++) {
      perRun.push(await measureQueries(store, { sample: 25, seed: corpus.seed ?? DEFAULT_SEED }));
    }
    return medianOfRuns(perRun);
  } finally {
    await store.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    await main();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`npm run bench: ${error.message}\n`);
    process.exitCode = 2;
  }
}
