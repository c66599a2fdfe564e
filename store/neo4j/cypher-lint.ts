/**
 * Static checking of Cypher with Neo4j's own parser and semantic analysis
 * (`@neo4j-cypher/language-support`), against a database schema built from graph-schema: our
 * labels, relationship types, property keys and parameters, and Neo4j 5's built-in functions
 * and procedures (APOC left out: Neo4j Community does not ship it).
 */
import { lintCypherQuery, testData, type DbSchema } from '@neo4j-cypher/language-support';
import {
  CLAIM_LABEL,
  CLAIM_PROPERTIES,
  CLAIMANT_LABEL,
  DESCRIPTION_LABEL,
  DOCUMENT_LABEL,
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
} from '../../graph-schema/schema.ts';
import { LEGACY_EVIDENCE_PROPERTIES } from '../legacy-evidence.ts';
import { REPLACED_SUMMARY_PROPERTIES } from '../relation-summary.ts';
import { ENTITY_LABEL } from './dialect.ts';
import { ROW_FIELDS, SEARCH_KEYS_PROPERTY } from './statements.ts';

const CYPHER_VERSION = 'CYPHER 5';

function withoutApoc<T>(registry: Readonly<Record<string, T>> | undefined): Record<string, T> {
  return Object.fromEntries(Object.entries(registry ?? {}).filter(([name]) => !name.startsWith('apoc.')));
}

/** Our graph as the linter sees it; `parameters` are example values of every parameter we send. */
export function lintSchema(parameters: Record<string, unknown>): DbSchema {
  const builtIns = testData.mockSchema;
  return {
    labels: [ENTITY_LABEL, DOCUMENT_LABEL, CLAIM_LABEL, ...ENTITY_TYPES.map((spec) => spec.name)],
    relationshipTypes: [
      MENTION_LABEL,
      EVIDENCE_LABEL,
      CLAIMANT_LABEL,
      DESCRIPTION_LABEL,
      ...RELATION_TYPES.map((spec) => spec.name),
    ],
    propertyKeys: [
      ...new Set([
        ...[
          ENTITY_PROPERTIES,
          ENTITY_SUMMARY_PROPERTIES,
          DOCUMENT_PROPERTIES,
          MENTION_PROPERTIES,
          RELATION_PROPERTIES,
          CLAIM_PROPERTIES,
          EVIDENCE_PROPERTIES,
        ]
          .flat()
          .map((spec) => spec.name),
        SEARCH_KEYS_PROPERTY,
        ...ROW_FIELDS,
        // Read and removed once, when a graph of an earlier version is upgraded.
        ...LEGACY_EVIDENCE_PROPERTIES,
        ...REPLACED_SUMMARY_PROPERTIES,
      ]),
    ],
    parameters,
    functions: { [CYPHER_VERSION]: withoutApoc(builtIns.functions?.[CYPHER_VERSION]) },
    procedures: { [CYPHER_VERSION]: withoutApoc(builtIns.procedures?.[CYPHER_VERSION]) },
    defaultLanguage: CYPHER_VERSION,
  };
}

export interface LintProblem {
  severity: 'error' | 'warning';
  message: string;
  /** The statement text around the problem. */
  near: string;
}

/** Every error and warning Neo4j's parser and semantic analysis report for `statement`. */
export function lintStatement(statement: string, schema: DbSchema): LintProblem[] {
  return lintCypherQuery(statement, schema).diagnostics.map((diagnostic) => ({
    severity: diagnostic.severity === 1 ? 'error' : 'warning',
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    near: statement.slice(Math.max(0, diagnostic.offsets.start - 20), diagnostic.offsets.end + 20),
  }));
}
