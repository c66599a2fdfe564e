/**
 * Pipe tables as reports paste them into text, whole:
 *
 *   | Domain           | IP            | Impersonated entity |
 *   | fake-agency[.]org | 192.0.2[.]10 | Example Agency      |
 *
 * or cut across lines by a conversion that put each cell on lines of its own, between lines
 * holding a lone bar (two bars in a row closing one row and opening the next):
 *
 *   | **Actor** | **Period** | **Goals** |
 *   |
 *   Blue Heron
 *   |
 *   2019
 *   |
 *   Espionage
 *   campaign against ministries.
 *   |
 *   |
 *   ...
 *
 * A table opens on a line starting with a bar; between two bars, text is a cell and blanks
 * holding a line break end a row (blanks on one line are an empty cell). The first row gives
 * the number of columns: once a row has them all, text after its last bar on a later line is
 * the prose after the table, as is text after a blank line. A table is two rows or more (a lone
 * barred line may be a navigation bar). Its first row is the header when no cell of it holds a
 * sentence. Cells keep their offsets in the text, so what is found in a cell can be related to
 * what its column says it is.
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
/** "|---|:---:|": the line under a header, no row. */
const SEPARATOR_CELL = /^:?-{2,}:?$/u;
/** A cell longer than this is no cell but prose the bars happen to surround. */
const MAX_CELL_CHARS = 2000;

export interface TableCell extends Span {
  /** The cell's text, trimmed, its lines joined by spaces, emphasis marks ("**IP**") off. */
  text: string;
}

export interface PipeTable extends Span {
  /** The header's cells, when the first row is one. */
  header?: TableCell[];
  /** The rows after the header (every row when there is none). */
  rows: TableCell[][];
}

/** The spans of every line a pipe table in `text` covers, whole or cut across lines. */
export function tableRowLines(text: string): Span[] {
  const lines: Span[] = [];
  for (const table of findPipeTables(text)) {
    let start = text.lastIndexOf('\n', table.start - 1) + 1;
    while (start < table.end) {
      const newline = text.indexOf('\n', start);
      const end = newline < 0 ? text.length : newline;
      lines.push({ start, end });
      start = end + 1;
    }
  }
  return lines;
}

/**
 * The lines of pipe tables that read as content: whole rows ("| a | b |") and the lines of a
 * cell written over several. A cell alone on its line, in a table cut across lines, is a label
 * like any other short line ("2019", "office-login[.]com").
 */
export function tableContentLines(text: string): Span[] {
  const lines: Span[] = [];
  for (const table of findPipeTables(text)) {
    for (const row of [...(table.header ? [table.header] : []), ...table.rows]) {
      const first = row[0];
      const last = row.at(-1);
      if (first && last && !text.slice(first.start, last.end).includes('\n')) {
        lines.push(lineAround(text, first.start));
        continue;
      }
      for (const cell of row) {
        if (!text.slice(cell.start, cell.end).includes('\n')) continue;
        for (let at = cell.start; at < cell.end; at = text.indexOf('\n', at) + 1 || cell.end)
          lines.push(lineAround(text, at));
      }
    }
  }
  return lines;
}

function lineAround(text: string, at: number): Span {
  const newline = text.indexOf('\n', at);
  return { start: text.lastIndexOf('\n', at - 1) + 1, end: newline < 0 ? text.length : newline };
}

/** "**Actor**": a cell set in bold whole. */
const BOLD_CELL = /^\*\*[^*]+\*\*$/u;

/**
 * The cells of every header row the writer set all in bold ("| **Tactic** | **Recommended
 * Course of Action** |"): labels of columns, whose capitals name nothing. A first row in plain
 * text may be a header or the first row of data, so it is left alone.
 */
export function boldHeaderCells(text: string): TableCell[] {
  if (!text.includes('| **')) return [];
  return findPipeTables(text).flatMap((table) => {
    const header = table.header ?? [];
    return header.length > 0 && header.every((cell) => BOLD_CELL.test(text.slice(cell.start, cell.end)))
      ? header
      : [];
  });
}

export function findPipeTables(text: string): PipeTable[] {
  const tables: PipeTable[] = [];
  let lineStart = 0;
  while (lineStart < text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const table = /^[\t ]*\|/u.test(text.slice(lineStart, lineEnd)) ? readTable(text, lineStart) : undefined;
    if (table) {
      tables.push(table);
      const after = text.indexOf('\n', table.end);
      if (after < 0) break;
      lineStart = after + 1;
      continue;
    }
    if (newline < 0) break;
    lineStart = newline + 1;
  }
  return tables;
}

/** The table opening on the line at `lineStart`, if two rows or more follow from it. */
function readTable(text: string, lineStart: number): PipeTable | undefined {
  const rows: TableCell[][] = [];
  let row: TableCell[] = [];
  let columns: number | undefined;
  let bar = text.indexOf('|', lineStart);
  let lastBar = bar;
  const closeRow = () => {
    if (row.length > 0 && !row.every((cell) => SEPARATOR_CELL.test(cell.text))) rows.push(row);
    if (row.length > 0) columns ??= row.length;
    row = [];
  };
  for (;;) {
    const next = text.indexOf('|', bar + 1);
    const gapEnd = next < 0 ? text.length : next;
    const gap = text.slice(bar + 1, gapEnd);
    const breaks = gap.split('\n').length - 1;
    if (/^\s*$/u.test(gap)) {
      if (next < 0 || breaks >= 2) break;
      if (breaks === 1) closeRow();
      else row.push({ start: bar + 1, end: bar + 1, text: '' });
    } else {
      if (next < 0 || /\n[\t ]*\n/u.test(gap) || gap.length > MAX_CELL_CHARS) break;
      // Text on a later line is a cell of a table cut across lines when a lone bar closes it
      // and its row still lacks cells; else it is the prose after the table.
      const full = columns !== undefined && row.length >= columns;
      if (/^[\t ]*\n/u.test(gap) && (full || !isLoneBar(text, next))) break;
      row.push(cellOf(text, bar + 1, gapEnd));
    }
    lastBar = next;
    bar = next;
  }
  closeRow();
  if (rows.length < 2) return undefined;
  const [first, ...rest] = rows;
  const span = { start: text.indexOf('|', lineStart), end: lastBar + 1 };
  const isHeader = first !== undefined && first.every((cell) => HEADER_CELL.test(cell.text));
  return isHeader ? { ...span, header: first, rows: rest } : { ...span, rows };
}

/** Whether the bar at `at` stands alone on its line. */
function isLoneBar(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const newline = text.indexOf('\n', at);
  return text.slice(start, newline < 0 ? text.length : newline).trim() === '|';
}

/** The cell between two bars, trimmed to its words. */
function cellOf(text: string, from: number, to: number): TableCell {
  const raw = text.slice(from, to);
  const start = from + (raw.length - raw.trimStart().length);
  const trimmed = raw.trim();
  return {
    start,
    end: start + trimmed.length,
    text: trimmed.replace(/\s+/gu, ' ').replace(/^\*\*(.*)\*\*$/u, '$1'),
  };
}
