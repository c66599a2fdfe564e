/**
 * Shortest paths, found level by level from the start entity, one query per level. Searching
 * here rather than with the engine's recursive `-[* ALL SHORTEST]-` keeps the search within a
 * budget of edges examined: each level asks for no more rows than the budget has left, so a hub
 * on the way cannot pull in the whole graph.
 */
import type { ShortestPathEdges } from '../record-reader.ts';
import type { EntityType } from '../../graph-schema/schema.ts';
import { groupBy } from '../collections.ts';
import { byIds } from './by-ids.ts';
import type { Session } from './connection.ts';
import { ANY_RELATION, label } from './labels.ts';
import { asString } from '../row-values.ts';

interface Step {
  edgeId: string;
  from: string;
}

interface Node {
  id: string;
  type: EntityType;
}

/**
 * The edges of the frontier's nodes, both ways, `limit` rows at most: one query per entity
 * table, each starting from its primary key (a pattern over every table costs a lookup in each).
 */
async function frontierEdges(session: Session, frontier: readonly Node[], limit: number) {
  const rows = [];
  for (const [type, nodes] of groupBy(frontier, (node) => node.type)) {
    if (rows.length >= limit) break;
    rows.push(
      ...(await byIds(
        session,
        nodes.map((node) => node.id),
        (wanted) =>
          `MATCH (a${label(type)} {id: ${wanted}})-[e${ANY_RELATION}]-(b)
           RETURN a.id AS a, e.id AS e, b.id AS b, label(b) AS bType`,
        { limit: limit - rows.length, followsEdges: true },
      )),
    );
  }
  return rows;
}

/**
 * Ids of every edge on some shortest undirected path from `from` to `toId` (none if longer),
 * examining at most `maxSteps` edges; `cut` says the budget ran out first.
 */
export async function shortestPathEdges(
  session: Session,
  from: Node,
  toId: string,
  maxLength: number,
  maxSteps: number,
): Promise<ShortestPathEdges> {
  const distance = new Map<string, number>([[from.id, 0]]);
  const reachedBy = new Map<string, Step[]>();
  let frontier = [from];
  let steps = 0;
  let cut = false;
  for (let depth = 1; depth <= maxLength && frontier.length > 0 && !distance.has(toId) && !cut; depth++) {
    const allowed = maxSteps - steps;
    const found = await frontierEdges(session, frontier, allowed + 1);
    cut = found.length > allowed;
    const rows = found.slice(0, allowed);
    steps += rows.length;
    const next: Node[] = [];
    for (const row of rows) {
      const node = asString(row.b);
      const step = { edgeId: asString(row.e), from: asString(row.a) };
      if (!distance.has(node)) {
        distance.set(node, depth);
        reachedBy.set(node, [step]);
        next.push({ id: node, type: asString(row.bType) as EntityType });
      } else if (distance.get(node) === depth) {
        reachedBy.get(node)?.push(step);
      }
    }
    frontier = next;
  }
  if (!distance.has(toId)) return { edgeIds: [], cut };

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
  return { edgeIds: [...edges].sort(), cut };
}
