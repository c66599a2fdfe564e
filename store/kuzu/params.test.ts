import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lbug from '@ladybugdb/core';
import type { PropertySpec } from '../../graph-schema/schema.ts';
import { ladybugEngine } from './engine.ts';
import { SerialConnection } from './connection.ts';
import { kuzuType, quoteName } from './ddl.ts';
import { encodeRow, setClause } from './params.ts';

const folder = mkdtempSync(join(tmpdir(), 'evigraph-params-test-'));
after(() => rmSync(folder, { recursive: true, force: true }));

const PROPERTIES: PropertySpec[] = [
  { name: 'text', type: 'string' },
  { name: 'count', type: 'int' },
  { name: 'score', type: 'double' },
  { name: 'names', type: 'string[]' },
  { name: 'offsets', type: 'int[]' },
  { name: 'weights', type: 'double[]' },
];

test('values Kùzu would mistype on their own survive a round trip through UNWIND rows', async () => {
  // First row empty lists and a whole-number double, later rows the opposite: each alone would
  // make Kùzu type the column from the first row and misread the rest.
  const records = [
    { id: 'r1', text: 'plain', count: 0, score: 1, names: [], offsets: [], weights: [] },
    {
      id: 'r2',
      text: 'بون ستورم',
      count: 7,
      score: 0.5,
      names: ['', 'x y', 'فانسي بير'],
      offsets: [3, 9],
      weights: [1, 0.25, 0.1 + 0.2],
    },
    { id: 'r3', text: undefined, count: -2, score: 0, names: ['only'], offsets: [0], weights: [0.75] },
  ];
  const database = new lbug.Database(join(folder, 'graph.kuzu'), 64 * 1024 * 1024);
  const connection = await SerialConnection.open(await ladybugEngine(), database);
  try {
    const columns = PROPERTIES.map((spec) => `${quoteName(spec.name)} ${kuzuType(spec.type)}`).join(', ');
    const stored = await connection.exclusive(async (session) => {
      await session.run(`CREATE NODE TABLE Probe (id STRING PRIMARY KEY, ${columns})`);
      await session.run(
        `UNWIND $rows AS r MERGE (p:Probe {id: r.id}) SET ${setClause('p', 'r', PROPERTIES)}`,
        {
          rows: records.map((record) => ({ id: record.id, ...encodeRow(PROPERTIES, record) })),
        },
      );
      return session.run(
        `MATCH (p:Probe) RETURN p.id AS id, ${PROPERTIES.map((spec) => `p.${quoteName(spec.name)} AS ${quoteName(spec.name)}`).join(', ')} ORDER BY id`,
      );
    });
    assert.deepEqual(
      stored,
      records.map((record) => ({ ...record, text: record.text ?? null })),
    );
  } finally {
    await connection.close();
    await database.close();
  }
});

test('encodeRow refuses values of the wrong kind instead of storing garbage', () => {
  assert.throws(() => encodeRow([{ name: 'count', type: 'int' }], { count: 1.5 }), /integer/);
  assert.throws(() => encodeRow([{ name: 'score', type: 'double' }], { score: Number.NaN }), /finite/);
  assert.throws(() => encodeRow([{ name: 'names', type: 'string[]' }], { names: 'a' }), /list/);
});
