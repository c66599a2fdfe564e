/**
 * The one shape the explorer keeps a relation in: its summary, as the graph routes send it to the
 * canvas (`edges=summary`). A relation received in full (an entity's details carry its evidence)
 * is summarised here the same way, so drawing and filtering never depend on where it came from.
 */
import type { GraphJsonEdge, GraphSummaryEdge } from '../api-types.ts';

export function summarizeEdge(
  edge: GraphJsonEdge,
  nameOf: (entityId: string) => string,
  dateOf: (documentId: string) => string | undefined,
): GraphSummaryEdge {
  const { evidence, ...head } = edge;
  const documents = new Set(evidence.map((piece) => piece.documentId));
  const days = [...documents].flatMap((id) => dateOf(id)?.slice(0, 10) ?? []);
  return {
    ...head,
    assertedBy: [...edge.assertedBy],
    claimantNames: edge.assertedBy.map(nameOf),
    evidenceCount: evidence.length,
    documentCount: documents.size,
    langs: [...new Set(evidence.map((piece) => piece.lang))].sort(),
    dates: [...new Set(days)].sort(),
  };
}
