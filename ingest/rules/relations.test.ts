import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LanguageTag } from '../../graph-schema/model.ts';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';
import { REFERENCE_STRENGTH } from './relations.ts';
import { assertHas, assertNone, relationLines } from '../../test/relation-lines-harness.ts';

describe('roles in apposition', () => {
  test('heads, co-founders, officers and advisers in three languages', () => {
    const en = relationLines(
      'Sarah Collins, the chief executive of Mandiant, spoke on Monday. Omar Haddad, a co-founder of CrowdStrike, agreed.',
      'en',
    );
    assertHas(en, 'LEADS Sarah Collins -> Mandiant asserted []');
    assertHas(en, 'FOUNDED Omar Haddad -> CrowdStrike asserted []');
    const fr = relationLines(
      "Paul Girard, secrétaire général d'En Marche !, a parlé. Le lieutenant Ivan Sokolov, un officier du GRU, a été inculpé.",
      'fr',
    );
    assertHas(fr, 'LEADS Paul Girard -> En Marche! asserted []');
    assertHas(fr, 'WORKS_FOR Ivan Sokolov -> GRU asserted []');
  });

  test('one who heads a department works for the organisation; its chief executive leads it', () => {
    const en = relationLines(
      "Sarah Collins, head of research at Mandiant, spoke. Omar Haddad, a senior analyst with CrowdStrike, agreed. Microsoft's chief executive Satya Nadella did not.",
      'en',
    );
    assertHas(en, 'WORKS_FOR Sarah Collins -> Mandiant asserted []');
    assertHas(en, 'WORKS_FOR Omar Haddad -> CrowdStrike asserted []');
    assertHas(en, 'LEADS Satya Nadella -> Microsoft asserted []');
    assertNone(en, /^LEADS (Sarah Collins|Omar Haddad)/);
    const fr = relationLines(
      "Paul Girard, directeur général de l'ANSSI, a parlé. Léa Morel, cheffe du service de presse de Thales, a confirmé. Jean Roux, directeur de la recherche chez Google, aussi.",
      'fr',
    );
    assertHas(fr, 'LEADS Paul Girard -> ANSSI asserted []');
    assertHas(fr, 'WORKS_FOR Jean Roux -> Google asserted []');
    assertNone(fr, /^LEADS (Léa Morel|Jean Roux)/);
    const ar = relationLines(
      'وقال الباحث شاليف حوليو، رئيس مجموعة NSO، إن القائمة مزيفة. وقال الباحث كريم حداد، رئيس قسم الأبحاث في شركة كاسبرسكي، إن الخلل أصلح.',
      'ar',
    );
    assertHas(ar, 'LEADS شاليف حوليو -> NSO Group asserted []');
    assertHas(ar, 'WORKS_FOR كريم حداد -> Kaspersky asserted []');
    assertNone(ar, /^LEADS كريم حداد/);
  });

  test('a role in brackets after the name, and a department named after the organisation’s possessive', () => {
    const lines = relationLines(
      "Analyst Sarah Collins (director of Mandiant's threat research team) spoke. Omar Haddad, director of Google's threat analysis group, agreed.",
      'en',
    );
    assertHas(lines, 'WORKS_FOR Sarah Collins -> Mandiant asserted []');
    assertHas(lines, 'WORKS_FOR Omar Haddad -> Google asserted []');
    assertNone(lines, /^LEADS/);
  });

  test('a hedge or a denial later in the sentence does not touch the role', () => {
    const lines = relationLines(
      'Le lieutenant Ivan Sokolov, un officier du GRU, est soupçonné d’avoir piloté l’opération.',
      'fr',
    );
    assertHas(lines, 'WORKS_FOR Ivan Sokolov -> GRU asserted []');
  });

  test('"founded in 2012 by A and B": a date inside the trigger, two founders', () => {
    const lines = relationLines(
      'La société Mandiant, fondée en 2004 par Sarah Collins et Omar Haddad, a démenti.',
      'fr',
    );
    assertHas(lines, 'FOUNDED Sarah Collins -> Mandiant asserted []');
    assertHas(lines, 'FOUNDED Omar Haddad -> Mandiant asserted []');
    assertNone(lines, /^DENIES (Sarah Collins|Omar Haddad)/);
  });

  test('the role before the name: "Le porte-parole du Kremlin, Ivan Sokolov, ..."', () => {
    assertHas(
      relationLines('Le porte-parole du Kremlin, Ivan Sokolov, a parlé aux journalistes.', 'fr'),
      'WORKS_FOR Ivan Sokolov -> Kremlin asserted []',
    );
    // The denial that follows is Sokolov's, not a denial of his job.
    assertHas(
      relationLines('Le porte-parole du Kremlin, Ivan Sokolov, a démenti toute implication.', 'fr'),
      'WORKS_FOR Ivan Sokolov -> Kremlin asserted []',
    );
  });

  test('a unit named in apposition is part of the organisation named in it', () => {
    assertHas(
      relationLines('Mandiant, the Microsoft threat-hunting unit, published a report.', 'en'),
      'PART_OF Mandiant -> Microsoft asserted []',
    );
    assertHas(
      relationLines("Les chercheurs du Citizen Lab, rattaché à l'Université de Toronto, ont publié.", 'fr'),
      'PART_OF Citizen Lab -> Université de Toronto asserted []',
    );
  });

  test('a place named in a description of an organisation locates it', () => {
    assertHas(
      relationLines('Kaspersky, a Moscow security company, published the samples.', 'en'),
      'LOCATED_IN Kaspersky -> Moscow asserted []',
    );
  });
});

describe('argument order', () => {
  test("an infinitive of purpose after a targeting's object is the subject's aim, not the object's", () => {
    const en = relationLines(
      'APT99 hacked the OSCE to spy on NATO. APT98 breached Liberal Party servers to sway the outcome of the 2019 Harbour presidential election.',
      'en',
    );
    assertHas(en, 'TARGETED APT99 -> NATO asserted []');
    assertHas(en, 'TARGETED APT98 -> 2019 Harbour presidential election asserted []');
    assertNone(en, /^TARGETED (OSCE|Liberal Party) ->/u);
    const fr = relationLines(
      "APT99 a piraté l'OSCE pour influencer les résultats de l'élection présidentielle de 2019 à Harbour.",
      'fr',
    );
    assertHas(fr, 'TARGETED APT99 -> élection présidentielle de 2019 asserted []');
    assertNone(fr, /^TARGETED OSCE ->/u);
  });

  test('Arabic verb first: the subject and the object follow the verb, with the listed targets', () => {
    const lines = relationLines('واستهدفت مجموعة APT28 وزارات في تركيا وباكستان.', 'ar');
    assertHas(lines, 'TARGETED APT28 -> Turkey asserted []');
    assertHas(lines, 'TARGETED APT28 -> Pakistan asserted []');
  });

  test('Arabic lists: "و" set apart from the next item joins it as glued "و" does', () => {
    const places = relationLines('واستهدفت مجموعة APT28 وزارات في تركيا و باكستان.', 'ar');
    assertHas(places, 'TARGETED APT28 -> Turkey asserted []');
    assertHas(places, 'TARGETED APT28 -> Pakistan asserted []');
    const tools = relationLines('واستخدمت مجموعة APT28 برمجية Zebrocy و X-Agent.', 'ar');
    assertHas(tools, 'USES APT28 -> Zebrocy asserted []');
    assertHas(tools, 'USES APT28 -> X-Agent asserted []');
  });

  test('Arabic: a clitic glued to a Latin name ("وZebrocy", "بـGRU") is no part of it', () => {
    assertHas(
      relationLines('واستخدمت مجموعة APT28 برمجية X-Agent وZebrocy.', 'ar'),
      'USES APT28 -> Zebrocy asserted []',
    );
    assertHas(
      relationLines('وربط الباحثون مجموعة Sandworm بـGRU.', 'ar'),
      'ATTRIBUTED_TO Sandworm Team -> GRU reported []',
    );
  });

  test('Arabic: "تعمل لحساب" and a verb-first "ترتبط ... ب" attribute an actor', () => {
    assertHas(
      relationLines('ويعتقد أن مجموعة APT29 تعمل لحساب جهاز الأمن الفيدرالي (FSB).', 'ar'),
      'ATTRIBUTED_TO APT29 -> FSB suspected []',
    );
    assertHas(
      relationLines('وترتبط مجموعة APT28 بجهاز GRU منذ سنوات.', 'ar'),
      'ATTRIBUTED_TO APT28 -> GRU asserted []',
    );
  });

  test('both arguments after the verb: "blamed X for Y", "attributed Y to X", "نسبت ... إلى"', () => {
    assertHas(
      relationLines('On Friday, Canada blamed Iran for the attack on Hydro-Quebec.', 'en'),
      'ATTRIBUTED_TO Hack of Hydro-Quebec -> Iran reported [Canada]',
    );
    assertHas(
      relationLines('In March the Élysée attributed the attack on Hydro-Quebec to APT33.', 'en'),
      'ATTRIBUTED_TO Hack of Hydro-Quebec -> APT33 reported [Élysée]',
    );
  });

  test('passive and nominal forms: "hit by", "the work of"', () => {
    assertHas(
      relationLines('In June, Sony Pictures was hit by the NotPetya malware.', 'en'),
      'TARGETED NotPetya -> Sony Pictures asserted []',
    );
    assertHas(
      relationLines('Kaspersky said the NotPetya malware was probably the work of Sandworm.', 'en'),
      'ATTRIBUTED_TO NotPetya -> Sandworm Team suspected [Kaspersky]',
    );
  });

  test('a comma without a closing "and" opens an apposition, not a list', () => {
    const lines = relationLines(
      "Researchers say APT28 works for the GRU, Russia's military intelligence agency.",
      'en',
    );
    // Unnamed researchers: reported, with no claimant.
    assertHas(lines, 'ATTRIBUTED_TO APT28 -> GRU reported []');
    assertNone(lines, /-> Russia/);
  });
});

describe('passives and referring phrases', () => {
  test('"enregistrés par le groupe": the group named just before registered them', () => {
    assertHas(
      relationLines(
        'Le groupe APT28 a frappé en mars. Les analystes ont relevé vote-nouvel.org, enregistré par le groupe en février.',
        'fr',
      ),
      'REGISTERED APT28 -> vote-nouvel.org reported []',
    );
  });

  test('Arabic: "البرمجية" stands for the one malware named so far, linked by a verb-first "ربطت"', () => {
    assertHas(
      relationLines(
        'انتشرت برمجية الفدية وانا كراي بسرعة. وتوقفت المستشفيات. وربطت شركة سيمانتك البرمجية بمجموعة لازاروس.',
        'ar',
      ),
      'ATTRIBUTED_TO WannaCry -> Lazarus Group reported [Symantec]',
    );
  });
});

describe('Arabic denials, heads and claims', () => {
  test('a denier before its verb, and "وهو ما نفته X" denying the incident named before', () => {
    const before = relationLines(
      'تعرضت الوزارة لاختراق حملة ماكرون. لكن الإمارات نفت أي دور لها في الاختراق.',
      'ar',
    );
    assertHas(before, 'DENIES United Arab Emirates -> Hack of En Marche! denied [United Arab Emirates]');
    const which = relationLines('ويعتقد أن روسيا تقف وراء اختراق حملة ماكرون، وهو ما نفته موسكو.', 'ar');
    assertHas(which, 'DENIES Moscow -> Hack of En Marche! denied [Moscow]');
    // The later denial is Moscow's, not a frame for the suspicion before it.
    assertHas(which, 'ATTRIBUTED_TO Hack of En Marche! -> Russia suspected []');
  });

  test('"الرئيس التنفيذي ل" leads; "أعلنت X مسؤوليتها عن" is the group\'s own claim', () => {
    assertHas(
      relationLines('وقال الباحث شاليف حوليو، الرئيس التنفيذي لمجموعة NSO، إن القائمة مزيفة.', 'ar'),
      'LEADS شاليف حوليو -> NSO Group asserted []',
    );
    assertHas(
      relationLines('وأعلنت مجموعة APT28 مسؤوليتها عن اختراق حملة ماكرون.', 'ar'),
      'ATTRIBUTED_TO Hack of En Marche! -> APT28 reported [APT28]',
    );
  });
});

describe('claimants', () => {
  test('whoever a verb of saying introduces is never an argument of what they say', () => {
    const lines = relationLines(
      'The FBI said the DarkSide gang was responsible for the attack on Colonial Pipeline.',
      'en',
    );
    assertNone(lines, /^ATTRIBUTED_TO .* -> FBI/);
  });

  test('a speaker’s employer named through a role is the claimant, never an argument of the statement', () => {
    // A speaker the Arabic given names find speaks with her employer, as "Sarah Collins, a
    // researcher at Mandiant" does; one whose name is not recognised leaves the employer speaking.
    const lines = relationLines(
      'قالت سلمى الراشدي من شركة كراودسترايك إن مجموعة APT28 سجلت النطاق vote-nouvel.org.',
      'ar',
    );
    assertNone(lines, /^ATTRIBUTED_TO APT28 -> CrowdStrike/);
    assertHas(lines, 'REGISTERED APT28 -> vote-nouvel.org reported [CrowdStrike, سلمى الراشدي]');
    const unknown = relationLines(
      'قالت زوكسي كرمفال من شركة كراودسترايك إن مجموعة APT28 سجلت النطاق vote-nouvel.org.',
      'ar',
    );
    assertNone(unknown, /^ATTRIBUTED_TO APT28 -> CrowdStrike/);
    assertHas(unknown, 'REGISTERED APT28 -> vote-nouvel.org reported [CrowdStrike]');
  });

  test('the subject before an apposition, and an inverted subject after the verb', () => {
    assertHas(
      relationLines('Sarah Collins, a researcher at Mandiant, said APT28 registered vote-nouvel.org.', 'en'),
      'REGISTERED APT28 -> vote-nouvel.org reported [Mandiant, Sarah Collins]',
    );
    assertHas(
      relationLines('APT28 registered vote-nouvel.org, said Sarah Collins.', 'en'),
      'REGISTERED APT28 -> vote-nouvel.org reported [Sarah Collins]',
    );
  });

  test('a cue word inside a name is part of the name ("the United States")', () => {
    assertHas(
      relationLines(
        'Later the United States formally blamed North Korea for the attack on Sony Pictures.',
        'en',
      ),
      'ATTRIBUTED_TO Hack of Sony Pictures -> North Korea reported [United States]',
    );
  });

  test('"The company said" continues the account of the company named before', () => {
    assertHas(
      relationLines(
        'According to Mandiant, APT28 was in the network. The company said APT28 works for the GRU.',
        'en',
      ),
      'ATTRIBUTED_TO APT28 -> GRU reported [Mandiant]',
    );
  });

  test('French: "des chercheurs de X ont relevé que" reports X', () => {
    assertHas(
      relationLines(
        'Des chercheurs de Mandiant ont relevé que APT28 avait enregistré vote-nouvel.org.',
        'fr',
      ),
      'REGISTERED APT28 -> vote-nouvel.org reported [Mandiant]',
    );
  });
});

test('"the attackers" after two actors stands for neither', () => {
  const lines = relationLines(
    'APT28 and APT29 were both in the network. Later the attackers used evil-update.com.',
    'en',
  );
  assertNone(lines, /^USES/);
});

describe('look-alike addresses', () => {
  test('presented as an imitation, an address impersonates the organisation named in another sentence', () => {
    const en = relationLines(
      'The party Nouvel Elan held a rally in Lyon. According to Mandiant, attackers set up look-alike sites such as vote-nouvel-elan.org.',
      'en',
    );
    assertHas(en, 'IMPERSONATES vote-nouvel-elan.org -> Nouvel Elan reported [Mandiant]');
    const ar = relationLines(
      'عقد حزب Nouvel Elan تجمعا في ليون. وسجل القراصنة نطاقات مزيفة مثل vote-nouvel-elan.org.',
      'ar',
    );
    assertHas(ar, 'IMPERSONATES vote-nouvel-elan.org -> Nouvel Elan asserted []');
  });
});

describe('lists of victims', () => {
  test('victims listed before a passive, past an apposition of the last one', () => {
    const fr = relationLines(
      "L'armateur Maersk, le géant américain Mondelez et Rosneft, partenaire de Norsk Hydro, ont été touchés par WannaCry.",
      'fr',
    );
    for (const victim of ['Maersk', 'Mondelez', 'Rosneft'])
      assertHas(fr, `TARGETED WannaCry -> ${victim} asserted []`);
    assertNone(fr, /^TARGETED WannaCry -> Norsk Hydro/);
  });

  test('an item named by a plural common noun keeps the list going; a comma and a clause end it', () => {
    const lines = relationLines('APT77 targeted banks in Portugal, allied countries and Spain.', 'en');
    assertHas(lines, 'TARGETED APT77 -> Portugal asserted []');
    assertHas(lines, 'TARGETED APT77 -> Spain asserted []');
    assertNone(
      relationLines('APT77 targeted Portugal, the ministry said and Spain agreed.', 'en'),
      /^TARGETED APT77 -> Spain/u,
    );
  });

  test('a description in apposition is about the one name before it', () => {
    const fr = relationLines(
      'Mondelez, Rosneft et Ukrenergo, filiale de Norsk Hydro, ont été visés par NotPetya.',
      'fr',
    );
    assertHas(fr, 'PART_OF Ukrenergo -> Norsk Hydro asserted []');
    assertNone(fr, /^PART_OF (Mondelez|Rosneft)/);
  });

  test('a quantifier after the list shares the apposition out ("A, B and C, all part of Y")', () => {
    const shared = relationLines(
      'The Quillon Bureau, the Harbour Cyber Office and the Kettle Agency, all part of the Ministry of Defence, ran the operation.',
      'en',
    );
    for (const unit of ['Quillon Bureau', 'Harbour Cyber Office', 'Kettle Agency'])
      assertHas(shared, `PART_OF ${unit} -> Ministry of Defence asserted []`);
    const nearest = relationLines(
      'The Quillon Bureau, the Harbour Cyber Office and the Kettle Agency, part of the Ministry of Defence, ran the operation.',
      'en',
    );
    assertHas(nearest, 'PART_OF Kettle Agency -> Ministry of Defence asserted []');
    assertNone(nearest, /^PART_OF (Quillon Bureau|Harbour Cyber Office)/);
  });

  test('an apposition with no name before its comma describes nothing; an acronym in brackets still is the name', () => {
    assert.deepEqual(relationLines('Microsoft a racheté Vantor, filiale de Norsk Hydro.', 'fr'), []);
    assertHas(
      relationLines("L'Office central (OCX), rattaché au ministère de l'Intérieur, a réagi.", 'fr'),
      "PART_OF Office central -> ministère de l'Intérieur asserted []",
    );
    // The comma that closes an apposition opens none: the role is the subject's.
    assertHas(
      relationLines("Jean Dupont, ingénieur de l'armement, est nommé directeur général de l'ANSSI.", 'fr'),
      'LEADS Jean Dupont -> ANSSI asserted []',
    );
  });

  test('the agent of a linking passive makes the link and is no attacker', () => {
    for (const [text, lang] of [
      ["Ce maliciel a été relié par Mandiant aux attaques contre l'OTAN.", 'fr'],
      ['The implant was linked by Mandiant to attacks against NATO.', 'en'],
    ] as const)
      assertNone(relationLines(text, lang), /^TARGETED Mandiant/);
  });

  test('"victims of X included A, B and C" and "ضحايا X"', () => {
    const en = relationLines(
      'Victims of NotPetya included Mondelez, the oil company Rosneft and Norsk Hydro.',
      'en',
    );
    for (const victim of ['Mondelez', 'Rosneft', 'Norsk Hydro'])
      assertHas(en, `TARGETED NotPetya -> ${victim} asserted []`);
    const ar = relationLines('ومن أبرز ضحايا وانا كراي شركة ميرسك ومايكروسوفت.', 'ar');
    assertHas(ar, 'TARGETED WannaCry -> Maersk asserted []');
    assertHas(ar, 'TARGETED WannaCry -> Microsoft asserted []');
  });

  test('an apposition before the verb leaves its subject as the argument', () => {
    const lines = relationLines('Microsoft, the software giant, was hit by WannaCry.', 'en');
    assertHas(lines, 'TARGETED WannaCry -> Microsoft asserted []');
  });
});

describe('lists of tools', () => {
  test('a kind of attack software types the names its list gives, and its user uses each', () => {
    const lines = relationLines(
      'APT99 uses different command-line tools, like netstat.exe or Redkite. APT99 also deployed web shells such as Blackpine and Greyfox.',
      'en',
    );
    for (const tool of ['Redkite', 'Blackpine', 'Greyfox'])
      assertHas(lines, `USES APT99 -> ${tool} asserted []`);
  });

  test('"or their malware X" goes on with the list', () => {
    const lines = relationLines(
      'APT99 uses a mix of credential harvesting tools and password dumpers like Redkite or their malware Greyfox.',
      'en',
    );
    assertHas(lines, 'USES APT99 -> Redkite asserted []');
    assertHas(lines, 'USES APT99 -> Greyfox asserted []');
  });

  test('after a comma, "like" compares unless a kind of software comes before it', () => {
    const lines = relationLines('APT99 attacked the ministry, like APT98 did last year.', 'en');
    assertNone(lines, /APT98/);
    const plain = relationLines('APT99 relies on tools, like Redkite, that anyone can buy.', 'en');
    assertNone(plain, /Redkite/);
  });
});

describe("an actor's indicators", () => {
  test("an indicator after an actor's noun for its indicators, in the same clause, is one it uses", () => {
    const lines = relationLines(
      "APT99's C2 server at 198.51.100[.]23 is located in China. Some APT99 IP addresses were seen in Brazil as 203.0.113[.]7. APT99 hit banks. The group's C2 domain, billing-portal[.]net, was new.",
      'en',
    );
    for (const indicator of ['198.51.100.23', '203.0.113.7', 'billing-portal.net'])
      assertHas(lines, `USES APT99 -> ${indicator} asserted []`);
  });

  test("a victim's domain, a pronoun's, or one past another name or the clause's end, is none", () => {
    const lines = relationLines(
      'APT99 attacked Acme, whose domain acme-corp[.]com went down. APT99 phished the ministry and its domain gov-mail[.]net was hit. APT99 domains, as Acme said; later portal-login[.]net appeared.',
      'en',
    );
    assertNone(lines, /^USES/);
  });
});

describe('two-argument verbs and compound tenses', () => {
  test('the subject of "attributed Y to Z" states it, lists and Arabic verb-first included', () => {
    const fr = relationLines(
      "Le Canada et l'Australie ont formellement attribué l'attaque WannaCry à la Corée du Nord.",
      'fr',
    );
    assertHas(fr, 'ATTRIBUTED_TO WannaCry attack -> North Korea reported [Australia, Canada]');
    const en = relationLines('Germany formally attributed the NotPetya attack to Russia.', 'en');
    assertHas(en, 'ATTRIBUTED_TO NotPetya attack -> Russia reported [Germany]');
    const ar = relationLines('ونسبت كندا وأستراليا هجوم وانا كراي إلى كوريا الشمالية.', 'ar');
    assertHas(ar, 'ATTRIBUTED_TO WannaCry attack -> North Korea reported [Australia, Canada]');
  });

  test('adverbs between the auxiliary and the participle', () => {
    assertHas(
      relationLines('WannaCry a sévèrement frappé le NHS.', 'fr'),
      'TARGETED WannaCry -> NHS asserted []',
    );
    assertHas(relationLines('WannaCry has badly hit the NHS.', 'en'), 'TARGETED WannaCry -> NHS asserted []');
  });
});

describe('demonyms', () => {
  test('an Arabic adjective of origin after an organisation places it, asserted even in a hedged sentence', () => {
    const lines = relationLines(
      'وقالت شركة ميرسك الدنماركية إن أنظمتها تعطلت. ويُعتقد أن شركة كاسيا الأمريكية تعرضت لهجوم. والتقى الصحفي المغربي عمر الراضي بمحامين.',
      'ar',
    );
    assertHas(lines, 'LOCATED_IN Maersk -> Denmark asserted []');
    assert.ok(
      lines.some((line) => /^LOCATED_IN .+ -> United States asserted \[\]$/u.test(line)),
      lines.join('\n'),
    );
    assertNone(lines, /-> Morocco/);
  });

  test('an Arabic demonym between a kind noun and the name places the name', () => {
    const lines = relationLines('وتعطلت أنظمة شركة الطيران الروسية إيروفلوت، وفق ما ذكرته الصحف.', 'ar');
    assertHas(lines, 'LOCATED_IN إيروفلوت -> Russia asserted []');
    // Without a kind noun before it, the demonym describes the word it follows, not the name after it.
    assertNone(relationLines('والتقى الصحفي الروسي موظفي شركة إيروفلوت.', 'ar'), /-> Russia/);
  });

  test('a demonym before a described organisation, or heading an apposition after it, places it', () => {
    const lines = relationLines(
      'The Saudi energy company Aramco lost its files. Maersk, the Danish shipping giant, stopped its cranes. Russian hackers then targeted Microsoft.',
      'en',
    );
    assertHas(lines, 'LOCATED_IN Saudi Aramco -> Saudi Arabia asserted []');
    assertHas(lines, 'LOCATED_IN Maersk -> Denmark asserted []');
    assertNone(lines, /^LOCATED_IN Microsoft/);
  });

  test('a demonym heading a gang, crew or team of hackers places the actor', () => {
    const lines = relationLines(
      'Banks were breached by APT99, a North Korean hacking team, in March. The Russian gang Turla hit Quillon Bank.',
      'en',
    );
    assertHas(lines, 'LOCATED_IN APT99 -> North Korea asserted []');
    assertHas(lines, 'LOCATED_IN Turla -> Russia asserted []');
  });

  test('an apposition with a demonym before the name, or after an emphasised name, places it', () => {
    const lines = relationLines(
      'A Danish broadcaster, Kanal Syd, aired the files. The driver was signed for *QX Technology*, a Taiwanese company. The leak named a German company, Kettle Soft and Quillon Labs.',
      'en',
    );
    assertHas(lines, 'LOCATED_IN Kanal Syd -> Denmark asserted []');
    assertHas(lines, 'LOCATED_IN QX Technology -> Taiwan, Province of China asserted []');
    // A list after the description: which item it describes is not said.
    assertNone(lines, /-> Germany/);
  });
});

describe('possessives and descriptions of the name before them', () => {
  test('an organisation’s organisation is part of it, in the article’s own words', () => {
    const lines = relationLines(
      "According to the FBI, Google's Threat Analysis Group was warned. Microsoft's Satya Nadella spoke.",
      'en',
    );
    assertHas(lines, 'PART_OF Threat Analysis Group -> Google asserted []');
    assertNone(lines, /^PART_OF Satya Nadella/);
  });

  test('"a unit of Y" after an affiliation describes the name right before it, not the affiliated actor', () => {
    const lines = relationLines(
      'Analysts say APT29 is tied to the Foreign Intelligence Service, a unit of the Kremlin.',
      'en',
    );
    assertHas(lines, 'PART_OF Foreign Intelligence Service -> Kremlin asserted []');
    assertNone(lines, /^PART_OF APT29/);
  });
});

describe('Markdown links and passives', () => {
  test('a link’s brackets and address are no words of the sentence, and the address is no argument', () => {
    const lines = relationLines(
      '[Sarah Collins](https://example.org/people/sc), a researcher at Mandiant, wrote a [report](https://example.org/r.pdf) on the theft.',
      'en',
    );
    assertHas(lines, 'WORKS_FOR Sarah Collins -> Mandiant asserted []');
    assertNone(lines, /^PUBLISHED/);
  });

  test('the subject of a passive without an agent is not the attacker', () => {
    const lines = relationLines(
      'The servers of Microsoft were compromised and Google found a virus. NATO was targeted by APT28.',
      'en',
    );
    assertNone(lines, /^TARGETED Microsoft/);
    assertHas(lines, 'TARGETED APT28 -> NATO asserted []');
  });
});

describe('suffering an attack and answering to a body', () => {
  test('who suffers an attack named right after the verb is its target; losses after an attack are not one', () => {
    const lines = relationLines(
      'Iran rebuilt its defences after suffering the Stuxnet attack. Maersk suffered a NotPetya infection. Later, Maersk suffered losses after the attack.',
      'en',
    );
    assertHas(lines, 'TARGETED Stuxnet attack -> Iran asserted []');
    assertHas(lines, 'TARGETED NotPetya -> Maersk asserted []');
    assertNone(lines, /^TARGETED Stuxnet attack -> Maersk/);
  });

  test('a description in apposition keeps its own modality, whatever hedges the main clause', () => {
    const lines = relationLines(
      'The tools were allegedly written at the Rana Institute, an organization working under the Iranian MOIS. APT10, a group allegedly linked to the MSS, struck again.',
      'en',
    );
    assertHas(lines, 'PART_OF Rana Institute -> Ministry of Intelligence and Security asserted []');
    assertHas(lines, 'ATTRIBUTED_TO menuPass -> Ministry of State Security suspected []');
  });

  test('"an organization working under X" is part of X', () => {
    const lines = relationLines(
      'The Rana Institute, an organization working under the Iranian MOIS, wrote its own tools.',
      'en',
    );
    assertHas(lines, 'PART_OF Rana Institute -> Ministry of Intelligence and Security asserted []');
  });
});

describe('threat-report wording', () => {
  test('"It" opening a sentence carries on a reference that opened the sentence before', () => {
    const lines = relationLines(
      'APT28 is a Russian espionage group. The group dropped X-Agent on the machines. It also exploited CVE-2017-0199.',
      'en',
    );
    assertHas(lines, 'USES APT28 -> CVE-2017-0199 asserted []');
  });

  test('"dropped" uses a tool; "the campaign" and "the backdoor" refer to the actor and the malware named before', () => {
    const lines = relationLines(
      'APT28 is a Russian espionage group. The group dropped X-Agent on the machines. The campaign was aimed at NATO.',
      'en',
    );
    assertHas(lines, 'USES APT28 -> X-Agent asserted []');
    assertHas(lines, 'TARGETED APT28 -> NATO asserted []');
    assertHas(
      relationLines('Analysts found Zebrocy on the laptops. The backdoor targeted NATO.', 'en'),
      'TARGETED Zebrocy -> NATO asserted []',
    );
  });

  test('a participle after a common noun describes that noun, not a name earlier in the sentence', () => {
    const lines = relationLines(
      'APT33 ran a campaign to attack organizations located in the United States. Kaspersky is headquartered in Moscow. Analysts watched APT28 in a new campaign attributed to the FSB.',
      'en',
    );
    assertNone(lines, /^LOCATED_IN APT33/);
    assertNone(lines, /^ATTRIBUTED_TO APT28 -> FSB/);
    assertHas(lines, 'LOCATED_IN Kaspersky -> Moscow asserted []');
    // The noun's own modifier, or the name its phrase stands in apposition to, is its argument.
    const described = relationLines(
      'APT28 hackers linked to the GRU struck again. Olympic Destroyer, a malware attributed to Sandworm, hit the Games.',
      'en',
    );
    assertHas(described, 'ATTRIBUTED_TO APT28 -> GRU asserted []');
    assertHas(described, 'ATTRIBUTED_TO Olympic Destroyer -> Sandworm Team asserted []');
  });

  test('"the actors behind X" are not the name before them; "X is the group behind Y" is X', () => {
    const lines = relationLines(
      'Analysts doubt any tie between North Korea and the actors behind TrickBot. Evil Corp is the group behind Dridex.',
      'en',
    );
    assertNone(lines, /^ATTRIBUTED_TO TrickBot/);
    assert.ok(
      lines.some((line) => /^ATTRIBUTED_TO Dridex -> (Evil Corp|Indrik Spider) asserted \[\]$/u.test(line)),
      lines.join('\n'),
    );
  });
});

describe('victims are not authors', () => {
  test('what comes after "against" in an attribution is a victim, not the one it is attributed to', () => {
    const lines = relationLines(
      'WannaCry was tied to malware attacks against banks in Poland. NotPetya was later tied to Sandworm.',
      'en',
    );
    assertNone(lines, /^ATTRIBUTED_TO WannaCry -> Poland/);
    assertHas(lines, 'ATTRIBUTED_TO NotPetya -> Sandworm Team asserted []');
  });
});

describe('subjects that are common nouns', () => {
  test('"users of X are linked to Y" says nothing of X; "the government of X was responsible" is its government', () => {
    const lines = relationLines(
      'Some users of TrickBot are linked to North Korea. The government of North Korea was responsible for the Sony Pictures hack.',
      'en',
    );
    assertNone(lines, /^ATTRIBUTED_TO TrickBot/);
    // A state's government is an organisation of its own (docs/samples.md), not the country.
    assertHas(lines, 'ATTRIBUTED_TO Hack of Sony Pictures -> Government of North Korea asserted []');
  });

  test('a participle after a determiner is an adjective, not a verb', () => {
    const lines = relationLines(
      'TrickBot is a source of compromised accesses that North Korea can use. APT28 previously compromised NATO.',
      'en',
    );
    assertNone(lines, /^TARGETED TrickBot/);
    assertHas(lines, 'TARGETED APT28 -> NATO asserted []');
  });

  test('military action against a country is no attack on it', () => {
    assertNone(
      relationLines('In June, Donald Trump approved military action against Iran.', 'en'),
      /^TARGETED/,
    );
  });

  test('attributing the use of a tool to an actor says the actor uses it', () => {
    // An active verb of attribution is its subject's claim, named or not: reported.
    const lines = relationLines('Analysts attributed the deployment of NotPetya to Sandworm.', 'en');
    assertHas(lines, 'USES Sandworm Team -> NotPetya reported []');
    assertNone(lines, /^ATTRIBUTED_TO NotPetya/);
  });
});

describe('lists of indicators', () => {
  test('a list runs while its indicators follow each other closely, or opens with "including"', () => {
    const lines = relationLines(
      'APT28 registered several look-alike domains in 2016, including wada-arna.org and tas-cas.org. Wekby used NULL records as a channel, as well as the mentions of the mooo.com zone in the report.',
      'en',
    );
    assertHas(lines, 'REGISTERED APT28 -> wada-arna.org asserted []');
    assertHas(lines, 'REGISTERED APT28 -> tas-cas.org asserted []');
    assertNone(lines, /-> mooo\.com/);
  });
});

describe('titles before a name', () => {
  test('a title belongs to the name after it; it heads only the organisation written just before it', () => {
    const en = relationLines(
      "Emmanuel Macron met President Vladimir Putin in Moscow. Microsoft's chief executive Satya Nadella agreed.",
      'en',
    );
    assertHas(en, 'LEADS Satya Nadella -> Microsoft asserted []');
    assertNone(en, /^LEADS (Emmanuel Macron|Vladimir Putin)/);
    const ar = relationLines('والتقى إيمانويل ماكرون بالرئيس فلاديمير بوتين في موسكو.', 'ar');
    assertNone(ar, /^LEADS/);
  });
});

describe('complaints, concessions and denials of one’s own part', () => {
  test('"against" after a complaint or a lawsuit is a step at law, not an attack', () => {
    for (const [lang, text] of [
      [
        'en',
        'Kaspersky filed a defamation lawsuit in Dublin against Microsoft. Sandworm ran a phishing campaign against Microsoft.',
      ],
      [
        'fr',
        'Kaspersky a porté plainte à Dublin contre Microsoft. Sandworm a lancé une campagne contre Microsoft.',
      ],
      [
        'ar',
        'ورفعت شركة كاسبرسكي دعوى تشهير في دبلن ضد شركة مايكروسوفت. وشنت مجموعة ساندوورم حملة تصيد ضد شركة مايكروسوفت.',
      ],
    ] as const) {
      const lines = relationLines(text, lang);
      assertNone(lines, /^TARGETED Kaspersky/);
      assertHas(lines, 'TARGETED Sandworm Team -> Microsoft asserted []');
    }
    assertNone(relationLines('وجددت شركة كاسبرسكي الشكوى ضد قراصنة يعملون في بلجيكا.', 'ar'), /^TARGETED/);
  });

  test('a denial does not reach into a concession, nor a source out of one', () => {
    for (const [lang, text] of [
      ['en', 'Moscow denied any role in the attack, although Sandworm had targeted Ukraine for years.'],
      ['fr', 'Moscou a démenti toute implication, même si Sandworm a ciblé l’Ukraine à plusieurs reprises.'],
      [
        'ar',
        'نفت موسكو أي دور لها في الهجوم على الرغم من أن مجموعة ساندوورم استهدفت شبكة الكهرباء في أوكرانيا.',
      ],
    ] as const) {
      const lines = relationLines(text, lang);
      assertHas(lines, 'TARGETED Sandworm Team -> Ukraine asserted []');
      assertNone(lines, /denied/);
    }
    assertHas(
      relationLines('Selon Mandiant, même si les preuves restent minces, Sandworm a ciblé l’Ukraine.', 'fr'),
      'TARGETED Sandworm Team -> Ukraine reported [Mandiant]',
    );
  });

  test('a place where something is cannot speak for the next clause', () => {
    const ar = relationLines(
      'تعرضت سوني بيكتشرز لاختراق. وعمل القراصنة من مكاتب في بلجيكا، ويؤكد محققون أن مجموعة لازاروس كانت وراء اختراق سوني بيكتشرز.',
      'ar',
    );
    assertHas(ar, 'ATTRIBUTED_TO Hack of Sony Pictures -> Lazarus Group reported []');
    const en = relationLines(
      'Maersk was hit by a cyberattack. Hackers operating in Belgium said the attack on Maersk was carried out by Sandworm.',
      'en',
    );
    assertHas(en, 'ATTRIBUTED_TO Hack of Maersk -> Sandworm Team reported []');
  });

  test('saying one was not behind it, or denying being behind it, is a denial from the speaker', () => {
    for (const [lang, text, denier] of [
      [
        'fr',
        'Sony Pictures a été victime d’un piratage. La Corée du Nord a toutefois assuré ne pas être à l’origine du piratage de Sony Pictures.',
        'North Korea',
      ],
      [
        'en',
        'Sony Pictures was hacked in 2014. North Korea said it was not behind the Sony Pictures hack.',
        'North Korea',
      ],
      [
        'ar',
        'تعرضت شركة سوني بيكتشرز لاختراق. وقالت كوريا الشمالية إنها ليست وراء اختراق سوني بيكتشرز.',
        'North Korea',
      ],
      [
        'en',
        'Sony Pictures was hacked in 2014. Pyongyang denied being behind the Sony Pictures hack.',
        'Pyongyang',
      ],
      [
        'fr',
        'Le Bundestag a été piraté en 2015. Le Kremlin a nié être derrière le piratage du Bundestag.',
        'Kremlin',
      ],
      [
        'ar',
        'تعرضت سوني بيكتشرز لاختراق. ونفت كوريا الشمالية أن تكون وراء اختراق سوني بيكتشرز.',
        'North Korea',
      ],
    ] as const) {
      const lines = relationLines(text, lang);
      assert.ok(
        lines.some(
          (line) => line.startsWith(`DENIES ${denier} -> Hack of `) && line.endsWith(`denied [${denier}]`),
        ),
        `a denial from ${denier} in:\n${lines.join('\n')}`,
      );
      assertNone(lines, /^ATTRIBUTED_TO/);
    }
  });

  test('saying someone else was not behind it stays that person’s negated attribution', () => {
    const lines = relationLines(
      'Sony Pictures was hacked in 2014. Mandiant said Sandworm was not behind the Sony Pictures hack.',
      'en',
    );
    assertHas(lines, 'ATTRIBUTED_TO Hack of Sony Pictures -> Sandworm Team denied [Mandiant]');
    assertNone(lines, /^DENIES Mandiant -> Hack of Sony Pictures/);
  });
});

describe('references to a named actor in the sentences after it', () => {
  const confidences = (text: string, lang: LanguageTag) => {
    const result = extractWithRules({ text, lang, sentences: splitSentences(text, lang) });
    const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
    return result.relations.map(
      (relation) =>
        `${relation.type} ${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)} ${relation.confidence}`,
    );
  };

  test('"the group", "le groupe", "ces pirates", "المجموعة" stand for the actor named before', () => {
    assertHas(
      relationLines('Storm-9 is a Russian espionage group. The group targeted NATO in 2020.', 'en'),
      'TARGETED Storm-9 -> NATO asserted []',
    );
    const fr = relationLines(
      "APT28 est un groupe d'espionnage russe. Le groupe a ciblé l'OTAN en 2020. Ces pirates ont aussi visé le Bundestag.",
      'fr',
    );
    assertHas(fr, 'TARGETED APT28 -> NATO asserted []');
    assertHas(fr, 'TARGETED APT28 -> Bundestag asserted []');
    // Verb first, then the reference, then the object: the object is no name of the group.
    assertHas(
      relationLines('APT28 مجموعة تجسس روسية. واستهدفت المجموعة حلف الناتو في عام 2020.', 'ar'),
      'TARGETED APT28 -> NATO asserted []',
    );
  });

  test('"the threat actor", "cet acteur", "الجماعة" refer too; with two actors named before, nothing does', () => {
    assertHas(
      relationLines('TA402 is a Middle Eastern group. The threat actor targeted Israel in 2021.', 'en'),
      'TARGETED TA402 -> Israel asserted []',
    );
    assertHas(
      relationLines("APT28 est un groupe russe. Cet acteur a ciblé l'OTAN en 2020.", 'fr'),
      'TARGETED APT28 -> NATO asserted []',
    );
    assertNone(
      relationLines('APT28 and APT29 are Russian groups. The threat actor targeted Israel in 2021.', 'en'),
      /^TARGETED/,
    );
  });

  test('a relation named through a reference is less certain than the same one named outright', () => {
    const [referred] = confidences(
      'APT28 is a Russian espionage group. The group targeted NATO in 2020.',
      'en',
    );
    const [named] = confidences('APT28 is a Russian espionage group. APT28 targeted NATO in 2020.', 'en');
    const confidence = (line: string | undefined) => Number(line?.replace('TARGETED APT28 -> NATO ', ''));
    assert.ok(confidence(named) > 0, String(named));
    // Both rounded to two decimals: the reference scales the named statement's confidence.
    assert.ok(
      Math.abs(confidence(referred) - confidence(named) * REFERENCE_STRENGTH) <= 0.01,
      `${referred} vs ${named}`,
    );
  });
});

describe('units and the services they belong to', () => {
  test('a unit named by its number is part of the service named after it, in three languages', () => {
    assertHas(
      relationLines('Unit 26165 of the GRU registered the domain.', 'en'),
      'PART_OF Unit 26165 -> GRU asserted []',
    );
    assertHas(
      relationLines("Les pirates de l'unité 74455 du GRU ont visé l'Ukraine.", 'fr'),
      'PART_OF Unit 74455 -> GRU asserted []',
    );
    assertHas(
      relationLines('ونفذت الوحدة 26165 التابعة للاستخبارات العسكرية الروسية الهجوم.', 'ar'),
      'PART_OF Unit 26165 -> GRU asserted []',
    );
    assertHas(
      relationLines('Sandworm, a unit of the GRU, hit Ukraine.', 'en'),
      'PART_OF Sandworm Team -> GRU asserted []',
    );
  });

  test('"the X (ACR) unit of Y" describes X in its own phrase: asserted, whatever hedge frames it', () => {
    const lines = relationLines(
      'Equation Group is suspected of being tied to the Tailored Access Operations (TAO) unit of the National Security Agency (NSA).',
      'en',
    );
    assertHas(lines, 'PART_OF Tailored Access Operations -> NSA asserted []');
    assertHas(lines, 'ATTRIBUTED_TO Equation -> Tailored Access Operations suspected []');
    assertHas(
      relationLines('The Federal Security Service (FSB) is headquartered in Moscow.', 'en'),
      'LOCATED_IN FSB -> Moscow asserted []',
    );
  });

  test('one spelling per number, so a unit meets itself across languages', () => {
    const names = (text: string, lang: LanguageTag) =>
      extractWithRules({ text, lang, sentences: splitSentences(text, lang) })
        .entities.filter((entity) => entity.type === 'Organization')
        .map((entity) => `${entity.key} ${entity.name}`);
    const english = names('Unit 26165 of the GRU registered the domain.', 'en');
    const french = names("L'unité 26165 du GRU a enregistré le domaine.", 'fr');
    assert.deepEqual(
      english.filter((name) => name.endsWith('Unit 26165')),
      french.filter((name) => name.endsWith('Unit 26165')),
    );
    assert.equal(english.filter((name) => name.endsWith('Unit 26165')).length, 1);
  });

  test('the service may be named before its unit; "identified X as Unit N" ties the actor to the unit', () => {
    assertHas(
      relationLines("The GRU's Unit 74455 hit Ukraine.", 'en'),
      'PART_OF Unit 74455 -> GRU asserted []',
    );
    // docs/samples.md: an actor's link to a service is an attribution; the unit is part of its service.
    const lines = relationLines('In 2018 an indictment identified Fancy Bear as GRU Unit 26165.', 'en');
    assertHas(lines, 'ATTRIBUTED_TO APT28 -> Unit 26165 reported []');
    assertHas(lines, 'PART_OF Unit 26165 -> GRU asserted []');
    assertNone(lines, /^PART_OF APT28/);
    // "identified" alone names no argument pair: the two names must be joined by "as".
    assert.deepEqual(relationLines('Researchers identified APT28 and Sandworm in the logs.', 'en'), []);
    // Comparison is no identity.
    assertNone(relationLines('APT28 used the same tools as Unit 74455 of the GRU.', 'en'), /^PART_OF APT28/);
  });

  test("a unit the text calls by an actor's name is that actor; one it identifies an actor as is behind it", () => {
    const en = relationLines('Sandworm is a group the US later identified as Unit 74455 of the GRU.', 'en');
    assertHas(en, 'ATTRIBUTED_TO Sandworm Team -> Unit 74455 asserted []');
    assertHas(en, 'PART_OF Unit 74455 -> GRU asserted []');
    const text = "Six officiers étaient membres de l'unité 74455, plus connue sous le nom de Sandworm.";
    const { entities } = extractWithRules({
      text,
      lang: 'fr',
      sentences: splitSentences(text, 'fr'),
    });
    assert.deepEqual(
      entities.filter((entity) => entity.aliases.includes('unité 74455')).map((entity) => entity.name),
      ['Sandworm Team'],
    );
    assert.ok(!entities.some((entity) => entity.name === 'Unit 74455'));
  });
});

describe('trigger words in another sense', () => {
  test('"leads to" is a way, "highly targeted" an adjective', () => {
    assertNone(
      relationLines('The link in the message from Nadia Benali leads to a Microsoft page.', 'en'),
      /^LEADS/,
    );
    assertNone(
      relationLines('ClearSky saw highly targeted emails sent to Microsoft.', 'en'),
      /^TARGETED ClearSky/,
    );
  });

  test('a description after a common noun is about that noun, not about the subject of the verb before it', () => {
    const lines = relationLines('APT33 targeted organizations located in the United States.', 'en');
    assertHas(lines, 'TARGETED APT33 -> United States asserted []');
    assertNone(lines, /^LOCATED_IN APT33/);
    assertHas(
      relationLines('Flashpoint, a cybersecurity company based in New York, published the report.', 'en'),
      'LOCATED_IN Flashpoint -> New York asserted []',
    );
  });
});

describe('a denial of an incident named after its victim', () => {
  test('"démenti toute implication dans l\'attaque contre Y" denies the incident, and targets nothing', () => {
    for (const [lang, text] of [
      ['fr', "Le Kremlin a démenti toute implication dans l'attaque contre TV5Monde."],
      ['en', 'The Kremlin denied any involvement in the attack against TV5Monde.'],
    ] as const) {
      const lines = relationLines(text, lang);
      assertHas(lines, 'DENIES Kremlin -> Hack of TV5Monde denied [Kremlin]');
      assertNone(lines, /^TARGETED Kremlin /u);
      assertNone(lines, /^DENIES Kremlin -> TV5Monde /u);
    }
    // Outside a denial the attacker of the incident still targets its victim.
    assertHas(
      relationLines('LockBit a lancé une cyberattaque contre le CHU de Brest.', 'fr'),
      'TARGETED LockBit -> CHU de Brest asserted []',
    );
  });
});

describe('examples an enumeration word opens after a long object', () => {
  test('"relies on a long chain of … such as X": the first example is the argument, however long the object', () => {
    const lines = relationLines(
      'APT28 relies on a long chain of custom droppers written in several languages such as Zebrocy.',
      'en',
    );
    assertHas(lines, 'USES APT28 -> Zebrocy asserted []');
  });

  test('", including A, B and C" after the object: every example, in three languages', () => {
    const en = relationLines(
      'APT28 targeted several European governments, including Germany, France and Italy.',
      'en',
    );
    for (const country of ['Germany', 'France', 'Italy'])
      assertHas(en, `TARGETED APT28 -> ${country} asserted []`);
    const fr = relationLines(
      "Le groupe APT28 a ciblé plusieurs pays européens, notamment l'Allemagne, la France et l'Italie.",
      'fr',
    );
    for (const country of ['Germany', 'France', 'Italy'])
      assertHas(fr, `TARGETED APT28 -> ${country} asserted []`);
    const ar = relationLines('استهدفت مجموعة APT28 عدة دول أوروبية، منها ألمانيا وفرنسا وإيطاليا.', 'ar');
    for (const country of ['Germany', 'France', 'Italy'])
      assertHas(ar, `TARGETED APT28 -> ${country} asserted []`);
  });

  test('a comma before a word that compares ends the clause: ", like APT29 did" is no example', () => {
    assertNone(
      relationLines("APT28 attacked the ministry's network, like APT29 did in 2016.", 'en'),
      /APT29/,
    );
  });

  test('without the enumeration word, a name that far from the trigger stays out of its clause', () => {
    assertNone(
      relationLines(
        'APT28 relies on a long chain of custom droppers written in several languages while Zebrocy waits.',
        'en',
      ),
      /^USES APT28 -> Zebrocy/,
    );
  });
});

describe('a qualifier of the speaker in Arabic', () => {
  test('"قال مختبر X التابع لجامعة Y إن ..." places the speaker in Y, in the article\'s own words', () => {
    assertHas(
      relationLines('قال مختبر المواطن التابع لجامعة القاهرة إن الهاتف اخترق.', 'ar'),
      'PART_OF Citizen Lab -> جامعة القاهرة asserted []',
    );
  });
});

describe('lists with a preposition repeated before each item, and incidents between a link and a place', () => {
  test('"en Ukraine, en Pologne et aux Pays-Bas", "in Ukraine, in Poland and in Lithuania": every item', () => {
    const fr = relationLines(
      'Le groupe Sandworm a visé des entreprises au Bénin, en Pologne et aux Pays-Bas.',
      'fr',
    );
    for (const place of ['Benin', 'Poland', 'Netherlands'])
      assertHas(fr, `TARGETED Sandworm Team -> ${place} asserted []`);
    const en = relationLines('Sandworm attacked utilities in Ukraine, in Poland and in Lithuania.', 'en');
    for (const place of ['Ukraine', 'Poland', 'Lithuania'])
      assertHas(en, `TARGETED Sandworm Team -> ${place} asserted []`);
  });

  test('"linked to attacks on banks in A, B and C": the places are no party to an attribution', () => {
    const lines = relationLines(
      'Lazarus has been linked to attacks on banks in Bangladesh, Vietnam and the Philippines.',
      'en',
    );
    assertNone(lines, /^ATTRIBUTED_TO/);
    assertHas(
      relationLines('Lazarus has been linked to North Korea.', 'en'),
      'ATTRIBUTED_TO Lazarus Group -> North Korea asserted []',
    );
  });
});

describe('the subject of a relative clause', () => {
  test('a relative pronoun after a common noun past the name makes that noun the subject', () => {
    assertNone(
      relationLines(
        'Quarry Labs is not aware of any threat actors that have used Zebrocy other than APT28.',
        'en',
      ),
      /^USES Quarry Labs/u,
    );
    assertHas(
      relationLines('APT28 hackers that used Zebrocy hit the port.', 'en'),
      'USES APT28 -> Zebrocy asserted []',
    );
  });
});

describe('indicators tied to an actor', () => {
  test('an indicator attributed, linked or tied to a threat actor is infrastructure the actor uses', () => {
    const lines = relationLines(
      'The domain billing-portal[.]net, linked to TA999, served the lures. The address 198.51.100[.]23 was attributed to TA999 by analysts.',
      'en',
    );
    assertHas(lines, 'USES TA999 -> billing-portal.net asserted []');
    assertHas(lines, 'USES TA999 -> 198.51.100.23 asserted []');
  });

  test('tied to an organisation that is no threat actor, an indicator is nobody’s infrastructure', () => {
    const lines = relationLines(
      'The domain billing-portal[.]net, linked to Microsoft, served the lures.',
      'en',
    );
    assertNone(lines, /^USES /);
  });
});

describe('Arabic names given after a description', () => {
  test('with no name before it, a describing trigger’s noun is the name a word of naming gives after its object', () => {
    assertHas(
      relationLines('أعلنت شركة كويلسك أن مجموعة قرصنة مرتبطة بإيران تدعى APT33 اخترقت شبكة الوزارة.', 'ar'),
      'ATTRIBUTED_TO APT33 -> Iran reported [كويلسك]',
    );
    assertHas(
      relationLines('وقالت شركة كويلسك إن مجموعة BlueFalcon مدعومة من إيران.', 'ar'),
      'ATTRIBUTED_TO BlueFalcon -> Iran reported [كويلسك]',
    );
  });
});

describe('occasions in a list of incidents', () => {
  test('an election is listed through what was done in it, past the tool an incident was told with', () => {
    const en = relationLines(
      'Sandworm is thought to be behind the 2020 attacks on Estonia using the Zorba malware, repeated meddling in the 2021 Dutch general election, and the hack of the Bundestag.',
      'en',
    );
    assertHas(en, 'ATTRIBUTED_TO Hack of Estonia -> Sandworm Team suspected []');
    assertHas(en, 'TARGETED Sandworm Team -> 2021 Dutch general election suspected []');
    assertHas(en, 'ATTRIBUTED_TO Hack of Bundestag -> Sandworm Team suspected []');
    assertNone(en, /ATTRIBUTED_TO Zorba/u);
    const fr = relationLines(
      "APT28 serait derrière le piratage de TV5Monde, des tentatives d'ingérence dans l'élection présidentielle de 2017 et le piratage de l'AMA.",
      'fr',
    );
    assertHas(fr, 'TARGETED APT28 -> élection présidentielle de 2017 suspected []');
    assertHas(fr, 'ATTRIBUTED_TO Hack of World Anti-Doping Agency -> APT28 suspected []');
  });

  test('an election after a name with no list to close is no item', () => {
    const en = relationLines(
      'APT28 targeted Estonia, officials said in the 2021 Dutch general election.',
      'en',
    );
    assertHas(en, 'TARGETED APT28 -> Estonia reported []');
    assertNone(en, /TARGETED APT28 -> 2021/u);
  });
});

describe("a relative clause of the object, in the packs' words", () => {
  test('the antecedent of "que" is the object of the verb after the subject, an article and a kind noun before it', () => {
    const fr = relationLines("L'Iran, que le groupe APT99 a visé en 2021, a rappelé son ambassadeur.", 'fr');
    assertHas(fr, 'TARGETED APT99 -> Iran asserted []');
    // A phrase of more words before the subject is no article and kind noun.
    const far = relationLines(
      "L'Iran, que dans un rapport APT99 a visé en 2021, a rappelé son ambassadeur.",
      'fr',
    );
    assertNone(far, /^TARGETED APT99 -> Iran/);
  });

  test('an accused antecedent takes the deed the linkers of the accusation charge it with, never a lie', () => {
    const charged = relationLines(
      "L'Iran, que Washington accuse du piratage de Sony Pictures, a rappelé son ambassadeur.",
      'fr',
    );
    assertHas(charged, 'ATTRIBUTED_TO Hack of Sony Pictures -> Iran reported [Washington]');
    const lie = relationLines(
      "L'Iran, que Washington accuse de mentir sur le piratage de Sony Pictures, a rappelé son ambassadeur.",
      'fr',
    );
    assertNone(lie, /^ATTRIBUTED_TO/);
  });
});

describe('a list of kinds of victims placed after it', () => {
  test('"targeted think tanks, universities and reporters in X and Y": the commas join one object', () => {
    const lines = relationLines(
      'Turla is a Russian espionage group. The group has targeted think tanks, universities and reporters in the United States and Israel.',
      'en',
    );
    assertHas(lines, 'TARGETED Turla -> United States asserted []');
    assertHas(lines, 'TARGETED Turla -> Israel asserted []');
    assertHas(
      relationLines(
        'Turla a visé des universités, des ministères et des journalistes au Portugal et au Chili.',
        'fr',
      ),
      'TARGETED Turla -> Chile asserted []',
    );
  });

  test('a name among the items, or no place preposition, keeps the comma a clause break', () => {
    assertNone(
      relationLines('Turla hacked the servers, then Sandworm hit banks and insurers in Chile.', 'en'),
      /^TARGETED Turla -> Chile/u,
    );
    assertNone(
      relationLines('Turla hacked the servers, stole passwords and leaked files, said Portugal.', 'en'),
      /^TARGETED Turla -> Portugal/u,
    );
  });
});

describe("material stolen from a victim, in an actor's hands", () => {
  test('"the group leaked data stolen from X", "les fichiers volés au X": the actor stole from X', () => {
    assertHas(
      relationLines(
        'Babuk is a ransomware gang. The group released the remaining portions of the data stolen from the Ministry of Defence of Estonia.',
        'en',
      ),
      'TARGETED Babuk -> Ministry of Defence of Estonia asserted []',
    );
    assertHas(
      relationLines(
        'Le groupe Babuk a publié en mai les derniers fichiers volés au ministère de la Défense.',
        'fr',
      ),
      'TARGETED Babuk -> ministère de la Défense asserted []',
    );
  });

  test('a publisher, a vendor or a tool before the material is no thief', () => {
    for (const text of [
      'WikiLeaks published thousands of emails stolen from the Ministry of Defence of Estonia.',
      'Lazarus used EternalBlue, an exploit stolen from the NSA.',
      'Turla is a Russian group. ESET found files stolen from the Ministry of Defence of Estonia.',
    ]) {
      assertNone(relationLines(text, 'en'), /^TARGETED/u);
    }
  });
});

describe("an actor's lures and focus", () => {
  test('"sent phishing emails to journalists in X", "its operations have focused on X": the actor targeted X', () => {
    assertHas(
      relationLines(
        'Turla is a Russian espionage group. In May the group sent phishing emails to journalists in Portugal.',
        'en',
      ),
      'TARGETED Turla -> Portugal asserted []',
    );
    assertHas(
      relationLines(
        'Turla is a Russian espionage group. Since 2019 its operations have focused on the Middle East.',
        'en',
      ),
      'TARGETED Turla -> Middle East asserted []',
    );
    const focus = relationLines(
      'Turla is a Russian espionage group. The group focuses on Israel and Jordan.',
      'en',
    );
    assertHas(focus, 'TARGETED Turla -> Israel asserted []');
    assertHas(focus, 'TARGETED Turla -> Jordan asserted []');
  });

  test("a ministry's mail, a newspaper's focus or a vendor's operations target nobody", () => {
    for (const text of [
      'The Ministry of Defence sent phishing emails to its staff in Portugal as a test.',
      'The New York Times focuses on Israel.',
      'Turla is a Russian espionage group. Microsoft focused on Israel.',
      'Turla is a Russian espionage group. Microsoft said its operations in Estonia were not affected.',
    ]) {
      assertNone(relationLines(text, 'en'), /^TARGETED/u);
    }
  });
});
