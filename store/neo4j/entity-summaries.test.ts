/**
 * The counts Neo4j entities keep (store/entity-summary.ts), checked without a server: a recording
 * Querier stands in for the database, so these tests check which statements the backend sends
 * and with which parameters, not what a real Neo4j answers (the store suite does that when
 * NEO4J_URI is set; cypher-lint.test.ts checks every statement with Neo4j's parser).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { englishBatch, ids } from '../fixtures.ts';
import type { Params, Querier, Row } from './connection.ts';
import { Neo4jReader } from './read.ts';
import { ENTITIES, WRITES } from './statements.ts';
import { toPlainJson } from './values.ts';
import { writeBatches } from './write.ts';

interface Sent {
  statement: string;
  params: unknown;
}

/** A Querier that records what is sent and answers from `answers` (no rows otherwise). */
function recordingQuerier(answers: (statement: string, params: Params) => Row[] = () => []) {
  const sent: Sent[] = [];
  const querier: Querier = {
    run(statement, params = {}) {
      sent.push({ statement, params: toPlainJson(params) });
      return Promise.resolve(answers(statement, params));
    },
  };
  return { querier, sent };
}

const hubSummary = {
  documentCount: 40,
  relationTypes: ['TARGETED', 'USES'],
  relationCounts: [30, 12],
  neighborTypes: ['Malware', 'Organization'],
  neighborCounts: [9, 25],
};

describe('Neo4j entity counts, statements and parameters (no server)', () => {
  test('details and neighbour pages read the counts the entity keeps, not counted around it', async () => {
    const { querier, sent } = recordingQuerier((statement) =>
      statement === ENTITIES.summary ? [hubSummary] : [{ id: 'org_1', support: 3 }],
    );
    const reader = new Neo4jReader(querier);
    const ranking = await reader.neighborRanking(ids.apt28, { offset: 0, limit: 10 });
    const relations = await reader.relationPageOf(ids.apt28, { offset: 0, limit: 10 });
    const documents = await reader.documentPageOf(ids.apt28, { offset: 40, limit: 10 });
    assert.deepEqual(ranking, {
      ids: ['org_1'],
      total: 34,
      relationTypes: { TARGETED: 30, USES: 12 },
      entityTypes: { Malware: 9, Organization: 25 },
    });
    assert.equal(relations.neighbors, 34);
    assert.deepEqual(relations.relationTypes, { TARGETED: 30, USES: 12 });
    assert.deepEqual(documents, { total: 40, ids: [] });
    // One lookup of the counts for the read unit, then the two pages; none past the documents.
    assert.deepEqual(
      sent.map(({ statement }) => statement),
      [ENTITIES.summary, ENTITIES.neighborPage, ENTITIES.relationPage],
    );
    assert.deepEqual(sent[0]?.params, { id: ids.apt28 });
  });

  test('an absent entity has empty counts and no page is asked for', async () => {
    const { querier, sent } = recordingQuerier();
    const ranking = await new Neo4jReader(querier).neighborRanking('absent', { offset: 0, limit: 10 });
    assert.deepEqual(ranking, { ids: [], total: 0, relationTypes: {}, entityTypes: {} });
    assert.deepEqual(
      sent.map(({ statement }) => statement),
      [ENTITIES.summary],
    );
  });

  test('a write of new documents adds to the stored counts instead of counting them again', async () => {
    // The store holds the actor (a hub) and the party, each with edges; the domain is new.
    const stored: Record<string, Row> = {
      [ids.apt28]: { type: 'ThreatActor', id: ids.apt28, name: 'APT 28', aliases: ['APT 28'], ...hubSummary },
      [ids.northwind]: {
        type: 'Organization',
        id: ids.northwind,
        name: 'Northwind Party',
        aliases: ['Northwind Party'],
        documentCount: 2,
        relationTypes: ['TARGETED'],
        relationCounts: [2],
        neighborTypes: ['ThreatActor'],
        neighborCounts: [2],
      },
    };
    const { querier, sent } = recordingQuerier((statement, params) => {
      if (statement === ENTITIES.byIdsWithSummaries)
        return (params.ids as string[]).flatMap((id) => (stored[id] ? [stored[id]] : []));
      return [];
    });
    await writeBatches(querier, [englishBatch], '2026-01-01T00:00:00Z');
    const statements = sent.map(({ statement }) => statement);
    assert.ok(!statements.includes(WRITES.refreshEntitySummaries), 'no recount from the graph');
    // Only the pair whose ends both had edges is asked about (its ends in id order), before the
    // edges are written.
    const asked = sent.filter(({ statement }) => statement === ENTITIES.joinedPairs);
    assert.deepEqual(
      asked.map(({ params }) => params),
      [{ rows: [{ source: ids.northwind, target: ids.apt28 }] }],
    );
    assert.ok(
      statements.indexOf(ENTITIES.joinedPairs) < statements.indexOf(WRITES.relationsOfType('TARGETED')),
    );
    const written = sent.find(({ statement }) => statement === WRITES.entitySummaries);
    const rows = (written?.params as { rows: Row[] }).rows;
    assert.deepEqual(Object.fromEntries(rows.map(({ id, ...columns }) => [id, columns])), {
      [ids.apt28]: {
        documentCount: 41,
        relationTypes: ['TARGETED', 'USES'],
        relationCounts: [31, 12],
        neighborTypes: ['Malware', 'Organization'],
        neighborCounts: [9, 26],
      },
      [ids.northwind]: {
        documentCount: 3,
        relationTypes: ['IMPERSONATES', 'TARGETED'],
        relationCounts: [1, 3],
        neighborTypes: ['Domain', 'ThreatActor'],
        neighborCounts: [1, 3],
      },
      [ids.domain]: {
        documentCount: 1,
        relationTypes: ['IMPERSONATES'],
        relationCounts: [1],
        neighborTypes: ['Organization'],
        neighborCounts: [1],
      },
      [ids.kestrel]: {
        documentCount: 1,
        relationTypes: [],
        relationCounts: [],
        neighborTypes: [],
        neighborCounts: [],
      },
    });
  });
});
