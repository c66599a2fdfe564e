/**
 * ForceAtlas2 in a web worker, so the page stays responsive while nodes settle. It runs for
 * a few seconds after each change, then stops by itself; the user can run or stop it.
 */
import FA2WorkerModule from 'graphology-layout-forceatlas2/worker.js';
import { inferSettings } from 'graphology-layout-forceatlas2';
import type { ExplorerGraph } from './canvas-graph.ts';

// The package is CommonJS typed as if it had an ES default export: the bundler hands over
// module.exports, which is the supervisor class itself.
const FA2LayoutSupervisor = FA2WorkerModule as unknown as typeof FA2WorkerModule.default;
type FA2LayoutSupervisor = InstanceType<typeof FA2LayoutSupervisor>;

type Listener = (running: boolean) => void;

export class LayoutController {
  private readonly supervisor: FA2LayoutSupervisor;
  private stopTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly listeners = new Set<Listener>();

  constructor(graph: ExplorerGraph) {
    this.supervisor = new FA2LayoutSupervisor(graph, {
      settings: { ...inferSettings(graph), scalingRatio: 12, gravity: 0.8, slowDown: 4 },
      // Better-attested relations pull their ends closer together.
      getEdgeWeight: 'sourceCount',
    });
  }

  get running(): boolean {
    return this.supervisor.isRunning();
  }

  onChange(listener: Listener): void {
    this.listeners.add(listener);
  }

  /** Runs for `durationMs`, or until stopped when no duration is given. */
  start(durationMs?: number): void {
    clearTimeout(this.stopTimer);
    if (!this.supervisor.isRunning()) this.supervisor.start();
    if (durationMs !== undefined) this.stopTimer = setTimeout(() => this.stop(), durationMs);
    this.emit();
  }

  stop(): void {
    clearTimeout(this.stopTimer);
    if (this.supervisor.isRunning()) this.supervisor.stop();
    this.emit();
  }

  toggle(): void {
    if (this.running) this.stop();
    else this.start();
  }

  kill(): void {
    clearTimeout(this.stopTimer);
    this.supervisor.kill();
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.running);
  }
}
