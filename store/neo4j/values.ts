/**
 * Values between JavaScript and Neo4j: integer-typed parameters (the store's own rows are read
 * by row-values.ts), and a JSON conversion for the rows of user Cypher that gives the same shapes as
 * the embedded store (nodes and relationships as `{ _label, ...properties }`, paths as
 * `{ nodes, relationships }`).
 */
import neo4j, {
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isPath,
  isPoint,
  isRelationship,
  isTime,
  type Node,
  type Relationship,
} from 'neo4j-driver';
import { ENTITY_LABEL } from './dialect.ts';
import { SEARCH_KEYS_PROPERTY } from './statements.ts';

/** Whole numbers sent as Neo4j integers; the driver would otherwise send every number as a float. */
export function integer(value: number): ReturnType<typeof neo4j.int> {
  if (!Number.isSafeInteger(value)) throw new TypeError(`expected an integer, got ${value}`);
  return neo4j.int(value);
}

/**
 * User parameters typed like the embedded store types them: a whole number is an integer,
 * any other number a float (so `LIMIT $n` works with `{ n: 10 }` on both backends).
 */
export function userParameter(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(userParameter);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, userParameter(item)]));
  }
  return value;
}

/** The node's type label: the one that is not the shared entity label. */
function nodeLabel(node: Node): string {
  return node.labels.find((label) => label !== ENTITY_LABEL) ?? node.labels[0] ?? '';
}

/** Only set properties are shown; the search keys are the store's own bookkeeping. */
function graphElement(label: string, properties: Record<string, unknown>): Record<string, unknown> {
  const element: Record<string, unknown> = { _label: label };
  for (const [key, value] of Object.entries(properties)) {
    if (key === SEARCH_KEYS_PROPERTY || value === null) continue;
    element[key] = toPlainJson(value);
  }
  return element;
}

function isTemporal(value: unknown): boolean {
  return (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isLocalTime(value) ||
    isTime(value) ||
    isDuration(value)
  );
}

/** JSON-safe form of any value Neo4j returns. */
export function toPlainJson(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (isNode(value)) return graphElement(nodeLabel(value), value.properties);
  if (isRelationship(value)) {
    const relationship = value as Relationship;
    return graphElement(relationship.type, relationship.properties);
  }
  if (isPath(value)) {
    return {
      nodes: [value.start, ...value.segments.map((segment) => segment.end)].map(toPlainJson),
      relationships: value.segments.map((segment) => toPlainJson(segment.relationship)),
    };
  }
  if (isTemporal(value) || isPoint(value)) return String(value);
  if (typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlainJson(item)]));
  }
  return null;
}
