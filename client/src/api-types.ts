/**
 * Shapes of the HTTP API's answers as the explorer reads them. Graph fragments reuse the
 * graph-json types; the rest mirrors the server's documented responses.
 */
import type {
  GraphFragment,
  GraphJsonEdge,
  GraphJsonEvidence,
  GraphJsonNode,
  GraphPreviewEdge,
  GraphSummaryEdge,
  GraphSummaryFragment,
  GraphSummaryNode,
  ListPage,
  RelationPage,
} from '../../graph-schema/graph-json.ts';
import type { DisplayNames, EntityType, Modality, RelationType } from '../../graph-schema/schema.ts';

export type { GraphFragment, GraphJsonEdge, GraphJsonNode, Modality, RelationType, EntityType, DisplayNames };
export type { GraphPreviewEdge, GraphSummaryEdge, GraphSummaryFragment, GraphSummaryNode };

export interface SchemaEntityType {
  name: string;
  color: string;
  display: DisplayNames;
}

export interface SchemaRelationType {
  name: string;
  display: DisplayNames;
  /** Entity type pairs the relation may join. */
  endpoints?: { source: string; target: string }[];
}

export interface SchemaResponse {
  entityTypes: SchemaEntityType[];
  relationTypes: SchemaRelationType[];
}

export interface StatsResponse {
  documents: number;
  entities: number;
  relations: number;
  mentions: number;
  evidence: number;
  entitiesByType?: Record<string, number>;
  relationsByType?: Record<string, number>;
}

export interface SearchResult {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  score: number;
}

/** An evidence sentence containing the searched text, with the relation it supports. */
export interface EvidenceSearchResult {
  relation: {
    id: string;
    type: RelationType;
    modality: Modality;
    source: { id: string; name: string; type: EntityType };
    target: { id: string; name: string; type: EntityType };
  };
  documentId: string;
  documentTitle: string;
  text: string;
  start: number;
  end: number;
  lang: string;
}

export interface EntityRecordView {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  externalIds: string[];
  mergeReasons: string[];
  mentionCount: number;
  documents: string[];
}

export interface DocumentSummary {
  id: string;
  uri: string;
  title: string;
  lang: string;
  publishedAt?: string;
  source?: string;
}

/** An entity with a page of each of its lists (the same page of each), edges in preview. */
export interface EntityDetailsResponse {
  entity: EntityRecordView;
  relations: GraphPreviewEdge[];
  relationPage: RelationPage & { neighbors: number };
  claims: GraphPreviewEdge[];
  claimPage: RelationPage;
  documents: DocumentSummary[];
  documentPage: ListPage;
}

export interface EvidenceView extends GraphJsonEvidence {
  documentTitle: string;
  documentUri: string;
  confidence: number;
  assertedBy: string[];
  /** Which extractor found this piece ("rules", a model's name), when the server says. */
  extractor?: string;
}

/** A relation's summary and a page of its evidence. */
export interface EdgeDetailsResponse {
  edge: GraphPreviewEdge;
  evidence: EvidenceView[];
  evidencePage: ListPage;
}

export interface CypherResponse {
  columns: string[];
  rows: unknown[][];
  truncated?: boolean;
}

export interface MentionView {
  entityId: string;
  entityType: EntityType;
  name: string;
  start: number;
  end: number;
  surface: string;
}

export interface DocumentDetailsResponse {
  document: DocumentSummary & { text: string; ingestedAt?: string };
  mentions: MentionView[];
}
