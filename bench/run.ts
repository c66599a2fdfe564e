/**
 * `npm run bench [-- --mb N] [--skip-store]`: extraction and embedded-store throughput on a
 * synthetic corpus of N MB per language (default 1). Prints a table; docs/benchmarks.md
 * records runs. `--skip-store` measures extraction alone.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { ingestDocument } from '../ingest/pipeline.ts';
import { defaultGazetteerLexicon } from '../ingest/lexicon/index.ts';
import { prepareRules } from '../ingest/rules/index.ts';
import { WRITE_GROUP_SIZE } from '../store/graph-store.ts';
import { openStore } from '../store/open.ts';
import type { GraphBatch } from '../graph-schema/model.ts';
import { generateCorpus } from './corpus.ts';

const { values } = parseArgs({
  options: { mb: { type: 'string', default: '1' }, 'skip-store': { type: 'boolean', default: false } },
});
const megabytes = Number(values.mb);
if (!(megabytes > 0)) throw new Error(`--mb must be a positive number, got ${values.mb}`);

interface Row {
  measure: string;
  value: string;
}
const rows: Row[] = [];
const record = (measure: string, value: string) => {
  rows.push({ measure, value });
  console.error(`${measure}: ${value}`);
};

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

// Built once per process on first use; measured apart so that extraction rates are per document.
const buildStarted = performance.now();
prepareRules();
record(
  'one-off build (gazetteer matcher, known names)',
  `${(performance.now() - buildStarted).toFixed(0)} ms (${defaultGazetteerLexicon().patternCount} patterns)`,
);

const corpus = generateCorpus(megabytes * 1024 * 1024);
const batches: GraphBatch[] = [];
for (const lang of ['ar', 'fr', 'en'] as const) {
  const documents = corpus.filter((raw) => raw.uri.startsWith(`bench:${lang}/`));
  const bytes = documents.reduce((sum, raw) => sum + raw.bytes.byteLength, 0);
  const started = performance.now();
  let entities = 0;
  let relations = 0;
  for (const raw of documents) {
    const { batch } = ingestDocument(raw);
    entities += batch.entities.length;
    relations += batch.relations.length;
    batches.push(batch);
  }
  const seconds = (performance.now() - started) / 1000;
  record(
    `extraction ${lang}`,
    `${(bytes / 1024 / 1024 / seconds).toFixed(2)} MB/s (${documents.length} docs, ${entities} entities, ${relations} relations, ${seconds.toFixed(2)} s)`,
  );
}

if (!values['skip-store']) await benchmarkStore(batches);

console.log(
  `\nevigraph benchmark — ${megabytes} MB per language, ${cpus()[0]?.model ?? 'cpu'} x${cpus().length}, node ${process.version}\n`,
);
const width = Math.max(...rows.map((row) => row.measure.length));
for (const row of rows) console.log(`${row.measure.padEnd(width)}  ${row.value}`);

/** Write, rewrite and read back the extracted batches in a fresh embedded store. */
async function benchmarkStore(batches: readonly GraphBatch[]): Promise<void> {
  const directory = mkdtempSync(join(tmpdir(), 'evigraph-bench-'));
  try {
    const store = await openStore(`kuzu:${join(directory, 'store')}`);
    // Groups of documents per transaction, as the ingest service writes them.
    const groups = (list: readonly GraphBatch[]) =>
      Array.from({ length: Math.ceil(list.length / WRITE_GROUP_SIZE) }, (_, index) =>
        list.slice(index * WRITE_GROUP_SIZE, (index + 1) * WRITE_GROUP_SIZE),
      );
    const quarterSeconds = [0, 0, 0, 0];
    const quarterDocuments = [0, 0, 0, 0];
    let started = performance.now();
    for (const [index, group] of groups(batches).entries()) {
      const groupStarted = performance.now();
      await store.writeBatches(group);
      const quarter = Math.min(3, Math.floor((4 * index * WRITE_GROUP_SIZE) / batches.length));
      quarterSeconds[quarter] = (quarterSeconds[quarter] ?? 0) + (performance.now() - groupStarted) / 1000;
      quarterDocuments[quarter] = (quarterDocuments[quarter] ?? 0) + group.length;
    }
    let seconds = (performance.now() - started) / 1000;
    const quarterRates = quarterSeconds.map((quarter, index) =>
      ((quarterDocuments[index] ?? 0) / quarter).toFixed(0),
    );
    record(
      `kuzu write (empty store, ${WRITE_GROUP_SIZE} docs per transaction)`,
      `${(batches.length / seconds).toFixed(1)} docs/s (${seconds.toFixed(2)} s; by quarter of the corpus ${quarterRates.join(', ')})`,
    );

    const rewriteCount = Math.min(100, batches.length);
    started = performance.now();
    for (const group of groups(batches.slice(0, rewriteCount))) await store.writeBatches(group);
    seconds = (performance.now() - started) / 1000;
    record('kuzu rewrite (idempotent upsert)', `${(rewriteCount / seconds).toFixed(1)} docs/s`);

    const single = await openStore(`kuzu:${join(directory, 'single')}`);
    started = performance.now();
    for (const batch of batches.slice(0, rewriteCount)) await single.writeBatch(batch);
    seconds = (performance.now() - started) / 1000;
    await single.close();
    record(
      `kuzu write (one document per transaction, first ${rewriteCount})`,
      `${(rewriteCount / seconds).toFixed(1)} docs/s`,
    );

    const stats = await store.stats();
    record(
      'graph size',
      `${stats.entities} entities, ${stats.relations} relations, ${stats.evidence} evidence`,
    );

    started = performance.now();
    const exported = await store.exportGraph();
    record(
      'export graph-json',
      `${(performance.now() - started).toFixed(0)} ms (${exported.nodes.length} nodes, ${exported.edges.length} edges)`,
    );

    const queries = ['APT28', 'بون ستورم', 'Mandiant', 'kremlin', 'Moscou'];
    const searchTimes: number[] = [];
    for (let round = 0; round < 10; round++) {
      for (const query of queries) {
        const t = performance.now();
        await store.search(query, { limit: 10 });
        searchTimes.push(performance.now() - t);
      }
    }
    record('search (median of 50)', `${median(searchTimes).toFixed(1)} ms`);

    const hub = exported.nodes.reduce<(typeof exported.nodes)[number] | undefined>(
      (best, node) => (best && best.documents.length >= node.documents.length ? best : node),
      undefined,
    );
    if (!hub) throw new Error('the benchmark corpus produced no entities');
    const neighborTimes: number[] = [];
    for (let round = 0; round < 20; round++) {
      const t = performance.now();
      await store.neighbors(hub.id, 100);
      neighborTimes.push(performance.now() - t);
    }
    record(`neighbours of the busiest node (median of 20)`, `${median(neighborTimes).toFixed(1)} ms`);

    const t = performance.now();
    await store.cypher(
      'MATCH (a:ThreatActor)-[r:ATTRIBUTED_TO]->(o:Organization) RETURN a.name, o.name, r.confidence',
    );
    record('cypher attribution query', `${(performance.now() - t).toFixed(1)} ms`);
    await store.close();
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
