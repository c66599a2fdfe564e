/**
 * The part of the knowledge graph the user is looking at, as a graphology graph that sigma
 * draws. Fragments from the API are merged in (never duplicated); sizes, colours and labels
 * are derived here so the renderer only reads attributes.
 */
import { MultiDirectedGraph } from 'graphology';
import type { EntityRecordView, GraphFragment, GraphJsonEdge, GraphJsonNode, Modality } from './api-types.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  entityType: string;
}

export interface EdgeAttributes {
  size: number;
  color: string;
  label: string;
  type: 'arrow';
  relationType: string;
  modality: Modality;
  confidence: number;
  evidenceCount: number;
  /** Distinct documents behind the edge: independent sources, not repeated sentences. */
  sourceCount: number;
}

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

const MIN_NODE_SIZE = 5;
const MAX_NODE_SIZE = 22;

export function nodeSizeForDegree(degree: number): number {
  return Math.min(MAX_NODE_SIZE, MIN_NODE_SIZE + 2.4 * Math.sqrt(degree));
}

export function edgeSizeForEvidence(evidenceCount: number): number {
  return 1 + 1.6 * Math.log2(1 + Math.max(1, evidenceCount));
}

export function distinctSources(edge: GraphJsonEdge): number {
  return new Set(edge.evidence.map((piece) => piece.documentId)).size;
}

/** A stable pseudo-random number in [0, 1) from a string, so a node lands where it did last time. */
function unitHash(text: string, salt: number): number {
  let hash = 2166136261 ^ salt;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0) / 4294967296;
}

/** The graph-json view of an entity's full record. */
export function entityToNode(entity: EntityRecordView): GraphJsonNode {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: entity.aliases,
    documents: entity.documents,
  };
}

export class GraphState {
  readonly graph: ExplorerGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  /** Every entity the explorer has heard of, drawn or not: names for panels. */
  private readonly known = new Map<string, GraphJsonNode>();

  private readonly vocabulary: Vocabulary;

  constructor(vocabulary: Vocabulary) {
    this.vocabulary = vocabulary;
  }

  remember(nodes: readonly GraphJsonNode[]): void {
    for (const node of nodes) this.known.set(node.id, node);
  }

  entity(id: string): GraphJsonNode | undefined {
    return this.known.get(id);
  }

  nameOf(id: string): string {
    return this.known.get(id)?.name ?? id;
  }

  /**
   * Adds what is new in the fragment. New nodes start near `anchorId` when given (so an
   * expansion grows out of the node it came from), else on a wide circle.
   */
  merge(fragment: GraphFragment, anchorId?: string): { addedNodes: number; addedEdges: number } {
    this.remember(fragment.nodes);
    const anchor =
      anchorId !== undefined && this.graph.hasNode(anchorId)
        ? this.graph.getNodeAttributes(anchorId)
        : undefined;
    let addedNodes = 0;
    let addedEdges = 0;
    for (const node of fragment.nodes) {
      if (this.graph.hasNode(node.id)) continue;
      this.graph.addNode(node.id, this.initialNodeAttributes(node, anchor));
      addedNodes++;
    }
    for (const edge of fragment.edges) {
      if (this.addEdge(edge)) addedEdges++;
    }
    this.resizeNodes();
    return { addedNodes, addedEdges };
  }

  /** Adds one entity and, among its relations, those whose other end is already drawn. */
  addEntity(node: GraphJsonNode, relations: readonly GraphJsonEdge[]): void {
    const drawnRelations = relations.filter((edge) => {
      const other = edge.source === node.id ? edge.target : edge.source;
      return this.graph.hasNode(other) || other === node.id;
    });
    const anchor = drawnRelations.map((edge) => (edge.source === node.id ? edge.target : edge.source))[0];
    this.merge({ nodes: [node], edges: drawnRelations }, anchor);
  }

  /** Recomputes the labels that depend on the interface language. */
  relabel(): void {
    this.graph.forEachEdge((edge, attributes) => {
      this.graph.setEdgeAttribute(edge, 'label', this.vocabulary.relationName(attributes.relationType));
    });
  }

  private addEdge(edge: GraphJsonEdge): boolean {
    if (this.graph.hasEdge(edge.id)) return false;
    if (!this.graph.hasNode(edge.source) || !this.graph.hasNode(edge.target)) return false;
    this.graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      type: 'arrow',
      relationType: edge.type,
      modality: edge.modality,
      confidence: edge.confidence,
      evidenceCount: edge.evidence.length,
      sourceCount: distinctSources(edge),
      size: edgeSizeForEvidence(edge.evidence.length),
      color: this.vocabulary.relationColor(edge.type, edge.modality),
      label: this.vocabulary.relationName(edge.type),
    });
    return true;
  }

  private initialNodeAttributes(node: GraphJsonNode, anchor: NodeAttributes | undefined): NodeAttributes {
    const angle = unitHash(node.id, 1) * 2 * Math.PI;
    const radius = anchor ? 0.5 + unitHash(node.id, 2) : 10 * Math.sqrt(unitHash(node.id, 2));
    return {
      x: (anchor?.x ?? 0) + radius * Math.cos(angle),
      y: (anchor?.y ?? 0) + radius * Math.sin(angle),
      size: MIN_NODE_SIZE,
      color: this.vocabulary.entityColor(node.type),
      label: node.name,
      entityType: node.type,
    };
  }

  private resizeNodes(): void {
    this.graph.forEachNode((node) => {
      this.graph.setNodeAttribute(node, 'size', nodeSizeForDegree(this.graph.degree(node)));
    });
  }
}
