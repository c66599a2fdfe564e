/**
 * Element building without innerHTML: every string from the data goes in as text, so names
 * and sentences from documents can never inject markup.
 */
type Child = Node | string | number | null | undefined | false;

interface Props {
  class?: string;
  text?: string;
  title?: string;
  dir?: string;
  lang?: string;
  id?: string;
  role?: string;
  hidden?: boolean;
  testid?: string;
  style?: Partial<CSSStyleDeclaration>;
  attrs?: Record<string, string>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.text !== undefined) element.textContent = props.text;
  if (props.title) element.title = props.title;
  if (props.dir) element.dir = props.dir;
  if (props.lang) element.lang = props.lang;
  if (props.id) element.id = props.id;
  if (props.role) element.setAttribute('role', props.role);
  if (props.hidden) element.hidden = true;
  if (props.testid) element.dataset['testid'] = props.testid;
  if (props.style) Object.assign(element.style, props.style);
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  for (const [type, listener] of Object.entries(props.on ?? {})) {
    element.addEventListener(type, listener as EventListener);
  }
  append(element, ...children);
  return element;
}

export function append(parent: Element, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === 'number' ? String(child) : child);
  }
}

export function clear(element: Element): void {
  element.replaceChildren();
}

export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`missing #${id} in index.html`);
  return element as T;
}
