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
import { extendSummary, summarizeEvidence } from './relation-summary.ts';
import type { StoredRelationHead } from './stored-records.ts';

/** An edge to write with its summary; `stored` when the store holds it already. */
export interface RelationWrite extends StoredRelationHead {
  stored: boolean;
}

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
 *  is retracted, or when a store of the old layout is upgraded). */
export function resummarized(relations: readonly RelationRecord[]): RelationWrite[] {
  return relations.map(({ id, type, source, target, modality, evidence }) => ({
    id,
    type,
    source,
    target,
    modality,
    ...summarizeEvidence(evidence),
    stored: true,
  }));
}

/**
 * `incoming` has its evidence merged already (one piece per document and offsets); `heads` are
 * the stored edges of the same ids; `storedEvidence` reads the evidence of stored relations.
 */
export async function planRelationWrites(
  incoming: readonly RelationRecord[],
  heads: ReadonlyMap<string, StoredRelationHead>,
  isStoredDocument: (documentId: string) => boolean,
  storedEvidence: (relationIds: string[]) => Promise<Map<string, EvidenceRecord[]>>,
): Promise<RelationWritePlan> {
  const revisited = incoming
    .filter((relation) => heads.has(relation.id))
    .filter((relation) => relation.evidence.some((piece) => isStoredDocument(piece.documentId)))
    .map((relation) => relation.id);
  const revisitedIds = new Set(revisited);
  const previous =
    revisited.length > 0 ? await storedEvidence(revisited) : new Map<string, EvidenceRecord[]>();
  const relations: RelationWrite[] = incoming.map((relation) => {
    const head = heads.get(relation.id);
    const { id, type, source, target, modality } = relation;
    const summary = !head
      ? summarizeEvidence(relation.evidence)
      : revisitedIds.has(relation.id)
        ? summarizeEvidence(mergeEvidence(previous.get(relation.id) ?? [], relation.evidence))
        : extendSummary(head, relation.evidence);
    return { id, type, source, target, modality, ...summary, stored: head !== undefined };
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
