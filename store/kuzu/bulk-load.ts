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
  CLAIMANT_LABEL,
  DESCRIPTION_LABEL,
  DESCRIPTION_PROPERTIES,
  DOCUMENT_LABEL,
  DOCUMENT_PROPERTIES,
  ENTITY_PROPERTIES,
  ENTITY_SUMMARY_PROPERTIES,
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
import type { EntityType } from '../../graph-schema/schema.ts';
import type { RelationWrite } from '../relation-writes.ts';
import { BulkPlan } from '../bulk-plan.ts';
import { claimantLinks } from '../claimant-links.ts';
import type { StoredEntity } from '../stored-records.ts';
import { statisticsWithNewMentions, type EntityStatistics } from './write.ts';
import { addNewEdges, emptySummary, summaryColumns, type EntitySummary } from '../entity-summary.ts';
import type { Session } from './connection.ts';
import { CLAIM_SUMMARY_PROPERTIES, kuzuType, quoteName } from './ddl.ts';

/** Unit separator: before every list element; cleaned text never holds control characters. */
const LIST_SEPARATOR = '\u001f';
/** Leads every encoded list, so an empty list is not an empty (NULL) field. */
const LIST_START = '-';
const CSV_OPTIONS = `(header=true, quote='"', escape='"', parallel=false)`;
/** Rows are written to the file in chunks of about this many characters. */
const WRITE_CHUNK_CHARS = 1 << 18;

/** One CSV file for one COPY: a node table, or one (from, to) pair of a relationship table. */
export interface CopyTable {
  label: string;
  /** For a relationship table: the node tables of its two ends, which lead every row. */
  pair?: readonly [string, string];
  columns: readonly PropertySpec[];
  /** The CSV file it is copied from. */
  path: string;
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
function fileColumns(table: Omit<CopyTable, 'path'>): PropertySpec[] {
  const ends: PropertySpec[] = table.pair
    ? [
        { name: 'from', type: 'string' },
        { name: 'to', type: 'string' },
      ]
    : [];
  return [...ends, ...table.columns];
}

/** The COPY statement filling the table from the CSV file at `path`. */
export function copyStatement(table: Omit<CopyTable, 'path'>, path: string): string {
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

/** A table's CSV lines for `records`, each its two ends (for a relationship) and then its columns. */
function csvLines<T extends object>(
  table: Omit<CopyTable, 'path'>,
  records: readonly T[],
  ends?: (record: T) => readonly [string, string],
): string {
  const columns = fileColumns(table);
  let lines = '';
  for (const record of records) {
    const row = [...(ends?.(record) ?? []), ...valuesOf(record, table.columns)];
    lines += `${columns.map((spec, index) => csvCell(spec.type, row[index], `${table.label}.${spec.name}`)).join(',')}\n`;
  }
  return lines;
}

/** A CSV file being filled: lines are kept until about WRITE_CHUNK_CHARS, then appended. */
interface OpenFile extends CopyTable {
  descriptor: number;
  pending: string;
}

/**
 * The CSV files of a load, one per node table and per (label, from, to) of a relationship
 * table, filled as batches arrive. Lines are encoded (and so checked) before any is written,
 * so a batch whose text the loader cannot carry adds nothing.
 */
class CsvFiles {
  private readonly directory: string;
  private readonly files = new Map<string, OpenFile>();

  constructor(directory: string) {
    this.directory = directory;
  }

  /** Appends encoded lines (from `lines`) to the table's file, opening it on first use. */
  append(table: Omit<CopyTable, 'path'>, lines: string): void {
    if (lines === '') return;
    const key = [table.label, ...(table.pair ?? [])].join(' ');
    let file = this.files.get(key);
    if (!file) {
      const path = join(this.directory, `${this.files.size}-${table.label}.csv`);
      const descriptor = openSync(path, 'w');
      const header = `${fileColumns(table)
        .map((_, index) => `c${index}`)
        .join(',')}\n`;
      file = { ...table, path, descriptor, pending: header };
      this.files.set(key, file);
    }
    file.pending += lines;
    if (file.pending.length >= WRITE_CHUNK_CHARS) this.flush(file);
  }

  /** Every file written out and closed: node tables first, then relationship tables. */
  close(): CopyTable[] {
    const tables: CopyTable[] = [];
    for (const file of this.files.values()) {
      this.flush(file);
      closeSync(file.descriptor);
      tables.push({
        label: file.label,
        columns: file.columns,
        path: file.path,
        ...(file.pair ? { pair: file.pair } : {}),
      });
    }
    this.files.clear();
    return [...tables.filter((table) => !table.pair), ...tables.filter((table) => table.pair)];
  }

  /** Closes what is open without loading it (a load given up). */
  discard(): void {
    for (const file of this.files.values()) closeSync(file.descriptor);
    this.files.clear();
  }

  private flush(file: OpenFile): void {
    writeSync(file.descriptor, file.pending);
    file.pending = '';
  }
}

/**
 * A bulk load in progress: each batch is checked and folded into the plan (bulk-plan.ts) as it
 * arrives, and what belongs to its document alone goes to the CSV files at once; entities and
 * relations, which later batches may change, are written when the load is copied, and so are
 * the relations' claims, whose first pieces later batches may change too (the plan's `claims`
 * serve the Neo4j load, which writes its rounds as it goes). Batches
 * are taken one at a time, in the order given.
 */
export class BulkLoadFiles {
  private readonly plan: BulkPlan;
  private readonly files: CsvFiles;
  private queue: Promise<unknown> = Promise.resolve();

  /** `directory` holds the CSV files (the caller removes it); `now` is the load's time. */
  constructor(directory: string, now: string) {
    this.plan = new BulkPlan(now, (touched, held, mentions, documents, at) =>
      // Records the plan holds carry the statistics this function gave them.
      statisticsWithNewMentions(touched, held as ReadonlyMap<string, StoredEntity>, mentions, documents, at),
    );
    this.files = new CsvFiles(directory);
  }

  /** Adds the batch, or refuses it (thrown) leaving the load as it was. */
  add(batch: GraphBatch): Promise<WriteSummary> {
    const added = this.queue.then(() => this.addNow(batch));
    this.queue = added.catch(() => undefined);
    return added;
  }

  /**
   * Fills the store, which must hold nothing, from every batch added, one `COPY` per file, each
   * committed alone: held in one transaction, every page copied stays in the engine's buffer
   * pool until the commit, and a 100,000-document load overflowed the 1 GB pool. The caller
   * empties the store again if a `COPY` fails.
   */
  async copy(session: Session): Promise<void> {
    await this.queue;
    const summaries = this.edgeSummaries();
    // Record by record, so that no table's text is ever one string in memory; the plan lets
    // each record go as it is written, so its memory is free before the engine's COPY needs its own.
    for (const record of this.plan.take()) {
      if ('entity' in record) {
        const table = entityTable(record.entity.type);
        this.files.append(
          table,
          csvLines(table, [entityRow(record.entity, summaries.get(record.entity.id))]),
        );
        continue;
      }
      const { relation } = record;
      const table = relationTable(
        relation.type,
        this.plan.typeOf(relation.source),
        this.plan.typeOf(relation.target),
      );
      this.files.append(table, csvLines(table, [relation], relationEnds));
      // The claim is written with the relation: its first pieces are known once every batch is in.
      this.files.append(CLAIM_TABLE, csvLines(CLAIM_TABLE, [relation]));
      for (const link of claimantLinks([relation])) {
        // A claimant that is no entity of the load gets no link, as in a grouped write.
        if (!this.plan.holds(link.claimant)) continue;
        const claimants = claimantTable(this.plan.typeOf(link.claimant));
        this.files.append(
          claimants,
          csvLines(claimants, [link], (l) => [l.claimant, l.relationId]),
        );
      }
    }
    for (const table of this.files.close()) await session.run(copyStatement(table, table.path));
  }

  /**
   * The edges and neighbours of every entity, counted from the plan's relations once every
   * batch is in (their documents are counted with the mentions: the statistics' documentCount).
   */
  private edgeSummaries(): Map<string, EntitySummary> {
    const summaries = new Map<string, EntitySummary>();
    const edges = [...this.plan.relations()].map(({ type, source, target }) => ({
      type,
      source,
      target,
      sourceType: this.plan.typeOf(source),
      targetType: this.plan.typeOf(target),
    }));
    addNewEdges(summaries, edges, new Set());
    return summaries;
  }

  /** Gives the load up: the files are closed, nothing is copied. */
  discard(): void {
    this.files.discard();
  }

  private async addNow(batch: GraphBatch): Promise<WriteSummary> {
    const prepared = await this.plan.prepare(batch);
    const { rows } = prepared;
    const typeOf = (id: string) => prepared.typeOf.get(id) ?? this.plan.typeOf(id);
    const writes: (readonly [Omit<CopyTable, 'path'>, string])[] = [
      [DOCUMENT_TABLE, csvLines(DOCUMENT_TABLE, rows.documents)],
      ...[...groupBy(rows.mentions, (mention) => typeOf(mention.entityId))].map(([type, mentions]) => {
        const table = {
          label: MENTION_LABEL,
          pair: [type, DOCUMENT_LABEL] as const,
          columns: MENTION_PROPERTIES,
        };
        return [table, csvLines(table, mentions, (m) => [m.entityId, m.documentId])] as const;
      }),
      [
        EVIDENCE_TABLE,
        csvLines(EVIDENCE_TABLE, rows.evidence, (piece) => [piece.documentId, piece.relationId]),
      ],
      ...[...groupBy(rows.descriptions, (description) => description.type)].map(([type, descriptions]) => {
        const table = {
          label: DESCRIPTION_LABEL,
          pair: [type, DOCUMENT_LABEL] as const,
          columns: DESCRIPTION_PROPERTIES,
        };
        return [table, csvLines(table, descriptions, (d) => [d.id, d.documentId])] as const;
      }),
    ];
    // The records written at the end, encoded now only to refuse what they could not carry.
    for (const entity of prepared.entities) csvLines(entityTable(entity.type), [entityRow(entity)]);
    for (const relation of prepared.relations) {
      csvLines(
        relationTable(relation.type, typeOf(relation.source), typeOf(relation.target)),
        [relation],
        relationEnds,
      );
      csvLines(CLAIM_TABLE, [relation]);
    }
    prepared.commit();
    for (const [table, lines] of writes) this.files.append(table, lines);
    return prepared.summary;
  }
}

const DOCUMENT_TABLE = { label: DOCUMENT_LABEL, columns: DOCUMENT_PROPERTIES };
const CLAIM_TABLE = { label: CLAIM_LABEL, columns: [...CLAIM_PROPERTIES, ...CLAIM_SUMMARY_PROPERTIES] };
const EVIDENCE_TABLE = {
  label: EVIDENCE_LABEL,
  pair: [DOCUMENT_LABEL, CLAIM_LABEL] as const,
  columns: EVIDENCE_PROPERTIES,
};
const claimantTable = (type: EntityType) => ({
  label: CLAIMANT_LABEL,
  pair: [type, CLAIM_LABEL] as const,
  columns: [],
});
const entityTable = (type: EntityType) => ({
  label: type,
  columns: [...ENTITY_PROPERTIES, ...ENTITY_SUMMARY_PROPERTIES],
});
/** An entity's row: its record, statistics and kept counts (entity-summary.ts). */
const entityRow = (entity: EntityStatistics, summary: EntitySummary = emptySummary()) => ({
  ...entity,
  ...summaryColumns({ ...summary, documentCount: entity.documentCount ?? 0 }),
});
const relationTable = (type: string, from: EntityType, to: EntityType) => ({
  label: type,
  pair: [from, to] as const,
  columns: RELATION_PROPERTIES,
});
const relationEnds = (relation: RelationWrite) => [relation.source, relation.target] as const;
