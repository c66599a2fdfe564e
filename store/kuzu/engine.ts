/**
 * The embedded database engine. `@ladybugdb/core` is the store's engine; Kùzu 0.11 (`kuzu`,
 * archived upstream), whose Node API Ladybug kept, is loaded only to read a store written by
 * earlier versions, so that `evigraph migrate` can move it (Ladybug cannot open Kùzu files).
 * Both are loaded on demand: the two native libraries in one process crash it at exit, so a
 * process loads one of them only (legacy-source.ts reads Kùzu stores in a process of its own).
 */
import type { Connection, Database } from '@ladybugdb/core';

export interface Engine {
  name: string;
  /** True for Kùzu 0.11: its stores are only read. */
  legacy: boolean;
  Database: new (
    path: string,
    bufferPoolBytes: number,
    enableCompression: boolean,
    readOnly: boolean,
    maxDatabaseSize: number,
    autoCheckpoint: boolean,
    checkpointThreshold: number,
  ) => Database;
  Connection: new (database: Database) => Connection;
}

let ladybug: Promise<Engine> | undefined;

export function ladybugEngine(): Promise<Engine> {
  ladybug ??= import('@ladybugdb/core').then(({ default: lbug }) => ({
    name: 'Ladybug',
    legacy: false,
    Database: lbug.Database,
    Connection: lbug.Connection,
  }));
  return ladybug;
}

/** Kùzu 0.11; its classes have the same methods as Ladybug's. */
export async function legacyKuzuEngine(): Promise<Engine> {
  const { default: kuzu } = await import('kuzu');
  return {
    name: 'Kùzu 0.11',
    legacy: true,
    Database: kuzu.Database as unknown as Engine['Database'],
    Connection: kuzu.Connection as unknown as Engine['Connection'],
  };
}
