/**
 * `npm run eval`: extraction quality on the sample corpus (data/samples) as plain-text tables.
 *   --json     the raw counts and scores instead of tables
 *   --errors   also list, per article, what was missed, spurious or mislabelled
 */
import { fileURLToPath } from 'node:url';
import {
  evaluateCorpus,
  loadSamples,
  type Breakdown,
  type CorpusEvaluation,
  type CorpusSize,
  type RelationScore,
  type Score,
} from './evaluate.ts';

const SAMPLES = fileURLToPath(new URL('../data/samples', import.meta.url));

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
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

const ratio = (value: number) => (Number.isNaN(value) ? '-' : value.toFixed(3));

function breakdownRows<T extends Score>(breakdown: Breakdown<T>, cells: (value: T) => string[]): string[][] {
  const section = (label: string, record: Record<string, T>) =>
    Object.entries(record)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => [`${label} ${key}`, ...cells(value)]);
  return [
    ['overall', ...cells(breakdown.overall)],
    ...section('lang', breakdown.byLanguage),
    ...section('split', breakdown.bySplit),
    ...section('type', breakdown.byType),
  ];
}

const scoreCells = (value: Score) => [
  String(value.tp),
  String(value.fp),
  String(value.fn),
  ratio(value.precision),
  ratio(value.recall),
  ratio(value.f1),
];
const SCORE_HEADERS = ['tp', 'fp', 'fn', 'precision', 'recall', 'f1'];

function sizeRow(label: string, size: CorpusSize): string[] {
  return [
    label,
    String(size.articles),
    String(size.entities),
    String(size.entityMentions),
    String(size.relations),
  ];
}

function report(evaluation: CorpusEvaluation, withErrors: boolean): string {
  const { size, entities, relations, mentionRecall } = evaluation;
  const sections = [
    'Corpus',
    table(
      ['lang', 'articles', 'entities', 'mentions', 'relations'],
      [
        ...Object.entries(size.byLanguage).map(([lang, counts]) => sizeRow(lang, counts)),
        sizeRow('total', size.overall),
      ],
    ),
    'Entities (micro)',
    table(['', ...SCORE_HEADERS], breakdownRows(entities, scoreCells)),
    'Relations (micro; modality and claimant accuracy among matched relations)',
    table(
      ['', ...SCORE_HEADERS, 'modality', 'claimant'],
      breakdownRows(relations, (value: RelationScore) => [
        ...scoreCells(value),
        ratio(value.modalityAccuracy),
        ratio(value.claimantAccuracy),
      ]),
    ),
    'Mention recall (gold mention occurrences overlapped by a predicted mention of the same entity)',
    table(
      ['lang', 'gold', 'found', 'recall'],
      [
        ...Object.entries(mentionRecall.byLanguage).map(([lang, counts]) => [
          lang,
          String(counts.gold),
          String(counts.found),
          ratio(counts.recall),
        ]),
        [
          'total',
          String(mentionRecall.overall.gold),
          String(mentionRecall.overall.found),
          ratio(mentionRecall.overall.recall),
        ],
      ],
    ),
  ];
  if (withErrors) {
    for (const doc of evaluation.documents) {
      const lines = Object.entries(doc.errors).flatMap(([kind, items]) =>
        items.map((item) => `  ${kind}: ${item}`),
      );
      if (lines.length > 0) sections.push(`${doc.id} (${doc.split})\n${lines.join('\n')}`);
    }
  }
  return sections.join('\n\n');
}

const args = new Set(process.argv.slice(2));
const evaluation = evaluateCorpus(loadSamples(SAMPLES));
console.log(
  args.has('--json') ? JSON.stringify(evaluation, null, 2) : report(evaluation, args.has('--errors')),
);
