/**
 * The counts an entity's details and neighbour page give, kept on the entity
 * (graph-schema's ENTITY_SUMMARY_PROPERTIES): the documents mentioning it, its edges by relation
 * type and its distinct neighbours by entity type. Counting them at every read cost a hub's
 * page a read of its thousands of edges and documents; kept, they are read with the entity.
 *
 * How a write changes them, the same on every backend: a new document mentioning the entity
 * counts once; a new edge counts once for each of its ends (once for a loop); a pair of
 * distinct entities that no edge joined before counts a neighbour for each. Writes of new
 * documents apply these changes to the stored counts; a document written again or retracted
 * has the counts of the entities it touches read again from the store, and the bulk load counts
 * them from its plan.
 */
import type { EntityType, RelationType } from '../graph-schema/schema.ts';
import { groupBy } from './collections.ts';

export interface EntitySummary {
  documentCount: number;
  /** Edges touching the entity, in or out, each once, by relation type. */
  relationTypes: Record<string, number>;
  /** Distinct other entities an edge joins it to, by their type. */
  neighborTypes: Record<string, number>;
}

/** The summary as its columns: keys in order, each count beside its key, no zero count. */
export interface EntitySummaryColumns {
  documentCount: number;
  relationTypes: string[];
  relationCounts: number[];
  neighborTypes: string[];
  neighborCounts: number[];
}

/** An edge with the types of its ends. */
export interface EdgeEnds {
  type: RelationType;
  source: string;
  target: string;
  sourceType: EntityType;
  targetType: EntityType;
}

/** New edges with the types of their ends, as both stores' writes keep the counts. */
export function edgeEndsOf(
  edges: ReadonlyArray<{ type: RelationType; source: string; target: string }>,
  typeOf: ReadonlyMap<string, EntityType>,
): EdgeEnds[] {
  return edges.map(({ type, source, target }) => ({
    type,
    source,
    target,
    sourceType: typeOf.get(source) as EntityType,
    targetType: typeOf.get(target) as EntityType,
  }));
}

/** Two distinct entities joined by an edge, each with its type; `a` < `b`. */
export interface EntityPair {
  a: string;
  b: string;
  aType: EntityType;
  bType: EntityType;
}

/** The sum of a summary's counts by key: all the entity's edges, or all its neighbours. */
export function countOf(counts: Readonly<Record<string, number>>): number {
  return Object.values(counts).reduce((sum, count) => sum + count, 0);
}

export function emptySummary(): EntitySummary {
  return { documentCount: 0, relationTypes: {}, neighborTypes: {} };
}

function listed(counts: Record<string, number>): [string[], number[]] {
  const entries = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return [entries.map(([key]) => key), entries.map(([, count]) => count)];
}

export function summaryColumns(summary: EntitySummary): EntitySummaryColumns {
  const [relationTypes, relationCounts] = listed(summary.relationTypes);
  const [neighborTypes, neighborCounts] = listed(summary.neighborTypes);
  return {
    documentCount: summary.documentCount,
    relationTypes,
    relationCounts,
    neighborTypes,
    neighborCounts,
  };
}

function counted(keys: readonly string[] | null | undefined, counts: readonly number[] | null | undefined) {
  return Object.fromEntries((keys ?? []).map((key, index) => [key, Number(counts?.[index] ?? 0)]));
}

/** The summary from its columns as a backend returns them (null where never written). */
export function summaryFromColumns(
  columns: Partial<Record<keyof EntitySummaryColumns, unknown>>,
): EntitySummary {
  return {
    documentCount: Number(columns.documentCount ?? 0),
    relationTypes: counted(
      columns.relationTypes as string[] | null,
      columns.relationCounts as number[] | null,
    ),
    neighborTypes: counted(
      columns.neighborTypes as string[] | null,
      columns.neighborCounts as number[] | null,
    ),
  };
}

/** The key of an unordered pair of entities. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** The pairs of distinct entities the edges join, each once. */
export function pairsOf(edges: Iterable<EdgeEnds>): EntityPair[] {
  const pairs = new Map<string, EntityPair>();
  for (const edge of edges) {
    if (edge.source === edge.target) continue;
    const forward = edge.source < edge.target;
    pairs.set(pairKey(edge.source, edge.target), {
      a: forward ? edge.source : edge.target,
      b: forward ? edge.target : edge.source,
      aType: forward ? edge.sourceType : edge.targetType,
      bType: forward ? edge.targetType : edge.sourceType,
    });
  }
  return [...pairs.values()];
}

function add(counts: Record<string, number>, key: string, by: number): void {
  counts[key] = (counts[key] ?? 0) + by;
}

/**
 * The summaries of the entities once mentions in documents new to the store are written:
 * `summaries` holds the stored summary of every entity mentioned and is changed in place; each
 * new document mentioning an entity counts once, however many times it mentions it.
 */
export function addNewMentions(
  summaries: Map<string, EntitySummary>,
  mentions: readonly { entityId: string; documentId: string }[],
): void {
  const documentsOf = new Map<string, Set<string>>();
  for (const mention of mentions) {
    const documents = documentsOf.get(mention.entityId) ?? new Set<string>();
    documents.add(mention.documentId);
    documentsOf.set(mention.entityId, documents);
  }
  for (const [id, documents] of documentsOf) {
    const summary = summaries.get(id) ?? emptySummary();
    summary.documentCount += documents.size;
    summaries.set(id, summary);
  }
}

/**
 * The summaries of the entities once new edges are written: `summaries` holds the stored
 * summary of every end (an empty one for an entity new to the store) and is changed in place;
 * `joinedBefore` says which pairs of ends stored edges already joined (pairKey).
 */
export function addNewEdges(
  summaries: Map<string, EntitySummary>,
  edges: readonly EdgeEnds[],
  joinedBefore: ReadonlySet<string>,
): void {
  const of = (id: string) => {
    const summary = summaries.get(id) ?? emptySummary();
    summaries.set(id, summary);
    return summary;
  };
  for (const edge of edges) {
    add(of(edge.source).relationTypes, edge.type, 1);
    if (edge.target !== edge.source) add(of(edge.target).relationTypes, edge.type, 1);
  }
  for (const pair of pairsOf(edges)) {
    if (joinedBefore.has(pairKey(pair.a, pair.b))) continue;
    add(of(pair.a).neighborTypes, pair.bType, 1);
    add(of(pair.b).neighborTypes, pair.aType, 1);
  }
}

/**
 * The pairs among `pairs` for which stored edges must be asked whether they join them: those
 * whose ends both had edges before the write. Each pair is asked from its end with fewer
 * edges, whose edges are the ones read (`near`).
 */
export function pairsToAsk(
  pairs: readonly EntityPair[],
  stored: ReadonlyMap<string, EntitySummary>,
): Map<EntityType, { near: string; far: string; farType: EntityType }[]> {
  const edgesOf = (id: string) => countOf(stored.get(id)?.relationTypes ?? {});
  const asked = pairs
    .filter((pair) => edgesOf(pair.a) > 0 && edgesOf(pair.b) > 0)
    .map((pair) =>
      edgesOf(pair.a) <= edgesOf(pair.b)
        ? { near: pair.a, nearType: pair.aType, far: pair.b, farType: pair.bType }
        : { near: pair.b, nearType: pair.bType, far: pair.a, farType: pair.aType },
    );
  return new Map(
    [...groupBy(asked, (pair) => pair.nearType)].map(([type, group]) => [
      type,
      group.map(({ near, far, farType }) => ({ near, far, farType })),
    ]),
  );
}
