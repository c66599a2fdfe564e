/**
 * A document's identity is where it came from (its uri): writing a document whose uri the store
 * holds with other text replaces that version, everything it contributed retracted first; a
 * document with no text stands for a source emptied, so it only retracts the version before.
 */
import type { DocumentRecord, GraphBatch } from '../graph-schema/model.ts';

export interface StoredVersion {
  id: string;
  uri: string;
}

const isEmpty = (document: DocumentRecord) => document.text.trim().length === 0;

/**
 * Retracts (with `retract`) the stored versions the batches replace, and returns the batches
 * left to write: without empty documents, and where several batches bring the same uri, only
 * the last of them keeps its document.
 */
export async function replaceStoredVersions(
  batches: readonly GraphBatch[],
  storedAt: (uris: string[]) => Promise<StoredVersion[]>,
  retract: (documentId: string) => Promise<unknown>,
): Promise<GraphBatch[]> {
  const latest = new Map<string, DocumentRecord>();
  for (const batch of batches) for (const document of batch.documents) latest.set(document.uri, document);
  if (latest.size === 0) return [...batches];
  const kept = new Set(
    [...latest.values()].filter((document) => !isEmpty(document)).map((document) => document.id),
  );
  for (const stored of await storedAt([...latest.keys()])) {
    if (!kept.has(stored.id)) await retract(stored.id);
  }
  return batches.map((batch) => {
    const documents = batch.documents.filter(
      (document) => kept.has(document.id) && latest.get(document.uri) === document,
    );
    return documents.length === batch.documents.length ? batch : withoutDocuments(batch, documents);
  });
}

/** The batch keeping only `documents` and what does not cite the others. */
function withoutDocuments(batch: GraphBatch, documents: DocumentRecord[]): GraphBatch {
  const dropped = new Set(
    batch.documents.filter((document) => !documents.includes(document)).map((document) => document.id),
  );
  return {
    documents,
    entities: documents.length > 0 ? batch.entities : [],
    mentions: batch.mentions.filter((mention) => !dropped.has(mention.documentId)),
    relations: batch.relations
      .map((relation) => ({
        ...relation,
        evidence: relation.evidence.filter((piece) => !dropped.has(piece.documentId)),
      }))
      .filter((relation) => relation.evidence.length > 0),
  };
}
