/**
 * The stored form of a relation, the same on every backend: its evidence as parallel lists
 * (graph databases hold lists of scalars, not lists of records), with the edge's confidence and
 * claimants derived from that evidence.
 */
import {
  edgeAssertedBy,
  edgeConfidence,
  type EvidenceRecord,
  type LanguageTag,
  type RelationRecord,
} from '../graph-schema/model.ts';

export interface RelationProperties {
  id: string;
  confidence: number;
  modality: string;
  assertedBy: string[];
  evidenceDocumentIds: string[];
  evidenceTexts: string[];
  evidenceStarts: number[];
  evidenceEnds: number[];
  evidenceLangs: string[];
  evidenceConfidences: number[];
  evidenceAssertedBy: string[];
}

export function relationProperties(relation: RelationRecord): RelationProperties {
  const evidence = relation.evidence;
  return {
    id: relation.id,
    confidence: edgeConfidence(evidence),
    modality: relation.modality,
    assertedBy: edgeAssertedBy(evidence),
    evidenceDocumentIds: evidence.map((piece) => piece.documentId),
    evidenceTexts: evidence.map((piece) => piece.text),
    evidenceStarts: evidence.map((piece) => piece.start),
    evidenceEnds: evidence.map((piece) => piece.end),
    evidenceLangs: evidence.map((piece) => piece.lang),
    evidenceConfidences: evidence.map((piece) => piece.confidence),
    evidenceAssertedBy: evidence.map((piece) => [...piece.assertedBy].sort().join(' ')),
  };
}

/** The evidence records held in a relation's parallel lists. */
export function evidenceFromProperties(properties: Omit<RelationProperties, 'id'>): EvidenceRecord[] {
  return properties.evidenceDocumentIds.map((documentId, index) => ({
    documentId,
    text: properties.evidenceTexts[index] ?? '',
    start: properties.evidenceStarts[index] ?? 0,
    end: properties.evidenceEnds[index] ?? 0,
    lang: (properties.evidenceLangs[index] ?? 'und') as LanguageTag,
    confidence: properties.evidenceConfidences[index] ?? 0,
    assertedBy: (properties.evidenceAssertedBy[index] ?? '').split(' ').filter((id) => id.length > 0),
  }));
}
