/**
 * Label patterns over the schema's tables. Kùzu reads `(n:A:B)` as "a node of table A or of
 * table B" (Neo4j reads it as "a node with both labels"), so a match over every entity table is
 * written this way here; Neo4j code must express it differently.
 */
import {
  CLAIM_LABEL,
  CLAIMANT_LABEL,
  DESCRIPTION_LABEL,
  DOCUMENT_LABEL,
  ENTITY_TYPES,
  EVIDENCE_LABEL,
  MENTION_LABEL,
  RELATION_TYPES,
  type EntityType,
  type RelationType,
} from '../../graph-schema/schema.ts';
import { quoteName } from './ddl.ts';

export const ENTITY_LABELS: readonly EntityType[] = ENTITY_TYPES.map((spec) => spec.name);
export const RELATION_LABELS: readonly RelationType[] = RELATION_TYPES.map((spec) => spec.name);

/** `:ThreatActor:Organization:...`, to write `(n${ANY_ENTITY})`. */
export const ANY_ENTITY = ENTITY_LABELS.map((label) => `:${quoteName(label)}`).join('');
/** `:ATTRIBUTED_TO|REGISTERED|...`, to write `-[e${ANY_RELATION}]->` (MENTIONED_IN excluded). */
export const ANY_RELATION = `:${RELATION_LABELS.map(quoteName).join('|')}`;
export const DOCUMENT = `:${quoteName(DOCUMENT_LABEL)}`;
export const MENTION = `:${quoteName(MENTION_LABEL)}`;
export const CLAIM = `:${quoteName(CLAIM_LABEL)}`;
export const EVIDENCE = `:${quoteName(EVIDENCE_LABEL)}`;
export const ASSERTS = `:${quoteName(CLAIMANT_LABEL)}`;
export const DESCRIBED_IN = `:${quoteName(DESCRIPTION_LABEL)}`;

export function label(name: string): string {
  return `:${quoteName(name)}`;
}
