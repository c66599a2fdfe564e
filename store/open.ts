/**
 * Opens the store a URI names: `ladybug:PATH` (the embedded default; `kuzu:PATH` is the same,
 * kept so existing commands and settings work), or a Neo4j address (`bolt://`,
 * `bolt+s://`, `neo4j://`, `neo4j+s://`).
 */
import type { GraphStore } from './graph-store.ts';
import { openKuzuStore } from './kuzu/kuzu-store.ts';

export const DEFAULT_STORE_URI = 'ladybug:./data/store';

/** Schemes of the embedded store, first the one to write. */
export const EMBEDDED_SCHEMES = ['ladybug:', 'kuzu:'] as const;
/** The scheme of a store written by Kùzu 0.11: only `evigraph migrate` reads it (legacy-source.ts). */
export const LEGACY_KUZU_SCHEME = 'kuzu-0.11:';

const NEO4J_SCHEMES = ['bolt:', 'bolt+s:', 'neo4j:', 'neo4j+s:'];

export interface OpenStoreOptions {
  /** Embedded store only: share the store with other readers; writes are refused. */
  readOnly?: boolean;
  /** Embedded store only: the memory one user Cypher query may use, in bytes. Neo4j bounds it on
   *  the server (`db.memory.transaction.max`). */
  queryMemoryBytes?: number;
}

/** The path of an embedded store's URI (either scheme), undefined for any other URI. */
export function embeddedStorePath(uri: string): string | undefined {
  const scheme = EMBEDDED_SCHEMES.find((candidate) => uri.startsWith(candidate));
  return scheme === undefined ? undefined : uri.slice(scheme.length);
}

/** The path a `kuzu-0.11:PATH` URI names, undefined for any other URI. */
export function legacyKuzuStorePath(uri: string): string | undefined {
  if (!uri.startsWith(LEGACY_KUZU_SCHEME)) return undefined;
  return requirePath(uri, uri.slice(LEGACY_KUZU_SCHEME.length), LEGACY_KUZU_SCHEME);
}

function requirePath(uri: string, path: string, scheme: string): string {
  if (path.length === 0) throw new Error(`store URI ${uri} names no path; write ${scheme}PATH`);
  return path;
}

export async function openStore(
  uri = DEFAULT_STORE_URI,
  options: OpenStoreOptions = {},
): Promise<GraphStore> {
  if (uri.startsWith(LEGACY_KUZU_SCHEME)) {
    throw new Error(
      `${uri} names a Kùzu 0.11 store, which can only be read to move it: ` +
        `\`evigraph migrate --from ${uri} --to ladybug:NEW_PATH\``,
    );
  }
  const path = embeddedStorePath(uri);
  if (path !== undefined) {
    return openKuzuStore(requirePath(uri, path, uri.slice(0, uri.indexOf(':') + 1)), options, uri);
  }
  const scheme = /^[a-z][a-z0-9+.-]*:/i.exec(uri)?.[0].toLowerCase();
  if (scheme && NEO4J_SCHEMES.includes(scheme)) {
    // Loaded on demand: the embedded store does not pay for loading the Neo4j driver.
    const { openNeo4jStore } = await import('./neo4j/index.ts');
    return openNeo4jStore(uri);
  }
  throw new Error(
    `unsupported store URI ${JSON.stringify(uri)}: use ladybug:PATH (e.g. ${DEFAULT_STORE_URI}; ` +
      'kuzu:PATH is the same) ' +
      'or a Neo4j address bolt://HOST:7687, bolt+s://..., neo4j://..., neo4j+s://...',
  );
}
