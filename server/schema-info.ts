/** What GET /api/schema returns: graph-schema as data for the client legend and styles. */
import {
  ENTITY_TYPES,
  MODALITIES,
  RELATION_TYPES,
  type DisplayNames,
  type EntityType,
  type Modality,
} from '../graph-schema/schema.ts';

export interface SchemaInfo {
  entityTypes: Array<{ name: EntityType; color: string; indicator: boolean; display: DisplayNames }>;
  relationTypes: Array<{
    name: string;
    display: DisplayNames;
    endpoints: Array<{ source: EntityType; target: EntityType }>;
  }>;
  modalities: readonly Modality[];
}

export function schemaInfo(): SchemaInfo {
  return {
    entityTypes: ENTITY_TYPES.map((spec) => ({
      name: spec.name,
      color: spec.color,
      indicator: spec.indicator,
      display: { ...spec.display },
    })),
    relationTypes: RELATION_TYPES.map((spec) => ({
      name: spec.name,
      display: { ...spec.display },
      endpoints: spec.endpoints.map(([source, target]) => ({ source, target })),
    })),
    modalities: MODALITIES,
  };
}
