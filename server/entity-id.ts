/** Entity ids start with their type's prefix (graph-schema/model.ts `entityId`), so an id names its type. */
import { ENTITY_TYPES, type EntityType } from '../graph-schema/schema.ts';

const TYPE_BY_PREFIX = new Map<string, EntityType>(ENTITY_TYPES.map((spec) => [spec.idPrefix, spec.name]));

export function entityTypeForId(id: string): EntityType | undefined {
  const underscore = id.indexOf('_');
  return underscore > 0 ? TYPE_BY_PREFIX.get(id.slice(0, underscore)) : undefined;
}
