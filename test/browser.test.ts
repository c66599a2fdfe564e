/**
 * The explorer end to end in a real browser: the four seed articles go through the real
 * ingest pipeline into a real Kùzu store, the real server serves the built client, and
 * Chromium (headless, software WebGL) drives it like a user would.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { BrowserContext, Page } from 'playwright-core';
import { ingestDocument } from '../ingest/pipeline.ts';
import { createApp } from '../server/app.ts';
import type { GraphStore } from '../store/graph-store.ts';
import { openStore } from '../store/open.ts';
import { chromiumMissing, drawnPixels, ensureClientBuilt, launchBrowser, ROOT } from './browser-harness.ts';

const SEEDS = join(ROOT, '..', 'shared', 'seeds');
/** The README's picture is refreshed on request only, so a test run leaves the checkout clean. */
const README_SCREENSHOT = process.env.EVIGRAPH_UPDATE_SCREENSHOT
  ? join(ROOT, 'docs', 'screenshot.png')
  : undefined;

const skip =
  chromiumMissing ||
  (!existsSync(SEEDS) ? `seed articles not found at ${SEEDS}: browser tests skipped` : false);

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
    ({ context, page } = await launchBrowser(join(workDir, 'chromium-profile')));
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
