/**
 * The lossless export. Objects are rebuilt key by key so the output's key order is the
 * contract's, whichever backend produced the graph: two exports of the same graph are
 * byte-identical and diff cleanly.
 */
import type {
  GraphJson,
  GraphJsonDocument,
  GraphJsonEdge,
  GraphJsonEvidence,
  GraphJsonNode,
} from '../../graph-schema/graph-json.ts';

export function canonicalGraphJson(graph: GraphJson): GraphJson {
  return {
    documents: graph.documents.map(canonicalDocument),
    nodes: graph.nodes.map(canonicalNode),
    edges: graph.edges.map(canonicalEdge),
  };
}

export function toGraphJson(graph: GraphJson): string {
  return `${JSON.stringify(canonicalGraphJson(graph), null, 2)}\n`;
}

function canonicalDocument(document: GraphJsonDocument): GraphJsonDocument {
  return {
    id: document.id,
    uri: document.uri,
    title: document.title,
    lang: document.lang,
    ...(document.publishedAt !== undefined ? { publishedAt: document.publishedAt } : {}),
    ...(document.source !== undefined ? { source: document.source } : {}),
    ...(document.author !== undefined ? { author: document.author } : {}),
    ...(document.encoding !== undefined ? { encoding: document.encoding } : {}),
  };
}

function canonicalNode(node: GraphJsonNode): GraphJsonNode {
  return {
    id: node.id,
    type: node.type,
    name: node.name,
    aliases: [...node.aliases],
    ...(node.externalIds !== undefined ? { externalIds: [...node.externalIds] } : {}),
    documents: [...node.documents],
  };
}

function canonicalEdge(edge: GraphJsonEdge): GraphJsonEdge {
  return {
    id: edge.id,
    type: edge.type,
    source: edge.source,
    target: edge.target,
    confidence: edge.confidence,
    modality: edge.modality,
    assertedBy: [...edge.assertedBy],
    evidence: edge.evidence.map(canonicalEvidence),
  };
}

function canonicalEvidence(evidence: GraphJsonEvidence): GraphJsonEvidence {
  return {
    documentId: evidence.documentId,
    text: evidence.text,
    start: evidence.start,
    end: evidence.end,
    lang: evidence.lang,
    ...(evidence.extractor !== undefined ? { extractor: evidence.extractor } : {}),
  };
}
