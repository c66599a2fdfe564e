import { test } from 'node:test';
import assert from 'node:assert/strict';
import { articleVariants } from './search-entities.ts';

test('an Arabic query is also read without its article, or with it', () => {
  assert.deepEqual(articleVariants('الكرملين'), ['الكرملين', 'كرملين']);
  assert.deepEqual(articleVariants(' كرملين '), ['كرملين', 'الكرملين']);
  // Conjunction and preposition before the article go with it; after ل the article's alef is not written.
  assert.deepEqual(articleVariants('وبالكرملين'), ['وبالكرملين', 'كرملين']);
  assert.deepEqual(articleVariants('للكرملين'), ['للكرملين', 'كرملين']);
  assert.deepEqual(articleVariants('الكرملين الروسي'), ['الكرملين الروسي', 'كرملين الروسي']);
});

test('other scripts are searched as typed', () => {
  assert.deepEqual(articleVariants('Kremlin'), ['Kremlin']);
  assert.deepEqual(articleVariants('Al Jazeera'), ['Al Jazeera']);
});
