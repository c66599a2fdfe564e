/**
 * Whether a span overlaps any of a set of spans, asked once per sentence: a test of every span
 * per question made documents with many headings and lists quadratic.
 */
import type { Span } from '../types.ts';

/** A test that answers what `spans.some((span) => overlaps(span, asked))` answers, in O(log n). */
export function overlapsAnyOf(spans: readonly Span[]): (asked: Span) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((span) => span.start);
  // The furthest end among the spans up to each index: some span starting before `asked` ends
  // reaches into it exactly when the furthest of their ends does.
  const furthestEnds: number[] = [];
  let furthest = -Infinity;
  for (const span of sorted) {
    furthest = Math.max(furthest, span.end);
    furthestEnds.push(furthest);
  }
  return (asked) => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((starts[middle] ?? 0) < asked.end) low = middle + 1;
      else high = middle;
    }
    // Spans 0 .. low - 1 start before `asked` ends; one of them overlaps if it ends after `asked` starts.
    return low > 0 && (furthestEnds[low - 1] ?? -Infinity) > asked.start;
  };
}
