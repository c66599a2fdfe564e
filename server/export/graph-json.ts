/**
 * The lossless export. Objects are rebuilt key by key so the output's key order is the
 * contract's, whichever backend produced the graph: two exports of the same graph are
 * byte-identical and diff cleanly. `GraphJsonWriter` writes the same text part by part, for
 * graphs too large to hold as one document.
 */
import type {
  GraphJson,
  GraphJsonDocument,
  GraphJsonEdge,
  GraphJsonEvidence,
  GraphJsonNode,
  GraphJsonPart,
} from '../../graph-schema/graph-json.ts';
import type { GraphStore } from '../../store/graph-store.ts';

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

const LISTS = ['documents', 'nodes', 'edges'] as const;
type ListName = (typeof LISTS)[number];

/** Two levels in: where the items of a top-level list stand in `JSON.stringify(graph, null, 2)`. */
const ITEM_INDENT = '    ';

function canonicalItems(part: GraphJsonPart): { list: ListName; items: object[] } {
  if ('documents' in part) return { list: 'documents', items: part.documents.map(canonicalDocument) };
  if ('nodes' in part) return { list: 'nodes', items: part.nodes.map(canonicalNode) };
  return { list: 'edges', items: part.edges.map(canonicalEdge) };
}

/**
 * graph-json written as its parts arrive (GraphStore.exportGraphParts), the same bytes as
 * `toGraphJson` of the whole graph: each item is stringified alone and indented to its depth.
 * Parts must come in graph-json's order (documents, nodes, edges); a list no part brings is
 * written empty.
 */
export class GraphJsonWriter {
  private readonly write: (text: string) => Promise<void>;
  /** The list being written (an index into LISTS), -1 before the first. */
  private list = -1;
  private itemsInList = 0;

  constructor(write: (text: string) => Promise<void>) {
    this.write = write;
  }

  async add(part: GraphJsonPart): Promise<void> {
    const { list, items } = canonicalItems(part);
    let text = this.openUpTo(LISTS.indexOf(list));
    for (const item of items) {
      text += `${this.itemsInList === 0 ? '\n' : ',\n'}${ITEM_INDENT}${JSON.stringify(item, null, 2).replaceAll('\n', `\n${ITEM_INDENT}`)}`;
      this.itemsInList++;
    }
    if (text !== '') await this.write(text);
  }

  /** Writes the lists no part brought and the end of the document. */
  async end(): Promise<void> {
    await this.write(`${this.openUpTo(LISTS.length - 1)}${this.closeList()}\n}\n`);
  }

  /** The text that ends the lists before `index` and opens each list up to it. */
  private openUpTo(index: number): string {
    if (index < this.list)
      throw new Error(`graph-json parts out of order: ${LISTS[index]} after ${LISTS[this.list]}`);
    let text = '';
    while (this.list < index) {
      text += this.list === -1 ? '{\n' : `${this.closeList()},\n`;
      this.list++;
      this.itemsInList = 0;
      text += `  "${LISTS[this.list]}": [`;
    }
    return text;
  }

  private closeList(): string {
    return this.itemsInList === 0 ? ']' : '\n  ]';
  }
}

/** The store's graph as graph-json, handed to `write` a part at a time as the store reads it. */
export async function writeGraphJson(
  store: Pick<GraphStore, 'exportGraphParts'>,
  write: (text: string) => Promise<void>,
): Promise<void> {
  const writer = new GraphJsonWriter(write);
  await store.exportGraphParts((part) => writer.add(part));
  await writer.end();
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
