/**
 * Kùzu schema statements, derived from graph-schema (never written by hand): one node table
 * per entity type, a Document table, MENTIONED_IN from every entity table to Document, one
 * rel table per relation type holding all of its allowed endpoint pairs, and the evidence:
 * a Claim table (one node per relation) and EVIDENCE from Document to Claim, ASSERTS from every
 * entity table to Claim (its claimants), and DESCRIBED_IN from every entity table to Document
 * (entity-descriptions.ts).
 */
import {
  CLAIM_LABEL,
  CLAIM_PROPERTIES,
  CLAIMANT_LABEL,
  DOCUMENT_LABEL,
  DESCRIPTION_LABEL,
  DESCRIPTION_PROPERTIES,
  DOCUMENT_PROPERTIES,
  ENTITY_PROPERTIES,
  ENTITY_SUMMARY_PROPERTIES,
  ENTITY_TYPES,
  EVIDENCE_LABEL,
  EVIDENCE_PROPERTIES,
  MENTION_LABEL,
  MENTION_PROPERTIES,
  RELATION_PROPERTIES,
  RELATION_TYPES,
  type PropertySpec,
  type PropertyType,
} from '../../graph-schema/schema.ts';

/**
 * The relation's summary, repeated on its claim on the embedded store: the engine reads an edge's
 * columns for every edge a pattern meets before any filter (a hub's 9,000 edges for any 50 of
 * them), where a claim is found by its key alone, so edges by id are read from their claims.
 * Written with the edge's, in the same write.
 */
export const CLAIM_SUMMARY_PROPERTIES = RELATION_PROPERTIES.filter((spec) => spec.name !== 'id');

const KUZU_TYPES: Readonly<Record<PropertyType, string>> = {
  string: 'STRING',
  'string[]': 'STRING[]',
  int: 'INT64',
  'int[]': 'INT64[]',
  double: 'DOUBLE',
  'double[]': 'DOUBLE[]',
};

export function kuzuType(type: PropertyType): string {
  return KUZU_TYPES[type];
}

/** Backquoted, because some schema names (`end`) are reserved words in Kùzu's Cypher. */
export function quoteName(name: string): string {
  return `\`${name.replaceAll('`', '``')}\``;
}

function columns(properties: readonly PropertySpec[], primaryKey?: string): string[] {
  return properties.map(
    (spec) =>
      `${quoteName(spec.name)} ${kuzuType(spec.type)}${spec.name === primaryKey ? ' PRIMARY KEY' : ''}`,
  );
}

function nodeTable(label: string, properties: readonly PropertySpec[]): string {
  return `CREATE NODE TABLE IF NOT EXISTS ${quoteName(label)} (${columns(properties, 'id').join(', ')})`;
}

/** Kùzu 0.11 keeps one rel table per type even with many endpoint pairs (`FROM a TO b, ...`). */
function relTable(
  label: string,
  endpoints: ReadonlyArray<readonly [string, string]>,
  properties: readonly PropertySpec[],
): string {
  const pairs = endpoints.map(([from, to]) => `FROM ${quoteName(from)} TO ${quoteName(to)}`);
  return `CREATE REL TABLE IF NOT EXISTS ${quoteName(label)} (${[...pairs, ...columns(properties)].join(', ')})`;
}

/** ASSERTS, from every entity table to Claim: apart, because an older store gets it by an upgrade. */
export function claimantTableStatement(): string {
  return relTable(
    CLAIMANT_LABEL,
    ENTITY_TYPES.map((spec) => [spec.name, CLAIM_LABEL] as const),
    [],
  );
}

/** Every statement needed on a fresh database, in dependency order; safe to run again. */
export function kuzuSchemaStatements(): string[] {
  const entityTables = ENTITY_TYPES.map((spec) =>
    nodeTable(spec.name, [...ENTITY_PROPERTIES, ...ENTITY_SUMMARY_PROPERTIES]),
  );
  const documentTable = nodeTable(DOCUMENT_LABEL, DOCUMENT_PROPERTIES);
  const mentionTable = relTable(
    MENTION_LABEL,
    ENTITY_TYPES.map((spec) => [spec.name, DOCUMENT_LABEL] as const),
    MENTION_PROPERTIES,
  );
  const relationTables = RELATION_TYPES.map((spec) =>
    relTable(spec.name, spec.endpoints, RELATION_PROPERTIES),
  );
  const descriptionTable = relTable(
    DESCRIPTION_LABEL,
    ENTITY_TYPES.map((spec) => [spec.name, DOCUMENT_LABEL] as const),
    DESCRIPTION_PROPERTIES,
  );
  const claimTable = nodeTable(CLAIM_LABEL, [...CLAIM_PROPERTIES, ...CLAIM_SUMMARY_PROPERTIES]);
  const evidenceTable = relTable(EVIDENCE_LABEL, [[DOCUMENT_LABEL, CLAIM_LABEL]], EVIDENCE_PROPERTIES);
  return [
    ...entityTables,
    documentTable,
    mentionTable,
    ...relationTables,
    claimTable,
    evidenceTable,
    claimantTableStatement(),
    descriptionTable,
  ];
}

/**
 * Every table kuzuSchemaStatements creates, dropped (relationship tables before the node tables
 * they join): with the schema statements after them, the quickest way back to an empty store.
 */
export function kuzuDropStatements(): string[] {
  const relationshipTables = [
    MENTION_LABEL,
    ...RELATION_TYPES.map((spec) => spec.name),
    EVIDENCE_LABEL,
    CLAIMANT_LABEL,
    DESCRIPTION_LABEL,
  ];
  const nodeTables = [...ENTITY_TYPES.map((spec) => spec.name), DOCUMENT_LABEL, CLAIM_LABEL];
  return [...relationshipTables, ...nodeTables].map((name) => `DROP TABLE IF EXISTS ${quoteName(name)}`);
}
