import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestDocument } from '../pipeline.ts';
import { readSources } from '../read.ts';
import { IngestError, type RawDocument } from '../types.ts';
import { declaredUnpackedSize } from './docx.ts';
import { buildDocx, buildPdf, encodeInCodePage } from './fixtures.ts';
import { pdfDate } from './pdf.ts';

let root = '';
before(() => {
  root = mkdtempSync(join(tmpdir(), 'evigraph-formats-'));
});
after(() => rmSync(root, { recursive: true, force: true }));

async function read(name: string, content: string | Uint8Array): Promise<Array<RawDocument | IngestError>> {
  const path = join(root, name);
  writeFileSync(path, content);
  const items: Array<RawDocument | IngestError> = [];
  for await (const item of readSources([path])) items.push(item);
  return items;
}

function only(items: Array<RawDocument | IngestError>): RawDocument {
  assert.equal(items.length, 1);
  const [item] = items;
  assert.ok(item && !(item instanceof IngestError), item instanceof IngestError ? item.message : '');
  return item;
}

function errorOf(items: Array<RawDocument | IngestError>): IngestError {
  assert.equal(items.length, 1);
  const [item] = items;
  assert.ok(item instanceof IngestError);
  return item;
}

const LINES = [
  'Le groupe Fancy Bear a visé la campagne en avril, selon le rapport.',
  'Les enquêteurs ont publié leurs conclusions à Paris.',
];

describe('PDF', () => {
  test('the text layer, page by page, with title, author and date from the metadata', async () => {
    const pdf = buildPdf({
      pages: [LINES, ['Seconde page du rapport.']],
      info: { Title: 'Rapport de menace', Author: 'Équipe CERT', CreationDate: "D:20170506101500+02'00'" },
    });
    const document = only(await read('rapport.pdf', pdf));
    assert.equal(new TextDecoder().decode(document.bytes), `${LINES.join('\n')}\n\nSeconde page du rapport.`);
    assert.deepEqual(
      [document.title, document.author, document.publishedAt, document.mediaType],
      ['Rapport de menace', 'Équipe CERT', '2017-05-06', 'text/plain'],
    );
    const { document: record } = ingestDocument(document);
    assert.equal(record.author, 'Équipe CERT');
    assert.equal(record.publishedAt, '2017-05-06');
    assert.equal(record.title, 'Rapport de menace');
  });

  test('no text layer, damaged or not a PDF at all: refused with the reason', async () => {
    assert.match(
      errorOf(await read('scan.pdf', buildPdf({ pages: [[]] }))).message,
      /no text layer in 1 page/,
    );
    const broken = errorOf(await read('broken.pdf', '%PDF-1.4\nnot really'));
    assert.equal(broken.code, 'malformed');
    assert.match(broken.message, /broken\.pdf: not a readable PDF/);
  });

  test('PDF dates', () => {
    assert.equal(pdfDate("D:20170506101500+02'00'"), '2017-05-06');
    assert.equal(pdfDate('D:2017'), '2017-01-01');
    assert.equal(pdfDate('D:20171345'), undefined);
    assert.equal(pdfDate('yesterday'), undefined);
  });
});

describe('DOCX', () => {
  test('paragraphs and core properties', async () => {
    const docx = await buildDocx({
      paragraphs: [...LINES, 'قال الباحثون إن المجموعة استهدفت الحملة.'],
      title: 'Note & analyse',
      author: 'Analyste',
      created: '2017-05-07T08:00:00Z',
    });
    const document = only(await read('note.docx', docx));
    const text = new TextDecoder().decode(document.bytes);
    assert.equal(text.trim(), [...LINES, 'قال الباحثون إن المجموعة استهدفت الحملة.'].join('\n\n'));
    assert.deepEqual(
      [document.title, document.author, document.publishedAt],
      ['Note & analyse', 'Analyste', '2017-05-07'],
    );
  });

  test('a file that is not a Word document is "malformed"', async () => {
    const error = errorOf(await read('fake.docx', 'plain words'));
    assert.equal(error.code, 'malformed');
    assert.match(error.message, /not a readable DOCX file/);
  });
});

describe('JSON', () => {
  test('one record, or an array of records with one error per bad record', async () => {
    const single = only(
      await read('one.json', JSON.stringify({ text: LINES[0], title: 'Un', author: 'A. B.' })),
    );
    assert.deepEqual([single.title, single.author, single.mediaType], ['Un', 'A. B.', 'text/plain']);
    const items = await read(
      'many.json',
      JSON.stringify([{ html: `<p>${LINES[1]}</p>` }, { text: 3 }, 'nope', { text: LINES[0] }]),
    );
    assert.deepEqual(
      items.map(
        (item) => `${item instanceof IngestError ? item.code : item.mediaType} ${item.uri.split('/').pop()}`,
      ),
      ['text/html many.json#1', 'malformed many.json#2', 'malformed many.json#3', 'text/plain many.json#4'],
    );
    assert.match(errorOf(await read('bad.json', '{"text": ')).message, /not valid JSON/);
    assert.match(
      errorOf(await read('latin.json', new Uint8Array([0x7b, 0xe9, 0x7d]))).message,
      /must be UTF-8/,
    );
  });
});

describe('feeds', () => {
  const rss = (encoding: string, body: string) =>
    `<?xml version="1.0" encoding="${encoding}"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>La Veille</title>
<item><title>Premier &amp; dernier</title><link>https://veille.example.org/1</link>
<pubDate>Sat, 06 May 2017 10:00:00 +0200</pubDate><dc:creator>Jeanne</dc:creator>
<description>Résumé court.</description>
<content:encoded><![CDATA[<p>${body}</p>]]></content:encoded></item>
<item><title>Sans lien</title><description>&lt;p&gt;${LINES[1]}&lt;/p&gt;</description></item>
<item><title>Vide</title></item>
</channel></rss>`;

  test('RSS: each item a document, its link as address, the fullest content as HTML', async () => {
    const items = await read('veille.rss', rss('UTF-8', LINES[0] ?? ''));
    assert.deepEqual(
      items.map((item) =>
        item instanceof IngestError ? `${item.code} ${item.uri.split('/').pop()}` : item.uri,
      ),
      ['https://veille.example.org/1', join(root, 'veille.rss#2'), 'empty veille.rss#3'],
    );
    const first = items[0];
    assert.ok(first && !(first instanceof IngestError));
    assert.deepEqual(
      [first.title, first.source, first.author, first.publishedAt, first.mediaType],
      ['Premier & dernier', 'La Veille', 'Jeanne', '2017-05-06', 'text/html'],
    );
    const { document } = ingestDocument(first);
    assert.equal(document.text, LINES[0]);
    assert.equal(document.encoding, 'utf-8');
  });

  test('a feed in a legacy encoding records it on each item', async () => {
    const head = new TextEncoder().encode(rss('windows-1252', 'ZZZ').split('ZZZ')[0]);
    const tail = new TextEncoder().encode(rss('windows-1252', 'ZZZ').split('ZZZ')[1]);
    const body = Uint8Array.from(LINES[0] ?? '', (char) => char.charCodeAt(0));
    const [first] = await read('legacy.xml', new Uint8Array([...head, ...body, ...tail]));
    assert.ok(first && !(first instanceof IngestError));
    const { document } = ingestDocument(first);
    assert.equal(document.text, LINES[0]);
    assert.equal(document.encoding, 'windows-1252');
  });

  test('Atom entries', async () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Flux</title>
<entry><title>Entrée</title><link rel="self" href="https://x.example/self"/><link href="https://x.example/e1"/>
<id>tag:x.example,2017:1</id><author><name>Ann</name></author><published>2017-05-08T09:00:00Z</published>
<summary>Court.</summary><content type="html">&lt;p&gt;${LINES[1]}&lt;/p&gt;</content></entry></feed>`;
    const entry = only(await read('flux.atom', atom));
    assert.deepEqual(
      [entry.uri, entry.title, entry.source, entry.author, entry.publishedAt],
      ['https://x.example/e1', 'Entrée', 'Flux', 'Ann', '2017-05-08'],
    );
    assert.equal(ingestDocument(entry).document.text, LINES[1]);
  });

  test('an .xml file that is not a feed is unsupported', async () => {
    const error = errorOf(await read('data.xml', '<?xml version="1.0"?><catalog><book/></catalog>'));
    assert.equal(error.code, 'unsupported');
    assert.match(error.message, /not an RSS or Atom feed/);
  });
});

describe('text files in legacy encodings', () => {
  test('two different windows-1256 Arabic files stay two documents, with their encoding recorded', async () => {
    const first = only(
      await read(
        'a1.txt',
        encodeInCodePage(
          'windows-1256',
          'قال مسؤولون في الحملة الانتخابية إن مجموعة القرصنة استهدفت البريد.',
        ),
      ),
    );
    const second = only(
      await read(
        'a2.txt',
        encodeInCodePage('windows-1256', 'نفت الوزارة أي تورط في الهجوم على الحملة الانتخابية في العاصمة.'),
      ),
    );
    const one = ingestDocument(first).document;
    const two = ingestDocument(second).document;
    assert.notEqual(one.id, two.id);
    assert.ok(!one.text.includes('\ufffd') && !two.text.includes('\ufffd'));
    assert.deepEqual([one.encoding, two.encoding, one.lang], ['windows-1256', 'windows-1256', 'ar']);
  });

  test('--encoding names the encoding of text files the detector cannot decide', async () => {
    const path = join(root, 'court.txt');
    const guessed = only(await read('court.txt', encodeInCodePage('windows-1253', 'Καλημέρα κόσμε')));
    assert.throws(() => ingestDocument(guessed), /cannot be told with confidence/);
    const items: Array<RawDocument | IngestError> = [];
    for await (const item of readSources([path], { encoding: 'windows-1253' })) items.push(item);
    assert.equal(ingestDocument(only(items)).document.text, 'Καλημέρα κόσμε');
  });
});

describe('DOCX archives', () => {
  test('the declared unpacked size is read from the central directory; a bomb is refused before inflating', async () => {
    const docx = await buildDocx({ paragraphs: ['Un paragraphe.'] });
    const size = declaredUnpackedSize(docx);
    assert.ok(size !== undefined && size > 500 && size < 5000, String(size));
    assert.equal(declaredUnpackedSize(new TextEncoder().encode('not a zip')), undefined);
    // A bomb declares a huge unpacked size for a small archive; patch one entry's declared size.
    const bomb = docx.slice();
    const view = new DataView(bomb.buffer);
    const entry = bomb.findIndex((_, at) => at + 4 <= bomb.length && view.getUint32(at, true) === 0x02014b50);
    const original = view.getUint32(entry + 24, true);
    view.setUint32(entry + 24, 300 * 1024 * 1024, true);
    const error = errorOf(await read('bomb.docx', bomb));
    assert.equal(error.code, 'too-large');
    assert.match(error.message, new RegExp(`unpacks to ${size - original + 300 * 1024 * 1024} bytes`));
  });
});
