/**
 * Sigma renderer and everything about how the graph looks at a given moment: hover
 * highlighting, the selection, hiding weak claims, and moving the camera. Appearance changes
 * go through sigma's reducers only, so the graph's own attributes stay the data.
 */
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from './graph-state.ts';
import { isWeakModality } from './vocabulary.ts';

const DIMMED_NODE = '#dfe2e8';
const DIMMED_EDGE = 'rgba(200, 204, 212, 0.35)';
const LABEL_FONT = 'system-ui, "Segoe UI", "Noto Sans", "Noto Sans Arabic", "DejaVu Sans", sans-serif';

export interface ViewHandlers {
  nodeClicked(node: string): void;
  nodeDoubleClicked(node: string): void;
  edgeClicked(edge: string): void;
  stageClicked(): void;
}

export class SigmaView {
  readonly renderer: Sigma<NodeAttributes, EdgeAttributes>;
  private hoveredNode: string | undefined;
  private hoveredNeighbours = new Set<string>();
  private selectedNode: string | undefined;
  private selectedEdge: string | undefined;
  private hideWeakClaims = false;

  private readonly graph: ExplorerGraph;

  constructor(container: HTMLElement, graph: ExplorerGraph, handlers: ViewHandlers) {
    this.graph = graph;
    this.renderer = new Sigma(graph, container, {
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      defaultEdgeType: 'arrow',
      labelFont: LABEL_FONT,
      labelSize: 13,
      labelWeight: '500',
      labelColor: { color: '#1d2330' },
      edgeLabelFont: LABEL_FONT,
      edgeLabelSize: 11,
      labelDensity: 0.9,
      labelRenderedSizeThreshold: 5,
      zIndex: true,
      minCameraRatio: 0.05,
      maxCameraRatio: 8,
      nodeReducer: (node, data) => this.reduceNode(node, data),
      edgeReducer: (edge, data) => this.reduceEdge(edge, data),
    });
    this.renderer.on('enterNode', ({ node }) => this.hover(node));
    this.renderer.on('leaveNode', () => this.hover(undefined));
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
  }

  select(node: string | undefined, edge?: string): void {
    this.selectedNode = node;
    this.selectedEdge = edge;
    this.renderer.refresh({ skipIndexation: true });
  }

  setHideWeakClaims(hide: boolean): void {
    this.hideWeakClaims = hide;
    this.renderer.refresh({ skipIndexation: true });
  }

  /**
   * Animates the camera onto a node, zooming in if the view is wide. `shiftPx` moves the
   * node sideways on screen (negative: to the left), to keep it clear of a side panel.
   */
  async focus(node: string, shiftPx = 0): Promise<void> {
    if (!this.graph.hasNode(node)) return;
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

  private hover(node: string | undefined): void {
    this.hoveredNode = node;
    this.hoveredNeighbours = node ? new Set(this.graph.neighbors(node)) : new Set();
    this.renderer.refresh({ skipIndexation: true });
  }

  private reduceNode(node: string, data: NodeAttributes): Partial<NodeDisplayData> {
    const display: Partial<NodeDisplayData> = { ...data };
    if (node === this.selectedNode) {
      display.highlighted = true;
      display.forceLabel = true;
      display.zIndex = 2;
    }
    if (this.hoveredNode !== undefined) {
      if (node === this.hoveredNode || this.hoveredNeighbours.has(node)) {
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

  private reduceEdge(edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> {
    const display: Partial<EdgeDisplayData> = { ...data };
    if (this.hideWeakClaims && isWeakModality(data.modality)) display.hidden = true;
    if (edge === this.selectedEdge) {
      display.size = data.size + 2;
      display.forceLabel = true;
      display.zIndex = 2;
    }
    if (this.hoveredNode !== undefined) {
      const [source, target] = this.graph.extremities(edge);
      if (source === this.hoveredNode || target === this.hoveredNode) {
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
