import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType, Modality, RelationType } from '../graph-schema/schema.ts';
import type { EntityRecord, GraphBatch, RelationRecord } from '../graph-schema/model.ts';
import {
  alignEntities,
  evaluateDocument,
  findOccurrences,
  goldDocumentSchema,
  nameKey,
  score,
  summarise,
  type GoldDocument,
} from './evaluate.ts';

const TEXT =
  'Selon Flashpoint, APT 28 serait derrière le piratage. Le Kremlin a démenti. ' +
  'Le groupe a enregistré onedrive-en-marche[.]fr. Vitali Kremez, chercheur chez Flashpoint, le confirme.';

const GOLD: GoldDocument = goldDocumentSchema.parse({
  lang: 'fr',
  split: 'dev',
  entities: [
    { type: 'Organization', name: 'Flashpoint', mentions: ['Flashpoint'] },
    { type: 'ThreatActor', name: 'APT28', mentions: ['APT 28'] },
    { type: 'Organization', name: 'Kremlin', mentions: ['Kremlin'] },
    { type: 'Domain', name: 'onedrive-en-marche.fr', mentions: ['onedrive-en-marche[.]fr'] },
    { type: 'Person', name: 'Vitali Kremez', mentions: ['Vitali Kremez'] },
  ],
  relations: [
    {
      type: 'REGISTERED',
      source: 'APT28',
      target: 'onedrive-en-marche.fr',
      modality: 'reported',
      assertedBy: ['Flashpoint'],
    },
    { type: 'WORKS_FOR', source: 'Vitali Kremez', target: 'Flashpoint', modality: 'asserted' },
  ],
});

interface EntitySpec {
  id: string;
  type: EntityType;
  name: string;
  aliases?: string[];
  /** Surfaces whose every whole-word occurrence in TEXT becomes a mention. */
  surfaces?: string[];
}

function relation(
  type: RelationType,
  source: string,
  target: string,
  modality: Modality,
  assertedBy: string[] = [],
): RelationRecord {
  return {
    id: `${type}:${source}:${target}:${modality}`,
    type,
    source,
    target,
    modality,
    evidence: [
      {
        documentId: 'doc',
        text: TEXT,
        start: 0,
        end: TEXT.length,
        lang: 'fr',
        confidence: 0.8,
        assertedBy,
        extractor: 'rules',
      },
    ],
  };
}

function batch(entities: EntitySpec[], relations: RelationRecord[] = []): GraphBatch {
  const records: EntityRecord[] = entities.map((entity) => ({
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: [entity.name, ...(entity.aliases ?? [])],
    externalIds: [],
    mergeReasons: [],
  }));
  const mentions = entities.flatMap((entity) =>
    (entity.surfaces ?? []).flatMap((surface) =>
      findOccurrences(TEXT, surface).map((span) => ({
        entityId: entity.id,
        documentId: 'doc',
        surface,
        ...span,
      })),
    ),
  );
  return {
    documents: [{ id: 'doc', uri: 'test', title: '', lang: 'fr', text: TEXT }],
    entities: records,
    mentions,
    relations,
  };
}

const PERFECT_ENTITIES: EntitySpec[] = [
  { id: 'org_fp', type: 'Organization', name: 'Flashpoint', surfaces: ['Flashpoint'] },
  { id: 'ta_apt28', type: 'ThreatActor', name: 'APT28', aliases: ['APT 28'], surfaces: ['APT 28'] },
  { id: 'org_kremlin', type: 'Organization', name: 'Kremlin', surfaces: ['Kremlin'] },
  {
    id: 'dom_1',
    type: 'Domain',
    name: 'onedrive-en-marche.fr',
    aliases: ['onedrive-en-marche[.]fr'],
    surfaces: ['onedrive-en-marche[.]fr'],
  },
  { id: 'per_vk', type: 'Person', name: 'Vitali Kremez', surfaces: ['Vitali Kremez'] },
];
const PERFECT_RELATIONS = [
  relation('REGISTERED', 'ta_apt28', 'dom_1', 'reported', ['org_fp']),
  relation('WORKS_FOR', 'per_vk', 'org_fp', 'asserted'),
];

function totals(record: Record<string, { tp: number; fp: number; fn: number }>) {
  return Object.values(record).reduce(
    (sum, counts) => ({ tp: sum.tp + counts.tp, fp: sum.fp + counts.fp, fn: sum.fn + counts.fn }),
    { tp: 0, fp: 0, fn: 0 },
  );
}

describe('name keys and occurrences', () => {
  test('folding ignores case, accents, spacing, defanging and Arabic letter variants', () => {
    assert.equal(nameKey('APT 28'), nameKey('apt28'));
    assert.equal(nameKey('onedrive-en-marche[.]fr'), nameKey('onedrive-en-marche.fr'));
    assert.equal(nameKey('Élysée'), nameKey('elysee'));
    assert.equal(nameKey('إيمانويل ماكرون'), nameKey('ايمانويل ماكرون'));
    assert.equal(nameKey('الدوحة'), nameKey('الدوحه'));
    assert.notEqual(nameKey('ماكرون'), nameKey('ماركون'));
  });

  test('occurrences are whole words, with Arabic proclitics allowed in front', () => {
    assert.deepEqual(findOccurrences('the display of Play', 'Play'), [{ start: 15, end: 19 }]);
    assert.equal(findOccurrences('Russian hackers', 'Russia').length, 0);
    assert.equal(findOccurrences('Industroyer2 is new', 'Industroyer').length, 0);
    assert.equal(findOccurrences('قال لبوتين وبوتين', 'بوتين').length, 2);
    assert.equal(findOccurrences('الوكالة القطرية', 'قطر').length, 0);
  });
});

describe('evaluateDocument', () => {
  test('a perfect prediction scores every entity, relation, modality, claimant and mention', () => {
    const result = evaluateDocument('t', GOLD, batch(PERFECT_ENTITIES, PERFECT_RELATIONS));
    assert.deepEqual(totals(result.entitiesByType), { tp: 5, fp: 0, fn: 0 });
    assert.deepEqual(totals(result.relationsByType), { tp: 2, fp: 0, fn: 0 });
    assert.equal(result.relationsByType.REGISTERED?.modalityCorrect, 1);
    assert.equal(result.relationsByType.REGISTERED?.claimantCorrect, 1);
    assert.deepEqual(result.mentions, { gold: 6, found: 6 });
  });

  test('a spurious entity and a duplicate node lower precision, not recall', () => {
    const predicted = batch([
      ...PERFECT_ENTITIES,
      { id: 'per_serait', type: 'Person', name: 'Selon Flashpoint' },
      { id: 'ta_dup', type: 'ThreatActor', name: 'apt 28' },
    ]);
    const result = evaluateDocument('t', GOLD, predicted);
    assert.deepEqual(totals(result.entitiesByType), { tp: 5, fp: 2, fn: 0 });
    const entityScore = score(totals(result.entitiesByType));
    assert.ok(entityScore.precision < 1);
    assert.equal(entityScore.recall, 1);
  });

  test('a missed entity lowers recall and takes its relations and mentions with it', () => {
    const predicted = batch(
      PERFECT_ENTITIES.filter((entity) => entity.id !== 'per_vk'),
      [PERFECT_RELATIONS[0] as RelationRecord],
    );
    const result = evaluateDocument('t', GOLD, predicted);
    assert.deepEqual(totals(result.entitiesByType), { tp: 4, fp: 0, fn: 1 });
    assert.deepEqual(result.relationsByType.WORKS_FOR, {
      tp: 0,
      fp: 0,
      fn: 1,
      modalityCorrect: 0,
      claimantCorrect: 0,
    });
    assert.deepEqual(result.mentions, { gold: 6, found: 5 });
    assert.deepEqual(result.errors.missedEntities, ['Person Vitali Kremez']);
  });

  test('entities align only with the same type', () => {
    const predicted = batch([{ id: 'per_kremlin', type: 'Person', name: 'Kremlin' }]);
    assert.equal(alignEntities(GOLD.entities, predicted).size, 0);
  });

  test('a reversed relation is both a false positive and a false negative', () => {
    const predicted = batch(PERFECT_ENTITIES, [
      PERFECT_RELATIONS[0] as RelationRecord,
      relation('WORKS_FOR', 'org_fp', 'per_vk', 'asserted'),
    ]);
    const result = evaluateDocument('t', GOLD, predicted);
    assert.deepEqual(totals(result.relationsByType), { tp: 1, fp: 1, fn: 1 });
  });

  test('modality and claimant are scored apart from the match itself', () => {
    const predicted = batch(PERFECT_ENTITIES, [
      relation('REGISTERED', 'ta_apt28', 'dom_1', 'suspected', ['org_kremlin']),
      relation('WORKS_FOR', 'per_vk', 'org_fp', 'asserted'),
      relation('WORKS_FOR', 'per_vk', 'org_fp', 'denied'),
    ]);
    const result = evaluateDocument('t', GOLD, predicted);
    assert.deepEqual(totals(result.relationsByType), { tp: 2, fp: 0, fn: 0 });
    assert.equal(result.relationsByType.REGISTERED?.modalityCorrect, 0);
    assert.equal(result.relationsByType.REGISTERED?.claimantCorrect, 0);
    // Two modalities for one fact: the match stands, the modality is not right.
    assert.equal(result.relationsByType.WORKS_FOR?.modalityCorrect, 0);
    assert.equal(result.relationsByType.WORKS_FOR?.claimantCorrect, 1);
  });

  test('a claimant that aligns with no gold entity is wrong', () => {
    const predicted = batch(
      [...PERFECT_ENTITIES, { id: 'org_other', type: 'Organization', name: 'Trend Micro' }],
      [
        relation('REGISTERED', 'ta_apt28', 'dom_1', 'reported', ['org_other']),
        PERFECT_RELATIONS[1] as RelationRecord,
      ],
    );
    const result = evaluateDocument('t', GOLD, predicted);
    assert.equal(result.relationsByType.REGISTERED?.claimantCorrect, 0);
  });
});

describe('summarise', () => {
  test('micro scores add counts across documents before dividing', () => {
    const perfect = evaluateDocument('a', GOLD, batch(PERFECT_ENTITIES, PERFECT_RELATIONS));
    const empty = evaluateDocument('b', { ...GOLD, lang: 'ar', split: 'heldout' }, batch([]));
    const size = {
      overall: { articles: 2, entities: 10, entityMentions: 14, relations: 4 },
      byLanguage: {},
    };
    const summary = summarise([perfect, empty], size);
    assert.equal(summary.entities.overall.tp, 5);
    assert.equal(summary.entities.overall.fn, 5);
    assert.equal(summary.entities.overall.recall, 0.5);
    assert.equal(summary.entities.byLanguage.fr?.f1, 1);
    assert.equal(summary.entities.bySplit.heldout?.recall, 0);
    assert.equal(summary.relations.byType.WORKS_FOR?.recall, 0.5);
    assert.equal(summary.mentionRecall.overall.recall, 0.5);
  });
});
