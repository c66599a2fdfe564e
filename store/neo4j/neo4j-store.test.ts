/**
 * The Neo4j backend: the backend-independent store suite against a live server when NEO4J_URI
 * is set (the database is emptied before each test), and what can be checked without a server.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import neo4j from 'neo4j-driver';
import { defineStoreSuite } from '../store-suite.ts';
import { connectionSettings } from './connection.ts';
import { openNeo4jStore } from './index.ts';
import { SEARCH_KEYS_PROPERTY } from './statements.ts';
import { openEmptyNeo4jStore, NEO4J_SKIP_REASON } from './test-database.ts';
import { toPlainJson, userParameter } from './values.ts';

if (NEO4J_SKIP_REASON) {
  test('GraphStore contract: neo4j', { skip: NEO4J_SKIP_REASON }, () => undefined);
} else {
  defineStoreSuite('neo4j', openEmptyNeo4jStore);
}

describe('Neo4j connection settings', () => {
  test('NEO4J_* variables win over the URI, whose credentials never reach the address', () => {
    const settings = connectionSettings('bolt://alice:s3cret@db.example:7687', {
      env: { NEO4J_USER: 'bob', NEO4J_PASSWORD: 'from-env', NEO4J_DATABASE: 'graphs' },
    });
    assert.deepEqual(settings, {
      address: 'bolt://db.example:7687',
      user: 'bob',
      password: 'from-env',
      database: 'graphs',
    });
  });

  test('the URI userinfo is used when no variable is set; the database defaults to neo4j', () => {
    const settings = connectionSettings('neo4j+s://alice:p%40ss@cluster.example', { env: {} });
    assert.deepEqual(settings, {
      address: 'neo4j+s://cluster.example',
      user: 'alice',
      password: 'p@ss',
      database: 'neo4j',
    });
  });

  test('a missing password or a malformed address is refused with a hint', () => {
    assert.throws(() => connectionSettings('bolt://localhost:7687', { env: {} }), /NEO4J_PASSWORD/);
    assert.throws(() => connectionSettings('not a uri', { env: {} }), /bolt:\/\/HOST:7687/);
  });

  test('an unreachable server is reported with its address, not hung on', async () => {
    // A port that was just free: nothing listens there.
    const port = await new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    await assert.rejects(
      openNeo4jStore(`bolt://127.0.0.1:${port}`, { password: 'irrelevant', env: {} }),
      new RegExp(`cannot reach Neo4j at bolt://127\\.0\\.0\\.1:${port}`),
    );
  });
});

describe('Neo4j values', () => {
  const { Node, Relationship, Path, PathSegment } = neo4j.types;
  const actor = new Node(neo4j.int(1), ['Entity', 'ThreatActor'], {
    id: 'ta_1',
    name: 'APT 28',
    aliases: ['APT 28', 'APT28'],
    mentionCount: neo4j.int(3),
    [SEARCH_KEYS_PROPERTY]: ['apt28'],
  });
  const target = new Node(neo4j.int(2), ['Organization', 'Entity'], { id: 'org_1', name: 'Northwind Party' });
  const edge = new Relationship(neo4j.int(3), neo4j.int(1), neo4j.int(2), 'TARGETED', {
    id: 'rel_1',
    evidenceStarts: [neo4j.int(0), neo4j.int(42)],
  });

  test('nodes and relationships read like the embedded store: type label and set properties', () => {
    assert.deepEqual(toPlainJson(actor), {
      _label: 'ThreatActor',
      id: 'ta_1',
      name: 'APT 28',
      aliases: ['APT 28', 'APT28'],
      mentionCount: 3,
    });
    assert.deepEqual(toPlainJson(target), { _label: 'Organization', id: 'org_1', name: 'Northwind Party' });
    assert.deepEqual(toPlainJson(edge), { _label: 'TARGETED', id: 'rel_1', evidenceStarts: [0, 42] });
  });

  test('paths become their nodes and relationships in order', () => {
    const path = new Path(actor, target, [new PathSegment(actor, edge, target)]);
    assert.deepEqual(toPlainJson(path), {
      nodes: [toPlainJson(actor), toPlainJson(target)],
      relationships: [toPlainJson(edge)],
    });
  });

  test('integers beyond 2^53 stay exact as strings; temporal values as ISO text', () => {
    assert.equal(toPlainJson(neo4j.int('9007199254740993')), '9007199254740993');
    assert.equal(toPlainJson(new neo4j.types.Date(2024, 3, 5)), '2024-03-05');
    assert.deepEqual(toPlainJson({ count: neo4j.int(2), ratio: 0.5, missing: null }), {
      count: 2,
      ratio: 0.5,
      missing: null,
    });
  });

  test('user parameters: whole numbers become integers (LIMIT $n works), others stay floats', () => {
    const converted = userParameter({
      limit: 10,
      weight: 0.5,
      ids: [1, 2],
      nested: { n: 3 },
      name: 'x',
    }) as Record<string, unknown>;
    assert.ok(neo4j.isInt(converted.limit));
    assert.equal(converted.weight, 0.5);
    assert.ok(Array.isArray(converted.ids) && converted.ids.every((value) => neo4j.isInt(value)));
    assert.ok(neo4j.isInt((converted.nested as Record<string, unknown>).n));
    assert.equal(converted.name, 'x');
  });
});
