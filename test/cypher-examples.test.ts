/**
 * The console's examples for Neo4j cannot run here (no Neo4j server), so they are checked with
 * Neo4j's own parser and semantic analysis, as the backend's statements are; the examples for
 * the embedded store run in the browser test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CYPHER_EXAMPLES } from '../client/src/cypher-support.ts';
import { lintSchema, lintStatement } from '../store/neo4j/cypher-lint.ts';

test('every example offered on Neo4j is valid Neo4j 5 Cypher', () => {
  const schema = lintSchema({});
  const onNeo4j = CYPHER_EXAMPLES.filter((example) => example.backends.includes('neo4j'));
  assert.ok(onNeo4j.length >= 4);
  assert.deepEqual(
    onNeo4j.flatMap((example) =>
      lintStatement(example.query, schema).map((problem) => `${example.title}: ${problem.message}`),
    ),
    [],
  );
});
