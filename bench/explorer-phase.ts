/**
 * The explorer phase: one store grown through the sizes asked for (in entities), and at each
 * size `evigraph serve` over it and cold page loads in Chromium, timed (bench/explorer.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../store/open.ts';
import type { CorpusOptions } from './corpus.ts';
import { ExtractionPool } from './extract.ts';
import { CHROMIUM } from './chromium.ts';
import { ensureClientBuilt, ExplorerServer, launchBrowser, timeExplorer } from './explorer.ts';
import { median } from './measure.ts';

/** Documents extracted and written between two looks at the entity count. */
const GROWTH_STEP = 128;

export function sizeLabel(count: number): string {
  return count % 1000 === 0 ? `${count / 1000}k` : String(count);
}

export async function explorerPhase(
  sizes: readonly number[],
  runs: number,
  corpus: CorpusOptions,
  workDir: string,
  log: (message: string) => void,
): Promise<Record<string, number>> {
  if (!existsSync(CHROMIUM))
    throw new Error(`Chromium not found at ${CHROMIUM}: run without explorer (--only)`);
  ensureClientBuilt();
  const storePath = join(workDir, 'explorer');
  const pool = new ExtractionPool(corpus);
  const browser = await launchBrowser();
  const metrics: Record<string, number> = {};
  let documents = 0;
  try {
    for (const size of [...sizes].sort((a, b) => a - b)) {
      const store = await openStore(`kuzu:${storePath}`);
      let entities = (await store.stats()).entities;
      while (entities < size) {
        await pool.extract(
          GROWTH_STEP,
          (batches) => store.writeBatches(batches).then(() => undefined),
          documents,
        );
        documents += GROWTH_STEP;
        entities = (await store.stats()).entities;
      }
      await store.close();
      log(`explorer store: ${entities} entities from ${documents} documents`);
      const server = await ExplorerServer.start(storePath);
      const timings = [];
      try {
        for (let run = 0; run < runs; run++) timings.push(await timeExplorer(browser, server.url));
      } finally {
        await server.stop();
      }
      const suffix = `_${sizeLabel(size)}`;
      metrics[`explorer_first_draw_ms${suffix}`] = median(timings.map((timing) => timing.firstDrawMs));
      metrics[`explorer_settled_ms${suffix}`] = median(timings.map((timing) => timing.settledMs));
      metrics[`explorer_settle_timed_out${suffix}`] = Math.max(
        ...timings.map((timing) => timing.settleTimedOut),
      );
      metrics[`explorer_nodes_shown${suffix}`] = median(timings.map((timing) => timing.nodesShown));
      metrics[`explorer_store_entities${suffix}`] = entities;
      metrics[`explorer_store_documents${suffix}`] = documents;
    }
  } finally {
    await browser.close();
    await pool.close();
  }
  return metrics;
}
