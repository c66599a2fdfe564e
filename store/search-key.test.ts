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

  test('a near spelling keeps the digits: spacing and punctuation are ignored, another number is another name', () => {
    const groups = [
      { id: 't1', type: 'ThreatActor' as const, name: 'APT28', aliases: ['Fancy Bear'] },
      { id: 't2', type: 'ThreatActor' as const, name: 'Storm-0558', aliases: [] },
    ].map(indexCandidate);
    for (const query of ['APT 28', 'apt-28', 'Apt28']) {
      assert.deepEqual(
        rankCandidates(query, groups).map((hit) => hit.id),
        ['t1'],
        query,
      );
    }
    assert.deepEqual(
      rankCandidates('atp28', groups).map((hit) => hit.id),
      ['t1'],
      'letters swapped: near',
    );
    assert.deepEqual(rankCandidates('apt29', groups), [], 'another number: not near');
    assert.deepEqual(rankCandidates('storm 0559', groups), []);
    assert.deepEqual(
      rankCandidates('strom 0558', groups).map((hit) => hit.id),
      ['t2'],
    );
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

  test('the banded distance agrees with the whole table on every short pair of a small alphabet', () => {
    const naive = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          const row = d[i] ?? [];
          const up = d[i - 1] ?? [];
          row[j] = Math.min(
            (up[j] ?? 0) + 1,
            (row[j - 1] ?? 0) + 1,
            (up[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
          );
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
            row[j] = Math.min(row[j] ?? 0, (d[i - 2]?.[j - 2] ?? 0) + 1);
        }
      return d[a.length]?.[b.length] ?? 0;
    };
    const words: string[] = [''];
    for (let length = 1; length <= 4; length++)
      for (const word of words.filter((w) => w.length === length - 1))
        words.push(`${word}a`, `${word}b`, `${word}c`);
    for (const a of words)
      for (const b of words)
        for (const max of [0, 1, 2]) {
          const exact = naive(a, b);
          assert.equal(
            editDistanceWithin(a, b, max),
            exact <= max ? exact : undefined,
            `${a} ~ ${b} within ${max}`,
          );
        }
  });

  test('three-letter pieces say which names a backend must compare', () => {
    const { grams, minShared } = fuzzyGrams(searchKey('macorn'));
    assert.deepEqual(grams, ['aco', 'cor', 'mac', 'orn']);
    assert.ok(grams.filter((gram) => 'emmanuelmacron'.includes(gram)).length >= minShared);
  });
});
