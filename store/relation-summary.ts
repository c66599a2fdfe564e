/**
 * What a relation edge keeps about its evidence, the same on every backend: the strongest
 * confidence, the union of claimants, how many pieces and from how many documents, the
 * languages of the pieces and the days their documents were published. The pieces themselves
 * are records of their own (Claim and EVIDENCE in graph-schema), so the summary is updated from
 * the pieces a write adds, never recomputed from everything the edge holds, except when a
 * document already counted is written again or retracted. A canvas draws and filters edges by
 * this summary alone, without reading any evidence record.
 */
import {
  edgeAssertedBy,
  edgeConfidence,
  type EvidenceRecord,
  type LanguageTag,
} from '../graph-schema/model.ts';
import { sortedUnion } from './merge.ts';

export interface RelationSummary {
  confidence: number;
  assertedBy: string[];
  evidenceCount: number;
  documentCount: number;
  /** Languages the pieces are written in, sorted. */
  langs: LanguageTag[];
  /** Distinct days (YYYY-MM-DD) on which their documents were published, sorted; undated ones add none. */
  dates: string[];
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
  };
}
