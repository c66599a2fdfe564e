import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { REFERENCE_STRENGTH } from './relations.ts';
import { assertHas, assertNone, confidenceOf, relationLines } from '../../test/relation-lines-harness.ts';

describe('the subject a first sentence defines', () => {
  test('an incident named in the lead is what "the robbery" stands for, past another name', () => {
    const lines = relationLines(
      'The Quillon Bank robbery, also known as the Quillon heist, was a theft of funds in 2019. ' +
        'Turla had been seen on the network a year before. The robbery was later attributed to APT99.',
      'en',
    );
    assertHas(lines, 'ATTRIBUTED_TO Hack of Quillon Bank -> APT99 asserted []');
    assertHas(lines, 'TARGETED Hack of Quillon Bank -> Quillon Bank asserted []');
    assertNone(lines, /Turla -> APT99/u);
  });

  test('the head noun of the definition refers too ("the theft"), and of the name in the plural ("the leak")', () => {
    assertHas(
      relationLines(
        'The 2018 Norland election leaks were a publication of stolen e-mails. Turla was active that year. ' +
          'The leak was attributed to APT99.',
        'en',
      ),
      'ATTRIBUTED_TO 2018 Norland election leaks -> APT99 asserted []',
    );
  });

  test('an organisation: "the agency", "ce service", "الهيئة" after another organisation of the same kind', () => {
    assertHas(
      relationLines(
        'The Harbour Data Office (HDO) is the data protection agency of Norland. The Federal Agency for Roads ' +
          'opened in 1990. The agency is located in Bergen.',
        'en',
      ),
      'LOCATED_IN Harbour Data Office -> Bergen asserted []',
    );
    assertHas(
      relationLines(
        "L'Office norlandais des données ou OND est un service chargé de la protection des données. " +
          'Le ministère des Finances a ouvert en 1990. Ce service est situé à Bergen.',
        'fr',
      ),
      'LOCATED_IN Office norlandais des données -> Bergen asserted []',
    );
    assertHas(
      relationLines(
        'هيئة الأمن السيبراني الوطنية هي الهيئة المسؤولة عن حماية الشبكات. وافتتحت وزارة المالية مكتبا جديدا. ويقع مقر الهيئة في موسكو.',
        'ar',
      ),
      'LOCATED_IN هيئة الأمن السيبراني الوطنية -> Moscow asserted []',
    );
  });

  test('no subject without a defining copula, nor for a name deep in the first sentence', () => {
    // The lead tells of the bank without defining it: "the bank" is left to the other rules.
    assertNone(
      relationLines(
        'Yesterday Turla hacked the Quillon Bank. The Harbour Bank opened in 1990. The robbery was attributed to APT99.',
        'en',
      ),
      /Quillon Bank -> APT99/u,
    );
    assertNone(
      relationLines(
        'In 2019 analysts said the Harbour Data Office is the data protection agency of Norland. ' +
          'The Federal Agency for Roads opened in 1990. The agency is located in Bergen.',
        'en',
      ),
      /Harbour Data Office -> Bergen/u,
    );
  });

  test('a copula without an article defines nothing: "X is behind the hack" makes no subject of X', () => {
    const lines = relationLines(
      'APT99 is behind the hack of the Harbour Bank. Later the hack was attributed to Turla by investigators.',
      'en',
    );
    assertHas(lines, 'ATTRIBUTED_TO Hack of Harbour Bank -> Turla reported []');
    assertNone(lines, /^ATTRIBUTED_TO APT99 -> Turla/u);
  });

  test('"the agency of X" and "the agency Y" are another body, not the subject', () => {
    const lines = relationLines(
      'The Harbour Data Office (HDO) is the data protection agency of Norland. ' +
        'The agency of Estland is located in Tallinn.',
      'en',
    );
    assertNone(lines, /Harbour Data Office -> Tallinn/u);
  });

  test('a relation reached through the reference carries the lower confidence of a reference', () => {
    const named = confidenceOf(
      'The Harbour Data Office (HDO) is the data protection agency of Norland. The Harbour Data Office is located in Bergen.',
      'en',
      'LOCATED_IN Harbour Data Office -> Bergen',
    );
    const referred = confidenceOf(
      'The Harbour Data Office (HDO) is the data protection agency of Norland. The agency is located in Bergen.',
      'en',
      'LOCATED_IN Harbour Data Office -> Bergen',
    );
    assert.ok(Math.abs(referred - named * REFERENCE_STRENGTH) <= 0.01, `${referred} vs ${named}`);
  });
});

describe('"this campaign"', () => {
  test('is the campaign or incident named in its window before the last actor', () => {
    const lines = relationLines(
      'Analysts followed the Bluefin campaign against shipping firms. Turla was active that year too. ' +
        'This campaign was attributed to APT99.',
      'en',
    );
    assertHas(lines, 'ATTRIBUTED_TO Bluefin campaign -> APT99 asserted []');
    assertNone(lines, /Turla -> APT99/u);
  });

  test('"the campaign of X" or "the campaign against X" is another campaign, not the incident named before', () => {
    for (const text of [
      'The hack of the Harbour Bank was found in May. The campaign of Anna Keller was attributed to Turla by rivals.',
      'The hack of the Harbour Bank was found in May. The campaign against the Quillon Ministry was attributed to Turla.',
    ]) {
      assertNone(relationLines(text, 'en'), /^ATTRIBUTED_TO Hack of Harbour Bank -> Turla/u);
    }
  });

  test('is the actor when no incident is named in its window, as "the group" is', () => {
    const lines = relationLines(
      'The hack of the Harbour Bank was found in 2015. Nothing more was heard of it for years. Investigators ' +
        'wrote reports. Turla is a Russian espionage group. This campaign targeted the Ministry of Defence of Estonia.',
      'en',
    );
    assertHas(lines, 'TARGETED Turla -> Ministry of Defence of Estonia asserted []');
    assertNone(lines, /Hack of Harbour Bank -> Ministry/u);
  });
});
