/**
 * `npm run eval`: extraction quality on the sample corpus (data/samples) as plain-text tables.
 *   --json     the raw counts and scores instead of tables
 *   --errors   also list, per article, what was missed, spurious or mislabelled
 *   --real     the real corpus instead (../shared/corpus, data/real-gold): relations, then
 *              entities against the three NER gold sets; --json and --errors apply too
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateCorpus, loadSamples, type CorpusEvaluation, type RelationScore } from './evaluate.ts';
import { realReport, runRealEvaluation } from './eval-real.ts';
import { breakdownRows, ratio, SCORE_HEADERS, scoreCells, sizeRow, table } from './tables.ts';

const SAMPLES = fileURLToPath(new URL('../data/samples', import.meta.url));
const REAL_GOLD = fileURLToPath(new URL('../data/real-gold', import.meta.url));
/** Third-party text, never copied into the repository: it lives beside the checkout. */
const CORPUS = fileURLToPath(new URL('../../shared/corpus', import.meta.url));

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
if (args.has('--real')) {
  if (!existsSync(CORPUS)) {
    console.error(`The real corpus is not at ${CORPUS}: nothing to evaluate.`);
    process.exit(1);
  }
  const evaluation = runRealEvaluation(REAL_GOLD, CORPUS);
  console.log(
    args.has('--json') ? JSON.stringify(evaluation, null, 2) : realReport(evaluation, args.has('--errors')),
  );
} else {
  const evaluation = evaluateCorpus(loadSamples(SAMPLES));
  console.log(
    args.has('--json') ? JSON.stringify(evaluation, null, 2) : report(evaluation, args.has('--errors')),
  );
}
