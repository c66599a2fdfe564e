/**
 * The evigraph command as a user runs it: real child processes, a real Kùzu store in a
 * temporary folder, our own small documents written here.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphJson } from '../graph-schema/graph-json.ts';
import { buildDocx, buildPdf, encodeInCodePage } from '../ingest/formats/fixtures.ts';
import { evigraph, serverUrl, type Run } from './cli-harness.ts';

const BIN = fileURLToPath(new URL('../bin/evigraph.mjs', import.meta.url));

// Our own short articles, written for these tests.
const ARTICLES: Record<string, string> = {
  'english.txt':
    'Researchers at Trend Micro said the hacking group APT28 registered the domain onedrive-en-marche.fr ' +
    'in March 2017. According to Trend Micro, APT28 targeted the En Marche campaign with phishing e-mails.\n',
  'francais.md':
    "# Enquête\n\nSelon l'ANSSI, le groupe APT28 aurait utilisé le domaine mail-en-marche.fr pour cibler " +
    'des journalistes à Paris.\n',
};
const LATE_ARTICLE =
  'Microsoft said that the group Strontium, also known as APT28, registered the domain ' +
  'microsoft-update-check.com in 2016.\n';

function assertFailed(run: Run, pattern: RegExp): void {
  assert.notEqual(run.code, 0, `expected failure, got: ${run.stdout}`);
  assert.match(run.stderr, pattern);
  assert.doesNotMatch(run.stderr, /^\s+at /m, 'no stack trace');
}

let dir: string;
let store: string;
let corpus: string;

before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'evigraph-cli-'));
  store = `kuzu:${join(dir, 'store')}`;
  corpus = join(dir, 'corpus');
  await mkdir(corpus);
  for (const [name, text] of Object.entries(ARTICLES)) await writeFile(join(corpus, name), text);
  // Annotation files and hidden files are not documents.
  await writeFile(join(corpus, 'english.gold.json'), '{"entities": []}\n');
  await writeFile(join(corpus, '.notes.txt'), 'The group APT29 is not part of this corpus.\n');
});

after(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function exportGraphJson(): Promise<{ text: string; graph: GraphJson }> {
  const run = await evigraph(['export', '--store', store, '--format', 'graph-json'], dir);
  assert.equal(run.code, 0, run.stderr);
  return { text: run.stdout, graph: JSON.parse(run.stdout) as GraphJson };
}

describe('evigraph CLI', () => {
  test('ingest a folder, then export graph-json that follows the contract', async () => {
    const run = await evigraph(['ingest', '--store', store, corpus], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /ingested 2 documents/);

    const { graph } = await exportGraphJson();
    assert.deepEqual(Object.keys(graph), ['documents', 'nodes', 'edges']);
    assert.deepEqual(
      graph.documents.map((document) => document.uri).sort(),
      Object.keys(ARTICLES)
        .map((name) => join(corpus, name))
        .sort(),
    );
    const documentIds = new Set(graph.documents.map((document) => document.id));
    const nodeIds = new Set(graph.nodes.map((node) => node.id));
    assert.ok(graph.nodes.length > 0);
    for (const node of graph.nodes) {
      // externalIds only where the entity has any (a gazetteer identity such as ATT&CK's).
      const keys = [
        'id',
        'type',
        'name',
        'aliases',
        ...(node.externalIds ? ['externalIds'] : []),
        'documents',
      ];
      assert.deepEqual(Object.keys(node), keys);
      assert.ok(node.documents.every((id) => documentIds.has(id)));
    }
    for (const edge of graph.edges) {
      assert.deepEqual(Object.keys(edge), [
        'id',
        'type',
        'source',
        'target',
        'confidence',
        'modality',
        'assertedBy',
        'evidence',
      ]);
      assert.ok(nodeIds.has(edge.source) && nodeIds.has(edge.target));
      assert.ok(edge.evidence.length > 0, 'no edge without evidence');
      assert.ok(edge.evidence.every((piece) => documentIds.has(piece.documentId)));
    }
    assert.ok(!graph.nodes.some((node) => node.name.includes('APT29')), 'hidden file skipped');
  });

  test('ingesting the same folder twice changes nothing', async () => {
    const before = await exportGraphJson();
    const run = await evigraph(['ingest', '--store', store, corpus], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /ingested 0 documents, skipped 2 already stored/);
    assert.match(run.stderr, /skipped: .*english\.txt/);
    const again = await exportGraphJson();
    assert.equal(again.text, before.text);
  });

  test('query prints JSON rows; malformed and writing queries fail clearly', async () => {
    const run = await evigraph(
      ['query', '--store', store, 'MATCH (d:Document) RETURN d.uri AS uri ORDER BY uri'],
      dir,
    );
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      JSON.parse(run.stdout),
      Object.keys(ARTICLES)
        .map((name) => ({ uri: join(corpus, name) }))
        .sort((a, b) => (a.uri < b.uri ? -1 : 1)),
    );
    const withParams = await evigraph(
      [
        'query',
        '--store',
        store,
        '--params',
        JSON.stringify({ uri: join(corpus, 'english.txt') }),
        'MATCH (d:Document) WHERE d.uri = $uri RETURN count(d) AS n',
      ],
      dir,
    );
    assert.deepEqual(JSON.parse(withParams.stdout), [{ n: 1 }]);

    assertFailed(
      await evigraph(['query', '--store', store, 'MATCH (d:Document RETURN d'], dir),
      /query failed/,
    );
    assertFailed(
      await evigraph(['query', '--store', store, 'MATCH (d:Document) DETACH DELETE d'], dir),
      /the query would change the store and was refused/,
    );
    const count = await evigraph(['query', '--store', store, 'MATCH (d:Document) RETURN count(d) AS n'], dir);
    assert.deepEqual(JSON.parse(count.stdout), [{ n: 2 }], 'the refused write changed nothing');
  });

  test('bad store URI, unknown format and bad params are explained', async () => {
    assertFailed(await evigraph(['query', '--store', 'mysql://x', 'RETURN 1'], dir), /unsupported store URI/);
    assertFailed(await evigraph(['export', '--store', store, '--format', 'pdf'], dir), /graph-json, gexf/);
    assertFailed(await evigraph(['query', '--store', store, '--params', '[1]', 'RETURN 1'], dir), /--params/);
  });

  test('CSV export writes a nodes file and an edges file', async () => {
    const out = join(dir, 'graph.csv');
    const run = await evigraph(['export', '--store', store, '--format', 'csv', '--out', out], dir);
    assert.equal(run.code, 0, run.stderr);
    const { graph } = await exportGraphJson();
    const nodes = (await readFile(out, 'utf8')).trimEnd().split('\r\n');
    const edges = (await readFile(join(dir, 'graph-edges.csv'), 'utf8')).trimEnd().split('\r\n');
    assert.match(nodes[0] ?? '', /^Id,Label,/);
    assert.match(edges[0] ?? '', /^Id,Source,Target,/);
    assert.equal(edges.length, graph.edges.length + 1);
  });

  test('unreadable and empty files fail by name while the good ones land', async () => {
    const mixed = join(dir, 'mixed');
    await mkdir(mixed);
    await writeFile(join(mixed, 'good.txt'), LATE_ARTICLE);
    await writeFile(join(mixed, 'empty.txt'), '');
    await symlink(join(dir, 'missing-target.txt'), join(mixed, 'dangling.txt'));
    const locked = join(mixed, 'locked.txt');
    await writeFile(locked, 'APT28 registered the domain locked-example.com.\n');
    await chmod(locked, 0);
    const unreadable = process.getuid?.() !== 0; // root reads anything
    const isolated = `kuzu:${join(dir, 'mixed-store')}`;

    const run = await evigraph(['ingest', '--store', isolated, mixed], dir);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /empty\.txt/);
    assert.match(run.stderr, /dangling\.txt/);
    if (unreadable) assert.match(run.stderr, /locked\.txt/);
    assert.doesNotMatch(run.stderr, /good\.txt/);
    const uris = await evigraph(
      ['query', '--store', isolated, 'MATCH (d:Document) RETURN d.uri AS uri'],
      dir,
    );
    assert.ok(
      (JSON.parse(uris.stdout) as Array<{ uri: string }>).some((row) => row.uri === join(mixed, 'good.txt')),
      'the good file landed',
    );
  });

  test('every format in one folder; legacy encodings kept apart; the summary counts what the store holds', async () => {
    const formats = join(dir, 'formats');
    await mkdir(formats);
    await writeFile(
      join(formats, 'ar-1.txt'),
      encodeInCodePage('windows-1256', 'قالت شركة تريند مايكرو إن مجموعة APT28 استهدفت حملة ماكرون.'),
    );
    await writeFile(
      join(formats, 'ar-2.txt'),
      encodeInCodePage('windows-1256', 'نفت موسكو أي تورط في الهجوم على حملة ماكرون الانتخابية.'),
    );
    await writeFile(
      join(formats, 'report.pdf'),
      buildPdf({ pages: [[LATE_ARTICLE.trim()]], info: { Title: 'Report' } }),
    );
    await writeFile(
      join(formats, 'note.docx'),
      await buildDocx({
        paragraphs: ['According to ESET, the Sednit group, also known as APT28, targeted embassies in 2016.'],
      }),
    );
    await writeFile(
      join(formats, 'feed.rss'),
      '<rss version="2.0"><channel><title>Veille</title><item><link>https://veille.example.org/1</link>' +
        '<description>&lt;p&gt;Selon Google, le groupe APT28 a enregistré le domaine accounts-google.info.&lt;/p&gt;</description>' +
        '</item></channel></rss>',
    );
    await writeFile(
      join(formats, 'fragment.html'),
      '<p>Kaspersky said the Sofacy group targeted NATO in 2015.</p>',
    );
    await writeFile(
      join(formats, 'damaged.txt'),
      Buffer.from([0x41, 0x50, 0x54, 0xc3, 0xa9, 0x20, 0xff, 0x20, 0xc3, 0xa9]),
    );
    await writeFile(join(formats, 'broken.pdf'), '%PDF-1.7 nothing else');
    const isolated = `kuzu:${join(dir, 'formats-store')}`;

    const run = await evigraph(['ingest', '--store', isolated, formats], dir);
    assert.equal(run.code, 1, 'two files failed');
    assert.match(run.stderr, /damaged\.txt: damaged UTF-8.*\(encoding\)/);
    assert.match(run.stderr, /broken\.pdf: not a readable PDF.*\(malformed\)/);
    assert.match(run.stdout, /ingested 6 documents, 2 failed/, run.stderr);
    const graph = JSON.parse(
      (await evigraph(['export', '--store', isolated, '--format', 'graph-json'], dir)).stdout,
    ) as GraphJson;
    assert.equal(graph.documents.length, 6, 'the two windows-1256 files are two documents');
    const summary = new RegExp(
      `now holds 6 documents, ${graph.nodes.length} entities \\(\\+${graph.nodes.length}\\), ${graph.edges.length} relations \\(\\+${graph.edges.length}\\)`,
    );
    assert.match(run.stdout, summary);

    const table = await evigraph(
      [
        'query',
        '--store',
        isolated,
        '--format',
        'table',
        'MATCH (d:Document) RETURN d.uri AS uri ORDER BY uri',
      ],
      dir,
    );
    assert.equal(table.code, 0, table.stderr);
    assert.match(table.stdout, /^uri\s*\n-+\n/);
    assert.match(table.stdout, /\(6 rows\)\n$/);
    const csv = await evigraph(
      [
        'query',
        '--store',
        isolated,
        '--format',
        'csv',
        'MATCH (d:Document) RETURN d.uri AS uri ORDER BY uri',
      ],
      dir,
    );
    assert.equal(csv.stdout.split('\r\n')[0], 'uri');
    assert.equal(csv.stdout.split('\r\n')[1], join(formats, 'ar-1.txt'));
  });

  test('--version prints the package version', async () => {
    const run = await evigraph(['--version'], dir);
    const { version } = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    assert.equal(run.stdout.trim(), version);
  });

  test('migrate moves a store into an empty one and refuses one that holds documents', async () => {
    const target = `ladybug:${join(dir, 'migrated')}`;
    const run = await evigraph(['migrate', '--from', store, '--to', target], dir);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /migrated \d+ documents .* both export the same graph/);
    const exports = await Promise.all(
      [store, target].map((uri) => evigraph(['export', '--store', uri, '--format', 'graph-json'], dir)),
    );
    assert.equal(exports[1]?.stdout, exports[0]?.stdout);
    assertFailed(
      await evigraph(['migrate', '--from', store, '--to', target], dir),
      /already holds \d+ document/,
    );
  });

  test('a 50 MB file is refused as too large', async () => {
    const big = join(dir, 'big');
    await mkdir(big);
    await writeFile(join(big, 'blob.txt'), Buffer.alloc(50 * 1024 * 1024, 'APT28 '));
    const run = await evigraph(['ingest', '--store', `kuzu:${join(dir, 'big-store')}`, big], dir);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /blob\.txt/);
    assert.match(run.stderr, /too large|too-large|more than/i);
  });

  test('while serve holds the store, ingest, query and export go through the server', async () => {
    const server = spawn(process.execPath, [BIN, 'serve', '--store', store, '--port', '0'], {
      cwd: dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, LOG_LEVEL: 'warn' },
    });
    try {
      const url = await serverUrl(server);
      const lockNote = `${join(dir, 'store')}.server.json`;
      assert.ok(existsSync(lockNote), 'the server leaves a note next to the store');

      const late = join(dir, 'late');
      await mkdir(late);
      await writeFile(join(late, 'late.txt'), LATE_ARTICLE);
      const ingest = await evigraph(['ingest', '--store', store, late], dir);
      assert.equal(ingest.code, 0, ingest.stderr);
      assert.match(ingest.stderr, /held by the evigraph server.*sending the work there/);
      assert.match(ingest.stdout, /ingested 1 document\b/);

      const query = await evigraph(
        ['query', '--store', store, 'MATCH (d:Document) RETURN count(d) AS n'],
        dir,
      );
      assert.equal(query.code, 0, query.stderr);
      assert.deepEqual(JSON.parse(query.stdout), [{ n: 3 }]);

      const exported = await evigraph(['export', '--store', store, '--format', 'graph-json'], dir);
      assert.equal(exported.code, 0, exported.stderr);
      const fromApi = await (await fetch(`${url}/api/export?format=graph-json`)).text();
      assert.equal(exported.stdout, fromApi);

      server.kill('SIGTERM');
      const [code] = (await once(server, 'exit')) as [number | null];
      assert.equal(code, 0);
      assert.ok(!existsSync(lockNote), 'the note is removed on exit');
      const direct = await evigraph(
        ['query', '--store', store, 'MATCH (d:Document) RETURN count(d) AS n'],
        dir,
      );
      assert.deepEqual(JSON.parse(direct.stdout), [{ n: 3 }], 'what the server ingested is in the store');
    } finally {
      if (server.exitCode === null) server.kill('SIGKILL');
    }
  });
});
