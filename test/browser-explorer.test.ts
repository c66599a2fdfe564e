/**
 * The explorer's workbench features in real Chromium over our own sample corpus, served by
 * the real server from a real store: the start view, names and states, canvas control with
 * undo and redo, the permalink, filters, exports and the shortcut sheet.
 * With EVIGRAPH_UPDATE_SCREENSHOTS=1 it refreshes the pictures in docs/screenshots/.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { BrowserContext, Page } from 'playwright-core';
import { LOOPBACK_HOSTS } from '../server/security.ts';
import { serve, type RunningServer } from '../server/serve.ts';
import { openStore } from '../store/open.ts';
import type { GraphJson, GraphPreviewEdge } from '../graph-schema/graph-json.ts';
import { attestationCost } from '../client/src/state/paths.ts';
import { chromiumMissing, colourAlong, ensureClientBuilt, launchBrowser, ROOT } from './browser-harness.ts';

/** The denial colour (rgba(194, 24, 91, 0.85)) over the canvas background. */
const DENIAL_ON_BACKGROUND = { r: 202, g: 57, b: 115 };

/** The articles of data/samples, which a fresh start loads: every file beside a gold file. */
function sampleArticleCount(): number {
  const root = join(ROOT, 'data', 'samples');
  return readdirSync(root).reduce(
    (sum, lang) => sum + readdirSync(join(root, lang)).filter((file) => file.endsWith('.gold.json')).length,
    0,
  );
}

const SCREENSHOTS = process.env.EVIGRAPH_UPDATE_SCREENSHOTS ? join(ROOT, 'docs', 'screenshots') : undefined;

interface DrawnNode {
  id: string;
  color: string;
  size: number;
  x: number;
  y: number;
  fixed: boolean;
  entityType: string;
}
interface DrawnEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  modality: string;
  curvature: number;
  size: number;
  sourceCount: number;
  color: string;
}
interface Inspection {
  state(): { selection?: { id: string }; pinned: string[]; filters: { minSources: number } };
  visibleNodes(): string[];
  drawnNodes(): DrawnNode[];
  drawnEdges(): DrawnEdge[];
  nodeOnScreen(id: string): { x: number; y: number } | undefined;
}
declare global {
  interface Window {
    evigraph: Inspection;
  }
}

const visibleNodes = (page: Page) => page.evaluate(() => window.evigraph.visibleNodes().sort());
const drawnNodes = (page: Page) => page.evaluate(() => window.evigraph.drawnNodes());
const drawnEdges = (page: Page) => page.evaluate(() => window.evigraph.drawnEdges());
const shownCount = async (page: Page) => Number(await page.getByTestId('shown-node-count').textContent());

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(() => typeof window.evigraph?.visibleNodes === 'function', undefined, {
    timeout: 30_000,
  });
}

async function screenshot(page: Page, name: string): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

/** Waits until what is shown satisfies `check` (the canvas updates after fetching). */
async function until(page: Page, check: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await check()) return;
    await page.waitForTimeout(100);
  }
  assert.fail(`timed out waiting for: ${what}`);
}

describe('explorer workbench in Chromium over the samples', { skip: chromiumMissing }, () => {
  let workDir: string;
  let server: RunningServer;
  let emptyServer: RunningServer;
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  before(async () => {
    ensureClientBuilt();
    workDir = mkdtempSync(join(tmpdir(), 'evigraph-explorer-'));
    const logger = pino({ level: 'silent' });
    const storeUri = `kuzu:${join(workDir, 'store')}`;
    server = await serve(await openStore(storeUri), {
      storeUri,
      port: 0,
      host: '127.0.0.1',
      security: { allowedHosts: LOOPBACK_HOSTS },
      logger,
      samples: { onProgress: () => undefined, onDone: () => undefined },
    });
    const emptyUri = `kuzu:${join(workDir, 'empty')}`;
    emptyServer = await serve(await openStore(emptyUri), {
      storeUri: emptyUri,
      port: 0,
      host: '127.0.0.1',
      security: { allowedHosts: LOOPBACK_HOSTS },
      logger,
    });
    ({ context, page } = await launchBrowser(join(workDir, 'chromium-profile')));
    page.on('pageerror', (error) => pageErrors.push(error.message));
  });

  after(async () => {
    await context?.close();
    await server?.stop();
    await emptyServer?.stop();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  test('start view: laid out before it is drawn, isolated entities hidden, caps say "N more"', async () => {
    await page.goto(`${server.url}/`);
    await ready(page);
    assert.equal(await page.getByTestId('loading').isVisible(), false);
    assert.equal(await page.getByTestId('empty-store').isVisible(), false);
    const nodes = await drawnNodes(page);
    const edges = await drawnEdges(page);
    assert.ok(nodes.length > 20, `a start view is drawn (${nodes.length} nodes)`);
    // No entity without a drawn relation, and the legend says how many were left out.
    const ends = new Set(edges.flatMap((edge) => [edge.source, edge.target]));
    assert.deepEqual(
      nodes.filter((node) => !ends.has(node.id)).map((node) => node.id),
      [],
      'every drawn entity has a drawn relation',
    );
    await page.getByText(/entities without drawn relations hidden/).waitFor();
    assert.ok(
      (await page.getByTestId('legend-more').count()) > 0,
      'the legend says how many of a type are not shown',
    );
    // The first picture is already laid out: the layout is not running and nothing moves.
    assert.equal(await page.getByRole('button', { name: 'Layout' }).getAttribute('aria-pressed'), 'false');
    await page.waitForTimeout(1000);
    assert.deepEqual(await drawnNodes(page), nodes, 'nodes stay where the first frame put them');
    await screenshot(page, 'start-view');

    const before = await shownCount(page);
    await page.getByTestId('show-isolated').click();
    await until(page, async () => (await shownCount(page)) > before, 'isolated entities shown on request');
    assert.match(page.url(), /isolated=1/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await until(page, async () => (await shownCount(page)) === before, 'undo hides them again');
  });

  test('the answers the first picture waits for are preloaded, and each asked for once', async () => {
    await page.goto(`${server.url}/`);
    await ready(page);
    const paths = ['/api/graph?limit=300&edges=summary', '/api/schema', '/api/stats', '/api/documents'];
    await page.waitForFunction(
      (urls) => urls.every((url) => performance.getEntriesByName(url).length > 0),
      paths.map((path) => `${server.url}${path}`),
    );
    const initiators = await page.evaluate(
      (urls) =>
        urls.map((url) =>
          (performance.getEntriesByName(url) as PerformanceResourceTiming[]).map(
            (entry) => entry.initiatorType,
          ),
        ),
      paths.map((path) => `${server.url}${path}`),
    );
    // A preload the page does not take over shows as a second request, made by fetch.
    assert.deepEqual(
      initiators,
      paths.map(() => ['link']),
      paths.join(', '),
    );
  });

  test('the first picture does not wait for the list of documents, and a dated link needs it neither', async () => {
    let release = (): void => undefined;
    await page.route('**/api/documents', async (route) => {
      await new Promise<void>((resolve) => (release = resolve));
      // A request held past the page's next navigation is already cancelled when let go.
      await route.continue().catch(() => undefined);
    });
    try {
      await page.goto(`${server.url}/`);
      await ready(page);
      assert.ok((await drawnEdges(page)).length > 0, 'drawn while the documents are still on their way');
      release();

      // Relations carry the days of their documents: a date range applies before the list arrives.
      await page.goto(`${server.url}/?dates=1900-01-01..`);
      await ready(page);
      // The samples carry no dates, and a date range asks for documents known to fit.
      assert.equal((await drawnEdges(page)).length, 0, 'the range is applied without the list');
    } finally {
      release();
      await page.unroute('**/api/documents');
    }
    // The tests after this one go on from the page it leaves: the plain start view, unfiltered.
    await page.goto(`${server.url}/`);
    await ready(page);
  });

  test('every panel and control has its English accessible name, whatever the interface language', async () => {
    const names = [
      'Search',
      'Filters',
      'Documents',
      'Paths',
      'Export',
      'Cypher console',
      'Undo',
      'Redo',
      'Layout',
      'Legend',
    ];
    const find = (name: string) => page.getByLabel(name, { exact: true });
    for (const name of names) assert.ok((await find(name).count()) > 0, `"${name}" can be found`);
    const filtersText = await page.getByRole('button', { name: 'Filters' }).textContent();
    await page.locator('[data-language="fr"]').click();
    await until(
      page,
      async () => (await page.getByRole('button', { name: 'Filters' }).textContent()) !== filtersText,
      'French labels',
    );
    assert.match((await page.getByRole('button', { name: 'Filters' }).textContent()) ?? '', /Filtres/);
    for (const name of names)
      assert.ok((await find(name).count()) > 0, `"${name}" can still be found in French`);
    await page.locator('[data-language="ar"]').click();
    await until(
      page,
      async () => (await page.locator('html').getAttribute('dir')) === 'rtl',
      'Arabic is right to left',
    );
    await screenshot(page, 'arabic-interface');
    await page.locator('[data-language="en"]').click();
  });

  test('expand, pin, keep only, dismiss; undo and redo with the keyboard; the permalink reopens the view', async () => {
    await page.getByRole('combobox', { name: 'Search' }).fill('APT28');
    const first = page.getByTestId('search-result').first();
    await first.waitFor();
    await page.keyboard.press('Enter');
    await page.getByTestId('node-title').waitFor();
    const apt28 = await page.evaluate(() => window.evigraph.state().selection?.id);
    assert.ok(apt28, 'the chosen entity is selected');
    assert.match(page.url(), new RegExp(`node=${apt28}`));
    await until(page, async () => (await visibleNodes(page)).includes(apt28), 'the entity is drawn');

    await page.getByTestId('keep-only').click();
    await until(page, async () => (await visibleNodes(page)).length === 1, 'only the selection is left');
    assert.deepEqual(await visibleNodes(page), [apt28]);
    assert.match(page.url(), /start=0/);

    await page.getByTestId('expand').click();
    await until(page, async () => (await visibleNodes(page)).length > 1, 'neighbours shown');
    assert.match(page.url(), new RegExp(`expand=${apt28}`));
    const expandedView = await visibleNodes(page);

    await page.getByTestId('pin').click();
    await until(
      page,
      async () => (await drawnNodes(page)).find((node) => node.id === apt28)?.fixed === true,
      'pinned',
    );
    assert.match(page.url(), /pin=/);

    await page.locator('body').click({ position: { x: 640, y: 790 } });
    await page.keyboard.press('Control+z');
    await until(
      page,
      async () => (await drawnNodes(page)).find((node) => node.id === apt28)?.fixed === false,
      'undo unpins',
    );
    await page.keyboard.press('Control+z');
    await until(page, async () => (await visibleNodes(page)).length === 1, 'undo folds the expansion');
    await page.keyboard.press('Control+Shift+Z');
    await until(
      page,
      async () => (await visibleNodes(page)).length === expandedView.length,
      'redo expands again',
    );
    assert.deepEqual(await visibleNodes(page), expandedView);
    await page.keyboard.press('Control+Shift+Z');
    await until(
      page,
      async () => (await drawnNodes(page)).find((node) => node.id === apt28)?.fixed === true,
      'redo pins',
    );

    // The permalink reproduces the view in a fresh page.
    const link = page.url();
    const other = await context.newPage();
    await other.goto(link);
    await ready(other);
    await until(
      other,
      async () => (await visibleNodes(other)).length === expandedView.length,
      'the link shows the same view',
    );
    assert.deepEqual(await visibleNodes(other), expandedView);
    assert.equal(await other.evaluate(() => window.evigraph.state().selection?.id), apt28);
    assert.deepEqual(await other.evaluate(() => window.evigraph.state().pinned), [apt28]);
    await other.getByTestId('node-title').waitFor();
    await other.close();

    await page.getByTestId('dismiss').click();
    await until(page, async () => !(await visibleNodes(page)).includes(apt28), 'dismissed');
    assert.match(page.url(), new RegExp(`dismiss=${apt28}`));
    await page.getByRole('button', { name: 'Undo' }).click();
    await until(page, async () => (await visibleNodes(page)).includes(apt28), 'undo brings it back');
  });

  test('parallel relations are curved apart, denials dashed in their own colour, thickness by documents', async (t) => {
    await page.goto(`${server.url}/?isolated=1`);
    await ready(page);
    const edges = await drawnEdges(page);
    const denials = edges.filter((edge) => edge.modality === 'denied');
    assert.ok(denials.length > 0, 'the samples report denials');
    assert.ok(denials.every((edge) => edge.type === 'dashed'));
    const others = edges.filter((edge) => edge.modality !== 'denied');
    assert.ok(others.every((edge) => edge.type !== 'dashed'));
    assert.equal(new Set(denials.map((edge) => edge.color)).size, 1, 'one colour for every denial');
    assert.ok(!others.some((edge) => edge.color === denials[0]?.color));
    const pairs = new Map<string, DrawnEdge[]>();
    for (const edge of edges) {
      const key = [edge.source, edge.target].sort().join(' ');
      pairs.set(key, [...(pairs.get(key) ?? []), edge]);
    }
    const parallel = [...pairs.values()].filter((group) => group.length > 1);
    assert.ok(parallel.length > 0, 'the samples have entity pairs with several relations');
    for (const group of parallel) {
      // Curvature is relative to each edge's direction: compare in one orientation.
      const bends = group.map((edge) => (edge.source < edge.target ? edge.curvature : -edge.curvature));
      assert.equal(
        new Set(bends).size,
        group.length,
        `relations of one pair are drawn apart: ${JSON.stringify(group)}`,
      );
    }
    // The longest lone denial on screen is drawn, in dashes: its colour shows along the line,
    // with gaps. Sampled away from the middle, where its label is written in the same colour.
    const onScreen: { a: { x: number; y: number }; b: { x: number; y: number } }[] = [];
    for (const edge of denials) {
      if ((pairs.get([edge.source, edge.target].sort().join(' ')) ?? []).length > 1) continue;
      const a = await page.evaluate((id) => window.evigraph.nodeOnScreen(id), edge.source);
      const b = await page.evaluate((id) => window.evigraph.nodeOnScreen(id), edge.target);
      if (a && b) onScreen.push({ a, b });
    }
    const span = ({ a, b }: { a: { x: number; y: number }; b: { x: number; y: number } }) =>
      Math.hypot(b.x - a.x, b.y - a.y);
    const longest = onScreen.sort((x, y) => span(y) - span(x))[0];
    assert.ok(
      longest && span(longest) > 50,
      `a lone denial long enough to measure (${longest ? Math.round(span(longest)) : 0} px)`,
    );
    // A lone denial keeps a slight bend (the dashed program cannot draw a straight line): over
    // the stretch sampled the curve leaves the chord by up to a twentieth of its length.
    const bend = Math.ceil(span(longest) / 20);
    const along = await colourAlong(page, longest.a, longest.b, DENIAL_ON_BACKGROUND, 5 + bend);
    const stretch = along.slice(Math.floor(along.length * 0.1), Math.ceil(along.length * 0.4));
    const shown = stretch.filter(Boolean).length / stretch.length;
    // Dashes: coloured runs with gaps between. Counted as runs, not only as a share, because a
    // node or a label drawn over part of the stretch hides some dashes without making it solid.
    const dashes = stretch.filter((hit, index) => hit && !stretch[index - 1]).length;
    t.diagnostic(
      `lone denial: ${Math.round(span(longest))} px, ${Math.round(shown * 100)}% coloured, ${dashes} dashes`,
    );
    assert.ok(
      shown > 0.15 && shown < 0.95 && dashes >= 2,
      `the denial is drawn dashed (${Math.round(shown * 100)}% of a stretch, ${dashes} dashes)`,
    );
    const bySources = [...edges].sort((a, b) => a.sourceCount - b.sourceCount);
    for (let index = 1; index < bySources.length; index++) {
      const [previous, current] = [bySources[index - 1], bySources[index]];
      if (previous && current) assert.ok(current.size >= previous.size, 'more documents, thicker edge');
    }
    await screenshot(page, 'all-entities');
  });

  test('filters are typed entries in the address bar and undoable', async () => {
    await page.goto(`${server.url}/`);
    await ready(page);
    const all = await drawnEdges(page);
    assert.ok(all.some((edge) => edge.sourceCount < 2));
    await page.getByRole('button', { name: 'Filters' }).click();
    await page.getByTestId('filter-min-sources').fill('2');
    await page.getByTestId('filter-min-sources').press('Enter');
    await until(page, async () => page.url().includes('minSources=2'), 'the filter is in the address');
    await until(
      page,
      async () => (await drawnEdges(page)).every((edge) => edge.sourceCount >= 2),
      'only well-sourced relations drawn',
    );
    assert.match((await page.getByRole('button', { name: 'Filters' }).textContent()) ?? '', /\(1\)/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await until(page, async () => (await drawnEdges(page)).length === all.length, 'undo lifts the filter');

    await page.getByTestId('filter-modality-denied').uncheck();
    await until(
      page,
      async () => (await drawnEdges(page)).every((edge) => edge.modality !== 'denied'),
      'denials hidden',
    );
    assert.match(page.url(), /hideModalities=denied/);
    await screenshot(page, 'filters');
    await page.getByRole('button', { name: 'Clear' }).click();
    await until(page, async () => (await drawnEdges(page)).length === all.length, 'cleared');
    await page.getByTestId('hide-weak').check();
    await until(
      page,
      async () =>
        (await drawnEdges(page)).every((edge) => edge.modality !== 'denied' && edge.modality !== 'suspected'),
      'suspected and denied claims hidden',
    );
    assert.match(page.url(), /hideModalities=denied%2Csuspected|hideModalities=denied,suspected/);
    await page.getByRole('button', { name: 'Clear' }).click();

    await page.keyboard.press('Escape');
    const type = await page.getByTestId('legend-type').first().getAttribute('data-type');
    assert.ok(type);
    await page.getByTestId('legend-type').first().getByRole('button').click();
    await until(
      page,
      async () => (await drawnNodes(page)).every((node) => node.entityType !== type),
      `${type} hidden`,
    );
    assert.match(page.url(), new RegExp(`hideTypes=${type}`));
    await page.keyboard.press('Escape');
  });

  test('exports: the view as PNG and graph-json, the whole graph as GEXF and STIX', async () => {
    await page.goto(`${server.url}/`);
    await ready(page);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const pngBytes = readFileSync(await png.path());
    assert.deepEqual([...pngBytes.subarray(1, 4)], [...Buffer.from('PNG')]);
    assert.ok(pngBytes.length > 10_000, `a real picture (${pngBytes.length} bytes)`);
    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-view-json').click(),
    ]);
    const view = JSON.parse(readFileSync(await json.path(), 'utf8')) as GraphJson;
    assert.equal(view.nodes.length, (await drawnNodes(page)).length);
    assert.equal(view.edges.length, (await drawnEdges(page)).length);
    assert.ok(view.documents.length > 0);
    // The canvas holds summaries; the export is lossless: every relation with its sentences.
    assert.ok(
      view.edges.every((edge) => edge.evidence.length > 0 && edge.evidence.every((piece) => piece.text)),
    );
    const [gexf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export whole graph as GEXF' }).click(),
    ]);
    assert.match(readFileSync(await gexf.path(), 'utf8').slice(0, 200), /<gexf/);
    const [stix] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export whole graph as STIX 2.1' }).click(),
    ]);
    const bundle = JSON.parse(readFileSync(await stix.path(), 'utf8')) as {
      type: string;
      objects: unknown[];
    };
    assert.equal(bundle.type, 'bundle');
    assert.ok(bundle.objects.length > 0);
    await screenshot(page, 'export');
    await page.keyboard.press('Escape');
  });

  test('documents: sortable, searchable list; a document read with mentions; evidence opens in its document', async () => {
    await page.goto(`${server.url}/`);
    await ready(page);
    await page.getByRole('button', { name: 'Documents' }).click();
    const rows = page.getByTestId('document-row');
    await rows.first().waitFor();
    const total = await rows.count();
    assert.equal(total, sampleArticleCount(), 'every sample document is listed');
    await page.getByTestId('sort-lang').click();
    const langs = await rows.evaluateAll((elements) =>
      elements.map((row) => row.children[1]?.textContent ?? ''),
    );
    assert.deepEqual(langs, [...langs].sort(), 'sorted by language');
    await page.getByTestId('sort-entities').click();
    await until(
      page,
      async () => (await rows.first().locator('td').nth(4).textContent()) !== '',
      'entity counts',
    );
    const counts = await rows.evaluateAll((elements) =>
      elements.map((row) => Number(row.children[4]?.textContent)),
    );
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => a - b),
      'sorted by entity count',
    );
    assert.ok(counts.every((count) => count > 0));
    await page.getByRole('searchbox', { name: 'Search documents' }).fill('kitten');
    await until(page, async () => (await rows.count()) < total, 'search narrows the list');
    assert.ok((await rows.count()) >= 1);
    await page.getByRole('searchbox', { name: 'Search documents' }).fill('');

    const arabic = rows.filter({ has: page.locator('td:nth-child(2)', { hasText: /^ar$/ }) }).first();
    await arabic.getByRole('button').click();
    const text = page.getByTestId('document-text');
    await text.waitFor();
    assert.equal(await text.evaluate((element) => getComputedStyle(element).direction), 'rtl');
    const mention = page.getByTestId('mention').first();
    const entity = await mention.getAttribute('data-entity');
    assert.ok(entity);
    await screenshot(page, 'document-arabic');
    await mention.click();
    await until(
      page,
      async () => (await visibleNodes(page)).includes(entity),
      'the mentioned entity is drawn',
    );
    assert.equal(await page.evaluate(() => window.evigraph.state().selection?.id), entity);

    // From a relation's evidence to the sentence in its document.
    const edge = (await drawnEdges(page))[0];
    assert.ok(edge);
    await page.keyboard.press('Escape');
    await page.goto(`${server.url}/?edge=${edge.id}`);
    await ready(page);
    const evidence = page.getByTestId('edge-panel').getByTestId('evidence-sentence').first();
    await evidence.waitFor();
    const sentence = (await evidence.textContent()) ?? '';
    await page.getByTestId('open-in-document').first().click();
    const focusPart = page.getByTestId('evidence-focus').first();
    await focusPart.waitFor();
    const focused = (await page.getByTestId('evidence-focus').allTextContents()).join('');
    assert.equal(focused.replace(/\s+/g, ' ').trim(), sentence.replace(/\s+/g, ' ').trim());
    assert.ok(await focusPart.isVisible(), 'scrolled into view');
    await page.keyboard.press('Escape');
  });

  test("paths: shortest and best attested between two entities, on the canvas with each hop's evidence", async () => {
    await page.goto(`${server.url}/`);
    await ready(page);
    await page.getByRole('button', { name: 'Paths' }).click();
    const pick = async (end: 'from' | 'to', name: string) => {
      await page.getByTestId(`path-${end}`).fill(name);
      await page.getByTestId('path-suggestion').filter({ hasText: name }).first().click();
    };
    // The Kremlin is linked to APT28 only through its denials, which are no path.
    await pick('from', 'APT28');
    await pick('to', 'Kremlin');
    await page.getByTestId('find-path').click();
    await page.getByTestId('path-none').waitFor();
    await pick('to', 'En Marche!');
    const ends = await Promise.all(
      ['APT28', 'En Marche!'].map(async (name) => {
        const answer = (await (
          await fetch(`${server.url}/api/search?q=${encodeURIComponent(name)}&limit=1`)
        ).json()) as {
          results: { id: string }[];
        };
        return answer.results[0]?.id ?? '';
      }),
    );
    const costs: Record<string, { hops: number; cost: number }> = {};
    for (const kind of ['shortest', 'attested'] as const) {
      await page.getByTestId(`path-kind-${kind}`).check();
      await page.getByTestId('find-path').click();
      const hops = page.getByTestId('path-hop');
      await hops.first().waitFor();
      const edgeIds = await hops.evaluateAll((elements) =>
        elements.map((element) => element.getAttribute('data-edge') ?? ''),
      );
      const edges = await Promise.all(
        edgeIds.map(
          async (id) =>
            ((await (await fetch(`${server.url}/api/edges/${id}`)).json()) as { edge: GraphPreviewEdge })
              .edge,
        ),
      );
      // The hops chain from one end to the other, and no denial is a step.
      let at = ends[0];
      for (const edge of edges) {
        assert.notEqual(edge.modality, 'denied');
        assert.ok(edge.source === at || edge.target === at, `hop ${edge.id} continues the path`);
        at = edge.source === at ? edge.target : edge.source;
      }
      assert.equal(at, ends[1]);
      await until(
        page,
        async () => {
          const drawn = new Set((await drawnEdges(page)).map((edge) => edge.id));
          return edgeIds.every((id) => drawn.has(id));
        },
        'the path is on the canvas',
      );
      // Each hop's sentence is fetched with the hop's evidence, after the path is drawn.
      await until(
        page,
        async () => {
          const sentences = await page.getByTestId('hop-evidence').allTextContents();
          return sentences.length === edges.length && sentences.every((text) => text.trim() !== '');
        },
        'each hop shows a sentence',
      );
      costs[kind] = {
        hops: edges.length,
        cost: edges.reduce((sum, edge) => sum + attestationCost(edge), 0),
      };
      await screenshot(page, `path-${kind}`);
    }
    assert.ok((costs['shortest']?.hops ?? 0) <= (costs['attested']?.hops ?? 0), JSON.stringify(costs));
    assert.ok((costs['attested']?.cost ?? 0) <= (costs['shortest']?.cost ?? 0) + 1e-9, JSON.stringify(costs));
    await page.getByTestId('path-hop').first().getByRole('button', { name: 'Evidence of this hop' }).click();
    await page.getByTestId('edge-panel').getByTestId('evidence-sentence').first().waitFor();
    await page.keyboard.press('Escape');
  });

  test('upload: per-document outcomes as the server reports them, new entities without a reload', async () => {
    await page.goto(`${server.url}/`);
    await ready(page);
    const documentsBefore = Number(
      /\d+/.exec((await page.getByTestId('stats-documents').textContent()) ?? '')?.[0],
    );
    await page.getByRole('button', { name: 'Upload' }).click();
    // Our own made-up text, with a name no sample mentions.
    const article =
      'Security firm Mandiant said on Tuesday that Fancy Bear targeted the Zorvanian Ministry of Fisheries. ' +
      'Mandiant attributed the intrusion to the GRU.';
    await page.getByTestId('upload-files').setInputFiles([
      { name: 'zorvania.txt', mimeType: 'text/plain', buffer: Buffer.from(article) },
      { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('') },
    ]);
    await until(
      page,
      async () => (await page.getByTestId('upload-count').textContent())?.trim() === '2 / 2',
      'both reported',
    );
    assert.equal(await page.locator('[data-testid="upload-row"][data-status="ingested"]').count(), 1);
    assert.equal(await page.locator('[data-testid="upload-row"][data-status="failed"]').count(), 1);
    await until(
      page,
      async () =>
        (await page.getByTestId('stats-documents').textContent())?.startsWith(`${documentsBefore + 1} `) ??
        false,
      'the status line counts the new document',
    );
    await page.getByRole('combobox', { name: 'Search' }).fill('Zorvanian');
    await page.getByTestId('search-result').first().waitFor();
    assert.match((await page.getByTestId('search-result').first().textContent()) ?? '', /Zorvanian/);
    const found = (await (await fetch(`${server.url}/api/search?q=Zorvanian&limit=1`)).json()) as {
      results: { id: string }[];
    };
    const ministry = found.results[0]?.id ?? '';
    await until(
      page,
      async () => (await visibleNodes(page)).includes(ministry),
      'the new entity is on the canvas',
    );
    await screenshot(page, 'upload');
    await page.getByRole('combobox', { name: 'Search' }).fill('');
    await page.keyboard.press('Escape');
  });

  test('schema view: types with live counts drawn by cytoscape; clicking a type filters the canvas', async () => {
    await page.goto(`${server.url}/`);
    await ready(page);
    await page.getByRole('button', { name: 'Schema' }).click();
    const drawing = page.getByTestId('schema-drawing').locator('canvas').first();
    await drawing.waitFor();
    assert.ok(((await drawing.boundingBox())?.width ?? 0) > 100, 'cytoscape drew into the panel');
    const stats = (await (await fetch(`${server.url}/api/stats`)).json()) as {
      entitiesByType: Record<string, number>;
    };
    const rows = page.getByTestId('schema-panel').getByTestId('schema-type');
    const counts = await rows.evaluateAll((elements) =>
      elements.map((row) => [
        row.getAttribute('data-type'),
        Number(row.querySelector('.count')?.textContent),
      ]),
    );
    for (const [type, count] of Object.entries(stats.entitiesByType)) {
      assert.ok(
        counts.some(([name, shown]) => name === type && shown === count),
        `${type}: ${count}`,
      );
    }
    assert.ok((await drawnNodes(page)).some((node) => node.entityType === 'Person'));
    await page.getByTestId('schema-panel').getByRole('button', { name: 'Show Person' }).click();
    await until(
      page,
      async () => (await drawnNodes(page)).every((node) => node.entityType !== 'Person'),
      'people hidden',
    );
    assert.match(page.url(), /hideTypes=Person/);
    await screenshot(page, 'schema');
    await page.getByRole('button', { name: 'Undo' }).click();
    await until(
      page,
      async () => (await drawnNodes(page)).some((node) => node.entityType === 'Person'),
      'undo',
    );
    await page.keyboard.press('Escape');
  });

  test('analysis: colour by Louvain community and size by PageRank, kept in the address', async () => {
    await page.goto(`${server.url}/`);
    await ready(page);
    const byType = await drawnNodes(page);
    await page.getByRole('combobox', { name: 'Colour by' }).selectOption('community');
    await until(page, async () => page.url().includes('colour=community'), 'colour in the address');
    await until(
      page,
      async () => (await drawnNodes(page)).some((node, index) => node.color !== byType[index]?.color),
      'colours change',
    );
    const communities = new Set((await drawnNodes(page)).map((node) => node.color));
    assert.ok(communities.size > 3, `several communities (${communities.size})`);
    await page.getByRole('combobox', { name: 'Size by' }).selectOption('pagerank');
    await until(page, async () => page.url().includes('size=pagerank'), 'size in the address');
    await until(
      page,
      async () => (await drawnNodes(page)).some((node, index) => node.size !== byType[index]?.size),
      'sizes change',
    );
    await screenshot(page, 'communities');
    await page.getByRole('combobox', { name: 'Colour by' }).selectOption('type');
    await page.getByRole('combobox', { name: 'Size by' }).selectOption('degree');
  });

  test('search: the Arabic article, near spellings, a type filter, and sentences of evidence', async () => {
    await page.goto(`${server.url}/`);
    await ready(page);
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
      'the top bar with its type filter fits the window',
    );
    const box = page.getByRole('combobox', { name: 'Search' });
    const names = () => page.getByTestId('search-result').locator('.option-name').allTextContents();
    const firstIs = async (query: string, expected: string, what: string) => {
      await box.fill(query);
      await until(
        page,
        async () => (await names())[0] === expected,
        `${what}: "${query}" finds ${expected} first`,
      );
    };
    await firstIs('الكرملين', 'Kremlin', 'with the article');
    await firstIs('كرملين', 'Kremlin', 'without it');
    await firstIs('macorn', 'Emmanuel Macron', 'two letters swapped');
    await firstIs('ماكرن', 'Emmanuel Macron', 'a letter missing, in Arabic');

    const typeFilter = page.getByRole('combobox', { name: 'Type of entity' });
    await typeFilter.selectOption('Person');
    await box.fill('Kremlin');
    await page.getByText('No match').waitFor();
    await typeFilter.selectOption('Organization');
    await until(page, async () => (await names()).includes('Kremlin'), 'Kremlin is an organisation');
    await typeFilter.selectOption('');

    await box.fill('denied any involvement');
    const sentence = page.getByTestId('evidence-result').first();
    await sentence.waitFor();
    assert.match((await sentence.locator('mark').textContent()) ?? '', /denied any involvement/i);
    await screenshot(page, 'search-evidence');
    const kremlin = (
      (await (await fetch(`${server.url}/api/search?q=Kremlin&limit=1`)).json()) as {
        results: Array<{ id: string }>;
      }
    ).results[0]?.id;
    assert.ok(kremlin);
    await sentence.click();
    await page.getByTestId('edge-title').waitFor();
    await until(page, async () => (await visibleNodes(page)).includes(kremlin), 'the relation is drawn');
    assert.equal(
      (await page
        .getByTestId('evidence')
        .filter({ hasText: /denied any involvement/i })
        .count()) > 0,
      true,
      'its evidence is open',
    );
  });

  test('evidence says which extractor found it', async () => {
    await page.route('**/api/edges/*', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as { evidence: Array<Record<string, unknown>> };
      body.evidence = body.evidence.map((piece, index) =>
        index === 0 ? { ...piece, extractor: 'llm' } : piece,
      );
      await route.fulfill({ response, json: body });
    });
    try {
      await page.goto(`${server.url}/`);
      await ready(page);
      await page.getByRole('combobox', { name: 'Search' }).fill('denied any involvement');
      await page.getByTestId('evidence-result').first().click();
      const badges = page.getByTestId('evidence-extractor');
      await badges.first().waitFor();
      const shown = await badges.allTextContents();
      // The store records the extractor of every piece: the samples' are the rules', and the
      // one piece the route rewrote says so.
      assert.equal(shown[0], 'llm');
      for (const other of shown.slice(1)) assert.equal(other, 'rules');
    } finally {
      await page.unroute('**/api/edges/*');
    }
  });

  test("a relation's evidence comes in pages, and 'Show more' adds the next", async () => {
    const overview = (await (await fetch(`${server.url}/api/graph?limit=300&edges=summary`)).json()) as {
      edges: Array<{ id: string; evidenceCount: number }>;
    };
    const busy = overview.edges.find((edge) => edge.evidenceCount >= 2);
    assert.ok(busy, 'the samples have a relation with two sentences or more');
    // Pages of one sentence, so that the samples' relations need several.
    await page.route('**/api/edges/*', async (route) => {
      const url = new URL(route.request().url());
      url.searchParams.set('limit', '1');
      await route.continue({ url: url.toString() });
    });
    try {
      await page.goto(`${server.url}/?edge=${busy.id}`);
      const panel = page.getByTestId('edge-panel');
      const sentences = panel.getByTestId('evidence-sentence');
      await sentences.first().waitFor();
      assert.equal(await sentences.count(), 1);
      await panel.getByTestId('more-evidence').click();
      await sentences.nth(1).waitFor();
      assert.equal(await sentences.count(), 2);
      const texts = await sentences.allTextContents();
      assert.notEqual(texts[0], texts[1], 'the next page is the next sentence');
      assert.equal(
        await panel.getByTestId('more-evidence').count(),
        busy.evidenceCount > 2 ? 1 : 0,
        "'Show more' stays while sentences remain",
      );
    } finally {
      await page.unroute('**/api/edges/*');
    }
  });

  test('Cypher console: highlighting, examples for the engine, results on the canvas, errors marked, history kept', async () => {
    await page.goto(`${server.url}/`);
    await ready(page);
    await page.getByRole('button', { name: 'Cypher console' }).click();
    const editor = page.getByTestId('cypher-input');
    await editor.waitFor();
    const keyword = page.locator('.cm-line span', { hasText: /^MATCH$/ }).first();
    const [keywordColour, textColour] = await Promise.all([
      keyword.evaluate((element) => getComputedStyle(element).color),
      editor.evaluate((element) => getComputedStyle(element).color),
    ]);
    assert.notEqual(keywordColour, textColour, 'keywords are highlighted');

    const examples = page.getByRole('combobox', { name: 'Examples' });
    const titles = await examples.locator('option').allTextContents();
    assert.ok(titles.includes('Denials, drawn on the canvas'));
    assert.ok(!titles.includes('How APT28 and APT29 are connected'), 'Neo4j-only examples are not offered');
    for (const title of titles.slice(1)) {
      await examples.selectOption({ label: title });
      await page.getByTestId('cypher-run').click();
      await page.getByTestId('cypher-table').or(page.getByTestId('cypher-error')).waitFor();
      assert.equal(await page.getByTestId('cypher-error').count(), 0, `${title} runs on the embedded store`);
      assert.ok(
        (await page.getByTestId('cypher-table').locator('tbody tr').count()) > 0,
        `${title} has rows`,
      );
    }
    await examples.selectOption({ label: 'Denials, drawn on the canvas' });
    await page.getByTestId('cypher-run').click();
    await page.getByTestId('cypher-drawn').waitFor();
    const denials = await drawnEdges(page);
    assert.ok(
      denials.some((edge) => edge.modality === 'denied'),
      'the denials of the result are drawn',
    );
    await screenshot(page, 'cypher-console');

    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('MATCH (a)\nRETRUN a');
    await page.keyboard.press('Control+Enter');
    const error = page.getByTestId('cypher-error');
    await error.waitFor();
    assert.match((await error.locator('strong').textContent()) ?? '', /line 2:1/);
    const marked = page.locator('.cm-lintRange-error');
    await marked.waitFor();
    assert.equal(await marked.textContent(), 'RETRUN', 'the error is marked where the engine points');

    await page.reload();
    await ready(page);
    await page.getByRole('button', { name: 'Cypher console' }).click();
    const history = await page.getByRole('combobox', { name: 'History' }).locator('option').allTextContents();
    assert.equal(history[1], 'MATCH (a) RETRUN a', 'the last query heads the history after a reload');
    assert.ok(history.includes('MATCH (a)-[r:DENIES]->(b) RETURN a, r, b LIMIT 25'));
    await editor.click();
    await page.keyboard.press('Alt+ArrowUp');
    assert.equal(
      await editor.textContent(),
      'MATCH (a)RETRUN a',
      'Alt+Up recalls it (lines joined by the DOM)',
    );
    await page.getByRole('button', { name: 'Cypher console' }).first().click();
  });

  test('the shortcut sheet opens with ? and lists undo and redo', async () => {
    await page.locator('body').click({ position: { x: 640, y: 790 } });
    await page.keyboard.press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await sheet.waitFor();
    assert.match((await sheet.textContent()) ?? '', /Ctrl\+Z.*Ctrl\+Shift\+Z/s);
    await page.keyboard.press('Escape');
    await until(page, async () => !(await sheet.isVisible()), 'Escape closes the sheet');
  });

  test('a server that stops answering shows one banner with Retry, and Retry recovers', async () => {
    await page.goto(`${server.url}/`);
    await ready(page);
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.getByRole('combobox', { name: 'Search' }).fill('Kremlin');
    const banner = page.getByTestId('server-banner');
    await banner.waitFor();
    assert.equal(await page.getByRole('alert').count(), 1, 'one banner, no error elsewhere');
    assert.equal(await page.getByTestId('search-results').isVisible(), false);
    await page.getByRole('button', { name: 'Retry' }).click();
    await page.waitForTimeout(300);
    assert.ok(await banner.isVisible(), 'still down: the banner stays');
    await page.unroute('**/api/**');
    await page.getByRole('button', { name: 'Retry' }).click();
    await until(page, async () => !(await banner.isVisible()), 'the banner goes once the server answers');
  });

  test('loading is not an empty store, and an empty store says how to add documents', async () => {
    const empty = await context.newPage();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await empty.route('**/api/graph*', async (route) => {
      await held;
      await route.continue();
    });
    await empty.goto(`${emptyServer.url}/`);
    await empty.getByTestId('loading').waitFor();
    assert.equal(await empty.getByTestId('empty-store').isVisible(), false, 'loading does not look empty');
    release();
    await empty.getByTestId('empty-store').waitFor();
    assert.equal(await empty.getByTestId('loading').isVisible(), false);
    assert.match((await empty.getByTestId('empty-store').textContent()) ?? '', /evigraph ingest/);
    await screenshot(empty, 'empty-store');
    await empty.close();
  });

  test('the page raised no errors', () => {
    assert.deepEqual(pageErrors, []);
  });
});
