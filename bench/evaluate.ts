/**
 * Extraction quality against the hand-annotated sample corpus (data/samples, see
 * docs/samples.md): gold files, their loader, and the scorer that compares a GraphBatch with
 * the gold annotation of the same article.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { z } from 'zod';
import { edgeAssertedBy, type GraphBatch } from '../graph-schema/model.ts';
import {
  ENTITY_TYPES,
  LANGUAGES,
  MODALITIES,
  RELATION_TYPES,
  type EntityType,
  type Language,
} from '../graph-schema/schema.ts';
import { foldKey } from '../ingest/normalize/fold.ts';
import { ingestDocument } from '../ingest/pipeline.ts';
import type { MediaType } from '../ingest/types.ts';

const entityTypeNames = ENTITY_TYPES.map((spec) => spec.name) as [EntityType, ...EntityType[]];
const relationTypeNames = RELATION_TYPES.map((spec) => spec.name) as [
  (typeof RELATION_TYPES)[number]['name'],
  ...(typeof RELATION_TYPES)[number]['name'][],
];

export const SPLITS = ['dev', 'heldout'] as const;

export const goldEntitySchema = z.strictObject({
  type: z.enum(entityTypeNames),
  name: z.string().min(1),
  /** Empty only for a place stated by a demonym, which is not a mention of it (docs/samples.md). */
  mentions: z.array(z.string().min(1)),
});

export const goldRelationSchema = z.strictObject({
  type: z.enum(relationTypeNames),
  source: z.string().min(1),
  target: z.string().min(1),
  modality: z.enum(MODALITIES),
  assertedBy: z.array(z.string().min(1)).default([]),
});

export const goldDocumentSchema = z.strictObject({
  lang: z.enum(LANGUAGES),
  split: z.enum(SPLITS),
  entities: z.array(goldEntitySchema),
  relations: z.array(goldRelationSchema),
});

export type GoldEntity = z.infer<typeof goldEntitySchema>;
export type GoldRelation = z.infer<typeof goldRelationSchema>;
export type GoldDocument = z.infer<typeof goldDocumentSchema>;

export interface SampleArticle {
  /** `lang/NN-slug`, stable across runs. */
  id: string;
  path: string;
  mediaType: MediaType;
  /** The file as written, markup included. */
  raw: string;
  gold: GoldDocument;
}

const MEDIA_TYPES: Record<string, MediaType> = {
  '.txt': 'text/plain',
  '.html': 'text/html',
  '.md': 'text/markdown',
};
const GOLD_SUFFIX = '.gold.json';

/** Every article under `root/{ar,fr,en}` with its gold file; an article without one is an error. */
export function loadSamples(root: string): SampleArticle[] {
  return LANGUAGES.flatMap((lang) => {
    const dir = join(root, lang);
    const files = readdirSync(dir).sort();
    return files
      .filter((file) => !file.endsWith(GOLD_SUFFIX) && MEDIA_TYPES[extname(file)] !== undefined)
      .map((file) => {
        const slug = file.slice(0, -extname(file).length);
        const goldFile = `${slug}${GOLD_SUFFIX}`;
        if (!files.includes(goldFile)) throw new Error(`${join(dir, file)} has no ${goldFile}`);
        const goldPath = join(dir, goldFile);
        const parsed = goldDocumentSchema.safeParse(JSON.parse(readFileSync(goldPath, 'utf8')));
        if (!parsed.success) throw new Error(`${goldPath}: ${z.prettifyError(parsed.error)}`);
        return {
          id: `${lang}/${slug}`,
          path: join(dir, file),
          mediaType: MEDIA_TYPES[extname(file)] as MediaType,
          raw: readFileSync(join(dir, file), 'utf8'),
          gold: parsed.data,
        };
      });
  });
}

/** Runs an article through the whole ingest pipeline, as `evigraph ingest` would. */
export function ingestSample(article: SampleArticle): GraphBatch {
  const raw = {
    uri: article.path,
    bytes: new TextEncoder().encode(article.raw),
    mediaType: article.mediaType,
  };
  return ingestDocument(raw).batch;
}

/**
 * The comparison key of a name: folded (case, accents, Arabic letter variants, harakat,
 * tatweel), refanged, and with spacing and punctuation dropped, so "APT 28" = "APT28" and
 * "onedrive-en-marche[.]fr" = "onedrive-en-marche.fr".
 */
export function nameKey(value: string): string {
  const refanged = value.replace(/\[\.\]|\(\.\)|\{\.\}/g, '.').replace(/\bhxxp/gi, 'http');
  return foldKey(refanged).replace(/[^\p{L}\p{N}]+/gu, '');
}

export interface Span {
  start: number;
  end: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const ARABIC_LETTER = /\p{Script=Arabic}/u;
/** Proclitics written attached to an Arabic word: conjunctions, prepositions, the article. */
const ARABIC_PROCLITICS = /^(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)$/u;

/**
 * Where `surface` occurs in `text` as a whole word or phrase: not inside a longer word, except
 * that an Arabic word may carry attached proclitics ("لبوتين" holds "بوتين").
 */
export function findOccurrences(text: string, surface: string): Span[] {
  const spans: Span[] = [];
  for (let start = text.indexOf(surface); start !== -1; start = text.indexOf(surface, start + 1)) {
    const end = start + surface.length;
    if (WORD_CHAR.test(text[end] ?? '') && WORD_CHAR.test(surface.at(-1) ?? '')) continue;
    if (startsWord(text, start, surface)) spans.push({ start, end });
  }
  return spans;
}

function startsWord(text: string, start: number, surface: string): boolean {
  if (!WORD_CHAR.test(surface[0] ?? '')) return true;
  let wordStart = start;
  while (wordStart > 0 && WORD_CHAR.test(text[wordStart - 1] ?? '')) wordStart--;
  if (wordStart === start) return true;
  return ARABIC_LETTER.test(surface[0] ?? '') && ARABIC_PROCLITICS.test(text.slice(wordStart, start));
}

/** Occurrences of an entity's mentions, longest surface first, never overlapping each other. */
export function mentionOccurrences(text: string, mentions: readonly string[]): Span[] {
  const taken: Span[] = [];
  for (const surface of [...mentions].sort((a, b) => b.length - a.length)) {
    for (const span of findOccurrences(text, surface)) {
      if (!taken.some((other) => overlaps(other, span))) taken.push(span);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface RelationCounts extends Counts {
  /** Matched relations whose predicted modality is exactly the gold one. */
  modalityCorrect: number;
  /** Matched relations whose predicted claimants are exactly the gold ones. */
  claimantCorrect: number;
}

export interface MentionCounts {
  /** Occurrences of gold mentions in the document text. */
  gold: number;
  /** Of those, how many a predicted mention of the aligned entity overlaps. */
  found: number;
}

/**
 * What the scorer reads of a gold file. `split` is the group a document is reported under: the
 * sample split, or the kind of source for the real corpus (bench/real-gold.ts).
 */
export type ScoredGold = Omit<GoldDocument, 'split'> & { split: string };

export interface DocumentEvaluation {
  id: string;
  lang: Language;
  split: string;
  entitiesByType: Record<string, Counts>;
  relationsByType: Record<string, RelationCounts>;
  mentions: MentionCounts;
  /** What went wrong, readable, for whoever tunes the extractor. */
  errors: {
    missedEntities: string[];
    spuriousEntities: string[];
    missedRelations: string[];
    spuriousRelations: string[];
    wrongModality: string[];
    wrongClaimants: string[];
  };
}

const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });
const emptyRelationCounts = (): RelationCounts => ({
  ...emptyCounts(),
  modalityCorrect: 0,
  claimantCorrect: 0,
});

function bucket<T>(record: Record<string, T>, key: string, make: () => T): T {
  record[key] ??= make();
  return record[key];
}

/**
 * Pairs predicted entities with gold ones, one to one: same type and a shared name key.
 * Pairs sharing more keys are taken first, then document order, so the result is stable.
 */
export function alignEntities(gold: readonly GoldEntity[], batch: GraphBatch): Map<string, number> {
  const goldKeys = gold.map((entity) => new Set([entity.name, ...entity.mentions].map(nameKey)));
  const candidates: Array<{ predicted: string; gold: number; shared: number; order: number }> = [];
  batch.entities.forEach((entity, order) => {
    const keys = new Set([entity.name, ...entity.aliases].map(nameKey));
    gold.forEach((goldEntity, index) => {
      if (goldEntity.type !== entity.type) return;
      const shared = [...keys].filter((key) => key !== '' && goldKeys[index]?.has(key)).length;
      if (shared > 0) candidates.push({ predicted: entity.id, gold: index, shared, order });
    });
  });
  candidates.sort((a, b) => b.shared - a.shared || a.gold - b.gold || a.order - b.order);
  const alignment = new Map<string, number>();
  const goldTaken = new Set<number>();
  for (const candidate of candidates) {
    if (alignment.has(candidate.predicted) || goldTaken.has(candidate.gold)) continue;
    alignment.set(candidate.predicted, candidate.gold);
    goldTaken.add(candidate.gold);
  }
  return alignment;
}

/** How a relation is named in the error lists, and the identity under which it is scored. */
export function relationKey(type: string, source: string, target: string): string {
  return `${source} -${type}-> ${target}`;
}

/** Scores one document's batch against its gold annotation. */
export function evaluateDocument(id: string, gold: ScoredGold, batch: GraphBatch): DocumentEvaluation {
  const alignment = alignEntities(gold.entities, batch);
  const alignedGold = new Set(alignment.values());
  const evaluation: DocumentEvaluation = {
    id,
    lang: gold.lang,
    split: gold.split,
    entitiesByType: {},
    relationsByType: {},
    mentions: { gold: 0, found: 0 },
    errors: {
      missedEntities: [],
      spuriousEntities: [],
      missedRelations: [],
      spuriousRelations: [],
      wrongModality: [],
      wrongClaimants: [],
    },
  };
  const { errors } = evaluation;

  for (const entity of batch.entities) {
    const counts = bucket(evaluation.entitiesByType, entity.type, emptyCounts);
    if (alignment.has(entity.id)) counts.tp++;
    else {
      counts.fp++;
      errors.spuriousEntities.push(`${entity.type} ${entity.name}`);
    }
  }
  gold.entities.forEach((entity, index) => {
    if (alignedGold.has(index)) return;
    bucket(evaluation.entitiesByType, entity.type, emptyCounts).fn++;
    errors.missedEntities.push(`${entity.type} ${entity.name}`);
  });

  // An end the gold does not hold is named by what the extractor called it, its id keeping it
  // apart from another prediction of the same name.
  const predictedNames = new Map(batch.entities.map((entity) => [entity.id, entity.name]));
  const goldNameOf = (predictedId: string): string => {
    const index = alignment.get(predictedId);
    const unaligned = `?${predictedNames.get(predictedId) ?? ''} [${predictedId}]`;
    return index === undefined ? unaligned : (gold.entities[index]?.name ?? unaligned);
  };
  // Edges differing only by modality state one fact: they are scored together, and the
  // modality counts as right only when the gold modality is the single one predicted.
  const predictedFacts = new Map<string, { type: string; modalities: Set<string>; claimants: Set<string> }>();
  for (const relation of batch.relations) {
    const key = relationKey(relation.type, goldNameOf(relation.source), goldNameOf(relation.target));
    const fact = predictedFacts.get(key) ?? {
      type: relation.type,
      modalities: new Set(),
      claimants: new Set(),
    };
    fact.modalities.add(relation.modality);
    for (const claimant of edgeAssertedBy(relation.evidence)) fact.claimants.add(goldNameOf(claimant));
    predictedFacts.set(key, fact);
  }
  const goldFacts = new Set<string>();
  for (const relation of gold.relations) {
    const key = relationKey(relation.type, relation.source, relation.target);
    goldFacts.add(key);
    const counts = bucket(evaluation.relationsByType, relation.type, emptyRelationCounts);
    const predicted = predictedFacts.get(key);
    if (!predicted) {
      counts.fn++;
      errors.missedRelations.push(key);
      continue;
    }
    counts.tp++;
    if (predicted.modalities.size === 1 && predicted.modalities.has(relation.modality))
      counts.modalityCorrect++;
    else errors.wrongModality.push(`${key}: ${[...predicted.modalities].join('+')} for ${relation.modality}`);
    if (sameSet(predicted.claimants, relation.assertedBy)) counts.claimantCorrect++;
    else
      errors.wrongClaimants.push(
        `${key}: [${[...predicted.claimants].join(', ')}] for [${relation.assertedBy.join(', ')}]`,
      );
  }
  for (const [key, fact] of predictedFacts) {
    if (goldFacts.has(key)) continue;
    bucket(evaluation.relationsByType, fact.type, emptyRelationCounts).fp++;
    errors.spuriousRelations.push(key);
  }

  const text = batch.documents[0]?.text ?? '';
  gold.entities.forEach((entity, index) => {
    const predictedIds = new Set(
      [...alignment].filter(([, aligned]) => aligned === index).map(([predictedId]) => predictedId),
    );
    const predictedSpans = batch.mentions.filter((mention) => predictedIds.has(mention.entityId));
    for (const occurrence of mentionOccurrences(text, entity.mentions)) {
      evaluation.mentions.gold++;
      if (predictedSpans.some((span) => overlaps(span, occurrence))) evaluation.mentions.found++;
    }
  });
  return evaluation;
}

function sameSet(a: ReadonlySet<string>, b: readonly string[]): boolean {
  return a.size === new Set(b).size && b.every((item) => a.has(item));
}

export interface Score extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface RelationScore extends Score {
  /** Among matched relations; NaN when none matched. */
  modalityAccuracy: number;
  claimantAccuracy: number;
}

export function score(counts: Counts): Score {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

function relationScore(counts: RelationCounts): RelationScore {
  return {
    ...score(counts),
    modalityAccuracy: counts.tp === 0 ? Number.NaN : counts.modalityCorrect / counts.tp,
    claimantAccuracy: counts.tp === 0 ? Number.NaN : counts.claimantCorrect / counts.tp,
  };
}

function addCounts<T extends Counts>(into: T, from: T): void {
  for (const key of Object.keys(from) as Array<keyof T>) {
    (into[key] as number) += from[key] as number;
  }
}

export interface Breakdown<T> {
  overall: T;
  byType: Record<string, T>;
  byLanguage: Record<string, T>;
  bySplit: Record<string, T>;
}

export interface CorpusSize {
  articles: number;
  entities: number;
  /** Occurrences of gold mentions in the article bodies. */
  entityMentions: number;
  relations: number;
}

export interface CorpusEvaluation {
  size: { overall: CorpusSize; byLanguage: Record<string, CorpusSize> };
  entities: Breakdown<Score>;
  relations: Breakdown<RelationScore>;
  mentionRecall: {
    overall: MentionCounts & { recall: number };
    byLanguage: Record<string, MentionCounts & { recall: number }>;
  };
  documents: DocumentEvaluation[];
}

/** The body an annotator read: the `<article>` element of an HTML page, the whole file otherwise. */
export function articleBody(article: Pick<SampleArticle, 'raw' | 'mediaType'>): string {
  if (article.mediaType !== 'text/html') return article.raw;
  return /<article\b[^>]*>([\s\S]*?)<\/article>/i.exec(article.raw)?.[1] ?? article.raw;
}

/** Size of the gold corpus, counting mention occurrences in each article body. */
export function corpusSize(
  articles: ReadonlyArray<Pick<SampleArticle, 'raw' | 'mediaType'> & { gold: ScoredGold }>,
): CorpusEvaluation['size'] {
  const empty = (): CorpusSize => ({ articles: 0, entities: 0, entityMentions: 0, relations: 0 });
  const overall = empty();
  const byLanguage: Record<string, CorpusSize> = {};
  for (const article of articles) {
    const body = articleBody(article);
    const size: CorpusSize = {
      articles: 1,
      entities: article.gold.entities.length,
      entityMentions: article.gold.entities.reduce(
        (sum, entity) => sum + mentionOccurrences(body, entity.mentions).length,
        0,
      ),
      relations: article.gold.relations.length,
    };
    addSize(overall, size);
    addSize(bucket(byLanguage, article.gold.lang, empty), size);
  }
  return { overall, byLanguage };
}

function addSize(into: CorpusSize, from: CorpusSize): void {
  into.articles += from.articles;
  into.entities += from.entities;
  into.entityMentions += from.entityMentions;
  into.relations += from.relations;
}

/** Runs every article through `extract` (the real pipeline by default) and aggregates the scores. */
export function evaluateCorpus(
  articles: readonly SampleArticle[],
  extract: (article: SampleArticle) => GraphBatch = ingestSample,
): CorpusEvaluation {
  const documents = articles.map((article) => evaluateDocument(article.id, article.gold, extract(article)));
  return summarise(documents, corpusSize(articles));
}

/** Micro-averaged scores over documents, by type, language and split. */
export function summarise(
  documents: readonly DocumentEvaluation[],
  size: CorpusEvaluation['size'],
): CorpusEvaluation {
  const entityCounts = breakdownCounts(documents, (doc) => doc.entitiesByType, emptyCounts);
  const relationCounts = breakdownCounts(documents, (doc) => doc.relationsByType, emptyRelationCounts);
  const mentionTotals: MentionCounts = { gold: 0, found: 0 };
  const mentionsByLanguage: Record<string, MentionCounts> = {};
  for (const doc of documents) {
    mentionTotals.gold += doc.mentions.gold;
    mentionTotals.found += doc.mentions.found;
    const lang = bucket(mentionsByLanguage, doc.lang, () => ({ gold: 0, found: 0 }));
    lang.gold += doc.mentions.gold;
    lang.found += doc.mentions.found;
  }
  const withRecall = (counts: MentionCounts) => ({
    ...counts,
    recall: counts.gold === 0 ? 1 : counts.found / counts.gold,
  });
  return {
    size,
    entities: mapBreakdown(entityCounts, score),
    relations: mapBreakdown(relationCounts, relationScore),
    mentionRecall: {
      overall: withRecall(mentionTotals),
      byLanguage: Object.fromEntries(
        Object.entries(mentionsByLanguage).map(([lang, counts]) => [lang, withRecall(counts)]),
      ),
    },
    documents: [...documents],
  };
}

function breakdownCounts<T extends Counts>(
  documents: readonly DocumentEvaluation[],
  byType: (doc: DocumentEvaluation) => Record<string, T>,
  make: () => T,
): Breakdown<T> {
  const result: Breakdown<T> = { overall: make(), byType: {}, byLanguage: {}, bySplit: {} };
  for (const doc of documents) {
    for (const [type, counts] of Object.entries(byType(doc))) {
      addCounts(result.overall, counts);
      addCounts(bucket(result.byType, type, make), counts);
      addCounts(bucket(result.byLanguage, doc.lang, make), counts);
      addCounts(bucket(result.bySplit, doc.split, make), counts);
    }
  }
  return result;
}

function mapBreakdown<T, U>(breakdown: Breakdown<T>, map: (value: T) => U): Breakdown<U> {
  const mapRecord = (record: Record<string, T>) =>
    Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
  return {
    overall: map(breakdown.overall),
    byType: mapRecord(breakdown.byType),
    byLanguage: mapRecord(breakdown.byLanguage),
    bySplit: mapRecord(breakdown.bySplit),
  };
}
