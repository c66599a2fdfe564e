import { test } from 'node:test';
import assert from 'node:assert/strict';
import { overlapsAnyOf } from './span-overlap.ts';
import { overlaps } from './text.ts';
import type { Span } from '../types.ts';

test('answers as testing every span would, on spans of every arrangement', () => {
  let seed = 7;
  const next = (limit: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % limit;
  };
  const span = (): Span => {
    const start = next(60);
    return { start, end: start + next(12) };
  };
  for (let round = 0; round < 200; round++) {
    const spans = Array.from({ length: next(8) }, span);
    const test = overlapsAnyOf(spans);
    for (let ask = 0; ask < 20; ask++) {
      const asked = span();
      assert.equal(
        test(asked),
        spans.some((one) => overlaps(one, asked)),
        JSON.stringify({ spans, asked }),
      );
    }
  }
});

test('no spans overlap nothing; touching ends do not overlap', () => {
  assert.equal(overlapsAnyOf([])({ start: 0, end: 10 }), false);
  const test = overlapsAnyOf([
    { start: 10, end: 20 },
    { start: 0, end: 3 },
  ]);
  assert.equal(test({ start: 20, end: 25 }), false);
  assert.equal(test({ start: 3, end: 10 }), false);
  assert.equal(test({ start: 19, end: 30 }), true);
  assert.equal(test({ start: 5, end: 11 }), true);
});
