/** Small made-up graph records for the state tests. */
import type { GraphJsonEdge, GraphJsonNode, Modality } from '../api-types.ts';
import type { GraphJsonEvidence } from '../../../graph-schema/graph-json.ts';

export function node(id: string, type: GraphJsonNode['type'] = 'Organization'): GraphJsonNode {
  return { id, type, name: id.toUpperCase(), aliases: [], documents: [] };
}

export function edge(
  id: string,
  source: string,
  target: string,
  options: {
    documents?: string[];
    modality?: Modality;
    confidence?: number;
    langs?: GraphJsonEvidence['lang'][];
    assertedBy?: string[];
  } = {},
): GraphJsonEdge {
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
