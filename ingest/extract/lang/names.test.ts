import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ingestDocument } from '../../pipeline.ts';
import { loadNames, NAME_SOURCES } from './names.ts';
import type { NameVocabulary } from './types.ts';

function mentionsOf(text: string): Array<{ surface: string; type: string; start: number; end: number }> {
  const { batch } = ingestDocument({
    uri: 'example.txt',
    bytes: new TextEncoder().encode(text),
    mediaType: 'text/plain',
  });
  const typeOf = new Map(batch.entities.map((entity) => [entity.id, entity.type]));
  return batch.mentions.map((mention) => ({
    surface: mention.surface,
    type: typeOf.get(mention.entityId) ?? '',
    start: mention.start,
    end: mention.end,
  }));
}

describe('name vocabularies of the language packs', () => {
  for (const vocabulary of NAME_SOURCES) {
    const concepts = Object.entries(vocabulary).filter(([key]) => key !== 'lang') as Array<
      [string, NameVocabulary['civilities']]
    >;
    for (const [concept, patterns] of concepts) {
      patterns.forEach((pattern, index) => {
        for (const example of pattern.examples) {
          test(`${vocabulary.lang} ${concept} #${index + 1}: ${example.text}`, () => {
            const mentions = mentionsOf(example.text);
            if (example.expect.type === 'none') {
              const start = example.text.indexOf(example.expect.name);
              const end = start + example.expect.name.length;
              const found = mentions.filter((mention) => mention.start < end && start < mention.end);
              assert.deepEqual(found, [], `nothing may be found in "${example.expect.name}"`);
            } else {
              assert.ok(
                mentions.some(
                  (mention) =>
                    mention.surface === example.expect.name && mention.type === example.expect.type,
                ),
                `expected ${example.expect.type} "${example.expect.name}", got ${JSON.stringify(mentions)}`,
              );
            }
          });
        }
      });
    }
  }

  test('a pattern whose example does not contain its name is refused when loaded', () => {
    assert.throws(
      () =>
        loadNames([
          {
            lang: 'fr',
            civilities: [
              {
                phrases: ['M.'],
                examples: [{ text: 'M. Durand parle.', expect: { name: 'Dupont', type: 'Person' } }],
              },
            ],
            pluralCivilities: [],
            firstNames: [],
            organisationHeads: [],
            lowerCaseHeads: [],
            nameParticles: [],
            bodiesByHead: [],
            titles: [],
            streets: [],
            hamletNouns: [],
            regionHeads: [],
            vessels: [],
            boarding: [],
            shipMovements: [],
            shipRoutes: [],
            pressCues: [],
            recipientVerbs: [],
            datelineMonths: [],
            technicalTerms: [],
            secondCompanyForms: [],
            organisationNameWords: [],
            closingHeads: [],
            businessLineHeads: [],
            noPersonLastWords: [],
            islandLastWords: [],
            timeQualifiers: [],
            personTitles: [],
            organisationCues: [],
            employerCues: [],
            technicalNouns: [],
            routeNouns: [],
            organisationSuffixes: [],
            threatActorCues: [],
            genericGroupWords: [],
            threatActorTracking: [],
            threatActorNamingVerbs: [],
            threatActorNaming: [],
            threatActorCuesAfter: [],
            researchVerbs: [],
            researchStaffAfter: [],
            victimWordsAfter: [],
            locationCues: [],
            accountCues: [],
            stateBodies: [],
            stateBodyCompounds: [],
            namingVerbs: [],
            othersNamingVerbs: [],
            namingBrackets: [],
            namingAfter: [],
            namingFronted: [],
            namedKinds: [],
            acronymBodyHeads: [],
            descriptionHeads: [],
            ownershipKinds: [],
            gamesHeads: [],
            gatheringHeads: [],
            tailStops: [],
            tailPrepositions: [],
            adjectiveEndings: [],
            adjectiveLookalikes: [],
            participleEndings: [],
            surnameArticles: [],
            remitHeads: [],
            malwareNouns: [],
            malwareKindNouns: [],
            malwareNaming: [],
            victimObjectEnds: [],
            malwareDefinitionClosers: [],
            attackToolPurposes: [],
            groupClaimVerbs: [],
          },
        ]),
      /names "fr", civilities: the example "M. Durand parle." does not contain "Dupont"/,
    );
  });
});
