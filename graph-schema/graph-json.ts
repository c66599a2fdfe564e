/**
 * graph-json: the lossless export and the shape of every graph fragment the HTTP API returns.
 * Tools and tests rely on it; docs/architecture.md describes it.
 */
import type { LanguageTag } from './model.ts';
import type { EntityType, Modality, RelationType } from './schema.ts';

export interface GraphJsonDocument {
  id: string;
  uri: string;
  title: string;
  lang: LanguageTag;
  /** Present when the document said when it was published. */
  publishedAt?: string;
  /** Outlet or site name, when known. */
  source?: string;
  /** Author named by the file's own metadata (PDF, DOCX, feed item, record), when it names one. */
  author?: string;
  /** Character encoding the text was decoded from, when ingest recorded it. */
  encoding?: string;
}

export interface GraphJsonNode {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** `scheme:value` identifiers elsewhere (`mitre-attack:G0007`); present when there are any. */
  externalIds?: string[];
  /** Ids of the documents that mention the entity, sorted. */
  documents: string[];
}

export interface GraphJsonEvidence {
  documentId: string;
  text: string;
  start: number;
  end: number;
  lang: LanguageTag;
  /** Which extractor found it (`rules`, `llm:MODEL`, `stix`); left out when not recorded. */
  extractor?: string;
}

export interface GraphJsonEdge {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  confidence: number;
  modality: Modality;
  assertedBy: string[];
  evidence: GraphJsonEvidence[];
}

/** A part of the graph: what the API returns for neighbours, paths and overviews. */
export interface GraphFragment {
  nodes: GraphJsonNode[];
  edges: GraphJsonEdge[];
}

export interface GraphJson extends GraphFragment {
  documents: GraphJsonDocument[];
}
