/**
 * The `evigraph` command as a user runs it: a child process of this Node, its output
 * collected, for the tests of the CLI.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

const BIN = join(import.meta.dirname, '..', 'bin', 'evigraph.mjs');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `evigraph ARGS` in `cwd`, with extra environment variables. */
export async function evigraph(
  args: string[],
  cwd: string,
  environment: Record<string, string> = {},
): Promise<Run> {
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const [code] = (await once(child, 'close')) as [number | null];
  return { code, stdout, stderr };
}
