/**
 * The explorer on a generated store of 10,000 entities (written directly as batches, so the
 * test spends its time in the browser, not in extraction): the start view is capped and says
 * how much more there is, search finds one entity among them (misspelt, too), and expanding a
 * hub shows a page of its neighbours with how many remain.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { BrowserContext, Page } from 'playwright-core';
import { LOOPBACK_HOSTS } from '../server/security.ts';
import { serve, type RunningServer } from '../server/serve.ts';
import { openStore } from '../store/open.ts';
import { WRITE_GROUP_SIZE } from '../store/graph-store.ts';
import { chromiumMissing, ensureClientBuilt, launchBrowser } from './browser-harness.ts';
import { ENTITIES, generatedBatches, HUBS, nameOf } from './generated-store.ts';

/** What the explorer exposes for tests (docs/explorer.md); typed here, as the other browser test declares more. */
interface Inspection {
  visibleNodes(): string[];
  state(): { selection?: { id: string } };
}

async function until(page: Page, check: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    if (await check()) return;
    await page.waitForTimeout(100);
  }
  assert.fail(`timed out waiting for: ${what}`);
}

const visibleNodes = (page: Page) =>
  page.evaluate(() => (window as unknown as { evigraph: Inspection }).evigraph.visibleNodes());

describe('explorer on a generated store of 10,000 entities', { skip: chromiumMissing }, () => {
  let workDir: string;
  let server: RunningServer;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  before(async () => {
    ensureClientBuilt();
    workDir = mkdtempSync(join(tmpdir(), 'evigraph-10k-'));
    const storeUri = `kuzu:${join(workDir, 'store')}`;
    const store = await openStore(storeUri);
    const batches = generatedBatches();
    for (let index = 0; index < batches.length; index += WRITE_GROUP_SIZE)
      await store.writeBatches(batches.slice(index, index + WRITE_GROUP_SIZE));
    assert.equal((await store.stats()).entities, ENTITIES);
    server = await serve(store, {
      storeUri,
      port: 0,
      host: '127.0.0.1',
      security: { allowedHosts: LOOPBACK_HOSTS },
      logger: pino({ level: 'silent' }),
    });
    ({ context, page } = await launchBrowser(join(workDir, 'chromium-profile')));
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  after(async () => {
    await context?.close();
    await server?.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  test('start view: capped, drawn, and says how many more of each type the store holds', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForFunction(
      () => typeof (window as unknown as { evigraph?: Inspection }).evigraph?.visibleNodes === 'function',
      undefined,
      {
        timeout: 30_000,
      },
    );
    const shown = await visibleNodes(page);
    assert.ok(shown.length >= 40 && shown.length <= 300, `a capped start view (${shown.length} entities)`);
    const more = await page.getByTestId('legend-more').allTextContents();
    assert.ok(more.length > 0, 'the legend says what the cap left out');
    const left = more.map((text) => Number(/\d[\d,  ]*/.exec(text)?.[0].replace(/\D/g, '') ?? 0));
    assert.ok(
      left.reduce((sum, count) => sum + count, 0) >= ENTITIES - 300,
      `the legend accounts for the rest (${more.join(' | ')})`,
    );
  });

  test('search finds one entity among 10,000, misspelt too, and puts it on the canvas', async () => {
    const target = nameOf(4321);
    const misspelt = target.replace(/^(\w)(\w)/, '$2$1');
    assert.notEqual(misspelt, target);
    const box = page.getByRole('combobox', { name: 'Search' });
    for (const query of [target, misspelt]) {
      await box.fill(query);
      await until(
        page,
        async () =>
          (await page.getByTestId('search-result').locator('.option-name').first().textContent()) === target,
        `"${query}" finds ${target} first`,
      );
    }
    await page.keyboard.press('Enter');
    await page.getByTestId('node-title').waitFor();
    const id = await page.evaluate(
      () => (window as unknown as { evigraph: Inspection }).evigraph.state().selection?.id,
    );
    assert.ok(id);
    await until(page, async () => (await visibleNodes(page)).includes(id), 'the entity is drawn');
  });

  test('expanding a hub shows one page of its neighbours and how many remain', async () => {
    const hub = nameOf(0);
    await page.getByRole('combobox', { name: 'Search' }).fill(hub);
    await until(
      page,
      async () =>
        (await page.getByTestId('search-result').locator('.option-name').first().textContent()) === hub,
      'the hub is found',
    );
    await page.keyboard.press('Enter');
    await page.getByTestId('node-title').filter({ hasText: hub }).waitFor();
    const before = (await visibleNodes(page)).length;
    await page.getByRole('button', { name: 'Expand' }).click();
    const more = page.getByRole('button', { name: 'Show more neighbours' });
    await more.waitFor();
    const remaining = Number(/\((\d+)\)/.exec((await more.textContent()) ?? '')?.[1]);
    assert.ok(remaining > 100, `a hub of ${ENTITIES / HUBS}-odd neighbours has many left (${remaining})`);
    await until(page, async () => (await visibleNodes(page)).length > before, 'neighbours drawn');
    const afterFirst = (await visibleNodes(page)).length;
    assert.ok(afterFirst - before <= 26, `one page of neighbours (${afterFirst - before} added)`);
    await more.click();
    await until(page, async () => (await visibleNodes(page)).length > afterFirst, 'the next page is drawn');
  });

  test('the page raised no errors', () => {
    assert.deepEqual(pageErrors, []);
  });
});
