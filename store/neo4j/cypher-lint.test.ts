/**
 * Every statement the Neo4j backend can send, every parity query in its Neo4j form (the
 * documentation's examples among them), checked by Neo4j's own parser and semantic analysis.
 * No server is needed, so this runs everywhere.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PARITY_QUERIES } from '../parity/queries.ts';
import { lintSchema, lintStatement } from './cypher-lint.ts';
import { NEO4J_DIALECT } from './dialect.ts';
import { everyStatement, explain, type NamedStatement } from './statements.ts';

/** Example values of every parameter the backend and the parity queries send. */
const PARAMETERS = {
  rows: [{}],
  ids: ['id'],
  id: 'id',
  except: 'doc_x',
  uris: ['docs/a.txt'],
  key: 'key',
  grams: ['key'],
  minShared: 1,
  needle: 'needle',
  from: 'from',
  to: 'to',
  limit: 10,
  offset: 0,
  paths: 100,
  pairs: [['rel_x', 'doc_x']],
  actor: 'ta_x',
  claimant: 'org_x',
  document: 'doc_x',
  entity: 'ta_x',
  alias: 'alias',
};
const schema = lintSchema(PARAMETERS);

function problemsOf(statements: readonly NamedStatement[]): string[] {
  return statements.flatMap((statement) =>
    lintStatement(statement.text, schema).map(
      (problem) => `${statement.name}: ${problem.severity}: ${problem.message} (near «${problem.near}»)`,
    ),
  );
}

/** Source text without comments, which may well quote Cypher. */
function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

describe('Cypher lint (Neo4j parser and semantic analysis)', () => {
  test('every statement the backend can send is valid Neo4j 5 Cypher', () => {
    const statements = everyStatement();
    assert.ok(statements.length > 100, `${statements.length} statements`);
    assert.deepEqual(problemsOf(statements), []);
  });

  test('the read-only check wraps a user query in a valid EXPLAIN', () => {
    const query = 'MATCH (a:ThreatActor)-[:ATTRIBUTED_TO]->(o:Organization) RETURN a.name AS actor';
    assert.deepEqual(problemsOf([{ name: 'explain', text: explain(query) }]), []);
  });

  test('every parity query is valid Neo4j 5 Cypher in its Neo4j form', () => {
    const statements = PARITY_QUERIES.map((query) => ({
      name: query.name,
      text: query.cypher(NEO4J_DIALECT),
    }));
    assert.deepEqual(problemsOf(statements), []);
  });

  test('the Cypher examples of docs/neo4j.md lint clean, and at least five are parity queries', () => {
    const documentation = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'neo4j.md'), 'utf8');
    const examples = [...documentation.matchAll(/```cypher\n([\s\S]*?)```/g)].map((match) => match[1] ?? '');
    assert.deepEqual(
      problemsOf(examples.map((text, index) => ({ name: `docs/neo4j.md example ${index + 1}`, text }))),
      [],
    );
    const normalized = (text: string) => text.replace(/\s+/g, ' ').trim();
    const parityForms = new Set(PARITY_QUERIES.map((query) => normalized(query.cypher(NEO4J_DIALECT))));
    const tested = examples.filter((example) => parityForms.has(normalized(example)));
    assert.ok(tested.length >= 5, `${tested.length} of the documented queries are parity queries`);
  });

  test('broken statements are reported (the lint can fail)', () => {
    const broken: Array<[string, RegExp]> = [
      ['MATCH (n:Entity RETURN n', /Invalid input/],
      ['MATCH (n:ThreatActr) RETURN n.id AS id', /ThreatActr/],
      ['MATCH (n:Entity) RETURN n.nmae AS name', /nmae/],
      ['MATCH (n:Entity) WHERE n.id = $unknownParameter RETURN n', /unknownParameter/],
      ['RETURN apoc.coll.sum([1, 2]) AS total', /apoc/],
      ['MATCH (n:Entity) RETURN m', /not defined/],
      // Kùzu's forms are not Neo4j's: the dialect exists for a reason.
      ['MATCH p = (a:Entity)-[:USES* SHORTEST 1..3]-(b:Entity) RETURN length(p) AS hops', /Invalid input/],
    ];
    for (const [statement, expected] of broken) {
      const messages = lintStatement(statement, schema).map((problem) => problem.message);
      assert.ok(
        messages.some((message) => expected.test(message)),
        `${statement}: ${JSON.stringify(messages)}`,
      );
    }
  });

  test('no other module of the backend writes Cypher of its own', () => {
    const directory = import.meta.dirname;
    const allowed = new Set(['statements.ts', 'dialect.ts']);
    const cypherInString = /['"`][^'"`]*\b(?:MATCH|MERGE|UNWIND|CREATE|DETACH DELETE|RETURN)\s[^'"`]*['"`]/;
    const offenders = readdirSync(directory)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts') && !allowed.has(file))
      .filter((file) => cypherInString.test(withoutComments(readFileSync(join(directory, file), 'utf8'))));
    assert.deepEqual(offenders, []);
  });
});
