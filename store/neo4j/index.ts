/**
 * GraphStore on Neo4j 5 through the official driver. Same records, same merge rules, same
 * answers as the embedded store; the graph is also there for Neo4j Browser and Bloom, with
 * every entity labelled by its type (and `Entity`), relationships typed by graph-schema.
 */
import type { GraphBatch } from '../../graph-schema/model.ts';
import type { GraphFragment, GraphJson } from '../../graph-schema/graph-json.ts';
import { ENTITY_TYPES, RELATION_TYPES } from '../../graph-schema/schema.ts';
import type {
  CypherOptions,
  CypherResult,
  DocumentSummary,
  EdgeDetails,
  EntityDetails,
  GraphStore,
  SearchHit,
  SearchOptions,
  StoreStats,
  WriteSummary,
} from '../graph-store.ts';
import { indexCandidate, rankCandidates, searchKey } from '../search-key.ts';
import { connectionSettings, Neo4jConnection, type Neo4jStoreOptions, type Row } from './connection.ts';
import {
  buildFragment,
  fetchDocument,
  fetchDocumentSummaries,
  fetchEntities,
  fetchEntitiesMatchingKey,
  fetchEntityDocuments,
  fetchMentions,
  relations,
  toGraphJsonEdge,
  toGraphJsonNode,
  type StoredDocument,
} from './read.ts';
import {
  AWAIT_INDEXES,
  ENTITIES,
  MAX_PATH_LENGTH,
  RELATIONS,
  schemaStatements,
  STATS,
} from './statements.ts';
import { runReadOnlyCypher } from './user-cypher.ts';
import { asNumber, asString, integer } from './values.ts';
import { deleteDocument, writeBatch } from './write.ts';

export type { Neo4jStoreOptions } from './connection.ts';

const DEFAULT_NEIGHBOR_LIMIT = 100;
const DEFAULT_OVERVIEW_LIMIT = 200;
const DEFAULT_PATH_LENGTH = 6;
/** allShortestPaths can enumerate very many equal-length paths in a dense graph. */
const MAX_PATHS = 100;

/**
 * Opens (and prepares, idempotently) the graph at a `bolt://`, `bolt+s://`, `neo4j://` or
 * `neo4j+s://` address. Credentials: options, else NEO4J_USER / NEO4J_PASSWORD, else the URI's
 * userinfo; database: options, else NEO4J_DATABASE, else `neo4j`.
 */
export async function openNeo4jStore(uri: string, options: Neo4jStoreOptions = {}): Promise<GraphStore> {
  const settings = connectionSettings(uri, options);
  const connection = await Neo4jConnection.open(settings);
  try {
    // Schema commands cannot share a transaction with each other or with data writes.
    for (const statement of schemaStatements()) await connection.write((querier) => querier.run(statement));
    await connection.read((querier) => querier.run(AWAIT_INDEXES));
  } catch (error) {
    await connection.close();
    throw error;
  }
  return new Neo4jStore(settings.address, connection);
}

function countsByLabel(labels: readonly string[], rows: readonly Row[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(labels.map((name) => [name, 0]));
  for (const row of rows) counts[asString(row.type)] = asNumber(row.count);
  return counts;
}

const sum = (rows: readonly Row[], column: string) =>
  rows.reduce((total, row) => total + asNumber(row[column]), 0);

class Neo4jStore implements GraphStore {
  private closing: Promise<void> | undefined;

  constructor(
    readonly uri: string,
    private readonly connection: Neo4jConnection,
  ) {}

  writeBatch(batch: GraphBatch): Promise<WriteSummary> {
    const now = new Date().toISOString();
    return this.connection.write((querier) => writeBatch(querier, batch, now));
  }

  deleteDocument(documentId: string): Promise<boolean> {
    return this.connection.write((querier) => deleteDocument(querier, documentId));
  }

  async hasDocument(documentId: string): Promise<boolean> {
    const found = await this.connection.read((querier) => fetchDocumentSummaries(querier, [documentId]));
    return found.length > 0;
  }

  listDocuments(): Promise<DocumentSummary[]> {
    return this.connection.read((querier) => fetchDocumentSummaries(querier));
  }

  getDocument(documentId: string): Promise<StoredDocument | undefined> {
    return this.connection.read((querier) => fetchDocument(querier, documentId));
  }

  /** Candidates are filtered in Neo4j on the stored search keys, then ranked like everywhere else. */
  async search(query: string, options: SearchOptions = {}): Promise<SearchHit[]> {
    const key = searchKey(query);
    if (key.length === 0) return [];
    const candidates = await this.connection.read((querier) => fetchEntitiesMatchingKey(querier, key));
    return rankCandidates(query, candidates.map(indexCandidate), options);
  }

  entityDetails(entityId: string): Promise<EntityDetails | undefined> {
    return this.connection.read(async (querier) => {
      const [entity] = await fetchEntities(querier, [entityId]);
      if (!entity) return undefined;
      const documents = (await fetchEntityDocuments(querier, [entityId])).get(entityId) ?? [];
      return {
        entity: { ...entity, documents },
        relations: (await relations.touching(querier, entityId)).map(toGraphJsonEdge),
        claims: (await relations.claimedBy(querier, entityId)).map(toGraphJsonEdge),
        documents: await fetchDocumentSummaries(querier, documents),
      };
    });
  }

  /** The entity and its best-attested neighbours (most evidence first), with the edges among them. */
  neighbors(entityId: string, limit = DEFAULT_NEIGHBOR_LIMIT): Promise<GraphFragment> {
    return this.connection.read(async (querier) => {
      const [entity] = await fetchEntities(querier, [entityId]);
      if (!entity) return { nodes: [], edges: [] };
      const support = new Map<string, number>();
      for (const edge of await relations.touching(querier, entityId)) {
        const other = edge.source === entityId ? edge.target : edge.source;
        if (other !== entityId) support.set(other, (support.get(other) ?? 0) + edge.evidence.length);
      }
      const chosen = [...support]
        .sort(([idA, a], [idB, b]) => b - a || (idA < idB ? -1 : 1))
        .slice(0, Math.max(0, limit))
        .map(([id]) => id);
      const nodeIds = [entityId, ...chosen];
      return buildFragment(querier, nodeIds, await relations.among(querier, nodeIds));
    });
  }

  edgeDetails(edgeId: string): Promise<EdgeDetails | undefined> {
    return this.connection.read(async (querier) => {
      const [edge] = await relations.byIds(querier, [edgeId]);
      if (!edge) return undefined;
      const documentIds = [...new Set(edge.evidence.map((piece) => piece.documentId))];
      const documents = new Map(
        (await fetchDocumentSummaries(querier, documentIds)).map((document) => [document.id, document]),
      );
      return {
        edge: toGraphJsonEdge(edge),
        evidence: edge.evidence.map((piece) => ({
          documentId: piece.documentId,
          text: piece.text,
          start: piece.start,
          end: piece.end,
          lang: piece.lang,
          documentTitle: documents.get(piece.documentId)?.title ?? '',
          documentUri: documents.get(piece.documentId)?.uri ?? '',
          confidence: piece.confidence,
          assertedBy: [...piece.assertedBy],
        })),
      };
    });
  }

  overview(limit = DEFAULT_OVERVIEW_LIMIT): Promise<GraphFragment> {
    const cap = Math.max(0, Math.floor(limit));
    return this.connection.read(async (querier) => {
      const rows = await querier.run(ENTITIES.mostConnected, { limit: integer(cap) });
      const ids = rows.map((row) => asString(row.id));
      return buildFragment(querier, ids, await relations.among(querier, ids));
    });
  }

  paths(fromId: string, toId: string, maxLength = DEFAULT_PATH_LENGTH): Promise<GraphFragment> {
    const length = Math.min(MAX_PATH_LENGTH, Math.max(1, Math.floor(maxLength)));
    return this.connection.read(async (querier) => {
      if (fromId === toId) return buildFragment(querier, [fromId], []);
      const rows = await querier.run(RELATIONS.alongShortestPaths(length), {
        from: fromId,
        to: toId,
        paths: integer(MAX_PATHS),
      });
      const edgeIds = [
        ...new Set(rows.flatMap((row) => (Array.isArray(row.ids) ? row.ids.map(String) : []))),
      ];
      const edges = await relations.byIds(querier, edgeIds);
      const nodeIds = [...new Set(edges.flatMap((edge) => [edge.source, edge.target]))];
      return buildFragment(querier, nodeIds, edges);
    });
  }

  stats(): Promise<StoreStats> {
    return this.connection.read(async (querier) => {
      const [documents] = await querier.run(STATS.documents);
      const [mentions] = await querier.run(STATS.mentions);
      const entityRows = await querier.run(STATS.entitiesByType);
      const relationRows = await querier.run(STATS.relationsByType);
      return {
        documents: asNumber(documents?.count),
        entities: sum(entityRows, 'count'),
        relations: sum(relationRows, 'count'),
        mentions: asNumber(mentions?.count),
        evidence: sum(relationRows, 'evidence'),
        entitiesByType: countsByLabel(
          ENTITY_TYPES.map((spec) => spec.name),
          entityRows,
        ),
        relationsByType: countsByLabel(
          RELATION_TYPES.map((spec) => spec.name),
          relationRows,
        ),
      };
    });
  }

  async cypher(query: string, options?: CypherOptions): Promise<CypherResult> {
    const { columns, rows } = await runReadOnlyCypher(this.connection, query, options);
    return { columns, rows };
  }

  exportGraph(): Promise<GraphJson> {
    return this.connection.read(async (querier) => {
      const documents = await fetchDocumentSummaries(querier);
      const entities = await fetchEntities(querier);
      const mentionedIn = await fetchEntityDocuments(querier);
      const edges = await relations.all(querier);
      return {
        documents: documents.map(({ id, uri, title, lang }) => ({ id, uri, title, lang })),
        nodes: entities.map((entity) => toGraphJsonNode(entity, mentionedIn.get(entity.id) ?? [])),
        edges: edges.map(toGraphJsonEdge),
      };
    });
  }

  /**
   * One batch per document: its text, its mentions, the full records of the entities it
   * mentions or links, and each relation it supports with only its own evidence. Merging these
   * back gives the same names, alias unions and evidence lists as the original writes did.
   */
  async *exportBatches(): AsyncIterable<GraphBatch> {
    for (const summary of await this.listDocuments()) {
      const batch = await this.connection.read(async (querier): Promise<GraphBatch | undefined> => {
        const document = await fetchDocument(querier, summary.id);
        if (!document) return undefined;
        const record = { ...document };
        delete record.ingestedAt;
        const mentions = await fetchMentions(querier, summary.id);
        const supported = (await relations.withEvidenceFrom(querier, summary.id)).map(
          ({ id, type, source, target, modality, evidence }) => ({
            id,
            type,
            source,
            target,
            modality,
            evidence: evidence.filter((piece) => piece.documentId === summary.id),
          }),
        );
        const entityIds = new Set([
          ...mentions.map((mention) => mention.entityId),
          ...supported.flatMap((relation) => [relation.source, relation.target]),
        ]);
        const entities = (await fetchEntities(querier, [...entityIds])).map(
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
      });
      if (batch) yield batch;
    }
  }

  close(): Promise<void> {
    this.closing ??= this.connection.close();
    return this.closing;
  }
}
