/**
 * The explorer end to end in a real browser: the four seed articles go through the real
 * ingest pipeline into a real Kùzu store, the real server serves the built client, and
 * Chromium (headless, software WebGL) drives it like a user would.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ingestDocument } from '../ingest/pipeline.ts';
import { createApp } from '../server/app.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { openStore } from '../store/open.ts';

const ROOT = join(import.meta.dirname, '..');
const CLIENT_DIR = join(ROOT, 'client');
const CLIENT_INDEX = join(CLIENT_DIR, 'dist', 'index.html');
const SEEDS = join(ROOT, '..', 'shared', 'seeds');
const CHROMIUM = '/usr/bin/chromium';
/** The README's picture is refreshed on request only, so a test run leaves the checkout clean. */
const README_SCREENSHOT = process.env.EVIGRAPH_UPDATE_SCREENSHOT
  ? join(ROOT, 'docs', 'screenshot.png')
  : undefined;
const VIEWPORT = { width: 1280, height: 800 };
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

const skip = !existsSync(CHROMIUM)
  ? `Chromium not found at ${CHROMIUM} (apt-get install chromium): browser tests skipped`
  : !existsSync(SEEDS)
    ? `seed articles not found at ${SEEDS}: browser tests skipped`
    : false;

/** Newest modification time under a folder, to tell whether the built client is stale. */
function newestMtime(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

function ensureClientBuilt(): void {
  const sourcesChanged = () =>
    Math.max(newestMtime(join(CLIENT_DIR, 'src')), statSync(join(CLIENT_DIR, 'index.html')).mtimeMs) >
    statSync(CLIENT_INDEX).mtimeMs;
  if (existsSync(CLIENT_INDEX) && !sourcesChanged()) return;
  const build = spawnSync('npx', ['vite', 'build', 'client'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(build.status, 0, `client build failed:\n${build.stdout}\n${build.stderr}`);
}

async function ingestSeeds(store: GraphStore): Promise<number> {
  const files = readdirSync(SEEDS)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  for (const name of files) {
    const path = join(SEEDS, name);
    const { batch } = ingestDocument({ uri: path, bytes: readFileSync(path), mediaType: 'text/plain' });
    await store.writeBatch(batch);
  }
  return files.length;
}

/**
 * Pixels of the graph area that are drawn (nodes, edges, labels) rather than background,
 * measured on a real screenshot: WebGL canvases cannot be read back once composited.
 */
async function drawnPixels(page: Page): Promise<number> {
  const hideOverlays = await page.addStyleTag({
    content: '.overlay, .inspector { visibility: hidden !important; }',
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

describe('explorer in Chromium over the seed articles', { skip }, () => {
  let workDir: string;
  let store: GraphStore;
  let server: Server;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  before(async () => {
    ensureClientBuilt();
    workDir = mkdtempSync(join(tmpdir(), 'evigraph-browser-'));
    store = await openStore(`kuzu:${join(workDir, 'store')}`);
    const ingested = await ingestSeeds(store);
    assert.equal(ingested, 4, 'the four seed articles');
    server = createApp(store, { logger: pino({ level: 'silent' }) }).listen(0, '127.0.0.1');
    await once(server, 'listening');
    const { port } = server.address() as AddressInfo;
    context = await chromium.launchPersistentContext(join(workDir, 'chromium-profile'), {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
      viewport: VIEWPORT,
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`http://127.0.0.1:${port}/`);
  });

  after(async () => {
    await context?.close();
    if (server) {
      server.close();
      server.closeAllConnections();
    }
    await store?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  test('draws the overview graph with its legend and counts', { timeout: 60_000 }, async (t) => {
    const shownNodes = page.getByTestId('shown-node-count');
    await page.waitForFunction(
      () => Number(document.querySelector('[data-testid="shown-node-count"]')?.textContent) > 0,
      undefined,
      { timeout: 30_000 },
    );
    assert.ok(Number(await shownNodes.textContent()) > 0);
    assert.match((await page.getByTestId('stats-documents').textContent()) ?? '', /^4\b/);
    assert.ok((await page.locator('.legend-types li').count()) > 0, 'legend lists the entity types drawn');
    // Let the layout spread the nodes before measuring what is drawn.
    await page.waitForTimeout(1500);
    const drawn = await drawnPixels(page);
    t.diagnostic(`${drawn} drawn pixels in the graph area`);
    assert.ok(drawn > 2000, `the graph canvas shows nodes and edges (${drawn} drawn pixels)`);
  });

  test(
    'search opens APT28, whose relation to the GRU has French and Arabic evidence',
    { timeout: 60_000 },
    async () => {
      await page.keyboard.press('/');
      await page.keyboard.type('APT28');
      const firstResult = page.getByTestId('search-result').first();
      await firstResult.waitFor({ timeout: 10_000 });
      assert.match((await firstResult.textContent()) ?? '', /APT\s?28/i);
      await page.keyboard.press('Enter');

      await page.getByTestId('node-panel').getByTestId('node-title').waitFor({ timeout: 10_000 });
      assert.match((await page.getByTestId('node-title').textContent()) ?? '', /APT\s?28/i);
      const toGru = page
        .getByTestId('relation')
        .filter({ has: page.locator('.row-name').filter({ hasText: /\bGRU\b/ }) });
      await toGru.first().waitFor({ timeout: 10_000 });
      const relationCount = await toGru.count();
      assert.ok(relationCount > 0, 'the node panel lists a relation to the GRU');

      // Open each relation to the GRU (a reported link and a suspected one are separate edges)
      // and gather the evidence shown.
      const evidence: Array<{ lang: string; direction: string; text: string }> = [];
      for (let index = 0; index < relationCount; index++) {
        await toGru.nth(index).click();
        const sentences = page.getByTestId('edge-panel').getByTestId('evidence-sentence');
        await sentences.first().waitFor({ timeout: 10_000 });
        evidence.push(
          ...(await sentences.evaluateAll((elements) =>
            elements.map((element) => ({
              lang: element.getAttribute('lang') ?? '',
              direction: getComputedStyle(element).direction,
              text: element.textContent ?? '',
            })),
          )),
        );
        if (index < relationCount - 1) {
          await page.keyboard.press('Escape');
          await toGru.first().waitFor();
        }
      }
      const french = evidence.filter((piece) => piece.lang === 'fr');
      const arabic = evidence.filter((piece) => piece.lang === 'ar');
      assert.ok(french.length > 0, `a French sentence supports it: ${JSON.stringify(evidence)}`);
      assert.ok(arabic.length > 0, `an Arabic sentence supports it: ${JSON.stringify(evidence)}`);
      assert.ok(
        arabic.every((piece) => piece.direction === 'rtl'),
        'Arabic evidence is laid out right to left',
      );
      assert.ok(french.every((piece) => piece.direction === 'ltr'));

      await page.waitForTimeout(500);
      const screenshot = README_SCREENSHOT ?? join(workDir, 'screenshot.png');
      await page.screenshot({ path: screenshot });
      assert.ok(statSync(screenshot).size > 10_000, 'screenshot written');
    },
  );

  test('Escape closes the panels and the page raised no errors', async () => {
    for (let presses = 0; presses < 10 && (await page.getByTestId('inspector').isVisible()); presses++) {
      await page.keyboard.press('Escape');
    }
    assert.equal(await page.getByTestId('inspector').isVisible(), false);
    assert.deepEqual(pageErrors, []);
  });
});
