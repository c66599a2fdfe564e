/** Small made-up graph records for the state tests. */
import type {
  GraphJsonEdge,
  GraphPreviewEdge,
  GraphSummaryEdge,
  GraphSummaryNode,
  Modality,
} from '../api-types.ts';
import type { GraphJsonEvidence } from '../../../graph-schema/graph-json.ts';

/** Publication dates of the made-up documents; others are undated. */
export const DOCUMENT_DATES: Readonly<Record<string, string>> = {
  d1: '2017-05-05T10:00:00Z',
  d2: '2019-01-01',
};

export function node(id: string, type: GraphSummaryNode['type'] = 'Organization'): GraphSummaryNode {
  return { id, type, name: id.toUpperCase(), aliases: [], mentionCount: 1 };
}

export interface EdgeOptions {
  documents?: string[];
  modality?: Modality;
  confidence?: number;
  langs?: GraphJsonEvidence['lang'][];
  assertedBy?: string[];
}

/** A relation in full, one sentence per listed document. */
function fullEdge(id: string, source: string, target: string, options: EdgeOptions = {}): GraphJsonEdge {
  const documents = options.documents ?? ['d1'];
  return {
    id,
    type: 'ATTRIBUTED_TO',
    source,
    target,
    confidence: options.confidence ?? 0.8,
    modality: options.modality ?? 'asserted',
    assertedBy: options.assertedBy ?? [],
    evidence: documents.map((documentId, index) => ({
      documentId,
      text: 's',
      start: index,
      end: index + 1,
      lang: options.langs?.[index] ?? 'fr',
    })),
  };
}

/** The same relation as the canvas keeps it (names are the ids in capitals, as node() gives). */
export function edge(
  id: string,
  source: string,
  target: string,
  options: EdgeOptions = {},
): GraphSummaryEdge {
  const { evidence, ...head } = fullEdge(id, source, target, options);
  const documents = new Set(evidence.map((piece) => piece.documentId));
  const days = [...documents].flatMap((documentId) => DOCUMENT_DATES[documentId]?.slice(0, 10) ?? []);
  return {
    ...head,
    claimantNames: head.assertedBy.map((entityId) => entityId.toUpperCase()),
    evidenceCount: evidence.length,
    documentCount: documents.size,
    langs: [...new Set(evidence.map((piece) => piece.lang))].sort(),
    dates: [...new Set(days)].sort(),
  };
}

/** The relation as an entity's details give it: its summary and its first sentences. */
export function previewEdge(
  id: string,
  source: string,
  target: string,
  options: EdgeOptions = {},
): GraphPreviewEdge {
  return {
    ...edge(id, source, target, options),
    evidence: fullEdge(id, source, target, options).evidence.slice(0, 3),
  };
}
