/**
 * Every Cypher statement the Neo4j backend sends, as constants and generators over
 * graph-schema, so that cypher-lint.test.ts can enumerate and check them all with Neo4j's own
 * parser. Nothing else in store/neo4j writes Cypher (the lint test checks that too).
 *
 * Parameters are always passed separately (`$rows`, `$ids`...), never spliced into the text.
 */
import {
  CLAIM_LABEL,
  FIRST_PIECE_PROPERTIES,
  CLAIMANT_LABEL,
  DESCRIPTION_LABEL,
  DOCUMENT_LABEL,
  DOCUMENT_PROPERTIES,
  ENTITY_TYPES,
  ENTITY_SUMMARY_PROPERTIES,
  EVIDENCE_LABEL,
  MENTION_LABEL,
  RELATION_PROPERTIES,
  RELATION_TYPES,
  type EntityType,
  type RelationType,
} from '../../graph-schema/schema.ts';
import { LEGACY_EVIDENCE_PROPERTIES } from '../legacy-evidence.ts';
import { MAX_PATH_LENGTH } from '../query-limits.ts';
import { REPLACED_SUMMARY_PROPERTIES } from '../relation-summary.ts';
import { ENTITY_LABEL, NEO4J_DIALECT as dialect } from './dialect.ts';

/** Folded name and aliases of an entity (search-key.ts), kept on the node for server-side search. */
export const SEARCH_KEYS_PROPERTY = 'searchKeys';
/**
 * Fields of `$rows` entries that are not stored properties (`r.entityId`...): a linter cannot
 * tell a parameter map's keys from property keys, so they are declared here.
 */
export const ROW_FIELDS = ['entityId', 'documentId', 'relationId', 'source', 'target', 'claimant'] as const;
/** Name of the full-text index over entity names and aliases, for analysts in Neo4j Browser. */
export const FULLTEXT_INDEX = 'entity_names';

const ENTITY_LABELS: readonly EntityType[] = ENTITY_TYPES.map((spec) => spec.name);
const RELATION_LABELS: readonly RelationType[] = RELATION_TYPES.map((spec) => spec.name);
/** `ATTRIBUTED_TO|REGISTERED|...`: every typed relation, MENTIONED_IN excluded. */
const ANY_RELATION = RELATION_LABELS.join('|');

/** Schema names are identifiers by construction; backquoting keeps any future name safe. */
function name(identifier: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(identifier) ? identifier : `\`${identifier.replaceAll('`', '``')}\``;
}

function constraintName(label: string): string {
  return `${label.toLowerCase()}_id_unique`;
}

// --- schema ---------------------------------------------------------------------------------

function uniqueId(label: string): string {
  return `CREATE CONSTRAINT ${constraintName(label)} IF NOT EXISTS FOR (n:${name(label)}) REQUIRE n.id IS UNIQUE`;
}

function relationIdIndex(type: RelationType): string {
  return `CREATE INDEX ${type.toLowerCase()}_id IF NOT EXISTS FOR ()-[e:${name(type)}]-() ON (e.id)`;
}

function fullTextIndex(): string {
  return (
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS ` +
    `FOR (n:${ENTITY_LABELS.map(name).join('|')}) ON EACH [n.name, n.aliases]`
  );
}

/** Constraints and indexes of a fresh database, all idempotent (`IF NOT EXISTS`). */
export function schemaStatements(): string[] {
  return [
    uniqueId(ENTITY_LABEL),
    ...ENTITY_LABELS.map(uniqueId),
    uniqueId(DOCUMENT_LABEL),
    uniqueId(CLAIM_LABEL),
    `CREATE INDEX document_uri IF NOT EXISTS FOR (d:${DOCUMENT_LABEL}) ON (d.uri)`,
    ...RELATION_LABELS.map(relationIdIndex),
    fullTextIndex(),
  ];
}

/** Waits until the indexes just created are online, so the first queries can use them. */
export const AWAIT_INDEXES = 'CALL db.awaitIndexes(300)';

// --- columns --------------------------------------------------------------------------------

const ENTITY_COLUMNS = `${dialect.labelOf('n')} AS type, n.id AS id, n.name AS name, n.aliases AS aliases,
  n.externalIds AS externalIds, n.mergeReasons AS mergeReasons, n.mentionCount AS mentionCount,
  n.firstSeen AS firstSeen, n.lastSeen AS lastSeen`;

const RELATION_COLUMNS = `type(e) AS type, a.id AS source, b.id AS target, ${RELATION_PROPERTIES.map(
  (spec) => `e.${name(spec.name)} AS ${name(spec.name)}`,
).join(', ')}`;

const DOCUMENT_COLUMNS = DOCUMENT_PROPERTIES.filter((spec) => spec.name !== 'text')
  .map((spec) => `d.${name(spec.name)} AS ${name(spec.name)}`)
  .join(', ');

const EVIDENCE_COLUMNS = `c.id AS relationId, d.id AS documentId, ev.text AS text, ev.start AS start,
  ev.end AS end, ev.lang AS lang, ev.confidence AS confidence, ev.assertedBy AS assertedBy,
  ev.extractor AS extractor`;

/** The counts an entity keeps (store/entity-summary.ts), each as its property. */
const ENTITY_SUMMARY_COLUMNS = ENTITY_SUMMARY_PROPERTIES.map(
  (spec) => `n.${name(spec.name)} AS ${name(spec.name)}`,
).join(', ');

const ENTITY = `(n:${ENTITY_LABEL})`;
const DOCUMENT = `(d:${DOCUMENT_LABEL})`;
const TYPED_RELATION = `(a:${ENTITY_LABEL})-[e:${ANY_RELATION}]->(b:${ENTITY_LABEL})`;

// --- reads ----------------------------------------------------------------------------------

export const ENTITIES = {
  all: `MATCH ${ENTITY} RETURN ${ENTITY_COLUMNS}`,
  ids: `MATCH ${ENTITY} RETURN n.id AS id`,
  byIds: `MATCH ${ENTITY} WHERE n.id IN $ids RETURN ${ENTITY_COLUMNS}`,
  /** Entities by id with the counts they keep: what a write of new documents adds to. */
  byIdsWithSummaries: `MATCH ${ENTITY} WHERE n.id IN $ids RETURN ${ENTITY_COLUMNS}, ${ENTITY_SUMMARY_COLUMNS}`,
  /**
   * Which of the pairs (`r.source`, `r.target`) an edge joins, either way: each pair's two ends
   * found by key and their edges expanded into each other (Neo4j expands from the end with
   * fewer), not a hub's edges read to find one.
   */
  joinedPairs: `UNWIND $rows AS r MATCH (a:${ENTITY_LABEL} {id: r.source}) MATCH (b:${ENTITY_LABEL} {id: r.target})
    WHERE EXISTS { (a)-[:${ANY_RELATION}]-(b) } RETURN r.source AS source, r.target AS target`,
  /** Entities whose name or an alias contains the folded query (ranking happens in search-key.ts). */
  /** Names containing the key, or sharing enough of its three-letter pieces to be a near spelling. */
  matchingKey: `MATCH ${ENTITY} WHERE any(key IN n.${SEARCH_KEYS_PROPERTY} WHERE key CONTAINS $key)
    OR ($minShared > 0 AND size([gram IN $grams WHERE any(key IN n.${SEARCH_KEYS_PROPERTY} WHERE key CONTAINS gram)]) >= $minShared)
    RETURN ${ENTITY_COLUMNS}`,
  documentsOfAll: `MATCH ${ENTITY}-[:${MENTION_LABEL}]->${DOCUMENT} RETURN DISTINCT n.id AS id, d.id AS document`,
  documentsOf: `MATCH ${ENTITY}-[:${MENTION_LABEL}]->${DOCUMENT} WHERE n.id IN $ids
    RETURN DISTINCT n.id AS id, d.id AS document`,
  /**
   * The counts the entity keeps (store/entity-summary.ts): its documents, edges by relation type
   * and neighbours by entity type, read in one lookup by its key instead of counted around it.
   */
  summary: `MATCH (n:${ENTITY_LABEL} {id: $id}) RETURN ${ENTITY_SUMMARY_COLUMNS}`,
  /** A page of the ids of the documents mentioning the entity, in id order. */
  documentPage: `MATCH (n:${ENTITY_LABEL} {id: $id})-[:${MENTION_LABEL}]->${DOCUMENT}
    WITH DISTINCT d.id AS id RETURN id ORDER BY id SKIP $offset LIMIT $limit`,
  /** A page of the ids of an entity's relations, in or out, in id order. */
  relationPage: `MATCH (a:${ENTITY_LABEL} {id: $id})-[e:${ANY_RELATION}]-(b:${ENTITY_LABEL})
    WITH DISTINCT e.id AS id RETURN id ORDER BY id SKIP $offset LIMIT $limit`,
  /** A page of an entity's neighbours, most evidence on the edges joining them first, ties by id. */
  neighborPage: `MATCH (a:${ENTITY_LABEL} {id: $id})-[e:${ANY_RELATION}]-(b:${ENTITY_LABEL}) WHERE b.id <> $id
    RETURN b.id AS id, sum(e.evidenceCount) AS support ORDER BY support DESC, id SKIP $offset LIMIT $limit`,
  /** The relations whose claim an entity makes, through its links to their claims: counted by type, a page of ids. */
  claimTypesOf: `MATCH (:${ENTITY_LABEL} {id: $id})-[:${CLAIMANT_LABEL}]->(c:${CLAIM_LABEL})
    RETURN c.type AS type, count(*) AS claims`,
  claimPage: `MATCH (:${ENTITY_LABEL} {id: $id})-[:${CLAIMANT_LABEL}]->(c:${CLAIM_LABEL})
    RETURN c.id AS id ORDER BY id SKIP $offset LIMIT $limit`,
  /** Entities by number of typed relations, most connected first (ties by id). */
  mostConnected: `MATCH ${ENTITY} OPTIONAL MATCH (n)-[e:${ANY_RELATION}]-()
    RETURN n.id AS id, count(e) AS degree ORDER BY degree DESC, id LIMIT $limit`,
  mentionedIn: `MATCH ${ENTITY}-[:${MENTION_LABEL}]->(d:${DOCUMENT_LABEL} {id: $id}) RETURN DISTINCT n.id AS id`,
  /** Entities a document describes (entity-descriptions.ts). */
  describedBy: `MATCH ${ENTITY}-[:${DESCRIPTION_LABEL}]->(d:${DOCUMENT_LABEL} {id: $id}) RETURN n.id AS id`,
  /** How each document but `$except` described the entities. */
  descriptions: `MATCH ${ENTITY}-[x:${DESCRIPTION_LABEL}]->${DOCUMENT} WHERE n.id IN $ids AND d.id <> $except
    RETURN ${dialect.labelOf('n')} AS type, n.id AS id, d.id AS documentId, x.name AS name, x.aliases AS aliases,
      x.externalIds AS externalIds, x.mergeReasons AS mergeReasons`,
  /** Entities left with neither mentions nor descriptions. */
  unsupported: `MATCH ${ENTITY} WHERE n.id IN $ids AND n.mentionCount = 0
    AND NOT (n)-[:${DESCRIPTION_LABEL}]->(:${DOCUMENT_LABEL}) RETURN n.id AS id`,
} as const;

function relationsByIdsOfType(type: RelationType): string {
  return `MATCH (a:${ENTITY_LABEL})-[e:${name(type)}]->(b:${ENTITY_LABEL}) WHERE e.id IN $ids RETURN ${RELATION_COLUMNS}`;
}

/** One branch per relation type, so each lookup by id can use that type's id index. */
function relationsByIdsAnyType(): string {
  return RELATION_LABELS.map((type) => relationsByIdsOfType(type)).join('\nUNION ALL\n');
}

const TOUCHING_SUMMARIES = `UNWIND $ids AS wanted MATCH (:${ENTITY_LABEL} {id: wanted})-[e:${ANY_RELATION}]-(:${ENTITY_LABEL})
    WITH DISTINCT e WITH e, startNode(e) AS a, endNode(e) AS b
    RETURN e.id AS id, type(e) AS type, a.id AS source, b.id AS target, ${dialect.labelOf('a')} AS sourceType,
      ${dialect.labelOf('b')} AS targetType, e.evidenceCount AS evidence`;

export const RELATIONS = {
  ids: `MATCH ${TYPED_RELATION} RETURN e.id AS id`,
  byIds: relationsByIdsAnyType(),
  /** Relations of one type by id: the lookup a write makes before merging evidence. */
  byIdsOfType: relationsByIdsOfType,
  /** Edges touching any of the entities, without their evidence, for ranking neighbours. */
  touchingSummaries: TOUCHING_SUMMARIES,
  touchingSummariesUpTo: `${TOUCHING_SUMMARIES} LIMIT $limit`,
  among: `MATCH ${TYPED_RELATION} WHERE a.id IN $ids AND b.id IN $ids RETURN ${RELATION_COLUMNS}`,
  /** Ids of the relations a document's evidence supports. */
  supportedBy: `MATCH (:${DOCUMENT_LABEL} {id: $id})-[:${EVIDENCE_LABEL}]->(c:${CLAIM_LABEL}) RETURN DISTINCT c.id AS id`,
  /** Ids of the first relations the scan meets with a sentence containing the needle (lower case). */
  withEvidenceContaining: `MATCH (:${DOCUMENT_LABEL})-[ev:${EVIDENCE_LABEL}]->(c:${CLAIM_LABEL}) WHERE toLower(ev.text) CONTAINS $needle
    RETURN DISTINCT c.id AS id LIMIT $limit`,
  /** The relations along every shortest path (at most $paths of them) between two entities: [id, source, target]. */
  alongShortestPaths: (maxHops: number) =>
    `MATCH p = allShortestPaths((:${ENTITY_LABEL} {id: $from})-[:${ANY_RELATION}*1..${maxHops}]-(:${ENTITY_LABEL} {id: $to}))
     RETURN ${dialect.mapList(dialect.relationshipsOf('p'), 'r', '[r.id, startNode(r).id, endNode(r).id]')} AS steps LIMIT $paths`,
} as const;

const FIRST_PIECE_COLUMNS = FIRST_PIECE_PROPERTIES.map(
  (spec) => `c.${name(spec.name)} AS ${name(spec.name)}`,
).join(', ');

/** The first pieces of evidence relations' claims keep (relation-summary.ts). */
export const FIRST_PIECES = {
  ofClaims: `UNWIND $ids AS wanted MATCH (c:${CLAIM_LABEL} {id: wanted}) RETURN c.id AS id, ${FIRST_PIECE_COLUMNS}`,
  write: `UNWIND $rows AS r MATCH (c:${CLAIM_LABEL} {id: r.id})
    SET ${FIRST_PIECE_PROPERTIES.map((spec) => `c.${name(spec.name)} = r.${name(spec.name)}`).join(', ')}`,
} as const;

/** Pieces of evidence: records of their own, from a document to the claim of a relation. */
export const EVIDENCE = {
  all: `MATCH (d:${DOCUMENT_LABEL})-[ev:${EVIDENCE_LABEL}]->(c:${CLAIM_LABEL}) RETURN ${EVIDENCE_COLUMNS}`,
  ofClaims: `UNWIND $ids AS wanted MATCH (d:${DOCUMENT_LABEL})-[ev:${EVIDENCE_LABEL}]->(c:${CLAIM_LABEL} {id: wanted})
    RETURN ${EVIDENCE_COLUMNS}`,
} as const;

export const DOCUMENTS = {
  all: `MATCH ${DOCUMENT} RETURN ${DOCUMENT_COLUMNS}`,
  byIds: `MATCH ${DOCUMENT} WHERE d.id IN $ids RETURN ${DOCUMENT_COLUMNS}`,
  withText: `MATCH (d:${DOCUMENT_LABEL} {id: $id}) RETURN ${DOCUMENT_COLUMNS}, d.text AS text`,
  atUris: `MATCH ${DOCUMENT} WHERE d.uri IN $uris RETURN d.id AS id, d.uri AS uri`,
  mentions: `MATCH ${ENTITY}-[m:${MENTION_LABEL}]->(d:${DOCUMENT_LABEL} {id: $id})
    RETURN n.id AS entityId, m.start AS start, m.end AS end, m.surface AS surface`,
} as const;

export const STATS = {
  documents: `MATCH ${DOCUMENT} RETURN count(d) AS count`,
  mentions: `MATCH (:${ENTITY_LABEL})-[m:${MENTION_LABEL}]->(:${DOCUMENT_LABEL}) RETURN count(m) AS count`,
  entitiesByType: `MATCH ${ENTITY} RETURN ${dialect.labelOf('n')} AS type, count(n) AS count`,
  relationsByType: `MATCH ${TYPED_RELATION}
    RETURN type(e) AS type, count(e) AS count, sum(e.evidenceCount) AS evidence`,
} as const;

// --- writes ---------------------------------------------------------------------------------

/** Relation properties other than the key, each set from the row field of the same name. */
const RELATION_SET = RELATION_PROPERTIES.filter((spec) => spec.name !== 'id')
  .map((spec) => `e.${name(spec.name)} = r.${name(spec.name)}`)
  .join(', ');

export const WRITES = {
  /** `ingestedAt` is set when a document first arrives and kept when it is written again. */
  documents: `UNWIND $rows AS r MERGE (d:${DOCUMENT_LABEL} {id: r.id})
    ON CREATE SET d.ingestedAt = r.ingestedAt
    SET d.uri = r.uri, d.title = r.title, d.lang = r.lang, d.publishedAt = r.publishedAt,
        d.source = r.source, d.author = r.author, d.encoding = r.encoding, d.text = r.text`,
  /** Entities of one type, already merged with what the store held. */
  entitiesOfType: (type: EntityType) =>
    `UNWIND $rows AS r MERGE (n:${ENTITY_LABEL} {id: r.id}) SET n:${name(type)},
     n.name = r.name, n.aliases = r.aliases, n.externalIds = r.externalIds,
     n.mergeReasons = r.mergeReasons, n.${SEARCH_KEYS_PROPERTY} = r.searchKeys`,
  /** One mention per (entity, document, start, end). */
  mentions: `UNWIND $rows AS r
    MATCH (n:${ENTITY_LABEL} {id: r.entityId}) MATCH (d:${DOCUMENT_LABEL} {id: r.documentId})
    MERGE (n)-[m:${MENTION_LABEL} {start: r.start, end: r.end}]->(d) SET m.surface = r.surface`,
  /** Relation edges of one type with their summaries (relation-summary.ts). */
  relationsOfType: (type: RelationType) =>
    `UNWIND $rows AS r
     MATCH (a:${ENTITY_LABEL} {id: r.source}) MATCH (b:${ENTITY_LABEL} {id: r.target})
     MERGE (a)-[e:${name(type)} {id: r.id}]->(b) SET ${RELATION_SET}`,
  /** What each document said of each entity it describes. */
  descriptions: `UNWIND $rows AS r
    MATCH (n:${ENTITY_LABEL} {id: r.entityId}) MATCH (d:${DOCUMENT_LABEL} {id: r.documentId})
    MERGE (n)-[x:${DESCRIPTION_LABEL}]->(d)
    SET x.name = r.name, x.aliases = r.aliases, x.externalIds = r.externalIds, x.mergeReasons = r.mergeReasons`,
  /** The claim node of each new relation, which its evidence points to. */
  claims: `UNWIND $rows AS r MERGE (c:${CLAIM_LABEL} {id: r.id})
    SET c.type = r.type, c.source = r.source, c.target = r.target`,
  /** One relationship per piece of evidence, identified by its document, claim and offsets. */
  evidence: `UNWIND $rows AS r
    MATCH (d:${DOCUMENT_LABEL} {id: r.documentId}) MATCH (c:${CLAIM_LABEL} {id: r.relationId})
    MERGE (d)-[ev:${EVIDENCE_LABEL} {start: r.start, end: r.end}]->(c)
    SET ev.text = r.text, ev.lang = r.lang, ev.confidence = r.confidence, ev.assertedBy = r.assertedBy,
      ev.extractor = r.extractor`,
  /** Links from claimants to the claims they make (claimant-links.ts). */
  linkClaimants: `UNWIND $rows AS r
    MATCH (n:${ENTITY_LABEL} {id: r.claimant}) MATCH (c:${CLAIM_LABEL} {id: r.relationId})
    MERGE (n)-[:${CLAIMANT_LABEL}]->(c)`,
  unlinkClaimants: `UNWIND $rows AS r
    MATCH (:${ENTITY_LABEL} {id: r.claimant})-[x:${CLAIMANT_LABEL}]->(:${CLAIM_LABEL} {id: r.relationId}) DELETE x`,
  deleteClaims: `MATCH (c:${CLAIM_LABEL}) WHERE c.id IN $ids DETACH DELETE c`,
  deleteRelationsOfType: (type: RelationType) =>
    `MATCH (:${ENTITY_LABEL})-[e:${name(type)}]->(:${ENTITY_LABEL}) WHERE e.id IN $ids DELETE e`,
  /**
   * mentionCount, firstSeen and lastSeen recomputed from the mentions; the date of a mention is
   * its document's publication date, else the date it was ingested.
   */
  refreshEntityStatistics: `MATCH ${ENTITY} WHERE n.id IN $ids
    OPTIONAL MATCH (n)-[m:${MENTION_LABEL}]->${DOCUMENT}
    WITH n, count(m) AS mentions, min(coalesce(d.publishedAt, d.ingestedAt)) AS first,
         max(coalesce(d.publishedAt, d.ingestedAt)) AS last
    SET n.mentionCount = mentions, n.firstSeen = first, n.lastSeen = last`,
  /**
   * The counts the entities keep (store/entity-summary.ts), as a write of new documents
   * computed them from the stored ones and what the documents add.
   */
  entitySummaries: `UNWIND $rows AS r MATCH (n:${ENTITY_LABEL} {id: r.id})
    SET ${ENTITY_SUMMARY_PROPERTIES.map((spec) => `n.${name(spec.name)} = r.${name(spec.name)}`).join(', ')}`,
  /**
   * The counts an entity keeps (store/entity-summary.ts), counted again from the graph: its
   * documents, its edges by relation type and its distinct neighbours by entity type, each as
   * two lists in key order (no maps in properties).
   */
  refreshEntitySummaries: `MATCH ${ENTITY} WHERE n.id IN $ids
    OPTIONAL MATCH (n)-[:${MENTION_LABEL}]->${DOCUMENT}
    WITH n, count(DISTINCT d) AS documents
    OPTIONAL MATCH (n)-[e:${ANY_RELATION}]-(:${ENTITY_LABEL})
    WITH n, documents, type(e) AS type, count(DISTINCT e) AS edges ORDER BY type
    WITH n, documents, collect(type) AS relationTypes,
         collect(CASE WHEN type IS NOT NULL THEN edges END) AS relationCounts
    OPTIONAL MATCH (n)-[:${ANY_RELATION}]-(b:${ENTITY_LABEL}) WHERE b <> n
    WITH DISTINCT n, documents, relationTypes, relationCounts, b
    WITH n, documents, relationTypes, relationCounts, ${dialect.labelOf('b')} AS type, count(b) AS neighbors
      ORDER BY type
    WITH n, documents, relationTypes, relationCounts, collect(type) AS neighborTypes,
         collect(CASE WHEN type IS NOT NULL THEN neighbors END) AS neighborCounts
    SET n.documentCount = documents, n.relationTypes = relationTypes, n.relationCounts = relationCounts,
        n.neighborTypes = neighborTypes, n.neighborCounts = neighborCounts`,
  deleteDocument: `MATCH (d:${DOCUMENT_LABEL} {id: $id}) DETACH DELETE d`,
  deleteEntities: `MATCH ${ENTITY} WHERE n.id IN $ids DETACH DELETE n`,
} as const;

// --- bulk load (bulk-load.ts) ----------------------------------------------------------------

export const BULK = {
  /** Whether the database holds any node at all (a bulk load fills an empty one only). */
  anyNode: `MATCH (n) RETURN 1 AS found LIMIT 1`,
  /** Up to $limit nodes removed with their relationships: a failed load empties the database. */
  emptySome: `MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS count`,
} as const;

// --- upgrade -------------------------------------------------------------------------------

/** Relations still keeping their evidence as lists, as earlier versions wrote them. */
/**
 * Relations written before their summary recorded the evidence's languages and days, or before
 * their claim kept its first pieces; the edges' list of first documents, which the first pieces
 * replace, goes.
 */
export const SUMMARY_UPGRADE = {
  relationsOfType: (type: RelationType) =>
    `MATCH (a:${ENTITY_LABEL})-[e:${name(type)}]->(b:${ENTITY_LABEL}) MATCH (c:${CLAIM_LABEL} {id: e.id})
     WHERE e.langs IS NULL OR c.firstPieceTexts IS NULL
     RETURN e.id AS id, a.id AS source, b.id AS target, e.modality AS modality`,
  dropReplaced: (type: RelationType) =>
    `MATCH (:${ENTITY_LABEL})-[e:${name(type)}]->(:${ENTITY_LABEL})
     WHERE ${REPLACED_SUMMARY_PROPERTIES.map((property) => `e.${name(property)} IS NOT NULL`).join(' OR ')}
     REMOVE ${REPLACED_SUMMARY_PROPERTIES.map((property) => `e.${name(property)}`).join(', ')}`,
} as const;

/**
 * Entities written before they kept their counts (WRITES.refreshEntitySummaries gives them),
 * a chunk at a time: an entity counted is never listed again, so an interrupted upgrade resumes
 * where it stopped.
 */
export const ENTITY_SUMMARY_UPGRADE = {
  uncounted: `MATCH ${ENTITY} WHERE n.documentCount IS NULL RETURN n.id AS id LIMIT $limit`,
} as const;

/**
 * Links the claimants of relations written before claimants were linked to their claims; a
 * link made is never made again, so an interrupted upgrade resumes where it stopped.
 */
export const CLAIMANT_UPGRADE = {
  linkOfType: (type: RelationType) =>
    `MATCH (:${ENTITY_LABEL})-[e:${name(type)}]->(:${ENTITY_LABEL}) WHERE size(e.assertedBy) > 0
     UNWIND e.assertedBy AS claimant
     MATCH (n:${ENTITY_LABEL} {id: claimant}) MATCH (c:${CLAIM_LABEL} {id: e.id})
     WHERE NOT (n)-[:${CLAIMANT_LABEL}]->(c)
     CREATE (n)-[:${CLAIMANT_LABEL}]->(c)
     RETURN count(*) AS linked`,
} as const;

export const LEGACY = {
  /** Whether the graph ever held the old list properties (a cheap look at its token store). */
  propertyKeys: `CALL db.propertyKeys() YIELD propertyKey WHERE propertyKey = 'evidenceDocumentIds' RETURN propertyKey`,
  relationsOfType: (type: RelationType) =>
    `MATCH (a:${ENTITY_LABEL})-[e:${name(type)}]->(b:${ENTITY_LABEL}) WHERE e.evidenceDocumentIds IS NOT NULL
     RETURN e.id AS id, a.id AS source, b.id AS target, e.modality AS modality,
       ${LEGACY_EVIDENCE_PROPERTIES.map((property) => `e.${property} AS ${property}`).join(', ')}`,
  clearOfType: (type: RelationType) =>
    `MATCH (:${ENTITY_LABEL})-[e:${name(type)}]->(:${ENTITY_LABEL}) WHERE e.id IN $ids
     REMOVE ${LEGACY_EVIDENCE_PROPERTIES.map((property) => `e.${property}`).join(', ')}`,
} as const;

// --- tests ----------------------------------------------------------------------------------

/** Empties the database, for tests that need a clean state (never called by the store itself). */
export const WIPE_DATABASE = 'MATCH (n) DETACH DELETE n';

// --- user queries ---------------------------------------------------------------------------

/** The plan of a user query, which says whether it would write, without running it. */
export function explain(query: string): string {
  return `EXPLAIN ${query}`;
}

// --- enumeration ----------------------------------------------------------------------------

export interface NamedStatement {
  name: string;
  text: string;
}

function constants(group: string, statements: Readonly<Record<string, unknown>>): NamedStatement[] {
  return Object.entries(statements).flatMap(([key, value]) =>
    typeof value === 'string' ? [{ name: `${group}.${key}`, text: value }] : [],
  );
}

/** Every statement the backend can send, generated ones included for every type and length. */
export function everyStatement(): NamedStatement[] {
  const lengths = Array.from({ length: MAX_PATH_LENGTH }, (_, index) => index + 1);
  return [
    ...schemaStatements().map((text, index) => ({ name: `schema[${index}]`, text })),
    { name: 'AWAIT_INDEXES', text: AWAIT_INDEXES },
    { name: 'WIPE_DATABASE', text: WIPE_DATABASE },
    ...constants('ENTITIES', ENTITIES),
    ...constants('RELATIONS', RELATIONS),
    ...constants('DOCUMENTS', DOCUMENTS),
    ...constants('EVIDENCE', EVIDENCE),
    ...constants('FIRST_PIECES', FIRST_PIECES),
    ...constants('STATS', STATS),
    ...constants('WRITES', WRITES),
    ...constants('BULK', BULK),
    ...constants('LEGACY', LEGACY),
    ...constants('ENTITY_SUMMARY_UPGRADE', ENTITY_SUMMARY_UPGRADE),
    ...RELATION_LABELS.flatMap((type) => [
      { name: `RELATIONS.byIdsOfType(${type})`, text: RELATIONS.byIdsOfType(type) },
      { name: `WRITES.relationsOfType(${type})`, text: WRITES.relationsOfType(type) },
      { name: `WRITES.deleteRelationsOfType(${type})`, text: WRITES.deleteRelationsOfType(type) },
      { name: `LEGACY.relationsOfType(${type})`, text: LEGACY.relationsOfType(type) },
      { name: `SUMMARY_UPGRADE.relationsOfType(${type})`, text: SUMMARY_UPGRADE.relationsOfType(type) },
      { name: `SUMMARY_UPGRADE.dropReplaced(${type})`, text: SUMMARY_UPGRADE.dropReplaced(type) },
      { name: `CLAIMANT_UPGRADE.linkOfType(${type})`, text: CLAIMANT_UPGRADE.linkOfType(type) },
      { name: `LEGACY.clearOfType(${type})`, text: LEGACY.clearOfType(type) },
    ]),
    ...ENTITY_LABELS.map((type) => ({
      name: `WRITES.entitiesOfType(${type})`,
      text: WRITES.entitiesOfType(type),
    })),
    ...lengths.map((length) => ({
      name: `RELATIONS.alongShortestPaths(${length})`,
      text: RELATIONS.alongShortestPaths(length),
    })),
  ];
}
