import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  activeFilterCount,
  keepsEdge,
  keepsNode,
  noFilters,
  readFilters,
  writeFilters,
  type FilterValues,
} from './filters.ts';
import { edge, node } from './test-data.ts';

// Documents d1 and d2 are dated (test-data.ts DOCUMENT_DATES), others are not.
const keeps = (filters: Partial<FilterValues>, item: ReturnType<typeof edge>) =>
  keepsEdge({ ...noFilters(), ...filters }, item);

describe('filter registry', () => {
  test('no filter keeps everything and counts as none', () => {
    assert.equal(activeFilterCount(noFilters()), 0);
    assert.ok(keepsNode(noFilters(), node('a')));
    assert.ok(keeps({}, edge('e', 'a', 'b', { modality: 'denied', confidence: 0.01 })));
  });

  test('each edge filter drops what it should and keeps the rest', () => {
    const denied = edge('e', 'a', 'b', { modality: 'denied' });
    assert.equal(keeps({ hiddenModalities: ['denied'] }, denied), false);
    assert.equal(keeps({ hiddenModalities: ['suspected'] }, denied), true);
    assert.equal(keeps({ hiddenRelations: ['ATTRIBUTED_TO'] }, denied), false);
    assert.equal(keeps({ minConfidence: 0.9 }, edge('e', 'a', 'b', { confidence: 0.8 })), false);
    assert.equal(keeps({ minConfidence: 0.5 }, edge('e', 'a', 'b', { confidence: 0.8 })), true);
    // Two sentences of one document are one source.
    assert.equal(keeps({ minSources: 2 }, edge('e', 'a', 'b', { documents: ['d1', 'd1'] })), false);
    assert.equal(keeps({ minSources: 2 }, edge('e', 'a', 'b', { documents: ['d1', 'd2'] })), true);
    assert.equal(keeps({ evidenceLangs: ['ar'] }, edge('e', 'a', 'b', { langs: ['fr'] })), false);
    assert.equal(
      keeps(
        { evidenceLangs: ['ar', 'en'] },
        edge('e', 'a', 'b', { documents: ['d1', 'd2'], langs: ['fr', 'ar'] }),
      ),
      true,
    );
    assert.equal(keeps({ claimant: 'x' }, edge('e', 'a', 'b', { assertedBy: ['y'] })), false);
    assert.equal(keeps({ claimant: 'x' }, edge('e', 'a', 'b', { assertedBy: ['y', 'x'] })), true);
  });

  test('a date range keeps relations with a document dated inside it; undated ones fall outside', () => {
    const in2017 = edge('e', 'a', 'b', { documents: ['d1'] });
    assert.equal(keeps({ dates: { from: '2017-05-05', to: '2017-05-05' } }, in2017), true);
    assert.equal(keeps({ dates: { from: '2018-01-01', to: '' } }, in2017), false);
    assert.equal(keeps({ dates: { from: '', to: '2017-01-01' } }, in2017), false);
    assert.equal(
      keeps({ dates: { from: '2000-01-01', to: '' } }, edge('e', 'a', 'b', { documents: ['undated'] })),
      false,
    );
  });

  test('entity types hide nodes', () => {
    assert.equal(keepsNode({ ...noFilters(), hiddenTypes: ['Person'] }, node('a', 'Person')), false);
    assert.equal(keepsNode({ ...noFilters(), hiddenTypes: ['Person'] }, node('a', 'Location')), true);
  });

  test('every filter round-trips through the address bar; malformed values are dropped', () => {
    const values: FilterValues = {
      hiddenTypes: ['Location', 'Person'],
      hiddenRelations: ['DENIES'],
      hiddenModalities: ['denied', 'suspected'],
      minConfidence: 0.35,
      minSources: 2,
      evidenceLangs: ['ar'],
      dates: { from: '2017-01-01', to: '' },
      claimant: 'org_1',
      showIsolated: true,
    };
    const params = new URLSearchParams();
    writeFilters(values, params);
    assert.deepEqual(readFilters(new URLSearchParams(params.toString())), values);
    assert.equal(activeFilterCount(values), 9);
    const broken = readFilters(
      new URLSearchParams('minConfidence=7&minSources=x&hideModalities=maybe&dates=2017..never&isolated=yes'),
    );
    assert.deepEqual(broken, noFilters());
  });
});
