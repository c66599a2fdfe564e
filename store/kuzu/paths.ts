/**
 * Shortest paths, found level by level from both entities, one query per level. Searching
 * here rather than with the engine's recursive `-[* ALL SHORTEST]-` keeps the search within a
 * budget of edges examined: each level asks for no more rows than the budget has left, so a hub
 * on the way cannot pull in the whole graph.
 */
import type { PathEdge, ShortestPathEdges } from '../record-reader.ts';
import type { EntityType } from '../../graph-schema/schema.ts';
import { groupBy } from '../collections.ts';
import { byIds, ONE_BY_ONE } from './by-ids.ts';
import type { KuzuRow, Session } from './connection.ts';
import { ANY_RELATION, label } from './labels.ts';
import { asNumber, asString, asStrings } from '../row-values.ts';

interface Step {
  edgeId: string;
  from: string;
  to: string;
}

interface Node {
  id: string;
  type: EntityType;
}

/** An edge met from the frontier: from which entity, to which, of which table. */
interface Crossed {
  a: string;
  e: string;
  b: string;
  bType: EntityType;
}

/**
 * The edges of the frontier's nodes, both ways, `limit` at most: one query per entity table,
 * each starting from its primary key (a pattern over every table costs a lookup in each), or one
 * per entity when few (unwound ids are joined with every edge of the store; a filter on row
 * numbers, as read.ts uses for a page, costs the table's size times the frontier's, and a
 * frontier of a hub's neighbouring domains took 55 -> 103 ms so on 20,000 bench documents). The
 * engine hands back the edges as one list per far table: when rows were read one worker-thread
 * hop each, a hub's 9,227 edges came back in 155-185 ms of CPU as rows and 17-19 ms as lists.
 */
async function frontierEdges(session: Session, frontier: readonly Node[], limit: number): Promise<Crossed[]> {
  const crossed: Crossed[] = [];
  const statement = (type: string, wanted: string, left: number) =>
    `MATCH (a${label(type)} {id: ${wanted}})-[e${ANY_RELATION}]-(b)
     WITH a.id AS a, label(b) AS bType, e.id AS e, b.id AS b LIMIT ${left}
     RETURN bType, collect([a, e, b]) AS steps`;
  const take = (rows: readonly KuzuRow[]) => {
    for (const row of rows) {
      const bType = asString(row.bType) as EntityType;
      for (const step of Array.isArray(row.steps) ? row.steps : []) {
        const [from = '', edge = '', to = ''] = asStrings(step);
        crossed.push({ a: from, e: edge, b: to, bType });
      }
    }
  };
  for (const [type, nodes] of groupBy(frontier, (node) => node.type)) {
    if (nodes.length > ONE_BY_ONE) {
      if (crossed.length >= limit) break;
      take(
        await session.run(`UNWIND $ids AS wanted ${statement(type, 'wanted', limit - crossed.length)}`, {
          ids: nodes.map((node) => node.id),
        }),
      );
      continue;
    }
    for (const node of nodes) {
      if (crossed.length >= limit) break;
      take(await session.run(statement(type, '$wanted', limit - crossed.length), { wanted: node.id }));
    }
  }
  return crossed;
}

/**
 * Edges the frontier's entities have, counted in the engine (no row per edge comes back): what
 * expanding it would cost. Counted only for frontiers small enough to be read one by one.
 */
async function frontierDegree(session: Session, frontier: readonly Node[]): Promise<number> {
  let degree = 0;
  for (const [type, nodes] of groupBy(frontier, (node) => node.type)) {
    const rows = await byIds(
      session,
      nodes.map((node) => node.id),
      (wanted) => `MATCH (a${label(type)} {id: ${wanted}})-[e${ANY_RELATION}]-(b) RETURN count(*) AS edges`,
      { followsEdges: true },
    );
    for (const row of rows) degree += asNumber(row.edges);
  }
  return degree;
}

/**
 * What reading a frontier unwound costs beyond its edges, per entity table, in edges read from
 * an entity's key: the engine joins the unwound ids with a scan of the relationship tables
 * instead of following each id. On 20,000 bench documents 632 domains' 633 edges took 33-57 ms
 * of CPU unwound, a hub's 9,227 edges from its key 12-23 ms. Counted only as their number of
 * entities (the least such a frontier can cost), a path search from a small entity to a hub
 * grew the small side through levels of hundreds and thousands of entities rather than read
 * the hub's edges once: the bench's 29 paths took 857 ms of CPU so, 558 with this cost (the
 * slowest 297 -> 258 ms, the next 205 -> 95).
 */
const UNWOUND_READ_COST = 20_000;

/**
 * The side to grow next: the one whose frontier costs less to read. A frontier small enough to
 * be read one by one has its edges counted; a larger one is read unwound, one statement per
 * entity table, and costs its number of entities (the least number of edges it can have: each
 * was reached by an edge) plus UNWOUND_READ_COST per table. So a hub at one end is reached from
 * the other, a hub's edges are read at once rather than levels of its many small neighbours'
 * one table at a time, and on a tie the start's side grows. Which side grows changes what the
 * search costs, not what it finds: every shortest path crosses between the two sides' levels
 * whichever grew (only a search the budget cuts may end elsewhere).
 */
async function cheaperSide(session: Session, ends: readonly [Side, Side]): Promise<[Side, Side]> {
  const [start, end] = ends;
  const cost = async (side: Side) => {
    if (side.frontier.length > ONE_BY_ONE) {
      const tables = new Set(side.frontier.map((node) => node.type)).size;
      return side.frontier.length + UNWOUND_READ_COST * tables;
    }
    side.degree ??= await frontierDegree(session, side.frontier);
    return side.degree;
  };
  return (await cost(end)) < (await cost(start)) ? [end, start] : [start, end];
}

/** One side of the search: how far each entity it reached lies from its end, and by which edges. */
interface Side {
  distance: Map<string, number>;
  reachedBy: Map<string, Step[]>;
  frontier: Node[];
  depth: number;
  /** Edges of the frontier's entities, once counted. */
  degree?: number;
}

function sideFrom(node: Node): Side {
  return { distance: new Map([[node.id, 0]]), reachedBy: new Map(), frontier: [node], depth: 0 };
}

/** Every edge by which `side` reached `node` at its shortest, back to the side's end. */
function edgesBack(side: Side, node: string, into: Map<string, PathEdge>, visited: Set<string>): void {
  const pending = [node];
  for (let at = pending.pop(); at !== undefined; at = pending.pop()) {
    for (const step of side.reachedBy.get(at) ?? []) {
      into.set(step.edgeId, { id: step.edgeId, source: step.from, target: step.to });
      if (!visited.has(step.from)) {
        visited.add(step.from);
        pending.push(step.from);
      }
    }
  }
}

/**
 * Every edge (with its ends) on some shortest undirected path from `from` to `to` (none if longer),
 * examining at most `maxSteps` edges; `cut` says the budget ran out first. The search grows from
 * both ends, a whole level at a time, always on the cheaper side (cheaperSide): a small or
 * isolated end is exhausted after a few of its own edges instead of the other end's
 * neighbourhood being read to the budget, and a hub at one end is reached from the other. The first
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
  let crossing: (Step & { length: number })[] = [];
  while (crossing.length === 0 && !cut && ends[0].depth + ends[1].depth < maxLength) {
    if (ends[0].frontier.length === 0 || ends[1].frontier.length === 0) break;
    const [side, other] = await cheaperSide(session, ends);
    const allowed = maxSteps - steps;
    const found = await frontierEdges(session, side.frontier, allowed + 1);
    cut = found.length > allowed;
    const rows = found.slice(0, allowed);
    steps += rows.length;
    side.depth++;
    const next: Node[] = [];
    for (const row of rows) {
      const node = row.b;
      const step = { edgeId: row.e, from: row.a, to: node };
      const far = other.distance.get(node);
      if (far !== undefined) crossing.push({ ...step, length: side.depth + far });
      if (!side.distance.has(node)) {
        side.distance.set(node, side.depth);
        side.reachedBy.set(node, [step]);
        next.push({ id: node, type: row.bType });
      } else if (side.distance.get(node) === side.depth) {
        side.reachedBy.get(node)?.push(step);
      }
    }
    side.frontier = next;
    delete side.degree;
    const shortest = Math.min(...crossing.map((edge) => edge.length));
    crossing = crossing.filter((edge) => edge.length === shortest && shortest <= maxLength);
    if (crossing.length > 0) {
      const edges = new Map<string, PathEdge>();
      const nearVisited = new Set<string>();
      const farVisited = new Set<string>();
      for (const edge of crossing) {
        edges.set(edge.edgeId, { id: edge.edgeId, source: edge.from, target: edge.to });
        if (!nearVisited.has(edge.from)) {
          nearVisited.add(edge.from);
          edgesBack(side, edge.from, edges, nearVisited);
        }
        if (!farVisited.has(edge.to)) {
          farVisited.add(edge.to);
          edgesBack(other, edge.to, edges, farVisited);
        }
      }
      return { edges: [...edges.values()].sort((a, b) => (a.id < b.id ? -1 : 1)), cut };
    }
  }
  return { edges: [], cut };
}
