/**
 * Shortest paths, found level by level from the start entity. Kùzu 0.11's recursive
 * `-[* ALL SHORTEST]-` over rel tables with many FROM/TO pairs ran out of a 256 MB buffer pool
 * even on a graph of six nodes, so the search runs here, one query per level.
 */
import type { Session } from './connection.ts';
import { ANY_RELATION } from './labels.ts';
import { asString } from '../row-values.ts';

interface Step {
  edgeId: string;
  from: string;
}

/** Ids of every edge on some shortest undirected path from `fromId` to `toId` (none if longer). */
export async function shortestPathEdges(
  session: Session,
  fromId: string,
  toId: string,
  maxLength: number,
): Promise<string[]> {
  const distance = new Map<string, number>([[fromId, 0]]);
  const reachedBy = new Map<string, Step[]>();
  let frontier = [fromId];
  for (let depth = 1; depth <= maxLength && frontier.length > 0 && !distance.has(toId); depth++) {
    const rows = await session.run(
      `MATCH (a)-[e${ANY_RELATION}]-(b) WHERE a.id IN $frontier
       RETURN a.id AS a, e.id AS e, b.id AS b`,
      { frontier },
    );
    const next: string[] = [];
    for (const row of rows) {
      const node = asString(row.b);
      const step = { edgeId: asString(row.e), from: asString(row.a) };
      if (!distance.has(node)) {
        distance.set(node, depth);
        reachedBy.set(node, [step]);
        next.push(node);
      } else if (distance.get(node) === depth) {
        reachedBy.get(node)?.push(step);
      }
    }
    frontier = next;
  }
  if (!distance.has(toId)) return [];

  const edges = new Set<string>();
  const visited = new Set<string>([toId]);
  const pending = [toId];
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    for (const step of reachedBy.get(node) ?? []) {
      edges.add(step.edgeId);
      if (!visited.has(step.from)) {
        visited.add(step.from);
        pending.push(step.from);
      }
    }
  }
  return [...edges].sort();
}
