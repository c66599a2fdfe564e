// The bulk loader against the grouped writes it stands in for: the same batches, loaded either
// way into an empty store, must leave the same store (graph-json byte for byte, and every
// batch the store can give back: texts, mentions, descriptions, evidence).
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { GraphBatch } from '../../graph-schema/model.ts';
import {
  CLAIM_LABEL,
  CLAIMANT_LABEL,
  ENTITY_SUMMARY_PROPERTIES,
  FIRST_PIECE_PROPERTIES,
} from '../../graph-schema/schema.ts';
import { ingestDocument } from '../../ingest/pipeline.ts';
import { readSources } from '../../ingest/read.ts';
import { IngestError } from '../../ingest/types.ts';
import { generateDocuments } from '../../bench/corpus.ts';
import { allBatches, englishBatch } from '../fixtures.ts';
import { loadInBulk, StoreNotEmptyError, WRITE_GROUP_SIZE, type GraphStore } from '../graph-store.ts';
import { openStore } from '../open.ts';
import { copyStatement, csvCell } from './bulk-load.ts';
import { BulkRevisitError } from '../bulk-plan.ts';

const root = mkdtempSync(join(tmpdir(), 'evigraph-bulk-test-'));
after(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;
async function freshStore(): Promise<GraphStore> {
  const folder = join(root, `store-${++counter}`);
  mkdirSync(folder);
  return openStore(`ladybug:${join(folder, 'graph.lbug')}`);
}

async function bulkLoad(store: GraphStore, batches: readonly GraphBatch[]) {
  assert.ok(store.startBulkLoad, 'the embedded store has a bulk loader');
  return loadInBulk(await store.startBulkLoad(), batches);
}

async function everything(store: GraphStore) {
  const batches: GraphBatch[] = [];
  for await (const batch of store.exportBatches()) batches.push(batch);
  const { documents, entities, relations, mentions, evidence, entitiesByType, relationsByType } =
    await store.stats();
  const claimants = await store.cypher(
    `MATCH (n)-[:${CLAIMANT_LABEL}]->(c:${CLAIM_LABEL}) RETURN n.id AS claimant, c.id AS claim ORDER BY claimant, claim`,
  );
  // Not in graph-json: each relation's first sentences, as its claim keeps them.
  const firstPieces = await store.cypher(
    `MATCH (c:${CLAIM_LABEL}) RETURN c.id AS id, ${FIRST_PIECE_PROPERTIES.map((spec) => `c.${spec.name}`).join(', ')} ORDER BY id`,
  );
  // Not in graph-json either: the counts each entity keeps (store/entity-summary.ts).
  const entityCounts = await store.cypher(
    `MATCH (n) WHERE n.mentionCount IS NOT NULL RETURN n.id AS id, ${ENTITY_SUMMARY_PROPERTIES.map((spec) => `n.${spec.name}`).join(', ')} ORDER BY id`,
  );
  return {
    graph: JSON.stringify(await store.exportGraph()),
    firstPieces: JSON.stringify(firstPieces.rows),
    entityCounts: JSON.stringify(entityCounts.rows),
    batches: JSON.stringify(batches),
    claimants: JSON.stringify(claimants.rows),
    stats: { documents, entities, relations, mentions, evidence, entitiesByType, relationsByType },
  };
}

/** Loads the batches both ways and compares the stores; returns the bulk-loaded one. */
async function assertSameAsGroupedWrites(batches: readonly GraphBatch[]): Promise<GraphStore> {
  const grouped = await freshStore();
  const bulk = await freshStore();
  try {
    const written = [];
    for (let start = 0; start < batches.length; start += WRITE_GROUP_SIZE)
      written.push(...(await grouped.writeBatches(batches.slice(start, start + WRITE_GROUP_SIZE))));
    assert.deepEqual(await bulkLoad(bulk, batches), written);
    const expected = await everything(grouped);
    const actual = await everything(bulk);
    assert.deepEqual(actual.stats, expected.stats);
    assert.equal(actual.graph, expected.graph);
    assert.equal(actual.batches, expected.batches);
    assert.equal(actual.claimants, expected.claimants, 'claimants are linked to the same claims');
    assert.equal(actual.firstPieces, expected.firstPieces, 'edges keep the same first pieces');
    assert.equal(actual.entityCounts, expected.entityCounts, 'entities keep the same counts');
  } finally {
    await grouped.close();
  }
  return bulk;
}

let samples: Promise<GraphBatch[]> | undefined;
/** data/samples through the pipeline, once for the whole file. */
function sampleBatches(): Promise<GraphBatch[]> {
  samples ??= (async () => {
    const batches: GraphBatch[] = [];
    for await (const raw of readSources(['data/samples'])) {
      if (raw instanceof IngestError) throw raw;
      batches.push(ingestDocument(raw).batch);
    }
    return batches;
  })();
  return samples;
}

/** Our own sentences, with what CSV must carry: quotes, commas, newlines, Arabic. */
function awkwardBatches(): GraphBatch[] {
  const text =
    'Analysts said "APT 28, again" hit the ministry.\nثم قالت الوزارة، "لا تعليق".\r\nEnd, with a \\ backslash.';
  const documentId = 'doc-awkward';
  const actor = { id: 'ta-awkward', type: 'ThreatActor', name: 'APT 28, "Fancy"' } as const;
  const place = { id: 'loc-awkward', type: 'Location', name: 'الوزارة' } as const;
  return [
    {
      documents: [
        { id: documentId, uri: 'mem://awkward, "one".txt', title: 'Line one\nline "two"', lang: 'en', text },
      ],
      entities: [
        {
          ...actor,
          aliases: ['APT 28, "Fancy"', 'فانسي، بير', ''],
          externalIds: [],
          mergeReasons: ['a, b\nc'],
        },
        { ...place, aliases: [], externalIds: ['x:"1"'], mergeReasons: [] },
      ],
      mentions: [
        { entityId: actor.id, documentId, start: 15, end: 28, surface: '"APT 28, again"' },
        { entityId: place.id, documentId, start: 55, end: 62, surface: 'الوزارة' },
      ],
      relations: [
        {
          id: 'rel-awkward',
          type: 'TARGETED',
          source: actor.id,
          target: place.id,
          modality: 'reported',
          evidence: [
            {
              documentId,
              text: 'Analysts said "APT 28, again" hit the ministry.\nثم قالت الوزارة، "لا تعليق".',
              start: 0,
              end: 80,
              lang: 'en',
              confidence: 0.1 + 0.2,
              assertedBy: [],
              extractor: 'rules',
            },
          ],
        },
      ],
    },
  ];
}

describe('bulk load into an empty embedded store', () => {
  test('data/samples: the same store as grouped writes', async () => {
    const bulk = await assertSameAsGroupedWrites(await sampleBatches());
    await bulk.close();
  });

  test('a generated bench corpus in three languages: the same store as grouped writes', async () => {
    const batches = [...generateDocuments(120)].map((raw) => ingestDocument(raw).batch);
    const bulk = await assertSameAsGroupedWrites(batches);
    await bulk.close();
  });

  test('the fixtures, and text with quotes, commas, newlines, backslashes and Arabic', async () => {
    const bulk = await assertSameAsGroupedWrites([...allBatches, ...awkwardBatches()]);
    const edge = await bulk.edgeDetails('rel-awkward');
    assert.equal(edge?.evidence[0]?.text, awkwardBatches()[0]?.relations[0]?.evidence[0]?.text);
    assert.equal(edge?.edge.confidence, 0.1 + 0.2);
    await bulk.close();
  });

  test('a refused batch leaves the load as it was; the others land as grouped writes leave them', async () => {
    const [english, french, arabic] = allBatches;
    const [awkward] = awkwardBatches();
    assert.ok(english && french && arabic && awkward);
    const grouped = await freshStore();
    const bulk = await freshStore();
    try {
      await grouped.writeBatches([english, french, arabic]);
      assert.ok(bulk.startBulkLoad);
      const load = await bulk.startBulkLoad();
      await load.add(english);
      await load.add(french);
      // The same document again, and the same uri with other text: rewrites, for grouped writes.
      await assert.rejects(() => load.add(english), BulkRevisitError);
      const [document] = english.documents;
      assert.ok(document);
      const other = { ...awkward, documents: awkward.documents.map((d) => ({ ...d, uri: document.uri })) };
      await assert.rejects(() => load.add(other), /takes each document once/);
      // Text the CSV files cannot carry, found in an entity kept until the end: nothing of it stays.
      const broken = {
        ...awkward,
        entities: awkward.entities.map((entity, index) =>
          index === 1 ? { ...entity, aliases: ['bad\u001fname'] } : entity,
        ),
      };
      await assert.rejects(() => load.add(broken), /U\+001F/);
      await load.add(arabic);
      await load.finish();
      assert.deepEqual(await everything(bulk), await everything(grouped));
    } finally {
      await grouped.close();
      await bulk.close();
    }
  });

  test('a store loaded in bulk then takes grouped writes and removals as any other', async () => {
    const [first, ...rest] = await sampleBatches();
    assert.ok(first);
    const grouped = await freshStore();
    const bulk = await freshStore();
    try {
      await grouped.writeBatches(rest);
      await bulkLoad(bulk, rest);
      for (const store of [grouped, bulk]) {
        await store.writeBatches([first]);
        const removed = rest[3]?.documents[0]?.id ?? '';
        assert.ok(await store.deleteDocument(removed));
      }
      assert.deepEqual(await everything(bulk), await everything(grouped));
    } finally {
      await grouped.close();
      await bulk.close();
    }
  });

  test('a store that holds anything is refused and left as it was', async () => {
    const store = await freshStore();
    try {
      await store.writeBatches([englishBatch]);
      const before = await everything(store);
      await assert.rejects(() => bulkLoad(store, awkwardBatches()), StoreNotEmptyError);
      assert.deepEqual(await everything(store), before);
    } finally {
      await store.close();
    }
  });

  test('a load that fails part-way leaves the store empty and no files behind', async () => {
    const store = await freshStore();
    const before = new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('evigraph-bulk-')));
    try {
      const [batch] = awkwardBatches();
      assert.ok(batch);
      // Found only when the Location table's file is written, after earlier tables were copied.
      const broken: GraphBatch = {
        ...batch,
        entities: batch.entities.map((entity, index) =>
          index === 1 ? { ...entity, aliases: ['bad\u001fname'] } : entity,
        ),
      };
      await assert.rejects(() => bulkLoad(store, [...allBatches, broken]), /U\+001F/);
      assert.equal((await store.stats()).documents, 0);
      assert.equal((await store.stats()).entities, 0);
      const left = readdirSync(tmpdir()).filter(
        (name) => name.startsWith('evigraph-bulk-') && !before.has(name),
      );
      assert.deepEqual(left, []);
      await bulkLoad(store, allBatches);
      assert.equal((await store.stats()).documents, allBatches.length);
    } finally {
      await store.close();
    }
  });
  test('a load cut short by the end of its process is dropped by the next read-write open', async () => {
    const folder = join(root, `store-${++counter}`);
    mkdirSync(folder);
    const path = join(folder, 'graph.lbug');
    const store = await openStore(`ladybug:${path}`);
    try {
      await bulkLoad(store, allBatches);
      assert.equal(existsSync(`${path}.bulk-load`), false, 'a finished load leaves no marker');
    } finally {
      await store.close();
    }
    // What a process stopped between two COPY statements leaves: some tables and the marker.
    writeFileSync(`${path}.bulk-load`, '1\n');
    await assert.rejects(openStore(`ladybug:${path}`, { readOnly: true }), /was cut short/);
    const reopened = await openStore(`ladybug:${path}`);
    try {
      const stats = await reopened.stats();
      assert.deepEqual([stats.documents, stats.entities, stats.relations], [0, 0, 0]);
      assert.equal(existsSync(`${path}.bulk-load`), false);
      await bulkLoad(reopened, allBatches);
      assert.equal((await reopened.stats()).documents, allBatches.length);
    } finally {
      await reopened.close();
    }
  });

  test('a load whose file is lost before it is written fails: the store stays empty and usable', async () => {
    const store = await freshStore();
    const before = new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('evigraph-bulk-')));
    try {
      assert.ok(store.startBulkLoad);
      const load = await store.startBulkLoad();
      for (const batch of allBatches) await load.add(batch);
      // The evidence file is lost: the engine's COPY finds no file to read once every node
      // table is copied, a failure of the load itself, not of a batch.
      const folders = readdirSync(tmpdir()).filter(
        (name) => name.startsWith('evigraph-bulk-') && !before.has(name),
      );
      assert.equal(folders.length, 1, 'the load keeps its files in one folder of its own');
      for (const folder of folders)
        for (const file of readdirSync(join(tmpdir(), folder)))
          if (file.endsWith('-EVIDENCE.csv')) rmSync(join(tmpdir(), folder, file));
      await assert.rejects(() => load.finish(), /No file found .*-EVIDENCE\.csv/);
      await assert.rejects(() => load.finish(), /this bulk load has ended/);
      const stats = await store.stats();
      assert.deepEqual([stats.documents, stats.entities, stats.relations], [0, 0, 0]);
      await bulkLoad(store, allBatches);
      assert.equal((await store.stats()).documents, allBatches.length);
    } finally {
      await store.close();
    }
  });
});

describe('bulk load CSV', () => {
  test('strings are quoted with doubled quotes; absent and empty strings are NULL', () => {
    assert.equal(csvCell('string', 'a "b", c\nd', 'x'), '"a ""b"", c\nd"');
    assert.equal(csvCell('string', undefined, 'x'), '');
    assert.equal(csvCell('string', '', 'x'), '');
    assert.equal(csvCell('double', 0.30000000000000004, 'x'), '0.30000000000000004');
    assert.throws(() => csvCell('int', 1.5, 'mentionCount'), /mentionCount must be an integer/);
    assert.throws(() => csvCell('double', Number.NaN, 'confidence'), /finite/);
  });

  test('a list is one field, each element after a separator, never empty', () => {
    assert.equal(csvCell('string[]', [], 'x'), '"-"');
    assert.equal(csvCell('string[]', ['a,"b"', ''], 'x'), '"-\u001fa,""b""\u001f"');
    assert.throws(() => csvCell('string[]', 'a', 'aliases'), /aliases must be a list/);
  });

  test('a relationship file is read with its end tables named', () => {
    const statement = copyStatement(
      {
        label: 'TARGETED',
        pair: ['ThreatActor', 'Location'],
        columns: [{ name: 'aliases', type: 'string[]' }],
      },
      '/tmp/x.csv',
    );
    assert.match(statement, /^COPY `TARGETED` FROM \(LOAD WITH HEADERS \(c0 STRING, c1 STRING, c2 STRING\)/);
    assert.match(statement, /parallel=false\) RETURN c0, c1, list_slice\(string_split\(c2, /);
    assert.match(statement, /\(from='ThreatActor', to='Location'\)$/);
    assert.throws(() => copyStatement({ label: 'Claim', columns: [] }, "/tmp/it's.csv"), /quote/);
  });
});
