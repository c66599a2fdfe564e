import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TakenSpans } from './taken-spans.ts';
import type { Span } from './types.ts';
import { seededRandom } from '../bench/seeded-random.ts';

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

test('greedy selection with TakenSpans keeps what a scan of the taken list keeps', () => {
  for (let seed = 1; seed <= 200; seed++) {
    const random = seededRandom(seed);
    const spans: Span[] = Array.from({ length: 60 }, () => {
      const start = Math.floor(random() * 100);
      // Empty spans included: they are where an offset mark and a scan could disagree.
      return { start, end: start + Math.floor(random() * 8) };
    });
    const scanned: Span[] = [];
    for (const span of spans) if (!scanned.some((taken) => overlaps(taken, span))) scanned.push(span);
    const marked: Span[] = [];
    const taken = TakenSpans.coveringAll(spans);
    for (const span of spans) {
      if (taken.overlaps(span)) continue;
      taken.take(span);
      marked.push(span);
    }
    assert.deepEqual(marked, scanned, `seed ${seed}`);
  }
});
