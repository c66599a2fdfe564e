/**
 * The Neo4j server tests run against, when there is one: NEO4J_URI (with NEO4J_USER,
 * NEO4J_PASSWORD, NEO4J_DATABASE as for the store). No server runs on development machines or
 * in CI, so tests that need one are skipped with this reason.
 */
import type { GraphStore } from '../graph-store.ts';
import { connectionSettings, Neo4jConnection } from './connection.ts';
import { openNeo4jStore } from './index.ts';
import { WIPE_DATABASE } from './statements.ts';

const uri = process.env.NEO4J_URI;

export const NEO4J_SKIP_REASON: string | false = uri
  ? false
  : 'NEO4J_URI not set: Neo4j tests skipped (no Neo4j server on this machine)';

/** A store over the test database, emptied first: the database is the tests' own. */
export async function openEmptyNeo4jStore(): Promise<GraphStore> {
  if (!uri) throw new Error(String(NEO4J_SKIP_REASON));
  const connection = await Neo4jConnection.open(connectionSettings(uri));
  try {
    await connection.write((querier) => querier.run(WIPE_DATABASE));
  } finally {
    await connection.close();
  }
  return openNeo4jStore(uri);
}
