/**
 * Paths between two entities over relations already fetched: the shortest (fewest hops,
 * ties broken by attestation) and the best attested (cheapest by attestation, whatever the
 * number of hops). A hop costs less the more independent documents back it, the more
 * confident it is and the more firmly it is asserted; denials are never a step of a path.
 */
import type { GraphSummaryEdge, Modality } from '../api-types.ts';

/** Extra cost of a hop by modality: a report is nearly as good as an assertion, a suspicion is not. */
const MODALITY_COST: Record<Modality, number> = {
  asserted: 0,
  reported: 0.25,
  suspected: 2,
  denied: Infinity,
};

export function attestationCost(edge: GraphSummaryEdge): number {
  return 1 / Math.max(1, edge.documentCount) + (1 - edge.confidence) + MODALITY_COST[edge.modality];
}

export type PathKind = 'shortest' | 'attested';

export interface Hop {
  edge: GraphSummaryEdge;
  /** The entity the hop leaves from, in path order (relations may point either way). */
  from: string;
  to: string;
}

/**
 * Dijkstra over the relations, in either direction. For `shortest` every hop weighs one
 * plus a fraction of its attestation cost small enough never to outweigh a hop.
 */
export function findPath(
  edges: Iterable<GraphSummaryEdge>,
  from: string,
  to: string,
  kind: PathKind,
): Hop[] | undefined {
  const usable = [...edges].filter((edge) => Number.isFinite(MODALITY_COST[edge.modality]));
  const adjacency = new Map<string, { edge: GraphSummaryEdge; other: string }[]>();
  const link = (a: string, b: string, edge: GraphSummaryEdge) => {
    const list = adjacency.get(a);
    if (list) list.push({ edge, other: b });
    else adjacency.set(a, [{ edge, other: b }]);
  };
  for (const edge of usable) {
    link(edge.source, edge.target, edge);
    if (edge.source !== edge.target) link(edge.target, edge.source, edge);
  }
  const maxCost = Math.max(1, ...usable.map(attestationCost));
  const weight = (edge: GraphSummaryEdge) =>
    kind === 'attested' ? attestationCost(edge) : 1 + attestationCost(edge) / (maxCost * (usable.length + 1));

  const distance = new Map<string, number>([[from, 0]]);
  const previous = new Map<string, Hop>();
  const done = new Set<string>();
  // The graphs here are small (what the explorer fetched): a linear scan for the minimum is enough.
  for (;;) {
    let current: string | undefined;
    for (const [node, cost] of distance) {
      if (!done.has(node) && (current === undefined || cost < (distance.get(current) ?? Infinity)))
        current = node;
    }
    if (current === undefined || current === to) break;
    done.add(current);
    const base = distance.get(current) ?? 0;
    for (const { edge, other } of adjacency.get(current) ?? []) {
      const cost = base + weight(edge);
      if (cost < (distance.get(other) ?? Infinity)) {
        distance.set(other, cost);
        previous.set(other, { edge, from: current, to: other });
      }
    }
  }
  if (!distance.has(to)) return undefined;
  const hops: Hop[] = [];
  for (let node = to; node !== from;) {
    const hop = previous.get(node);
    if (!hop) return undefined;
    hops.unshift(hop);
    node = hop.from;
  }
  return hops;
}
