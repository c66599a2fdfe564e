/**
 * Entity precision and recall of the full pipeline against the real NER gold sets
 * (bench/ner-gold.ts): every document goes through `ingestDocument`, and its predicted mentions
 * are compared with the gold spans by position and type (see docs/samples.md, "Real corpus").
 */
import type { EntityType } from '../graph-schema/schema.ts';
import type { GraphBatch } from '../graph-schema/model.ts';
import { ingestDocument } from '../ingest/pipeline.ts';
import { score, type Counts, type Score } from './evaluate.ts';
import type { NerDocument, NerSet } from './ner-gold.ts';

export interface NerScore extends Score {
  /** Matched pairs whose boundaries are identical. */
  exact: number;
  /** Precision, recall and F1 when only identical boundaries count. */
  exactF1: number;
}

export interface NerDocumentErrors {
  id: string;
  missed: string[];
  spurious: string[];
}

export interface NerEvaluation {
  name: string;
  lang: string;
  documents: number;
  /** Documents the pipeline refused (their gold spans all count as missed). */
  failedDocuments: string[];
  /** Gold spans in text that cleaning removed (tables, markup): not scored. */
  droppedSpans: number;
  unplacedTokens: number;
  overall: NerScore;
  byType: Record<string, NerScore>;
  errors: NerDocumentErrors[];
}

interface NerCounts extends Counts {
  exact: number;
}

interface Range {
  start: number;
  end: number;
}

/** The pipeline, as `evigraph ingest` runs it on a plain-text file. */
export function ingestText(id: string, text: string): GraphBatch {
  return ingestDocument({ uri: id, bytes: new TextEncoder().encode(text), mediaType: 'text/plain' }).batch;
}

/**
 * Where each character of the cleaned text came from in the source text, and which source
 * characters survived cleaning. Cleaning only deletes (boilerplate, tables) and respaces, so a
 * walk that resynchronises on the next few cleaned characters recovers the correspondence.
 */
export function alignCleaned(source: string, cleaned: string): { origin: Int32Array; kept: Uint8Array } {
  const origin = new Int32Array(cleaned.length).fill(-1);
  const kept = new Uint8Array(source.length);
  const space = (char: string | undefined) => char !== undefined && /\s/u.test(char);
  let i = 0;
  let j = 0;
  while (i < source.length && j < cleaned.length) {
    if (source[i] === cleaned[j] || (space(source[i]) && space(cleaned[j]))) {
      origin[j++] = i;
      kept[i++] = 1;
    } else if (space(source[i])) {
      kept[i++] = 1;
    } else if (space(cleaned[j])) {
      origin[j++] = i;
    } else {
      const resume = source.indexOf(cleaned.slice(j, j + RESYNC_PROBE), i);
      if (resume === -1) {
        origin[j++] = i;
        kept[i++] = 1;
      } else i = resume;
    }
  }
  return { origin, kept };
}

const RESYNC_PROBE = 16;

const overlaps = (a: Range, b: Range) => a.start < b.end && b.start < a.end;

/** Scores one set: mentions of the scored types against the gold spans. */
export function evaluateNerSet(
  set: NerSet,
  extract: (id: string, text: string) => GraphBatch = ingestText,
): NerEvaluation {
  const byType: Record<string, NerCounts> = {};
  const overall: NerCounts = { tp: 0, fp: 0, fn: 0, exact: 0 };
  const count = (type: string, field: keyof NerCounts) => {
    byType[type] ??= { tp: 0, fp: 0, fn: 0, exact: 0 };
    byType[type][field]++;
    overall[field]++;
  };
  const failedDocuments: string[] = [];
  const errors: NerDocumentErrors[] = [];
  let droppedSpans = 0;

  for (const doc of set.documents) {
    let batch: GraphBatch;
    try {
      batch = extract(doc.id, doc.text);
    } catch (error) {
      failedDocuments.push(`${doc.id}: ${error instanceof Error ? error.message : String(error)}`);
      for (const span of doc.spans) count(span.type, 'fn');
      continue;
    }
    const { origin, kept } = alignCleaned(doc.text, batch.documents[0]?.text ?? '');
    const gold = doc.spans.filter((span) => kept[span.start] === 1 && kept[span.end - 1] === 1);
    droppedSpans += doc.spans.length - gold.length;
    const predicted = predictedSpans(batch, set.scoredTypes, origin).filter(
      (span) =>
        !doc.unannotated.includes(span.type) &&
        !doc.unannotatedRegions.some(
          (region) =>
            region.types.includes(span.type) && region.start <= span.start && span.end <= region.end,
        ),
    );
    const result = matchSpans(doc, gold, predicted);
    for (const pair of result.matched) {
      count(pair.gold.type, 'tp');
      if (pair.gold.start === pair.predicted.start && pair.gold.end === pair.predicted.end)
        count(pair.gold.type, 'exact');
    }
    for (const span of result.missed) count(span.type, 'fn');
    for (const span of result.spurious) count(span.type, 'fp');
    const show = (span: Range & { type: string }) => `${span.type} ${doc.text.slice(span.start, span.end)}`;
    if (result.missed.length + result.spurious.length > 0) {
      errors.push({ id: doc.id, missed: result.missed.map(show), spurious: result.spurious.map(show) });
    }
  }
  const toScore = (counts: NerCounts): NerScore => {
    const exactPrecision = counts.tp + counts.fp === 0 ? 1 : counts.exact / (counts.tp + counts.fp);
    const exactRecall = counts.tp + counts.fn === 0 ? 1 : counts.exact / (counts.tp + counts.fn);
    const exactF1 =
      exactPrecision + exactRecall === 0
        ? 0
        : (2 * exactPrecision * exactRecall) / (exactPrecision + exactRecall);
    return { ...score(counts), exact: counts.exact, exactF1 };
  };
  return {
    name: set.name,
    lang: set.lang,
    documents: set.documents.length,
    failedDocuments,
    droppedSpans,
    unplacedTokens: set.unplacedTokens,
    overall: toScore(overall),
    byType: Object.fromEntries(
      Object.entries(byType)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([type, counts]) => [type, toScore(counts)]),
    ),
    errors,
  };
}

type TypedRange = Range & { type: EntityType };

/** Predicted mentions of the scored types, in source offsets, each span and type once. */
function predictedSpans(
  batch: GraphBatch,
  scoredTypes: NerSet['scoredTypes'],
  origin: Int32Array,
): TypedRange[] {
  const typeOf = new Map(batch.entities.map((entity) => [entity.id, entity.type]));
  const seen = new Set<string>();
  const spans: TypedRange[] = [];
  for (const mention of batch.mentions) {
    const predictedType = typeOf.get(mention.entityId);
    const type = predictedType === undefined ? undefined : scoredTypes[predictedType];
    const start = origin[mention.start] ?? -1;
    const last = origin[mention.end - 1] ?? -1;
    if (type === undefined || start < 0 || last < 0) continue;
    const key = `${start}:${last}:${type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    spans.push({ start, end: last + 1, type });
  }
  return spans;
}

/**
 * One-to-one pairs of a predicted and a gold span of the same type that overlap: identical
 * boundaries first, then the larger overlap, then text order. An unpaired prediction that
 * overlaps a neutral span is left out rather than counted as spurious.
 */
function matchSpans(
  doc: Pick<NerDocument, 'neutral'>,
  gold: readonly TypedRange[],
  predicted: readonly TypedRange[],
): {
  matched: Array<{ gold: TypedRange; predicted: TypedRange }>;
  missed: TypedRange[];
  spurious: TypedRange[];
} {
  const candidates: Array<{ gold: number; predicted: number; exact: boolean; shared: number }> = [];
  predicted.forEach((prediction, p) => {
    gold.forEach((span, g) => {
      if (span.type !== prediction.type || !overlaps(span, prediction)) return;
      const shared = Math.min(span.end, prediction.end) - Math.max(span.start, prediction.start);
      const exact = span.start === prediction.start && span.end === prediction.end;
      candidates.push({ gold: g, predicted: p, exact, shared });
    });
  });
  candidates.sort(
    (a, b) =>
      Number(b.exact) - Number(a.exact) ||
      b.shared - a.shared ||
      a.gold - b.gold ||
      a.predicted - b.predicted,
  );
  const goldTaken = new Set<number>();
  const predictedTaken = new Set<number>();
  const matched: Array<{ gold: TypedRange; predicted: TypedRange }> = [];
  for (const candidate of candidates) {
    if (goldTaken.has(candidate.gold) || predictedTaken.has(candidate.predicted)) continue;
    goldTaken.add(candidate.gold);
    predictedTaken.add(candidate.predicted);
    const pair = { gold: gold[candidate.gold], predicted: predicted[candidate.predicted] };
    if (pair.gold && pair.predicted) matched.push({ gold: pair.gold, predicted: pair.predicted });
  }
  return {
    matched,
    missed: gold.filter((_, index) => !goldTaken.has(index)),
    spurious: predicted.filter(
      (span, index) => !predictedTaken.has(index) && !doc.neutral.some((other) => overlaps(other, span)),
    ),
  };
}
