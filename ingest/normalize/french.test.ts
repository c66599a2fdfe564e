import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { foldKey } from './fold.ts';
import { frenchElisionLength, isFrenchElision } from './french.ts';

describe('French elision', () => {
  test('finds the elided article or pronoun, with either apostrophe', () => {
    assert.equal(frenchElisionLength(foldKey("l'ANSSI")), 2);
    assert.equal(frenchElisionLength(foldKey('d’APT28')), 2);
    assert.equal(frenchElisionLength(foldKey("jusqu'au")), 6);
    assert.equal(frenchElisionLength(foldKey('lorsqu’il')), 7);
  });

  test('ignores apostrophes that are not elisions', () => {
    assert.equal(frenchElisionLength(foldKey("aujourd'hui")), 0);
    assert.equal(frenchElisionLength(foldKey("Putin's")), 0);
    assert.equal(frenchElisionLength("l'"), 0);
    assert.ok(!isFrenchElision("o'"));
  });
});
