/**
 * Extraction with an extractor beside the rules — a model behind a chat endpoint, combined
 * with the rules so both meet in one graph. Such an extractor spends its time waiting on the
 * network, not computing, so it runs on this thread with a few documents in flight instead of
 * in the worker pool the rules use.
 */
import { ingestDocumentWith, type IngestContext, type IngestResult } from '../ingest/pipeline.ts';
import { chatConfigFromEnvironment, createChatExtractor } from '../ingest/extractors/chat.ts';
import { combineExtractors } from '../ingest/extractors/combined.ts';
import type { Extractor } from '../ingest/extractor.ts';
import { ruleBasedExtractor } from '../ingest/rules/index.ts';
import type { RawDocument } from '../ingest/types.ts';
import type { DocumentExtraction } from './ingest-service.ts';

/** The extractors `--extractor` accepts: the rules alone, or the rules with a model. */
export const EXTRACTOR_NAMES = ['rules', 'llm'] as const;
export type ExtractorName = (typeof EXTRACTOR_NAMES)[number];

/** Documents sent to the model at once: a local server serves a few requests in parallel. */
const DOCUMENTS_IN_FLIGHT = 4;

export class ModelExtraction implements DocumentExtraction {
  readonly size = DOCUMENTS_IN_FLIGHT;
  private readonly extractor: Extractor;

  constructor(extractor: Extractor) {
    this.extractor = extractor;
  }

  extract(raw: RawDocument, context?: IngestContext): Promise<IngestResult> {
    return ingestDocumentWith(raw, this.extractor, context);
  }

  async close(): Promise<void> {}
}

/** The rules with the model the environment names (EVIGRAPH_LLM_URL, _MODEL, _KEY). */
export function rulesWithModel(environment: NodeJS.ProcessEnv): ModelExtraction {
  const model = createChatExtractor(chatConfigFromEnvironment(environment));
  return new ModelExtraction(combineExtractors([ruleBasedExtractor, model]));
}
