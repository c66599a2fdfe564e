/**
 * Starts a worker thread whose entry point is a TypeScript module. Node with type stripping
 * (22.18+, 24) loads it directly; older Node runs through tsx, whose loader hooks a worker
 * does not inherit, so the worker first registers tsx and then imports the module.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

const stripsTypes = Boolean((process.features as { typescript?: unknown }).typescript);

export function startTypeScriptWorker(entry: URL, options: WorkerOptions = {}): Worker {
  if (stripsTypes) return new Worker(entry, options);
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap =
    `import(${JSON.stringify(tsx)})` +
    `.then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
