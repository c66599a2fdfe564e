import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  add,
  dismiss,
  expand,
  initialState,
  keepOnly,
  select,
  setFilter,
  togglePin,
} from './explorer-state.ts';
import { ExplorerStore } from './store.ts';

describe('explorer store', () => {
  test('undo and redo step through changes of what is shown', () => {
    const store = new ExplorerStore(initialState());
    store.update((state) => add(state, ['a']));
    store.update((state) => expand(state, 'a'));
    store.update((state) => dismiss(state, ['b']));
    assert.deepEqual(store.state.dismissed, ['b']);
    store.undo();
    assert.deepEqual(store.state.dismissed, []);
    assert.deepEqual(store.state.expanded, { a: 1 });
    store.undo();
    store.undo();
    assert.deepEqual(store.state.added, []);
    assert.equal(store.canUndo, false);
    store.redo();
    assert.deepEqual(store.state.added, ['a']);
    // A new change forgets what could have been redone.
    store.update((state) => togglePin(state, 'a'));
    assert.equal(store.canRedo, false);
  });

  test('selection, camera and language changes are not steps of the history, and survive undo', () => {
    const store = new ExplorerStore(initialState());
    store.update((state) => setFilter(state, 'minSources', 2));
    store.update((state) => select(state, { kind: 'node', id: 'a' }));
    store.update((state) => ({ ...state, camera: { x: 1, y: 2, ratio: 1 }, lang: 'fr' }));
    store.undo();
    assert.equal(store.state.filters.minSources, 1);
    assert.deepEqual(store.state.selection, { kind: 'node', id: 'a' });
    assert.equal(store.state.lang, 'fr');
    assert.equal(store.canUndo, false);
  });

  test('listeners hear every change with the previous state', () => {
    const store = new ExplorerStore(initialState());
    const seen: number[] = [];
    store.subscribe((state, previous) => seen.push(state.added.length - previous.added.length));
    store.update((state) => add(state, ['a', 'b']));
    store.undo();
    assert.deepEqual(seen, [2, -2]);
  });
});

describe('state changes', () => {
  test('dismissing takes the entity, its expansion, pin and selection away; adding brings it back', () => {
    let state = select(togglePin(expand(add(initialState(), ['a']), 'a'), 'a'), { kind: 'node', id: 'a' });
    state = dismiss(state, ['a']);
    assert.deepEqual([state.added, state.pinned, state.expanded, state.dismissed], [[], [], {}, ['a']]);
    assert.equal(state.selection, undefined);
    state = add(state, ['a']);
    assert.deepEqual([state.added, state.dismissed], [['a'], []]);
  });

  test('expanding again asks for another page; keep-only drops the start view', () => {
    const state = expand(expand(initialState(), 'a'), 'a');
    assert.deepEqual(state.expanded, { a: 2 });
    const kept = keepOnly(togglePin(togglePin(state, 'a'), 'b'), ['a']);
    assert.deepEqual([kept.start, kept.added, kept.expanded, kept.pinned], [false, ['a'], {}, ['a']]);
  });
});
