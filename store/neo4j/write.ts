/**
 * Writing and retracting documents inside one managed write transaction. Records are merged in
 * TypeScript with what the store already holds (the same merge rules as the embedded store),
 * then written with one `UNWIND $rows AS r MERGE ...` per entity type and relation type; evidence
 * is appended as EVIDENCE relationships to each relation's claim node (relation-writes.ts).
 */
import type {
  DocumentRecord,
  EntityRecord,
  GraphBatch,
  MentionRecord,
  RelationRecord,
} from '../../graph-schema/model.ts';
import type { RelationType } from '../../graph-schema/schema.ts';
import { batchSummary, prepareBatches } from '../batch-preparation.ts';
import { checkCitedDocuments } from '../batch-validation.ts';
import { claimantLinkChanges, type ClaimantLinkChanges } from '../claimant-links.ts';
import { groupBy } from '../collections.ts';
import { retractEvidence } from '../document-retraction.ts';
import {
  addNewEdges,
  addNewMentions,
  emptySummary,
  pairKey,
  pairsOf,
  pairsToAsk,
  summaryColumns,
  edgeEndsOf,
  type EdgeEnds,
  type EntitySummary,
} from '../entity-summary.ts';
import type { WriteSummary } from '../graph-store.ts';
import { replaceStoredVersions } from '../document-versions.ts';
import {
  describedEntities,
  entitiesFromDescriptions,
  type EntityDescription,
} from '../entity-descriptions.ts';
import {
  batchFirstDays,
  planRelationWrites,
  resummarized,
  storedEvidenceDays,
  type EvidenceWrite,
  type RelationWrite,
  type StoredHeadWithFirstPieces,
} from '../relation-writes.ts';
import { asString } from '../row-values.ts';
import { searchKey } from '../search-key.ts';
import type { Querier } from './connection.ts';
import { Neo4jReader } from './read.ts';
import { ENTITIES, FIRST_PIECES, WRITES } from './statements.ts';
import { integer } from './values.ts';

export async function writeDocuments(querier: Querier, documents: readonly DocumentRecord[], now: string) {
  if (documents.length === 0) return;
  const rows = documents.map((document) => ({
    id: document.id,
    uri: document.uri,
    title: document.title,
    lang: document.lang,
    publishedAt: document.publishedAt ?? null,
    source: document.source ?? null,
    author: document.author ?? null,
    encoding: document.encoding ?? null,
    text: document.text,
    ingestedAt: now,
  }));
  await querier.run(WRITES.documents, { rows });
}

export async function writeEntities(querier: Querier, entities: readonly EntityRecord[]) {
  for (const [type, group] of groupBy(entities, (entity) => entity.type)) {
    const rows = group.map((entity) => ({
      id: entity.id,
      name: entity.name,
      aliases: entity.aliases,
      externalIds: entity.externalIds,
      mergeReasons: entity.mergeReasons,
      searchKeys: [...new Set([entity.name, ...entity.aliases].map(searchKey))].sort(),
    }));
    await querier.run(WRITES.entitiesOfType(type), { rows });
  }
}

export async function writeMentions(querier: Querier, mentions: readonly MentionRecord[]) {
  if (mentions.length === 0) return;
  const rows = mentions.map((mention) => ({
    entityId: mention.entityId,
    documentId: mention.documentId,
    start: integer(mention.start),
    end: integer(mention.end),
    surface: mention.surface,
  }));
  await querier.run(WRITES.mentions, { rows });
}

/** Writes relation edges with their summaries (MERGE by id, then SET). */
export async function writeRelations(querier: Querier, records: readonly RelationWrite[]) {
  for (const [type, group] of groupBy(records, (relation) => relation.type)) {
    const rows = group.map((relation) => ({
      id: relation.id,
      source: relation.source,
      target: relation.target,
      confidence: relation.confidence,
      modality: relation.modality,
      assertedBy: relation.assertedBy,
      evidenceCount: integer(relation.evidenceCount),
      documentCount: integer(relation.documentCount),
      langs: relation.langs,
      dates: relation.dates,
    }));
    await querier.run(WRITES.relationsOfType(type), { rows });
  }
}

/**
 * The first pieces of the relations whose claims are to keep new ones (`firstPiecesChanged`,
 * unless `all`); the claims must exist.
 */
export async function writeFirstPieces(querier: Querier, relations: readonly RelationWrite[], all = false) {
  const rows = relations
    .filter((relation) => all || relation.firstPiecesChanged)
    .map((relation) => ({
      id: relation.id,
      firstPieceDocuments: relation.firstPieceDocuments,
      firstPieceStarts: relation.firstPieceStarts.map(integer),
      firstPieceEnds: relation.firstPieceEnds.map(integer),
      firstPieceTexts: relation.firstPieceTexts,
      firstPieceLangs: relation.firstPieceLangs,
      firstPieceConfidences: relation.firstPieceConfidences,
      firstPieceClaimants: relation.firstPieceClaimants,
      firstPieceClaimantCounts: relation.firstPieceClaimantCounts.map(integer),
      firstPieceExtractors: relation.firstPieceExtractors,
    }));
  if (rows.length > 0) await querier.run(FIRST_PIECES.write, { rows });
}

export async function writeClaims(
  querier: Querier,
  claims: readonly Pick<RelationRecord, 'id' | 'type' | 'source' | 'target'>[],
) {
  if (claims.length > 0) await querier.run(WRITES.claims, { rows: claims.map((claim) => ({ ...claim })) });
}

export async function writeEvidence(querier: Querier, evidence: readonly EvidenceWrite[]) {
  if (evidence.length === 0) return;
  const rows = evidence.map((piece) => ({
    relationId: piece.relationId,
    documentId: piece.documentId,
    start: integer(piece.start),
    end: integer(piece.end),
    text: piece.text,
    lang: piece.lang,
    confidence: piece.confidence,
    assertedBy: piece.assertedBy,
    extractor: piece.extractor,
  }));
  await querier.run(WRITES.evidence, { rows });
}

/** Links from claimants to claims removed and added; the claims must exist. */
export async function writeClaimantLinks(querier: Querier, changes: ClaimantLinkChanges) {
  const rows = (links: ClaimantLinkChanges['added']) =>
    links.map(({ claimant, relationId }) => ({ claimant, relationId }));
  if (changes.removed.length > 0) await querier.run(WRITES.unlinkClaimants, { rows: rows(changes.removed) });
  if (changes.added.length > 0) await querier.run(WRITES.linkClaimants, { rows: rows(changes.added) });
}

export async function writeDescriptions(querier: Querier, descriptions: readonly EntityDescription[]) {
  if (descriptions.length === 0) return;
  const rows = descriptions.map((description) => ({
    entityId: description.id,
    documentId: description.documentId,
    name: description.name,
    aliases: description.aliases,
    externalIds: description.externalIds,
    mergeReasons: description.mergeReasons,
  }));
  await querier.run(WRITES.descriptions, { rows });
}

export async function refreshEntityStatistics(querier: Querier, ids: readonly string[]) {
  if (ids.length > 0) await querier.run(WRITES.refreshEntityStatistics, { ids: [...ids] });
}

/** The counts the entities keep (store/entity-summary.ts), counted again from the graph. */
export async function refreshEntitySummaries(querier: Querier, ids: readonly string[]) {
  if (ids.length > 0) await querier.run(WRITES.refreshEntitySummaries, { ids: [...new Set(ids)] });
}

/** Stored edges with the ids of `incoming`, looked up type by type, with their claims' first pieces. */
async function storedHeadsOf(reader: Neo4jReader, incoming: readonly RelationRecord[]) {
  const stored = new Map<string, StoredHeadWithFirstPieces>();
  const firstPieces = await reader.firstPiecesOf(incoming.map((relation) => relation.id));
  for (const [type, group] of groupBy(incoming, (relation): RelationType => relation.type)) {
    const found = await reader.relationHeadsOfTypeByIds(
      type,
      group.map((relation) => relation.id),
    );
    for (const relation of found) {
      const pieces = firstPieces.get(relation.id);
      if (pieces) stored.set(relation.id, { ...relation, ...pieces });
    }
  }
  return stored;
}

/** Deletes edges and their claims (the claims' evidence with them). */
async function deleteRelations(querier: Querier, doomed: readonly Pick<RelationRecord, 'id' | 'type'>[]) {
  for (const [type, group] of groupBy(doomed, (relation) => relation.type)) {
    await querier.run(WRITES.deleteRelationsOfType(type), { ids: group.map((relation) => relation.id) });
  }
  if (doomed.length > 0)
    await querier.run(WRITES.deleteClaims, { ids: doomed.map((relation) => relation.id) });
}

/** Writes the batches as if one after the other (batch-preparation.ts); one summary per batch. */
export async function writeBatches(
  querier: Querier,
  given: readonly GraphBatch[],
  now: string,
): Promise<WriteSummary[]> {
  const reader = new Neo4jReader(querier);
  const batches = await replaceStoredVersions(
    given,
    (uris) => reader.documentsAtUris(uris),
    (id) => deleteDocument(querier, id),
  );
  const prepared = await prepareBatches(batches, (ids) => reader.entitiesWithSummaries(ids));
  const { documents, entities, mentions, storedEntities, typeOf } = prepared;
  const missing = [...prepared.citedStoredDocumentIds];
  const storedDocuments = new Set(
    (
      await reader.documentSummaries([...new Set([...documents.map((document) => document.id), ...missing])])
    ).map((document) => document.id),
  );
  checkCitedDocuments(missing, (id) => storedDocuments.has(id));

  const storedHeads = await storedHeadsOf(reader, prepared.relations);
  const plan = await planRelationWrites(
    prepared.relations,
    storedHeads,
    (id) => storedDocuments.has(id),
    (ids) => reader.evidenceOf(ids),
    batchFirstDays(documents, (ids) => reader.documentSummaries(ids)),
  );

  const rewrites =
    documents.some((document) => storedDocuments.has(document.id)) ||
    mentions.some((mention) => storedDocuments.has(mention.documentId));
  const newEdges = edgeEndsOf(plan.newClaims, typeOf);
  // Documents new to the store only add to the kept counts; asked before the new edges are
  // written: which pairs they join had an edge already.
  const summaries = rewrites
    ? undefined
    : await summariesWithNewDocuments(reader, storedEntities, prepared.touchedEntityIds, mentions, newEdges);

  await writeDocuments(querier, documents, now);
  await writeEntities(querier, entities);
  await writeMentions(querier, mentions);
  await writeRelations(querier, plan.relations);
  await writeClaims(querier, plan.newClaims);
  await writeFirstPieces(querier, plan.relations);
  await writeEvidence(querier, plan.evidence);
  await writeClaimantLinks(
    querier,
    claimantLinkChanges(
      new Map([...storedHeads.values()].map((head) => [head.id, head.assertedBy])),
      plan.relations,
    ),
  );
  await refreshEntityStatistics(querier, prepared.touchedEntityIds);
  if (summaries) {
    await writeEntitySummaries(querier, summaries);
  } else {
    // A document written again may change mentions and edges already counted: counted again.
    await refreshEntitySummaries(querier, [
      ...prepared.touchedEntityIds,
      ...newEdges.flatMap((edge) => [edge.source, edge.target]),
    ]);
  }
  await writeDescriptions(querier, describedEntities(batches));
  return given.map(batchSummary);
}

/**
 * The kept counts of the entities a write of documents new to the store touches: the stored
 * ones (an empty one for an entity new to the store) with the documents' mentions and new edges
 * added (entity-summary.ts); the store is asked only whether pairs whose ends both had edges
 * were joined before.
 */
async function summariesWithNewDocuments(
  reader: Neo4jReader,
  storedEntities: ReadonlyMap<string, { summary: EntitySummary }>,
  touchedEntityIds: readonly string[],
  mentions: readonly MentionRecord[],
  newEdges: readonly EdgeEnds[],
): Promise<Map<string, EntitySummary>> {
  const stored = new Map([...storedEntities].map(([id, entity]) => [id, entity.summary]));
  const changed = new Map<string, EntitySummary>();
  // The batches' entities and those mentioned, so that an entity new to the store has its
  // counts even when it has neither mention nor edge yet; and the new edges' ends.
  const ids = new Set([...touchedEntityIds, ...newEdges.flatMap((edge) => [edge.source, edge.target])]);
  for (const id of ids) changed.set(id, structuredClone(stored.get(id) ?? emptySummary()));
  addNewMentions(changed, mentions);
  const pairs = pairsOf(newEdges);
  const asked = [...pairsToAsk(pairs, stored).values()].flat();
  const askedKeys = new Set(asked.map((pair) => pairKey(pair.near, pair.far)));
  addNewEdges(
    changed,
    newEdges,
    await reader.joinedPairs(pairs.filter((pair) => askedKeys.has(pairKey(pair.a, pair.b)))),
  );
  return changed;
}

/** Sets the kept counts of the entities, which must exist. */
async function writeEntitySummaries(querier: Querier, summaries: ReadonlyMap<string, EntitySummary>) {
  if (summaries.size === 0) return;
  const rows = [...summaries].map(([id, summary]) => {
    const columns = summaryColumns(summary);
    return {
      id,
      documentCount: integer(columns.documentCount),
      relationTypes: columns.relationTypes,
      relationCounts: columns.relationCounts.map(integer),
      neighborTypes: columns.neighborTypes,
      neighborCounts: columns.neighborCounts.map(integer),
    };
  });
  await querier.run(WRITES.entitySummaries, { rows });
}

/**
 * Retracts a document: its evidence leaves every claim (edges left with none are deleted, the
 * others get their summary recomputed from what remains), its mentions and descriptions go,
 * entities it described get back the record the other documents' descriptions give
 * (entity-descriptions.ts), and entities left with neither are deleted with their edges and claims.
 */
export async function deleteDocument(querier: Querier, documentId: string): Promise<boolean> {
  const reader = new Neo4jReader(querier);
  const [document] = await reader.documentSummaries([documentId]);
  if (!document) return false;

  const { emptied, kept } = retractEvidence(await reader.relationsWithEvidenceFrom(documentId), documentId);
  await deleteRelations(querier, emptied);
  const rewritten = resummarized(
    kept,
    await storedEvidenceDays(kept, (ids) => reader.documentSummaries(ids)),
  );
  await writeRelations(querier, rewritten);
  await writeFirstPieces(querier, rewritten);
  await writeClaimantLinks(
    querier,
    claimantLinkChanges(new Map(kept.map((relation) => [relation.id, relation.assertedBy])), rewritten),
  );

  const mentioned = (await querier.run(ENTITIES.mentionedIn, { id: documentId })).map((row) =>
    asString(row.id),
  );
  const touched = [...new Set([...mentioned, ...(await reader.describedBy(documentId))])];
  const remaining = await reader.descriptionsOf(touched, documentId);
  await querier.run(WRITES.deleteDocument, { id: documentId });
  await refreshEntityStatistics(querier, touched);
  const emptiedEnds = emptied.flatMap((relation) => [relation.source, relation.target]);
  if (touched.length === 0) {
    await refreshEntitySummaries(querier, emptiedEnds);
    return true;
  }
  const unsupported = (await querier.run(ENTITIES.unsupported, { ids: touched })).map((row) =>
    asString(row.id),
  );
  const orphaned = await reader.edgesTouching(unsupported);
  await deleteRelations(querier, orphaned);
  if (unsupported.length > 0) await querier.run(WRITES.deleteEntities, { ids: unsupported });
  await writeEntities(querier, entitiesFromDescriptions(remaining));
  // Whose documents, edges or neighbours the retraction may have changed, counted again.
  await refreshEntitySummaries(querier, [
    ...touched,
    ...emptiedEnds,
    ...orphaned.flatMap((relation) => [relation.source, relation.target]),
  ]);
  return true;
}
