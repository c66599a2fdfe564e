/**
 * Kùzu values as plain data: a JSON conversion for the rows of user Cypher (the store's own
 * rows are read by row-values.ts).
 */
import type { LbugValue } from '@ladybugdb/core';

function isRecord(value: unknown): value is Record<string, LbugValue> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * Properties of a node or relationship. Kùzu returns a node of a multi-table match with every
 * column of every table, NULL where its own table has none; like Neo4j, we show only the
 * properties that are set. `_id`, `_src` and `_dst` are Kùzu's internal row addresses, which mean
 * nothing outside one query, so they are dropped; the table name is kept as `_label`.
 */
function graphElement(value: Record<string, LbugValue>): Record<string, unknown> {
  const element: Record<string, unknown> = { _label: value._label };
  for (const [key, property] of Object.entries(value)) {
    if (key.startsWith('_') || property === null) continue;
    element[key] = toPlainJson(property);
  }
  return element;
}

/**
 * JSON-safe form of any value Kùzu returns: nodes and relationships as `{ _label, ...properties }`,
 * paths as `{ nodes, relationships }`, integers beyond 2^53 as strings, dates as ISO strings.
 */
export function toPlainJson(value: LbugValue): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') {
    return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toPlainJson);
  if (!isRecord(value)) return null;
  if ('_nodes' in value && '_rels' in value) {
    return {
      nodes: asList(value._nodes).map((node) => toPlainJson(node)),
      relationships: asList(value._rels).map((rel) => toPlainJson(rel)),
    };
  }
  if ('_label' in value && '_id' in value) return graphElement(value);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toPlainJson(item)]));
}

function asList(value: LbugValue | undefined): LbugValue[] {
  return Array.isArray(value) ? value : [];
}
