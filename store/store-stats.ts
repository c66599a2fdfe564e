/** StoreStats from the per-type counts each backend queries in its own dialect. */
import { ENTITY_TYPES, RELATION_TYPES } from '../graph-schema/schema.ts';
import type { StoreStats } from './graph-store.ts';
import { asNumber, asString } from './row-values.ts';
import type { StoredRow } from './stored-records.ts';

export interface StoreCounts {
  documents: number;
  mentions: number;
  /** Columns: type, count. */
  entitiesByType: readonly StoredRow[];
  /** Columns: type, count, evidence (the pieces of evidence of relations of that type). */
  relationsByType: readonly StoredRow[];
}

/** Every type of the schema is listed, with 0 where the store holds none. */
function countsByType(types: readonly string[], rows: readonly StoredRow[]): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(types.map((type) => [type, 0]));
  for (const row of rows) counts[asString(row.type)] = asNumber(row.count);
  return counts;
}

const sum = (rows: readonly StoredRow[], column: string) =>
  rows.reduce((total, row) => total + asNumber(row[column]), 0);

export function storeStats(counts: StoreCounts): StoreStats {
  return {
    documents: counts.documents,
    entities: sum(counts.entitiesByType, 'count'),
    relations: sum(counts.relationsByType, 'count'),
    mentions: counts.mentions,
    evidence: sum(counts.relationsByType, 'evidence'),
    entitiesByType: countsByType(
      ENTITY_TYPES.map((spec) => spec.name),
      counts.entitiesByType,
    ),
    relationsByType: countsByType(
      RELATION_TYPES.map((spec) => spec.name),
      counts.relationsByType,
    ),
  };
}
