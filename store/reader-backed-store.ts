/**
 * The GraphStore answers that are the same on every backend, composed from the queries of the
 * backend's RecordReader: documents, entity and edge details, neighbourhoods, overview, paths
 * and exports. A backend supplies the reader and its read units, and its own writes, search,
 * statistics and user Cypher.
 */
import type { GraphBatch } from '../graph-schema/model.ts';
import type { GraphFragment, GraphJson } from '../graph-schema/graph-json.ts';
import type { DocumentSummary, EdgeDetails, EntityDetails, GraphStore } from './graph-store.ts';
import { toEdgeDetails, toGraphFragment, toGraphJson, toGraphJsonEdge } from './graph-json-mapping.ts';
import {
  DEFAULT_NEIGHBOR_LIMIT,
  DEFAULT_OVERVIEW_LIMIT,
  DEFAULT_PATH_LENGTH,
  overviewSizeWithinLimits,
  pathLengthWithinLimits,
} from './query-limits.ts';
import type { RecordReader } from './record-reader.ts';
import type { StoredDocument, StoredRelation } from './stored-records.ts';

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
  | 'exportBatches';

/** The given entities (those that exist) and the given edges. */
async function fragment(
  reader: RecordReader,
  entityIds: readonly string[],
  edges: readonly StoredRelation[],
): Promise<GraphFragment> {
  const entities = await reader.entities(entityIds);
  return toGraphFragment(entities, await reader.documentsOfEntities(entityIds), edges);
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

export abstract class ReaderBackedStore<Reader extends RecordReader> implements Pick<
  GraphStore,
  ReadAnswers
> {
  /** Runs `work` in one read unit of the backend (a transaction, or the connection's turn). */
  protected abstract read<T>(work: (reader: Reader) => Promise<T>): Promise<T>;

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

  entityDetails(entityId: string): Promise<EntityDetails | undefined> {
    return this.read(async (reader) => {
      const [entity] = await reader.entities([entityId]);
      if (!entity) return undefined;
      const documents = (await reader.documentsOfEntities([entityId])).get(entityId) ?? [];
      return {
        entity: { ...entity, documents },
        relations: (await reader.relationsTouching(entityId)).map(toGraphJsonEdge),
        claims: (await reader.relationsClaimedBy(entityId)).map(toGraphJsonEdge),
        documents: await reader.documentSummaries(documents),
      };
    });
  }

  /** The entity and its best-attested neighbours (most evidence first), with the edges among them. */
  neighbors(entityId: string, limit = DEFAULT_NEIGHBOR_LIMIT): Promise<GraphFragment> {
    return this.read(async (reader) => {
      const [entity] = await reader.entities([entityId]);
      if (!entity) return { nodes: [], edges: [] };
      const support = new Map<string, number>();
      for (const edge of await reader.relationsTouching(entityId)) {
        const other = edge.source === entityId ? edge.target : edge.source;
        if (other !== entityId) support.set(other, (support.get(other) ?? 0) + edge.evidence.length);
      }
      const chosen = [...support]
        .sort(([idA, a], [idB, b]) => b - a || (idA < idB ? -1 : 1))
        .slice(0, Math.max(0, limit))
        .map(([id]) => id);
      const nodeIds = [entityId, ...chosen];
      return fragment(reader, nodeIds, await reader.relationsAmong(nodeIds));
    });
  }

  edgeDetails(edgeId: string): Promise<EdgeDetails | undefined> {
    return this.read(async (reader) => {
      const [edge] = await reader.relationsByIds([edgeId]);
      if (!edge) return undefined;
      const documentIds = [...new Set(edge.evidence.map((piece) => piece.documentId))];
      return toEdgeDetails(edge, await reader.documentSummaries(documentIds));
    });
  }

  overview(limit = DEFAULT_OVERVIEW_LIMIT): Promise<GraphFragment> {
    const size = overviewSizeWithinLimits(limit);
    return this.read(async (reader) => {
      const ids = await reader.mostConnectedEntityIds(size);
      return fragment(reader, ids, await reader.relationsAmong(ids));
    });
  }

  paths(fromId: string, toId: string, maxLength = DEFAULT_PATH_LENGTH): Promise<GraphFragment> {
    const length = pathLengthWithinLimits(maxLength);
    return this.read(async (reader) => {
      if (fromId === toId) return fragment(reader, [fromId], []);
      const edges = await reader.relationsByIds(await reader.shortestPathEdgeIds(fromId, toId, length));
      const nodeIds = [...new Set(edges.flatMap((edge) => [edge.source, edge.target]))];
      return fragment(reader, nodeIds, edges);
    });
  }

  exportGraph(): Promise<GraphJson> {
    return this.read(async (reader) => {
      const documents = await reader.documentSummaries();
      const entities = await reader.entities();
      const mentionedIn = await reader.documentsOfEntities();
      return toGraphJson(documents, entities, mentionedIn, await reader.allRelations());
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
