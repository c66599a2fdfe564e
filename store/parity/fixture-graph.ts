/**
 * What a list of batches means as a graph, computed directly in TypeScript from the batches
 * (not through any store), so the parity suite's expected rows do not come from the code under
 * test.
 */
import {
  compareEvidence,
  preferredName,
  type DocumentRecord,
  type EntityRecord,
  type EvidenceRecord,
  type GraphBatch,
  type MentionRecord,
  type RelationRecord,
} from '../../graph-schema/model.ts';

export interface FixtureRelation extends RelationRecord {
  confidence: number;
  assertedBy: string[];
}

export interface FixtureGraph {
  documents: DocumentRecord[];
  entities: Map<string, EntityRecord>;
  mentions: MentionRecord[];
  relations: FixtureRelation[];
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])].sort();

export function fixtureGraph(batches: readonly GraphBatch[]): FixtureGraph {
  const documents = new Map<string, DocumentRecord>();
  const entities = new Map<string, EntityRecord>();
  const mentions = new Map<string, MentionRecord>();
  const evidence = new Map<string, { relation: RelationRecord; pieces: Map<string, EvidenceRecord> }>();
  for (const batch of batches) {
    for (const document of batch.documents) documents.set(document.id, document);
    for (const entity of batch.entities) {
      const seen = entities.get(entity.id);
      entities.set(
        entity.id,
        seen
          ? {
              ...seen,
              name: preferredName(seen.name, entity.name),
              aliases: union(seen.aliases, entity.aliases),
              externalIds: union(seen.externalIds, entity.externalIds),
              mergeReasons: union(seen.mergeReasons, entity.mergeReasons),
            }
          : { ...entity, aliases: union([], entity.aliases), externalIds: union([], entity.externalIds) },
      );
    }
    for (const mention of batch.mentions) {
      mentions.set([mention.entityId, mention.documentId, mention.start, mention.end].join(' '), mention);
    }
    for (const relation of batch.relations) {
      const entry = evidence.get(relation.id) ?? { relation, pieces: new Map() };
      for (const piece of relation.evidence)
        entry.pieces.set([piece.documentId, piece.start, piece.end].join(' '), piece);
      evidence.set(relation.id, entry);
    }
  }
  const relations = [...evidence.values()].map(({ relation, pieces }) => {
    const sorted = [...pieces.values()].sort((a, b) => compareEvidence(a, b) || a.end - b.end);
    return {
      ...relation,
      evidence: sorted,
      confidence: Math.max(...sorted.map((piece) => piece.confidence)),
      assertedBy: [...new Set(sorted.flatMap((piece) => piece.assertedBy))].sort(),
    };
  });
  return { documents: [...documents.values()], entities, mentions: [...mentions.values()], relations };
}

/** The entity of an id, which every relation and mention of a fixture must name. */
export function entityOf(graph: FixtureGraph, id: string): EntityRecord {
  const entity = graph.entities.get(id);
  if (!entity) throw new Error(`fixture refers to unknown entity ${id}`);
  return entity;
}

/** Shortest undirected distances (in relations) from `from` to every entity it reaches. */
export function distancesFrom(graph: FixtureGraph, from: string): Map<string, number> {
  const distance = new Map([[from, 0]]);
  for (let frontier = [from]; frontier.length > 0;) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const relation of graph.relations) {
        const other =
          relation.source === id ? relation.target : relation.target === id ? relation.source : undefined;
        if (other !== undefined && !distance.has(other)) {
          distance.set(other, (distance.get(id) ?? 0) + 1);
          next.push(other);
        }
      }
    }
    frontier = next;
  }
  return distance;
}

/** Number of distinct shortest undirected paths (as node sequences) from `from` to `to`. */
export function shortestPathCount(graph: FixtureGraph, from: string, to: string): number {
  const distance = distancesFrom(graph, from);
  const count = new Map([[from, 1]]);
  const byDistance = [...distance].sort(([, a], [, b]) => a - b);
  for (const [id, hops] of byDistance) {
    if (id === from) continue;
    const neighbours = new Set(
      graph.relations.flatMap((relation) =>
        relation.source === id ? [relation.target] : relation.target === id ? [relation.source] : [],
      ),
    );
    let paths = 0;
    for (const neighbour of neighbours)
      if (distance.get(neighbour) === hops - 1) paths += count.get(neighbour) ?? 0;
    count.set(id, paths);
  }
  return count.get(to) ?? 0;
}
