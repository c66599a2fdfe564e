import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  backendOf,
  CYPHER_EXAMPLES,
  errorPosition,
  graphInResult,
  HISTORY_SIZE,
  parseHistory,
  remember,
} from './cypher-support.ts';

test('the backend is read from the store address; each engine has examples', () => {
  assert.equal(backendOf('kuzu:./data/store'), 'embedded');
  assert.equal(backendOf('ladybug:/tmp/x'), 'embedded');
  assert.equal(backendOf('bolt://localhost:7687'), 'neo4j');
  assert.equal(backendOf('neo4j+s://x.databases.neo4j.io'), 'neo4j');
  const on = (backend: 'embedded' | 'neo4j') => CYPHER_EXAMPLES.filter((e) => e.backends.includes(backend));
  assert.ok(on('embedded').length >= 3 && on('neo4j').length > on('embedded').length - 1);
  assert.ok(
    on('embedded').every((example) => !/labels\(|shortestPath|:Entity/.test(example.query)),
    'Neo4j-only spellings are not offered on the embedded store',
  );
});

test('history: newest first, once each, bounded; a damaged store gives an empty one', () => {
  let history: string[] = [];
  for (const query of ['A', 'B', ' A ', '']) history = remember(history, query);
  assert.deepEqual(history, ['A', 'B']);
  for (let index = 0; index < HISTORY_SIZE + 5; index++) history = remember(history, `Q${index}`);
  assert.equal(history.length, HISTORY_SIZE);
  assert.deepEqual(parseHistory(JSON.stringify(['x', 3, 'y'])), ['x', 'y']);
  assert.deepEqual(parseHistory('{not json'), []);
  assert.deepEqual(parseHistory(null), []);
});

test('error positions of both engines, as 1-based line and column', () => {
  assert.deepEqual(
    errorPosition('Parser exception: Invalid input <MATCH (a)\nRETRUN>: expected rule (line: 2, offset: 0)'),
    { line: 2, column: 1 },
  );
  assert.deepEqual(errorPosition("Invalid input 'RETRUN': expected ... (line 2, column 1 (offset: 10))"), {
    line: 2,
    column: 1,
  });
  assert.equal(errorPosition('Binder exception: Variable b is not in scope.'), undefined);
});

test('nodes, relations and paths in a result are found in any cell or list', () => {
  const node = (id: string) => ({ _label: 'Organization', id, name: id });
  const rel = { _label: 'DENIES', id: 'rel_00000000000000aa' };
  const graph = graphInResult([
    [node('org_0000000000000001'), rel, 'org_0000000000000009'],
    [{ nodes: [node('ta_0000000000000002')], relationships: [{ id: 'rel_00000000000000bb' }] }],
    [[node('org_0000000000000001')], { id: 'doc_00000000000000000000' }, 42, null],
  ]);
  assert.deepEqual(graph.entities, ['org_0000000000000001', 'ta_0000000000000002']);
  assert.deepEqual(graph.relations, ['rel_00000000000000aa', 'rel_00000000000000bb']);
});
