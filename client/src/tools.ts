/**
 * The tool panels (Filters, Documents, Paths, Export): one open at a time beside the canvas,
 * each opened by its toolbar button. A panel is drawn when opened and whenever the
 * explorer's state changes while it is open.
 */
export interface Tool {
  /** The button's visible text, in the interface language. */
  label(): string;
  /** Draws the panel's content into its element. */
  render(element: HTMLElement): void;
}

export class ToolPanels {
  readonly #tools = new Map<string, { tool: Tool; button: HTMLButtonElement; panel: HTMLElement }>();
  #open: string | undefined;

  register(name: string, tool: Tool): void {
    const button = document.querySelector<HTMLButtonElement>(`[data-tool="${name}"]`);
    const panel = document.getElementById(`tool-${name}`);
    if (!button || !panel) throw new Error(`missing the ${name} tool in index.html`);
    button.addEventListener('click', () => this.toggle(name));
    this.#tools.set(name, { tool, button, panel });
  }

  get openTool(): string | undefined {
    return this.#open;
  }

  toggle(name: string): void {
    this.show(this.#open === name ? undefined : name);
  }

  show(name: string | undefined): void {
    this.#open = name;
    for (const [toolName, { button, panel }] of this.#tools) {
      const open = toolName === name;
      button.setAttribute('aria-expanded', String(open));
      panel.hidden = !open;
    }
    this.refresh();
    if (name) this.#tools.get(name)?.panel.querySelector<HTMLElement>('input, button, select')?.focus();
  }

  /** Redraws the labels and the open panel, e.g. after the state or the interface language changed. */
  refresh(): void {
    for (const { tool, button } of this.#tools.values()) button.textContent = tool.label();
    const entry = this.#open === undefined ? undefined : this.#tools.get(this.#open);
    if (entry) entry.tool.render(entry.panel);
  }
}
