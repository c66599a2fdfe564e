/**
 * Keyboard shortcuts, as data: the handler and the sheet shown by `?` read the same list,
 * so the sheet cannot drift from what the keys do.
 */
import { clear, h } from './dom.ts';
import { t, type StringKey } from './i18n.ts';
import { isTextField } from './search.ts';

export interface Shortcut {
  /** Keys as shown on the sheet. */
  keys: string;
  description: StringKey;
  matches(event: KeyboardEvent): boolean;
  run(): void;
  /** Also active while the focus is in a text field (Escape); others leave typing alone. */
  whileTyping?: boolean;
}

const plain = (key: string) => (event: KeyboardEvent) =>
  event.key === key && !event.ctrlKey && !event.metaKey && !event.altKey;

export function key(key: string): (event: KeyboardEvent) => boolean {
  return plain(key);
}

export function ctrl(key: string, shift = false): (event: KeyboardEvent) => boolean {
  return (event) =>
    (event.ctrlKey || event.metaKey) &&
    event.shiftKey === shift &&
    event.key.toLowerCase() === key.toLowerCase();
}

/** Runs the first matching shortcut; keys typed into a field stay the field's (its own undo too). */
export function installShortcuts(shortcuts: readonly Shortcut[]): void {
  document.addEventListener('keydown', (event) => {
    // An open dialog (the sheet itself) keeps its keys: Escape closes it natively.
    if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
    const typing = isTextField(event.target);
    for (const shortcut of shortcuts) {
      if (!shortcut.matches(event)) continue;
      if (typing && !shortcut.whileTyping) return;
      event.preventDefault();
      shortcut.run();
      return;
    }
  });
}

export function renderShortcutSheet(dialog: HTMLDialogElement, shortcuts: readonly Shortcut[]): void {
  clear(dialog);
  dialog.append(
    h(
      'header',
      { class: 'tool-header' },
      h('h2', { text: t('shortcuts') }),
      h('button', {
        class: 'button small icon',
        text: '×',
        attrs: { 'aria-label': 'Close' },
        on: { click: () => dialog.close() },
      }),
    ),
    h(
      'dl',
      { class: 'shortcut-list' },
      ...shortcuts.flatMap((shortcut) => [
        h('dt', {}, h('kbd', { text: shortcut.keys })),
        h('dd', { text: t(shortcut.description) }),
      ]),
    ),
  );
}
