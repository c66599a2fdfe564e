/**
 * How records already in the store and records arriving in a batch combine. Pure functions,
 * chosen so that the result never depends on the order in which documents arrive.
 */
import {
  compareEvidence,
  preferredName,
  type EntityRecord,
  type EvidenceRecord,
  type RelationRecord,
} from '../graph-schema/model.ts';

export function sortedUnion(...lists: ReadonlyArray<readonly string[]>): string[] {
  return [...new Set(lists.flat())].sort();
}

export function mergeEntities(a: EntityRecord, b: EntityRecord): EntityRecord {
  if (a.type !== b.type) {
    throw new Error(`entity ${a.id} is a ${a.type} in the store but a ${b.type} in the batch`);
  }
  return {
    id: a.id,
    type: a.type,
    name: preferredName(a.name, b.name),
    aliases: sortedUnion(a.aliases, b.aliases),
    externalIds: sortedUnion(a.externalIds, b.externalIds),
    mergeReasons: sortedUnion(a.mergeReasons, b.mergeReasons),
  };
}

const evidenceKey = (piece: EvidenceRecord) => `${piece.documentId}\u0000${piece.start}\u0000${piece.end}`;

/** compareEvidence, then the end offset, so two pieces at the same start still sort one way. */
export function evidenceOrder(a: EvidenceRecord, b: EvidenceRecord): number {
  return compareEvidence(a, b) || a.end - b.end;
}

/** One piece per (document, start, end); a piece arriving again replaces the stored one. */
export function mergeEvidence(stored: readonly EvidenceRecord[], incoming: readonly EvidenceRecord[]) {
  const byKey = new Map<string, EvidenceRecord>();
  for (const piece of [...stored, ...incoming]) {
    byKey.set(evidenceKey(piece), { ...piece, assertedBy: sortedUnion(piece.assertedBy) });
  }
  return [...byKey.values()].sort(evidenceOrder);
}

export function mergeRelations(a: RelationRecord, b: RelationRecord): RelationRecord {
  if (a.type !== b.type || a.source !== b.source || a.target !== b.target || a.modality !== b.modality) {
    throw new Error(`relation ${a.id} is stored with other endpoints, type or modality than in the batch`);
  }
  return { ...a, evidence: mergeEvidence(a.evidence, b.evidence) };
}
