/**
 * The claim errors seen on real text, on sentences of our own: a researcher's employer is the
 * claimant and never an argument; a claimant outside the verb's clause; hedges.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LanguageTag } from '../../graph-schema/model.ts';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

/** Relations as "source TYPE target modality [claimants]", with entity names for keys. */
function relations(text: string, lang: LanguageTag): string[] {
  const { entities, relations: found } = extractWithRules({
    text,
    lang,
    sentences: splitSentences(text, lang),
  });
  const name = (key: string) => entities.find((entity) => entity.key === key)?.name ?? key;
  return found
    .map(
      (relation) =>
        `${name(relation.source)} ${relation.type} ${name(relation.target)} ${relation.modality} [${relation.assertedBy.map(name).join(', ')}]`,
    )
    .sort();
}

describe("a researcher's employer is the claimant, never an argument", () => {
  test('"according to a researcher at X" and "a researcher at X said"', () => {
    for (const text of [
      'According to a researcher at Dragos, Sandworm was behind the attack on Ukrenergo.',
      'A researcher at Dragos said Sandworm was behind the attack on Ukrenergo.',
    ]) {
      assert.deepEqual(relations(text, 'en'), [
        'Hack of Ukrenergo ATTRIBUTED_TO Sandworm Team reported [Dragos]',
        'Hack of Ukrenergo TARGETED Ukrenergo asserted []',
      ]);
    }
  });
  test('"un analyste de X affirme": X, unknown to the gazetteer, is found as the employer and claims', () => {
    assert.deepEqual(
      relations(
        'Le groupe APT28 reste actif. Un analyste de Sekoia affirme que le groupe a enregistré le domaine faux-login.fr.',
        'fr',
      ),
      ['APT28 REGISTERED faux-login.fr reported [Sekoia]'],
    );
  });
  test('"قال باحث في شركة X": the employer of an unnamed speaker after the verb claims', () => {
    assert.deepEqual(
      relations('وقال باحث في شركة كاسبرسكي إن مجموعة لازاروس مرتبطة بكوريا الشمالية.', 'ar'),
      ['Lazarus Group ATTRIBUTED_TO North Korea reported [Kaspersky]'],
    );
  });
  test('a role with its holder named keeps its relation', () => {
    assert.deepEqual(
      relations("Selon le directeur de l'ANSSI, Guillaume Poupard, APT28 est lié au GRU.", 'fr'),
      ['APT28 ATTRIBUTED_TO GRU reported [ANSSI]', 'Guillaume Poupard LEADS ANSSI asserted []'],
    );
  });
});

describe('a claimant outside the clause of its verb', () => {
  test('the subject of the main clause after a participle clause', () => {
    assert.deepEqual(
      relations(
        "Après avoir accusé l'Iran d'être derrière l'attaque contre Saudi Aramco, Washington a annoncé des sanctions.",
        'fr',
      ),
      [
        'Hack of Saudi Aramco ATTRIBUTED_TO Iran reported [Washington]',
        'Hack of Saudi Aramco TARGETED Saudi Aramco asserted []',
      ],
    );
    assert.deepEqual(
      relations(
        'After accusing Iran of being behind the attack on Saudi Aramco, Washington imposed sanctions.',
        'en',
      ),
      [
        'Hack of Saudi Aramco ATTRIBUTED_TO Iran reported [Washington]',
        'Hack of Saudi Aramco TARGETED Saudi Aramco asserted []',
      ],
    );
  });
  test('the subject of a relative clause', () => {
    assert.deepEqual(relations('APT33, which Microsoft has linked to Iran, targeted Saudi Aramco.', 'en'), [
      'APT33 ATTRIBUTED_TO Iran reported [Microsoft]',
      'APT33 TARGETED Saudi Aramco asserted []',
    ]);
  });
});

describe('hedges make a relation suspected', () => {
  const cases: Array<[string, LanguageTag]> = [
    ['APT33 is potentially connected to Iran.', 'en'],
    ['APT33 may be tied to Iran.', 'en'],
    ['APT33 is believed to be linked to Iran.', 'en'],
    ["Le groupe APT33 pourrait être lié à l'Iran.", 'fr'],
    ['يُرجَّح أن مجموعة APT33 مرتبطة بإيران.', 'ar'],
  ];
  for (const [text, lang] of cases) {
    test(text, () => {
      assert.deepEqual(relations(text, lang), ['APT33 ATTRIBUTED_TO Iran suspected []']);
    });
  }
});

describe('who speaks vouches, and is no argument', () => {
  test('every name of a list before or after a verb of saying speaks', () => {
    assert.deepEqual(relations('Microsoft and Google said APT28 was behind the attack on TV5Monde.', 'en'), [
      'Hack of TV5Monde ATTRIBUTED_TO APT28 reported [Google, Microsoft]',
      'Hack of TV5Monde TARGETED TV5Monde asserted []',
    ]);
    assert.deepEqual(relations('Selon Microsoft et Google, APT28 est lié au GRU.', 'fr'), [
      'APT28 ATTRIBUTED_TO GRU reported [Microsoft, Google]',
    ]);
    assert.deepEqual(
      relations('وقالت مايكروسوفت وغوغل إن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.', 'ar'),
      // The service's adjective places it in the article's own words, whoever speaks.
      ['APT28 ATTRIBUTED_TO GRU reported [Microsoft, Google]', 'GRU LOCATED_IN Russia asserted []'],
    );
  });
  test('a speaker who does not confirm vouches for nothing', () => {
    for (const text of [
      'Mandiant has not confirmed that APT28 was behind the attack on TV5Monde.',
      'Mandiant did not say whether APT28 was behind the attack on TV5Monde.',
    ]) {
      assert.deepEqual(relations(text, 'en'), [
        'Hack of TV5Monde ATTRIBUTED_TO APT28 suspected []',
        'Hack of TV5Monde TARGETED TV5Monde asserted []',
      ]);
    }
    assert.deepEqual(relations('Microsoft refuse de confirmer que APT28 est lié au GRU.', 'fr'), [
      'APT28 ATTRIBUTED_TO GRU suspected []',
    ]);
  });
});

describe('accusers and deniers named around the statement', () => {
  test('the passive of an accusation names the accuser, who is no argument', () => {
    assert.deepEqual(
      relations("L'Iran est accusé par Washington d'être derrière l'attaque contre Saudi Aramco.", 'fr'),
      [
        'Hack of Saudi Aramco ATTRIBUTED_TO Iran reported [Washington]',
        'Hack of Saudi Aramco TARGETED Saudi Aramco asserted []',
      ],
    );
  });
  test('a subject before an apposition holding abbreviations denies', () => {
    assert.deepEqual(
      relations('The GRU, which U.S. officials say was behind the attack on the DNC, denied any role.', 'en'),
      [
        'GRU DENIES Hack of Democratic National Committee denied [GRU]',
        'Hack of Democratic National Committee ATTRIBUTED_TO GRU reported [United States]',
        'Hack of Democratic National Committee TARGETED Democratic National Committee asserted []',
      ],
    );
  });
});

describe('a speaker who relays unnamed sources vouches for them', () => {
  test('"X said, citing sources, that ..." and "قالت X نقلا عن مصادر": the speaker claims', () => {
    assert.deepEqual(relations('Reuters said, citing sources, that APT28 targeted NATO.', 'en'), [
      'APT28 TARGETED NATO reported [Reuters]',
    ]);
    assert.deepEqual(relations('قالت رويترز نقلا عن مصادر مطلعة إن مجموعة APT28 استهدفت حلف الناتو.', 'ar'), [
      'APT28 TARGETED NATO reported [Reuters]',
    ]);
  });
  test('unnamed sources alone, or in a clause of their own, are no one named', () => {
    assert.deepEqual(relations('According to sources, APT28 targeted NATO.', 'en'), [
      'APT28 TARGETED NATO reported []',
    ]);
    assert.deepEqual(
      relations('Reuters said the talks failed; according to sources, APT28 targeted NATO.', 'en'),
      ['APT28 TARGETED NATO reported []'],
    );
  });
});

describe('every speaker of a list claims', () => {
  test('"A along with B said", "A together with B said": both claim', () => {
    for (const text of [
      'The FBI along with the NSA said APT28 targeted NATO.',
      'The FBI together with the NSA said APT28 targeted NATO.',
    ]) {
      assert.deepEqual(relations(text, 'en'), ['APT28 TARGETED NATO reported [NSA, FBI]']);
    }
  });
  test('names glossed in brackets are items of the list, the gloss no speaker of its own', () => {
    assert.deepEqual(
      relations(
        'The FBI (Federal Bureau of Investigation) along with the NSA (National Security Agency) said APT28 targeted NATO.',
        'en',
      ),
      ['APT28 TARGETED NATO reported [NSA, FBI]'],
    );
  });
  test('a name before the speaker with no conjunction between claims nothing', () => {
    assert.deepEqual(relations('In a talk with the FBI, the NSA said APT28 targeted NATO.', 'en'), [
      'APT28 TARGETED NATO reported [NSA]',
    ]);
  });
});

describe('a compound adjective of affiliation is the writer’s description of the name', () => {
  test('a report framing the sentence, or a report of something else before it, does not frame it', () => {
    assert.deepEqual(
      relations(
        'The tactics reported in May at the bank match the North Korea-linked group Lazarus.',
        'en',
      ).filter((line) => line.includes('ATTRIBUTED_TO')),
      ['Lazarus Group ATTRIBUTED_TO North Korea asserted []'],
    );
  });
  test('a hedge written right before the compound hedges it', () => {
    assert.deepEqual(
      relations('The allegedly Russia-linked group APT28 targeted NATO.', 'en').filter((line) =>
        line.includes('ATTRIBUTED_TO'),
      ),
      ['APT28 ATTRIBUTED_TO Russia suspected []'],
    );
  });
});

describe('a text that talks about something is its author’s word', () => {
  test('"a report from X talks about", "a blog post by X discusses": X claims', () => {
    for (const text of [
      'A blog post by Mandiant talks about APT28 being tied to attacks against NATO.',
      'Microsoft links to a report from Mandiant, which discusses APT28 being tied to attacks against NATO.',
    ]) {
      assert.deepEqual(relations(text, 'en'), ['APT28 TARGETED NATO reported [Mandiant]']);
    }
  });
});

describe('a pronoun speaking inside a description in apposition', () => {
  test('stands for the subject of the verb before the name described, never for that name', () => {
    assert.deepEqual(
      relations(
        'Mandiant named Ivan Petrov, a developer it said worked for Kovalsky Labs, as the author.',
        'en',
      ),
      ['Ivan Petrov WORKS_FOR Kovalsky Labs reported [Mandiant]'],
    );
  });
  test('with no name right before the name described, no one named claims', () => {
    assert.deepEqual(
      relations('On Monday Ivan Petrov, a developer it said worked for Kovalsky Labs, was charged.', 'en'),
      ['Ivan Petrov WORKS_FOR Kovalsky Labs reported []'],
    );
  });
});

describe('a participle of claiming after the main clause', () => {
  test('"نشرت X بيانا، زاعمة أنها اخترقت Y": the subject claims its own deed', () => {
    assert.deepEqual(relations('نشرت مجموعة لازاروس بيانا، زاعمة أنها اخترقت شركة سوني.', 'ar'), [
      'Lazarus Group TARGETED سوني reported [Lazarus Group]',
    ]);
  });
});

describe('an Arabic speaker named after their post', () => {
  test('"قال رئيس الوزراء الألباني X إن": X speaks', () => {
    assert.deepEqual(
      relations('قال رئيس الوزراء الألباني إيدي راما إن مجموعة APT34 استهدفت ألبانيا.', 'ar'),
      ['OilRig TARGETED Albania reported [إيدي راما]'],
    );
  });
  test('a participle of saying takes the speaker of the verb of saying that opens the sentence', () => {
    assert.deepEqual(
      relations(
        'أعلن رئيس الوزراء إيدي راما قطع العلاقات مع إيران، مؤكدا أن مجموعة APT34 استهدفت ألبانيا.',
        'ar',
      ),
      ['OilRig TARGETED Albania reported [إيدي راما]'],
    );
  });
  test('a post that is not the verb’s subject names no speaker: a source close to the holder speaks', () => {
    assert.deepEqual(
      relations('قال مصدر مقرب من رئيس الوزراء إيدي راما إن مجموعة APT34 استهدفت ألبانيا.', 'ar'),
      ['OilRig TARGETED Albania reported []'],
    );
  });
});

describe('a person denies in the name of the organisation they work for', () => {
  test('"the spokesman for X, Y, denied": Y denies, and X claims the denial with Y', () => {
    assert.deepEqual(
      relations(
        'The spokesman for the Kremlin, Dmitry Peskov, denied any role in the hack of TV5Monde.',
        'en',
      ).filter((line) => line.includes('DENIES')),
      ['Dmitry Peskov DENIES Hack of TV5Monde denied [Dmitry Peskov, Kremlin]'],
    );
  });
  test('a denier who works for no one named denies alone', () => {
    assert.deepEqual(
      relations('Dmitry Peskov denied any role in the hack of TV5Monde.', 'en').filter((line) =>
        line.includes('DENIES'),
      ),
      ['Dmitry Peskov DENIES Hack of TV5Monde denied [Dmitry Peskov]'],
    );
  });
});

describe('a verb of saying followed by its conjunction frames nothing written before it', () => {
  test('"X, rattaché à Y, a rappelé que ...": the affiliation is the writer’s word', () => {
    assert.deepEqual(
      relations(
        "Le Centre de veille (CDV), rattaché à l'Agence nationale de la sécurité des systèmes d'information (ANSSI), a rappelé que la panne était finie.",
        'fr',
      ),
      ['Centre de veille PART_OF ANSSI asserted []'],
    );
  });
  test('a verb of saying that closes the sentence still frames what comes before it', () => {
    assert.deepEqual(relations("APT28 a visé l'OTAN, a affirmé Microsoft.", 'fr'), [
      'APT28 TARGETED NATO reported [Microsoft]',
    ]);
  });
});
