/**
 * How a document was read (the encoding its text was decoded from, the author its metadata
 * names) travels from `evigraph ingest` into the store, graph-json and the HTTP API, whether
 * the CLI writes the store itself or sends the files to the server holding it.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphJson, GraphJsonDocument } from '../graph-schema/graph-json.ts';
import { buildDocx, encodeInCodePage } from '../ingest/formats/fixtures.ts';
import { BIN, evigraph, serverUrl } from './cli-harness.ts';

const root = await mkdtemp(join(tmpdir(), 'evigraph-document-metadata-'));
after(() => rm(root, { recursive: true, force: true }));

const byUri = (documents: readonly GraphJsonDocument[], uri: string) =>
  documents.find((document) => document.uri === uri);

test('encoding and author reach graph-json and the API, from the CLI and through a running server', async () => {
  const docs = join(root, 'docs');
  await mkdir(docs);
  const arabic = join(docs, 'arabic.txt');
  const report = join(docs, 'report.docx');
  const plain = join(docs, 'plain.txt');
  await writeFile(
    arabic,
    encodeInCodePage(
      'windows-1256',
      'أعلنت وزارة الدفاع في بيان أن مجموعة APT28 هاجمت شبكة البرلمان في برلين.',
    ),
  );
  await writeFile(
    report,
    await buildDocx({
      paragraphs: [
        'Analysts at Dragos wrote that the Sandworm group attacked a power grid in Ukraine in 2016.',
      ],
      author: 'Nadia Leclerc',
    }),
  );
  await writeFile(plain, 'The Lazarus group stole funds from a bank in Bangladesh, investigators said.\n');
  const store = `kuzu:${join(root, 'store')}`;

  const ingested = await evigraph(['ingest', '--store', store, '--json', arabic, report, plain], root);
  assert.equal(ingested.code, 0, ingested.stderr);
  const outcomes = (JSON.parse(ingested.stdout) as { documents: Array<Record<string, unknown>> }).documents;
  assert.deepEqual(
    outcomes.map((outcome) => [outcome.uri, outcome.encoding, outcome.author]),
    [
      [arabic, 'windows-1256', undefined],
      [report, 'utf-8', 'Nadia Leclerc'],
      [plain, 'utf-8', undefined],
    ],
  );

  const exported = await evigraph(['export', '--store', store, '--format', 'graph-json'], root);
  assert.equal(exported.code, 0, exported.stderr);
  const { documents } = JSON.parse(exported.stdout) as GraphJson;
  assert.equal(byUri(documents, arabic)?.encoding, 'windows-1256');
  assert.ok(byUri(documents, arabic)?.title.includes('APT28'), 'the Arabic text was decoded, not replaced');
  assert.equal(byUri(documents, report)?.author, 'Nadia Leclerc');
  assert.ok(!('author' in (byUri(documents, plain) ?? {})), 'no author where the file names none');

  const server = spawn(process.execPath, [BIN, 'serve', '--store', store, '--port', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LOG_LEVEL: 'warn' },
  });
  try {
    const url = await serverUrl(server);
    const listed = (await (await fetch(`${url}/api/documents`)).json()) as { documents: GraphJsonDocument[] };
    assert.equal(byUri(listed.documents, arabic)?.encoding, 'windows-1256');
    assert.equal(byUri(listed.documents, report)?.author, 'Nadia Leclerc');
    const id = byUri(listed.documents, report)?.id;
    const one = (await (await fetch(`${url}/api/documents/${id}`)).json()) as { document: GraphJsonDocument };
    assert.equal(one.document.author, 'Nadia Leclerc');
    assert.equal(one.document.encoding, 'utf-8');

    // The store is the server's now: the CLI sends the files to it, metadata included.
    const memo = join(docs, 'memo.docx');
    const french = join(docs, 'french.txt');
    await writeFile(
      memo,
      await buildDocx({
        paragraphs: ['Mandiant reported that APT29 targeted a ministry in Norway.'],
        author: 'Omar Haddad',
      }),
    );
    await writeFile(
      french,
      encodeInCodePage(
        'windows-1252',
        "Selon l'agence, le groupe Turla a visé une ambassade à Genève l'été dernier.",
      ),
    );
    const sent = await evigraph(['ingest', '--store', store, memo, french], root);
    assert.equal(sent.code, 0, sent.stderr);
    const after = (await (await fetch(`${url}/api/documents`)).json()) as { documents: GraphJsonDocument[] };
    assert.equal(byUri(after.documents, memo)?.author, 'Omar Haddad');
    assert.equal(byUri(after.documents, french)?.encoding, 'windows-1252');
  } finally {
    server.kill('SIGTERM');
    if (server.exitCode === null) await once(server, 'exit');
  }
});
