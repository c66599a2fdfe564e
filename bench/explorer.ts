/**
 * The explorer's first picture, timed in Chromium against `evigraph serve` over a store of a
 * given number of entities. Nothing in the client is asked to cooperate: a script injected
 * before the page loads notes when WebGL draws (sigma draws nodes and edges with WebGL), so
 *
 * - first draw is the time from navigation to the first draw call that draws something;
 * - layout settled is the time of the last draw before the canvas stays still for QUIET_MS
 *   (the layout moves nodes every frame; sigma draws nothing while nothing changes).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium.ts';

const ROOT = join(import.meta.dirname, '..');
const QUIET_MS = 1500;
const SETTLE_TIMEOUT_MS = 60_000;

declare global {
  interface Window {
    benchDraws?: { first: number; last: number; calls: number };
  }
}

/**
 * Wraps every WebGL draw call of the page; runs in the page before any of its scripts. Plain
 * JavaScript in a string: a compiled function could carry helpers of the TypeScript loader
 * that the page does not have.
 * drawArrays*(mode, first, count, ...), drawElements*(mode, count, ...); instanced: the last
 * argument is the number of instances.
 */
const INSTRUMENT_WEBGL = `
for (const context of [WebGLRenderingContext, WebGL2RenderingContext]) {
  for (const name of ['drawArrays', 'drawElements', 'drawArraysInstanced', 'drawElementsInstanced']) {
    const original = context.prototype[name];
    if (!original) continue;
    const countAt = name.startsWith('drawArrays') ? 2 : 1;
    const instanced = name.endsWith('Instanced');
    context.prototype[name] = function (...args) {
      const count = Math.min(args[countAt] ?? 0, instanced ? (args[args.length - 1] ?? 0) : 1);
      if (count > 0) {
        const now = performance.now();
        const draws = (window.benchDraws ??= { first: now, last: now, calls: 0 });
        draws.last = now;
        draws.calls++;
      }
      return original.apply(this, args);
    };
  }
}`;

/** Builds the client when its bundle is missing or older than its sources. */
export function ensureClientBuilt(): void {
  const client = join(ROOT, 'client');
  const index = join(client, 'dist', 'index.html');
  const newest = (path: string): number => {
    const stats = statSync(path);
    if (!stats.isDirectory()) return stats.mtimeMs;
    return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
  };
  if (existsSync(index) && newest(join(client, 'src')) <= statSync(index).mtimeMs) return;
  const build = spawnSync('npx', ['vite', 'build', 'client'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`client build failed:\n${build.stdout}\n${build.stderr}`);
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** `evigraph serve` over the store, in a process of its own as a user would run it. */
export class ExplorerServer {
  readonly url: string;
  private readonly child: ChildProcess;

  private constructor(child: ChildProcess, url: string) {
    this.child = child;
    this.url = url;
  }

  static async start(storePath: string): Promise<ExplorerServer> {
    const port = await freePort();
    const child = spawn(
      process.execPath,
      [join(ROOT, 'bin', 'evigraph.mjs'), 'serve', '--store', `kuzu:${storePath}`, '--port', String(port)],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let errors = '';
    child.stderr?.on('data', (chunk: Buffer) => (errors = (errors + chunk.toString()).slice(-4000)));
    const server = new ExplorerServer(child, `http://127.0.0.1:${port}/`);
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`evigraph serve exited:\n${errors}`);
      try {
        if ((await fetch(`${server.url}api/health`)).ok) return server;
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    await server.stop();
    throw new Error(`evigraph serve did not answer within a minute:\n${errors}`);
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null) return;
    this.child.kill('SIGTERM');
    await once(this.child, 'exit');
  }
}

export interface ExplorerTiming {
  firstDrawMs: number;
  settledMs: number;
  /** 1 when the canvas never stayed still within the time allowed (settledMs is then that limit). */
  settleTimedOut: number;
  /** What the client says it shows, when it says so. */
  nodesShown: number;
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** One cold page load (fresh context: no cache) timed to first draw and to stillness. */
export async function timeExplorer(browser: Browser, url: string): Promise<ExplorerTiming> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript({ content: INSTRUMENT_WEBGL });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => window.benchDraws !== undefined, undefined, {
      timeout: SETTLE_TIMEOUT_MS,
    });
    const started = Date.now();
    let settleTimedOut = 0;
    for (;;) {
      const quiet = await page.evaluate(() => performance.now() - (window.benchDraws?.last ?? 0));
      if (quiet >= QUIET_MS) break;
      if (Date.now() - started > SETTLE_TIMEOUT_MS) {
        settleTimedOut = 1;
        break;
      }
      await page.waitForTimeout(Math.max(100, QUIET_MS - quiet));
    }
    const draws = await page.evaluate(() => window.benchDraws);
    const shown = await page
      .locator('[data-testid="shown-node-count"]')
      .first()
      .textContent({ timeout: 1000 })
      .catch(() => null);
    return {
      firstDrawMs: draws?.first ?? Number.NaN,
      settledMs: settleTimedOut ? SETTLE_TIMEOUT_MS : (draws?.last ?? Number.NaN),
      settleTimedOut,
      nodesShown: Number(shown ?? Number.NaN),
    };
  } finally {
    await context.close();
  }
}
