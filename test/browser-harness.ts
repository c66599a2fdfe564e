/**
 * What the browser tests share: the built client, Chromium launched the way CI runs it, a
 * real server over a real store, and a measure of what the canvas draws.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS } from '../bench/chromium.ts';

export const ROOT = join(import.meta.dirname, '..');
const CLIENT_DIR = join(ROOT, 'client');
const CLIENT_INDEX = join(CLIENT_DIR, 'dist', 'index.html');
export const VIEWPORT = { width: 1280, height: 800 };

export const chromiumMissing = existsSync(CHROMIUM)
  ? false
  : `Chromium not found at ${CHROMIUM} (apt-get install chromium): browser tests skipped`;

/** Newest modification time under a folder, to tell whether the built client is stale. */
function newestMtime(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

export function ensureClientBuilt(): void {
  const sourcesChanged = () =>
    Math.max(newestMtime(join(CLIENT_DIR, 'src')), statSync(join(CLIENT_DIR, 'index.html')).mtimeMs) >
    statSync(CLIENT_INDEX).mtimeMs;
  if (existsSync(CLIENT_INDEX) && !sourcesChanged()) return;
  const build = spawnSync('npx', ['vite', 'build', 'client'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(build.status, 0, `client build failed:\n${build.stdout}\n${build.stderr}`);
}

export async function launchBrowser(profileDir: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/**
 * Pixels of the graph area that are drawn (nodes, edges, labels) rather than background,
 * measured on a real screenshot: WebGL canvases cannot be read back once composited.
 */
export async function drawnPixels(page: Page): Promise<number> {
  const hideOverlays = await page.addStyleTag({
    content: '.overlay, .inspector, .tool-panel { visibility: hidden !important; }',
  });
  const png = await page.locator('#graph').screenshot();
  await hideOverlays.evaluate((element) => (element as Element).remove());
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let drawn = 0;
    for (let index = 0; index < data.length; index += 4) {
      const r = data[index] ?? 0;
      const g = data[index + 1] ?? 0;
      const b = data[index + 2] ?? 0;
      // The background is a near-white grey: anything coloured or dark was drawn.
      if (Math.max(r, g, b) - Math.min(r, g, b) > 40 || Math.max(r, g, b) < 150) drawn++;
    }
    return drawn;
  }, png.toString('base64'));
}

/** The graph area as RGBA pixels (device pixels), read from a real screenshot. */
async function graphPixels(page: Page): Promise<{ data: Buffer; width: number; scale: number }> {
  const hideOverlays = await page.addStyleTag({
    content: '.overlay, .inspector, .tool-panel { visibility: hidden !important; }',
  });
  const png = await page.locator('#graph').screenshot();
  await hideOverlays.evaluate((element) => (element as Element).remove());
  const decoded = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let binary = '';
    for (let offset = 0; offset < data.length; offset += 0x8000) {
      binary += String.fromCharCode(...data.subarray(offset, offset + 0x8000));
    }
    const cssWidth = document.getElementById('graph')?.clientWidth ?? bitmap.width;
    return { base64: btoa(binary), width: bitmap.width, scale: bitmap.width / cssWidth };
  }, png.toString('base64'));
  return { data: Buffer.from(decoded.base64, 'base64'), width: decoded.width, scale: decoded.scale };
}

/**
 * For each pixel step along the straight line from `a` to `b` (graph-area CSS pixels),
 * whether a pixel of the given colour lies within `reach` pixels across the line.
 */
export async function colourAlong(
  page: Page,
  a: { x: number; y: number },
  b: { x: number; y: number },
  colour: { r: number; g: number; b: number },
  reach = 5,
): Promise<boolean[]> {
  const { data, width, scale } = await graphPixels(page);
  const length = Math.hypot(b.x - a.x, b.y - a.y);
  const [ux, uy] = [(b.x - a.x) / length, (b.y - a.y) / length];
  const matches = (x: number, y: number) => {
    const index = (Math.round(y * scale) * width + Math.round(x * scale)) * 4;
    const [r, g, bl] = [data[index] ?? 0, data[index + 1] ?? 0, data[index + 2] ?? 0];
    return Math.abs(r - colour.r) + Math.abs(g - colour.g) + Math.abs(bl - colour.b) < 60;
  };
  const hits: boolean[] = [];
  for (let step = 0; step <= length; step++) {
    let hit = false;
    for (let across = -reach; across <= reach && !hit; across++) {
      hit = matches(a.x + ux * step - uy * across, a.y + uy * step + ux * across);
    }
    hits.push(hit);
  }
  return hits;
}
