/**
 * Parameter rows for `UNWIND $rows AS r ...` statements.
 *
 * Kùzu's Node binding types a parameter from its JavaScript value: an empty array becomes
 * NULL of no type, a list takes the type of its first element, a whole number is INT64 and
 * any other number DOUBLE, and the rows of a list share the struct type of the first row. A
 * confidence of `1` next to `0.5`, or an empty alias list in the first row, would therefore be
 * read back as garbage or refused. So every value is encoded with a type that cannot vary:
 * doubles travel as strings, lists carry a leading placeholder so they are never empty, and
 * each is decoded back to its column type by a CAST in the statement. Strings use '' for
 * "absent" and are stored as NULL.
 */
import type { PropertySpec, PropertyType } from '../../graph-schema/schema.ts';
import type { LbugValue } from '@ladybugdb/core';
import { quoteName } from './ddl.ts';

const LIST_PLACEHOLDER = '-';

export type EncodedRow = Record<string, LbugValue>;

function integer(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new TypeError(`${what} must be an integer, got ${String(value)}`);
  }
  return value;
}

function double(value: unknown, what: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new TypeError(`${what} must be a finite number, got ${String(value)}`);
  }
  return String(value);
}

function text(value: unknown, what: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new TypeError(`${what} must be a string, got ${typeof value}`);
  return value;
}

function list(value: unknown, what: string): unknown[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw new TypeError(`${what} must be a list`);
  return value;
}

/** The transport form of one property value. */
export function encodeValue(type: PropertyType, value: unknown, what: string): LbugValue {
  switch (type) {
    case 'string':
      return text(value, what);
    case 'int':
      return integer(value, what);
    case 'double':
      return double(value, what);
    case 'string[]':
      return [LIST_PLACEHOLDER, ...list(value, what).map((item) => text(item, what))];
    case 'int[]':
      return [0, ...list(value, what).map((item) => integer(item, what))];
    case 'double[]':
      return [LIST_PLACEHOLDER, ...list(value, what).map((item) => double(item, what))];
  }
}

/** Cypher expression turning the transport form at `source` back into the column type. */
export function decodeExpression(type: PropertyType, source: string): string {
  const withoutPlaceholder = (elementType: string) =>
    `list_slice(CAST(${source} AS ${elementType}[]), 2, -1)`;
  switch (type) {
    case 'string':
      return `nullif(CAST(${source} AS STRING), '')`;
    case 'int':
      return `CAST(${source} AS INT64)`;
    case 'double':
      return `CAST(${source} AS DOUBLE)`;
    case 'string[]':
      return withoutPlaceholder('STRING');
    case 'int[]':
      return withoutPlaceholder('INT64');
    case 'double[]':
      return `list_transform(${withoutPlaceholder('STRING')}, x -> CAST(x AS DOUBLE))`;
  }
}

/** One parameter row holding `properties` of `record`, keyed by property name. */
export function encodeRow(properties: readonly PropertySpec[], record: Readonly<Record<string, unknown>>) {
  const row: EncodedRow = {};
  for (const spec of properties) row[spec.name] = encodeValue(spec.type, record[spec.name], spec.name);
  return row;
}

/** `n.a = <decoded r.a>, n.b = ...` for a SET clause. */
export function setClause(target: string, row: string, properties: readonly PropertySpec[]): string {
  return properties
    .map(
      (spec) =>
        `${target}.${quoteName(spec.name)} = ${decodeExpression(spec.type, `${row}.${quoteName(spec.name)}`)}`,
    )
    .join(', ');
}
