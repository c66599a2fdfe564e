/**
 * The interface every extractor implements: text in, mentions and relations with offsets out.
 * The rule-based extractor is one; a statistical or LLM-backed one can sit beside it without
 * ingest or store changing.
 */
import type { LanguageTag } from '../graph-schema/model.ts';
import type { EntityType, Modality, RelationType } from '../graph-schema/schema.ts';
import type { Sentence, Span } from './types.ts';

export interface ExtractionInput {
  text: string;
  lang: LanguageTag;
  sentences: readonly Sentence[];
  /**
   * Names the store already knows beyond the gazetteer (from imported STIX bundles), matched
   * like gazetteer names: read once when an ingest run starts and handed in, so extraction
   * stays a pure function of its input.
   */
  knownNames?: readonly KnownName[];
}

/** An entity known by name, with the key its node was made under, so a mention of it joins that node. */
export interface KnownName {
  key: string;
  type: EntityType;
  name: string;
  aliases: readonly string[];
  externalIds: readonly string[];
}

/**
 * One entity as the extractor resolved it within the document. `key` is what makes it the
 * same node across documents: a gazetteer id, an indicator's normalised value, or a
 * script-independent folded name. Ingest turns (type, key) into the entity id.
 */
export interface ExtractedEntity {
  key: string;
  type: EntityType;
  name: string;
  aliases: string[];
  externalIds: string[];
  /** Why these surface forms are one entity, one line per rule applied. */
  mergeReasons: string[];
  mentions: Array<Span & { surface: string }>;
}

export interface ExtractedRelation {
  type: RelationType;
  /** `key` of the source and target entities in `entities`. */
  source: string;
  target: string;
  modality: Modality;
  confidence: number;
  /** Keys of the entities who make the claim. */
  assertedBy: string[];
  /** The supporting sentence (or sentences, across an apposition), offsets in the text. */
  evidence: Span;
  /** `name` of the extractor that found it, when several run as one (combineExtractors);
   *  otherwise the evidence records the name of the extractor ingest was given. */
  extractor?: string;
}

export interface Extraction {
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}

export interface Extractor {
  /** Recorded on every piece of evidence the extractor produces: `rules`, `llm:MODEL`. */
  readonly name: string;
  /** Asynchronous, so an extractor may wait on a model server or a worker. */
  extract(input: ExtractionInput): Promise<Extraction>;
}
