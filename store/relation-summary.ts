/**
 * What a relation edge keeps about its evidence, the same on every backend: the strongest
 * confidence, the union of claimants, how many pieces and from how many documents. The pieces
 * themselves are records of their own (Claim and EVIDENCE in graph-schema), so the summary is
 * updated from the pieces a write adds, never recomputed from everything the edge holds, except
 * when a document already counted is written again or retracted.
 */
import { edgeAssertedBy, edgeConfidence, type EvidenceRecord } from '../graph-schema/model.ts';
import { sortedUnion } from './merge.ts';

export interface RelationSummary {
  confidence: number;
  assertedBy: string[];
  evidenceCount: number;
  documentCount: number;
}

/** The summary of a whole list of evidence. */
export function summarizeEvidence(evidence: readonly EvidenceRecord[]): RelationSummary {
  return {
    confidence: edgeConfidence(evidence),
    assertedBy: edgeAssertedBy(evidence),
    evidenceCount: evidence.length,
    documentCount: new Set(evidence.map((piece) => piece.documentId)).size,
  };
}

/**
 * The summary once `added` joins the evidence it describes. Exact only when every added piece
 * comes from a document the summary does not count yet (a document new to the store).
 */
export function extendSummary(summary: RelationSummary, added: readonly EvidenceRecord[]): RelationSummary {
  const addition = summarizeEvidence(added);
  return {
    confidence: Math.max(summary.confidence, addition.confidence),
    assertedBy: sortedUnion(summary.assertedBy, addition.assertedBy),
    evidenceCount: summary.evidenceCount + addition.evidenceCount,
    documentCount: summary.documentCount + addition.documentCount,
  };
}
