/**
 * Shortest paths, found level by level from both entities, one query per level. Searching
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

/** One side of the search: how far each entity it reached lies from its end, and by which edges. */
interface Side {
  distance: Map<string, number>;
  reachedBy: Map<string, Step[]>;
  frontier: Node[];
  depth: number;
}

function sideFrom(node: Node): Side {
  return { distance: new Map([[node.id, 0]]), reachedBy: new Map(), frontier: [node], depth: 0 };
}

/** Every edge by which `side` reached `node` at its shortest, back to the side's end. */
function edgesBack(side: Side, node: string, into: Set<string>, visited: Set<string>): void {
  const pending = [node];
  for (let at = pending.pop(); at !== undefined; at = pending.pop()) {
    for (const step of side.reachedBy.get(at) ?? []) {
      into.add(step.edgeId);
      if (!visited.has(step.from)) {
        visited.add(step.from);
        pending.push(step.from);
      }
    }
  }
}

/**
 * Ids of every edge on some shortest undirected path from `from` to `to` (none if longer),
 * examining at most `maxSteps` edges; `cut` says the budget ran out first. The search grows from
 * both ends, a whole level at a time, always on the side whose frontier holds fewer entities: a
 * small or isolated end is exhausted after a few of its own edges instead of the other end's
 * neighbourhood being read to the budget, and a hub is reached from its smaller side. The first
 * level that meets the other side gives the length; the edges across, and those by which each
 * side reached their ends, are the shortest paths.
 */
export async function shortestPathEdges(
  session: Session,
  from: Node,
  to: Node,
  maxLength: number,
  maxSteps: number,
): Promise<ShortestPathEdges> {
  const ends = [sideFrom(from), sideFrom(to)] as const;
  let steps = 0;
  let cut = false;
  let crossing: { edgeId: string; near: string; far: string; length: number }[] = [];
  while (crossing.length === 0 && !cut && ends[0].depth + ends[1].depth < maxLength) {
    const [side, other] =
      ends[1].frontier.length < ends[0].frontier.length ? [ends[1], ends[0]] : [ends[0], ends[1]];
    if (side.frontier.length === 0) break;
    const allowed = maxSteps - steps;
    const found = await frontierEdges(session, side.frontier, allowed + 1);
    cut = found.length > allowed;
    const rows = found.slice(0, allowed);
    steps += rows.length;
    side.depth++;
    const next: Node[] = [];
    for (const row of rows) {
      const node = asString(row.b);
      const step = { edgeId: asString(row.e), from: asString(row.a) };
      const far = other.distance.get(node);
      if (far !== undefined) crossing.push({ ...step, near: step.from, far: node, length: side.depth + far });
      if (!side.distance.has(node)) {
        side.distance.set(node, side.depth);
        side.reachedBy.set(node, [step]);
        next.push({ id: node, type: asString(row.bType) as EntityType });
      } else if (side.distance.get(node) === side.depth) {
        side.reachedBy.get(node)?.push(step);
      }
    }
    side.frontier = next;
    const shortest = Math.min(...crossing.map((edge) => edge.length));
    crossing = crossing.filter((edge) => edge.length === shortest && shortest <= maxLength);
    if (crossing.length > 0) {
      const edges = new Set<string>();
      const nearVisited = new Set<string>();
      const farVisited = new Set<string>();
      for (const edge of crossing) {
        edges.add(edge.edgeId);
        if (!nearVisited.has(edge.near)) {
          nearVisited.add(edge.near);
          edgesBack(side, edge.near, edges, nearVisited);
        }
        if (!farVisited.has(edge.far)) {
          farVisited.add(edge.far);
          edgesBack(other, edge.far, edges, farVisited);
        }
      }
      return { edgeIds: [...edges].sort(), cut };
    }
  }
  return { edgeIds: [], cut };
}
