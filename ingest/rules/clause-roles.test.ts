import { describe, test } from 'node:test';
import { assertHas, assertNone, relationLines } from '../../test/relation-lines-harness.ts';

describe('a second verb joined to the first shares its subject', () => {
  test('the first verb’s object is no subject of the second, in three languages', () => {
    const english = relationLines('APT28 targeted NATO and hacked the Bundestag.', 'en');
    assertHas(english, 'TARGETED APT28 -> Bundestag asserted []');
    assertNone(english, /^TARGETED NATO/);
    const french = relationLines("APT28 n'a pas visé l'OTAN, mais elle a piraté le Bundestag.", 'fr');
    assertHas(french, 'TARGETED APT28 -> Bundestag asserted []');
    assertNone(french, /^TARGETED NATO/);
    const arabic = relationLines('لم تستهدف مجموعة APT28 حلف الناتو، لكنها استهدفت البوندستاغ.', 'ar');
    assertHas(arabic, 'TARGETED APT28 -> Bundestag asserted []');
    assertNone(arabic, /^TARGETED NATO/);
  });
  test('a verb no trigger lists is known by the negation before it', () => {
    assertNone(relationLines('APT28 did not target NATO but hacked the Bundestag.', 'en'), /^TARGETED NATO/);
  });
  test('a name with its own verb after the conjunction is that verb’s subject', () => {
    assertHas(
      relationLines('APT28 targeted NATO and Turla hacked the Bundestag.', 'en'),
      'TARGETED Turla -> Bundestag asserted []',
    );
  });
});

describe('a comparison opening the sentence', () => {
  test('the name compared with is no argument of the main clause', () => {
    assertNone(relationLines('Like APT28, the new group hacked the Bundestag.', 'en'), /^TARGETED APT28/);
    assertNone(
      relationLines("À l'instar d'APT28, le nouveau groupe a piraté le Bundestag.", 'fr'),
      /^TARGETED APT28/,
    );
    assertHas(
      relationLines('Unlike APT28, Turla hacked the Bundestag.', 'en'),
      'TARGETED Turla -> Bundestag asserted []',
    );
  });
  test('"like" inside a sentence is no comparison opening it', () => {
    assertHas(
      relationLines('Groups like APT28 hacked the Bundestag.', 'en'),
      'TARGETED APT28 -> Bundestag asserted []',
    );
  });
});
