/**
 * Relation summary columns added after the first stores were written (`langs`, `dates`: where
 * an edge's evidence comes from, so that a canvas reads no evidence record; `firstDocuments`:
 * where its first sentences lie, so that a preview ranks no evidence). A store from before
 * them gets them on its next read-write open, filled from the evidence it holds; a read-only
 * holder cannot add them, and the reader names every column, so such a store is refused there
 * until it has been opened read-write once.
 */
import type { RelationRecord } from '../../graph-schema/model.ts';
import {
  RELATION_PROPERTIES,
  RELATION_TYPES,
  type EntityType,
  type Modality,
  type RelationType,
} from '../../graph-schema/schema.ts';
import { resummarized, storedEvidenceDays } from '../relation-writes.ts';
import { asString } from '../row-values.ts';
import type { Session } from './connection.ts';
import { kuzuType, quoteName } from './ddl.ts';
import { label } from './labels.ts';
import { KuzuReader } from './read.ts';
import { writeRelations } from './write.ts';

/** Relation tables lacking a summary column, each with the columns it lacks. */
export async function relationTablesMissingSummary(
  session: Session,
): Promise<Map<RelationType, (typeof RELATION_PROPERTIES)[number][]>> {
  const missing = new Map<RelationType, (typeof RELATION_PROPERTIES)[number][]>();
  for (const spec of RELATION_TYPES) {
    const rows = await session.run(`CALL table_info('${spec.name}') RETURN name`);
    const present = new Set(rows.map((row) => asString(row.name)));
    const lacking = RELATION_PROPERTIES.filter((property) => !present.has(property.name));
    if (lacking.length > 0) missing.set(spec.name, lacking);
  }
  return missing;
}

/** Adds the columns and writes every relation of those tables its summary again; the number rewritten. */
export async function addSummaryColumns(
  session: Session,
  tables: ReadonlyMap<RelationType, readonly (typeof RELATION_PROPERTIES)[number][]>,
): Promise<number> {
  const reader = new KuzuReader(session);
  let rewritten = 0;
  for (const [type, lacking] of tables) {
    for (const spec of lacking) {
      await session.run(`ALTER TABLE ${quoteName(type)} ADD ${quoteName(spec.name)} ${kuzuType(spec.type)}`);
    }
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
    await writeRelations(session, resummarized(relations, days), typeOf);
    rewritten += relations.length;
  }
  return rewritten;
}
