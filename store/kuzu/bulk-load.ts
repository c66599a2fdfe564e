/**
 * Loading an empty store with the engine's bulk loader: the records bulk-plan.ts decides are
 * written to CSV files in a folder of the caller's, and each node and relationship table is
 * filled by one `COPY ... FROM` per file, tens of times faster than `UNWIND ... MERGE`.
 *
 * The engine's CSV reader (checked on Ladybug 0.19): fields are quoted with `"` and a quote
 * inside is doubled (QUOTE and ESCAPE both `"`; its default escape is a backslash); quoted
 * fields may hold commas, newlines and any UTF-8 text, but only the serial reader
 * (`parallel=false`) allows newlines inside quotes; an empty unquoted field is NULL, which is
 * how the grouped writes store an absent string. Lists in CSV keep the quotes of their
 * elements, so a list travels as one string, every element after a separator no text holds,
 * and is split back in the `LOAD FROM` subquery the `COPY` reads from.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphBatch } from '../../graph-schema/model.ts';
import {
  CLAIM_LABEL,
  CLAIM_PROPERTIES,
  DESCRIPTION_LABEL,
  DESCRIPTION_PROPERTIES,
  DOCUMENT_LABEL,
  DOCUMENT_PROPERTIES,
  ENTITY_PROPERTIES,
  EVIDENCE_LABEL,
  EVIDENCE_PROPERTIES,
  MENTION_LABEL,
  MENTION_PROPERTIES,
  RELATION_PROPERTIES,
  type PropertySpec,
  type PropertyType,
} from '../../graph-schema/schema.ts';
import { groupBy } from '../collections.ts';
import type { WriteSummary } from '../graph-store.ts';
import { planBulkLoad, type BulkPlan } from './bulk-plan.ts';
import type { Session } from './connection.ts';
import { kuzuType, quoteName } from './ddl.ts';

/** Unit separator: before every list element; cleaned text never holds control characters. */
const LIST_SEPARATOR = '\u001f';
/** Leads every encoded list, so an empty list is not an empty (NULL) field. */
const LIST_START = '-';
const CSV_OPTIONS = `(header=true, quote='"', escape='"', parallel=false)`;
/** Rows are written to the file in chunks of about this many characters. */
const WRITE_CHUNK_CHARS = 1 << 20;

/** One CSV file for one COPY: a node table, or one (from, to) pair of a relationship table. */
export interface CopyTable {
  label: string;
  /** For a relationship table: the node tables of its two ends, which lead every row. */
  pair?: readonly [string, string];
  columns: readonly PropertySpec[];
  rows: readonly (readonly unknown[])[];
}

function quoted(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function listCell(items: unknown, what: string, item: (value: unknown) => string): string {
  if (items === undefined || items === null) return quoted(LIST_START);
  if (!Array.isArray(items)) throw new TypeError(`${what} must be a list`);
  return quoted(
    LIST_START +
      items
        .map((value) => {
          const text = item(value);
          if (text.includes(LIST_SEPARATOR))
            throw new TypeError(`${what} holds a control character (U+001F) the bulk loader cannot carry`);
          return LIST_SEPARATOR + text;
        })
        .join(''),
  );
}

function integer(value: unknown, what: string): string {
  if (typeof value !== 'number' || !Number.isSafeInteger(value))
    throw new TypeError(`${what} must be an integer, got ${String(value)}`);
  return String(value);
}

function double(value: unknown, what: string): string {
  if (typeof value !== 'number' || !Number.isFinite(value))
    throw new TypeError(`${what} must be a finite number, got ${String(value)}`);
  return String(value);
}

function text(value: unknown, what: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw new TypeError(`${what} must be a string, got ${typeof value}`);
  return value;
}

/** One field of a CSV row; '' (NULL) for an absent or empty string. */
export function csvCell(type: PropertyType, value: unknown, what: string): string {
  switch (type) {
    case 'string': {
      const value_ = text(value, what);
      return value_ === '' ? '' : quoted(value_);
    }
    case 'int':
      return integer(value, what);
    case 'double':
      return double(value, what);
    case 'string[]':
      return listCell(value, what, (item) => text(item, what));
    case 'int[]':
      return listCell(value, what, (item) => integer(item, what));
    case 'double[]':
      return listCell(value, what, (item) => double(item, what));
  }
}

/** How a column is read from the file (lists as the one string they travel as). */
function loadType(type: PropertyType): string {
  return type.endsWith('[]') ? 'STRING' : kuzuType(type);
}

/** The column's value in the table's own type. */
function decoded(type: PropertyType, column: string): string {
  const items = `list_slice(string_split(${column}, '${LIST_SEPARATOR}'), 2, -1)`;
  switch (type) {
    case 'string[]':
      return items;
    case 'int[]':
      return `list_transform(${items}, x -> CAST(x AS INT64))`;
    case 'double[]':
      return `list_transform(${items}, x -> CAST(x AS DOUBLE))`;
    default:
      return column;
  }
}

/** The columns of the file: the two ends of a relationship first, then the properties. */
function fileColumns(table: CopyTable): PropertySpec[] {
  const ends: PropertySpec[] = table.pair
    ? [
        { name: 'from', type: 'string' },
        { name: 'to', type: 'string' },
      ]
    : [];
  return [...ends, ...table.columns];
}

/** Writes the table's rows to `path` as CSV. */
export function writeCsv(path: string, table: CopyTable): void {
  const columns = fileColumns(table);
  const file = openSync(path, 'w');
  try {
    let chunk = `${columns.map((_, index) => `c${index}`).join(',')}\n`;
    for (const row of table.rows) {
      chunk += `${columns.map((spec, index) => csvCell(spec.type, row[index], `${table.label}.${spec.name}`)).join(',')}\n`;
      if (chunk.length >= WRITE_CHUNK_CHARS) {
        writeSync(file, chunk);
        chunk = '';
      }
    }
    writeSync(file, chunk);
  } finally {
    closeSync(file);
  }
}

/** The COPY statement filling the table from the CSV file at `path`. */
export function copyStatement(table: CopyTable, path: string): string {
  if (path.includes("'")) throw new Error(`the bulk loader cannot read from a path with a quote: ${path}`);
  const columns = fileColumns(table);
  const names = columns.map((_, index) => `c${index}`);
  const typed = columns.map((spec, index) => `${names[index]} ${loadType(spec.type)}`).join(', ');
  const values = columns.map((spec, index) => decoded(spec.type, names[index] as string)).join(', ');
  const pair = table.pair ? ` (from='${table.pair[0]}', to='${table.pair[1]}')` : '';
  return (
    `COPY ${quoteName(table.label)} FROM ` +
    `(LOAD WITH HEADERS (${typed}) FROM '${path}' ${CSV_OPTIONS} RETURN ${values})${pair}`
  );
}

/** The record's values of `columns`, in order (records are plain objects of the graph model). */
const valuesOf = (record: object, columns: readonly PropertySpec[]) =>
  columns.map((spec) => (record as Readonly<Record<string, unknown>>)[spec.name]);

/** A relationship table's rows for one pair of end tables: each row its two ends, then `columns`. */
function relationshipTables<T extends object>(
  label: (record: T) => string,
  ends: (record: T) => readonly [string, string],
  pair: (record: T) => readonly [string, string],
  columns: readonly PropertySpec[],
  records: readonly T[],
): CopyTable[] {
  const key = (record: T) => [label(record), ...pair(record)].join(' ');
  return [...groupBy(records, key).values()].map((group) => {
    const first = group[0] as T;
    return {
      label: label(first),
      pair: pair(first),
      columns,
      rows: group.map((record) => [...ends(record), ...valuesOf(record, columns)]),
    };
  });
}

/** The plan as tables to copy, nodes before the relationships between them. */
export function copyTables(plan: BulkPlan): CopyTable[] {
  const typeOf = (id: string) => plan.typeOf.get(id) as string;
  const nodes: CopyTable[] = [
    {
      label: DOCUMENT_LABEL,
      columns: DOCUMENT_PROPERTIES,
      rows: plan.documents.map((document) => valuesOf(document, DOCUMENT_PROPERTIES)),
    },
    ...[...groupBy(plan.entities, (entity) => entity.type)].map(([type, entities]) => ({
      label: type,
      columns: ENTITY_PROPERTIES,
      rows: entities.map((entity) => valuesOf(entity, ENTITY_PROPERTIES)),
    })),
    {
      label: CLAIM_LABEL,
      columns: CLAIM_PROPERTIES,
      rows: plan.claims.map((claim) => valuesOf(claim, CLAIM_PROPERTIES)),
    },
  ];
  const relationships = [
    ...relationshipTables(
      () => MENTION_LABEL,
      (mention) => [mention.entityId, mention.documentId],
      (mention) => [typeOf(mention.entityId), DOCUMENT_LABEL],
      MENTION_PROPERTIES,
      plan.mentions,
    ),
    ...relationshipTables(
      (relation) => relation.type,
      (relation) => [relation.source, relation.target],
      (relation) => [typeOf(relation.source), typeOf(relation.target)],
      RELATION_PROPERTIES,
      plan.relations,
    ),
    ...relationshipTables(
      () => EVIDENCE_LABEL,
      (piece) => [piece.documentId, piece.relationId],
      () => [DOCUMENT_LABEL, CLAIM_LABEL],
      EVIDENCE_PROPERTIES,
      plan.evidence,
    ),
    ...relationshipTables(
      () => DESCRIPTION_LABEL,
      (description) => [description.id, description.documentId],
      (description) => [typeOf(description.id), DOCUMENT_LABEL],
      DESCRIPTION_PROPERTIES,
      plan.descriptions,
    ),
  ];
  return [...nodes, ...relationships].filter((table) => table.rows.length > 0);
}

/**
 * Writes the batches into the store, which must hold nothing, leaving it as writeBatches would;
 * `directory` holds the CSV files (the caller removes it). Run inside one write transaction:
 * a COPY that fails rolls every table back.
 */
export async function bulkLoad(
  session: Session,
  batches: readonly GraphBatch[],
  now: string,
  directory: string,
): Promise<WriteSummary[]> {
  const plan = await planBulkLoad(batches, now);
  const tables = copyTables(plan);
  for (const [index, table] of tables.entries()) {
    const path = join(directory, `${index}-${table.label}.csv`);
    writeCsv(path, table);
    await session.run(copyStatement(table, path));
  }
  return plan.summaries;
}
