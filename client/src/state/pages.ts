/**
 * Pages of an entity's or a relation's lists as the panels keep them: each page fetched is
 * appended to those shown, and the page counts then say how many are shown and how many remain.
 */
import type { ListPage } from '../../../graph-schema/graph-json.ts';
import type { EdgeDetailsResponse, EntityDetailsResponse } from '../api-types.ts';

function grown<P extends ListPage>(next: P, shown: number): P {
  return { ...next, offset: 0, returned: shown, more: Math.max(0, next.total - shown) };
}

/**
 * Where the next page of an entity's details starts: its lists are paged together (the same
 * offset into each), so past the end of the longest one shown.
 */
export function nextDetailsOffset(details: EntityDetailsResponse): number {
  return Math.max(details.relations.length, details.claims.length, details.documents.length);
}

export function withNextDetails(
  shown: EntityDetailsResponse,
  next: EntityDetailsResponse,
): EntityDetailsResponse {
  const relations = [...shown.relations, ...next.relations];
  const claims = [...shown.claims, ...next.claims];
  const documents = [...shown.documents, ...next.documents];
  return {
    entity: { ...next.entity, documents: [...shown.entity.documents, ...next.entity.documents] },
    relations,
    relationPage: grown(next.relationPage, relations.length),
    claims,
    claimPage: grown(next.claimPage, claims.length),
    documents,
    documentPage: grown(next.documentPage, documents.length),
  };
}

export function withNextEvidence(shown: EdgeDetailsResponse, next: EdgeDetailsResponse): EdgeDetailsResponse {
  const evidence = [...shown.evidence, ...next.evidence];
  return { edge: next.edge, evidence, evidencePage: grown(next.evidencePage, evidence.length) };
}
