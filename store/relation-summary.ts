/**
 * What a relation edge keeps about its evidence, the same on every backend: the strongest
 * confidence, the union of claimants, how many pieces and from how many documents, the
 * languages of the pieces and the days their documents were published. The pieces themselves
 * are records of their own (Claim and EVIDENCE in graph-schema), so the summary is updated from
 * the pieces a write adds, never recomputed from everything the edge holds, except when a
 * document already counted is written again or retracted. A canvas draws and filters edges by
 * this summary alone, without reading any evidence record. It also names the first documents of
 * the evidence, where the first sentences a preview shows lie, so that a preview reads those
 * documents' pieces instead of ranking every piece the edge holds (a hub's edges hold thousands).
 */
import {
  edgeAssertedBy,
  edgeConfidence,
  type EvidenceRecord,
  type LanguageTag,
} from '../graph-schema/model.ts';
import { sortedUnion } from './merge.ts';
import { EVIDENCE_PREVIEW } from './query-limits.ts';

/**
 * Documents a summary names as its first: the first EVIDENCE_PREVIEW pieces in evidence order
 * (document, then offsets) lie in at most that many documents, the first by id.
 */
export const FIRST_DOCUMENTS = EVIDENCE_PREVIEW;

/** The first FIRST_DOCUMENTS of sorted, distinct document ids. */
function firstOf(sortedIds: readonly string[]): string[] {
  return sortedIds.slice(0, FIRST_DOCUMENTS);
}

export interface RelationSummary {
  confidence: number;
  assertedBy: string[];
  evidenceCount: number;
  documentCount: number;
  /** Languages the pieces are written in, sorted. */
  langs: LanguageTag[];
  /** Distinct days (YYYY-MM-DD) on which their documents were published, sorted; undated ones add none. */
  dates: string[];
  /**
   * The first documents of the evidence by id (FIRST_DOCUMENTS at most, sorted): where the
   * first pieces in evidence order lie.
   */
  firstDocuments: string[];
}

/** Publication days of documents by id; a document without a date is absent. */
export type DocumentDays = ReadonlyMap<string, string>;

/** The day of a publication date (ISO 8601, a day or a moment). */
export function dayOf(publishedAt: string): string {
  return publishedAt.slice(0, 10);
}

/** Days of the documents that have a date. */
export function documentDays(
  documents: readonly { id: string; publishedAt?: string }[],
): Map<string, string> {
  return new Map(
    documents.flatMap((document) =>
      document.publishedAt === undefined ? [] : [[document.id, dayOf(document.publishedAt)] as const],
    ),
  );
}

/** The summary of a whole list of evidence; `days` holds its documents' publication days. */
export function summarizeEvidence(evidence: readonly EvidenceRecord[], days: DocumentDays): RelationSummary {
  const documentIds = new Set(evidence.map((piece) => piece.documentId));
  return {
    confidence: edgeConfidence(evidence),
    assertedBy: edgeAssertedBy(evidence),
    evidenceCount: evidence.length,
    documentCount: documentIds.size,
    langs: [...new Set(evidence.map((piece) => piece.lang))].sort(),
    dates: [...new Set([...documentIds].flatMap((id) => days.get(id) ?? []))].sort(),
    firstDocuments: firstOf([...documentIds].sort()),
  };
}

/**
 * The summary once `added` joins the evidence it describes. Exact only when every added piece
 * comes from a document the summary does not count yet (a document new to the store).
 */
export function extendSummary(
  summary: RelationSummary,
  added: readonly EvidenceRecord[],
  days: DocumentDays,
): RelationSummary {
  const addition = summarizeEvidence(added, days);
  return {
    confidence: Math.max(summary.confidence, addition.confidence),
    assertedBy: sortedUnion(summary.assertedBy, addition.assertedBy),
    evidenceCount: summary.evidenceCount + addition.evidenceCount,
    documentCount: summary.documentCount + addition.documentCount,
    langs: sortedUnion(summary.langs, addition.langs) as LanguageTag[],
    dates: sortedUnion(summary.dates, addition.dates),
    // The first documents of the whole are among the summary's first and the added ones.
    firstDocuments: firstOf(sortedUnion(summary.firstDocuments, addition.firstDocuments)),
  };
}
