/**
 * Relation quality on the real corpus: each text with a gold file under data/real-gold goes
 * through the full pipeline and is scored by the sample scorer (bench/evaluate.ts), grouped by
 * language and source (the news documents of the NER sets by language and split); relations a
 * reader gets only through coreference are also counted apart.
 */
import type { GraphBatch } from '../graph-schema/model.ts';
import { ingestDocument } from '../ingest/pipeline.ts';
import {
  corpusSize,
  evaluateDocument,
  relationKey,
  summarise,
  type CorpusEvaluation,
  type DocumentEvaluation,
} from './evaluate.ts';
import type { RealArticle } from './real-gold.ts';

export interface RecallCounts {
  gold: number;
  found: number;
  recall: number;
}

export interface RealEvaluation extends CorpusEvaluation {
  /** Recall of gold relations, by whether an end is named only through coreference. */
  byReference: { named: RecallCounts; coreference: RecallCounts };
}

/** Reads a corpus text as `evigraph ingest` does. */
export function ingestRealArticle(article: RealArticle): GraphBatch {
  const bytes = new TextEncoder().encode(article.text);
  return ingestDocument({ uri: article.path, bytes, mediaType: 'text/plain' }).batch;
}

/** The prose texts are grouped by their source and split; the news documents by language and split. */
const groupOf = (article: RealArticle): string =>
  `${article.kind === 'prose' ? article.sourceKind : article.gold.lang} ${article.gold.split}`;

export function evaluateRealCorpus(
  articles: readonly RealArticle[],
  extract: (article: RealArticle) => GraphBatch = ingestRealArticle,
): RealEvaluation {
  const documents: DocumentEvaluation[] = [];
  const byReference = { named: { gold: 0, found: 0 }, coreference: { gold: 0, found: 0 } };
  for (const article of articles) {
    const doc = evaluateDocument(article.id, { ...article.gold, split: groupOf(article) }, extract(article));
    documents.push(doc);
    const missed = new Set(doc.errors.missedRelations);
    for (const relation of article.gold.relations) {
      const counts = relation.coreference ? byReference.coreference : byReference.named;
      counts.gold++;
      if (!missed.has(relationKey(relation.type, relation.source, relation.target))) counts.found++;
    }
  }
  const withRecall = (counts: { gold: number; found: number }): RecallCounts => ({
    ...counts,
    recall: counts.gold === 0 ? Number.NaN : counts.found / counts.gold,
  });
  return {
    ...summarise(
      documents,
      corpusSize(
        articles.map((article) => ({
          raw: article.text,
          mediaType: 'text/plain' as const,
          gold: { ...article.gold, split: groupOf(article) },
        })),
      ),
    ),
    byReference: { named: withRecall(byReference.named), coreference: withRecall(byReference.coreference) },
  };
}
