/**
 * The explorer on a generated store of 10,000 entities (written directly as batches, so the
 * test spends its time in the browser, not in extraction): the start view is capped and says
 * how much more there is, search finds one entity among them (misspelt, too), and expanding a
 * hub shows a page of its neighbours with how many remain. Then every workbench feature once at
 * that scale: filters, canvas control, documents, paths, analysis, schema counts, exports of the
 * view, upload, an empty search and the Cypher console; each step reports how long it took.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { BrowserContext, Page } from 'playwright-core';
import type { GraphJson, GraphJsonEdge } from '../graph-schema/graph-json.ts';
import { LOOPBACK_HOSTS } from '../server/security.ts';
import { serve, type RunningServer } from '../server/serve.ts';
import { openStore } from '../store/open.ts';
import { WRITE_GROUP_SIZE } from '../store/graph-store.ts';
import { chromiumMissing, ensureClientBuilt, launchBrowser } from './browser-harness.ts';
import { ENTITIES, generatedBatches, HUBS, nameOf } from './generated-store.ts';

/** What the explorer exposes for tests (docs/explorer.md); typed here, as the other browser test declares more. */
interface Inspection {
  visibleNodes(): string[];
  state(): { selection?: { id: string }; pinned: string[] };
  drawnNodes(): { id: string; color: string; size: number; fixed: boolean; entityType: string }[];
  drawnEdges(): { id: string; source: string; target: string; relationType: string }[];
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
const drawnNodes = (page: Page) =>
  page.evaluate(() => (window as unknown as { evigraph: Inspection }).evigraph.drawnNodes());
const drawnEdges = (page: Page) =>
  page.evaluate(() => (window as unknown as { evigraph: Inspection }).evigraph.drawnEdges());
const selected = (page: Page) =>
  page.evaluate(() => (window as unknown as { evigraph: Inspection }).evigraph.state().selection?.id);

async function ready(page: Page): Promise<void> {
  await page.waitForFunction(
    () => typeof (window as unknown as { evigraph?: Inspection }).evigraph?.visibleNodes === 'function',
    undefined,
    { timeout: 30_000 },
  );
}

/** Milliseconds `step` took, reported with the test's diagnostics. */
async function timed<T>(report: (message: string) => void, what: string, step: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await step();
  report(`${what}: ${Math.round(performance.now() - start)} ms`);
  return result;
}

/** Two entities joined through a hub, and nothing shorter, read from the generated relations. */
function endsThroughAHub(): { from: string; to: string } {
  const relations = generatedBatches().flatMap((batch) => batch.relations);
  const byTarget = new Map<string, string[]>();
  for (const relation of relations)
    byTarget.set(relation.target, [...(byTarget.get(relation.target) ?? []), relation.source]);
  const linked = new Set(
    relations.flatMap((relation) => [
      `${relation.source} ${relation.target}`,
      `${relation.target} ${relation.source}`,
    ]),
  );
  for (const sources of byTarget.values()) {
    const [from, to] = sources.filter((source, index) => sources.indexOf(source) === index);
    if (from && to && !linked.has(`${from} ${to}`)) return { from, to };
  }
  throw new Error('the generated store has no two entities joined through a hub');
}

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

  test('filters: a type, minimum confidence and a relation type change the counts, sit in the address, and undo', async (t) => {
    const report = (message: string) => t.diagnostic(message);
    await page.goto(`${server.url}/`);
    await ready(page);
    const all = await drawnEdges(page);
    const nodes = await drawnNodes(page);
    assert.ok(all.length > 0);
    await page.getByRole('button', { name: 'Filters' }).click();
    const relationType = all[0]?.relationType ?? '';
    await timed(report, 'hide one relation type', async () => {
      await page.getByTestId(`filter-relation-${relationType}`).uncheck();
      await until(
        page,
        async () => (await drawnEdges(page)).every((edge) => edge.relationType !== relationType),
        `${relationType} hidden`,
      );
    });
    assert.match(page.url(), new RegExp(`hideRelations=${relationType}`));
    assert.ok((await drawnEdges(page)).length < all.length, 'fewer relations drawn');
    await page.getByRole('button', { name: 'Undo' }).click();
    await until(page, async () => (await drawnEdges(page)).length === all.length, 'undo shows them again');

    // Every generated sentence carries confidence 0.8: a minimum above it leaves nothing.
    await timed(report, 'minimum confidence 0.9', async () => {
      await page.getByTestId('filter-min-confidence').fill('0.9');
      await until(page, async () => (await drawnEdges(page)).length === 0, 'no relation is confident enough');
    });
    assert.match(page.url(), /minConfidence=0\.9/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await until(page, async () => (await drawnEdges(page)).length === all.length, 'undo lifts the minimum');
    await page.keyboard.press('Escape');

    const type = nodes[0]?.entityType ?? '';
    await timed(report, `hide ${type} from the legend`, async () => {
      await page.locator(`[data-testid="legend-type"][data-type="${type}"]`).getByRole('button').click();
      await until(
        page,
        async () => (await drawnNodes(page)).every((node) => node.entityType !== type),
        `${type} hidden`,
      );
    });
    assert.match(page.url(), new RegExp(`hideTypes=${type}`));
    assert.ok((await drawnNodes(page)).length < nodes.length);
    await page.getByRole('button', { name: 'Undo' }).click();
    await until(
      page,
      async () => (await drawnNodes(page)).some((node) => node.entityType === type),
      'undo shows the type again',
    );
  });

  test('canvas control: keep only, expand, pin, dismiss; undo and redo', async (t) => {
    const report = (message: string) => t.diagnostic(message);
    const hub = nameOf(3);
    await page.getByRole('combobox', { name: 'Search' }).fill(hub);
    await until(
      page,
      async () =>
        (await page.getByTestId('search-result').locator('.option-name').first().textContent()) === hub,
      'the hub is found',
    );
    await page.keyboard.press('Enter');
    await page.getByTestId('node-title').filter({ hasText: hub }).waitFor();
    const id = (await selected(page)) ?? '';
    assert.ok(id);
    await timed(report, 'keep only', async () => {
      await page.getByTestId('keep-only').click();
      await until(page, async () => (await visibleNodes(page)).length === 1, 'only the hub is left');
    });
    await timed(report, 'expand the hub', async () => {
      await page.getByTestId('expand').click();
      await until(page, async () => (await visibleNodes(page)).length > 1, 'neighbours shown');
    });
    const expanded = (await visibleNodes(page)).sort();
    await page.getByTestId('pin').click();
    await until(
      page,
      async () => (await drawnNodes(page)).find((node) => node.id === id)?.fixed === true,
      'pinned',
    );
    assert.match(page.url(), /pin=/);
    await page.locator('body').click({ position: { x: 640, y: 790 } });
    await timed(report, 'undo pin, undo expand', async () => {
      await page.keyboard.press('Control+z');
      await until(
        page,
        async () => (await drawnNodes(page)).find((node) => node.id === id)?.fixed === false,
        'undo unpins',
      );
      await page.keyboard.press('Control+z');
      await until(page, async () => (await visibleNodes(page)).length === 1, 'undo folds the expansion');
    });
    await timed(report, 'redo expand, redo pin', async () => {
      await page.keyboard.press('Control+Shift+Z');
      await until(page, async () => (await visibleNodes(page)).length === expanded.length, 'redo expands');
      await page.keyboard.press('Control+Shift+Z');
      await until(
        page,
        async () => (await drawnNodes(page)).find((node) => node.id === id)?.fixed === true,
        'redo pins',
      );
    });
    assert.deepEqual((await visibleNodes(page)).sort(), expanded);
    await page.getByTestId('dismiss').click();
    await until(page, async () => !(await visibleNodes(page)).includes(id), 'dismissed');
    assert.match(page.url(), new RegExp(`dismiss=${id}`));
    await page.getByRole('button', { name: 'Undo' }).click();
    await until(page, async () => (await visibleNodes(page)).includes(id), 'undo brings it back');
    assert.deepEqual((await visibleNodes(page)).sort(), expanded);
  });

  test('analysis: Louvain colours and PageRank sizes on the visible graph without freezing the page', async (t) => {
    const report = (message: string) => t.diagnostic(message);
    await page.goto(`${server.url}/`);
    await ready(page);
    const byType = await drawnNodes(page);
    report(`visible graph: ${byType.length} entities, ${(await drawnEdges(page)).length} relations`);
    await timed(report, 'colour by community', async () => {
      await page.getByRole('combobox', { name: 'Colour by' }).selectOption('community');
      await until(
        page,
        async () => (await drawnNodes(page)).some((node, index) => node.color !== byType[index]?.color),
        'colours change',
      );
    });
    assert.ok(new Set((await drawnNodes(page)).map((node) => node.color)).size > 3, 'several communities');
    await timed(report, 'size by PageRank', async () => {
      await page.getByRole('combobox', { name: 'Size by' }).selectOption('pagerank');
      await until(
        page,
        async () => (await drawnNodes(page)).some((node, index) => node.size !== byType[index]?.size),
        'sizes change',
      );
    });
    assert.match(page.url(), /colour=community/);
    assert.match(page.url(), /size=pagerank/);
    // The page still answers promptly: a frozen main thread would hold this round trip.
    const roundTrip = await timed(report, 'a round trip to the page afterwards', () =>
      page.evaluate(() => 1),
    );
    assert.equal(roundTrip, 1);
    await page.getByRole('combobox', { name: 'Colour by' }).selectOption('type');
    await page.getByRole('combobox', { name: 'Size by' }).selectOption('degree');
  });

  test("paths: shortest and best attested between two entities joined through a hub, with each hop's evidence", async (t) => {
    const report = (message: string) => t.diagnostic(message);
    const ends = endsThroughAHub();
    const nameById = new Map(
      generatedBatches().flatMap((batch) =>
        batch.entities.map((entity) => [entity.id, entity.name] as const),
      ),
    );
    const names = [nameById.get(ends.from) ?? '', nameById.get(ends.to) ?? ''];
    await page.getByRole('button', { name: 'Paths' }).click();
    for (const [end, name] of [
      ['from', names[0]],
      ['to', names[1]],
    ] as const) {
      await page.getByTestId(`path-${end}`).fill(name ?? '');
      await page.getByTestId('path-suggestion').filter({ hasText: name }).first().click();
    }
    for (const kind of ['shortest', 'attested'] as const) {
      await page.getByTestId(`path-kind-${kind}`).check();
      const edgeIds = await timed(report, `${kind} path`, async () => {
        await page.getByTestId('find-path').click();
        const hops = page.getByTestId('path-hop');
        await hops.first().waitFor();
        return hops.evaluateAll((elements) =>
          elements.map((element) => element.getAttribute('data-edge') ?? ''),
        );
      });
      assert.ok(edgeIds.length >= 2, `no single relation joins them (${edgeIds.length} hops)`);
      if (kind === 'shortest') assert.equal(edgeIds.length, 2, 'the way through the hub is the shortest');
      let at = ends.from;
      for (const id of edgeIds) {
        const { edge } = (await (await fetch(`${server.url}/api/edges/${id}`)).json()) as {
          edge: GraphJsonEdge;
        };
        assert.ok(edge.source === at || edge.target === at, `hop ${edge.id} continues the path`);
        at = edge.source === at ? edge.target : edge.source;
      }
      assert.equal(at, ends.to);
      await until(
        page,
        async () => {
          const drawn = new Set((await drawnEdges(page)).map((edge) => edge.id));
          return edgeIds.every((id) => drawn.has(id));
        },
        'the path is on the canvas',
      );
      await until(
        page,
        async () => {
          const sentences = await page.getByTestId('hop-evidence').allTextContents();
          return (
            sentences.length === edgeIds.length && sentences.every((text) => /generated report/.test(text))
          );
        },
        'each hop shows its sentence',
      );
    }
    await page.keyboard.press('Escape');
  });

  test('documents: the list of every document sorts and searches; one opens with its mentions highlighted', async (t) => {
    const report = (message: string) => t.diagnostic(message);
    const titles = generatedBatches().flatMap((batch) => batch.documents.map((document) => document.title));
    await page.goto(`${server.url}/`);
    await ready(page);
    const rows = page.getByTestId('document-row');
    await timed(report, `open the list of ${titles.length} documents`, async () => {
      await page.getByRole('button', { name: 'Documents' }).click();
      await until(page, async () => (await rows.count()) === titles.length, 'every document listed');
    });
    await timed(report, 'sort by entity count', async () => {
      await page.getByTestId('sort-entities').click();
      await until(
        page,
        async () => (await rows.first().locator('td').nth(4).textContent()) !== '',
        'entity counts',
      );
    });
    const counts = await rows.evaluateAll((elements) =>
      elements.map((row) => Number(row.children[4]?.textContent)),
    );
    assert.deepEqual(
      counts,
      [...counts].sort((a, b) => a - b),
      'sorted by entity count',
    );
    assert.ok(
      counts.every((count) => count >= 100),
      'each document mentions its hundred entities',
    );
    const needle = 'Generated 4';
    await timed(report, 'search the list', async () => {
      await page.getByRole('searchbox', { name: 'Search documents' }).fill(needle);
      await until(
        page,
        async () => (await rows.count()) === titles.filter((title) => title.includes(needle)).length,
        'the search keeps the matching titles',
      );
    });
    const opened = (await rows.first().getByRole('button').textContent()) ?? '';
    assert.ok(opened.includes(needle));
    await timed(report, 'open a document', async () => {
      await rows.first().getByRole('button').click();
      await page.getByTestId('mention').first().waitFor();
    });
    assert.equal(await page.getByTestId('mention').count(), 100, 'every mention is highlighted');
    const mention = page.getByTestId('mention').nth(42);
    const entity = await mention.getAttribute('data-entity');
    assert.ok(entity);
    await mention.click();
    await until(
      page,
      async () => (await visibleNodes(page)).includes(entity),
      'the mentioned entity is drawn',
    );
    assert.equal(await selected(page), entity);
    await page.keyboard.press('Escape');
  });

  test("schema view: the live counts are the store's", async (t) => {
    const report = (message: string) => t.diagnostic(message);
    await page.goto(`${server.url}/`);
    await ready(page);
    const rows = page.getByTestId('schema-panel').getByTestId('schema-type');
    await timed(report, 'open the schema view', async () => {
      await page.getByRole('button', { name: 'Schema' }).click();
      await page.getByTestId('schema-drawing').locator('canvas').first().waitFor();
      await rows.first().waitFor();
    });
    const stats = (await (await fetch(`${server.url}/api/stats`)).json()) as {
      entitiesByType: Record<string, number>;
    };
    const shown = Object.fromEntries(
      await rows.evaluateAll((elements) =>
        elements.map((row) => [
          row.getAttribute('data-type') ?? '',
          Number(row.querySelector('.count')?.textContent),
        ]),
      ),
    ) as Record<string, number>;
    const total = Object.values(stats.entitiesByType).reduce((sum, count) => sum + count, 0);
    assert.equal(total, ENTITIES);
    for (const [type, count] of Object.entries(stats.entitiesByType)) assert.equal(shown[type], count, type);
    await page.keyboard.press('Escape');
  });

  test('exports of the view: graph-json with every drawn relation and its sentences, and a PNG', async (t) => {
    const report = (message: string) => t.diagnostic(message);
    await page.goto(`${server.url}/`);
    await ready(page);
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const json = await timed(report, 'export the view as graph-json', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-view-json').click(),
      ]);
      return JSON.parse(readFileSync(await download.path(), 'utf8')) as GraphJson;
    });
    assert.equal(json.nodes.length, (await drawnNodes(page)).length);
    assert.equal(json.edges.length, (await drawnEdges(page)).length);
    assert.ok(
      json.edges.every((edge) => edge.evidence.length > 0 && edge.evidence.every((piece) => piece.text)),
    );
    const png = await timed(report, 'export the view as PNG', async () => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-png').click(),
      ]);
      return readFileSync(await download.path());
    });
    assert.deepEqual([...png.subarray(1, 4)], [...Buffer.from('PNG')]);
    assert.ok(png.length > 10_000, `a real picture (${png.length} bytes)`);
    await page.keyboard.press('Escape');
  });

  test('upload: a small text file lands among 10,000 entities and its entities appear', async (t) => {
    const report = (message: string) => t.diagnostic(message);
    await page.getByRole('button', { name: 'Upload' }).click();
    // Our own made-up text, with a name the generated store does not hold.
    const article =
      'Security firm Mandiant said on Tuesday that Fancy Bear targeted the Zorvanian Ministry of Fisheries.';
    await timed(report, 'upload and ingest one document', async () => {
      await page
        .getByTestId('upload-files')
        .setInputFiles([{ name: 'zorvania.txt', mimeType: 'text/plain', buffer: Buffer.from(article) }]);
      await until(
        page,
        async () => (await page.getByTestId('upload-count').textContent())?.trim() === '1 / 1',
        'reported',
      );
    });
    assert.equal(await page.locator('[data-testid="upload-row"][data-status="ingested"]').count(), 1);
    await page.getByRole('combobox', { name: 'Search' }).fill('Zorvanian');
    await until(
      page,
      async () =>
        /Zorvanian/.test(
          (await page
            .getByTestId('search-result')
            .first()
            .textContent()
            .catch(() => '')) ?? '',
        ),
      'the new entity is found',
    );
    await page.keyboard.press('Enter');
    await page.getByTestId('node-title').filter({ hasText: 'Zorvanian' }).waitFor();
    const id = (await selected(page)) ?? '';
    await until(page, async () => (await visibleNodes(page)).includes(id), 'the new entity is on the canvas');
  });

  test('a search that matches nothing says so', async () => {
    await page.getByRole('combobox', { name: 'Search' }).fill('Qqxyzzy Nowhere');
    await page.getByText('No match').waitFor();
    assert.equal(await page.getByTestId('search-result').count(), 0);
    await page.getByRole('combobox', { name: 'Search' }).fill('');
    await page.keyboard.press('Escape');
  });

  test('Cypher console: a query over the store, its rows listed and drawn on the canvas', async (t) => {
    const report = (message: string) => t.diagnostic(message);
    const hub = nameOf(7);
    await page.goto(`${server.url}/`);
    await ready(page);
    await page.getByRole('button', { name: 'Cypher console' }).click();
    const editor = page.getByTestId('cypher-input');
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(`MATCH (a)-[r]-(b) WHERE a.name = '${hub}' RETURN a, r, b LIMIT 20`);
    await timed(report, 'run a query: its rows listed', async () => {
      await page.keyboard.press('Control+Enter');
      await page.getByTestId('cypher-table').or(page.getByTestId('cypher-error')).waitFor();
    });
    await timed(report, 'then its result drawn', () =>
      page.getByTestId('cypher-drawn').or(page.getByTestId('cypher-error')).waitFor(),
    );
    report(
      `its requests: ${await page.evaluate(() =>
        (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
          .filter((entry) => /\/api\/(edges|graph|entities)/.test(entry.name))
          .slice(-30)
          .map((entry) => `${new URL(entry.name).pathname.slice(0, 24)} ${Math.round(entry.duration)}`)
          .join(', '),
      )}`,
    );
    assert.equal(await page.getByTestId('cypher-error').count(), 0);
    assert.equal(
      await page.getByTestId('cypher-table').locator('tbody tr').count(),
      20,
      'a hub has 20 relations and more',
    );
    const hubId = generatedBatches()
      .flatMap((batch) => batch.entities)
      .find((entity) => entity.name === hub)?.id;
    assert.ok(hubId);
    await until(page, async () => (await visibleNodes(page)).includes(hubId), 'the hub is drawn');
    const touching = async () =>
      (await drawnEdges(page)).filter((edge) => edge.source === hubId || edge.target === hubId).length;
    await until(page, async () => (await touching()) >= 20, 'its relations are drawn');
    await page.getByRole('button', { name: 'Cypher console' }).first().click();
  });

  test('the page raised no errors', () => {
    assert.deepEqual(pageErrors, []);
  });
});
