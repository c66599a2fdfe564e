/**
 * The console's editor: CodeMirror 6 with the Cypher mode of @codemirror/legacy-modes
 * (keywords, strings, labels, relation types), undo within the text, Ctrl/Cmd+Enter to run,
 * Alt+Up / Alt+Down through earlier queries, and an error marked where the engine says it is.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { defaultHighlightStyle, StreamLanguage, syntaxHighlighting } from '@codemirror/language';
import { cypher } from '@codemirror/legacy-modes/mode/cypher';
import { diagnosticCount, lintGutter, setDiagnostics } from '@codemirror/lint';
import { EditorState, Prec } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';

export interface EditorActions {
  run(): void;
  /** Step through earlier queries: -1 older, +1 newer. */
  recall(step: -1 | 1): void;
}

export class CypherEditor {
  readonly view: EditorView;

  constructor(parent: HTMLElement, initial: string, actions: EditorActions) {
    this.view = new EditorView({
      parent,
      state: EditorState.create({
        doc: initial,
        extensions: [
          history(),
          StreamLanguage.define(cypher),
          syntaxHighlighting(defaultHighlightStyle),
          lintGutter(),
          placeholder('MATCH (n) RETURN n LIMIT 25'),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({
            'aria-label': 'Cypher',
            'data-testid': 'cypher-input',
            dir: 'ltr',
          }),
          Prec.high(
            keymap.of([
              { key: 'Mod-Enter', run: () => (actions.run(), true) },
              { key: 'Alt-ArrowUp', run: () => (actions.recall(-1), true) },
              { key: 'Alt-ArrowDown', run: () => (actions.recall(1), true) },
            ]),
          ),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          // Editing the text makes an old error mark wrong.
          EditorView.updateListener.of((update) => {
            // A view cannot be updated from inside an update: clear once this one is done.
            if (update.docChanged && diagnosticCount(update.state) > 0)
              queueMicrotask(() => this.clearError());
          }),
        ],
      }),
    });
  }

  get text(): string {
    return this.view.state.doc.toString();
  }

  set text(value: string) {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: value } });
  }

  focus(): void {
    this.view.focus();
  }

  /** Marks the word at a 1-based line and column (clamped into the text) as the error. */
  markError(line: number, column: number, message: string): void {
    const { doc } = this.view.state;
    const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
    const from = Math.min(target.from + Math.max(column - 1, 0), target.to);
    const word = /^[\w$]+/.exec(doc.sliceString(from, target.to))?.[0].length ?? 0;
    const to = Math.min(from + Math.max(word, 1), doc.length);
    this.view.dispatch(setDiagnostics(this.view.state, [{ from, to, severity: 'error', message }]));
  }

  clearError(): void {
    this.view.dispatch(setDiagnostics(this.view.state, []));
  }
}
