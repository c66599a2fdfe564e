/**
 * Small hand-made batches for the store tests: three short invented reports (English, French,
 * Arabic) about one invented campaign, so that edges are supported by one, two or three
 * documents and entities are named differently in each language.
 */
import {
  documentId,
  entityId,
  relationId,
  type DocumentRecord,
  type EntityRecord,
  type EvidenceRecord,
  type GraphBatch,
  type LanguageTag,
  type MentionRecord,
  type RelationRecord,
} from '../graph-schema/model.ts';
import type { EntityType, Modality, RelationType } from '../graph-schema/schema.ts';

export const ids = {
  apt28: entityId('ThreatActor', 'mitre-attack:G0007'),
  kestrel: entityId('Organization', 'kestrel labs'),
  northwind: entityId('Organization', 'northwind party'),
  lina: entityId('Person', 'lina haddad'),
  moscow: entityId('Location', 'moscow'),
  domain: entityId('Domain', 'northwind-mail.example'),
};

function entity(
  type: EntityType,
  id: string,
  name: string,
  aliases: string[],
  extra: Partial<Pick<EntityRecord, 'externalIds' | 'mergeReasons'>> = {},
): EntityRecord {
  return {
    id,
    type,
    name,
    aliases,
    externalIds: extra.externalIds ?? [],
    mergeReasons: extra.mergeReasons ?? [],
  };
}

/** A document built from sentences, with helpers that find offsets in its text. */
function report(uri: string, title: string, lang: LanguageTag, sentences: string[], publishedAt?: string) {
  const text = sentences.join(' ');
  const document: DocumentRecord = { id: documentId(text), uri, title, lang, text };
  if (publishedAt) document.publishedAt = publishedAt;
  const locate = (fragment: string): number => {
    const start = text.indexOf(fragment);
    if (start < 0) throw new Error(`fixture text lacks ${fragment}`);
    return start;
  };
  return {
    document,
    mention(entityIdValue: string, surface: string): MentionRecord {
      const start = locate(surface);
      return {
        entityId: entityIdValue,
        documentId: document.id,
        start,
        end: start + surface.length,
        surface,
      };
    },
    evidence(sentence: string, confidence: number, assertedBy: string[] = []): EvidenceRecord {
      const start = locate(sentence);
      return {
        documentId: document.id,
        text: sentence,
        start,
        end: start + sentence.length,
        lang,
        extractor: 'rules',
        confidence,
        assertedBy,
      };
    },
  };
}

function relation(
  type: RelationType,
  source: string,
  target: string,
  modality: Modality,
  evidence: EvidenceRecord[],
): RelationRecord {
  return { id: relationId(type, source, target, modality), type, source, target, modality, evidence };
}

const english = report(
  'samples/en/kestrel-northwind.txt',
  'Kestrel Labs links APT 28 to the Northwind intrusion',
  'en',
  [
    'Kestrel Labs said on Monday that APT 28 targeted the Northwind Party last spring.',
    'The domain northwind-mail.example impersonated the Northwind Party webmail.',
  ],
  '2024-03-04',
);

const french = report(
  'samples/fr/kestrel-northwind.txt',
  'Le parti Northwind visé par APT28',
  'fr',
  [
    "Selon Kestrel Labs, le groupe APT28 aurait visé le parti Northwind pendant l'été.",
    'Les enquêteurs soupçonnent que APT28 opère depuis Moscou.',
  ],
  '2024-03-05',
);

const arabic = report('samples/ar/kestrel-northwind.txt', 'كيسترل لابز: فانسي بير وراء الاختراق', 'ar', [
  'قالت كيسترل لابز إن مجموعة فانسي بير استهدفت حزب نورثويند.',
  'وتعمل لينا حداد باحثةً في كيسترل لابز.',
]);

export const englishBatch: GraphBatch = {
  documents: [english.document],
  entities: [
    entity('Organization', ids.kestrel, 'Kestrel Labs', ['Kestrel Labs']),
    entity('ThreatActor', ids.apt28, 'APT 28', ['APT 28']),
    entity('Organization', ids.northwind, 'Northwind Party', ['Northwind Party']),
    entity('Domain', ids.domain, 'northwind-mail.example', ['northwind-mail.example']),
  ],
  mentions: [
    english.mention(ids.kestrel, 'Kestrel Labs'),
    english.mention(ids.apt28, 'APT 28'),
    english.mention(ids.northwind, 'Northwind Party'),
    english.mention(ids.domain, 'northwind-mail.example'),
  ],
  relations: [
    relation('TARGETED', ids.apt28, ids.northwind, 'reported', [
      english.evidence(
        'Kestrel Labs said on Monday that APT 28 targeted the Northwind Party last spring.',
        0.8,
        [ids.kestrel],
      ),
    ]),
    relation('IMPERSONATES', ids.domain, ids.northwind, 'asserted', [
      english.evidence('The domain northwind-mail.example impersonated the Northwind Party webmail.', 1),
    ]),
  ],
};

export const frenchBatch: GraphBatch = {
  documents: [french.document],
  entities: [
    entity('Organization', ids.kestrel, 'Kestrel Labs', ['Kestrel Labs']),
    entity('ThreatActor', ids.apt28, 'APT28', ['APT28'], { externalIds: ['mitre-attack:G0007'] }),
    entity('Organization', ids.northwind, 'parti Northwind', ['parti Northwind']),
    entity('Location', ids.moscow, 'Moscou', ['Moscou']),
  ],
  mentions: [
    french.mention(ids.kestrel, 'Kestrel Labs'),
    french.mention(ids.apt28, 'APT28'),
    french.mention(ids.northwind, 'parti Northwind'),
    french.mention(ids.moscow, 'Moscou'),
  ],
  relations: [
    relation('TARGETED', ids.apt28, ids.northwind, 'reported', [
      french.evidence(
        "Selon Kestrel Labs, le groupe APT28 aurait visé le parti Northwind pendant l'été.",
        0.6,
        [ids.kestrel],
      ),
    ]),
    relation('LOCATED_IN', ids.apt28, ids.moscow, 'suspected', [
      french.evidence('Les enquêteurs soupçonnent que APT28 opère depuis Moscou.', 0.4),
    ]),
  ],
};

export const arabicBatch: GraphBatch = {
  documents: [arabic.document],
  entities: [
    entity('Organization', ids.kestrel, 'كيسترل لابز', ['كيسترل لابز']),
    entity('ThreatActor', ids.apt28, 'فانسي بير', ['فانسي بير'], {
      mergeReasons: ['gazetteer: "فانسي بير" is an alias of APT28'],
    }),
    entity('Organization', ids.northwind, 'حزب نورثويند', ['حزب نورثويند']),
    entity('Person', ids.lina, 'لينا حداد', ['لينا حداد']),
  ],
  mentions: [
    arabic.mention(ids.kestrel, 'كيسترل لابز'),
    arabic.mention(ids.apt28, 'فانسي بير'),
    arabic.mention(ids.northwind, 'حزب نورثويند'),
    arabic.mention(ids.lina, 'لينا حداد'),
  ],
  relations: [
    relation('TARGETED', ids.apt28, ids.northwind, 'reported', [
      arabic.evidence('قالت كيسترل لابز إن مجموعة فانسي بير استهدفت حزب نورثويند.', 0.7, [ids.kestrel]),
    ]),
    relation('WORKS_FOR', ids.lina, ids.kestrel, 'asserted', [
      arabic.evidence('وتعمل لينا حداد باحثةً في كيسترل لابز.', 0.9),
    ]),
  ],
};

export const allBatches: readonly GraphBatch[] = [englishBatch, frenchBatch, arabicBatch];

export const relationIds = {
  targeted: relationId('TARGETED', ids.apt28, ids.northwind, 'reported'),
  impersonates: relationId('IMPERSONATES', ids.domain, ids.northwind, 'asserted'),
  locatedIn: relationId('LOCATED_IN', ids.apt28, ids.moscow, 'suspected'),
  worksFor: relationId('WORKS_FOR', ids.lina, ids.kestrel, 'asserted'),
};
