/**
 * The `evigraph` command (docs/cli.md): ingest, export, query, serve, copy. Results go to
 * stdout, progress and diagnostics to stderr; the exit code is non-zero when anything failed.
 */
import { once } from 'node:events';
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { Command, Option } from 'commander';
import { pino } from 'pino';
import { listSourceFiles, readSources } from '../ingest/read.ts';
import { copyStore, type CopyProgress } from '../store/copy.ts';
import {
  QueryError,
  ReadOnlyQueryError,
  StoreLockedError,
  type GraphStore,
  type StoreStats,
} from '../store/graph-store.ts';
import { legacyKuzuSource } from '../store/kuzu/legacy-source.ts';
import { DEFAULT_QUERY_MEMORY_BYTES } from '../store/kuzu/query-database.ts';
import { migrateStore, type MigrationSource } from '../store/migrate.ts';
import {
  DEFAULT_STORE_URI,
  embeddedStorePath,
  legacyKuzuStorePath,
  openStore,
  type OpenStoreOptions,
} from '../store/open.ts';
import { describeSummary, progressReporter, type StoreChange } from './cli-progress.ts';
import { QUERY_FORMATS, formatRows, type QueryFormat } from './cli-table.ts';
import { CSV_TABLES, type CsvTable } from './export/csv.ts';
import { EXPORT_FORMATS, EXPORT_FORMAT_NAMES, csvEdgesPath, type ExportFormatName } from './export/index.ts';
import { writeGraphJson } from './export/graph-json.ts';
import {
  IngestService,
  MAX_DOCUMENT_BYTES,
  type DocumentExtraction,
  type IngestSummary,
} from './ingest-service.ts';
import { EXTRACTOR_NAMES, rulesWithModel, type ExtractorName } from './model-extraction.ts';
import { RemoteServer } from './remote-server.ts';
import { assertSafeListen, securityFromEnvironment } from './security.ts';
import { selectDocuments } from './document-selection.ts';
import { serve } from './serve.ts';
import { liveServerLock } from './server-lock.ts';

/** A failure the user can act on: printed as one line, no stack. */
class CliError extends Error {
  override name = 'CliError';
}

function storeOption(): Option {
  return new Option(
    '--store <uri>',
    'ladybug:PATH (embedded, on disk; kuzu:PATH is the same) or bolt://, neo4j:// (Neo4j server)',
  ).default(DEFAULT_STORE_URI);
}

/**
 * Runs `local` on the opened store, or `remote` on the server that holds it. A store held
 * by something else, or by a server that does not answer, is explained rather than waited on.
 */
async function withStore<T>(
  uri: string,
  readOnly: boolean,
  local: (store: GraphStore) => Promise<T>,
  remote: (server: RemoteServer) => Promise<T>,
  openOptions: Omit<OpenStoreOptions, 'readOnly'> = {},
): Promise<T> {
  let store: GraphStore;
  try {
    store = await openStore(uri, { ...openOptions, readOnly });
  } catch (error) {
    if (!(error instanceof StoreLockedError)) throw error;
    const lock = liveServerLock(uri);
    if (!lock) {
      throw new CliError(
        `store ${uri} is in use by another process (not an evigraph server this command can reach); ` +
          'wait for it to finish or stop it, then try again',
      );
    }
    const server = new RemoteServer(lock.url, process.env.EVIGRAPH_TOKEN);
    if (!(await server.isUp())) {
      throw new CliError(
        `store ${uri} is held by the evigraph server on port ${lock.port} (pid ${lock.pid}), which does not answer at ${lock.url}; ` +
          'stop it, or wait until it is up and try again',
      );
    }
    process.stderr.write(
      `store ${uri} is held by the evigraph server at ${lock.url} (pid ${lock.pid}); sending the work there\n`,
    );
    return remote(server);
  }
  try {
    return await local(store);
  } finally {
    await store.close();
  }
}

async function ingestCommand(
  paths: string[],
  options: { store: string; json?: boolean; encoding?: string; extractor: ExtractorName; bulk?: boolean },
): Promise<void> {
  if (options.encoding !== undefined) checkEncoding(options.encoding);
  // Here, or by the server that holds the store, which reads its own model settings.
  const localExtraction = (): DocumentExtraction | undefined => {
    try {
      return options.extractor === 'llm' ? rulesWithModel(process.env) : undefined;
    } catch (error) {
      throw new CliError((error as Error).message);
    }
  };
  const reporter = progressReporter(process.stderr, { plan: await listSourceFiles(paths) });
  // Container listings let the ingest retract the entries a container no longer gives.
  const sources = () =>
    readSources(paths, {
      maxBytes: MAX_DOCUMENT_BYTES,
      onFile: reporter.onFile,
      onBytes: reporter.onBytes,
      listings: true,
      ...(options.encoding === undefined ? {} : { encoding: options.encoding }),
    });
  let summary: IngestSummary;
  let change: StoreChange;
  // The store's own counts before and after: distinct records added, not records written.
  const measured = async (
    stats: () => Promise<StoreStats>,
    run: (before: StoreStats) => Promise<IngestSummary>,
  ) => {
    const before = await stats();
    const result = await run(before);
    return { summary: result, change: { before, after: await stats() } };
  };
  try {
    ({ summary, change } = await withStore(
      options.store,
      false,
      (store) =>
        measured(
          () => store.stats(),
          (before) =>
            new IngestService(store, localExtraction()).ingest(sources(), {
              onProgress: reporter.onProgress,
              onExtracted: reporter.onExtracted,
              bulk: bulkChoice(options.bulk, store, before),
            }),
        ),
      (server) => {
        if (options.bulk === true)
          throw new CliError(
            `--bulk loads a store this command opens itself, and ${options.store} is held by a running server; stop it first, or leave out --bulk`,
          );
        return measured(
          () => server.stats(),
          () => server.ingest(sources(), reporter.onProgress, options.extractor),
        );
      },
    ));
  } finally {
    reporter.finish();
  }
  if (summary.bulkLoadFailure !== undefined) {
    process.stderr.write(
      `evigraph: the bulk load was refused (${summary.bulkLoadFailure}); the documents were written in groups instead\n`,
    );
  }
  process.stdout.write(
    options.json
      ? `${JSON.stringify({ ...summary, store: storeCounts(change) }, null, 2)}\n`
      : `${describeSummary(summary, change)}\n`,
  );
  if (summary.failed > 0) {
    process.stderr.write(
      `${summary.failed} document${summary.failed === 1 ? '' : 's'} could not be ingested:\n` +
        summary.documents
          .flatMap((outcome) =>
            outcome.status === 'failed' ? [`  ${outcome.message} (${outcome.code})\n`] : [],
          )
          .join(''),
    );
    process.exitCode = 1;
  }
}

/**
 * Whether an ingest loads the store with its bulk loader: when asked (`--bulk`, refused unless
 * the store is empty and has one), or by itself when an embedded store is empty, unless
 * `--no-bulk` asks for grouped writes. Neo4j's bulk load is taken only when asked: its rate and
 * its result against a live server are not measured yet (docs/neo4j.md).
 */
function bulkChoice(asked: boolean | undefined, store: GraphStore, before: StoreStats): boolean {
  const empty = before.documents === 0 && before.entities === 0;
  if (asked !== true)
    return (
      asked === undefined &&
      empty &&
      embeddedStorePath(store.uri) !== undefined &&
      store.startBulkLoad !== undefined
    );
  if (!store.startBulkLoad) throw new CliError(`--bulk: ${store.uri} has no bulk loader`);
  if (!empty)
    throw new CliError(
      `--bulk loads an empty store only, and ${store.uri} holds ${before.documents} documents; leave out --bulk to add to it`,
    );
  return true;
}

/** Totals after the run and what changed, for `ingest --json`. */
function storeCounts({ before, after }: StoreChange): Record<string, Record<string, number>> {
  const keys = ['documents', 'entities', 'relations', 'mentions', 'evidence'] as const;
  return {
    after: Object.fromEntries(keys.map((key) => [key, after[key]])),
    added: Object.fromEntries(keys.map((key) => [key, after[key] - before[key]])),
  };
}

function checkEncoding(label: string): void {
  try {
    new TextDecoder(label);
  } catch {
    throw new CliError(
      `unknown encoding "${label}" (examples: utf-8, utf-16le, windows-1256, windows-1252, iso-8859-6)`,
    );
  }
}

/** `format` and `table` were checked against their choices by the option parser. */
async function removeCommand(targets: string[], options: { store: string }): Promise<void> {
  const removed = await withStore(
    options.store,
    false,
    async (store) => {
      const { ids, unmatched } = selectDocuments(targets, await store.listDocuments());
      for (const id of ids) await store.deleteDocument(id);
      return { ids, unmatched };
    },
    async (server) => {
      const { ids, unmatched } = selectDocuments(targets, await server.documents());
      for (const id of ids) await server.deleteDocument(id);
      return { ids, unmatched };
    },
  );
  for (const id of removed.ids) process.stdout.write(`removed ${id}\n`);
  if (removed.unmatched.length > 0) {
    throw new CliError(`no stored document matches ${removed.unmatched.join(', ')}`);
  }
}

async function exportCommand(options: {
  store: string;
  format: ExportFormatName;
  out?: string;
  table: CsvTable;
}): Promise<void> {
  const { format } = options;
  const spec = EXPORT_FORMATS[format];
  const tables: CsvTable[] = format === 'csv' && options.out ? ['nodes', 'edges'] : [options.table];
  const rendered = await withStore(
    options.store,
    true,
    async (store) => {
      // The lossless export is written as the store reads it: a large graph is never one string.
      if (format === 'graph-json') {
        await writeGraphJsonTo(store, options.out);
        return undefined;
      }
      const graph = await store.exportGraph();
      return tables.map((table) => spec.render(graph, table));
    },
    (server) => Promise.all(tables.map((table) => server.export(format, table))),
  );
  if (rendered && !options.out) {
    process.stdout.write(rendered[0] ?? '');
    return;
  }
  if (!options.out) return;
  const paths = tables.length === 2 ? [options.out, csvEdgesPath(options.out)] : [options.out];
  if (rendered) paths.forEach((path, index) => writeFileSync(path, rendered[index] ?? ''));
  process.stderr.write(`wrote ${paths.join(' and ')}\n`);
}

/** The store's graph-json, written to the file at `path` or to standard output as it is read. */
async function writeGraphJsonTo(store: GraphStore, path: string | undefined): Promise<void> {
  if (!path) {
    await writeGraphJson(store, async (text) => {
      if (!process.stdout.write(text)) await once(process.stdout, 'drain');
    });
    return;
  }
  const descriptor = openSync(path, 'w');
  try {
    await writeGraphJson(store, async (text) => void writeSync(descriptor, text));
  } finally {
    closeSync(descriptor);
  }
}

async function queryCommand(
  cypher: string,
  options: { store: string; params?: string; format: QueryFormat; limit: number; queryMemory: number },
): Promise<void> {
  const params = parseParams(options.params);
  try {
    const { columns, rows, truncated } = await withStore(
      options.store,
      true,
      async (store) => {
        // One row past the limit tells whether the limit cut anything.
        const result = await store.cypher(cypher, {
          ...(params ? { params } : {}),
          maxRows: options.limit + 1,
        });
        return {
          columns: result.columns,
          rows: result.rows.slice(0, options.limit),
          truncated: result.rows.length > options.limit,
        };
      },
      (server) => server.cypher(cypher, params, options.limit),
      { queryMemoryBytes: megabytes(options.queryMemory) },
    );
    process.stdout.write(formatRows(options.format, columns, rows));
    if (truncated) {
      process.stderr.write(
        `evigraph: result cut at ${rows.length} rows; --limit N to change it (a server caps it at its own maximum)\n`,
      );
    }
  } catch (error) {
    if (error instanceof ReadOnlyQueryError)
      throw new CliError(`refused: ${error.message} (query is read-only)`);
    if (error instanceof QueryError) throw new CliError(`query failed: ${error.message}`);
    throw error;
  }
}

function parseParams(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CliError(`--params must be a JSON object, e.g. '{"name": "APT28"}'`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CliError(`--params must be a JSON object, e.g. '{"name": "APT28"}'`);
  }
  return value as Record<string, unknown>;
}

/** SIGTERM to exit: orchestrators wait about 10 s before SIGKILL; we promise 5. */
const SHUTDOWN_LIMIT_MS = 4500;

async function serveCommand(options: {
  store: string;
  port: number;
  host: string;
  loadSamples?: boolean;
  queryMemory: number;
}): Promise<void> {
  const security = securityFromEnvironment(process.env, options.host);
  // EVIGRAPH_PUBLISHED_HOST: where a container's port is published (docker-compose.yml).
  assertSafeListen(options.host, security.token, process.env.EVIGRAPH_PUBLISHED_HOST);
  let store: GraphStore;
  try {
    store = await openStore(options.store, {
      readOnly: false,
      queryMemoryBytes: megabytes(options.queryMemory),
    });
  } catch (error) {
    if (!(error instanceof StoreLockedError)) throw error;
    const lock = liveServerLock(options.store);
    throw new CliError(
      lock
        ? `store ${options.store} is already served by the evigraph server at ${lock.url} (pid ${lock.pid})`
        : `store ${options.store} is in use by another process; stop it and try again`,
    );
  }
  const reporter = progressReporter();
  const server = await serve(store, {
    storeUri: options.store,
    port: options.port,
    host: options.host,
    security,
    logger: pino({ level: process.env.LOG_LEVEL ?? 'info' }, pino.destination(2)),
    ...(options.loadSamples
      ? {
          samples: {
            onProgress: reporter.onProgress,
            onDone: (summary) => {
              reporter.finish();
              process.stderr.write(`sample corpus: ${describeSummary(summary)}\n`);
            },
          },
        }
      : {}),
  });
  process.stdout.write(`evigraph serving ${store.uri} at ${server.url}\n`);
  const shutdown = () => {
    // A store write cut short is rolled back when the store is next opened; waiting longer
    // than this for one would leave a user or an orchestrator wondering.
    setTimeout(() => {
      process.stderr.write('evigraph: stopped before the last write finished; it is rolled back\n');
      process.exit(1);
    }, SHUTDOWN_LIMIT_MS).unref();
    server.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`evigraph: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

async function copyCommand(options: { from: string; to: string }): Promise<void> {
  await withStore(
    options.from,
    true,
    (from) =>
      withStore(
        options.to,
        false,
        async (to) => {
          const counter = process.stderr.isTTY
            ? (progress: CopyProgress) => process.stderr.write(`\rcopied ${progress.documents} documents`)
            : undefined;
          const { documents, written } = await copyStore(from, to, counter);
          if (counter) process.stderr.write('\n');
          process.stdout.write(
            `copied ${documents} documents from ${options.from} to ${options.to}: ` +
              `${written.entities} entities, ${written.relations} relations, ${written.mentions} mentions written\n`,
          );
        },
        () =>
          Promise.reject(
            new CliError(`store ${options.to} is held by a running server; stop it to copy into it`),
          ),
      ),
    () =>
      Promise.reject(
        new CliError(`store ${options.from} is held by a running server; stop it to copy from it`),
      ),
  );
}

function positiveInteger(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1)
    throw new CliError(`expected a positive whole number, got "${text}"`);
  return value;
}

function megabytes(count: number): number {
  return count * 1024 * 1024;
}

/** The memory one user query may use on the embedded store (store/kuzu/query-database.ts). */
function queryMemoryOption(): Option {
  return new Option(
    '--query-memory <MB>',
    'memory one Cypher query may use on the embedded store, in MB (a query needing more fails; ' +
      'Neo4j: db.memory.transaction.max)',
  )
    .env('EVIGRAPH_QUERY_MEMORY_MB')
    .default(DEFAULT_QUERY_MEMORY_BYTES / 1024 / 1024)
    .argParser(positiveInteger);
}

async function migrateCommand(options: { from: string; to: string }): Promise<void> {
  const migrate = (from: MigrationSource) =>
    withStore(
      options.to,
      false,
      async (to) => {
        const counter = process.stderr.isTTY
          ? (progress: CopyProgress) => process.stderr.write(`\rmigrated ${progress.documents} documents`)
          : undefined;
        const { documents } = await migrateStore(from, to, counter);
        if (counter) process.stderr.write('\n');
        process.stdout.write(
          `migrated ${documents} documents from ${options.from} to ${options.to}; both export the same graph\n`,
        );
      },
      () =>
        Promise.reject(
          new CliError(`store ${options.to} is held by a running server; stop it to migrate into it`),
        ),
    );
  const legacyPath = legacyKuzuStorePath(options.from);
  if (legacyPath !== undefined) return migrate(legacyKuzuSource(legacyPath, options.from));
  return withStore(options.from, true, migrate, () =>
    Promise.reject(
      new CliError(`store ${options.from} is held by a running server; stop it to migrate from it`),
    ),
  );
}

function port(text: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new CliError(`invalid port "${text}"`);
  return value;
}

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

const program = new Command()
  .name('evigraph')
  .version(version, '-V, --version', 'print the version of evigraph')
  .description('Evidence-backed knowledge graphs from news articles and reports (Arabic, French, English).')
  .showHelpAfterError();

program
  .command('ingest')
  .description(
    'read files, folders (recursively) and globs into the store; *.gold.json and hidden files are skipped',
  )
  .argument('<paths...>', 'files, folders or globs (txt, md, html, pdf, docx, json, jsonl, rss, atom, xml)')
  .addOption(storeOption())
  .option('--json', 'print the summary as JSON instead of one line')
  .option(
    '--encoding <label>',
    'encoding of the text, Markdown and HTML files (e.g. windows-1256) when detection cannot tell',
  )
  .addOption(
    new Option(
      '--extractor <name>',
      'rules, or llm: the rules and a model behind EVIGRAPH_LLM_URL / EVIGRAPH_LLM_MODEL (EVIGRAPH_LLM_KEY)',
    )
      .choices(EXTRACTOR_NAMES)
      .default('rules'),
  )
  .option(
    '--bulk',
    "load with the store's bulk loader: extract everything, then write it at once (the store must be empty; the default for an empty embedded store)",
  )
  .option('--no-bulk', 'write in groups even into an empty store')
  .action(ingestCommand);

program
  .command('remove')
  .description(
    'retract documents and everything they contributed (mentions, evidence, names and aliases); relations and entities left without support go',
  )
  .argument('<targets...>', 'document ids, or paths and folders as they were ingested')
  .addOption(storeOption())
  .action(removeCommand);

program
  .command('export')
  .description('write the whole graph in an exchange format')
  .addOption(storeOption())
  .addOption(
    new Option('--format <format>', 'output format').choices(EXPORT_FORMAT_NAMES).makeOptionMandatory(),
  )
  .option('--out <file>', 'write to FILE instead of stdout; csv writes FILE (nodes) and FILE-edges (edges)')
  .addOption(
    new Option('--table <table>', 'csv to stdout: which table to print').choices(CSV_TABLES).default('nodes'),
  )
  .addHelpText(
    'after',
    '\nCSV is two tables. With --out graph.csv it writes graph.csv (nodes) and graph-edges.csv (edges);\n' +
      'without --out it prints the table chosen with --table.',
  )
  .action(exportCommand);

program
  .command('query')
  .description('run a read-only Cypher query and print its rows (a JSON array of objects by default)')
  .argument('<cypher>', 'the query, e.g. "MATCH (a:ThreatActor) RETURN a.name"')
  .addOption(storeOption())
  .option('--params <json>', 'query parameters as a JSON object')
  .addOption(new Option('--format <format>', 'output format').choices(QUERY_FORMATS).default('json'))
  .addOption(
    new Option('--limit <n>', 'print at most N rows (says so on stderr when it cuts)')
      .default(10_000)
      .argParser(positiveInteger),
  )
  .addOption(queryMemoryOption())
  .action(queryCommand);

program
  .command('serve')
  .description('serve the explorer and the HTTP API over the store')
  .addOption(storeOption())
  .addOption(new Option('--port <n>', 'port (0: any free port)').default(3000).argParser(port))
  .addOption(
    new Option('--host <address>', 'address to listen on (0.0.0.0 for every interface, e.g. in a container)')
      .env('EVIGRAPH_HOST')
      .default('127.0.0.1'),
  )
  .option('--load-samples', 'when the store has no documents, ingest data/samples first')
  .addOption(queryMemoryOption())
  .action(serveCommand);

program
  .command('copy')
  .description('copy every document, entity and relation from one store into another')
  .requiredOption('--from <uri>', 'source store')
  .requiredOption('--to <uri>', 'destination store')
  .action(copyCommand);

program
  .command('migrate')
  .description(
    'move a whole store into an empty one and check both export the same graph ' +
      '(kuzu-0.11:PATH reads a store written by versions before the move to Ladybug)',
  )
  .requiredOption('--from <uri>', 'source store: a store URI, or kuzu-0.11:PATH')
  .requiredOption('--to <uri>', 'destination store, empty')
  .action(migrateCommand);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.stderr.write(`evigraph: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
