/**
 * Evidence as stores of earlier versions kept it: parallel lists on each relation edge (index
 * i of each list is one piece), read once to upgrade such a store to evidence records
 * (kuzu/evidence-upgrade.ts, neo4j/evidence-upgrade.ts).
 */
import type { EvidenceRecord, LanguageTag } from '../graph-schema/model.ts';
import { asNumbers, asStrings } from './row-values.ts';

/** The list properties of the old layout. */
export const LEGACY_EVIDENCE_PROPERTIES = [
  'evidenceDocumentIds',
  'evidenceTexts',
  'evidenceStarts',
  'evidenceEnds',
  'evidenceLangs',
  'evidenceConfidences',
  'evidenceAssertedBy',
] as const;

/** The pieces held in a row carrying the old list properties under their own names. */
export function legacyEvidenceOfRow(row: Readonly<Record<string, unknown>>): EvidenceRecord[] {
  const texts = asStrings(row.evidenceTexts);
  const starts = asNumbers(row.evidenceStarts);
  const ends = asNumbers(row.evidenceEnds);
  const langs = asStrings(row.evidenceLangs);
  const confidences = asNumbers(row.evidenceConfidences);
  const claimants = asStrings(row.evidenceAssertedBy);
  return asStrings(row.evidenceDocumentIds).map((documentId, index) => ({
    documentId,
    text: texts[index] ?? '',
    start: starts[index] ?? 0,
    end: ends[index] ?? 0,
    lang: (langs[index] ?? 'und') as LanguageTag,
    confidence: confidences[index] ?? 0,
    // Claimants of one piece were kept space-separated (no nested lists in Neo4j).
    assertedBy: (claimants[index] ?? '').split(' ').filter((id) => id.length > 0),
    // Which extractor found evidence was not recorded then.
    extractor: '',
  }));
}
