import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENTITY_TYPES, RELATION_TYPES, allowsEndpoints, isEntityType, type EntityType } from './schema.ts';
import { entityId, preferredName, relationId, edgeAssertedBy, edgeConfidence } from './model.ts';

test('every relation endpoint names a declared entity type', () => {
  for (const relation of RELATION_TYPES) {
    assert.ok(relation.endpoints.length > 0, `${relation.name} has no endpoints`);
    for (const [source, target] of relation.endpoints) {
      assert.ok(isEntityType(source), `${relation.name}: unknown source ${source}`);
      assert.ok(isEntityType(target), `${relation.name}: unknown target ${target}`);
    }
  }
});

test('type names, id prefixes and colours are unique', () => {
  for (const key of ['name', 'idPrefix', 'color'] as const) {
    const values = ENTITY_TYPES.map((spec) => spec[key]);
    assert.equal(new Set(values).size, values.length, `duplicate entity ${key}`);
  }
  const relationNames = RELATION_TYPES.map((spec) => spec.name);
  assert.equal(new Set(relationNames).size, relationNames.length);
});

test('every type has display names in Arabic, French and English', () => {
  for (const spec of [...ENTITY_TYPES, ...RELATION_TYPES]) {
    for (const lang of ['ar', 'fr', 'en'] as const) {
      assert.ok(spec.display[lang].trim().length > 0, `${spec.name} lacks a ${lang} name`);
    }
  }
  for (const spec of ENTITY_TYPES) assert.match(spec.display.ar, /[\u0600-\u06FF]/);
});

test('the model the product is defined by fits the schema', () => {
  const allowed: Array<[string, EntityType, EntityType]> = [
    ['ATTRIBUTED_TO', 'ThreatActor', 'Organization'],
    ['ATTRIBUTED_TO', 'Event', 'ThreatActor'],
    ['REGISTERED', 'ThreatActor', 'Domain'],
    ['IMPERSONATES', 'Domain', 'Organization'],
    ['WORKS_FOR', 'Person', 'Organization'],
    ['LOCATED_IN', 'Organization', 'Location'],
  ];
  for (const [type, source, target] of allowed) {
    assert.ok(allowsEndpoints(type as never, source, target), `${type} ${source}->${target}`);
  }
  assert.equal(allowsEndpoints('WORKS_FOR', 'Domain', 'Person'), false);
});

test('ids are deterministic, typed and distinct', () => {
  assert.equal(entityId('ThreatActor', 'mitre-attack:G0007'), entityId('ThreatActor', 'mitre-attack:G0007'));
  assert.notEqual(entityId('ThreatActor', 'x'), entityId('Organization', 'x'));
  assert.match(entityId('Domain', 'onedrive-en-marche.fr'), /^dom_[0-9a-f]{16}$/);
  assert.notEqual(
    relationId('ATTRIBUTED_TO', 'a', 'b', 'asserted'),
    relationId('ATTRIBUTED_TO', 'a', 'b', 'denied'),
  );
});

test('preferred name does not depend on argument order', () => {
  const pairs: Array<[string, string]> = [
    ['APT 28', 'بون ستورم'],
    ['Macron', 'Emmanuel Macron'],
    ['GRU', 'GRV'],
  ];
  for (const [a, b] of pairs) assert.equal(preferredName(a, b), preferredName(b, a));
  assert.equal(preferredName('بون ستورم', 'Pawn Storm'), 'Pawn Storm');
  assert.equal(preferredName('Macron', 'Emmanuel Macron'), 'Emmanuel Macron');
});

test('edge confidence and claimants derive from evidence', () => {
  const evidence = [
    { confidence: 0.5, assertedBy: ['per_b', 'org_a'] },
    { confidence: 0.85, assertedBy: ['org_a'] },
  ];
  assert.equal(edgeConfidence(evidence), 0.85);
  assert.deepEqual(edgeAssertedBy(evidence), ['org_a', 'per_b']);
  assert.equal(edgeConfidence([]), 0);
});
