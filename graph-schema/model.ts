/**
 * The records ingest produces and every store writes: the contract between the two.
 * Ids are deterministic (same input, same id, on every backend).
 */
import { hash } from 'node:crypto';
import { ENTITY_TYPES, entityTypeSpec, type EntityType, type Modality, type RelationType } from './schema.ts';

/** Language code of a document or sentence: one of ours, or `und` when undetermined. */
export type LanguageTag = 'ar' | 'fr' | 'en' | 'und';

export interface DocumentRecord {
  /** Content hash of the extracted text: the same text ingested twice is one document. */
  id: string;
  /** The path or address the document was ingested from. */
  uri: string;
  title: string;
  lang: LanguageTag;
  publishedAt?: string;
  /** Outlet or site name when known. */
  source?: string;
  /** Author from the file's own metadata (PDF, DOCX, feed item), when it names one. */
  author?: string;
  /** Character encoding the text was decoded from (WHATWG name, e.g. `utf-8`, `windows-1256`). */
  encoding?: string;
  /** The extracted main text; every offset in mentions and evidence points into it. */
  text: string;
}

export interface EntityRecord {
  id: string;
  type: EntityType;
  /** Canonical display name. */
  name: string;
  /** Every surface form seen, in every script (the name included). */
  aliases: string[];
  /** `scheme:value`, e.g. `mitre-attack:G0007`. */
  externalIds: string[];
  /** One line per merge rule applied, e.g. `gazetteer: "بون ستورم" is an alias of APT28`. */
  mergeReasons: string[];
}

export interface MentionRecord {
  entityId: string;
  documentId: string;
  start: number;
  end: number;
  /** The exact text at [start, end) of the document text. */
  surface: string;
}

export interface EvidenceRecord {
  documentId: string;
  /** The sentence that supports the relation, as written. */
  text: string;
  /** Offsets of that sentence in the document text. */
  start: number;
  end: number;
  lang: LanguageTag;
  /** Confidence this piece of evidence lends (0..1). */
  confidence: number;
  /** Entity ids of who makes the claim in this sentence ("according to Flashpoint"). */
  assertedBy: string[];
  /** The extractor that found this piece (`Extractor.name`: `rules`, `llm:MODEL`, `stix`);
   *  names joined by `+` when several found it. Empty for evidence stored before it was recorded. */
  extractor: string;
}

export interface RelationRecord {
  /** relationId(type, source, target, modality) */
  id: string;
  type: RelationType;
  source: string;
  target: string;
  modality: Modality;
  evidence: EvidenceRecord[];
}

/** What ingest hands to a store: usually one document and everything found in it. */
export interface GraphBatch {
  documents: DocumentRecord[];
  entities: EntityRecord[];
  mentions: MentionRecord[];
  relations: RelationRecord[];
}

/** One-shot hashing: a third of the cost of a Hash object for inputs this short. */
function digest(parts: readonly string[], length: number): string {
  return hash('sha256', parts.join('\u0000'), 'hex').slice(0, length);
}

/**
 * Ids of the entities met lately, by type, then key: the same countries, agencies and actors
 * come back document after document, and a hash costs far more than a lookup. A map per type
 * spares joining type and key into a string of their own at each lookup. Bounded: emptied when full.
 */
const entityIds = new Map<EntityType, Map<string, string>>();
let entityIdsKept = 0;
const ENTITY_IDS_KEPT = 100_000;

/** Id of an entity from its type and resolution key (gazetteer id, folded name, indicator value). */
export function entityId(type: EntityType, key: string): string {
  let ofType = entityIds.get(type);
  let id = ofType?.get(key);
  if (id === undefined) {
    const spec = entityTypeSpec(type);
    if (!spec) throw new Error(`unknown entity type ${type}`);
    id = `${spec.idPrefix}_${digest([type, key], 16)}`;
    if (entityIdsKept >= ENTITY_IDS_KEPT) {
      entityIds.clear();
      entityIdsKept = 0;
      ofType = undefined;
    }
    if (!ofType) entityIds.set(type, (ofType = new Map()));
    ofType.set(key, id);
    entityIdsKept++;
  }
  return id;
}

const TYPE_BY_PREFIX = new Map<string, EntityType>(ENTITY_TYPES.map((spec) => [spec.idPrefix, spec.name]));

/**
 * The type an entity id names by its prefix (`entityId`), if it has one. Ids written by other
 * tools need not follow the pattern, so this is a hint to check, not a fact.
 */
export function entityTypeForId(id: string): EntityType | undefined {
  const underscore = id.indexOf('_');
  return underscore > 0 ? TYPE_BY_PREFIX.get(id.slice(0, underscore)) : undefined;
}

export function documentId(text: string): string {
  return `doc_${digest([text], 20)}`;
}

/**
 * Ids of the relations met lately, by their joined parts (what is hashed): an edge between
 * entities news names again and again comes back in document after document. Bounded.
 */
const relationIds = new Map<string, string>();
const RELATION_IDS_KEPT = 100_000;

/**
 * A claim and its denial are different edges: modality is part of a relation's identity,
 * so "the Kremlin denies it" can never be counted as support for the attribution.
 */
export function relationId(type: RelationType, source: string, target: string, modality: Modality): string {
  const parts = `${type}\u0000${source}\u0000${target}\u0000${modality}`;
  let id = relationIds.get(parts);
  if (id === undefined) {
    id = `rel_${digest([parts], 16)}`;
    if (relationIds.size >= RELATION_IDS_KEPT) relationIds.clear();
    relationIds.set(parts, id);
  }
  return id;
}

const LATIN = /[A-Za-z]/;

/**
 * Which of two names for the same entity to display, independent of the order in which
 * documents arrive: Latin script first (readable by most users and matching external ids),
 * then the longer (fuller) form, then code-point order.
 */
export function preferredName(a: string, b: string): string {
  const latinA = LATIN.test(a);
  const latinB = LATIN.test(b);
  if (latinA !== latinB) return latinA ? a : b;
  if (a.length !== b.length) return a.length > b.length ? a : b;
  return a < b ? a : b;
}

/** Aggregate confidence of an edge from its evidence: the strongest single piece. */
export function edgeConfidence(evidence: readonly Pick<EvidenceRecord, 'confidence'>[]): number {
  return evidence.reduce((best, piece) => Math.max(best, piece.confidence), 0);
}

/** Sorted, de-duplicated union of the claimants across evidence. */
export function edgeAssertedBy(evidence: readonly Pick<EvidenceRecord, 'assertedBy'>[]): string[] {
  return [...new Set(evidence.flatMap((piece) => piece.assertedBy))].sort();
}

/** Evidence order on every backend and in every export: by document, then position. */
export function compareEvidence(
  a: Pick<EvidenceRecord, 'documentId' | 'start'>,
  b: Pick<EvidenceRecord, 'documentId' | 'start'>,
): number {
  return a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start;
}
