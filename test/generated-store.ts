/**
 * A generated store for tests at scale: ENTITIES entities of five types with pronounceable unique
 * names, one document per PER_DOCUMENT of them, each entity linked to one of HUBS hubs and to one
 * other entity where the schema allows the pair. Deterministic: the same batches every time.
 */
import {
  documentId,
  entityId,
  relationId,
  type EntityRecord,
  type GraphBatch,
  type MentionRecord,
  type RelationRecord,
} from '../graph-schema/model.ts';
import { RELATION_TYPES, type EntityType, type RelationType } from '../graph-schema/schema.ts';

export const ENTITIES = 10_000;
const PER_DOCUMENT = 100;
/** Entities every other one links to, so the store has hubs worth expanding. */
export const HUBS = 40;
const TYPES: readonly EntityType[] = ['Person', 'Organization', 'ThreatActor', 'Location', 'Malware'];
const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tas', 'vor', 'du', 'zel', 'pra', 'nim', 'sho', 'ter'];

/** A pronounceable, unique name for entity i ("Kalo Mirentas 123"). */
export function nameOf(index: number): string {
  const pick = (n: number) => SYLLABLES[n % SYLLABLES.length] ?? '';
  const word = (n: number) => {
    const text = pick(n) + pick(Math.floor(n / SYLLABLES.length));
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  return `${word(index)} ${word(index * 7 + 3)}${pick(index * 5 + 1)} ${index}`;
}

function relationTypeFor(source: EntityType, target: EntityType): RelationType | undefined {
  return RELATION_TYPES.find((spec) => spec.endpoints.some(([a, b]) => a === source && b === target))?.name;
}

/** One document per PER_DOCUMENT entities; each entity links to a hub and to one other entity. */
export function generatedBatches(): GraphBatch[] {
  const entities: EntityRecord[] = Array.from({ length: ENTITIES }, (_, index) => {
    const type = TYPES[index % TYPES.length] ?? 'Organization';
    const name = nameOf(index);
    return { id: entityId(type, name), type, name, aliases: [name], externalIds: [], mergeReasons: [] };
  });
  const batches: GraphBatch[] = [];
  for (let start = 0; start < ENTITIES; start += PER_DOCUMENT) {
    const own = entities.slice(start, start + PER_DOCUMENT);
    const sentences = own.map((entity) => `${entity.name} was named in a generated report.`);
    const text = sentences.join(' ');
    const document = {
      id: documentId(text),
      uri: `test:generated-${start}`,
      title: `Generated ${start}`,
      lang: 'en' as const,
      text,
    };
    const mentions: MentionRecord[] = [];
    const relations: RelationRecord[] = [];
    const linked = new Map<string, EntityRecord>();
    let offset = 0;
    own.forEach((entity, slot) => {
      const sentence = sentences[slot] ?? '';
      mentions.push({
        entityId: entity.id,
        documentId: document.id,
        start: offset,
        end: offset + entity.name.length,
        surface: entity.name,
      });
      const index = start + slot;
      for (const other of [index % HUBS, (index * 7919 + 13) % ENTITIES]) {
        const target = entities[other];
        if (!target || target.id === entity.id) continue;
        const type = relationTypeFor(entity.type, target.type);
        if (!type) continue;
        linked.set(target.id, target);
        relations.push({
          id: relationId(type, entity.id, target.id, 'asserted'),
          type,
          source: entity.id,
          target: target.id,
          modality: 'asserted',
          evidence: [
            {
              documentId: document.id,
              text: sentence,
              start: offset,
              end: offset + sentence.length,
              lang: 'en',
              confidence: 0.8,
              assertedBy: [],
              extractor: 'rules',
            },
          ],
        });
      }
      offset += sentence.length + 1;
    });
    const ownIds = new Set(own.map((entity) => entity.id));
    batches.push({
      documents: [document],
      entities: [...own, ...[...linked.values()].filter((entity) => !ownIds.has(entity.id))],
      mentions,
      relations,
    });
  }
  return batches;
}
