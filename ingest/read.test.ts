import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ContainerListing, IngestError, type RawDocument } from './types.ts';
import { globRegExp, listSourceFiles, readSources } from './read.ts';

let root = '';

before(() => {
  root = mkdtempSync(join(tmpdir(), 'evigraph-read-'));
  const files: Record<string, string> = {
    'b.txt': 'Texte B',
    'a.html': '<p>Page A</p>',
    'notes.md': '# Notes',
    'sub/c.txt': 'Texte C',
    'sub/deeper/d.htm': '<p>D</p>',
    'sub/deeper/e.markdown': 'E',
    '.hidden.txt': 'caché',
    '.git/config.txt': 'caché',
    'b.gold.json': '{}',
    'slides.pptx': 'PK',
    README: 'no extension',
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
});

after(() => rmSync(root, { recursive: true, force: true }));

async function collect(inputs: string[], maxBytes?: number): Promise<Array<RawDocument | IngestError>> {
  const items: Array<RawDocument | IngestError> = [];
  for await (const item of readSources(inputs, maxBytes === undefined ? {} : { maxBytes })) items.push(item);
  return items;
}

function describeItems(items: Array<RawDocument | IngestError>): string[] {
  return items.map((item) =>
    item instanceof IngestError
      ? `${item.code} ${item.uri.slice(root.length + 1)}`
      : `${item.mediaType} ${item.uri.slice(root.length + 1)}`,
  );
}

describe('readSources', () => {
  test('a folder is walked recursively in sorted order; hidden and gold files are skipped', async () => {
    assert.deepEqual(describeItems(await collect([root])), [
      'unsupported README',
      'text/html a.html',
      'text/plain b.txt',
      'text/markdown notes.md',
      'unsupported slides.pptx',
      'text/plain sub/c.txt',
      'text/html sub/deeper/d.htm',
      'text/markdown sub/deeper/e.markdown',
    ]);
  });

  test('the bytes are the file, and unsupported files say which types are', async () => {
    const [document] = await collect([join(root, 'b.txt')]);
    assert.ok(document && !(document instanceof IngestError));
    assert.equal(new TextDecoder().decode(document.bytes), 'Texte B');
    const [error] = await collect([join(root, 'slides.pptx')]);
    assert.ok(error instanceof IngestError);
    assert.match(
      error.message,
      /'\.pptx' files are not supported \(supported: \.txt.*\.jsonl.*\.pdf, \.docx/,
    );
  });

  test('glob patterns: *, ** and ?, with nothing matched reported', async () => {
    assert.deepEqual(describeItems(await collect([join(root, '*.txt')])), ['text/plain b.txt']);
    assert.deepEqual(describeItems(await collect([join(root, '**/*.txt')])), [
      'text/plain b.txt',
      'text/plain sub/c.txt',
    ]);
    assert.deepEqual(describeItems(await collect([join(root, 'sub/*/?.htm')])), [
      'text/html sub/deeper/d.htm',
    ]);
    assert.deepEqual(describeItems(await collect([join(root, '*.docx')])), ['unreadable *.docx']);
  });

  test('the same file named twice is read once', async () => {
    assert.deepEqual(describeItems(await collect([join(root, 'b.txt'), root, join(root, '*.txt')])), [
      'text/plain b.txt',
      'unsupported README',
      'text/html a.html',
      'text/markdown notes.md',
      'unsupported slides.pptx',
      'text/plain sub/c.txt',
      'text/html sub/deeper/d.htm',
      'text/markdown sub/deeper/e.markdown',
    ]);
  });

  test('missing paths and dangling links are "unreadable"', async () => {
    const folder = mkdtempSync(join(root, 'links-'));
    symlinkSync(join(folder, 'gone.txt'), join(folder, 'link.txt'));
    const items = await collect([join(root, 'absent.txt'), folder]);
    assert.deepEqual(
      items.map((item) => (item instanceof IngestError ? [item.code, item.message.split(': ').pop()] : item)),
      [
        ['unreadable', 'no such file or folder'],
        ['unreadable', 'no such file or folder'],
      ],
    );
    rmSync(folder, { recursive: true });
  });

  test('a file without read permission is "unreadable"', async (context) => {
    if (process.getuid?.() === 0) {
      context.skip('running as root: permissions do not stop reads');
      return;
    }
    const path = join(root, 'locked.txt');
    writeFileSync(path, 'secret');
    chmodSync(path, 0o000);
    const [error] = await collect([path]);
    assert.ok(error instanceof IngestError && error.code === 'unreadable');
    rmSync(path);
  });

  test('a file over the limit is "too-large", naming size and limit', async () => {
    const [error] = await collect([join(root, 'b.txt')], 4);
    assert.ok(error instanceof IngestError);
    assert.equal(error.code, 'too-large');
    assert.match(error.message, /7 bytes is over the limit of 4 bytes/);
  });

  test('the default limit is 20 MB, judged from the size alone', async () => {
    const path = join(root, 'huge.txt');
    writeFileSync(path, '');
    truncateSync(path, 21 * 1024 * 1024);
    const [error] = await collect([path]);
    assert.ok(error instanceof IngestError && error.code === 'too-large');
    assert.match(error.message, /22020096 bytes is over the limit of 20971520 bytes/);
    rmSync(path);
  });

  test('JSON Lines: one document per line; a bad line is reported while the others come through', async () => {
    const path = join(root, 'corpus.jsonl');
    writeFileSync(
      path,
      [
        JSON.stringify({
          text: 'Premier document',
          title: 'Un',
          publishedAt: '2017-05-06',
          source: 'Agence',
        }),
        '',
        '{"text": "cassé"',
        JSON.stringify({ html: '<p>Deux</p>', url: 'https://news.example.org/a' }),
        JSON.stringify({ title: 'sans texte' }),
        JSON.stringify({ text: 'x'.repeat(200) }),
        JSON.stringify({ text: 'Dernier' }),
      ].join('\n'),
    );
    const items = await collect([path], 120);
    assert.deepEqual(
      items.map((item) =>
        item instanceof IngestError
          ? `${item.code} ${item.uri.slice(root.length + 1)}`
          : `${item.mediaType} ${item.uri.slice(root.length + 1)} ${item.title ?? '-'} ${item.source ?? '-'}`,
      ),
      [
        'text/plain corpus.jsonl#L1 Un Agence',
        'malformed corpus.jsonl#L3',
        'text/html corpus.jsonl#L4 - news.example.org',
        'malformed corpus.jsonl#L5',
        'too-large corpus.jsonl#L6',
        'text/plain corpus.jsonl#L7 - -',
      ],
    );
    const malformed = items[1];
    assert.ok(malformed instanceof IngestError);
    assert.match(malformed.message, /line 3 of .*corpus\.jsonl/);
    rmSync(path);
  });

  test('listSourceFiles plans the files readSources opens, in order; onBytes accounts for what is read', async () => {
    const plan = await listSourceFiles([join(root, 'b.txt'), root]);
    const opened: string[] = [];
    let bytes = 0;
    for await (const item of readSources([join(root, 'b.txt'), root], {
      onFile: (path) => opened.push(path),
      onBytes: (count) => (bytes += count),
    })) {
      assert.ok(item);
    }
    assert.deepEqual(
      plan.map((file) => file.path),
      opened,
    );
    // Unsupported files are listed but not read.
    const readable = plan.filter((file) => /\.(txt|html|htm|md|markdown)$/.test(file.path));
    assert.equal(
      bytes,
      readable.reduce((sum, file) => sum + file.bytes, 0),
    );
  });

  test('glob translation', () => {
    assert.ok(globRegExp('**/*.txt').test('a/b/c.txt'));
    assert.ok(globRegExp('**/*.txt').test('c.txt'));
    assert.ok(!globRegExp('*.txt').test('a/c.txt'));
    assert.ok(globRegExp('file?.md').test('file1.md'));
    assert.ok(!globRegExp('file?.md').test('file10.md'));
    assert.ok(!globRegExp('a.txt').test('abtxt'));
  });
});

describe('container listings', () => {
  async function listed(name: string, content: string): Promise<string[]> {
    const path = join(root, 'containers', name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, content);
    const items: string[] = [];
    for await (const item of readSources([path], { listings: true })) {
      const uri = (value: string) => value.slice(path.length) || '(file)';
      if (item instanceof ContainerListing) {
        items.push(
          `listing ${[...item.uris].map(uri).join(' ')}${item.empty ? ` empty: ${item.empty.code}` : ''}`,
        );
      } else items.push(`${item instanceof IngestError ? item.code : 'document'} ${uri(item.uri)}`);
    }
    return items;
  }

  test('a container names every entry, read or failed, before its entries', async () => {
    assert.deepEqual(await listed('wire.jsonl', '{"text": "Un."}\n\n{"txt": 1}\n{"text": "Trois."}\n'), [
      'listing #L1 #L3 #L4',
      'document #L1',
      'malformed #L3',
      'document #L4',
    ]);
    assert.deepEqual(await listed('records.json', '[{"text": "Un."}, {"text": "Deux."}]'), [
      'listing #1 #2',
      'document #1',
      'document #2',
    ]);
    assert.deepEqual(await listed('one.json', '{"text": "Un."}'), ['listing (file)', 'document (file)']);
  });

  test('an empty container lists no entry and says so; one that cannot be read lists nothing', async () => {
    assert.deepEqual(await listed('empty.jsonl', '\n \n'), ['listing  empty: empty']);
    assert.deepEqual(await listed('empty.json', ''), ['listing  empty: empty']);
    assert.deepEqual(await listed('empty.rss', ' '), ['listing  empty: empty']);
    assert.deepEqual(await listed('broken.json', '[{"text": '), ['malformed (file)']);
    assert.deepEqual(await listed('page.xml', '<html></html>'), ['unsupported (file)']);
    // Without listings, an empty container is the empty file it is.
    const path = join(root, 'containers', 'empty.jsonl');
    assert.deepEqual(describeItems(await collect([path])), ['empty containers/empty.jsonl']);
  });
});
