/**
 * Every example sentence of every language pack, run through the whole extractor: a claim
 * example must give a relation with the modality and claimant it expects, a trigger example
 * the relation it expects between the names it gives, an incident or role example the entity
 * it names. An example marked with a `gap`
 * is one the extractor does not get right yet; it must still fail, so that the mark is removed
 * once it passes. Prints the coverage per language.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../sentences.ts';
import { extractWithRules } from '../../rules/index.ts';
import type { Extraction } from '../../extractor.ts';
import { CLAIM_CONCEPTS, INCIDENT_CONCEPTS, loadPack, PACK_SOURCES } from './index.ts';
import { names } from './ar/names.ts';
import { expandShorthand } from './shorthand.ts';
import {
  TRIGGER_IDS,
  type ClaimExpectation,
  type EntityExpectation,
  type Example,
  type IncidentExpectation,
  type LanguagePack,
  type RelationExpectation,
  type TriggerId,
  type TriggerWords,
} from './types.ts';

interface Outcome {
  passed: boolean;
  found: string[];
}

type Check = (extraction: Extraction) => boolean;

function run(lang: LanguagePack['lang'], text: string, accepts: Check): Outcome {
  const extraction = extractWithRules({ text, lang, sentences: splitSentences(text, lang) });
  const found = [
    ...extraction.relations.map(
      (relation) =>
        `${relation.source} ${relation.type} ${relation.target} ${relation.modality} [${relation.assertedBy.join(', ')}]`,
    ),
    ...extraction.entities
      .filter((entity) => entity.type === 'Event')
      .map((entity) => `Event ${entity.name}`),
  ];
  return { passed: accepts(extraction), found };
}

function claimHolds(expect: ClaimExpectation): Check {
  // Raised, not stated: nothing but what an incident's designation says of its target.
  if (expect.modality === 'unstated')
    return (extraction) =>
      extraction.relations.every(
        (relation) =>
          relation.type === 'TARGETED' &&
          extraction.entities.some((entity) => entity.key === relation.source && entity.type === 'Event'),
      );
  return (extraction) =>
    extraction.relations.some(
      (relation) =>
        relation.modality === expect.modality &&
        sameClaimants(extraction, relation.assertedBy, expect.claimant),
    );
}

function relationHolds(expect: RelationExpectation): Check {
  return (extraction) =>
    extraction.relations.some(
      (relation) =>
        relation.type === expect.type &&
        namesOf(extraction, relation.source).includes(expect.source.toLowerCase()) &&
        namesOf(extraction, relation.target).includes(expect.target.toLowerCase()),
    );
}

function entityFound(expect: EntityExpectation): Check {
  return (extraction) =>
    extraction.entities.some(
      (entity) =>
        entity.type === expect.type && namesOf(extraction, entity.key).includes(expect.name.toLowerCase()),
    );
}

function incidentFound(expect: IncidentExpectation): Check {
  return (extraction) =>
    extraction.entities.some(
      (entity) =>
        entity.type === 'Event' && namesOf(extraction, entity.key).includes(expect.event.toLowerCase()),
    );
}

/**
 * The claimants as written ("Microsoft, Google"), each one of a claimant entity's names or
 * mentions, and no other claimant.
 */
function sameClaimants(
  extraction: Extraction,
  keys: readonly string[],
  expected: string | undefined,
): boolean {
  const written = expected === undefined ? [] : expected.split(', ').map((name) => name.toLowerCase());
  if (keys.length !== written.length) return false;
  return written.every((name) => keys.some((key) => namesOf(extraction, key).includes(name)));
}

/** An entity's name, aliases and mentions as written, in lower case. */
function namesOf(extraction: Extraction, key: string): string[] {
  const entity = extraction.entities.find((candidate) => candidate.key === key);
  if (!entity) return [];
  return [entity.name, ...entity.aliases, ...entity.mentions.map((mention) => mention.surface)].map((name) =>
    name.toLowerCase(),
  );
}

interface PackExample {
  concept: string;
  example:
    | Example<ClaimExpectation>
    | Example<RelationExpectation>
    | Example<IncidentExpectation>
    | Example<EntityExpectation>;
  accepts: Check;
}

/**
 * The examples of the patterns `vocabulary` holds under `concepts` (or of anything else that
 * carries examples: a trigger's words, the continuation), named `section.concept`,
 * each to be accepted by the check `accepts` makes of what it expects.
 */
function examplesIn<Concept extends string, Expectation>(
  section: string,
  vocabulary: Readonly<Record<Concept, ReadonlyArray<{ examples: readonly Example<Expectation>[] }>>>,
  concepts: readonly Concept[],
  accepts: (expect: Expectation) => Check,
): PackExample[] {
  return concepts.flatMap((concept) =>
    vocabulary[concept].flatMap((pattern) =>
      pattern.examples.map((example) => ({
        concept: `${section}.${concept}`,
        example: example as PackExample['example'],
        accepts: accepts(example.expect),
      })),
    ),
  );
}

function examplesOf(pack: LanguagePack): PackExample[] {
  // A trigger's words carry their examples, if the language has the trigger.
  const triggers = Object.fromEntries(
    TRIGGER_IDS.map((id) => [id, pack.triggers[id] === undefined ? [] : [pack.triggers[id]]]),
  ) as Record<TriggerId, TriggerWords[]>;
  return [
    ...examplesIn(
      'claims',
      pack.claims,
      [
        ...CLAIM_CONCEPTS,
        'participles',
        'relatives',
        'unnamedSpeakers',
        'timesBeforeSpeaker',
        'accusations',
        'laterAccusers',
        'clefts',
        'involvements',
        'dismissiveCalls',
        'dismissals',
        'revisionOpenings',
        'revisionTurns',
        'contactRelatives',
        'sayingRelatives',
      ],
      claimHolds,
    ),
    ...examplesIn('claims', { continuation: [pack.claims.continuation] }, ['continuation'], claimHolds),
    ...examplesIn('triggers', triggers, TRIGGER_IDS, relationHolds),
    ...examplesIn('incidents', pack.incidents, INCIDENT_CONCEPTS, incidentFound),
    ...examplesIn(
      'incidents',
      pack.incidents,
      ['occurrenceVerbs', 'existentials', 'agentVictims', 'objectlessClaims'],
      relationHolds,
    ),
    ...examplesIn(
      'enumerations',
      pack.enumerations,
      [
        'opening',
        'comparing',
        'indicatorLeads',
        'infrastructureVerbs',
        'softwareKinds',
        'victimPlaces',
        'unsaidUserSubjects',
        'unsaidUserPurposes',
        'indicatorPlaceLinks',
        'actorHoldings',
        'ownershipCompounds',
        'holdingParticiples',
        'imitationWords',
      ],
      relationHolds,
    ),
    ...examplesIn(
      'references',
      pack.references,
      [
        'actors',
        'malware',
        'incidents',
        'members',
        'holdings',
        'unnamedCampaigns',
        'latter',
        'actorPairs',
        'clauseVerbs',
        'incidentObjects',
        'materialOwners',
        'namingParticles',
        'campaigns',
        'subjectCopulas',
        'subjectAliases',
        'subjectDeterminers',
        'organisations',
        'companies',
        'pronouns',
        'sourcePronouns',
        'targetOwners',
        'attachedOwners',
        'objectPronouns',
        'victimHoldings',
        'selfNamings',
        'othersAfter',
        'actorDescriptionHeads',
        'contrastiveModifiers',
        'incidentPronounParties',
      ],
      relationHolds,
    ),
    ...examplesIn(
      'tables',
      pack.tables,
      ['subjectColumns', 'relationColumns', 'rowKinds', 'captionRelations', 'victimPassives'],
      relationHolds,
    ),
    ...examplesIn(
      'connectives',
      pack.connectives,
      [
        'listCoordinators',
        'listQuantifiers',
        'recipientPrepositions',
        'postPrepositions',
        'clauseClitics',
        'clauseOpeners',
        'appositionArticles',
        'definiteArticles',
        'indefiniteArticles',
        'nounPhraseClosers',
        'placePrepositions',
        'placeClitics',
        'prepositionalRelatives',
        'originPrepositions',
        'contractedArticles',
        'possessivePronouns',
        'demonstratives',
        'acronymSmallWords',
        'regionPrepositions',
        'regionPlaceOpeners',
        'subjectRelatives',
        'perfectAuxiliaries',
        'passiveAuxiliaries',
        'restatingPronouns',
        'subordinators',
        'introductionPrepositions',
        'questionWords',
        'conditionalAuxiliaries',
        'auxiliaryAdverbs',
        'adverbEndings',
        'negationClitics',
        'negationParticles',
        'adverbsAfterNegation',
        'complementPrepositions',
        'complementArticles',
        'sponsorNouns',
        'sponsorshipParticiples',
        'comparisons',
        'stancePrefixes',
        'descriptionCopulas',
        'bareCoordinators',
        'pastParticipleEndings',
        'definitionCopulas',
        'descriptionDeterminers',
        'repeatingDeterminers',
        'genitivePrepositions',
        'impersonalCopulas',
        'impersonalClauseOpeners',
        'impersonalAdjectives',
        'impersonalVerbs',
        'pastTenseEndings',
        'sequenceAdverbs',
      ],
      relationHolds,
    ),
    ...examplesIn(
      'connectives',
      pack.connectives,
      ['agentPrepositions', 'selfPronouns', 'selfPronounVerbs', 'complementizers', 'invertedConditions'],
      claimHolds,
    ),
    ...examplesIn('roles', pack.roles, ['afterName'], entityFound),
    ...examplesIn(
      'roles',
      pack.roles,
      [
        'betweenEmployerAndName',
        'headsBetweenEmployerAndName',
        'membersAfterName',
        'careersInBody',
        'postCopulas',
        'businessesRun',
        'aliasHeads',
        'partNouns',
        'placedBodyNouns',
      ],
      relationHolds,
    ),
  ];
}

describe('language pack examples', () => {
  for (const pack of PACK_SOURCES) {
    test(`every example of the "${pack.lang}" pack gives what it expects`, () => {
      const examples = examplesOf(pack);
      const failures: string[] = [];
      let covered = 0;
      for (const { concept, example, accepts } of examples) {
        const outcome = run(pack.lang, example.text, accepts);
        if (outcome.passed) covered++;
        if (outcome.passed === (example.gap === undefined)) continue;
        failures.push(
          `${concept}: "${example.text}" expects ${JSON.stringify(example.expect)}` +
            (example.gap ? ` and is marked as a gap (${example.gap}) but passes` : '') +
            `; found: ${outcome.found.join(' | ') || 'no relation'}`,
        );
      }
      const triggers = TRIGGER_IDS.filter((id) => pack.triggers[id] !== undefined).length;
      console.log(
        `${pack.lang}: ${covered}/${examples.length} examples covered (claims, incidents, roles and ${triggers}/${TRIGGER_IDS.length} relation triggers)`,
      );
      assert.deepEqual(failures, []);
    });
  }
});

/** The sections of a pack whose lists of patterns carry examples. */
const SECTIONS_WITH_EXAMPLES = [
  'claims',
  'triggers',
  'incidents',
  'roles',
  'enumerations',
  'references',
  'tables',
  'connectives',
] as const;

/**
 * Every `section.concept` of a pack that holds at least one example: a list of patterns, or a
 * single pattern (a trigger's words, the continuation), each with `examples`.
 */
function conceptsWithExamples(pack: LanguagePack): string[] {
  const hasExamples = (value: unknown): boolean =>
    typeof value === 'object' &&
    value !== null &&
    'examples' in value &&
    Array.isArray(value.examples) &&
    value.examples.length > 0;
  return SECTIONS_WITH_EXAMPLES.flatMap((section) =>
    Object.entries(pack[section])
      .filter(([, value]) => (Array.isArray(value) ? value.some(hasExamples) : hasExamples(value)))
      .map(([concept]) => `${section}.${concept}`),
  );
}

describe('language pack example coverage', () => {
  for (const pack of PACK_SOURCES) {
    test(`every concept of the "${pack.lang}" pack that has examples has them run`, () => {
      const run = new Set(examplesOf(pack).map(({ concept }) => concept));
      assert.deepEqual(
        conceptsWithExamples(pack).filter((concept) => !run.has(concept)),
        [],
        'these concepts have examples that packs.test.ts never runs: add them to examplesOf',
      );
    });
  }
});

describe('language pack loading', () => {
  test('the inflection shorthand expands optional endings and alternatives', () => {
    assert.deepEqual(expandShorthand('lié(e)(s) à|au|aux').length, 12);
    assert.ok(expandShorthand('lié(e)(s) à|au|aux').includes('liées aux'));
    assert.deepEqual(expandShorthand('a|avait affirmé'), ['a affirmé', 'avait affirmé']);
    assert.throws(() => expandShorthand('lié(e'), /unbalanced/);
    assert.throws(() => expandShorthand('a||b'), /empty alternative/);
  });
  test('a pack with a phrase in two lists, or in the wrong script, is refused with its place named', () => {
    const [arabic, french] = PACK_SOURCES as [LanguagePack, LanguagePack];
    const example = {
      text: 'Selon Mandiant, APT28 serait lié au GRU.',
      expect: { modality: 'suspected' },
    } as const;
    const twice: LanguagePack = {
      ...french,
      claims: {
        ...french.claims,
        hedges: [...french.claims.hedges, { phrases: ['nie'], examples: [example] }],
      },
    };
    assert.throws(
      () => loadPack(twice),
      /language pack "fr": "nie" is listed in claims\.hedges and claims\.denials/,
    );
    const wrongScript: LanguagePack = {
      ...arabic,
      claims: {
        ...arabic.claims,
        hedges: [{ phrases: ['probably'], examples: [example] }],
      },
    };
    assert.throws(
      () => loadPack(wrongScript),
      /language pack "ar", claims\.hedges: "probably" is not written/,
    );
  });
  test('a trigger phrase given to two triggers, or a function word not capitalised, is refused', () => {
    const french = PACK_SOURCES[1] as LanguagePack;
    const example = {
      text: 'APT28 est lié au GRU.',
      expect: { source: 'APT28', type: 'ATTRIBUTED_TO', target: 'GRU' },
    } as const;
    const twice: LanguagePack = {
      ...french,
      triggers: { ...french.triggers, linking: { phrases: ['lié au'], examples: [example] } },
    };
    assert.throws(
      () => loadPack(twice),
      /language pack "fr": "lié au" is listed in triggers\.affiliation and triggers\.linking/,
    );
    const lowerCase: LanguagePack = { ...french, capitalisedFunctionWords: ['selon'] };
    assert.throws(() => loadPack(lowerCase), /capitalisedFunctionWords: "selon" is not one capitalised word/);
  });
});

describe('Arabic name examples', () => {
  test('every example of lang/ar/names.ts finds its names with their types, and none it must not', () => {
    const failures: string[] = [];
    for (const example of names.examples) {
      const { text } = example;
      const extraction = extractWithRules({ text, lang: 'ar', sentences: splitSentences(text, 'ar') });
      const found = extraction.entities.flatMap((entity) =>
        entity.mentions.map((mention) => ({ surface: mention.surface, type: entity.type })),
      );
      const shown = found.map((mention) => `${mention.type} ${mention.surface}`).join(' | ');
      for (const expected of example.expect.entities) {
        if (
          !found.some((mention) => mention.surface === expected.surface && mention.type === expected.type)
        ) {
          failures.push(`"${text}": no ${expected.type} "${expected.surface}"; found: ${shown}`);
        }
      }
      const notEntities: readonly string[] =
        'notEntities' in example.expect ? example.expect.notEntities : [];
      for (const phrase of notEntities) {
        if (found.some((mention) => phrase.includes(mention.surface) || mention.surface.includes(phrase))) {
          failures.push(`"${text}": "${phrase}" is not a name; found: ${shown}`);
        }
      }
    }
    assert.deepEqual(failures, []);
  });
});
