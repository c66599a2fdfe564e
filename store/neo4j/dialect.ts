/**
 * Where Neo4j's Cypher and Kùzu's differ, in one place. Queries written against type labels
 * (`MATCH (a:ThreatActor)-[:ATTRIBUTED_TO]->(o:Organization)`) run unchanged on both; the few
 * constructs below do not, so code that must run on either backend builds them through a
 * `CypherDialect`. Each Kùzu form was checked against Kùzu 0.11.3, each Neo4j form against
 * Neo4j's own parser (cypher-lint.test.ts).
 */
import { ENTITY_TYPES } from '../../graph-schema/schema.ts';

/**
 * Neo4j gives every entity node this label besides its type, so an entity of unknown type is
 * found through one uniqueness constraint (Kùzu finds it through its per-table primary keys).
 */
export const ENTITY_LABEL = 'Entity';

export interface CypherDialect {
  readonly name: 'kuzu' | 'neo4j';
  /** Label expression for "a node of any entity type", to write `(n${anyEntity})`. */
  readonly anyEntity: string;
  /** The entity type (or `Document`) of node `node`, as a string. */
  labelOf(node: string): string;
  /** The type of relationship `relationship`, as a string. */
  typeOf(relationship: string): string;
  /** Element `index` (counted from 0) of a list. */
  listItem(list: string, index: number): string;
  /** `expression` (over `variable`) applied to every element of `list`. */
  mapList(list: string, variable: string, expression: string): string;
  /**
   * A pattern binding `path` to one shortest undirected path from `from` to `to` over the given
   * relationship types, of 1 to `maxHops` relationships. `from` and `to` are node patterns.
   */
  shortestPath(path: string, from: string, to: string, types: readonly string[], maxHops: number): string;
  /** The relationships along `path`, in order. */
  relationshipsOf(path: string): string;
}

function hopLimit(maxHops: number): number {
  if (!Number.isSafeInteger(maxHops) || maxHops < 1)
    throw new RangeError(`maxHops must be a positive integer`);
  return maxHops;
}

export const NEO4J_DIALECT: CypherDialect = {
  name: 'neo4j',
  anyEntity: `:${ENTITY_LABEL}`,
  labelOf: (node) => `head([label IN labels(${node}) WHERE label <> '${ENTITY_LABEL}'])`,
  typeOf: (relationship) => `type(${relationship})`,
  listItem: (list, index) => `${list}[${index}]`,
  mapList: (list, variable, expression) => `[${variable} IN ${list} | ${expression}]`,
  shortestPath: (path, from, to, types, maxHops) =>
    `${path} = shortestPath(${from}-[:${types.join('|')}*1..${hopLimit(maxHops)}]-${to})`,
  relationshipsOf: (path) => `relationships(${path})`,
};

/** Kùzu reads `(n:A:B)` as "in table A or table B"; `label()` names a node's or a rel's table. */
export const KUZU_DIALECT: CypherDialect = {
  name: 'kuzu',
  anyEntity: ENTITY_TYPES.map((spec) => `:${spec.name}`).join(''),
  labelOf: (node) => `label(${node})`,
  typeOf: (relationship) => `label(${relationship})`,
  // Kùzu counts list positions from 1.
  listItem: (list, index) => `${list}[${index + 1}]`,
  mapList: (list, variable, expression) => `list_transform(${list}, ${variable} -> ${expression})`,
  shortestPath: (path, from, to, types, maxHops) =>
    `${path} = ${from}-[:${types.join('|')}* SHORTEST 1..${hopLimit(maxHops)}]-${to}`,
  relationshipsOf: (path) => `rels(${path})`,
};
