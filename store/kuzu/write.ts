/**
 * Writing and retracting documents. Callers run these inside one write transaction, so a
 * document's records land (or leave) together. Merging happens in TypeScript (store/merge.ts) on the
 * records already stored, then one parameterised `UNWIND $rows AS r MERGE ...` per table writes
 * the result: Kùzu can MERGE a relationship only between endpoints bound to one table each, so
 * relations are written per (type, source table, target table). Evidence is appended as
 * EVIDENCE relationships to the relation's claim node (relation-writes.ts decides what).
 *
 * The two ends of a new relationship are bound by a MATCH clause each: written as one clause,
 * `MATCH (a {id: r.x}), (b {id: r.y})`, the engine joins the unwound rows with a scan of the
 * tables, so each write cost more as the store grew (300 rows: 6-12 ms against 1.2-2 s on
 * 10,000 bench documents, 90-370 ms on 2,000).
 */
import type {
  DocumentRecord,
  EntityRecord,
  GraphBatch,
  MentionRecord,
  RelationRecord,
} from '../../graph-schema/model.ts';
import {
  CLAIM_PROPERTIES,
  FIRST_PIECE_PROPERTIES,
  DESCRIPTION_PROPERTIES,
  DOCUMENT_PROPERTIES,
  ENTITY_PROPERTIES,
  ENTITY_SUMMARY_PROPERTIES,
  EVIDENCE_PROPERTIES,
  MENTION_PROPERTIES,
  RELATION_PROPERTIES,
  type EntityType,
  type PropertySpec,
} from '../../graph-schema/schema.ts';
import { batchSummary, prepareBatches } from '../batch-preparation.ts';
import { checkCitedDocuments } from '../batch-validation.ts';
import { groupBy } from '../collections.ts';
import { retractEvidence } from '../document-retraction.ts';
import type { WriteSummary } from '../graph-store.ts';
import {
  batchFirstDays,
  planRelationWrites,
  resummarized,
  storedEvidenceDays,
  type EvidenceWrite,
  type RelationWrite,
  type StoredHeadWithFirstPieces,
} from '../relation-writes.ts';
import type { StoredEntity, StoredRelation } from '../stored-records.ts';
import type { Session } from './connection.ts';
import { CLAIM_SUMMARY_PROPERTIES, quoteName } from './ddl.ts';
import type { DocumentUriLookup } from './document-uris.ts';
import { replaceStoredVersions } from '../document-versions.ts';
import {
  describedEntities,
  entitiesFromDescriptions,
  type EntityDescription,
} from '../entity-descriptions.ts';
import { claimantLinkChanges, type ClaimantLink, type ClaimantLinkChanges } from '../claimant-links.ts';
import { ASSERTS, CLAIM, DESCRIBED_IN, DOCUMENT, EVIDENCE, label, MENTION } from './labels.ts';
import { decodeExpression, encodeRow, setClause } from './params.ts';
import { KuzuReader } from './read.ts';
import {
  addNewEdges,
  emptySummary,
  pairsOf,
  summaryColumns,
  edgeEndsOf,
  type EntitySummary,
} from '../entity-summary.ts';
import { pairsJoinedBefore, recountSummaries } from './entity-summaries.ts';

/** Properties written from the batch; counts and dates are derived from mentions. */
const WRITTEN_ENTITY_PROPERTIES = ENTITY_PROPERTIES.filter((spec) =>
  ['name', 'aliases', 'externalIds', 'mergeReasons'].includes(spec.name),
);
/** With the statistics and the kept counts, which writes of new documents compute (entity-summary.ts). */
const WRITTEN_ENTITY_PROPERTIES_WITH_STATISTICS = [
  ...ENTITY_PROPERTIES.filter((spec) => spec.name !== 'id'),
  ...ENTITY_SUMMARY_PROPERTIES,
];

export type EntityStatistics = EntityRecord &
  Partial<Pick<StoredEntity, 'mentionCount' | 'firstSeen' | 'lastSeen'>> & { documentCount?: number };
/** `ingestedAt` is set when a document first arrives and kept on rewrites. */
const WRITTEN_DOCUMENT_PROPERTIES = DOCUMENT_PROPERTIES.filter(
  (spec) => spec.name !== 'id' && spec.name !== 'ingestedAt',
);
const INGESTED_AT = DOCUMENT_PROPERTIES.filter((spec) => spec.name === 'ingestedAt');
const WRITTEN_RELATION_PROPERTIES = RELATION_PROPERTIES.filter((spec) => spec.name !== 'id');
/** A claim is created with its relation's type and ends; its summary and first pieces are set apart (writeClaimRecords). */
const WRITTEN_CLAIM_PROPERTIES = CLAIM_PROPERTIES.filter((spec) =>
  ['type', 'source', 'target'].includes(spec.name),
);
/** Offsets identify a piece of evidence within its document and claim; the rest is set. */
const WRITTEN_EVIDENCE_PROPERTIES = EVIDENCE_PROPERTIES.filter(
  (spec) => spec.name !== 'start' && spec.name !== 'end',
);

/**
 * Documents the store does not hold are created outright: merged, each key was looked up in a
 * table that grows with the store (9.5 ms a group of 64 at 5,000 documents, 26 ms at 40,000).
 */
async function writeDocuments(
  session: Session,
  documents: readonly DocumentRecord[],
  now: string,
  isStored: (id: string) => boolean,
) {
  for (const [stored, group] of groupBy(documents, (document) => isStored(document.id))) {
    const rows = group.map((document) => ({
      ...encodeRow([{ name: 'id', type: 'string' }, ...WRITTEN_DOCUMENT_PROPERTIES], { ...document }),
      ...encodeRow(INGESTED_AT, { ingestedAt: now }),
    }));
    await session.run(
      stored
        ? `UNWIND $rows AS r MATCH (d${DOCUMENT} {id: r.id}) SET ${setClause('d', 'r', WRITTEN_DOCUMENT_PROPERTIES)}`
        : `UNWIND $rows AS r CREATE (d${DOCUMENT} {id: r.id})
           SET ${setClause('d', 'r', [...INGESTED_AT, ...WRITTEN_DOCUMENT_PROPERTIES])}`,
      { rows },
    );
  }
}

/**
 * Entities the store holds are merged by id; those it does not hold are created outright, which
 * spares the engine a lookup of each new key in a table that grows with the store.
 */
async function writeEntities(
  session: Session,
  entities: readonly EntityRecord[],
  properties: readonly PropertySpec[],
  isStored: (id: string) => boolean = () => true,
) {
  const groupKey = (entity: EntityRecord) => `${entity.type} ${isStored(entity.id) ? 'MERGE' : 'CREATE'}`;
  for (const [key, group] of groupBy(entities, groupKey)) {
    const [type = '', verb] = key.split(' ');
    const rows = group.map((entity) => ({ id: entity.id, ...encodeRow(properties, { ...entity }) }));
    await session.run(
      `UNWIND $rows AS r ${verb} (n${label(type)} {id: r.id}) SET ${setClause('n', 'r', properties)}`,
      { rows },
    );
  }
}

/**
 * A mention is one relationship per (entity, document, start, end). Mentions of a document the
 * store did not hold are created outright; MERGE, several times slower in Kùzu, is kept for
 * documents written again.
 */
async function writeMentions(
  session: Session,
  mentions: readonly MentionRecord[],
  typeOf: ReadonlyMap<string, EntityType>,
  isStoredDocument: (id: string) => boolean,
) {
  const [start, end, surface] = MENTION_PROPERTIES;
  const groupKey = (mention: MentionRecord) =>
    `${typeOf.get(mention.entityId) ?? ''} ${isStoredDocument(mention.documentId) ? 'MERGE' : 'CREATE'}`;
  for (const [key, group] of groupBy(mentions, groupKey)) {
    const [type = '', verb] = key.split(' ');
    const rows = group.map((mention) => ({
      entityId: mention.entityId,
      documentId: mention.documentId,
      ...encodeRow(MENTION_PROPERTIES, { ...mention }),
    }));
    const identity = [start, end]
      .map((spec) => `${quoteName(spec.name)}: ${decodeExpression(spec.type, `r.${quoteName(spec.name)}`)}`)
      .join(', ');
    await session.run(
      `UNWIND $rows AS r
       MATCH (n${label(type)} {id: r.entityId}) MATCH (d${DOCUMENT} {id: r.documentId})
       ${verb} (n)-[m${MENTION} {${identity}}]->(d)
       SET ${setClause('m', 'r', [surface])}`,
      { rows },
    );
  }
}

/**
 * Writes relation edges with their summaries: CREATE for those the store does not hold yet, SET
 * on the matched edge for the others. The whole summary is set, first documents included even
 * where they did not change: leaving them out split an update into two statements, and the
 * second statement cost as much as writing the unchanged lists (docs/benchmarks.md).
 */
export async function writeRelations(
  session: Session,
  records: readonly RelationWrite[],
  typeOf: ReadonlyMap<string, EntityType>,
) {
  const key = (relation: RelationWrite) =>
    [relation.type, typeOf.get(relation.source), typeOf.get(relation.target), relation.stored].join(' ');
  for (const group of groupBy(records, key).values()) {
    const first = group[0];
    if (!first) continue;
    const rows = group.map((relation) => ({
      source: relation.source,
      target: relation.target,
      id: relation.id,
      ...encodeRow(WRITTEN_RELATION_PROPERTIES, { ...relation }),
    }));
    const source = `(a${label(typeOf.get(first.source) ?? '')} {id: r.source})`;
    const target = `(b${label(typeOf.get(first.target) ?? '')} {id: r.target})`;
    const edge = label(first.type);
    await session.run(
      `UNWIND $rows AS r
       ${
         first.stored
           ? `MATCH ${source}-[e${edge}]->${target} WHERE e.id = r.id`
           : `MATCH ${source} MATCH ${target} CREATE (a)-[e${edge} {id: r.id}]->(b)`
       }
       SET ${setClause('e', 'r', WRITTEN_RELATION_PROPERTIES)}`,
      { rows },
    );
  }
}

/** What each document said of each entity it describes (entity-descriptions.ts). */
async function writeDescriptions(
  session: Session,
  descriptions: readonly EntityDescription[],
  typeOf: ReadonlyMap<string, EntityType>,
  isStoredDocument: (id: string) => boolean,
) {
  const groupKey = (description: EntityDescription) =>
    `${typeOf.get(description.id) ?? ''} ${isStoredDocument(description.documentId) ? 'MERGE' : 'CREATE'}`;
  for (const [key, group] of groupBy(descriptions, groupKey)) {
    const [type = '', verb] = key.split(' ');
    const rows = group.map((description) => ({
      entityId: description.id,
      documentId: description.documentId,
      ...encodeRow(DESCRIPTION_PROPERTIES, { ...description }),
    }));
    await session.run(
      `UNWIND $rows AS r
       MATCH (n${label(type)} {id: r.entityId}) MATCH (d${DOCUMENT} {id: r.documentId})
       ${verb} (n)-[x${DESCRIBED_IN}]->(d)
       SET ${setClause('x', 'r', DESCRIPTION_PROPERTIES)}`,
      { rows },
    );
  }
}

/**
 * What the relations' claims keep: each relation's summary (CLAIM_SUMMARY_PROPERTIES, the
 * edge's, written beside it), and the first pieces of those whose first pieces changed
 * (`firstPiecesChanged`); the claims must exist. One statement on the claims' keys for each of
 * the two kinds: on a busy edge new documents seldom come before its first ones.
 */
export async function writeClaimRecords(session: Session, relations: readonly RelationWrite[]) {
  for (const [changed, group] of groupBy(relations, (relation) => relation.firstPiecesChanged)) {
    const properties = changed
      ? [...CLAIM_SUMMARY_PROPERTIES, ...FIRST_PIECE_PROPERTIES]
      : CLAIM_SUMMARY_PROPERTIES;
    await session.run(
      `UNWIND $rows AS r MATCH (c${CLAIM} {id: r.id}) SET ${setClause('c', 'r', properties)}`,
      { rows: group.map((relation) => ({ id: relation.id, ...encodeRow(properties, { ...relation }) })) },
    );
  }
}

export async function createClaims(session: Session, claims: readonly Readonly<Record<string, unknown>>[]) {
  if (claims.length === 0) return;
  await session.run(
    `UNWIND $rows AS r CREATE (c${CLAIM} {id: r.id}) SET ${setClause('c', 'r', WRITTEN_CLAIM_PROPERTIES)}`,
    {
      rows: claims.map((claim) => ({ id: String(claim.id), ...encodeRow(WRITTEN_CLAIM_PROPERTIES, claim) })),
    },
  );
}

/**
 * Evidence of documents new to the store is created outright; a document written again may
 * bring a piece the store holds already, so its evidence is merged by claim and offsets.
 */
export async function writeEvidence(session: Session, evidence: readonly EvidenceWrite[]) {
  const [start, end] = EVIDENCE_PROPERTIES;
  const identity = [start, end]
    .map((spec) => `${quoteName(spec.name)}: ${decodeExpression(spec.type, `r.${quoteName(spec.name)}`)}`)
    .join(', ');
  for (const [stored, group] of groupBy(evidence, (piece) => piece.storedDocument)) {
    const rows = group.map((piece) => ({
      relationId: piece.relationId,
      documentId: piece.documentId,
      ...encodeRow(EVIDENCE_PROPERTIES, { ...piece }),
    }));
    await session.run(
      `UNWIND $rows AS r
       MATCH (d${DOCUMENT} {id: r.documentId}) MATCH (c${CLAIM} {id: r.relationId})
       ${stored ? 'MERGE' : 'CREATE'} (d)-[ev${EVIDENCE} {${identity}}]->(c)
       SET ${setClause('ev', 'r', WRITTEN_EVIDENCE_PROPERTIES)}`,
      { rows },
    );
  }
}

/**
 * Links from claimants to claims added and removed, by the claimant's table (`typeOf` first,
 * else looked up); the claims must exist. Claimants that are no entity of the store get no link.
 */
export async function writeClaimantLinks(
  session: Session,
  changes: ClaimantLinkChanges,
  typeOf: ReadonlyMap<string, EntityType>,
  reader: KuzuReader = new KuzuReader(session),
) {
  const byTable = async (links: readonly ClaimantLink[]) => {
    const unplaced = links.map((link) => link.claimant).filter((id) => !typeOf.has(id));
    const found = new Map(typeOf);
    for (const [type, ids] of await reader.entityTables(unplaced)) for (const id of ids) found.set(id, type);
    return groupBy(
      links.filter((link) => found.has(link.claimant)),
      (link) => found.get(link.claimant) as EntityType,
    );
  };
  for (const [type, group] of await byTable(changes.removed)) {
    await session.run(
      `UNWIND $rows AS r MATCH (n${label(type)} {id: r.claimant})-[x${ASSERTS}]->(c${CLAIM} {id: r.relationId}) DELETE x`,
      { rows: group.map(({ claimant, relationId }) => ({ claimant, relationId })) },
    );
  }
  for (const [type, group] of await byTable(changes.added)) {
    await session.run(
      `UNWIND $rows AS r MATCH (n${label(type)} {id: r.claimant}) MATCH (c${CLAIM} {id: r.relationId})
       CREATE (n)-[${ASSERTS}]->(c)`,
      { rows: group.map(({ claimant, relationId }) => ({ claimant, relationId })) },
    );
  }
}

/**
 * mentionCount, firstSeen and lastSeen of entities, recomputed from their mentions; the date of
 * a mention is its document's publication date, else the date it was ingested.
 */
async function refreshEntityStatistics(session: Session, typeOf: ReadonlyMap<string, EntityType>) {
  const byType = groupBy(typeOf.entries(), ([, type]) => type);
  for (const [type, entries] of byType) {
    await session.run(
      `UNWIND $ids AS wanted MATCH (n${label(type)} {id: wanted})
       OPTIONAL MATCH (n)-[m${MENTION}]->(d${DOCUMENT})
       WITH n, count(m) AS mentions, min(coalesce(d.publishedAt, d.ingestedAt)) AS first,
            max(coalesce(d.publishedAt, d.ingestedAt)) AS last
       SET n.mentionCount = mentions, n.firstSeen = first, n.lastSeen = last`,
      { ids: entries.map(([id]) => id) },
    );
  }
}

/** Orders strings as Kùzu's min and max do: by their UTF-8 bytes. */
function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/**
 * What refreshEntityStatistics would find once mentions of documents the store did not hold
 * are added to the stored counts and dates: the same figures without reading any mention.
 */
export function statisticsWithNewMentions(
  touched: readonly EntityRecord[],
  stored: ReadonlyMap<string, StoredEntity & { documentCount?: number }>,
  mentions: readonly MentionRecord[],
  documents: readonly DocumentRecord[],
  now: string,
): EntityStatistics[] {
  const dateOf = new Map(documents.map((document) => [document.id, document.publishedAt || now]));
  const mentionsOf = groupBy(mentions, (mention) => mention.entityId);
  return touched.map((entity) => {
    const previous = stored.get(entity.id);
    const dates = (mentionsOf.get(entity.id) ?? []).map((mention) => dateOf.get(mention.documentId) ?? now);
    if (previous?.firstSeen !== undefined) dates.push(previous.firstSeen);
    if (previous?.lastSeen !== undefined) dates.push(previous.lastSeen);
    dates.sort(compareUtf8);
    const newDocuments = new Set((mentionsOf.get(entity.id) ?? []).map((mention) => mention.documentId));
    const statistics: EntityStatistics = {
      ...entity,
      mentionCount: (previous?.mentionCount ?? 0) + (mentionsOf.get(entity.id)?.length ?? 0),
      documentCount: (previous?.documentCount ?? 0) + newDocuments.size,
    };
    const [firstSeen] = dates;
    const lastSeen = dates[dates.length - 1];
    if (firstSeen !== undefined) statistics.firstSeen = firstSeen;
    if (lastSeen !== undefined) statistics.lastSeen = lastSeen;
    return statistics;
  });
}

/**
 * Stored edges with the ids of `incoming`, with their claims' first pieces: which are stored is
 * read from their claims' primary key, with the pieces, and only those are looked up through
 * their endpoints. Looked up from its endpoints, an
 * edge the store does not hold cost more as the store grew (a hub end's edges are read to find
 * none): on a store written group by group, those of them among a group's 25 costliest
 * statements took 12 ms a group at 2,560 documents and 105 ms at 25,600.
 */
async function storedHeadsOf(
  reader: KuzuReader,
  incoming: readonly RelationRecord[],
  typeOf: ReadonlyMap<string, EntityType>,
): Promise<Map<string, StoredHeadWithFirstPieces>> {
  const stored = await reader.firstPiecesOf(incoming.map((relation) => relation.id));
  const found = await reader.relationHeadsByEndpoints(
    incoming
      .filter((relation) => stored.has(relation.id))
      .map((relation) => ({
        ...relation,
        sourceType: typeOf.get(relation.source) as EntityType,
        targetType: typeOf.get(relation.target) as EntityType,
      })),
  );
  return new Map(
    found.flatMap((relation) => {
      const firstPieces = stored.get(relation.id);
      return firstPieces ? [[relation.id, { ...relation, ...firstPieces }] as const] : [];
    }),
  );
}

/** The entity's row with its kept counts, its document count as its statistics give it. */
function withSummary(entity: EntityStatistics, summary: EntitySummary = emptySummary()) {
  return { ...entity, ...summaryColumns({ ...summary, documentCount: entity.documentCount ?? 0 }) };
}

/** The stored uris found by a scan of the documents, for a writer that keeps none in memory. */
function scannedUris(reader: KuzuReader): DocumentUriLookup {
  return { at: (uris) => reader.documentsAtUris(uris), deleted: () => undefined, written: () => undefined };
}

/**
 * Writes the batches as if one after the other (batch-preparation.ts). When every document the
 * mentions cite is new to the store, entity statistics are computed here from the stored ones;
 * a document written again may change mentions and dates already counted, so then they are
 * recomputed from the stored mentions.
 */
export async function writeBatches(
  session: Session,
  given: readonly GraphBatch[],
  now: string,
  uris: DocumentUriLookup = scannedUris(new KuzuReader(session)),
): Promise<WriteSummary[]> {
  const reader = new KuzuReader(session);
  const batches = await replaceStoredVersions(
    given,
    (wanted) => uris.at(wanted),
    async (id) => {
      await deleteDocument(session, id);
      uris.deleted(id);
    },
  );
  const prepared = await prepareBatches(batches, (ids) => reader.entitiesWithSummaries(ids));
  const { documents, entities, mentions, storedEntities, typeOf, citedStoredDocumentIds } = prepared;
  const storedDocuments = new Set(
    (
      await reader.documentSummaries([
        ...new Set([...documents.map((document) => document.id), ...citedStoredDocumentIds]),
      ])
    ).map((document) => document.id),
  );
  checkCitedDocuments(citedStoredDocumentIds, (id) => storedDocuments.has(id));

  const storedHeads = await storedHeadsOf(reader, prepared.relations, typeOf);
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
  const newEdgeEnds = [...new Set(newEdges.flatMap((edge) => [edge.source, edge.target]))];

  await writeDocuments(session, documents, now, (id) => storedDocuments.has(id));
  uris.written(documents);
  if (rewrites) {
    await writeEntities(session, entities, WRITTEN_ENTITY_PROPERTIES);
  } else {
    const batchEntityIds = new Set(entities.map((entity) => entity.id));
    const touched = [
      ...entities,
      ...[...new Set([...prepared.touchedEntityIds, ...newEdgeEnds])]
        .filter((id) => !batchEntityIds.has(id))
        .map((id) => storedEntities.get(id) as StoredEntity),
    ];
    const summaries = new Map(
      [...storedEntities.values()].map((entity) => [entity.id, structuredClone(entity.summary)]),
    );
    // Asked before the new edges are written: which pairs they join had an edge already.
    addNewEdges(summaries, newEdges, await pairsJoinedBefore(session, pairsOf(newEdges), summaries));
    const counted = new Map(
      [...storedEntities.values()].map((entity) => [
        entity.id,
        { ...entity, documentCount: entity.summary.documentCount },
      ]),
    );
    await writeEntities(
      session,
      statisticsWithNewMentions(touched, counted, mentions, documents, now).map((entity) =>
        withSummary(entity, summaries.get(entity.id)),
      ),
      WRITTEN_ENTITY_PROPERTIES_WITH_STATISTICS,
      (id) => storedEntities.has(id),
    );
  }
  await writeMentions(session, mentions, typeOf, (id) => storedDocuments.has(id));
  await writeRelations(session, plan.relations, typeOf);
  await createClaims(session, plan.newClaims);
  await writeClaimRecords(session, plan.relations);
  await writeEvidence(session, plan.evidence);
  await writeClaimantLinks(
    session,
    claimantLinkChanges(
      new Map([...storedHeads.values()].map((head) => [head.id, head.assertedBy])),
      plan.relations,
    ),
    typeOf,
    reader,
  );
  if (rewrites) {
    await refreshEntityStatistics(
      session,
      new Map(prepared.touchedEntityIds.map((id) => [id, typeOf.get(id) as EntityType])),
    );
    await recountSummaries(
      session,
      groupBy(
        [...new Set([...prepared.touchedEntityIds, ...newEdgeEnds])],
        (id) => typeOf.get(id) as EntityType,
      ),
    );
  }
  await writeDescriptions(session, describedEntities(batches), typeOf, (id) => storedDocuments.has(id));
  return given.map(batchSummary);
}

/** Deletes edges and their claims (the claims' evidence with them). */
async function deleteRelations(session: Session, doomed: readonly Pick<StoredRelation, 'id' | 'type'>[]) {
  for (const [type, group] of groupBy(doomed, (relation) => relation.type)) {
    await session.run(`MATCH ()-[e${label(type)}]->() WHERE e.id IN $ids DELETE e`, {
      ids: group.map((relation) => relation.id),
    });
  }
  if (doomed.length === 0) return;
  await session.run(`UNWIND $ids AS wanted MATCH (c${CLAIM} {id: wanted}) DETACH DELETE c`, {
    ids: doomed.map((relation) => relation.id),
  });
}

/**
 * Retracts a document: its evidence leaves every claim (edges left with none are deleted, the
 * others get their summary recomputed from what remains), its mentions and descriptions go,
 * entities it described get back the record the other documents' descriptions give
 * (entity-descriptions.ts), and entities left with neither mentions nor descriptions are deleted
 * with their edges and claims.
 */
export async function deleteDocument(session: Session, documentId: string): Promise<boolean> {
  const reader = new KuzuReader(session);
  const [document] = await reader.documentSummaries([documentId]);
  if (!document) return false;

  const { emptied, kept } = retractEvidence(await reader.relationsWithEvidenceFrom(documentId), documentId);
  await deleteRelations(session, emptied);
  const endpointIds = [...new Set(kept.flatMap((relation) => [relation.source, relation.target]))];
  const endpointTypes = new Map((await reader.entities(endpointIds)).map((e) => [e.id, e.type]));
  const rewritten = resummarized(
    kept,
    await storedEvidenceDays(kept, (ids) => reader.documentSummaries(ids)),
  );
  await writeRelations(session, rewritten, endpointTypes);
  await writeClaimRecords(session, rewritten);
  await writeClaimantLinks(
    session,
    claimantLinkChanges(new Map(kept.map((relation) => [relation.id, relation.assertedBy])), rewritten),
    endpointTypes,
    reader,
  );

  const mentionedRows = await session.run(
    `MATCH (n)-[${MENTION}]->(d${DOCUMENT} {id: $id}) RETURN DISTINCT n.id AS id`,
    { id: documentId },
  );
  const touchedIds = [
    ...new Set([...mentionedRows.map((row) => String(row.id)), ...(await reader.describedBy(documentId))]),
  ];
  const remaining = await reader.descriptionsOf(touchedIds, documentId);
  await session.run(`MATCH (d${DOCUMENT} {id: $id}) DETACH DELETE d`, { id: documentId });
  const touched = await reader.entities(touchedIds);
  await refreshEntityStatistics(session, new Map(touched.map((entity) => [entity.id, entity.type])));
  const described = new Set(remaining.map((description) => description.id));
  const unsupported = (await reader.entities(touchedIds)).filter(
    (entity) => entity.mentionCount === 0 && !described.has(entity.id),
  );
  const orphaned = await reader.edgesTouching(unsupported.map((entity) => entity.id));
  await deleteRelations(session, orphaned);
  for (const [type, group] of groupBy(unsupported, (entity) => entity.type)) {
    await session.run(`UNWIND $ids AS wanted MATCH (n${label(type)} {id: wanted}) DETACH DELETE n`, {
      ids: group.map((entity) => entity.id),
    });
  }
  await writeEntities(session, entitiesFromDescriptions(remaining), WRITTEN_ENTITY_PROPERTIES);
  // Whose documents, edges or neighbours the retraction may have changed, counted again.
  const recounted = [...emptied, ...orphaned].flatMap((relation) => [relation.source, relation.target]);
  await recountSummaries(session, await reader.entityTables([...new Set([...touchedIds, ...recounted])]));
  return true;
}
