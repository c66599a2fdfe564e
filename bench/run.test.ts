/**
 * Smoke check of `npm run bench -- --quick`: the whole instrument runs end to end on a small
 * corpus and reports every named metric as a finite number. Times are never asserted: they
 * depend on the machine and on whoever else is using it.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM } from './chromium.ts';
import { requiredMetrics } from './run.ts';

const withBrowser = existsSync(CHROMIUM);

test('npm run bench -- --quick reports every metric as a finite number', { timeout: 360_000 }, async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'evigraph-bench-test-'));
  try {
    const out = join(dir, 'results.json');
    const only = withBrowser ? [] : ['--only', 'extract,ingest,query'];
    if (!withBrowser) t.diagnostic(`Chromium not found at ${CHROMIUM}: explorer figures skipped`);
    await promisify(execFile)(
      process.execPath,
      [...process.execArgv, join(import.meta.dirname, 'run.ts'), '--quick', '--out', out, ...only],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    const report = JSON.parse(readFileSync(out, 'utf8')) as {
      node: string;
      completed: boolean;
      options: { phases: string[]; explorerNodes: number[]; quick: boolean };
      metrics: Record<string, unknown>;
    };
    assert.equal(report.options.quick, true);
    assert.equal(report.completed, true);
    assert.equal(report.node, process.version);
    const required = requiredMetrics(report.options.phases, report.options.explorerNodes);
    assert.ok(required.length >= 13, `the quick run checks ${required.length} metrics`);
    for (const name of required) {
      const value = report.metrics[name];
      assert.ok(
        typeof value === 'number' && Number.isFinite(value),
        `${name} is a finite number (got ${value})`,
      );
    }
    for (const [name, value] of Object.entries(report.metrics)) {
      assert.ok(typeof value === 'number' && Number.isFinite(value), `${name} is a finite number`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
