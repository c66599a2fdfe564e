import { describe, test } from 'node:test';
import { assertHas, assertNone, relationLines } from '../../test/relation-lines-harness.ts';

describe('the owner of leaked material is the victim of the leak named next', () => {
  test('a reference naming the leak opens the next sentence, in English and French', () => {
    assertHas(
      relationLines(
        'On Friday 9,000 e-mails related to the campaign of Ana Brenn were posted online. The leaks, dubbed BrennLeaks, spread within hours.',
        'en',
      ),
      'TARGETED BrennLeaks -> Ana Brenn asserted []',
    );
    assertHas(
      relationLines(
        "Vendredi, 9 000 courriels de l'équipe d'Ana Brenn ont été publiés en ligne. La fuite, baptisée « BrennLeaks », s'est répandue en quelques heures.",
        'fr',
      ),
      'TARGETED BrennLeaks -> Ana Brenn asserted []',
    );
  });

  test('the material is told as the sentence tells it: a hedge there hedges the victim', () => {
    assertHas(
      relationLines(
        'Reportedly, files stolen from the Liberal Party were posted online. The leak, dubbed PartyLeaks, spread within hours.',
        'en',
      ),
      'TARGETED PartyLeaks -> Liberal Party suspected []',
    );
  });

  test('no reference opening the sentence, or a name far past the owner words, gives no victim', () => {
    assertNone(
      relationLines(
        'On Friday 9,000 e-mails related to the campaign of Ana Brenn were posted online. Within hours a leak dubbed BrennLeaks spread.',
        'en',
      ),
      /^TARGETED BrennLeaks/u,
    );
    assertNone(
      relationLines(
        'On Friday 9,000 e-mails from several of the many staff working in Ana Brenn’s campaign were posted online. The leaks, dubbed BrennLeaks, spread within hours.',
        'en',
      ),
      /^TARGETED BrennLeaks/u,
    );
  });
});
