import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOCUMENT_LABEL, DOCUMENT_PROPERTIES } from '../../graph-schema/schema.ts';
import { allBatches, frenchBatch } from '../fixtures.ts';
import { openStore } from '../open.ts';
import { SerialConnection } from './connection.ts';
import { kuzuSchemaStatements, kuzuType, quoteName } from './ddl.ts';
import { ladybugEngine } from './engine.ts';

const root = mkdtempSync(join(tmpdir(), 'evigraph-document-columns-'));
after(() => rmSync(root, { recursive: true, force: true }));

const LATER = new Set(['author', 'encoding']);

/** A store as an earlier version created it: its Document table without the later columns, one document in it. */
async function createEarlierStore(path: string): Promise<void> {
  const engine = await ladybugEngine();
  const database = new engine.Database(path, 256 * 1024 * 1024, true, false, 0, true, 16 * 1024 * 1024);
  const connection = await SerialConnection.open(engine, database);
  const earlierColumns = DOCUMENT_PROPERTIES.filter((spec) => !LATER.has(spec.name)).map(
    (spec) => `${quoteName(spec.name)} ${kuzuType(spec.type)}${spec.name === 'id' ? ' PRIMARY KEY' : ''}`,
  );
  const documentTable = `CREATE NODE TABLE IF NOT EXISTS ${quoteName(DOCUMENT_LABEL)} (${earlierColumns.join(', ')})`;
  try {
    await connection.exclusive(async (session) => {
      await session.run(documentTable);
      for (const statement of kuzuSchemaStatements()) await session.run(statement);
      await session.run(
        `CREATE (d:${quoteName(DOCUMENT_LABEL)} {id: 'doc_earlier', uri: 'notes/earlier.txt', title: 'Earlier', lang: 'en', text: 'Written before.'})`,
      );
    });
  } finally {
    await connection.close();
    await database.close();
  }
}

test('a store from before documents recorded author and encoding gains the columns on a read-write open', async () => {
  const path = join(root, 'store');
  await createEarlierStore(path);

  await assert.rejects(
    openStore(`ladybug:${path}`, { readOnly: true }),
    /no document column author, encoding/,
  );
  const upgraded = await openStore(`ladybug:${path}`);
  try {
    assert.deepEqual(await upgraded.listDocuments(), [
      { id: 'doc_earlier', uri: 'notes/earlier.txt', title: 'Earlier', lang: 'en' },
    ]);
    const french = frenchBatch.documents[0];
    assert.ok(french);
    await upgraded.writeBatches(
      allBatches.map((batch) =>
        batch === frenchBatch
          ? { ...batch, documents: [{ ...french, author: 'Claire Vidal', encoding: 'windows-1252' }] }
          : batch,
      ),
    );
    const stored = await upgraded.getDocument(french.id);
    assert.equal(stored?.author, 'Claire Vidal');
    assert.equal(stored?.encoding, 'windows-1252');
  } finally {
    await upgraded.close();
  }
  const reopened = await openStore(`ladybug:${path}`, { readOnly: true });
  try {
    const documents = (await reopened.exportGraph()).documents;
    assert.equal(documents.length, allBatches.length + 1);
    assert.deepEqual(
      documents.filter((document) => 'author' in document).map((document) => document.encoding),
      ['windows-1252'],
    );
  } finally {
    await reopened.close();
  }
});
