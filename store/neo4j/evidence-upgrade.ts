/**
 * Upgrades a Neo4j graph written before evidence became records of its own (evidence as
 * parallel lists on each relation; store/legacy-evidence.ts): on opening, each such relation
 * gets its claim, one EVIDENCE relationship per piece and its summary, and loses the lists, one
 * relation type per transaction (a type upgraded is never read as old again, so an interrupted
 * upgrade resumes where it stopped).
 */
import type { RelationRecord } from '../../graph-schema/model.ts';
import { RELATION_TYPES, type Modality, type RelationType } from '../../graph-schema/schema.ts';
import { legacyEvidenceOfRow } from '../legacy-evidence.ts';
import { mergeEvidence } from '../merge.ts';
import { resummarized, storedEvidenceDays } from '../relation-writes.ts';
import { asString } from '../row-values.ts';
import type { Neo4jConnection } from './connection.ts';
import { Neo4jReader } from './read.ts';
import { LEGACY } from './statements.ts';
import { writeClaims, writeEvidence, writeFirstPieces, writeRelations } from './write.ts';

/** Relations moved to evidence records; 0 when the graph had none in the old layout. */
export async function upgradeEvidenceLists(connection: Neo4jConnection): Promise<number> {
  const everHeldLists = await connection.read(
    async (querier) => (await querier.run(LEGACY.propertyKeys)).length > 0,
  );
  if (!everHeldLists) return 0;
  let moved = 0;
  for (const spec of RELATION_TYPES) {
    moved += await connection.write(async (querier) => {
      const rows = await querier.run(LEGACY.relationsOfType(spec.name));
      const relations: RelationRecord[] = rows.map((row) => ({
        id: asString(row.id),
        type: spec.name as RelationType,
        source: asString(row.source),
        target: asString(row.target),
        modality: asString(row.modality) as Modality,
        evidence: mergeEvidence([], legacyEvidenceOfRow(row)),
      }));
      if (relations.length === 0) return 0;
      const days = await storedEvidenceDays(relations, (ids) =>
        new Neo4jReader(querier).documentSummaries(ids),
      );
      const summaries = resummarized(relations, days);
      await writeRelations(querier, summaries);
      await writeClaims(
        querier,
        relations.map(({ id, type, source, target }) => ({ id, type, source, target })),
      );
      await writeFirstPieces(querier, summaries);
      await writeEvidence(
        querier,
        relations.flatMap((relation) =>
          relation.evidence.map((piece) => ({ ...piece, relationId: relation.id, storedDocument: true })),
        ),
      );
      await querier.run(LEGACY.clearOfType(spec.name), { ids: relations.map((relation) => relation.id) });
      return relations.length;
    });
  }
  return moved;
}
