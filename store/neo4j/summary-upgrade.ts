/**
 * Gives the relations of a graph written before their summary recorded the languages and days
 * of their evidence (`langs`, `dates`), or whose claims do not keep its first pieces
 * (`firstPiece...`), that summary and those pieces, read from the evidence records, and drops the list of first documents the first pieces
 * replace (`firstDocuments`); one relation type per transaction (a relation upgraded is never
 * read as old again, so an interrupted upgrade resumes where it stopped).
 */
import type { RelationRecord } from '../../graph-schema/model.ts';
import { RELATION_TYPES, type Modality } from '../../graph-schema/schema.ts';
import { resummarized, storedEvidenceDays } from '../relation-writes.ts';
import { asString } from '../row-values.ts';
import type { Neo4jConnection } from './connection.ts';
import { Neo4jReader } from './read.ts';
import { integer } from './values.ts';
import { ENTITY_SUMMARY_UPGRADE, SUMMARY_UPGRADE } from './statements.ts';
import { refreshEntitySummaries, writeFirstPieces, writeRelations } from './write.ts';

/** Entities counted per transaction when a graph from before gains their kept counts. */
const ENTITY_SUMMARY_CHUNK = 2_000;

/** Relations given the new summary; 0 when every relation had it. */
export async function upgradeRelationSummaries(connection: Neo4jConnection): Promise<number> {
  let rewritten = 0;
  for (const spec of RELATION_TYPES) {
    rewritten += await connection.write(async (querier) => {
      const rows = await querier.run(SUMMARY_UPGRADE.relationsOfType(spec.name));
      if (rows.length === 0) return 0;
      await querier.run(SUMMARY_UPGRADE.dropReplaced(spec.name));
      const reader = new Neo4jReader(querier);
      const evidence = await reader.evidenceOf(rows.map((row) => asString(row.id)));
      const relations: RelationRecord[] = rows.map((row) => ({
        id: asString(row.id),
        type: spec.name,
        source: asString(row.source),
        target: asString(row.target),
        modality: asString(row.modality) as Modality,
        evidence: evidence.get(asString(row.id)) ?? [],
      }));
      const days = await storedEvidenceDays(relations, (ids) => reader.documentSummaries(ids));
      const summaries = resummarized(relations, days);
      await writeRelations(querier, summaries);
      await writeFirstPieces(querier, summaries);
      return relations.length;
    });
  }
  return rewritten;
}

/**
 * Gives the entities of a graph written before entities kept their counts (documents, edges and
 * neighbours: store/entity-summary.ts) those counts, a chunk per transaction; the number counted.
 */
export async function upgradeEntitySummaries(connection: Neo4jConnection): Promise<number> {
  let counted = 0;
  for (;;) {
    const chunk = await connection.write(async (querier) => {
      const ids = (
        await querier.run(ENTITY_SUMMARY_UPGRADE.uncounted, { limit: integer(ENTITY_SUMMARY_CHUNK) })
      ).map((row) => asString(row.id));
      await refreshEntitySummaries(querier, ids);
      return ids.length;
    });
    counted += chunk;
    if (chunk < ENTITY_SUMMARY_CHUNK) return counted;
  }
}
