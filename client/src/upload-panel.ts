/**
 * The Upload panel: drop files or a folder (or pick them), send them to the server, and
 * watch each document's outcome as the server reports it (NDJSON progress). When the run
 * ends the explorer reloads its overview, so new entities appear without reloading the page.
 */
import { clear, h } from './dom.ts';
import { t } from './i18n.ts';

/** Requests stay well under the server's 60 MB body limit (base64 adds a third). */
const BATCH_BYTES = 8 * 1024 * 1024;

interface Outcome {
  status: 'ingested' | 'skipped' | 'failed';
  uri: string;
  reason?: string;
  message?: string;
  entities?: number;
}

interface Row {
  uri: string;
  outcome?: Outcome;
}

export interface UploadInput {
  /** Called once a run has written something, to refresh what is shown. */
  ingested(): void;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let offset = 0; offset < bytes.length; offset += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(offset, offset + 0x8000));
  }
  return btoa(binary);
}

function isOutcome(value: unknown): value is Outcome {
  return typeof value === 'object' && value !== null && 'status' in value && 'uri' in value;
}

export class UploadPanel {
  readonly #input: UploadInput;
  #rows: Row[] = [];
  #done = 0;
  #running = false;
  #error: string | undefined;
  #element: HTMLElement | undefined;

  constructor(input: UploadInput) {
    this.#input = input;
  }

  render(element: HTMLElement): void {
    this.#element = element;
    clear(element);
    const files = h('input', {
      testid: 'upload-files',
      attrs: { type: 'file', multiple: '', 'aria-label': 'Choose files' },
      on: { change: () => void this.upload([...(files.files ?? [])]) },
    });
    const folder = h('input', {
      testid: 'upload-folder',
      attrs: { type: 'file', webkitdirectory: '', 'aria-label': 'Choose a folder' },
      on: { change: () => void this.upload([...(folder.files ?? [])]) },
    });
    const zone = h(
      'div',
      {
        class: 'drop-zone',
        testid: 'drop-zone',
        on: {
          dragover: (event) => {
            event.preventDefault();
            zone.classList.add('over');
          },
          dragleave: () => zone.classList.remove('over'),
          drop: (event) => {
            event.preventDefault();
            zone.classList.remove('over');
            void this.upload([...(event.dataTransfer?.files ?? [])]);
          },
        },
      },
      h('p', { text: t('dropHere') }),
      h('label', { class: 'button' }, t('chooseFiles'), files),
      h('label', { class: 'button' }, t('chooseFolder'), folder),
    );
    const total = this.#rows.length;
    element.append(
      h('header', { class: 'tool-header' }, h('h2', { text: t('uploadTool') })),
      zone,
      total > 0
        ? h(
            'p',
            { class: 'upload-progress' },
            h('progress', {
              attrs: { max: String(total), value: String(this.#done), 'aria-label': 'Upload progress' },
            }),
            h('span', { testid: 'upload-count', text: ` ${this.#done} / ${total}` }),
          )
        : '',
      this.#error ? h('p', { class: 'error', role: 'alert', text: this.#error }) : '',
      h(
        'ul',
        { class: 'upload-rows', testid: 'upload-rows' },
        ...this.#rows.map((row) =>
          h(
            'li',
            { testid: 'upload-row', attrs: { 'data-status': row.outcome?.status ?? 'waiting' } },
            h('span', {
              class: `badge upload-${row.outcome?.status ?? 'waiting'}`,
              text: t(row.outcome?.status ?? 'waiting'),
            }),
            h('span', { dir: 'auto', class: 'upload-uri', text: row.uri }),
            row.outcome?.status === 'ingested' && row.outcome.entities !== undefined
              ? h('span', {
                  class: 'muted',
                  text: ` · ${row.outcome.entities} ${t('docEntities').toLocaleLowerCase()}`,
                })
              : '',
            row.outcome?.reason || row.outcome?.message
              ? h('p', {
                  class: 'muted upload-message',
                  dir: 'auto',
                  text: row.outcome.reason ?? row.outcome.message ?? '',
                })
              : '',
          ),
        ),
      ),
    );
  }

  /** Sends the files in batches and follows the server's progress. */
  async upload(files: File[]): Promise<void> {
    if (files.length === 0 || this.#running) return;
    this.#running = true;
    this.#error = undefined;
    this.#rows = files.map((file) => ({ uri: file.webkitRelativePath || file.name }));
    this.#done = 0;
    this.#redraw();
    let wrote = false;
    try {
      for (const batch of batches(files)) {
        const documents = await Promise.all(
          batch.map(async (file) => ({
            uri: file.webkitRelativePath || file.name,
            content: base64(new Uint8Array(await file.arrayBuffer())),
            encoding: 'base64',
          })),
        );
        wrote = (await this.#send(documents)) || wrote;
      }
    } catch (error) {
      this.#error = `${t('loadFailed')}: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.#running = false;
      this.#redraw();
      if (wrote) this.#input.ingested();
    }
  }

  /** One request; returns whether any document was written. */
  async #send(documents: { uri: string; content: string; encoding: string }[]): Promise<boolean> {
    const response = await fetch('/api/documents', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/x-ndjson' },
      body: JSON.stringify({ documents }),
    });
    if (!response.ok || !response.body) {
      const body = (await response.json().catch(() => undefined)) as
        { error?: { message?: string } } | undefined;
      throw new Error(body?.error?.message ?? response.statusText);
    }
    let wrote = false;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (value) buffered += value;
      const lines = buffered.split('\n');
      buffered = done ? '' : (lines.pop() ?? '');
      for (const line of lines) {
        if (line.trim() === '') continue;
        const event = JSON.parse(line) as { type: string; outcome?: unknown; error?: { message?: string } };
        if (event.type === 'progress' && isOutcome(event.outcome)) {
          this.#record(event.outcome);
          if (event.outcome.status === 'ingested') wrote = true;
        } else if (event.type === 'error') {
          throw new Error(event.error?.message ?? 'the run broke off');
        }
      }
      if (done) return wrote;
    }
  }

  #record(outcome: Outcome): void {
    const row = this.#rows.find((candidate) => candidate.uri === outcome.uri && !candidate.outcome);
    if (row) row.outcome = outcome;
    else this.#rows.push({ uri: outcome.uri, outcome });
    this.#done++;
    this.#redraw();
  }

  #redraw(): void {
    if (this.#element && !this.#element.hidden) this.render(this.#element);
  }
}

function* batches(files: readonly File[]): Generator<File[]> {
  let batch: File[] = [];
  let bytes = 0;
  for (const file of files) {
    if (batch.length > 0 && bytes + file.size > BATCH_BYTES) {
      yield batch;
      batch = [];
      bytes = 0;
    }
    batch.push(file);
    bytes += file.size;
  }
  if (batch.length > 0) yield batch;
}
