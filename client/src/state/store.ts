/**
 * The one place the explorer's state lives. Views subscribe to it; controls change it
 * through pure functions. Changes of what is shown are recorded, so undo and redo step
 * through them; the selection, camera, query and language ride along without history.
 */
import { shownPart, type ExplorerState, type ShownState } from './explorer-state.ts';

type Listener = (state: ExplorerState, previous: ExplorerState) => void;

const HISTORY_LIMIT = 200;

export class ExplorerStore {
  #state: ExplorerState;
  readonly #past: ShownState[] = [];
  readonly #future: ShownState[] = [];
  readonly #listeners = new Set<Listener>();

  constructor(state: ExplorerState) {
    this.#state = state;
  }

  get state(): ExplorerState {
    return this.#state;
  }

  get canUndo(): boolean {
    return this.#past.length > 0;
  }

  get canRedo(): boolean {
    return this.#future.length > 0;
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Applies a change; one that alters what is shown becomes a step of the history. */
  update(change: (state: ExplorerState) => ExplorerState): void {
    const next = change(this.#state);
    if (next === this.#state) return;
    const before = shownPart(this.#state);
    if (!sameShown(before, shownPart(next))) {
      this.#past.push(before);
      if (this.#past.length > HISTORY_LIMIT) this.#past.shift();
      this.#future.length = 0;
    }
    this.#set(next);
  }

  undo(): void {
    const previous = this.#past.pop();
    if (!previous) return;
    this.#future.push(shownPart(this.#state));
    this.#set({ ...this.#state, ...previous });
  }

  redo(): void {
    const next = this.#future.pop();
    if (!next) return;
    this.#past.push(shownPart(this.#state));
    this.#set({ ...this.#state, ...next });
  }

  #set(next: ExplorerState): void {
    const previous = this.#state;
    this.#state = next;
    for (const listener of this.#listeners) listener(next, previous);
  }
}

export function sameShown(a: ShownState, b: ShownState): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
