// Entry of an extraction worker thread: the sources are TypeScript run through tsx, as in
// bin/evigraph.mjs, and a worker starts without the loaders of the thread that made it.
import { register } from 'tsx/esm/api';

register();
await import('./extraction-worker.ts');
