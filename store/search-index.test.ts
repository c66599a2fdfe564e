import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../graph-schema/schema.ts';
import { SearchIndex } from './search-index.ts';
import { indexCandidate, rankCandidates, type IndexedCandidate } from './search-key.ts';

/** Names built from a few syllables, so prefixes, inner pieces and near spellings are shared. */
function candidates(count: number): IndexedCandidate[] {
  const syllables = ['mar', 'co', 'ra', 'vel', 'dun', 'son', 'ماك', 'رون', 'é', 'lys'];
  const types: EntityType[] = ['Person', 'Organization', 'ThreatActor', 'Location'];
  let state = 7;
  const next = (below: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % below;
  };
  const word = () => Array.from({ length: 1 + next(3) }, () => syllables[next(syllables.length)]).join('');
  return Array.from({ length: count }, (_, index) => {
    const name = Array.from({ length: 1 + next(2) }, word).join(' ');
    const aliases = Array.from({ length: next(3) }, () => `${word()}-${next(100)}`);
    return indexCandidate({ id: `e${index}`, type: types[index % types.length] ?? 'Person', name, aliases });
  });
}

describe('SearchIndex', () => {
  const all = candidates(400);
  const index = new SearchIndex(all);

  test('gives the hits of a pass over every candidate, for prefixes, pieces and near spellings', () => {
    const queries = new Set<string>(['', ' - ', 'x', 'zzzz', 'marcorav', 'ماكرو', 'Élys', 'ELYS', 'vel-4']);
    for (const candidate of all.slice(0, 60)) {
      const name = candidate.name;
      for (let length = 1; length <= name.length; length++) queries.add(name.slice(0, length));
      queries.add(name.slice(2, 8));
      // One letter swapped, one dropped: near spellings.
      queries.add(`${name.charAt(1)}${name.charAt(0)}${name.slice(2)}`);
      queries.add(name.slice(0, 3) + name.slice(4));
      // An alias with a letter dropped, and with its number changed: near only in letters.
      for (const alias of candidate.aliases) {
        queries.add(alias.slice(1));
        queries.add(alias.replace(/\d$/, (digit) => String((Number(digit) + 1) % 10)));
      }
    }
    let compared = 0;
    for (const query of queries) {
      for (const options of [{}, { limit: 5 }, { limit: 50 }, { types: ['Person' as const], limit: 3 }]) {
        assert.deepEqual(
          index.rank(query, options),
          rankCandidates(query, all, options),
          `${query} ${JSON.stringify(options)}`,
        );
        compared++;
      }
    }
    assert.ok(compared > 500, `${compared} searches compared`);
  });

  test('a longer key whose score rounds the same still wins by the shorter name', () => {
    const long = [
      { id: 'a', type: 'Domain' as const, name: `se${'q'.repeat(43)}`, aliases: [] },
      { id: 'b', type: 'Person' as const, name: 'Zo', aliases: [`se${'q'.repeat(44)}`] },
      { id: 'c', type: 'Person' as const, name: `se${'q'.repeat(60)}`, aliases: [] },
    ].map(indexCandidate);
    const small = new SearchIndex(long);
    for (const limit of [1, 2, 3]) {
      assert.deepEqual(small.rank('se', { limit }), rankCandidates('se', long, { limit }), `limit ${limit}`);
    }
    assert.deepEqual(
      small.rank('se', { limit: 1 }).map((hit) => hit.id),
      ['b'],
      'scores 2.022 both: the shorter name first',
    );
  });

  test('finds names by a piece inside them and by a near spelling', () => {
    const [piece] = index.rank(all[0]?.nameKey.slice(1, 6) ?? '', { limit: 1 });
    assert.ok(piece && piece.score >= 1 && piece.score < 2, 'a piece inside a name scores in its band');
    const small = new SearchIndex(
      [{ id: 'p1', type: 'Person' as const, name: 'Emmanuel Macron', aliases: [] }].map(indexCandidate),
    );
    assert.deepEqual(
      small.rank('macorn').map((hit) => hit.id),
      ['p1'],
    );
  });
});
