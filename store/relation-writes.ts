/**
 * What writing a batch's relations does to the store, decided the same way on every backend:
 * which edges are created or updated with which summary, which claims are new, and which pieces
 * of evidence are written. A relation gaining evidence from a document new to the store gets
 * its summary extended from the new pieces alone (relation-summary.ts); only a relation gaining
 * evidence from a document the store already holds (a document written again) has its stored
 * evidence read and merged, because a piece may then replace one already counted.
 */
import type { EvidenceRecord, RelationRecord } from '../graph-schema/model.ts';
import { mergeEvidence } from './merge.ts';
import {
  documentDays,
  extendSummary,
  sameFirstPieces,
  summarizeEvidence,
  type DocumentDays,
  type FirstPieceColumns,
} from './relation-summary.ts';
import type { StoredRelationHead } from './stored-records.ts';

/**
 * An edge to write with its summary, and the first pieces its claim keeps; `stored` when the
 * store holds it already, `firstPiecesChanged` when the claim's first pieces are to be written.
 */
export interface RelationWrite extends StoredRelationHead, FirstPieceColumns {
  stored: boolean;
  firstPiecesChanged: boolean;
}

/** A stored edge with the first pieces its claim keeps. */
export type StoredHeadWithFirstPieces = StoredRelationHead & FirstPieceColumns;

/** A piece of evidence to write; `storedDocument` when its document was in the store before. */
export interface EvidenceWrite extends EvidenceRecord {
  relationId: string;
  storedDocument: boolean;
}

export interface RelationWritePlan {
  relations: RelationWrite[];
  /** Relations new to the store: their claim nodes are created. */
  newClaims: Pick<RelationRecord, 'id' | 'type' | 'source' | 'target'>[];
  evidence: EvidenceWrite[];
}

/** Stored relations rewritten with the summary of the whole evidence given (after a document
 *  is retracted, or when a store of the old layout is upgraded); `days` covers its documents. */
export function resummarized(relations: readonly RelationRecord[], days: DocumentDays): RelationWrite[] {
  return relations.map(({ id, type, source, target, modality, evidence }) => ({
    id,
    type,
    source,
    target,
    modality,
    ...summarizeEvidence(evidence, days),
    stored: true,
    firstPiecesChanged: true,
  }));
}

/** Publication days of the documents (those of the batch as the batch gives them, the others as stored). */
export type DaysOf = (documentIds: string[]) => Promise<DocumentDays>;

type DatedDocument = { id: string; publishedAt?: string };

/**
 * Days of the batch's documents as the batch gives them (a document written again may change
 * its date), of any other from the store.
 */
export function batchFirstDays(
  batchDocuments: readonly DatedDocument[],
  storedDocuments: (ids: string[]) => Promise<readonly DatedDocument[]>,
): DaysOf {
  const batchIds = new Set(batchDocuments.map((document) => document.id));
  return async (documentIds) => {
    const others = documentIds.filter((id) => !batchIds.has(id));
    const stored = others.length > 0 ? await storedDocuments(others) : [];
    return documentDays([...batchDocuments, ...stored]);
  };
}

/** Days of the documents the relations' evidence comes from, as stored. */
export async function storedEvidenceDays(
  relations: readonly RelationRecord[],
  storedDocuments: (ids: string[]) => Promise<readonly DatedDocument[]>,
): Promise<DocumentDays> {
  const ids = [
    ...new Set(relations.flatMap((relation) => relation.evidence.map((piece) => piece.documentId))),
  ];
  return documentDays(ids.length > 0 ? await storedDocuments(ids) : []);
}

/**
 * `incoming` has its evidence merged already (one piece per document and offsets); `heads` are
 * the stored edges of the same ids, with their claims' first pieces; `storedEvidence` reads the evidence of stored relations;
 * `daysOf` gives the days of the documents the summaries count.
 */
export async function planRelationWrites(
  incoming: readonly RelationRecord[],
  heads: ReadonlyMap<string, StoredHeadWithFirstPieces>,
  isStoredDocument: (documentId: string) => boolean,
  storedEvidence: (relationIds: string[]) => Promise<Map<string, EvidenceRecord[]>>,
  daysOf: DaysOf,
): Promise<RelationWritePlan> {
  const revisited = incoming
    .filter((relation) => heads.has(relation.id))
    .filter((relation) => relation.evidence.some((piece) => isStoredDocument(piece.documentId)))
    .map((relation) => relation.id);
  const revisitedIds = new Set(revisited);
  const previous =
    revisited.length > 0 ? await storedEvidence(revisited) : new Map<string, EvidenceRecord[]>();
  const days = await daysOf([
    ...new Set(
      [...incoming.flatMap((relation) => relation.evidence), ...[...previous.values()].flat()].map(
        (piece) => piece.documentId,
      ),
    ),
  ]);
  const relations: RelationWrite[] = incoming.map((relation) => {
    const head = heads.get(relation.id);
    const { id, type, source, target, modality } = relation;
    const summary = !head
      ? summarizeEvidence(relation.evidence, days)
      : revisitedIds.has(relation.id)
        ? summarizeEvidence(mergeEvidence(previous.get(relation.id) ?? [], relation.evidence), days)
        : extendSummary(head, relation.evidence, days);
    return {
      id,
      type,
      source,
      target,
      modality,
      ...summary,
      stored: head !== undefined,
      firstPiecesChanged: head === undefined || !sameFirstPieces(head, summary),
    };
  });
  return {
    relations,
    newClaims: incoming
      .filter((relation) => !heads.has(relation.id))
      .map(({ id, type, source, target }) => ({ id, type, source, target })),
    evidence: incoming.flatMap((relation) =>
      relation.evidence.map((piece) => ({
        ...piece,
        relationId: relation.id,
        storedDocument: isStoredDocument(piece.documentId),
      })),
    ),
  };
}
