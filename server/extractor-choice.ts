/**
 * The extractor an upload asks for by name (`POST /api/documents?extractor=rules|llm`): the
 * rules, which the ingest service runs in its worker pool, or the rules with the model the
 * server's environment configures. A name the server does not know, or the model when it is not
 * configured, is refused before any document is read.
 */
import { ApiError } from './api-error.ts';
import type { DocumentExtraction } from './ingest-service.ts';
import { EXTRACTOR_NAMES, rulesWithModel, type ModelExtraction } from './model-extraction.ts';

/** The extraction for a name: undefined for the service's own (the rules). */
export type ExtractionChooser = (name: string | undefined) => DocumentExtraction | undefined;

export function extractionChooser(environment: NodeJS.ProcessEnv): ExtractionChooser {
  let model: ModelExtraction | undefined;
  return (name) => {
    if (name === undefined || name === 'rules') return undefined;
    if (name !== 'llm')
      throw new ApiError(
        400,
        'unknown-extractor',
        `unknown extractor "${name}"; this server has ${EXTRACTOR_NAMES.join(', ')}`,
      );
    try {
      model ??= rulesWithModel(environment);
    } catch (error) {
      throw new ApiError(
        400,
        'extractor-not-configured',
        `this server has no model configured: ${(error as Error).message}`,
      );
    }
    return model;
  };
}
