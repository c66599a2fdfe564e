import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertHas, relationLines } from '../../test/relation-lines-harness.ts';

describe('a source named through a reference', () => {
  test('"according to the company" speaks for the organisation named before, in three languages', () => {
    assertHas(
      relationLines(
        'Mandiant published a report on Monday. According to the company, APT28 was behind the attack on TV5Monde.',
        'en',
      ),
      'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported [Mandiant]',
    );
    assertHas(
      relationLines(
        'Mandiant a publié un rapport lundi. Selon la société, APT28 est derrière le piratage de TV5Monde.',
        'fr',
      ),
      'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported [Mandiant]',
    );
    assertHas(
      relationLines(
        'نشرت شركة مايكروسوفت تقريرا يوم الاثنين. وبحسب الشركة، فإن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
        'ar',
      ),
      'ATTRIBUTED_TO APT28 -> GRU reported [Microsoft]',
    );
  });

  test('an Arabic subject after its verb and the noun that introduces it is the antecedent', () => {
    assertHas(
      relationLines(
        'نشرت شركة مايكروسوفت تقريرا يوم الاثنين. وأضافت الشركة أن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
        'ar',
      ),
      'ATTRIBUTED_TO APT28 -> GRU reported [Microsoft]',
    );
  });

  test('an Arabic reference after a verb of denial denies, as one before the verb does in English', () => {
    const expected = 'DENIES APT28 -> Hack of TV5Monde denied [APT28]';
    assertHas(
      relationLines(
        'France accused APT28 of the attack on TV5Monde. The group denied responsibility for the attack.',
        'en',
      ),
      expected,
    );
    assertHas(
      relationLines(
        'اتهمت فرنسا مجموعة APT28 بالهجوم على TV5Monde. ونفت المجموعة مسؤوليتها عن الهجوم.',
        'ar',
      ),
      expected,
    );
  });

  test('"according to her", "selon lui" speak for the person named before; two persons, no one', () => {
    assertHas(
      relationLines(
        'Sarah Collins spoke to reporters on Monday. According to her, APT28 was behind the attack on TV5Monde.',
        'en',
      ),
      'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported [Sarah Collins]',
    );
    assertHas(
      relationLines(
        "Guillaume Poupard s'est exprimé lundi. Selon lui, APT28 est derrière le piratage de TV5Monde.",
        'fr',
      ),
      'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported [Guillaume Poupard]',
    );
    assertHas(
      relationLines(
        'Sarah Collins met Omar Haddad on Monday. According to him, APT28 was behind the attack on TV5Monde.',
        'en',
      ),
      'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported []',
    );
  });

  test('an object is no antecedent, and two candidates give none', () => {
    // The company here was hit, not the subject of the sentence: "الشركة" stands for no one.
    assertHas(
      relationLines(
        'استهدفت الهجمات شركة مايكروسوفت يوم الاثنين. وأضافت الشركة أن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
        'ar',
      ),
      'ATTRIBUTED_TO APT28 -> GRU reported []',
    );
    assertHas(
      relationLines(
        'Mandiant and Microsoft published reports. According to the company, APT28 was behind the attack on TV5Monde.',
        'en',
      ),
      'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported []',
    );
  });

  test('a group described is not a source: "according to the group" names no claimant', () => {
    const lines = relationLines(
      'APT28 published a statement. According to the group, Sandworm was behind the attack on TV5Monde.',
      'en',
    );
    assert.ok(
      lines.some(
        (line) => line.startsWith('ATTRIBUTED_TO Hack of TV5Monde -> Sandworm') && line.endsWith('[]'),
      ),
      lines.join('\n'),
    );
  });
});

describe('an Arabic possessive attached to an actor’s attacks', () => {
  test('"هجماتها" stands for the one actor named before', () => {
    assertHas(
      relationLines('أعلنت مجموعة APT28 مسؤوليتها عن الهجوم. واستهدفت هجماتها قناة TV5Monde.', 'ar'),
      'TARGETED APT28 -> TV5Monde asserted []',
    );
  });

  test('with two actors named before, it stands for none', () => {
    const lines = relationLines(
      'تنشط مجموعة APT28 ومجموعة APT29 منذ سنوات. واستهدفت هجماتها قناة TV5Monde.',
      'ar',
    );
    assert.ok(!lines.some((line) => line.startsWith('TARGETED')), lines.join('\n'));
  });
});

describe('"the regime" for a government', () => {
  test('stands for the one government named before, in English and French', () => {
    assertHas(
      relationLines(
        'The North Korean government was blamed for the attack on Sony Pictures. The regime denied any role in the attack.',
        'en',
      ),
      'DENIES Government of North Korea -> Hack of Sony Pictures denied [Government of North Korea]',
    );
    assertHas(
      relationLines(
        'Le gouvernement nord-coréen a été accusé du piratage de Sony Pictures. Le régime a nié toute implication dans le piratage.',
        'fr',
      ),
      'DENIES Government of North Korea -> Hack of Sony Pictures denied [Government of North Korea]',
    );
  });

  test('with two governments named, it stands for neither', () => {
    const lines = relationLines(
      'The Iranian government and the US government traded accusations. The regime denied any role in the attack on Saudi Aramco.',
      'en',
    );
    assert.ok(!lines.some((line) => line.startsWith('DENIES')), lines.join('\n'));
  });
});

describe('a pronoun after a prepositional introduction with no comma', () => {
  test('"In their campaigns they ...", "Dans leurs campagnes ils ..." stand for the actor named before', () => {
    assertHas(
      relationLines(
        'APT28 targets NATO members.\nIn their campaigns they exploited the following vulnerabilities:\n\n- CVE-2012-0158\n- CVE-2017-0199\n',
        'en',
      ),
      'USES APT28 -> CVE-2017-0199 asserted []',
    );
    assertHas(
      relationLines(
        "APT28 vise les membres de l'OTAN. Dans leurs campagnes ils ont utilisé le logiciel X-Agent.",
        'fr',
      ),
      'USES APT28 -> X-Agent asserted []',
    );
  });

  test('a relative introduction opens no main clause', () => {
    const lines = relationLines(
      'APT28 targets NATO members. In what they called a test they exploited CVE-2012-0158.',
      'en',
    );
    assert.ok(!lines.some((line) => line.startsWith('USES')), lines.join('\n'));
  });
});

describe('impersonal beliefs are hedges', () => {
  test('"it is believed that", "on pense que", "يُظن أن" make a relation suspected', () => {
    assertHas(
      relationLines('It is believed that APT34 was behind the attack on Saudi Aramco.', 'en'),
      'ATTRIBUTED_TO Hack of Saudi Aramco -> OilRig suspected []',
    );
    // "assessed" alone reports someone's judgement; impersonal, no one vouches for it.
    assertHas(
      relationLines('It is assessed that APT34 was behind the attack on Saudi Aramco.', 'en'),
      'ATTRIBUTED_TO Hack of Saudi Aramco -> OilRig suspected []',
    );
    assertHas(
      relationLines('On pense que APT28 est derrière le piratage de TV5Monde.', 'fr'),
      'ATTRIBUTED_TO Hack of TV5Monde -> APT28 suspected []',
    );
    assertHas(
      relationLines('يُظَن أن مجموعة APT33 مرتبطة بإيران.', 'ar'),
      'ATTRIBUTED_TO APT33 -> Iran suspected []',
    );
  });

  test('a named judge still reports', () => {
    assertHas(
      relationLines('Mandiant estime que APT28 est lié au GRU.', 'fr'),
      'ATTRIBUTED_TO APT28 -> GRU reported [Mandiant]',
    );
  });
});
