import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { indexCandidate, rankCandidates, searchKey } from './search-key.ts';

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
