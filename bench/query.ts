/**
 * Query latencies through the GraphStore interface on a loaded store: search as a user types
 * (every prefix of a name from two characters on), entity details, 1-hop neighbours, 2-hop
 * (Cypher over relation types only), shortest paths, an attribution query in Cypher, and the
 * whole-graph export. The entities asked about are the busiest few plus a seeded sample of the
 * rest, so both hubs and typical nodes count in the percentiles.
 */
import type { GraphJsonNode } from '../graph-schema/graph-json.ts';
import { RELATION_TYPES } from '../graph-schema/schema.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { percentile, timed } from './measure.ts';

export interface QueryOptions {
  /** Entities sampled at random, besides the busiest ones. */
  sample: number;
  seed: number;
}

/** Neighbours asked for at once, as the explorer's expand and inspector do. */
const NEIGHBOR_LIMIT = 100;
const TWO_HOP_LIMIT = 500;
const HUBS = 5;
/** Answers whose size is measured: what the API sends for them (edges as previews). */
const SIZED = ['entity', 'neighbors1', 'path'] as const;

const ANY_RELATION = RELATION_TYPES.map((spec) => spec.name).join('|');
const TWO_HOP =
  `MATCH (a)-[:${ANY_RELATION}]-(b)-[:${ANY_RELATION}]-(c) WHERE a.id = $id AND c.id <> $id ` +
  `RETURN DISTINCT c.id LIMIT ${TWO_HOP_LIMIT}`;
const ATTRIBUTION =
  'MATCH (a:ThreatActor)-[r:ATTRIBUTED_TO]->(o) WHERE a.name = $name ' +
  'RETURN o.name, r.confidence, r.modality ORDER BY r.confidence DESC LIMIT 25';

export async function measureQueries(
  store: GraphStore,
  options: QueryOptions,
): Promise<Record<string, number>> {
  const { result: graph, timing: exportTiming } = await timed(() => store.exportGraph());
  const nodes = [...graph.nodes].sort((a, b) => (a.id < b.id ? -1 : 1));
  if (nodes.length < 2) throw new Error('the benchmark store holds fewer than two entities');
  const chosen = chooseEntities(nodes, options);
  const actors = nodes.filter((node) => node.type === 'ThreatActor').slice(0, 10);

  const kinds = ['search', 'entity', 'neighbors1', 'neighbors2', 'path', 'cypher'];
  // CPU time beside wall time: on a shared machine, other work stretches only the wall.
  const samples = new Map(kinds.map((kind) => [kind, { wall: [] as number[], cpu: [] as number[] }]));
  const time = async (key: string, work: () => Promise<unknown>) => {
    const { result, timing } = await timed(work);
    samples.get(key)?.wall.push(timing.wallMs);
    samples.get(key)?.cpu.push(timing.cpuMs);
    return result;
  };
  // What the API would send for the answers a panel or a canvas asks for, as JSON.
  const bytes = new Map(SIZED.map((kind) => [kind, [] as number[]]));
  const sized = async (key: (typeof SIZED)[number], work: () => Promise<unknown>) => {
    bytes.get(key)?.push(Buffer.byteLength(JSON.stringify(await time(key, work))));
  };

  for (const node of chosen) {
    for (const prefix of prefixes(node.name)) await time('search', () => store.search(prefix, { limit: 10 }));
    await sized('entity', () => store.entityDetails(node.id));
    await sized('neighbors1', () => store.neighbors(node.id, NEIGHBOR_LIMIT, 'preview'));
    await time('neighbors2', () => store.cypher(TWO_HOP, { params: { id: node.id } }));
  }
  // Pairs across the sample: hub to typical node, typical to typical.
  for (let index = 0; index + 1 < chosen.length; index++) {
    const from = chosen[index];
    const to = chosen[chosen.length - 1 - index];
    if (from && to && from.id !== to.id)
      await sized('path', () => store.paths(from.id, to.id, undefined, 'preview'));
  }
  for (const actor of actors.length > 0 ? actors : [undefined]) {
    await time('cypher', () => store.cypher(ATTRIBUTION, { params: { name: actor?.name ?? '' } }));
  }

  const figures: Record<string, number> = {
    export_ms: exportTiming.wallMs,
    export_cpu_ms: exportTiming.cpuMs,
    graph_nodes: graph.nodes.length,
    graph_edges: graph.edges.length,
  };
  for (const [key, { wall, cpu }] of samples) {
    figures[`${key}_p50_ms`] = percentile(wall, 50);
    figures[`${key}_p95_ms`] = percentile(wall, 95);
    figures[`${key}_cpu_p50_ms`] = percentile(cpu, 50);
    figures[`${key}_cpu_p95_ms`] = percentile(cpu, 95);
    figures[`${key}_samples`] = wall.length;
  }
  for (const [key, sizes] of bytes) {
    figures[`${key}_bytes_p50`] = percentile(sizes, 50);
    figures[`${key}_bytes_p95`] = percentile(sizes, 95);
  }
  return figures;
}

/** The busiest entities (by documents mentioning them) and a seeded sample of the others. */
function chooseEntities(nodes: readonly GraphJsonNode[], options: QueryOptions): GraphJsonNode[] {
  const hubs = [...nodes].sort((a, b) => b.documents.length - a.documents.length).slice(0, HUBS);
  const hubIds = new Set(hubs.map((node) => node.id));
  const rest = nodes.filter((node) => !hubIds.has(node.id));
  let state = options.seed >>> 0 || 1;
  const random = () => {
    // xorshift32: deterministic and good enough to spread a sample.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const sample: GraphJsonNode[] = [];
  const taken = new Set<number>();
  while (sample.length < Math.min(options.sample, rest.length)) {
    const index = Math.floor(random() * rest.length);
    if (taken.has(index)) continue;
    taken.add(index);
    const node = rest[index];
    if (node) sample.push(node);
  }
  return [...hubs, ...sample];
}

/** What a search box sends while a name is typed: each prefix from two characters on, up to
 *  the length after which a user picks from the list (a hash is not typed out whole). */
const TYPED_CHARACTERS = 10;

function prefixes(name: string): string[] {
  const characters = [...name].slice(0, TYPED_CHARACTERS);
  return characters.slice(1).map((_, index) => characters.slice(0, index + 2).join(''));
}
