/**
 * Relation summary columns added after the first stores were written (`langs`, `dates`: where
 * an edge's evidence comes from, so that a canvas reads no evidence record; on the claims,
 * `firstPiece...`: its first sentences, so that a preview reads no evidence record either; they
 * replace the edges' `firstDocuments`, which is dropped; and the relation's summary again, which
 * edges by id are read from, ddl.ts). A store from before
 * them gets them on its next read-write open, filled from the evidence it holds; a read-only
 * holder cannot add them, and the reader names every column, so such a store is refused there
 * until it has been opened read-write once.
 */
import type { RelationRecord } from '../../graph-schema/model.ts';
import {
  CLAIM_LABEL,
  FIRST_PIECE_PROPERTIES,
  RELATION_PROPERTIES,
  RELATION_TYPES,
  type EntityType,
  type Modality,
  type PropertySpec,
  type RelationType,
} from '../../graph-schema/schema.ts';
import { REPLACED_SUMMARY_PROPERTIES } from '../relation-summary.ts';
import { resummarized, storedEvidenceDays } from '../relation-writes.ts';
import { asString } from '../row-values.ts';
import type { Session } from './connection.ts';
import { CLAIM_SUMMARY_PROPERTIES, quoteName } from './ddl.ts';
import { label } from './labels.ts';
import { addColumns, columnsOf } from './table-columns.ts';
import { KuzuReader } from './read.ts';
import { writeClaimRecords, writeRelations } from './write.ts';

/** Summary columns a store lacks: on relation tables, and the first pieces on the claim table. */
export interface MissingSummary {
  /** Relation tables lacking a summary column, each with the columns it lacks. */
  relationTables: Map<RelationType, (typeof RELATION_PROPERTIES)[number][]>;
  claimColumns: PropertySpec[];
}

export async function missingSummary(session: Session): Promise<MissingSummary> {
  const relationTables = new Map<RelationType, (typeof RELATION_PROPERTIES)[number][]>();
  for (const spec of RELATION_TYPES) {
    const present = await columnsOf(session, spec.name);
    const lacking = RELATION_PROPERTIES.filter((property) => !present.has(property.name));
    if (lacking.length > 0) relationTables.set(spec.name, lacking);
  }
  const claim = await columnsOf(session, CLAIM_LABEL);
  return {
    relationTables,
    claimColumns: [...CLAIM_SUMMARY_PROPERTIES, ...FIRST_PIECE_PROPERTIES].filter(
      (spec) => !claim.has(spec.name),
    ),
  };
}

export function lacksSummary(missing: MissingSummary): boolean {
  return missing.relationTables.size > 0 || missing.claimColumns.length > 0;
}

/**
 * Adds the columns and writes their summaries again, and their claims' first pieces, to the
 * relations of the tables lacking one (of every table when the claims lack theirs); the number
 * rewritten.
 */
export async function addSummaryColumns(session: Session, missing: MissingSummary): Promise<number> {
  const reader = new KuzuReader(session);
  let rewritten = 0;
  await addColumns(session, CLAIM_LABEL, missing.claimColumns);
  const tables =
    missing.claimColumns.length > 0
      ? new Map(RELATION_TYPES.map((spec) => [spec.name, missing.relationTables.get(spec.name) ?? []]))
      : missing.relationTables;
  for (const [type, lacking] of tables) {
    await addColumns(session, type, lacking);
    const rows = await session.run(
      `MATCH (a)-[e${label(type)}]->(b) RETURN e.id AS id, a.id AS source, b.id AS target,
         label(a) AS sourceType, label(b) AS targetType, e.modality AS modality`,
    );
    if (rows.length === 0) continue;
    const typeOf = new Map<string, EntityType>();
    const evidence = await reader.evidenceOf(rows.map((row) => asString(row.id)));
    const relations: RelationRecord[] = rows.map((row) => {
      typeOf.set(asString(row.source), asString(row.sourceType) as EntityType);
      typeOf.set(asString(row.target), asString(row.targetType) as EntityType);
      return {
        id: asString(row.id),
        type,
        source: asString(row.source),
        target: asString(row.target),
        modality: asString(row.modality) as Modality,
        evidence: evidence.get(asString(row.id)) ?? [],
      };
    });
    const days = await storedEvidenceDays(relations, (ids) => reader.documentSummaries(ids));
    const summaries = resummarized(relations, days);
    await writeRelations(session, summaries, typeOf);
    await writeClaimRecords(session, summaries);
    rewritten += relations.length;
  }
  return rewritten;
}

/**
 * Drops the summary columns of earlier versions that later ones replace
 * (REPLACED_SUMMARY_PROPERTIES), then folds the log into the file: with a column dropped in the
 * log and others added after it, Ladybug 0.19 crashed at the next checkpoint (when the store
 * closed). Run before the later columns are added.
 */
export async function dropReplacedSummaryColumns(session: Session): Promise<void> {
  let dropped = false;
  for (const spec of RELATION_TYPES) {
    for (const name of await columnsOf(session, spec.name)) {
      if (!(REPLACED_SUMMARY_PROPERTIES as readonly string[]).includes(name)) continue;
      await session.run(`ALTER TABLE ${quoteName(spec.name)} DROP ${quoteName(name)}`);
      dropped = true;
    }
  }
  if (dropped) await session.run('CHECKPOINT');
}
