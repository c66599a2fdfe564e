import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EdgeDetailsResponse, EntityDetailsResponse, EvidenceView } from '../api-types.ts';
import { nextDetailsOffset, withNextDetails, withNextEvidence } from './pages.ts';
import { node, previewEdge } from './test-data.ts';

const piece = (documentId: string): EvidenceView => ({
  documentId,
  text: 's',
  start: 0,
  end: 1,
  lang: 'en',
  documentTitle: documentId,
  documentUri: `test://${documentId}`,
  confidence: 0.8,
  assertedBy: [],
});

const page = (total: number, offset: number, returned: number) => ({
  total,
  offset,
  returned,
  more: total - offset - returned,
});

function details(offset: number, relations: string[], claims: string[]): EntityDetailsResponse {
  return {
    entity: { ...node('a'), externalIds: [], mergeReasons: [], documents: [] },
    relations: relations.map((id) => previewEdge(id, 'a', id)),
    relationPage: { ...page(3, offset, relations.length), relationTypes: { ATTRIBUTED_TO: 3 }, neighbors: 3 },
    claims: claims.map((id) => previewEdge(id, 'x', id, { assertedBy: ['a'] })),
    claimPage: { ...page(1, offset, claims.length), relationTypes: { ATTRIBUTED_TO: 1 } },
    documents: [],
    documentPage: page(0, offset, 0),
  };
}

describe('paged details', () => {
  test("an entity's next page is appended to each list, and the counts say what remains", () => {
    const first = details(0, ['b', 'c'], ['z']);
    assert.equal(nextDetailsOffset(first), 2);
    const both = withNextDetails(first, details(2, ['d'], []));
    assert.deepEqual(
      both.relations.map((edge) => edge.id),
      ['b', 'c', 'd'],
    );
    assert.deepEqual(both.relationPage, {
      ...page(3, 0, 3),
      relationTypes: { ATTRIBUTED_TO: 3 },
      neighbors: 3,
    });
    assert.deepEqual(both.claimPage.more, 0);
    assert.equal(nextDetailsOffset(both), 3);
  });

  test("a relation's evidence grows page by page", () => {
    const edge = previewEdge('ab', 'a', 'b');
    const first: EdgeDetailsResponse = {
      edge,
      evidence: [piece('d1'), piece('d2')],
      evidencePage: page(5, 0, 2),
    };
    const next: EdgeDetailsResponse = {
      edge,
      evidence: [piece('d3'), piece('d4')],
      evidencePage: page(5, 2, 2),
    };
    const shown = withNextEvidence(first, next);
    assert.deepEqual(
      shown.evidence.map((item) => item.documentId),
      ['d1', 'd2', 'd3', 'd4'],
    );
    assert.deepEqual(shown.evidencePage, page(5, 0, 4));
  });
});
