/**
 * What a relation edge keeps about its evidence, the same on every backend: the strongest
 * confidence, the union of claimants, how many pieces and from how many documents, the
 * languages of the pieces and the days their documents were published. The pieces themselves
 * are records of their own (Claim and EVIDENCE in graph-schema), so the summary is updated from
 * the pieces a write adds, never recomputed from everything the edge holds, except when a
 * document already counted is written again or retracted. A canvas draws and filters edges by
 * this summary alone, without reading any evidence record. The first pieces of the evidence in
 * evidence order, the sentences a preview shows, are kept the same way on the relation's claim,
 * so that a preview reads them through the claim's key instead of looking for them among the
 * evidence (a hub's edges hold thousands).
 */
import { FIRST_PIECE_PROPERTIES } from '../graph-schema/schema.ts';
import {
  edgeAssertedBy,
  edgeConfidence,
  type EvidenceRecord,
  type LanguageTag,
} from '../graph-schema/model.ts';
import { evidenceOrder, sortedUnion } from './merge.ts';
import { EVIDENCE_PREVIEW } from './query-limits.ts';

/**
 * Summary properties of earlier versions that the first pieces replace (the ids of the first
 * documents, where a preview looked for the pieces); an upgraded store drops them.
 */
export const REPLACED_SUMMARY_PROPERTIES = ['firstDocuments'] as const;

/** Pieces a summary keeps, the first in evidence order: those an answer's preview shows. */
export const FIRST_PIECES = EVIDENCE_PREVIEW;

/**
 * The first pieces of a relation's evidence as its claim keeps them (FIRST_PIECE_PROPERTIES):
 * one list per field, one element per piece, in evidence order (properties hold no maps on
 * either backend). A piece's claimants follow each other in `firstPieceClaimants`,
 * `firstPieceClaimantCounts` of them for each piece; an unknown extractor is the empty string,
 * as on the piece.
 */
export interface FirstPieceColumns {
  firstPieceDocuments: string[];
  firstPieceStarts: number[];
  firstPieceEnds: number[];
  firstPieceTexts: string[];
  firstPieceLangs: LanguageTag[];
  firstPieceConfidences: number[];
  firstPieceClaimants: string[];
  firstPieceClaimantCounts: number[];
  firstPieceExtractors: string[];
}

/** The columns of the first FIRST_PIECES of `pieces` in evidence order. */
export function firstPieceColumns(pieces: readonly EvidenceRecord[]): FirstPieceColumns {
  const first = [...pieces].sort(evidenceOrder).slice(0, FIRST_PIECES);
  return {
    firstPieceDocuments: first.map((piece) => piece.documentId),
    firstPieceStarts: first.map((piece) => piece.start),
    firstPieceEnds: first.map((piece) => piece.end),
    firstPieceTexts: first.map((piece) => piece.text),
    firstPieceLangs: first.map((piece) => piece.lang),
    firstPieceConfidences: first.map((piece) => piece.confidence),
    firstPieceClaimants: first.flatMap((piece) => [...piece.assertedBy].sort()),
    firstPieceClaimantCounts: first.map((piece) => piece.assertedBy.length),
    firstPieceExtractors: first.map((piece) => piece.extractor),
  };
}

/** The pieces the columns hold, in evidence order. */
export function firstPiecesOf(columns: FirstPieceColumns): EvidenceRecord[] {
  let claimant = 0;
  return columns.firstPieceDocuments.map((documentId, index) => {
    const claimants = columns.firstPieceClaimantCounts[index] ?? 0;
    const assertedBy = columns.firstPieceClaimants.slice(claimant, claimant + claimants);
    claimant += claimants;
    return {
      documentId,
      text: columns.firstPieceTexts[index] ?? '',
      start: columns.firstPieceStarts[index] ?? 0,
      end: columns.firstPieceEnds[index] ?? 0,
      lang: columns.firstPieceLangs[index] ?? 'und',
      confidence: columns.firstPieceConfidences[index] ?? 0,
      assertedBy,
      extractor: columns.firstPieceExtractors[index] ?? '',
    };
  });
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
}

/** A summary with the first pieces, which the relation's claim keeps beside the edge's summary. */
export type SummaryWithFirstPieces = RelationSummary & FirstPieceColumns;

/** Whether two summaries keep the same first pieces. */
export function sameFirstPieces(a: FirstPieceColumns, b: FirstPieceColumns): boolean {
  return FIRST_PIECE_PROPERTIES.every(
    (spec) => JSON.stringify(a[spec.name]) === JSON.stringify(b[spec.name]),
  );
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
export function summarizeEvidence(
  evidence: readonly EvidenceRecord[],
  days: DocumentDays,
): SummaryWithFirstPieces {
  const documentIds = new Set(evidence.map((piece) => piece.documentId));
  return {
    confidence: edgeConfidence(evidence),
    assertedBy: edgeAssertedBy(evidence),
    evidenceCount: evidence.length,
    documentCount: documentIds.size,
    langs: [...new Set(evidence.map((piece) => piece.lang))].sort(),
    dates: [...new Set([...documentIds].flatMap((id) => days.get(id) ?? []))].sort(),
    ...firstPieceColumns(evidence),
  };
}

/**
 * The summary once `added` joins the evidence it describes. Exact only when every added piece
 * comes from a document the summary does not count yet (a document new to the store).
 */
export function extendSummary(
  summary: SummaryWithFirstPieces,
  added: readonly EvidenceRecord[],
  days: DocumentDays,
): SummaryWithFirstPieces {
  const addition = summarizeEvidence(added, days);
  return {
    confidence: Math.max(summary.confidence, addition.confidence),
    assertedBy: sortedUnion(summary.assertedBy, addition.assertedBy),
    evidenceCount: summary.evidenceCount + addition.evidenceCount,
    documentCount: summary.documentCount + addition.documentCount,
    langs: sortedUnion(summary.langs, addition.langs) as LanguageTag[],
    dates: sortedUnion(summary.dates, addition.dates),
    // The first pieces of the whole are among the summary's first and the added ones.
    ...firstPieceColumns([...firstPiecesOf(summary), ...firstPiecesOf(addition)]),
  };
}
