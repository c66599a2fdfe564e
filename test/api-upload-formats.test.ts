/**
 * `POST /api/documents` with files as the explorer's upload panel sends them (bytes in base64,
 * no media type): PDF and DOCX are read for their text and metadata, JSON Lines give one
 * document per line, and a file no reader can open fails alone while the rest of the upload
 * lands. The files are built in memory from our own sentences.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocx, buildPdf } from '../ingest/formats/fixtures.ts';
import type { DocumentOutcome, IngestSummary } from '../server/ingest-service.ts';
import { startApi, type RunningApi } from './api-harness.ts';

let api: RunningApi;

before(async () => {
  api = await startApi('api-upload-formats');
});

after(async () => {
  await api.stop();
});

function asUpload(uri: string, bytes: Uint8Array) {
  return { uri, content: Buffer.from(bytes).toString('base64'), encoding: 'base64' };
}

async function upload(documents: unknown[]): Promise<IngestSummary & { documents: DocumentOutcome[] }> {
  const response = await fetch(`${api.base}/api/documents`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ documents }),
  });
  const body = (await response.json()) as IngestSummary & { documents: DocumentOutcome[] };
  assert.equal(response.status, 200, JSON.stringify(body));
  return body;
}

describe('uploads of files that need a reader', () => {
  test('a PDF and a Word document land with their text and metadata; JSON Lines give one document per line', async () => {
    const pdf = buildPdf({
      pages: [['Le groupe Brume Grise a enregistre le domaine brume-exemple.fr.']],
      info: { Title: 'Note sur Brume Grise', Author: 'Cellule de veille' },
    });
    const docx = await buildDocx({
      paragraphs: ['The group Grey Haze registered the domain grey-haze-example.com in March.'],
      title: 'Grey Haze note',
    });
    const lines = [
      JSON.stringify({ title: 'First line', text: 'Salt Marsh targeted the port of Example Bay.' }),
      JSON.stringify({ title: 'Second line', text: 'Tidewire was used against two shipping firms.' }),
    ].join('\n');
    const summary = await upload([
      asUpload('reports/brume.pdf', pdf),
      asUpload('reports/haze.docx', docx),
      asUpload('feeds/notes.jsonl', new TextEncoder().encode(lines)),
    ]);
    const { documents } = (await (await fetch(`${api.base}/api/documents`)).json()) as {
      documents: Array<{ uri: string; title?: string }>;
    };
    const titles = new Map(documents.map((document) => [document.uri, document.title]));
    assert.equal(titles.get('reports/brume.pdf'), 'Note sur Brume Grise');
    assert.equal(titles.get('reports/haze.docx'), 'Grey Haze note');
    assert.equal(titles.get('feeds/notes.jsonl#L1'), 'First line');
    assert.equal(titles.get('feeds/notes.jsonl#L2'), 'Second line');
    assert.equal(summary.documents.filter((outcome) => outcome.status === 'ingested').length, 4);
  });

  test('a JSON Lines file uploaded again with fewer lines, then emptied, retracts the lines gone', async () => {
    const line = (text: string) => JSON.stringify({ text });
    const uris = async () =>
      (
        (await (await fetch(`${api.base}/api/documents`)).json()) as { documents: Array<{ uri: string }> }
      ).documents
        .map((document) => document.uri)
        .filter((uri) => uri.startsWith('feeds/tide.jsonl'))
        .sort();
    const asLines = (texts: string[]) =>
      asUpload('feeds/tide.jsonl', new TextEncoder().encode(texts.join('\n')));
    await upload([
      asLines([
        line('Salt Marsh hit Example Bay.'),
        line('Tidewire reached two firms.'),
        line('Grey Haze left.'),
      ]),
    ]);
    assert.deepEqual(await uris(), ['feeds/tide.jsonl#L1', 'feeds/tide.jsonl#L2', 'feeds/tide.jsonl#L3']);
    const shorter = await upload([asLines([line('Salt Marsh hit Example Bay.')])]);
    assert.deepEqual(
      shorter.documents.filter((outcome) => outcome.status === 'removed').map((outcome) => outcome.uri),
      ['feeds/tide.jsonl#L2', 'feeds/tide.jsonl#L3'],
    );
    assert.deepEqual(await uris(), ['feeds/tide.jsonl#L1']);
    const emptied = await upload([asLines([])]);
    assert.equal(emptied.removed, 1);
    assert.deepEqual(await uris(), []);
  });

  test('a file its reader refuses fails alone, named, and the rest of the upload lands', async () => {
    const summary = await upload([
      asUpload('reports/broken.pdf', new TextEncoder().encode('%PDF-1.4 this is no PDF at all')),
      asUpload('reports/fine.txt', new TextEncoder().encode('Salt Marsh used Tidewire in May.')),
    ]);
    const failed = summary.documents.find((outcome) => outcome.status === 'failed');
    assert.equal(failed?.uri, 'reports/broken.pdf');
    assert.ok(
      summary.documents.some(
        (outcome) => outcome.uri === 'reports/fine.txt' && outcome.status === 'ingested',
      ),
    );
  });
});
