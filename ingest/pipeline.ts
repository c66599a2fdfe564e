/**
 * One document through every stage: raw bytes in, a GraphBatch out. Pure: no store I/O.
 */
// First: the compiler settings hold for all code optimised after this point.
import './compiler-settings.ts';
import { allowsEndpoints, entityTypeSpec } from '../graph-schema/schema.ts';
import {
  compareEvidence,
  documentId,
  entityId,
  relationId,
  type DocumentRecord,
  type EntityRecord,
  type EvidenceRecord,
  type GraphBatch,
  type LanguageTag,
  type MentionRecord,
  type RelationRecord,
} from '../graph-schema/model.ts';
import { cleanDocument } from './clean/index.ts';
import { strictUtf8 } from './clean/decode.ts';
import { detectLanguage } from './language.ts';
import { splitSentences } from './sentences.ts';
import { extractWithRules, ruleBasedExtractor } from './rules/index.ts';
import { spanIndexAt } from './rules/text.ts';
import type { Extraction, ExtractionInput, Extractor, KnownName } from './extractor.ts';
import { importStixBundle, STIX_EXTRACTOR, STIX_MEDIA_TYPE, STIX_SOURCE } from './formats/stix.ts';
import { IngestError, type RawDocument, type Sentence } from './types.ts';

export interface IngestResult {
  batch: GraphBatch;
  document: DocumentRecord;
  /** Problems that did not stop this document, for the user. */
  warnings: string[];
  /** The extractor that produced the batch (`rules`, `rules+llm:MODEL`, `stix` for a bundle). */
  extractor: string;
}

/** What an ingest run knows before its first document, the same for every document of the run. */
export interface IngestContext {
  /** Names from the store's imported bundles, matched like gazetteer names. */
  knownNames?: readonly KnownName[];
}

/**
 * One document with the rules, which need no waiting: what tests, evaluation and benchmarks
 * call. Throws IngestError when the document cannot be read or has no text.
 */
export function ingestDocument(raw: RawDocument, context: IngestContext = {}): IngestResult {
  if (raw.mediaType === STIX_MEDIA_TYPE) return ingestBundle(raw);
  const prepared = prepareDocument(raw, context);
  return finish(prepared, extractWithRules(prepared.input), ruleBasedExtractor.name);
}

/** One document with any extractor (a model behind an HTTP endpoint, say). */
export async function ingestDocumentWith(
  raw: RawDocument,
  extractor: Extractor,
  context: IngestContext = {},
): Promise<IngestResult> {
  if (raw.mediaType === STIX_MEDIA_TYPE) return ingestBundle(raw);
  const prepared = prepareDocument(raw, context);
  return finish(prepared, await extractor.extract(prepared.input), extractor.name);
}

/**
 * A STIX bundle states what a platform knows; no extractor reads it. Its text is the document,
 * as written, so evidence offsets point at the relationship objects themselves.
 */
function ingestBundle(raw: RawDocument): IngestResult {
  const text = strictUtf8(raw.bytes);
  if (text === undefined)
    throw new IngestError(raw.uri, 'encoding', 'a STIX bundle is JSON, which must be UTF-8, and this is not');
  const imported = importStixBundle(raw.uri, text);
  const document: DocumentRecord = {
    id: documentId(text),
    uri: raw.uri,
    title: raw.title?.trim() || `STIX bundle ${imported.bundleId ?? raw.uri}`,
    lang: 'und',
    text,
    source: STIX_SOURCE,
    encoding: 'utf-8',
  };
  return {
    batch: toBatch(document, [], imported.extraction, STIX_EXTRACTOR),
    document,
    warnings: imported.warnings,
    extractor: STIX_EXTRACTOR,
  };
}

interface PreparedDocument {
  document: DocumentRecord;
  input: ExtractionInput;
  warnings: string[];
}

function prepareDocument(raw: RawDocument, context: IngestContext): PreparedDocument {
  const clean = cleanDocument(raw);
  const lang = detectLanguage(clean.text);
  const sentences = splitSentences(clean.text, lang);
  const document: DocumentRecord = {
    id: documentId(clean.text),
    uri: clean.uri,
    title: clean.title,
    lang,
    text: clean.text,
    ...(clean.publishedAt ? { publishedAt: clean.publishedAt } : {}),
    ...(clean.source ? { source: clean.source } : {}),
    ...(clean.author ? { author: clean.author } : {}),
    encoding: clean.encoding,
  };
  const input: ExtractionInput = {
    text: clean.text,
    lang,
    sentences,
    ...(context.knownNames?.length ? { knownNames: context.knownNames } : {}),
  };
  return { document, input, warnings: clean.warnings };
}

function finish(prepared: PreparedDocument, extraction: Extraction, extractor: string): IngestResult {
  const { document, input, warnings } = prepared;
  return {
    batch: toBatch(document, input.sentences, extraction, extractor),
    document,
    warnings,
    extractor,
  };
}

function toBatch(
  document: DocumentRecord,
  sentences: readonly Sentence[],
  extraction: Extraction,
  extractorName: string,
): GraphBatch {
  const idByKey = new Map<string, string>();
  const typeByKey = new Map<string, EntityRecord['type']>();
  const entities: EntityRecord[] = [];
  const mentions: MentionRecord[] = [];
  for (const entity of extraction.entities) {
    if (!entityTypeSpec(entity.type)) continue;
    const id = entityId(entity.type, entity.key);
    idByKey.set(entity.key, id);
    typeByKey.set(entity.key, entity.type);
    entities.push({
      id,
      type: entity.type,
      name: entity.name,
      aliases: [...new Set([entity.name, ...entity.aliases])].sort(),
      externalIds: [...new Set(entity.externalIds)].sort(),
      mergeReasons: [...new Set(entity.mergeReasons)].sort(),
    });
    for (const mention of entity.mentions) {
      mentions.push({ entityId: id, documentId: document.id, ...mention });
    }
  }

  const relations = new Map<string, RelationRecord>();
  // Evidence by relation and extent: two patterns may support the same edge from the same
  // sentence, and an entity-dense document gives one edge thousands of sentences.
  const pieces = new Map<string, EvidenceRecord>();
  for (const relation of extraction.relations) {
    const source = idByKey.get(relation.source);
    const target = idByKey.get(relation.target);
    const sourceType = typeByKey.get(relation.source);
    const targetType = typeByKey.get(relation.target);
    // The schema is the authority on which endpoint pairs make sense; an extractor's slip is dropped.
    if (!source || !target || !sourceType || !targetType || source === target) continue;
    if (!allowsEndpoints(relation.type, sourceType, targetType)) continue;
    const evidence: EvidenceRecord = {
      documentId: document.id,
      text: document.text.slice(relation.evidence.start, relation.evidence.end),
      start: relation.evidence.start,
      end: relation.evidence.end,
      lang: languageAt(sentences, relation.evidence.start, document.lang),
      confidence: relation.confidence,
      assertedBy: relation.assertedBy.flatMap((key) => idByKey.get(key) ?? []).sort(),
      extractor: relation.extractor ?? extractorName,
    };
    const id = relationId(relation.type, source, target, relation.modality);
    const pieceKey = `${id}\u0000${evidence.start}:${evidence.end}`;
    const twin = pieces.get(pieceKey);
    if (twin) {
      mergeTwin(twin, evidence);
      continue;
    }
    pieces.set(pieceKey, evidence);
    const existing = relations.get(id);
    if (existing) existing.evidence.push(evidence);
    else {
      relations.set(id, {
        id,
        type: relation.type,
        source,
        target,
        modality: relation.modality,
        evidence: [evidence],
      });
    }
  }
  // Sorted once (a stable sort keeps pieces with the same start in the order they were found).
  for (const relation of relations.values()) relation.evidence.sort(compareEvidence);

  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    documents: [document],
    entities: entities.sort(byId),
    mentions: mentions.sort(
      (a, b) => a.start - b.start || a.end - b.end || (a.entityId < b.entityId ? -1 : 1),
    ),
    relations: [...relations.values()].sort(byId),
  };
}

/** Two patterns supporting the same edge from the same sentence: keep one piece, the stronger. */
function mergeTwin(twin: EvidenceRecord, evidence: EvidenceRecord): void {
  twin.confidence = Math.max(twin.confidence, evidence.confidence);
  twin.assertedBy = [...new Set([...twin.assertedBy, ...evidence.assertedBy])].sort();
  twin.extractor = [...new Set([...twin.extractor.split('+'), ...evidence.extractor.split('+')])]
    .sort()
    .join('+');
}

/** Sentences are sorted and disjoint: a binary search. */
function languageAt(sentences: readonly Sentence[], offset: number, fallback: LanguageTag): LanguageTag {
  return sentences[spanIndexAt(sentences, offset)]?.lang ?? fallback;
}
