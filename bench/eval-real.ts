/**
 * `npm run eval -- --real`: the real corpus (../shared/corpus) evaluated and printed: relations
 * against data/real-gold, entities against the three NER gold sets.
 */
import { evaluateNerSet, type NerEvaluation, type NerScore } from './evaluate-ner.ts';
import { evaluateRealCorpus, type RealEvaluation } from './evaluate-real.ts';
import type { RelationScore } from './evaluate.ts';
import { readAnnoCtr, readEuropeana, readWojood } from './ner-gold.ts';
import { loadNewsGold, loadRealGold } from './real-gold.ts';
import { breakdownRows, ratio, SCORE_HEADERS, scoreCells, sizeRow, table } from './tables.ts';

export interface RealCorpusEvaluation {
  /** The prose texts (data/real-gold/{lang}): the figures the floors and targets hold. */
  relations: RealEvaluation;
  /** The news documents of the NER sets (data/real-gold/news), by language and split. */
  news: RealEvaluation;
  entities: NerEvaluation[];
}

/** The three NER sets, in the order they are reported. */
const NER_SETS = [readAnnoCtr, readWojood, readEuropeana] as const;

export function runRealEvaluation(goldRoot: string, corpusRoot: string): RealCorpusEvaluation {
  return {
    relations: evaluateRealCorpus(loadRealGold(goldRoot, corpusRoot)),
    news: evaluateRealCorpus(loadNewsGold(goldRoot, corpusRoot)),
    entities: NER_SETS.map((read) => evaluateNerSet(read(corpusRoot))),
  };
}

/** What the extractor should reach on real text; printed beside today's figures. */
const RELATION_TARGETS = { precision: 0.9, recall: 0.75 };
const ENTITY_F1_TARGETS: Readonly<Record<string, number>> = {
  'AnnoCTR (en)': 0.85,
  'Wojood (ar)': 0.8,
  'Europeana (fr)': 0.7,
};

function targetRows(evaluation: RealCorpusEvaluation): string[][] {
  const row = (label: string, measured: number, target: number | undefined) => [
    label,
    ratio(measured),
    target === undefined ? '-' : `>= ${target.toFixed(2)}`,
    target === undefined ? '-' : measured >= target ? 'met' : 'not met',
  ];
  const { overall } = evaluation.relations.relations;
  return [
    row('relation precision', overall.precision, RELATION_TARGETS.precision),
    row('relation recall', overall.recall, RELATION_TARGETS.recall),
    ...evaluation.entities.map((set) =>
      row(`entity F1, ${set.name}`, set.overall.f1, ENTITY_F1_TARGETS[set.name]),
    ),
  ];
}

/** How many of the most frequent missed and spurious entity spans `--errors` lists per set. */
const FREQUENT_ERRORS = 25;

/** The size, relation scores and recall by reference of one relation gold set. */
function relationSections(title: string, relations: RealEvaluation, groupLabel: string): string[] {
  return [
    title,
    table(
      ['lang', 'texts', 'entities', 'mentions', 'relations'],
      [
        ...Object.entries(relations.size.byLanguage).map(([lang, counts]) => sizeRow(lang, counts)),
        sizeRow('total', relations.size.overall),
      ],
    ),
    'Relations (micro; modality and claimant accuracy among matched relations)',
    table(
      ['', ...SCORE_HEADERS, 'modality', 'claimant'],
      breakdownRows(
        relations.relations,
        (value: RelationScore) => [
          ...scoreCells(value),
          ratio(value.modalityAccuracy),
          ratio(value.claimantAccuracy),
        ],
        groupLabel,
      ),
    ),
    'Gold relations found, by how the stating sentence names their ends',
    table(
      ['', 'gold', 'found', 'recall'],
      Object.entries(relations.byReference).map(([label, counts]) => [
        label,
        String(counts.gold),
        String(counts.found),
        ratio(counts.recall),
      ]),
    ),
  ];
}

export function realReport(evaluation: RealCorpusEvaluation, withErrors: boolean): string {
  const { relations, news, entities } = evaluation;
  const sections = [
    ...relationSections('Real corpus: relation gold (data/real-gold)', relations, 'source'),
    'Gold entities (ends and claimants of relations) found, and their mention recall',
    table(
      ['', 'gold', 'found', 'recall', 'mentions', 'found', 'recall'],
      [
        ['overall', relations.entities.overall, relations.mentionRecall.overall] as const,
        ...Object.entries(relations.entities.byLanguage).map(
          ([lang, counts]) => [`lang ${lang}`, counts, relations.mentionRecall.byLanguage[lang]] as const,
        ),
      ].map(([label, counts, mentions]) => [
        label,
        String(counts.tp + counts.fn),
        String(counts.tp),
        ratio(counts.recall),
        String(mentions?.gold ?? 0),
        String(mentions?.found ?? 0),
        ratio(mentions?.recall ?? Number.NaN),
      ]),
    ),
    ...relationSections(
      'Real news: relation gold on sentences of the NER sets (data/real-gold/news; every document read, most state no relation)',
      news,
      'split',
    ),
    ...entities.flatMap((set) => [
      `Entities: ${set.name}, ${set.documents} documents (overlapping spans of the same type match; exact-f1 counts identical boundaries only)` +
        (set.droppedSpans > 0
          ? `; ${set.droppedSpans} gold spans in text that cleaning removed are not scored`
          : '') +
        (set.failedDocuments.length > 0
          ? `; ${set.failedDocuments.length} documents refused by the pipeline`
          : '') +
        (set.unplacedTokens > 0 ? `; ${set.unplacedTokens} gold tokens not found in the text` : ''),
      table(
        ['', ...SCORE_HEADERS, 'exact-f1'],
        [
          ['overall', set.overall] as const,
          ...Object.entries(set.byType).map(([type, value]) => [`type ${type}`, value] as const),
        ].map(([label, value]: readonly [string, NerScore]) => [
          label,
          ...scoreCells(value),
          ratio(value.exactF1),
        ]),
      ),
    ]),
    'Targets',
    table(['', 'measured', 'target', ''], targetRows(evaluation)),
  ];
  if (withErrors) {
    for (const doc of [...relations.documents, ...news.documents]) {
      const { missedRelations, spuriousRelations, wrongModality, wrongClaimants } = doc.errors;
      const lines = Object.entries({
        missedRelations,
        spuriousRelations,
        wrongModality,
        wrongClaimants,
      }).flatMap(([kind, items]) => items.map((item) => `  ${kind}: ${item}`));
      if (lines.length > 0) sections.push(`${doc.id}\n${lines.join('\n')}`);
    }
    for (const set of entities) {
      for (const kind of ['missed', 'spurious'] as const) {
        const counts = new Map<string, number>();
        for (const doc of set.errors)
          for (const item of doc[kind]) counts.set(item, (counts.get(item) ?? 0) + 1);
        const frequent = [...counts]
          .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
          .slice(0, FREQUENT_ERRORS)
          .map(([item, count]) => `  ${count} × ${item}`);
        sections.push(`${set.name}: most frequent ${kind} spans\n${frequent.join('\n')}`);
      }
    }
  }
  return sections.join('\n\n');
}
