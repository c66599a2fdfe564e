import { test } from 'node:test';
import assert from 'node:assert/strict';
import { datedIncidentKey, incidentKey, isIncidentOfKind, isIncidentOn } from './incident-keys.ts';

const ukraine = { type: 'Location', key: 'ukraine' };
const ukraineBank = { type: 'Organization', key: 'ukraine' };

test('an incident key names its kind and its victim, and a dated key is read back as that incident', () => {
  const undated = incidentKey('hack', ukraine);
  assert.ok(isIncidentOn(undated, 'hack', ukraine));
  assert.ok(isIncidentOn(datedIncidentKey(undated, '2015'), 'hack', ukraine));
  assert.ok(isIncidentOn(datedIncidentKey(undated, '2017'), 'hack', ukraine));
  assert.ok(isIncidentOfKind(datedIncidentKey(undated, '2017'), 'hack'));
});

test('another victim, another kind, or a victim whose key only starts the same is another incident', () => {
  const undated = incidentKey('hack', ukraine);
  assert.ok(!isIncidentOn(undated, 'hack', ukraineBank));
  assert.ok(!isIncidentOn(incidentKey('attack', ukraine), 'hack', ukraine));
  assert.ok(!isIncidentOfKind(undated, 'attack'));
  // "ukraine-grid" begins with "ukraine": not a dated form of the hack of Ukraine.
  assert.ok(!isIncidentOn(incidentKey('hack', { type: 'Location', key: 'ukraine-grid' }), 'hack', ukraine));
  assert.ok(!isIncidentOn(`${undated}:15`, 'hack', ukraine));
});

test('only a year dates an incident key', () => {
  assert.throws(() => datedIncidentKey(incidentKey('hack', ukraine), '15'));
});
