/** Plain-text tables for the evaluation reports (`npm run eval`). */
import type { Breakdown, CorpusSize, Score } from './evaluate.ts';

export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  // The first column holds labels and reads best left-aligned; numbers line up on the right.
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [line(headers), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export const ratio = (value: number) => (Number.isNaN(value) ? '-' : value.toFixed(3));

/** Rows for the overall figure, then per language, per group (`split` or `source`), per type. */
export function breakdownRows<T extends Score>(
  breakdown: Breakdown<T>,
  cells: (value: T) => string[],
  groupLabel = 'split',
): string[][] {
  const section = (label: string, record: Record<string, T>) =>
    Object.entries(record)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => [`${label} ${key}`, ...cells(value)]);
  return [
    ['overall', ...cells(breakdown.overall)],
    ...section('lang', breakdown.byLanguage),
    ...section(groupLabel, breakdown.bySplit),
    ...section('type', breakdown.byType),
  ];
}

export const SCORE_HEADERS = ['tp', 'fp', 'fn', 'precision', 'recall', 'f1'];

export const scoreCells = (value: Score) => [
  String(value.tp),
  String(value.fp),
  String(value.fn),
  ratio(value.precision),
  ratio(value.recall),
  ratio(value.f1),
];

export function sizeRow(label: string, size: CorpusSize): string[] {
  return [
    label,
    String(size.articles),
    String(size.entities),
    String(size.entityMentions),
    String(size.relations),
  ];
}
