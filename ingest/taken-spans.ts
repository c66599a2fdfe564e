/**
 * Greedy selection of non-overlapping spans ("take the best candidate that overlaps nothing
 * taken yet") asks, for every candidate, whether it overlaps any span taken so far. Scanning
 * the taken list makes that quadratic on entity-dense text; marking the taken offsets makes
 * each question cost the candidate's own length.
 */
import type { Span } from './types.ts';

export class TakenSpans {
  /** Per offset, the number of the taken span covering it (taken spans never overlap), or 0. */
  private readonly owner: Int32Array;
  /** Offsets of taken empty spans: one overlaps any span strictly around its offset. */
  private readonly emptyAt: Uint8Array;
  private count = 0;

  /** `end`: the largest end of any span that will be asked about. */
  constructor(end: number) {
    this.owner = new Int32Array(end + 1);
    this.emptyAt = new Uint8Array(end + 1);
  }

  static coveringAll(spans: readonly Span[]): TakenSpans {
    let end = 0;
    for (const span of spans) end = Math.max(end, span.end);
    return new TakenSpans(end);
  }

  /** Whether `span` overlaps a taken span, in the sense `a.start < b.end && b.start < a.end`. */
  overlaps(span: Span): boolean {
    if (span.start === span.end) {
      const before = this.owner[span.start - 1] ?? 0;
      return before !== 0 && before === this.owner[span.start];
    }
    for (let at = span.start; at < span.end; at++) {
      if (this.owner[at] !== 0 || (at > span.start && this.emptyAt[at] === 1)) return true;
    }
    return false;
  }

  /** Takes a span that overlaps nothing taken. */
  take(span: Span): void {
    if (span.start === span.end) this.emptyAt[span.start] = 1;
    else this.owner.fill(++this.count, span.start, span.end);
  }
}
