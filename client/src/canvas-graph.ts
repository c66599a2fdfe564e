/**
 * The graph sigma draws: a graphology graph kept equal to the derived visible graph. Nodes
 * that leave keep their position for when they come back; new ones start next to a drawn
 * neighbour (or at a stable place of their own), never at random. Sizes, colours, labels,
 * edge shapes and curvature are derived here so the renderer only reads attributes.
 */
import { MultiDirectedGraph } from 'graphology';
import type { EntityRecordView, GraphSummaryEdge, GraphSummaryNode, Modality } from './api-types.ts';
import type { GraphData } from './state/graph-data.ts';
import type { VisibleGraph } from './state/derive.ts';
import type { Vocabulary } from './vocabulary.ts';
import { communityColours, pagerankShares, type ColourBy, type SizeBy } from './appearance.ts';

export interface NodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  entityType: string;
  /** ForceAtlas2 leaves fixed nodes where they are: pins. */
  fixed: boolean;
}

/** Edge programs registered with sigma (see sigma-view.ts). */
export type EdgeShape = 'straight' | 'curved' | 'dashed';

export interface EdgeAttributes {
  size: number;
  color: string;
  label: string;
  type: EdgeShape;
  curvature: number;
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

/** Thickness grows with the number of independent documents, not with repeated sentences. */
export function edgeSizeForSources(sourceCount: number): number {
  return 1 + 1.6 * Math.log2(1 + Math.max(1, sourceCount));
}

/**
 * The dashed (curve) program cannot draw a perfectly straight edge (its distance-to-curve
 * maths degenerates), so a lone denial keeps this slight bend.
 */
const DASHED_MIN_CURVATURE = 0.08;

/** Bend between neighbouring parallel edges, and the most any edge bends. */
const CURVATURE_STEP = 0.35;
const MAX_CURVATURE = 1;

/**
 * Curvature of each edge among those joining the same two entities (either direction):
 * spread symmetrically around the straight line, the middle one of an odd count straight.
 * Curvature bends relative to an edge's own direction, so reversed edges flip their sign.
 */
export function parallelCurvatures(graph: ExplorerGraph): Map<string, number> {
  const groups = new Map<string, string[]>();
  graph.forEachEdge((edge, _attributes, source, target) => {
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const group = groups.get(pair);
    if (group) group.push(edge);
    else groups.set(pair, [edge]);
  });
  const curvatures = new Map<string, number>();
  for (const edges of groups.values()) {
    const step = Math.min(CURVATURE_STEP, (2 * MAX_CURVATURE) / Math.max(1, edges.length - 1));
    edges.sort().forEach((edge, index) => {
      const offset = (index - (edges.length - 1) / 2) * step;
      const reversed = graph.source(edge) > graph.target(edge);
      curvatures.set(edge, reversed ? -offset : offset);
    });
  }
  return curvatures;
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

/** The canvas's view of an entity's full record. */
export function entityToNode(entity: EntityRecordView): GraphSummaryNode {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: entity.aliases,
    ...(entity.externalIds.length > 0 ? { externalIds: entity.externalIds } : {}),
    mentionCount: entity.mentionCount,
  };
}

export class CanvasGraph {
  readonly graph: ExplorerGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  readonly #vocabulary: Vocabulary;
  /** Where each node was last drawn, kept when it leaves the canvas. */
  readonly #positions = new Map<string, { x: number; y: number }>();

  constructor(vocabulary: Vocabulary) {
    this.#vocabulary = vocabulary;
  }

  /** Makes the drawn graph equal to `visible`; returns the nodes that were added. */
  sync(
    data: GraphData,
    visible: VisibleGraph,
    pinned: readonly string[],
    appearance: { sizeBy: SizeBy; colourBy: ColourBy } = { sizeBy: 'degree', colourBy: 'type' },
  ): string[] {
    const { graph } = this;
    graph.forEachNode((id, attributes) => {
      this.#positions.set(id, { x: attributes.x, y: attributes.y });
      if (!visible.nodes.has(id)) graph.dropNode(id);
    });
    graph.forEachEdge((id) => {
      if (!visible.edges.has(id)) graph.dropEdge(id);
    });
    const added: string[] = [];
    for (const id of visible.nodes) {
      const node = data.nodes.get(id);
      if (!node || graph.hasNode(id)) continue;
      graph.addNode(id, this.#nodeAttributes(node));
      added.push(id);
    }
    for (const id of visible.edges) {
      const edge = data.edges.get(id);
      if (edge && !graph.hasEdge(id))
        graph.addDirectedEdgeWithKey(id, edge.source, edge.target, this.#edgeAttributes(edge));
    }
    for (const id of added) this.#placeNear(id);
    const pins = new Set(pinned);
    const shares = appearance.sizeBy === 'pagerank' ? pagerankShares(graph) : undefined;
    const communities = appearance.colourBy === 'community' ? communityColours(graph) : undefined;
    graph.forEachNode((id, { entityType }) => {
      const share = shares?.get(id);
      graph.mergeNodeAttributes(id, {
        size:
          share === undefined
            ? nodeSizeForDegree(graph.degree(id))
            : MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(share),
        color: communities?.get(id) ?? this.#vocabulary.entityColor(entityType),
        fixed: pins.has(id),
      });
    });
    this.#curveParallels();
    return added;
  }

  /** Recomputes the labels that depend on the interface language. */
  relabel(): void {
    this.graph.forEachEdge((edge, attributes) => {
      this.graph.setEdgeAttribute(edge, 'label', this.#vocabulary.relationName(attributes.relationType));
    });
  }

  #nodeAttributes(node: GraphSummaryNode): NodeAttributes {
    const remembered = this.#positions.get(node.id);
    const angle = unitHash(node.id, 1) * 2 * Math.PI;
    const radius = 10 * Math.sqrt(unitHash(node.id, 2));
    return {
      x: remembered?.x ?? radius * Math.cos(angle),
      y: remembered?.y ?? radius * Math.sin(angle),
      size: MIN_NODE_SIZE,
      color: this.#vocabulary.entityColor(node.type),
      label: node.name,
      entityType: node.type,
      fixed: false,
    };
  }

  /** A new node without a remembered place starts beside a neighbour that is already placed. */
  #placeNear(id: string): void {
    if (this.#positions.has(id)) return;
    const anchor = this.graph.neighbors(id).find((other) => this.#positions.has(other));
    if (anchor === undefined) return;
    const { x, y } = this.graph.getNodeAttributes(anchor);
    const angle = unitHash(id, 3) * 2 * Math.PI;
    const radius = 0.5 + unitHash(id, 4);
    this.graph.mergeNodeAttributes(id, { x: x + radius * Math.cos(angle), y: y + radius * Math.sin(angle) });
  }

  #edgeAttributes(edge: GraphSummaryEdge): EdgeAttributes {
    const sourceCount = edge.documentCount;
    return {
      type: edge.modality === 'denied' ? 'dashed' : 'straight',
      curvature: 0,
      relationType: edge.type,
      modality: edge.modality,
      confidence: edge.confidence,
      evidenceCount: edge.evidenceCount,
      sourceCount,
      size: edgeSizeForSources(sourceCount),
      color: this.#vocabulary.relationColor(edge.type, edge.modality),
      label: this.#vocabulary.relationName(edge.type),
    };
  }

  /** Relations between the same two entities are drawn as distinct curves, not on top of each other. */
  #curveParallels(): void {
    const curvatures = parallelCurvatures(this.graph);
    this.graph.forEachEdge((edge, { modality }) => {
      const parallel = curvatures.get(edge) ?? 0;
      const dashed = modality === 'denied';
      const curvature = dashed && parallel === 0 ? DASHED_MIN_CURVATURE : parallel;
      const type: EdgeShape = dashed ? 'dashed' : curvature !== 0 ? 'curved' : 'straight';
      this.graph.mergeEdgeAttributes(edge, { curvature, type });
    });
  }
}
