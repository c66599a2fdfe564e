/**
 * Recognises the store's deterministic ids (graph-schema/model.ts) in free-form data such as
 * query results: `<type prefix>_<16 hex>` names an entity, `rel_<16 hex>` a relation.
 */
const DETERMINISTIC_ID = /^([a-z]+)_[0-9a-f]{16}$/;
const RELATION_PREFIX = 'rel';

export type IdKind = 'entity' | 'relation';

export function idKind(value: string): IdKind | undefined {
  const prefix = DETERMINISTIC_ID.exec(value)?.[1];
  if (prefix === undefined) return undefined;
  return prefix === RELATION_PREFIX ? 'relation' : 'entity';
}
