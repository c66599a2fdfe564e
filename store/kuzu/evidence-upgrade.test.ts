import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLAIM_LABEL, RELATION_TYPES } from '../../graph-schema/schema.ts';
import { allBatches } from '../fixtures.ts';
import { openStore } from '../open.ts';
import { SerialConnection } from './connection.ts';
import { ladybugEngine } from './engine.ts';
import { quoteName } from './ddl.ts';
import { label } from './labels.ts';
import { encodeValue, decodeExpression } from './params.ts';
import { KuzuReader } from './read.ts';

const root = mkdtempSync(join(tmpdir(), 'evigraph-upgrade-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** The list columns evidence lived in before it became records, with their types. */
const LISTS = [
  ['evidenceDocumentIds', 'string[]', 'STRING[]'],
  ['evidenceTexts', 'string[]', 'STRING[]'],
  ['evidenceStarts', 'int[]', 'INT64[]'],
  ['evidenceEnds', 'int[]', 'INT64[]'],
  ['evidenceLangs', 'string[]', 'STRING[]'],
  ['evidenceConfidences', 'double[]', 'DOUBLE[]'],
  ['evidenceAssertedBy', 'string[]', 'STRING[]'],
] as const;

/**
 * Turns a store back into the earlier layout: evidence as parallel lists on each edge, no claims.
 * The summary columns and the empty Claim and EVIDENCE tables stay: Ladybug 0.19 crashes on
 * closing a database whose tables were dropped or whose new columns were dropped again, and the
 * upgrade leaves existing summary columns and tables as they are anyway.
 */
async function downgrade(path: string): Promise<void> {
  const engine = await ladybugEngine();
  const database = new engine.Database(path, 256 * 1024 * 1024, true, false, 0, true, 16 * 1024 * 1024);
  const connection = await SerialConnection.open(engine, database);
  try {
    await connection.exclusive(async (session) => {
      const reader = new KuzuReader(session);
      const relations = await reader.relationsByIds(await reader.relationIds());
      for (const spec of RELATION_TYPES) {
        const table = quoteName(spec.name);
        for (const [name, , type] of LISTS)
          await session.run(`ALTER TABLE ${table} ADD ${quoteName(name)} ${type}`);
        for (const relation of relations.filter((candidate) => candidate.type === spec.name)) {
          const { evidence } = relation;
          const values = {
            evidenceDocumentIds: evidence.map((piece) => piece.documentId),
            evidenceTexts: evidence.map((piece) => piece.text),
            evidenceStarts: evidence.map((piece) => piece.start),
            evidenceEnds: evidence.map((piece) => piece.end),
            evidenceLangs: evidence.map((piece) => piece.lang),
            evidenceConfidences: evidence.map((piece) => piece.confidence),
            evidenceAssertedBy: evidence.map((piece) => piece.assertedBy.join(' ')),
          };
          const params = Object.fromEntries(
            LISTS.map(([name, type]) => [name, encodeValue(type, values[name], name)]),
          );
          await session.run(
            `MATCH ()-[e${label(spec.name)}]->() WHERE e.id = $id
             SET ${LISTS.map(([name, type]) => `e.${quoteName(name)} = ${decodeExpression(type, `$${name}`)}`).join(', ')}`,
            { id: relation.id, ...params },
          );
        }
      }
      await session.run(`MATCH (c${label(CLAIM_LABEL)}) DETACH DELETE c`);
    });
  } finally {
    await connection.close();
    await database.close();
  }
}

test('a store keeping evidence as lists on its edges is upgraded on opening, exactly', async () => {
  const path = join(root, 'store');
  const original = await openStore(`ladybug:${path}`);
  await original.writeBatches(allBatches);
  // Stores of that layout did not record which extractor found a piece of evidence.
  const written = await original.exportGraph();
  const before = JSON.stringify({
    ...written,
    edges: written.edges.map((edge) => ({
      ...edge,
      evidence: edge.evidence.map(({ extractor: _unrecorded, ...piece }) => piece),
    })),
  });
  await original.close();
  await downgrade(path);

  await assert.rejects(openStore(`ladybug:${path}`, { readOnly: true }), /open it once read-write/);
  const upgraded = await openStore(`ladybug:${path}`);
  try {
    assert.equal(JSON.stringify(await upgraded.exportGraph()), before);
    const [edge] = (await upgraded.exportGraph()).edges;
    assert.ok(edge);
    const details = await upgraded.edgeDetails(edge.id);
    assert.equal(details?.evidence.length, edge.evidence.length);
  } finally {
    await upgraded.close();
  }
  const reopened = await openStore(`ladybug:${path}`, { readOnly: true });
  try {
    assert.equal(JSON.stringify(await reopened.exportGraph()), before);
  } finally {
    await reopened.close();
  }
});
