import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPipeTables, tableRowLines } from './tables.ts';

const TABLE = [
  'The domains we saw:',
  '| **Domain** | **IP** | Impersonated entity |',
  '| fake-agency[.]org | 198.51.100[.]23 | Example Agency |',
  '|  other-agency[.]net| 203.0.113[.]7 | Other Agency |',
  'Prose again.',
].join('\n');

test('a pipe table: header cells without emphasis marks, rows of cells at their offsets', () => {
  const [table, ...rest] = findPipeTables(TABLE);
  assert.equal(rest.length, 0);
  assert.deepEqual(
    table?.header?.map((cell) => cell.text),
    ['Domain', 'IP', 'Impersonated entity'],
  );
  assert.deepEqual(
    table?.rows.map((row) => row.map((cell) => TABLE.slice(cell.start, cell.end))),
    [
      ['fake-agency[.]org', '198.51.100[.]23', 'Example Agency'],
      ['other-agency[.]net', '203.0.113[.]7', 'Other Agency'],
    ],
  );
});

test('a first row with a sentence in it is no header; a lone barred line is no table', () => {
  const text =
    '| Home | News |\n\n| Enterprise | T1000 | The group uses web shells. |\n| Enterprise | T1001 | It scans. |';
  const tables = findPipeTables(text);
  assert.equal(tables.length, 1);
  assert.equal(tables[0]?.header, undefined);
  assert.equal(tables[0]?.rows.length, 2);
  assert.deepEqual(
    tableRowLines(text).map((line) => text.slice(line.start, line.end)),
    text.split('\n').slice(2),
  );
});
