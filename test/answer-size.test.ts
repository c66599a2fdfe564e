/**
 * Answers about busy entities stay small: two hubs share many neighbours, every relation has
 * many sentences and one claimant makes every claim. Details, neighbour pages, paths and an
 * edge's evidence come back under a byte bound and say what they left out, while the store
 * holds far more than the bound (the full neighbourhood is checked to exceed it).
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  documentId,
  entityId,
  relationId,
  type EntityRecord,
  type GraphBatch,
  type RelationRecord,
} from '../graph-schema/model.ts';
import type { EntityType } from '../graph-schema/schema.ts';
import { EVIDENCE_PREVIEW, MAX_PATHS } from '../store/query-limits.ts';
import { startApi, type RunningApi } from './api-harness.ts';

const TARGETS = 120;
const DOCUMENTS = 25;
/** Bytes any one answer below may take; the full neighbourhood of a hub takes megabytes. */
const MAX_ANSWER_BYTES = 256 * 1024;

const entity = (type: EntityType, name: string): EntityRecord => ({
  id: entityId(type, name),
  type,
  name,
  aliases: [name],
  externalIds: [],
  mergeReasons: [],
});
const hubA = entity('ThreatActor', 'Granite Heron');
const hubB = entity('ThreatActor', 'Copper Lynx');
const claimant = entity('Organization', 'Northgate Watch');
const targets = Array.from({ length: TARGETS }, (_, index) =>
  entity('Organization', `Harbour Office ${index}`),
);

/** Each document says that both hubs went after every target, on Northgate Watch's word. */
function hubBatches(): GraphBatch[] {
  return Array.from({ length: DOCUMENTS }, (_, day): GraphBatch => {
    const sentences = targets.flatMap((target) =>
      [hubA, hubB].map((hub) => ({
        hub,
        target,
        text: `On day ${day} Northgate Watch reported that ${hub.name} broke into the mail of ${target.name} again.`,
      })),
    );
    const text = sentences.map((sentence) => sentence.text).join(' ');
    const id = documentId(text);
    let offset = 0;
    const relations: RelationRecord[] = sentences.map(({ hub, target, text: sentence }) => {
      const start = offset;
      offset += sentence.length + 1;
      return {
        id: relationId('TARGETED', hub.id, target.id, 'reported'),
        type: 'TARGETED',
        source: hub.id,
        target: target.id,
        modality: 'reported',
        evidence: [
          {
            documentId: id,
            text: sentence,
            start,
            end: start + sentence.length,
            lang: 'en',
            confidence: 0.8,
            assertedBy: [claimant.id],
            extractor: 'rules',
          },
        ],
      };
    });
    return {
      documents: [{ id, uri: `test://hubs/${day}.txt`, title: `Day ${day}`, lang: 'en', text }],
      entities: [hubA, hubB, claimant, ...targets],
      mentions: [hubA, hubB, claimant, ...targets].map((named) => {
        const start = text.indexOf(named.name);
        return {
          entityId: named.id,
          documentId: id,
          start,
          end: start + named.name.length,
          surface: named.name,
        };
      }),
      relations,
    };
  });
}

let api: RunningApi;

async function answer(path: string): Promise<{ bytes: number; body: Record<string, unknown> }> {
  const response = await fetch(`${api.base}${path}`);
  const text = await response.text();
  assert.equal(response.status, 200, text.slice(0, 300));
  return { bytes: Buffer.byteLength(text), body: JSON.parse(text) as Record<string, unknown> };
}

function assertSmall(bytes: number, what: string): void {
  assert.ok(bytes < MAX_ANSWER_BYTES, `${what}: ${bytes} bytes, over ${MAX_ANSWER_BYTES}`);
}

interface PreviewEdge {
  evidence: unknown[];
  evidenceCount: number;
}

function assertPreviews(edges: unknown, what: string): void {
  assert.ok(Array.isArray(edges) && edges.length > 0, `${what} has edges`);
  for (const edge of edges as PreviewEdge[]) {
    assert.equal(edge.evidenceCount, DOCUMENTS, `${what}: each edge counts all its evidence`);
    assert.equal(
      edge.evidence.length,
      EVIDENCE_PREVIEW,
      `${what}: each edge carries only its first sentences`,
    );
  }
}

describe('answers about busy entities', () => {
  before(async () => {
    api = await startApi('answer-size');
    await api.store.writeBatches(hubBatches());
  });
  after(async () => api.stop());

  test('the store holds far more than one answer may carry', async () => {
    const full = await api.store.neighbors(hubA.id, { limit: 100 }, 'evidence');
    const bytes = Buffer.byteLength(JSON.stringify(full));
    assert.ok(
      bytes > 2 * MAX_ANSWER_BYTES,
      `the page of 100 neighbours with all evidence takes ${bytes} bytes`,
    );
  });

  test('entity details list a page of relations and claims, counted by type, with their first sentences', async () => {
    const { bytes, body } = await answer(`/api/entities/${hubA.id}`);
    assertSmall(bytes, 'hub details');
    assertPreviews(body.relations, 'hub details');
    assert.deepEqual(body.relationPage, {
      total: TARGETS,
      offset: 0,
      returned: 50,
      more: TARGETS - 50,
      relationTypes: { TARGETED: TARGETS },
      neighbors: TARGETS,
    });
    const rest = await answer(`/api/entities/${hubA.id}?offset=100&limit=50`);
    assert.equal((rest.body.relations as unknown[]).length, TARGETS - 100);
    assert.equal((rest.body.relationPage as { more: number }).more, 0);

    const claims = await answer(`/api/entities/${claimant.id}`);
    assertSmall(claims.bytes, 'claimant details');
    assertPreviews(claims.body.claims, 'claims');
    assert.deepEqual(claims.body.claimPage, {
      total: 2 * TARGETS,
      offset: 0,
      returned: 50,
      more: 2 * TARGETS - 50,
      relationTypes: { TARGETED: 2 * TARGETS },
    });
    assert.deepEqual(claims.body.documentPage, { total: DOCUMENTS, offset: 0, returned: DOCUMENTS, more: 0 });
  });

  test('a neighbour page carries each edge with its first sentences', async () => {
    const { bytes, body } = await answer(`/api/entities/${hubA.id}/neighbors?limit=100`);
    assertSmall(bytes, 'neighbour page');
    assertPreviews(body.edges, 'neighbour page');
    assert.equal((body.summary as { more: number }).more, TARGETS - 100);
    // The first sentences are those the whole edge lists first, though only they were read.
    const full = await api.store.neighbors(hubA.id, { limit: 100 }, 'evidence');
    const firstOf = new Map(full.edges.map((edge) => [edge.id, edge.evidence.slice(0, EVIDENCE_PREVIEW)]));
    for (const edge of body.edges as { id: string; evidence: unknown[] }[]) {
      assert.deepEqual(edge.evidence, JSON.parse(JSON.stringify(firstOf.get(edge.id))), edge.id);
    }
  });

  test('paths between two hubs hold the first few and count the rest', async () => {
    const { bytes, body } = await answer(`/api/paths?from=${hubA.id}&to=${hubB.id}`);
    assertSmall(bytes, 'paths');
    assertPreviews(body.edges, 'paths');
    assert.deepEqual(body.paths, { found: TARGETS, returned: MAX_PATHS });
    assert.equal((body.edges as unknown[]).length, 2 * MAX_PATHS, 'each path of two edges, whole');
  });

  test("an edge's evidence comes in pages", async () => {
    const edge = relationId('TARGETED', hubA.id, targets[0]?.id ?? '', 'reported');
    const first = await answer(`/api/edges/${edge}?limit=10`);
    assert.deepEqual(first.body.evidencePage, {
      total: DOCUMENTS,
      offset: 0,
      returned: 10,
      more: DOCUMENTS - 10,
    });
    const last = await answer(`/api/edges/${edge}?limit=10&offset=20`);
    assert.deepEqual(last.body.evidencePage, { total: DOCUMENTS, offset: 20, returned: 5, more: 0 });
    const seen = [
      ...(first.body.evidence as { documentId: string }[]),
      ...(last.body.evidence as { documentId: string }[]),
    ];
    assert.equal(new Set(seen.map((piece) => piece.documentId)).size, 15, 'pages do not overlap');
  });
});
