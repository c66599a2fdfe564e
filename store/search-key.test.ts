import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import {
  editDistanceWithin,
  fuzzyGrams,
  indexCandidate,
  maxEdits,
  rankCandidates,
  searchKey,
} from './search-key.ts';

describe('searchKey', () => {
  test('ignores case, accents, spaces and punctuation', () => {
    assert.equal(searchKey('APT 28'), searchKey('apt-28'));
    assert.equal(searchKey('Élysée'), 'elysee');
    assert.equal(searchKey('En Marche !'), 'enmarche');
  });

  test('folds Arabic spelling variants', () => {
    assert.equal(searchKey('أحمد'), searchKey('احمد'));
    assert.equal(searchKey('إسلام'), searchKey('اسلام'));
    assert.equal(searchKey('آمال'), searchKey('امال'));
    assert.equal(searchKey('ٱلقدس'), searchKey('القدس'));
    assert.equal(searchKey('مستشفى'), searchKey('مستشفي'));
    assert.equal(searchKey('مدرسة'), searchKey('مدرسه'));
    assert.equal(searchKey('بُون سْتُورْم'), searchKey('بون ستورم'));
    assert.equal(searchKey('بـــون'), searchKey('بون'));
    assert.equal(searchKey('APT٢٨'), searchKey('APT28'));
  });

  test('keeps what distinguishes names', () => {
    assert.notEqual(searchKey('APT28'), searchKey('APT29'));
    assert.notEqual(searchKey('بون'), searchKey('بين'));
  });
});

describe('rankCandidates', () => {
  const candidates = [
    { id: 'a', type: 'ThreatActor' as const, name: 'Sandworm', aliases: ['Voodoo Bear'] },
    { id: 'b', type: 'ThreatActor' as const, name: 'Voodoo Bear Team', aliases: [] },
    { id: 'c', type: 'Organization' as const, name: 'Bear Foundation', aliases: ['Voodoo'] },
  ].map(indexCandidate);

  test('orders exact name, exact alias, prefix, substring', () => {
    assert.deepEqual(
      rankCandidates('Voodoo Bear', candidates).map((hit) => hit.id),
      ['a', 'b'],
      'exact alias of a beats prefix of b',
    );
    assert.deepEqual(
      rankCandidates('voodoo', candidates).map((hit) => hit.id),
      ['c', 'a', 'b'],
      'exact alias, then prefixes, shorter match first',
    );
    const [exact] = rankCandidates('Sandworm', candidates);
    const [alias] = rankCandidates('Voodoo Bear', candidates);
    const [prefix] = rankCandidates('Sandw', candidates);
    const [inner] = rankCandidates('andwor', candidates);
    assert.ok(exact && alias && prefix && inner);
    assert.ok(exact.score > alias.score && alias.score > prefix.score && prefix.score > inner.score);
  });

  test('filters by type, caps the count and ignores blank queries', () => {
    assert.deepEqual(
      rankCandidates('bear', candidates, { types: ['Organization'] }).map((hit) => hit.id),
      ['c'],
    );
    assert.equal(rankCandidates('bear', candidates, { limit: 2 }).length, 2);
    assert.deepEqual(rankCandidates(' - ', candidates), []);
  });
});

describe('near spellings', () => {
  const candidates = [
    { id: 'p1', type: 'Person' as const, name: 'Emmanuel Macron', aliases: ['ماكرون'] },
    { id: 'p2', type: 'Person' as const, name: 'Marc Keller', aliases: [] },
    { id: 'o1', type: 'Organization' as const, name: 'Macronia Holdings', aliases: [] },
  ].map(indexCandidate);

  test('a swapped, missing or wrong letter still finds a word of the name, in any script', () => {
    assert.deepEqual(
      rankCandidates('macorn', candidates).map((hit) => hit.id),
      ['p1'],
    );
    assert.deepEqual(
      rankCandidates('ماكرن', candidates).map((hit) => hit.id),
      ['p1'],
    );
    assert.deepEqual(
      rankCandidates('Emanuel Macron', candidates).map((hit) => hit.id),
      ['p1'],
    );
  });

  test('ranks below every real match and never reaches short keys', () => {
    const hits = rankCandidates('macron', candidates);
    assert.deepEqual(
      hits.map((hit) => hit.id),
      ['o1', 'p1'],
      'a prefix of Macronia beats the word "macron" of Emmanuel Macron',
    );
    const [fuzzy] = rankCandidates('macorn', candidates);
    assert.ok(fuzzy && hits.every((hit) => hit.score > fuzzy.score));
    assert.deepEqual(rankCandidates('mcr', candidates), [], 'three letters are compared exactly');
    assert.deepEqual(rankCandidates('zorvanian', candidates), []);
  });

  test('at equal edits a word of the name beats a word of an alias', () => {
    const pair = [
      { id: 'x1', type: 'Organization' as const, name: 'Party of Renewal', aliases: ['Macron movement'] },
      { id: 'x2', type: 'Person' as const, name: 'Lucie Macron', aliases: [] },
    ].map(indexCandidate);
    assert.deepEqual(
      rankCandidates('macorn', pair).map((hit) => hit.id),
      ['x2', 'x1'],
    );
  });

  test('edit distance is bounded and counts a swap as one edit', () => {
    assert.equal(editDistanceWithin('macorn', 'macron', 2), 1);
    assert.equal(editDistanceWithin('kitten', 'sitting', 3), 3);
    assert.equal(editDistanceWithin('kitten', 'sitting', 2), undefined);
    assert.equal(editDistanceWithin('abc', 'abcdefg', 2), undefined);
    assert.equal(maxEdits(3), 0);
  });

  test('three-letter pieces say which names a backend must compare', () => {
    const { grams, minShared } = fuzzyGrams(searchKey('macorn'));
    assert.deepEqual(grams, ['aco', 'cor', 'mac', 'orn']);
    assert.ok(grams.filter((gram) => 'emmanuelmacron'.includes(gram)).length >= minShared);
  });
});
