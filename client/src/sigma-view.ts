/**
 * Sigma renderer and everything about how the graph looks at a given moment: hover
 * highlighting, the selection, pins and moving the camera. What is on the canvas comes from
 * the derived graph (canvas-graph.ts); appearance changes go through sigma's reducers only,
 * so the graph's own attributes stay the data.
 */
import Sigma from 'sigma';
import { EdgeArrowProgram, type EdgeProgramType } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, EdgeShape, ExplorerGraph, NodeAttributes } from './canvas-graph.ts';
import { DashedEdgeProgram } from './dashed-edge.ts';
import type { Camera, Selection } from './state/explorer-state.ts';

const DIMMED_NODE = '#dfe2e8';
const DIMMED_EDGE = 'rgba(200, 204, 212, 0.35)';
const PIN_MARK = '📌 ';
const LABEL_FONT = 'system-ui, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif';

export interface ViewHandlers {
  nodeClicked(node: string): void;
  nodeDoubleClicked(node: string): void;
  edgeClicked(edge: string): void;
  stageClicked(): void;
  cameraMoved(camera: Camera): void;
}

type Program = EdgeProgramType<NodeAttributes, EdgeAttributes>;

// The programs are written for any attributes; sigma's types want them for ours.
const EDGE_PROGRAMS: Record<EdgeShape, Program> = {
  straight: EdgeArrowProgram as unknown as Program,
  curved: EdgeCurvedArrowProgram as unknown as Program,
  dashed: DashedEdgeProgram as unknown as Program,
};

export class SigmaView {
  readonly renderer: Sigma<NodeAttributes, EdgeAttributes>;
  readonly #graph: ExplorerGraph;
  #hoveredNode: string | undefined;
  #hoveredNeighbours = new Set<string>();
  #selection: Selection | undefined;
  /** Relations of a path being shown, and the entities along it. */
  #pathEdges = new Set<string>();
  #pathNodes = new Set<string>();

  constructor(container: HTMLElement, graph: ExplorerGraph, handlers: ViewHandlers) {
    this.#graph = graph;
    this.renderer = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      defaultEdgeType: 'straight',
      edgeProgramClasses: EDGE_PROGRAMS,
      labelFont: LABEL_FONT,
      labelSize: 13,
      labelWeight: '500',
      labelColor: { color: '#1d2330' },
      edgeLabelFont: LABEL_FONT,
      edgeLabelSize: 11,
      // Sigma's label grid draws at most one label per cell, so labels do not collide at rest.
      labelDensity: 0.5,
      labelGridCellSize: 120,
      labelRenderedSizeThreshold: 5,
      zIndex: true,
      minCameraRatio: 0.05,
      maxCameraRatio: 8,
      nodeReducer: (node, data) => this.#reduceNode(node, data),
      edgeReducer: (edge, data) => this.#reduceEdge(edge, data),
    });
    this.renderer.on('enterNode', ({ node }) => this.#hover(node));
    this.renderer.on('leaveNode', () => this.#hover(undefined));
    this.renderer.on('clickNode', ({ node }) => handlers.nodeClicked(node));
    this.renderer.on('doubleClickNode', (payload) => {
      payload.preventSigmaDefault();
      handlers.nodeDoubleClicked(payload.node);
    });
    this.renderer.on('clickEdge', ({ edge }) => handlers.edgeClicked(edge));
    this.renderer.on('clickStage', () => handlers.stageClicked());
    this.renderer.on('enterEdge', () => container.classList.add('pointer'));
    this.renderer.on('leaveEdge', () => container.classList.remove('pointer'));
    this.renderer.on('enterNode', () => container.classList.add('pointer'));
    this.renderer.on('leaveNode', () => container.classList.remove('pointer'));
    const camera = this.renderer.getCamera();
    camera.on('updated', () => {
      const { x, y, ratio } = camera.getState();
      handlers.cameraMoved({ x, y, ratio });
    });
  }

  select(selection: Selection | undefined): void {
    if (selection?.kind === this.#selection?.kind && selection?.id === this.#selection?.id) return;
    this.#selection = selection;
    this.renderer.refresh({ skipIndexation: true });
  }

  /** Emphasises a path's relations and entities; an empty list clears it. */
  showPath(edges: readonly string[]): void {
    this.#pathEdges = new Set(edges.filter((edge) => this.#graph.hasEdge(edge)));
    this.#pathNodes = new Set([...this.#pathEdges].flatMap((edge) => this.#graph.extremities(edge)));
    this.renderer.refresh({ skipIndexation: true });
  }

  setCamera(camera: Camera): void {
    this.renderer.getCamera().setState(camera);
  }

  /**
   * Animates the camera onto a node, zooming in if the view is wide. `shiftPx` moves the
   * node sideways on screen (negative: to the left), to keep it clear of a side panel.
   */
  async focus(node: string, shiftPx = 0): Promise<void> {
    if (!this.#graph.hasNode(node)) return;
    this.renderer.refresh();
    const position = this.renderer.getNodeDisplayData(node);
    if (!position) return;
    const camera = this.renderer.getCamera();
    const target = { x: position.x, y: position.y, angle: camera.angle, ratio: Math.min(camera.ratio, 0.6) };
    const { width, height } = this.renderer.getDimensions();
    // The camera centre that puts the node `shiftPx` away from the middle of the screen.
    const centre = this.renderer.viewportToFramedGraph(
      { x: width / 2 - shiftPx, y: height / 2 },
      { cameraState: target },
    );
    await camera.animate({ ...target, x: centre.x, y: centre.y }, { duration: 600 });
  }

  zoom(factor: number): void {
    const camera = this.renderer.getCamera();
    void (factor > 1 ? camera.animatedZoom(factor) : camera.animatedUnzoom(1 / factor));
  }

  resetCamera(): void {
    void this.renderer.getCamera().animatedReset();
  }

  kill(): void {
    this.renderer.kill();
  }

  #hover(node: string | undefined): void {
    this.#hoveredNode = node;
    this.#hoveredNeighbours = node ? new Set(this.#graph.neighbors(node)) : new Set();
    this.renderer.refresh({ skipIndexation: true });
  }

  #reduceNode(node: string, data: NodeAttributes): Partial<NodeDisplayData> {
    const display: Partial<NodeDisplayData> = { ...data };
    if (data.fixed) {
      display.forceLabel = true;
      display.label = PIN_MARK + data.label;
    }
    if (this.#selection?.kind === 'node' && node === this.#selection.id) {
      display.highlighted = true;
      display.forceLabel = true;
      display.zIndex = 2;
    }
    if (this.#pathNodes.size > 0) {
      if (this.#pathNodes.has(node)) display.forceLabel = true;
      else display.color = DIMMED_NODE;
    }
    if (this.#hoveredNode !== undefined) {
      if (node === this.#hoveredNode || this.#hoveredNeighbours.has(node)) {
        display.forceLabel = true;
        display.zIndex = 1;
      } else {
        display.color = DIMMED_NODE;
        display.label = '';
        display.zIndex = 0;
      }
    }
    return display;
  }

  #reduceEdge(edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
    const display: Partial<EdgeDisplayData> = { ...data };
    if (this.#selection?.kind === 'edge' && edge === this.#selection.id) {
      display.size = data.size + 2;
      display.forceLabel = true;
      display.zIndex = 2;
    }
    if (this.#pathEdges.size > 0) {
      if (this.#pathEdges.has(edge)) {
        display.size = data.size + 3;
        display.forceLabel = true;
        display.zIndex = 2;
      } else {
        display.color = DIMMED_EDGE;
        display.label = '';
      }
    }
    if (this.#hoveredNode !== undefined) {
      const [source, target] = this.#graph.extremities(edge);
      if (source === this.#hoveredNode || target === this.#hoveredNode) {
        display.forceLabel = true;
        display.zIndex = 1;
      } else {
        display.color = DIMMED_EDGE;
        display.label = '';
      }
    }
    return display;
  }
}
