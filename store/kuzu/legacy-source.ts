/**
 * A store written by Kùzu 0.11, read through a child process (legacy-dump.ts) so that this
 * process, which loads Ladybug, never loads the Kùzu library too (see engine.ts).
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { GraphBatch } from '../../graph-schema/model.ts';
import type { GraphJson } from '../../graph-schema/graph-json.ts';
import type { MigrationSource } from '../migrate.ts';

const DUMP = fileURLToPath(new URL('./legacy-dump.ts', import.meta.url));

async function* dumpLines(path: string, what: 'graph' | 'batches'): AsyncGenerator<unknown> {
  const child = spawn(process.execPath, [DUMP, path, what], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  try {
    for await (const line of createInterface({ input: child.stdout })) {
      if (line.length > 0) yield JSON.parse(line) as unknown;
    }
  } finally {
    if (child.exitCode === null) child.kill();
  }
  const code = await exited;
  if (code !== 0) {
    const reason = /Error: (.*)/.exec(stderr)?.[1] ?? stderr.trim();
    throw new Error(`could not read the Kùzu 0.11 store ${path}: ${reason || `exit code ${String(code)}`}`);
  }
}

export function legacyKuzuSource(path: string, uri: string): MigrationSource {
  return {
    uri,
    async *exportBatches() {
      for await (const value of dumpLines(path, 'batches')) yield value as GraphBatch;
    },
    async exportGraph() {
      for await (const value of dumpLines(path, 'graph')) return value as GraphJson;
      throw new Error(`the Kùzu 0.11 store ${path} gave no graph`);
    },
  };
}
