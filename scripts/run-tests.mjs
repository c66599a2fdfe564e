#!/usr/bin/env node
// Runs the project's *.test.ts files with Node's own test runner; Node strips the types.
//   node scripts/run-tests.mjs            every test file
//   node scripts/run-tests.mjs --fast     all but the slow end-to-end files (browser, CLI and
//                                         server processes), for the edit-test loop
//   node scripts/run-tests.mjs FILE...    just these files
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOTS = ['graph-schema', 'ingest', 'store', 'server', 'client', 'bench', 'test'];
const SKIP = new Set(['node_modules', 'dist']);
/** End-to-end files that start browsers or child processes: minutes, not seconds. */
const SLOW = new Set([
  'test/browser.test.ts',
  'test/browser-10k.test.ts',
  'test/cli.test.ts',
  'test/cli-remove.test.ts',
  'test/cli-bulk.test.ts',
  'test/cli-containers.test.ts',
  'test/api.test.ts',
]);

function testFiles(dir) {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

const args = process.argv.slice(2);
const fast = args.includes('--fast');
const only = args.filter((arg) => arg !== '--fast');
const all = only.length > 0 ? only : ROOTS.flatMap(testFiles);
const files = all.filter((file) => !(fast && SLOW.has(file))).sort();
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files],
  { stdio: 'inherit' },
);
process.exit(result.status ?? 1);
