/**
 * Where a clause closes, asked for many (mention, trigger) pairs of one sentence: quotes,
 * brackets and semicolons close the clause a trigger's arguments must share on either side; so
 * does a comma on the right. A closing quote followed by a comma closes it on both sides.
 * Positions are found once per sentence; each question is then answered by index.
 */
const LEFT_CLOSERS = new Set(['(', ')', ';', '«', '“']);
const RIGHT_CLOSERS = new Set(['(', ')', ';', ',', '،']);
const CLOSING_QUOTES = new Set(['"', '»', '”']);

/** End of the barrier that starts at `at`, or Infinity when none does. */
function barrierEnd(text: string, at: number, closers: ReadonlySet<string>): number {
  const char = text[at] ?? '';
  if (closers.has(char)) return at + 1;
  if (CLOSING_QUOTES.has(char) && text[at + 1] === ',') return at + 2;
  return Infinity;
}

/** For each offset from `start`, the earliest end of a barrier starting there or later (before `end`). */
function earliestEnds(text: string, start: number, end: number, closers: ReadonlySet<string>): Float64Array {
  const ends = new Float64Array(end - start + 1).fill(Infinity);
  for (let at = end - 1; at >= start; at--) {
    ends[at - start] = Math.min(barrierEnd(text, at, closers), ends[at - start + 1] ?? Infinity);
  }
  return ends;
}

function scan(text: string, from: number, to: number, closers: ReadonlySet<string>): boolean {
  for (let at = from; at < to; at++) if (barrierEnd(text, at, closers) <= to) return true;
  return false;
}

export class ClauseBarriers {
  private readonly leftEnds: Float64Array;
  private readonly rightEnds: Float64Array;

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
  ) {
    this.leftEnds = earliestEnds(text, start, end, LEFT_CLOSERS);
    this.rightEnds = earliestEnds(text, start, end, RIGHT_CLOSERS);
  }

  /** Whether `text.slice(from, to)`, between a mention and the trigger after it, closes the clause. */
  left(from: number, to: number): boolean {
    return this.closes(from, to, this.leftEnds, LEFT_CLOSERS);
  }

  /** Whether `text.slice(from, to)`, between a trigger and the mention after it, closes the clause. */
  right(from: number, to: number): boolean {
    return this.closes(from, to, this.rightEnds, RIGHT_CLOSERS);
  }

  private closes(from: number, to: number, ends: Float64Array, closers: ReadonlySet<string>): boolean {
    if (to <= from) return false;
    // A span reaching outside the sentence is rare: scanned directly.
    if (from < this.start || to > this.end) return scan(this.text, from, to, closers);
    return (ends[from - this.start] ?? Infinity) <= to;
  }
}
