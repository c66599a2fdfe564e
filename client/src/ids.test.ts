import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { entityId, relationId, documentId } from '../../graph-schema/model.ts';
import { idKind } from './ids.ts';

describe('idKind', () => {
  test('recognises ids made by the model', () => {
    assert.equal(idKind(entityId('ThreatActor', 'apt28')), 'entity');
    assert.equal(idKind(entityId('IpAddress', '192.0.2.1')), 'entity');
    assert.equal(idKind(relationId('ATTRIBUTED_TO', 'a', 'b', 'reported')), 'relation');
  });

  test('ignores documents and ordinary text', () => {
    assert.equal(idKind(documentId('some text')), undefined);
    assert.equal(idKind('APT28'), undefined);
    assert.equal(idKind('ta_notanid'), undefined);
  });
});
