/**
 * Aho–Corasick: every occurrence of every pattern in one left-to-right pass over the text,
 * whatever the number of patterns. Works on UTF-16 code units, like String indices.
 */

const NO_PATTERN = -1;
const NO_STATE = -1;
const ROOT = 0;
const CODE_UNITS = 0x10000;

export interface PatternAutomaton {
  readonly patternCount: number;
  /** Calls `onMatch(pattern, end)` for each occurrence, `end` exclusive, in order of `end`. */
  scan(text: string, onMatch: (pattern: number, end: number) => void): void;
}

/**
 * The trie's edges in flat typed arrays: the edges leaving state s are
 * edgeCodes/edgeTargets[firstEdge[s], firstEdge[s + 1]), sorted by code unit. The root, where
 * the scan returns after most characters, has a direct table instead.
 */
interface Edges {
  firstEdge: Int32Array;
  edgeCodes: Uint16Array;
  edgeTargets: Int32Array;
  rootTargets: Int32Array;
}

/** Builds the automaton; pattern i of the result is patterns[i]. Empty patterns are ignored. */
export function buildAutomaton(patterns: readonly string[]): PatternAutomaton {
  // While building, edges live in one map keyed by state * 65536 + code unit: far fewer
  // objects than a map per state, which matters with tens of thousands of states.
  const transitions = new Map<number, number>();
  const terminalList: number[] = [NO_PATTERN];
  let stateCount = 1;

  patterns.forEach((pattern, index) => {
    if (pattern.length === 0) return;
    let state = ROOT;
    for (let position = 0; position < pattern.length; position++) {
      const key = state * CODE_UNITS + pattern.charCodeAt(position);
      let next = transitions.get(key);
      if (next === undefined) {
        next = stateCount++;
        transitions.set(key, next);
        terminalList.push(NO_PATTERN);
      }
      state = next;
    }
    terminalList[state] = index;
  });

  const terminal = Int32Array.from(terminalList);
  const edges = flattenEdges(transitions, stateCount);
  const { failure, outputLink } = failureLinks(edges, terminal, stateCount);

  return {
    patternCount: patterns.length,
    scan(text, onMatch) {
      let state = ROOT;
      for (let position = 0; position < text.length; position++) {
        const code = text.charCodeAt(position);
        let next = step(edges, state, code);
        while (next === NO_STATE && state !== ROOT) {
          state = failure[state] ?? ROOT;
          next = step(edges, state, code);
        }
        state = next === NO_STATE ? ROOT : next;
        const end = position + 1;
        const own = terminal[state] ?? NO_PATTERN;
        if (own !== NO_PATTERN) onMatch(own, end);
        for (
          let link = outputLink[state] ?? NO_STATE;
          link !== NO_STATE;
          link = outputLink[link] ?? NO_STATE
        ) {
          onMatch(terminal[link] ?? NO_PATTERN, end);
        }
      }
    },
  };
}

function flattenEdges(transitions: ReadonlyMap<number, number>, stateCount: number): Edges {
  const firstEdge = new Int32Array(stateCount + 1);
  for (const key of transitions.keys()) {
    const slot = Math.floor(key / CODE_UNITS) + 1;
    firstEdge[slot] = (firstEdge[slot] ?? 0) + 1;
  }
  for (let state = 0; state < stateCount; state++) {
    firstEdge[state + 1] = (firstEdge[state + 1] ?? 0) + (firstEdge[state] ?? 0);
  }
  const edgeCodes = new Uint16Array(transitions.size);
  const edgeTargets = new Int32Array(transitions.size);
  const filled = firstEdge.slice(0, stateCount);
  const rootTargets = new Int32Array(CODE_UNITS).fill(NO_STATE);
  for (const [key, target] of transitions) {
    const state = Math.floor(key / CODE_UNITS);
    const code = key % CODE_UNITS;
    const slot = filled[state] ?? 0;
    filled[state] = slot + 1;
    // Insertion sort by code within the state's edges: most states have one or two.
    let at = slot;
    while (at > (firstEdge[state] ?? 0) && (edgeCodes[at - 1] ?? 0) > code) {
      edgeCodes[at] = edgeCodes[at - 1] ?? 0;
      edgeTargets[at] = edgeTargets[at - 1] ?? 0;
      at--;
    }
    edgeCodes[at] = code;
    edgeTargets[at] = target;
    if (state === ROOT) rootTargets[code] = target;
  }
  return { firstEdge, edgeCodes, edgeTargets, rootTargets };
}

/** The state reached from `state` on `code` along a trie edge, or NO_STATE. */
function step(edges: Edges, state: number, code: number): number {
  if (state === ROOT) return edges.rootTargets[code] ?? NO_STATE;
  const { edgeCodes } = edges;
  let low = edges.firstEdge[state] ?? 0;
  let high = edges.firstEdge[state + 1] ?? 0;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const found = edgeCodes[middle] ?? 0;
    if (found < code) low = middle + 1;
    else if (found > code) high = middle;
    else return edges.edgeTargets[middle] ?? NO_STATE;
  }
  return NO_STATE;
}

/**
 * Failure links by breadth-first order, and for each state the nearest state down its
 * failure chain that ends a pattern (or NO_STATE).
 */
function failureLinks(
  edges: Edges,
  terminal: Int32Array,
  stateCount: number,
): { failure: Int32Array; outputLink: Int32Array } {
  const failure = new Int32Array(stateCount);
  const outputLink = new Int32Array(stateCount).fill(NO_STATE);
  const queue = new Int32Array(stateCount);
  let tail = 0;
  for (let edge = edges.firstEdge[ROOT] ?? 0; edge < (edges.firstEdge[ROOT + 1] ?? 0); edge++) {
    queue[tail++] = edges.edgeTargets[edge] ?? ROOT;
  }
  for (let head = 0; head < tail; head++) {
    const state = queue[head] ?? ROOT;
    for (let edge = edges.firstEdge[state] ?? 0; edge < (edges.firstEdge[state + 1] ?? 0); edge++) {
      const code = edges.edgeCodes[edge] ?? 0;
      const child = edges.edgeTargets[edge] ?? ROOT;
      let fallback = failure[state] ?? ROOT;
      let target = step(edges, fallback, code);
      while (target === NO_STATE && fallback !== ROOT) {
        fallback = failure[fallback] ?? ROOT;
        target = step(edges, fallback, code);
      }
      const childFailure = target === NO_STATE ? ROOT : target;
      failure[child] = childFailure;
      outputLink[child] =
        terminal[childFailure] !== NO_PATTERN ? childFailure : (outputLink[childFailure] ?? NO_STATE);
      queue[tail++] = child;
    }
  }
  return { failure, outputLink };
}
