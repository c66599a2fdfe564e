/**
 * Aho–Corasick: every occurrence of every pattern in one left-to-right pass over the text,
 * whatever the number of patterns. Works on UTF-16 code units, like String indices.
 */

const NO_PATTERN = -1;

export interface PatternAutomaton {
  readonly patternCount: number;
  /** Calls `onMatch(pattern, end)` for each occurrence, `end` exclusive, in order of `end`. */
  scan(text: string, onMatch: (pattern: number, end: number) => void): void;
}

/** Builds the automaton; pattern i of the result is patterns[i]. Empty patterns are ignored. */
export function buildAutomaton(patterns: readonly string[]): PatternAutomaton {
  // Transitions of all states in one map keyed by state * 65536 + code unit: far fewer objects
  // than a map per state, which matters with tens of thousands of states.
  const transitions = new Map<number, number>();
  const terminal: number[] = [NO_PATTERN];
  let stateCount = 1;

  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let state = 0;
    for (let position = 0; position < pattern.length; position++) {
      const key = state * 0x10000 + pattern.charCodeAt(position);
      let next = transitions.get(key);
      if (next === undefined) {
        next = stateCount++;
        transitions.set(key, next);
        terminal.push(NO_PATTERN);
      }
      state = next;
    }
    terminal[state] = index;
  });

  const children: Array<Array<[number, number]>> = Array.from({ length: stateCount }, () => []);
  for (const [key, child] of transitions) {
    children[Math.floor(key / 0x10000)]?.push([key % 0x10000, child]);
  }

  const failure = new Int32Array(stateCount);
  /** Nearest state down the failure chain that ends a pattern, or -1. */
  const outputLink = new Int32Array(stateCount).fill(-1);
  const queue: number[] = [];
  for (const [, child] of children[0] ?? []) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head] ?? 0;
    for (const [code, child] of children[state] ?? []) {
      let fallback = failure[state] ?? 0;
      let target = transitions.get(fallback * 0x10000 + code);
      while (target === undefined && fallback !== 0) {
        fallback = failure[fallback] ?? 0;
        target = transitions.get(fallback * 0x10000 + code);
      }
      const childFailure = target ?? 0;
      failure[child] = childFailure;
      outputLink[child] =
        terminal[childFailure] !== NO_PATTERN ? childFailure : (outputLink[childFailure] ?? -1);
      queue.push(child);
    }
  }

  return {
    patternCount: patterns.length,
    scan(text, onMatch) {
      let state = 0;
      for (let position = 0; position < text.length; position++) {
        const code = text.charCodeAt(position);
        let next = transitions.get(state * 0x10000 + code);
        while (next === undefined && state !== 0) {
          state = failure[state] ?? 0;
          next = transitions.get(state * 0x10000 + code);
        }
        state = next ?? 0;
        const end = position + 1;
        const own = terminal[state] ?? NO_PATTERN;
        if (own !== NO_PATTERN) onMatch(own, end);
        for (let link = outputLink[state] ?? -1; link !== -1; link = outputLink[link] ?? -1) {
          onMatch(terminal[link] ?? NO_PATTERN, end);
        }
      }
    },
  };
}
