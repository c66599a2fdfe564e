/**
 * Keeps the canvas equal to the state: fetches what the state needs and has not been
 * fetched (neighbours of expanded entities, relations of added ones), derives the visible
 * graph, syncs the drawn graph and lays out what is new. The first picture is laid out
 * before it is drawn, from stable seed positions, so it never starts as a random tangle.
 */
import FA2Module from 'graphology-layout-forceatlas2';
import { api } from './api.ts';
import { entityToNode, type CanvasGraph } from './canvas-graph.ts';
import type { LayoutController } from './layout.ts';
import { deriveVisible, EXPAND_PAGE, type VisibleGraph } from './state/derive.ts';
import type { ExplorerState } from './state/explorer-state.ts';
import type { GraphData } from './state/graph-data.ts';
import type { ExplorerStore } from './state/store.ts';

// The package is CommonJS typed as if it had an ES default export: the bundler hands over
// module.exports, which is the layout function itself.
const forceAtlas2 = FA2Module as unknown as typeof FA2Module.default;

/** The neighbours endpoint answers at most this many at once. */
const NEIGHBOURS_MAX = 500;
const SEED_ITERATIONS = 200;
const EXPAND_LAYOUT_MS = 2500;

type Listener = (visible: VisibleGraph) => void;

export class CanvasController {
  readonly #data: GraphData;
  readonly #canvas: CanvasGraph;
  readonly #store: ExplorerStore;
  readonly #layout: LayoutController;
  /** Entities whose details (the first page of their relations) have been fetched. */
  readonly #detailed = new Set<string>();
  /** Entity -> how many neighbours were asked for. */
  readonly #neighboursAsked = new Map<string, number>();
  readonly #listeners = new Set<Listener>();
  #visible: VisibleGraph | undefined;
  #laidOut = false;
  #generation = 0;

  constructor(data: GraphData, canvas: CanvasGraph, store: ExplorerStore, layout: LayoutController) {
    this.#data = data;
    this.#canvas = canvas;
    this.#store = store;
    this.#layout = layout;
  }

  get visible(): VisibleGraph | undefined {
    return this.#visible;
  }

  onRender(listener: Listener): void {
    this.#listeners.add(listener);
  }

  /** Fetches what the current state needs, then draws it. Later calls supersede earlier ones. */
  async refresh(): Promise<void> {
    const generation = ++this.#generation;
    await this.#fetchMissing(this.#store.state);
    if (generation === this.#generation) this.render();
  }

  /** Draws the current state from what is already fetched. */
  render(): void {
    const state = this.#store.state;
    const visible = deriveVisible(this.#data, state);
    const added = this.#canvas.sync(this.#data, visible, state.pinned, state);
    this.#visible = visible;
    if (!this.#laidOut) {
      this.#seedLayout();
      this.#laidOut = this.#canvas.graph.order > 0;
    } else if (added.length > 0) {
      this.#layout.start(EXPAND_LAYOUT_MS);
    }
    for (const listener of this.#listeners) listener(visible);
  }

  async #fetchMissing(state: ExplorerState): Promise<void> {
    const wanted = new Set([...state.added, ...state.pinned, ...Object.keys(state.expanded)]);
    if (state.selection?.kind === 'node') wanted.add(state.selection.id);
    const calls: Promise<void>[] = [];
    for (const id of wanted) {
      if (!this.#detailed.has(id)) calls.push(this.#fetchDetails(id));
    }
    for (const [id, pages] of Object.entries(state.expanded)) {
      const limit = Math.min(NEIGHBOURS_MAX, pages * EXPAND_PAGE);
      if ((this.#neighboursAsked.get(id) ?? 0) < limit) calls.push(this.#fetchNeighbours(id, limit));
    }
    // One entity that cannot be fetched (removed since the link was made) must not blank the rest.
    const results = await Promise.allSettled(calls);
    const failure = results.find((result) => result.status === 'rejected');
    if (failure && results.every((result) => result.status === 'rejected')) throw failure.reason;
  }

  async #fetchDetails(id: string): Promise<void> {
    const details = await api.entity(id);
    this.#data.setRelations(entityToNode(details.entity), details.relations, details.relationPage.neighbors);
    this.#detailed.add(id);
  }

  async #fetchNeighbours(id: string, limit: number): Promise<void> {
    const fragment = await api.neighbors(id, limit);
    this.#data.setNeighbours(id, fragment);
    this.#neighboursAsked.set(id, limit);
  }

  /** ForceAtlas2 run to rest on the seed positions, synchronously, before the first frame. */
  #seedLayout(): void {
    const { graph } = this.#canvas;
    if (graph.order === 0) return;
    forceAtlas2.assign(graph, {
      iterations: SEED_ITERATIONS,
      getEdgeWeight: 'sourceCount',
      settings: { ...forceAtlas2.inferSettings(graph), scalingRatio: 12, gravity: 0.8, slowDown: 4 },
    });
  }
}
