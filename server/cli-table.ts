/**
 * Query rows as the CLI prints them: `json` (an array of objects, the default and lossless
 * form), `csv` (RFC 4180, a header row, lists and maps as JSON) or `table` (aligned columns
 * for reading on a terminal; long cells shortened, line breaks shown as spaces).
 */
import { csvRows } from './export/csv.ts';

export const QUERY_FORMATS = ['json', 'csv', 'table'] as const;
export type QueryFormat = (typeof QUERY_FORMATS)[number];

/** A table cell longer than this is cut, with an ellipsis: whole values are in json and csv. */
const MAX_CELL_CHARS = 60;

export function formatRows(
  format: QueryFormat,
  columns: readonly string[],
  rows: readonly unknown[][],
): string {
  switch (format) {
    case 'json': {
      const objects = rows.map((row) =>
        Object.fromEntries(columns.map((column, index) => [column, row[index]])),
      );
      return `${JSON.stringify(objects, jsonValue, 2)}\n`;
    }
    case 'csv':
      return csvRows([columns, ...rows.map((row) => columns.map((_, index) => cellText(row[index])))]);
    case 'table':
      return table(columns, rows);
  }
}

function table(columns: readonly string[], rows: readonly unknown[][]): string {
  const cells = rows.map((row) => columns.map((_, index) => shortened(cellText(row[index]))));
  const widths = columns.map((column, index) =>
    Math.max(width(column), ...cells.map((row) => width(row[index] ?? ''))),
  );
  const line = (values: readonly string[]) =>
    values
      .map((value, index) => value + ' '.repeat((widths[index] ?? 0) - width(value)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((size) => '-'.repeat(size)).join('  ');
  const count = `(${rows.length} row${rows.length === 1 ? '' : 's'})`;
  return [line(columns), rule, ...cells.map(line), count].join('\n') + '\n';
}

/** Text of one value: strings as they are, nothing for null, lists and maps as JSON. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return JSON.stringify(value, jsonValue);
}

function shortened(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const chars = [...flat];
  return chars.length > MAX_CELL_CHARS ? `${chars.slice(0, MAX_CELL_CHARS - 1).join('')}…` : flat;
}

/** Columns are counted in code points, so Arabic and accented text line up as well as Latin. */
function width(text: string): number {
  return [...text].length;
}

/** Cypher results may hold 64-bit integers; JSON has no BigInt. */
function jsonValue(_key: string, value: unknown): unknown {
  if (typeof value !== 'bigint') return value;
  return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
}
