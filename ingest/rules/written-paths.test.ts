import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { findWrittenPaths, insideWrittenPath } from './written-paths.ts';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

const written = (text: string) => findWrittenPaths(text).map((span) => text.slice(span.start, span.end));

describe('file paths and file names', () => {
  test('a path runs from its variable or drive through folders with spaces to its last part', () => {
    assert.deepEqual(written('It writes %appdata%\\Quillon\\User Data\\Main.dotm at start.'), [
      '%appdata%\\Quillon\\User Data\\Main.dotm',
    ]);
    assert.deepEqual(written('It reads "C:\\Program Files\\Quillon\\app.ini" first.'), [
      'C:\\Program Files\\Quillon\\app.ini',
      'app.ini',
    ]);
  });

  test('a file name stands on its own; a Markdown escape or the page of a web address is none', () => {
    assert.deepEqual(written('It drops Quillon.Photos.exe and setup.exe.'), [
      'Quillon.Photos.exe',
      'setup.exe',
    ]);
    assert.deepEqual(
      written('See the report by Quillon Labs, twitter.com/some\\_user and example.com/Quillon_Report.pdf.'),
      [],
    );
  });

  test('a web address runs to a space or the bracket that closes a Markdown link', () => {
    assert.deepEqual(written('See [the report](https://example.com/Quillon_Winnti.pdf) by Quillon.'), [
      'https://example.com/Quillon_Winnti.pdf',
    ]);
  });

  test('a name inside a path is inside it; the whole file name is not', () => {
    const paths = [{ start: 10, end: 30 }];
    assert.equal(insideWrittenPath(paths, { start: 12, end: 18 }), true);
    assert.equal(insideWrittenPath(paths, { start: 10, end: 30 }), false);
    assert.equal(insideWrittenPath(paths, { start: 31, end: 40 }), false);
  });

  test('a company named in a path or a file name is no mention of it; named in prose it is', () => {
    const text =
      'Brightwave Labs found that APT28 used Zebrocy. It copies itself to %appdata%\\Microsoft\\Word\\Main.dotm and to Google.Update.exe, then runs.';
    const surfaces = extractWithRules({
      text,
      lang: 'en',
      sentences: splitSentences(text, 'en'),
    }).entities.flatMap((entity) => entity.mentions.map((mention) => mention.surface));
    assert.ok(surfaces.includes('Brightwave Labs'), surfaces.join(', '));
    assert.ok(!surfaces.includes('Microsoft') && !surfaces.includes('Google'), surfaces.join(', '));
  });
});
