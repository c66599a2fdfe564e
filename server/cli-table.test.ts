import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatRows } from './cli-table.ts';

const columns = ['name', 'aliases', 'count'];
const rows = [
  ['APT28', ['Fancy Bear', 'فانسي بير'], 12n],
  ['Ligne, "citée"\net coupée', null, 3],
];

test('json: an array of objects, 64-bit integers as numbers', () => {
  assert.deepEqual(JSON.parse(formatRows('json', columns, rows)), [
    { name: 'APT28', aliases: ['Fancy Bear', 'فانسي بير'], count: 12 },
    { name: 'Ligne, "citée"\net coupée', aliases: null, count: 3 },
  ]);
});

test('csv: a header, quoted fields, lists as JSON', () => {
  assert.equal(
    formatRows('csv', columns, rows),
    'name,aliases,count\r\nAPT28,"[""Fancy Bear"",""فانسي بير""]",12\r\n"Ligne, ""citée""\net coupée",,3\r\n',
  );
});

test('table: aligned columns, line breaks flattened, long cells cut, a row count', () => {
  const long = 'x'.repeat(80);
  assert.equal(
    formatRows('table', columns, [...rows, [long, [], 0]]),
    [
      'name                                                          aliases                     count',
      '------------------------------------------------------------  --------------------------  -----',
      'APT28                                                         ["Fancy Bear","فانسي بير"]  12',
      'Ligne, "citée" et coupée                                                                  3',
      `${'x'.repeat(59)}…  []                          0`,
      '(3 rows)',
      '',
    ].join('\n'),
  );
  assert.equal(formatRows('table', ['a'], []), 'a\n-\n(0 rows)\n');
});
