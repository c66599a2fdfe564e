/**
 * The GraphStore answers that are the same on every backend, composed from the queries of the
 * backend's RecordReader: documents, entity and edge details, neighbourhoods, overview, paths
 * and exports. A backend supplies the reader and its read units, and its own writes, search,
 * statistics and user Cypher.
 */
import type { GraphBatch } from '../graph-schema/model.ts';
import type { GraphFragment, GraphJson, GraphJsonPart, ListPage } from '../graph-schema/graph-json.ts';
import type {
  DetailPage,
  DocumentSummary,
  EdgeDetails,
  EntityDetails,
  EvidenceSearchHit,
  FragmentDetail,
  FragmentOf,
  GraphStore,
  NeighborOptions,
  NeighborSummary,
  PathOutcome,
  SecondHopSummary,
} from './graph-store.ts';
import {
  toEvidenceWithDocuments,
  toGraphFragment,
  toGraphJsonDocument,
  toGraphJsonEdge,
  toGraphJsonNode,
  toGraphPreviewEdge,
  toGraphPreviewFragment,
  toGraphSummaryFragment,
} from './graph-json-mapping.ts';
import {
  DEFAULT_DETAIL_LIMIT,
  DEFAULT_EVIDENCE_PAGE,
  DEFAULT_NEIGHBOR_LIMIT,
  DEFAULT_OVERVIEW_LIMIT,
  DEFAULT_PATH_LENGTH,
  EVIDENCE_PREVIEW,
  EXPORT_PAGE,
  MAX_DETAIL_LIMIT,
  MAX_EVIDENCE_PAGE,
  MAX_PATHS,
  neighborPageWithinLimits,
  pageWithinLimits,
  overviewSizeWithinLimits,
  PATH_SEARCH_STEPS,
  SECOND_HOP_STEPS,
  pathLengthWithinLimits,
} from './query-limits.ts';
import { DEFAULT_EVIDENCE_HITS, MAX_EVIDENCE_HITS, searchEvidenceWith } from './evidence-search.ts';
import { selectPaths } from './path-selection.ts';
import type { RecordReader } from './record-reader.ts';
import type { StoredDocument, StoredRelation, StoredRelationHead } from './stored-records.ts';

type ReadAnswers =
  | 'hasDocument'
  | 'listDocuments'
  | 'getDocument'
  | 'entityDetails'
  | 'neighbors'
  | 'edgeDetails'
  | 'overview'
  | 'paths'
  | 'exportGraph'
  | 'exportBatches'
  | 'searchEvidence'
  | 'fragment';

/** The given entities (those that exist) and the given edges. */
async function fragment(
  reader: RecordReader,
  entityIds: readonly string[],
  edges: readonly StoredRelation[],
): Promise<GraphFragment> {
  const entities = await reader.entities(entityIds);
  return toGraphFragment(entities, await reader.documentsOfEntities(entityIds), edges);
}

/** The names of the entities, and of every claimant of the edges, by id. */
async function namesFor(
  reader: RecordReader,
  entities: readonly { id: string; name: string }[],
  heads: readonly StoredRelationHead[],
): Promise<Map<string, string>> {
  const names = new Map(entities.map((entity) => [entity.id, entity.name]));
  const claimants = [...new Set(heads.flatMap((head) => head.assertedBy))].filter((id) => !names.has(id));
  for (const claimant of await reader.entities(claimants)) names.set(claimant.id, claimant.name);
  return names;
}

/**
 * The given entities (those that exist) and the summaries of the given edges as the edges keep
 * them: no evidence record is read, only the claimants' names.
 */
async function summaryFragment(
  reader: RecordReader,
  entityIds: readonly string[],
  heads: readonly StoredRelationHead[],
): Promise<FragmentOf['summary']> {
  const entities = await reader.entities(entityIds);
  return toGraphSummaryFragment(entities, heads, await namesFor(reader, entities, heads));
}

/** The given entities (those that exist) and each edge's summary with its first sentences. */
async function previewFragment(
  reader: RecordReader,
  entityIds: readonly string[],
  relations: readonly StoredRelation[],
): Promise<FragmentOf['preview']> {
  const entities = await reader.entities(entityIds);
  return toGraphPreviewFragment(entities, relations, await namesFor(reader, entities, relations));
}

/** Each edge's summary with its first sentences, in the order given. */
async function previewEdges(reader: RecordReader, relations: readonly StoredRelation[]) {
  const names = await namesFor(reader, [], relations);
  return relations.map((relation) => toGraphPreviewEdge(relation, names));
}

/** The ids in runs of `size`, in order. */
function* pagesOf(ids: readonly string[], size: number): Iterable<string[]> {
  for (let start = 0; start < ids.length; start += size) yield ids.slice(start, start + size);
}

/** Where a page of `page.limit` items after `page.offset` stands in a list of `total`. */
function listPage(total: number, page: { limit: number; offset: number }): ListPage {
  const returned = Math.max(0, Math.min(page.limit, total - page.offset));
  return { total, offset: page.offset, returned, more: Math.max(0, total - page.offset - returned) };
}

/** The fragment of the detail asked for: the edges among the entities, with evidence or summarised. */
async function fragmentAmong<D extends FragmentDetail>(
  reader: RecordReader,
  entityIds: readonly string[],
  detail: D,
): Promise<FragmentOf[D]> {
  // The conditional type cannot be narrowed by the check on `detail`; each branch gives its own.
  if (detail === 'summary') {
    return (await summaryFragment(
      reader,
      entityIds,
      await reader.relationHeadsAmong(entityIds),
    )) as FragmentOf[D];
  }
  return (
    detail === 'preview'
      ? await previewFragment(reader, entityIds, await reader.relationsAmong(entityIds, EVIDENCE_PREVIEW))
      : await fragment(reader, entityIds, await reader.relationsAmong(entityIds))
  ) as FragmentOf[D];
}

/**
 * One document as a batch: its text, its mentions, the full records of the entities it mentions
 * or links, and each relation it supports with only its own evidence. Merging these back gives
 * the same names, alias unions and evidence lists as the original writes did.
 */
async function documentBatch(reader: RecordReader, documentId: string): Promise<GraphBatch | undefined> {
  const document = await reader.document(documentId);
  if (!document) return undefined;
  const record = { ...document };
  // The arrival date belongs to this store; the receiving store records its own.
  delete record.ingestedAt;
  const mentions = await reader.mentionsIn(documentId);
  const supported = (await reader.relationsWithEvidenceFrom(documentId)).map(
    ({ id, type, source, target, modality, evidence }) => ({
      id,
      type,
      source,
      target,
      modality,
      evidence: evidence.filter((piece) => piece.documentId === documentId),
    }),
  );
  const entityIds = new Set([
    ...mentions.map((mention) => mention.entityId),
    ...supported.flatMap((relation) => [relation.source, relation.target]),
  ]);
  const entities = (await reader.entities([...entityIds])).map(
    ({ id, type, name, aliases, externalIds, mergeReasons }) => ({
      id,
      type,
      name,
      aliases,
      externalIds,
      mergeReasons,
    }),
  );
  return { documents: [record], entities, mentions, relations: supported };
}

/** The counts with their keys in order, so an answer does not depend on the order edges are read in. */
function byKey(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Page entities whose edges one query reads, in the second hop. */
const SECOND_HOP_GROUP = 10;

/**
 * Neighbours of the page's entities that are neither the entity nor on the page, ranked by the
 * evidence linking them to the page. The page's entities are visited best first, a group at a
 * time; a group whose edges would take the search past SECOND_HOP_STEPS is left out whole, so
 * a cut answer is still the same on every run.
 */
async function secondHop(
  reader: RecordReader,
  entityId: string,
  page: readonly string[],
  limit: number,
): Promise<{ ids: string[]; summary: SecondHopSummary }> {
  const near = new Set([entityId, ...page]);
  const support = new Map<string, number>();
  const counted = new Set<string>();
  let steps = 0;
  let truncated = false;
  for (let start = 0; start < page.length && !truncated; start += SECOND_HOP_GROUP) {
    const allowed = SECOND_HOP_STEPS - steps;
    const edges = await reader.edgesTouching(page.slice(start, start + SECOND_HOP_GROUP), allowed + 1);
    truncated = edges.length > allowed;
    if (truncated) break;
    steps += edges.length;
    for (const edge of edges) {
      if (counted.has(edge.id)) continue;
      counted.add(edge.id);
      for (const other of [edge.source, edge.target]) {
        if (!near.has(other)) support.set(other, (support.get(other) ?? 0) + edge.evidence);
      }
    }
  }
  const ids = [...support]
    .sort(([idA, a], [idB, b]) => b - a || (idA < idB ? -1 : 1))
    .slice(0, limit)
    .map(([id]) => id);
  return {
    ids,
    summary: { found: support.size, returned: ids.length, maxSteps: SECOND_HOP_STEPS, truncated },
  };
}

export abstract class ReaderBackedStore<Reader extends RecordReader> implements Pick<
  GraphStore,
  ReadAnswers
> {
  /** Runs `work` in one read unit of the backend (a transaction, or the connection's turn). */
  protected abstract read<T>(work: (reader: Reader) => Promise<T>): Promise<T>;

  searchEvidence(text: string, options: { limit?: number } = {}): Promise<EvidenceSearchHit[]> {
    const limit = Math.min(options.limit ?? DEFAULT_EVIDENCE_HITS, MAX_EVIDENCE_HITS);
    return this.read((reader) => searchEvidenceWith(reader, text, limit));
  }

  async hasDocument(documentId: string): Promise<boolean> {
    const found = await this.read((reader) => reader.documentSummaries([documentId]));
    return found.length > 0;
  }

  listDocuments(): Promise<DocumentSummary[]> {
    return this.read((reader) => reader.documentSummaries());
  }

  getDocument(documentId: string): Promise<StoredDocument | undefined> {
    return this.read((reader) => reader.document(documentId));
  }

  /**
   * The entity and a page of each of its lists, in id order. Its relations, claims and documents
   * are counted in the backend, only the page's ids read; the page's relations and claims are
   * read each with the first sentences its preview shows.
   */
  entityDetails(entityId: string, asked: DetailPage = {}): Promise<EntityDetails | undefined> {
    const page = pageWithinLimits(asked, DEFAULT_DETAIL_LIMIT, MAX_DETAIL_LIMIT);
    return this.read(async (reader) => {
      const [entity] = await reader.entities([entityId]);
      if (!entity) return undefined;
      const { total: documentTotal, ids: documents } = await reader.documentPageOf(entityId, page);
      const touching = await reader.relationPageOf(entityId, page);
      const relations = await reader.relationsByIds(touching.ids, EVIDENCE_PREVIEW);
      // Claims are counted from the entity's links to them; only the page's are read and previewed.
      const claims = await reader.claimPageOf(entityId, page);
      return {
        entity: { ...entity, documents },
        relations: await previewEdges(reader, relations),
        relationPage: {
          ...listPage(
            Object.values(touching.relationTypes).reduce((sum, count) => sum + count, 0),
            page,
          ),
          relationTypes: byKey(touching.relationTypes),
          neighbors: touching.neighbors,
        },
        claims: await previewEdges(reader, await reader.relationsByIds(claims.ids, EVIDENCE_PREVIEW)),
        claimPage: {
          ...listPage(
            Object.values(claims.relationTypes).reduce((sum, count) => sum + count, 0),
            page,
          ),
          relationTypes: byKey(claims.relationTypes),
        },
        documents: await reader.documentSummaries(documents),
        documentPage: listPage(documentTotal, page),
      };
    });
  }

  /**
   * The entity and a page of its neighbours, best attested (most evidence) first, with the
   * edges among them and a summary of the whole neighbourhood. The backend counts and ranks
   * the neighbours (reader.neighborRanking) and hands back the page's ids alone, so a hub's
   * thousands of edges never come to this process; only the page's edges are read, with the
   * first sentences a preview shows, or (detail `summary`) without their sentences.
   */
  neighbors<D extends FragmentDetail = 'evidence'>(
    entityId: string,
    options: NeighborOptions | number = {},
    detail: D = 'evidence' as D,
  ): Promise<FragmentOf[D] & { summary: NeighborSummary }> {
    const asked = typeof options === 'number' ? { limit: options } : options;
    const { limit, offset } = neighborPageWithinLimits(
      asked.limit ?? DEFAULT_NEIGHBOR_LIMIT,
      asked.offset ?? 0,
    );
    return this.read(async (reader) => {
      const [entity] = await reader.entities([entityId]);
      const ranking = entity
        ? await reader.neighborRanking(entityId, { offset, limit })
        : { ids: [], total: 0, relationTypes: {}, entityTypes: {} };
      const page = ranking.ids;
      const summary: NeighborSummary = {
        total: ranking.total,
        offset,
        returned: page.length,
        more: Math.max(0, ranking.total - offset - page.length),
        relationTypes: byKey(ranking.relationTypes),
        entityTypes: byKey(ranking.entityTypes),
      };
      if (!entity) return { ...({ nodes: [], edges: [] } as FragmentOf[D]), summary };
      const nodeIds = [entityId, ...page];
      if (asked.depth === 2) {
        const further = await secondHop(reader, entityId, page, limit);
        summary.secondHop = further.summary;
        nodeIds.push(...further.ids);
      }
      return { ...(await fragmentAmong(reader, nodeIds, detail)), summary };
    });
  }

  edgeDetails(
    edgeId: string,
    asked: { limit?: number; offset?: number } = {},
  ): Promise<EdgeDetails | undefined> {
    const page = pageWithinLimits(asked, DEFAULT_EVIDENCE_PAGE, MAX_EVIDENCE_PAGE);
    return this.read(async (reader) => {
      const [edge] = await reader.relationsByIds([edgeId]);
      if (!edge) return undefined;
      const pieces = edge.evidence.slice(page.offset, page.offset + page.limit);
      const documentIds = [...new Set(pieces.map((piece) => piece.documentId))];
      const [preview] = await previewEdges(reader, [edge]);
      if (!preview) throw new Error(`no preview of relation ${edgeId}`);
      return {
        edge: preview,
        evidence: toEvidenceWithDocuments(pieces, await reader.documentSummaries(documentIds)),
        evidencePage: listPage(edge.evidence.length, page),
      };
    });
  }

  fragment(entityIds: readonly string[], edgeIds: readonly string[]): Promise<GraphFragment> {
    return this.read(async (reader) => fragment(reader, entityIds, await reader.relationsByIds(edgeIds)));
  }

  overview<D extends FragmentDetail = 'evidence'>(
    limit = DEFAULT_OVERVIEW_LIMIT,
    detail: D = 'evidence' as D,
  ): Promise<FragmentOf[D]> {
    const size = overviewSizeWithinLimits(limit);
    return this.read(async (reader) =>
      fragmentAmong(reader, await reader.mostConnectedEntityIds(size), detail),
    );
  }

  paths<D extends FragmentDetail = 'evidence'>(
    fromId: string,
    toId: string,
    maxLength = DEFAULT_PATH_LENGTH,
    detail: D = 'evidence' as D,
  ): Promise<FragmentOf[D] & PathOutcome> {
    const budget = { maxLength: pathLengthWithinLimits(maxLength), maxSteps: PATH_SEARCH_STEPS };
    return this.read(async (reader) => {
      const found =
        fromId === toId
          ? { edges: [], cut: false }
          : await reader.shortestPathEdgeIds(fromId, toId, budget.maxLength, budget.maxSteps);
      const endsOf = (edges: readonly StoredRelationHead[]) =>
        fromId === toId ? [fromId] : [...new Set(edges.flatMap((edge) => [edge.source, edge.target]))];
      // Only the kept paths' edges are read: between hubs the search may find hundreds.
      const chosen = selectPaths(fromId, toId, found.edges, MAX_PATHS);
      let result: FragmentOf[FragmentDetail];
      if (detail === 'summary') {
        const heads = await reader.relationHeadsByIds(chosen.edgeIds);
        result = await summaryFragment(reader, endsOf(heads), heads);
      } else {
        const edges = await reader.relationsByIds(
          chosen.edgeIds,
          detail === 'preview' ? EVIDENCE_PREVIEW : undefined,
        );
        result =
          detail === 'preview'
            ? await previewFragment(reader, endsOf(edges), edges)
            : await fragment(reader, endsOf(edges), edges);
      }
      const paths = { found: chosen.found, returned: chosen.returned };
      return { ...(result as FragmentOf[D]), truncated: found.cut, budget, paths };
    });
  }

  async exportGraph(): Promise<GraphJson> {
    const graph: GraphJson = { documents: [], nodes: [], edges: [] };
    await this.exportGraphParts(async (part) => {
      // One push per item: a part can be longer than a call's argument list may be.
      if ('documents' in part) for (const document of part.documents) graph.documents.push(document);
      else if ('nodes' in part) for (const node of part.nodes) graph.nodes.push(node);
      else for (const edge of part.edges) graph.edges.push(edge);
    });
    return graph;
  }

  /**
   * Documents in one part (summaries, without text), then entities and relations a page of ids
   * at a time: what is held at once is the documents' summaries, the id lists and one page.
   */
  async exportGraphParts(
    take: (part: GraphJsonPart) => Promise<void>,
    pageSize = EXPORT_PAGE,
  ): Promise<void> {
    if (!Number.isSafeInteger(pageSize) || pageSize < 1)
      throw new RangeError(`an export page holds at least one record, not ${pageSize}`);
    await this.read(async (reader) => {
      await take({ documents: (await reader.documentSummaries()).map(toGraphJsonDocument) });
      for (const ids of pagesOf(await reader.entityIds(), pageSize)) {
        const entities = await reader.entities(ids);
        const mentionedIn = await reader.documentsOfEntities(ids);
        await take({
          nodes: entities.map((entity) => toGraphJsonNode(entity, mentionedIn.get(entity.id) ?? [])),
        });
      }
      for (const ids of pagesOf(await reader.relationIds(), pageSize))
        await take({ edges: (await reader.relationsByIds(ids)).map(toGraphJsonEdge) });
    });
  }

  /** Everything the store holds, one batch per document, each read in a unit of its own. */
  async *exportBatches(): AsyncIterable<GraphBatch> {
    for (const summary of await this.listDocuments()) {
      const batch = await this.read((reader) => documentBatch(reader, summary.id));
      if (batch) yield batch;
    }
  }
}
