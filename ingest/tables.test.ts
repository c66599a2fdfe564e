import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractWithRules } from './rules/index.ts';
import { splitSentences } from './sentences.ts';
import { boldHeaderCells, findPipeTables, tableRowLines } from './tables.ts';

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

test('a table cut across lines: each cell between lone bars, two bars between rows, the prose after it left out', () => {
  const text = [
    'The campaigns we followed:',
    '| **Name** | **Period** | **Goals** |',
    '|',
    'Blue Heron',
    '|',
    '2019',
    '|',
    'Espionage',
    'campaign against two ministries.',
    '|',
    '|',
    'Grey Finch',
    '|',
    '2020 – 2021',
    '|',
    'Theft of research data.',
    '|',
    'Prose again after the table.',
  ].join('\n');
  const [table, ...rest] = findPipeTables(text);
  assert.equal(rest.length, 0);
  assert.deepEqual(
    table?.header?.map((cell) => cell.text),
    ['Name', 'Period', 'Goals'],
  );
  assert.deepEqual(
    table?.rows.map((row) => row.map((cell) => cell.text)),
    [
      ['Blue Heron', '2019', 'Espionage campaign against two ministries.'],
      ['Grey Finch', '2020 – 2021', 'Theft of research data.'],
    ],
  );
  const [cell] = table?.rows[0] ?? [];
  assert.equal(cell && text.slice(cell.start, cell.end), 'Blue Heron');
  assert.equal(table && text.slice(table.end), '\nProse again after the table.');
  assert.deepEqual(
    tableRowLines(text).map((line) => text.slice(line.start, line.end)),
    text.split('\n').slice(1, -1),
  );
});

test('a row opened by a name between bars on one line, its description on the lines under it', () => {
  const text = [
    '| **Northern Council** |',
    'It writes the rules.',
    'It meets twice a year.',
    '|',
    '| **Signals Office** |',
    'It listens.',
    '|',
    '**A heading after the table**',
  ].join('\n');
  const [table] = findPipeTables(text);
  assert.equal(table?.header, undefined);
  assert.deepEqual(
    table?.rows.map((row) => row.map((cell) => cell.text)),
    [
      ['Northern Council', 'It writes the rules. It meets twice a year.'],
      ['Signals Office', 'It listens.'],
    ],
  );
});

test('a blank line ends a table; one row between bars is none', () => {
  assert.equal(findPipeTables('| Home | News |\n\n| About |\nText.').length, 0);
  assert.equal(findPipeTables('|\nA lone cell\n|\nand prose after it.').length, 0);
});

test('a header row set all in bold gives its cells as column labels; one partly in plain text gives none', () => {
  const bold = [
    '| **Tactic** | **Technique** | **Suggested Course of Action** |',
    '| Persistence | Boot scripts | Watch the start-up folders. |',
    '| Discovery | Host scans | Alert on sweeps. |',
  ].join('\n');
  assert.deepEqual(
    boldHeaderCells(bold).map((cell) => bold.slice(cell.start, cell.end)),
    ['**Tactic**', '**Technique**', '**Suggested Course of Action**'],
  );
  assert.deepEqual(boldHeaderCells(TABLE), []);
  // Its capitals name nothing: a head word there ("Course") makes no organisation.
  const entities = extractWithRules({
    text: bold,
    lang: 'en',
    sentences: splitSentences(bold, 'en'),
  }).entities;
  assert.deepEqual(
    entities.map((entity) => entity.name),
    [],
  );
});
