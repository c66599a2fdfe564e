/**
 * Full-text search over evidence sentences, the same on every backend: the backend's reader
 * finds the first relations whose sentences contain the text, and this turns their matching
 * sentences into hits with the names of both ends and the document's title.
 */
import type { EvidenceSearchHit } from './graph-store.ts';
import type { RecordReader } from './record-reader.ts';

export const DEFAULT_EVIDENCE_HITS = 20;
export const MAX_EVIDENCE_HITS = 100;
/** Shorter texts are in nearly every sentence: the answer would be noise and the scan long. */
export const MIN_EVIDENCE_QUERY = 3;

/**
 * The text as compared: trimmed, lower case. Both engines lower-case the stored sentence the
 * same way, so Latin case never matters; Arabic is compared as written (no folding inside the
 * database), which is why the entity search, not this one, is tolerant of spelling.
 */
export function evidenceNeedle(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Hits for the first `limit` relations the scan meets, each matching sentence once, ordered by
 * relation id then document then offset, at most `limit` in all.
 */
export async function searchEvidenceWith(
  reader: RecordReader,
  text: string,
  limit: number,
): Promise<EvidenceSearchHit[]> {
  const needle = evidenceNeedle(text);
  if ([...needle].length < MIN_EVIDENCE_QUERY) return [];
  const relations = await reader.relationsWithEvidenceContaining(needle, limit);
  const matches = relations
    .flatMap((relation) =>
      relation.evidence
        .filter((piece) => piece.text.toLowerCase().includes(needle))
        .sort((a, b) =>
          a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start,
        )
        .map((piece) => ({ relation, piece })),
    )
    .slice(0, limit);
  const entityIds = [...new Set(matches.flatMap(({ relation }) => [relation.source, relation.target]))];
  const documentIds = [...new Set(matches.map(({ piece }) => piece.documentId))];
  const entities = new Map((await reader.entities(entityIds)).map((entity) => [entity.id, entity]));
  const titles = new Map(
    (await reader.documentSummaries(documentIds)).map((document) => [document.id, document.title]),
  );
  const hits: EvidenceSearchHit[] = [];
  for (const { relation, piece } of matches) {
    const source = entities.get(relation.source);
    const target = entities.get(relation.target);
    // An edge always has both ends; one missing would be a store mid-removal, so the hit waits.
    if (!source || !target) continue;
    hits.push({
      relation: {
        id: relation.id,
        type: relation.type,
        modality: relation.modality,
        source: { id: source.id, name: source.name, type: source.type },
        target: { id: target.id, name: target.name, type: target.type },
      },
      documentId: piece.documentId,
      documentTitle: titles.get(piece.documentId) ?? '',
      text: piece.text,
      start: piece.start,
      end: piece.end,
      lang: piece.lang,
    });
  }
  return hits;
}
