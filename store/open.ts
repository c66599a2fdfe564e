/**
 * Opens the store a URI names: `kuzu:PATH` (the embedded default) or a Neo4j address
 * (`bolt://`, `bolt+s://`, `neo4j://`, `neo4j+s://`).
 */
import type { GraphStore } from './graph-store.ts';
import { openKuzuStore } from './kuzu/kuzu-store.ts';

export const DEFAULT_STORE_URI = 'kuzu:./data/store';

const NEO4J_SCHEMES = ['bolt:', 'bolt+s:', 'neo4j:', 'neo4j+s:'];

export interface OpenStoreOptions {
  /** Kùzu only: share the store with other readers; writes are refused. */
  readOnly?: boolean;
}

export async function openStore(
  uri = DEFAULT_STORE_URI,
  options: OpenStoreOptions = {},
): Promise<GraphStore> {
  if (uri.startsWith('kuzu:')) {
    const path = uri.slice('kuzu:'.length);
    if (path.length === 0) throw new Error(`store URI ${uri} names no path; write kuzu:PATH`);
    return openKuzuStore(path, options);
  }
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(uri)?.[0].toLowerCase();
  if (scheme && NEO4J_SCHEMES.includes(scheme)) {
    // Loaded on demand: the embedded store does not pay for loading the Neo4j driver.
    const { openNeo4jStore } = await import('./neo4j/index.ts');
    return openNeo4jStore(uri);
  }
  throw new Error(
    `unsupported store URI ${JSON.stringify(uri)}: use kuzu:PATH (e.g. ${DEFAULT_STORE_URI}) ` +
      'or a Neo4j address bolt://HOST:7687, bolt+s://..., neo4j://..., neo4j+s://...',
  );
}
