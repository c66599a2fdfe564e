import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { initialState, type ExplorerState } from './explorer-state.ts';
import { noFilters } from './filters.ts';
import { permalinkSearch, readPermalink } from './permalink.ts';

describe('permalink', () => {
  test('round-trips the whole state', () => {
    const state: ExplorerState = {
      start: false,
      added: ['ta_1', 'org_2'],
      expanded: { ta_1: 1, org_2: 3 },
      dismissed: ['per_3'],
      pinned: ['ta_1'],
      filters: { ...noFilters(), hiddenModalities: ['denied'], minSources: 2 },
      selection: { kind: 'edge', id: 'rel_9' },
      camera: { x: 0.5, y: 0.25, ratio: 0.8 },
      query: 'MATCH (n) RETURN n LIMIT 3',
      lang: 'ar',
      sizeBy: 'pagerank',
      colourBy: 'community',
    };
    assert.deepEqual(readPermalink(permalinkSearch(state)), state);
  });

  test('the start view has a bare address', () => {
    assert.equal(permalinkSearch(initialState()), '');
    assert.deepEqual(readPermalink(''), initialState());
  });

  test('ignores what it cannot read, field by field', () => {
    const state = readPermalink('?lang=de&node=x&expand=a*0,b*2,c&camera=1,2&minSources=zero');
    assert.equal(state.lang, 'en');
    assert.deepEqual(state.selection, { kind: 'node', id: 'x' });
    assert.deepEqual(state.expanded, { b: 2, c: 1 });
    assert.equal(state.camera, undefined);
    assert.equal(state.filters.minSources, 1);
  });
});
