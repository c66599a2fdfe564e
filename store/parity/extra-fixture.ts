/**
 * One more invented report beside store/fixtures.ts, so the analyst queries of the parity suite
 * have attributions, infrastructure, a denial and a two-hop indicator chain to find.
 */
import {
  documentId,
  entityId,
  relationId,
  type EntityRecord,
  type EvidenceRecord,
  type GraphBatch,
  type MentionRecord,
  type RelationRecord,
} from '../../graph-schema/model.ts';
import type { EntityType, Modality, RelationType } from '../../graph-schema/schema.ts';
import { ids } from '../fixtures.ts';

export const extraIds = {
  intrusion: entityId('Event', 'northwind intrusion'),
  gru: entityId('Organization', 'gru'),
  implant: entityId('Malware', 'x-agent'),
  address: entityId('IpAddress', '203.0.113.7'),
  kremlin: entityId('Organization', 'kremlin'),
};

const sentences = [
  'Kestrel Labs attributes the Northwind intrusion to APT 28.',
  'Kestrel Labs ties APT 28 to the GRU.',
  'APT 28 registered northwind-mail.example and used the X-Agent implant.',
  'The domain northwind-mail.example resolved to 203.0.113.7.',
  'The Kremlin denies any role in the Northwind intrusion.',
];
const text = sentences.join(' ');
const document = {
  id: documentId(text),
  uri: 'samples/en/kestrel-attribution.txt',
  title: 'Kestrel Labs attributes the Northwind intrusion',
  lang: 'en' as const,
  publishedAt: '2024-03-06',
  text,
};

function entity(type: EntityType, id: string, name: string): EntityRecord {
  return { id, type, name, aliases: [name], externalIds: [], mergeReasons: [] };
}

/** Every occurrence of `surface` in the text is a mention. */
function mentions(entityIdValue: string, surface: string): MentionRecord[] {
  const found: MentionRecord[] = [];
  for (let start = text.indexOf(surface); start >= 0; start = text.indexOf(surface, start + 1)) {
    found.push({
      entityId: entityIdValue,
      documentId: document.id,
      start,
      end: start + surface.length,
      surface,
    });
  }
  return found;
}

function evidence(sentenceIndex: number, confidence: number, assertedBy: string[] = []): EvidenceRecord {
  const sentence = sentences[sentenceIndex] ?? '';
  const start = text.indexOf(sentence);
  return {
    documentId: document.id,
    text: sentence,
    extractor: 'rules',
    start,
    end: start + sentence.length,
    lang: 'en',
    confidence,
    assertedBy,
  };
}

function relation(
  type: RelationType,
  source: string,
  target: string,
  modality: Modality,
  pieces: EvidenceRecord[],
): RelationRecord {
  return { id: relationId(type, source, target, modality), type, source, target, modality, evidence: pieces };
}

export const attributionBatch: GraphBatch = {
  documents: [document],
  entities: [
    entity('Organization', ids.kestrel, 'Kestrel Labs'),
    entity('ThreatActor', ids.apt28, 'APT 28'),
    entity('Event', extraIds.intrusion, 'Northwind intrusion'),
    entity('Organization', extraIds.gru, 'GRU'),
    entity('Domain', ids.domain, 'northwind-mail.example'),
    entity('Malware', extraIds.implant, 'X-Agent'),
    entity('IpAddress', extraIds.address, '203.0.113.7'),
    entity('Organization', extraIds.kremlin, 'Kremlin'),
  ],
  mentions: [
    ...mentions(ids.kestrel, 'Kestrel Labs'),
    ...mentions(ids.apt28, 'APT 28'),
    ...mentions(extraIds.intrusion, 'Northwind intrusion'),
    ...mentions(extraIds.gru, 'GRU'),
    ...mentions(ids.domain, 'northwind-mail.example'),
    ...mentions(extraIds.implant, 'X-Agent'),
    ...mentions(extraIds.address, '203.0.113.7'),
    ...mentions(extraIds.kremlin, 'Kremlin'),
  ],
  relations: [
    relation('ATTRIBUTED_TO', extraIds.intrusion, ids.apt28, 'reported', [evidence(0, 0.8, [ids.kestrel])]),
    relation('ATTRIBUTED_TO', ids.apt28, extraIds.gru, 'reported', [evidence(1, 0.7, [ids.kestrel])]),
    relation('REGISTERED', ids.apt28, ids.domain, 'asserted', [evidence(2, 0.9)]),
    relation('USES', ids.apt28, extraIds.implant, 'asserted', [evidence(2, 0.9)]),
    relation('RESOLVES_TO', ids.domain, extraIds.address, 'asserted', [evidence(3, 1)]),
    relation('DENIES', extraIds.kremlin, extraIds.intrusion, 'asserted', [evidence(4, 0.9)]),
  ],
};
