/**
 * The `evigraph` command as a user runs it: a child process of this Node, its output
 * collected, for the tests of the CLI.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';

export const BIN = join(import.meta.dirname, '..', 'bin', 'evigraph.mjs');

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

/** The address `serve` prints once it listens. */
export async function serverUrl(server: ChildProcess): Promise<string> {
  let output = '';
  let errors = '';
  server.stderr?.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${errors}`)), 60_000);
    server.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      const match = /at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    server.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}: ${errors}`));
    });
  });
}
