/**
 * A few of the shortest paths between two entities, from the edges on all of them: between two
 * hubs the paths multiply (one per common neighbour, and more each hop), so an answer holds the
 * first few and counts the rest.
 */

interface PathEdge {
  id: string;
  source: string;
  target: string;
}

export interface PathSelection {
  /** Edges of the kept paths, in no particular order. */
  edgeIds: string[];
  /** Paths the edges hold from `fromId` to `toId`, and how many were kept. */
  found: number;
  returned: number;
}

/**
 * The first `max` paths (by the ids of the entities along them) from `fromId` to `toId` over
 * `edges`, the union of the shortest paths between them; a path is a sequence of entities, and
 * keeping one keeps every edge joining two of its consecutive entities.
 */
export function selectPaths(
  fromId: string,
  toId: string,
  edges: readonly PathEdge[],
  max: number,
): PathSelection {
  const joining = new Map<string, Map<string, string[]>>();
  const join = (a: string, b: string, id: string) => {
    const near = joining.get(a) ?? new Map<string, string[]>();
    joining.set(a, near);
    near.set(b, [...(near.get(b) ?? []), id]);
  };
  for (const edge of edges) {
    if (edge.source === edge.target) continue;
    join(edge.source, edge.target, edge.id);
    join(edge.target, edge.source, edge.id);
  }
  const level = new Map([[fromId, 0]]);
  const order = [fromId];
  for (let index = 0; index < order.length; index++) {
    const at = order[index] as string;
    for (const next of joining.get(at)?.keys() ?? []) {
      if (level.has(next)) continue;
      level.set(next, (level.get(at) ?? 0) + 1);
      order.push(next);
    }
  }
  const forward = (at: string) =>
    [...(joining.get(at)?.keys() ?? [])]
      .filter((next) => level.get(next) === (level.get(at) ?? 0) + 1)
      .sort((a, b) => (a < b ? -1 : 1));
  // Paths from each entity on to `toId`, counted from the far end back.
  const onward = new Map<string, number>([[toId, 1]]);
  for (const at of [...order].reverse()) {
    if (at === toId) continue;
    onward.set(
      at,
      forward(at).reduce((sum, next) => sum + (onward.get(next) ?? 0), 0),
    );
  }
  const found = level.has(toId) && fromId !== toId ? (onward.get(fromId) ?? 0) : 0;
  const kept = new Set<string>();
  let returned = 0;
  const walk = (at: string, trail: string[]) => {
    if (returned >= max) return;
    if (at === toId) {
      returned++;
      trail.forEach((entity, index) => {
        const next = trail[index + 1] ?? at;
        for (const id of joining.get(entity)?.get(next) ?? []) kept.add(id);
      });
      return;
    }
    for (const next of forward(at)) {
      if ((onward.get(next) ?? 0) > 0) walk(next, [...trail, at]);
    }
  };
  if (found > 0) walk(fromId, []);
  return { edgeIds: [...kept], found, returned };
}
