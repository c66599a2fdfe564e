/**
 * Everything the explorer has fetched: entities, relations (as summaries: their evidence is
 * fetched when one is opened), the ranked start view, each entity's neighbours in the order the
 * server ranked them, and how many neighbours it has in all (so a cap can say "N more"). It only
 * grows; what is shown is derived from it.
 */
import type {
  GraphPreviewEdge,
  GraphSummaryEdge,
  GraphSummaryFragment,
  GraphSummaryNode,
} from '../api-types.ts';

export class GraphData {
  readonly nodes = new Map<string, GraphSummaryNode>();
  readonly edges = new Map<string, GraphSummaryEdge>();
  /** Entity ids of the start view, best first. */
  overview: readonly string[] = [];
  /** Entity id -> its neighbours as far as fetched, best first. */
  readonly neighbours = new Map<string, readonly string[]>();
  /** Entity id -> how many distinct neighbours it has in the store. */
  readonly neighbourTotals = new Map<string, number>();
  /** Names of claimants heard of through the relations they claim, drawn or not. */
  readonly #claimantNames = new Map<string, string>();

  /** Names for panels: every entity heard of, drawn or not. */
  remember(nodes: readonly GraphSummaryNode[]): void {
    for (const node of nodes) if (!this.nodes.has(node.id)) this.nodes.set(node.id, node);
  }

  entity(id: string): GraphSummaryNode | undefined {
    return this.nodes.get(id);
  }

  nameOf(id: string): string {
    return this.nodes.get(id)?.name ?? this.#claimantNames.get(id) ?? id;
  }

  addFragment(fragment: GraphSummaryFragment): void {
    for (const node of fragment.nodes) this.nodes.set(node.id, node);
    for (const edge of fragment.edges) this.#addEdge(edge);
  }

  setOverview(fragment: GraphSummaryFragment): void {
    this.addFragment(fragment);
    this.overview = fragment.nodes.map((node) => node.id);
  }

  setNeighbours(id: string, fragment: GraphSummaryFragment): void {
    this.addFragment(fragment);
    this.neighbours.set(id, neighbourOrder(id, fragment));
  }

  /**
   * Records a page of an entity's relations, kept as summaries (the sentences a preview carries
   * are the panel's), and how many distinct neighbours the entity has in all.
   */
  setRelations(node: GraphSummaryNode, relations: readonly GraphPreviewEdge[], neighbours: number): void {
    this.nodes.set(node.id, node);
    for (const edge of relations) this.#addEdge(withoutEvidence(edge));
    this.neighbourTotals.set(node.id, neighbours);
  }

  #addEdge(edge: GraphSummaryEdge): void {
    this.edges.set(edge.id, edge);
    edge.assertedBy.forEach((id, index) => {
      const name = edge.claimantNames[index];
      if (name !== undefined && name !== id) this.#claimantNames.set(id, name);
    });
  }
}

function withoutEvidence(edge: GraphPreviewEdge): GraphSummaryEdge {
  const summary: Partial<GraphPreviewEdge> = { ...edge };
  delete summary.evidence;
  return summary as GraphSummaryEdge;
}

/**
 * Neighbours in the order the server listed them, falling back to the order of the
 * relations for ones only the edges name.
 */
function neighbourOrder(id: string, fragment: GraphSummaryFragment): string[] {
  const adjacent = new Set<string>();
  for (const edge of fragment.edges) {
    if (edge.source === id) adjacent.add(edge.target);
    if (edge.target === id) adjacent.add(edge.source);
  }
  adjacent.delete(id);
  const listed = fragment.nodes.map((node) => node.id).filter((other) => adjacent.has(other));
  const rest = [...adjacent].filter((other) => !listed.includes(other));
  return [...listed, ...rest];
}
