/**
 * Upgrades a store written before evidence became records of its own. Such a store keeps each
 * relation's evidence as parallel lists on the edge (`evidenceDocumentIds`, `evidenceTexts`,
 * ...); on opening it read-write, every edge's lists become Claim and EVIDENCE records, the
 * edge gets its summary counts, and the list columns are dropped, all in one transaction: an
 * interrupted upgrade leaves the old store as it was and runs again on the next open.
 */
import type { RelationRecord } from '../../graph-schema/model.ts';
import {
  RELATION_TYPES,
  type EntityType,
  type Modality,
  type RelationType,
} from '../../graph-schema/schema.ts';
import { LEGACY_EVIDENCE_PROPERTIES, legacyEvidenceOfRow } from '../legacy-evidence.ts';
import { mergeEvidence } from '../merge.ts';
import { resummarized, storedEvidenceDays } from '../relation-writes.ts';
import { asString } from '../row-values.ts';
import type { Session } from './connection.ts';
import { quoteName } from './ddl.ts';
import { label } from './labels.ts';
import { columnsOf } from './table-columns.ts';
import { KuzuReader } from './read.ts';
import { createClaims, writeEvidence, writeClaimRecords, writeRelations } from './write.ts';

const SUMMARY_COLUMNS = ['evidenceCount', 'documentCount'] as const;

/** Relation tables still in the old layout. */
export async function legacyRelationTables(session: Session): Promise<RelationType[]> {
  const legacy: RelationType[] = [];
  for (const spec of RELATION_TYPES) {
    if ((await columnsOf(session, spec.name)).has('evidenceTexts')) legacy.push(spec.name);
  }
  return legacy;
}

async function upgradeTable(session: Session, type: RelationType): Promise<number> {
  const columns = await columnsOf(session, type);
  for (const column of SUMMARY_COLUMNS) {
    if (!columns.has(column))
      await session.run(`ALTER TABLE ${quoteName(type)} ADD ${quoteName(column)} INT64`);
  }
  const rows = await session.run(
    `MATCH (a)-[e${label(type)}]->(b) RETURN e.id AS id, a.id AS source, b.id AS target,
       label(a) AS sourceType, label(b) AS targetType, e.modality AS modality,
       ${LEGACY_EVIDENCE_PROPERTIES.map((column) => `e.${quoteName(column)} AS ${quoteName(column)}`).join(', ')}`,
  );
  const typeOf = new Map<string, EntityType>();
  const relations: RelationRecord[] = rows.map((row) => {
    typeOf.set(asString(row.source), asString(row.sourceType) as EntityType);
    typeOf.set(asString(row.target), asString(row.targetType) as EntityType);
    return {
      id: asString(row.id),
      type,
      source: asString(row.source),
      target: asString(row.target),
      modality: asString(row.modality) as Modality,
      evidence: mergeEvidence([], legacyEvidenceOfRow(row)),
    };
  });
  const days = await storedEvidenceDays(relations, (ids) => new KuzuReader(session).documentSummaries(ids));
  const summaries = resummarized(relations, days);
  await writeRelations(session, summaries, typeOf);
  await createClaims(
    session,
    relations.map(({ id, type: claimType, source, target }) => ({ id, type: claimType, source, target })),
  );
  await writeClaimRecords(session, summaries);
  await writeEvidence(
    session,
    relations.flatMap((relation) =>
      relation.evidence.map((piece) => ({ ...piece, relationId: relation.id, storedDocument: false })),
    ),
  );
  for (const column of LEGACY_EVIDENCE_PROPERTIES) {
    if (columns.has(column)) await session.run(`ALTER TABLE ${quoteName(type)} DROP ${quoteName(column)}`);
  }
  return relations.length;
}

/** Upgrades every relation table still in the old layout; the number of relations moved. */
export async function upgradeEvidenceLists(
  session: Session,
  tables: readonly RelationType[],
): Promise<number> {
  let moved = 0;
  for (const type of tables) moved += await upgradeTable(session, type);
  return moved;
}
