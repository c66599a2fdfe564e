import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ClauseBarriers } from './clause-barriers.ts';

const LEFT = /[();«“]|["»”],/u;
const RIGHT = /[();,،]|["»”],/u;

test('clause barriers: a quote or bracket closes the clause on the left, a comma only on the right', () => {
  const text = 'Le groupe, selon «les experts», a visé la banque (et ses filiales) hier.';
  const barriers = new ClauseBarriers(text, 0, text.length);
  const comma = text.indexOf(',');
  assert.equal(barriers.left(0, comma + 1), false);
  assert.equal(barriers.right(0, comma + 1), true);
  assert.equal(barriers.left(0, text.indexOf('«') + 1), true);
  assert.equal(barriers.left(text.indexOf('»'), text.indexOf('»') + 1), false);
  assert.equal(barriers.left(text.indexOf('»'), text.indexOf('»') + 2), true);
});

test('clause barriers: the same answer as a regex over the slice, inside and outside the sentence', () => {
  const alphabet = ['a', ' ', ',', '،', '(', ')', ';', '«', '»', '“', '”', '"', 'ب'];
  let seed = 7;
  const next = (limit: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % limit;
  };
  for (let round = 0; round < 300; round++) {
    const text = Array.from({ length: 30 }, () => alphabet[next(alphabet.length)]).join('');
    const start = next(10);
    const end = 20 + next(10);
    const barriers = new ClauseBarriers(text, start, end);
    for (let from = 0; from <= text.length; from++) {
      for (let to = from; to <= text.length; to++) {
        const slice = text.slice(from, to);
        assert.equal(barriers.left(from, to), LEFT.test(slice), `left ${JSON.stringify(slice)}`);
        assert.equal(barriers.right(from, to), RIGHT.test(slice), `right ${JSON.stringify(slice)}`);
      }
    }
  }
});
