/**
 * A graph touching every entity table and every allowed relation pair: several entities of each
 * type, spread over three documents, and one relation per (type, source type, target type). The
 * store's lookups by lists of ids cross all these tables at once, which is where an engine that
 * answers `id IN $ids` wrongly across tables shows it. Built from the schema, so it grows with it.
 */
import {
  documentId,
  entityId,
  relationId,
  type DocumentRecord,
  type EntityRecord,
  type GraphBatch,
  type MentionRecord,
  type RelationRecord,
} from '../graph-schema/model.ts';
import { ENTITY_TYPES, RELATION_TYPES, type EntityType } from '../graph-schema/schema.ts';

const PER_TYPE = 6;
const DOCUMENTS = 3;

interface WideEntity extends EntityRecord {
  /** Which document mentions it. */
  home: number;
}

function wideEntities(): WideEntity[] {
  return ENTITY_TYPES.flatMap((spec) =>
    Array.from({ length: PER_TYPE }, (_, index) => {
      const name = `${spec.name} number ${index}`;
      return {
        id: entityId(spec.name, name),
        type: spec.name,
        name,
        aliases: [name],
        externalIds: [],
        mergeReasons: [],
        home: index % DOCUMENTS,
      };
    }),
  );
}

/** Three documents; each mentions the entities at home in it and supports the relations whose source is. */
export function wideBatches(): GraphBatch[] {
  const entities = wideEntities();
  const byType = new Map<EntityType, WideEntity[]>();
  for (const entity of entities) byType.set(entity.type, [...(byType.get(entity.type) ?? []), entity]);
  return Array.from({ length: DOCUMENTS }, (_, home): GraphBatch => {
    const own = entities.filter((entity) => entity.home === home);
    const text = own.map((entity) => entity.name).join('. ');
    const document: DocumentRecord = {
      id: documentId(text),
      uri: `test:wide-${home}`,
      title: `Wide ${home}`,
      lang: 'en',
      text,
    };
    const mentions: MentionRecord[] = [];
    let offset = 0;
    for (const entity of own) {
      mentions.push({
        entityId: entity.id,
        documentId: document.id,
        start: offset,
        end: offset + entity.name.length,
        surface: entity.name,
      });
      offset += entity.name.length + 2;
    }
    const relations: RelationRecord[] = [];
    const endpoint = (type: EntityType, slot: number) => (byType.get(type) ?? [])[slot];
    for (const spec of RELATION_TYPES) {
      spec.endpoints.forEach(([sourceType, targetType], pair) => {
        // Sources at home in this document, targets anywhere: edges cross documents and tables.
        const source = endpoint(sourceType, (home + pair) % PER_TYPE);
        const target = endpoint(targetType, (home + pair + 1) % PER_TYPE);
        if (!source || !target || source.home !== home) return;
        const mention = mentions.find((candidate) => candidate.entityId === source.id);
        if (!mention) return;
        relations.push({
          id: relationId(spec.name, source.id, target.id, 'asserted'),
          type: spec.name,
          source: source.id,
          target: target.id,
          modality: 'asserted',
          evidence: [
            {
              documentId: document.id,
              extractor: 'rules',
              text: source.name,
              start: mention.start,
              end: mention.end,
              lang: 'en',
              confidence: 1,
              assertedBy: [],
            },
          ],
        });
      });
    }
    const targetIds = new Set(relations.map((relation) => relation.target));
    const linked = entities.filter((entity) => entity.home !== home && targetIds.has(entity.id));
    return {
      documents: [document],
      entities: [...own, ...linked].map(({ id, type, name, aliases, externalIds, mergeReasons }) => ({
        id,
        type,
        name,
        aliases,
        externalIds,
        mergeReasons,
      })),
      mentions,
      relations,
    };
  });
}
