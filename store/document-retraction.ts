/** What retracting a document leaves of the relations its evidence supported. */
import type { RelationRecord } from '../graph-schema/model.ts';

export interface RetractedRelations<T extends RelationRecord> {
  /** Relations the document was the only evidence for: they go. */
  emptied: T[];
  /** Relations with evidence from other documents: they stay with that evidence only. */
  kept: T[];
}

export function retractEvidence<T extends RelationRecord>(
  supported: readonly T[],
  documentId: string,
): RetractedRelations<T> {
  const remaining = supported.map((relation) => ({
    ...relation,
    evidence: relation.evidence.filter((piece) => piece.documentId !== documentId),
  }));
  return {
    emptied: remaining.filter((relation) => relation.evidence.length === 0),
    kept: remaining.filter((relation) => relation.evidence.length > 0),
  };
}
