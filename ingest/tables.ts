/**
 * Pipe tables as reports paste them into text:
 *
 *   | Domain           | IP            | Impersonated entity |
 *   | fake-agency[.]org | 192.0.2[.]10 | Example Agency      |
 *
 * A row is a line opened and closed by a bar; a table is two rows or more in a row (a lone
 * barred line may be a navigation bar). Its first row is the header when no cell of it holds
 * a sentence. Cells keep their offsets in the text, so what is found in a cell can be related
 * to what its column says it is.
 */
import type { Span } from './types.ts';

/** "| a | b |": opened and closed by a bar. */
const ROW = /^[\t ]*\|.*\|[\t ]*$/u;

/** Whether a line has the shape of a table row (one such line alone is no table yet). */
export function isTableRow(line: string): boolean {
  return ROW.test(line);
}
/** A header cell is a label: a few words, no sentence punctuation. */
const HEADER_CELL = /^[^.!?]{0,60}$/u;

export interface TableCell extends Span {
  /** The cell's text, trimmed, emphasis marks ("**IP**") off. */
  text: string;
}

export interface PipeTable extends Span {
  /** The header's cells, when the first row is one. */
  header?: TableCell[];
  /** The rows after the header (every row when there is none). */
  rows: TableCell[][];
}

/** The line spans of every row of a pipe table in `text`. */
export function tableRowLines(text: string): Span[] {
  return findPipeTables(text).flatMap((table) =>
    [...(table.header ? [table.header] : []), ...table.rows].map((row) => lineOf(text, row)),
  );
}

export function findPipeTables(text: string): PipeTable[] {
  const tables: PipeTable[] = [];
  let run: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (ROW.test(text.slice(lineStart, lineEnd))) run.push({ start: lineStart, end: lineEnd });
    else {
      if (run.length >= 2) tables.push(tableOf(text, run));
      run = [];
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  if (run.length >= 2) tables.push(tableOf(text, run));
  return tables;
}

function tableOf(text: string, lines: readonly Span[]): PipeTable {
  const rows = lines.map((line) => cellsOf(text, line));
  const [first, ...rest] = rows;
  const span = { start: lines[0]?.start ?? 0, end: lines.at(-1)?.end ?? 0 };
  const isHeader = first !== undefined && first.every((cell) => HEADER_CELL.test(cell.text));
  return isHeader ? { ...span, header: first, rows: rest } : { ...span, rows };
}

/** The cells between the bars of one row, each trimmed to its words. */
function cellsOf(text: string, line: Span): TableCell[] {
  const row = text.slice(line.start, line.end);
  const open = row.indexOf('|');
  const close = row.lastIndexOf('|');
  const cells: TableCell[] = [];
  let cellStart = open + 1;
  for (let bar = row.indexOf('|', cellStart); bar >= 0 && bar <= close; bar = row.indexOf('|', cellStart)) {
    const raw = row.slice(cellStart, bar);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    const start = line.start + cellStart + lead;
    cells.push({ start, end: start + trimmed.length, text: trimmed.replace(/^\*\*(.*)\*\*$/u, '$1') });
    cellStart = bar + 1;
  }
  return cells;
}

function lineOf(text: string, row: readonly TableCell[]): Span {
  const at = row[0]?.start ?? 0;
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at);
  return { start, end: newline < 0 ? text.length : newline };
}
