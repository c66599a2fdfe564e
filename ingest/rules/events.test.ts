import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LanguageTag } from '../../graph-schema/model.ts';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

function extract(text: string, lang: LanguageTag) {
  const result = extractWithRules({ text, lang, sentences: splitSentences(text, lang) });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  const events = result.entities.filter((entity) => entity.type === 'Event');
  const lines = result.relations.map(
    (relation) => `${relation.type} ${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)}`,
  );
  return { events, lines };
}

function eventWith(events: ReturnType<typeof extract>['events'], surface: string) {
  const event = events.find((candidate) => candidate.mentions.some((mention) => mention.surface === surface));
  assert.ok(event, `no event written "${surface}" among ${JSON.stringify(events.map((e) => e.aliases))}`);
  return event;
}

describe('incidents named by their malware', () => {
  test('"l\'attaque X" leaves the elided article out and meets "هجوم X" and "the X attack"', () => {
    const fr = extract("Deux États auraient préparé l'attaque Stuxnet pendant des années.", 'fr').events;
    const ar = extract('وقد أصيبت منشأة نطنز بهجوم ستوكسنت قبل سنوات.', 'ar').events;
    const en = extract('Engineers studied the Stuxnet attack for months.', 'en').events;
    const french = eventWith(fr, 'attaque Stuxnet');
    const arabic = eventWith(ar, 'هجوم ستوكسنت');
    const english = eventWith(en, 'Stuxnet attack');
    assert.equal(french.key, arabic.key);
    assert.equal(french.key, english.key);
    assert.equal(french.name, 'Stuxnet attack');
  });
});

describe('incidents named by their victim', () => {
  test('"the X incident" and "the X heist" name an incident; "incident-response" does not', () => {
    const { events, lines } = extract(
      'The Colonial Pipeline incident was blamed on DarkSide. The Bangladesh Bank heist was attributed to Lazarus. Mandiant, the FireEye incident-response unit, helped.',
      'en',
    );
    eventWith(events, 'Colonial Pipeline incident');
    eventWith(events, 'Bangladesh Bank heist');
    assert.ok(lines.includes('ATTRIBUTED_TO Hack of Bangladesh Bank -> Lazarus Group'), lines.join('\n'));
    assert.ok(!events.some((event) => event.mentions.some((mention) => mention.surface.includes('FireEye'))));
  });

  test('Arabic joins the incident noun to its victim without a linker word', () => {
    const { events, lines } = extract(
      'أدان الوزير أمس اختراق وكالة الأنباء السعودية ونشر بيانات مزيفة.',
      'ar',
    );
    const hack = eventWith(events, 'اختراق وكالة الأنباء السعودية');
    assert.equal(hack.name, 'Hack of Saudi Press Agency');
    assert.ok(lines.includes('TARGETED Hack of Saudi Press Agency -> Saudi Press Agency'), lines.join('\n'));
  });

  test('"X, a client of Y, was hacked": the victim is the subject the apposition describes, never its name', () => {
    for (const text of [
      'The Harbour Bank, a client of CrowdStrike, was hacked last year.',
      'The Harbour Bank, a CrowdStrike customer, was hacked last year.',
    ]) {
      const { events, lines } = extract(text, 'en');
      assert.ok(lines.includes('TARGETED Hack of Harbour Bank -> Harbour Bank'), lines.join('\n'));
      assert.ok(!events.some((event) => event.name.includes('CrowdStrike')), text);
    }
  });
});

describe('investigations named after their subject', () => {
  test('"le projet X", "the X Project", "مشروع X" are one Event that targets nothing', () => {
    const fr = extract('Les journalistes du projet FinFisher ont publié de nouveaux documents.', 'fr');
    const en = extract('Reporters behind the FinFisher Project released more files.', 'en');
    const ar = extract('ونشر صحفيو مشروع فين فيشر وثائق جديدة.', 'ar');
    const keys = [
      eventWith(fr.events, 'projet FinFisher').key,
      eventWith(en.events, 'FinFisher Project').key,
      eventWith(ar.events, 'مشروع فين فيشر').key,
    ];
    assert.equal(new Set(keys).size, 1);
    for (const { lines } of [fr, en, ar])
      assert.ok(!lines.some((line) => line.startsWith('TARGETED')), lines.join('\n'));
  });
  test('"مشروع منظمة X" is a project of the body named with its head noun, no Event', () => {
    const { events } = extract(
      'وقال سامي حداد، وهو طبيب في مشروع منظمة الإغاثة الدولية، إن المساعدات وصلت.',
      'ar',
    );
    assert.deepEqual(events, []);
  });
});

describe('sporting events named by their host place', () => {
  test('the Games meet across languages and season words; the host place stays a mention', () => {
    const fr = extract("Des pirates ont visé les JO d'été de Tokyo pendant la cérémonie.", 'fr');
    const en = extract('Phishing mails reached staff of the Tokyo Olympics in June.', 'en');
    const ar = extract('استهدف القراصنة دورة الألعاب الأولمبية في طوكيو العام الماضي.', 'ar');
    const keys = [
      eventWith(fr.events, "JO d'été de Tokyo").key,
      eventWith(en.events, 'Tokyo Olympics').key,
      eventWith(ar.events, 'دورة الألعاب الأولمبية في طوكيو').key,
    ];
    assert.equal(new Set(keys).size, 1);
    assert.equal(eventWith(fr.events, "JO d'été de Tokyo").name, 'Summer Olympics in Tokyo');
    const result = extractWithRules({
      text: 'Phishing mails reached staff of the Tokyo Olympics in June.',
      lang: 'en',
      sentences: splitSentences('Phishing mails reached staff of the Tokyo Olympics in June.', 'en'),
    });
    assert.ok(result.entities.some((entity) => entity.type === 'Location' && entity.name === 'Tokyo'));
  });

  test('an attack on the Games targets them; "the attack" later never refers to the Games', () => {
    const { events, lines } = extract(
      "Les Jeux de Tokyo se sont ouverts en juillet. Le parquet accuse APT28 de l'attaque contre les Jeux de Tokyo.",
      'fr',
    );
    const attack = eventWith(events, 'attaque contre les Jeux de Tokyo');
    assert.ok(lines.includes(`TARGETED ${attack.name} -> Olympic Games in Tokyo`), lines.join('\n'));
    assert.ok(!lines.some((line) => line.startsWith('ATTRIBUTED_TO Olympic Games')), lines.join('\n'));
  });
});

describe('campaigns named after what no list knows', () => {
  test('"the X campaign", "la campagne X", "حملة X" are one Event; function words and known names are not', () => {
    const en = extract('Investigators tied the Fluxora campaign to a known gang.', 'en');
    const fr = extract('Les enquêteurs ont relié la campagne Fluxora à un gang connu.', 'fr');
    const ar = extract('ربط المحققون حملة Fluxora بعصابة معروفة.', 'ar');
    const keys = [
      eventWith(en.events, 'Fluxora campaign').key,
      eventWith(fr.events, 'campagne Fluxora').key,
      eventWith(ar.events, 'حملة Fluxora').key,
    ];
    assert.equal(new Set(keys).size, 1);
    assert.equal(eventWith(en.events, 'Fluxora campaign').name, 'Fluxora campaign');
    assert.deepEqual(extract('The attackers ran the Monday campaign from abroad.', 'en').events, []);
  });
});

describe("a person's campaign and the organisation they founded", () => {
  test('the campaign, team or party of a known founder is the hack of the organisation, in every language', () => {
    const fr = extract(
      "Jeudi, l'équipe de Jean-Luc Mélenchon victime d'un piratage a porté plainte. Selon un expert, le piratage de La France insoumise viendrait d'un groupe isolé.",
      'fr',
    );
    const en = extract('Police opened an inquiry into the hack of the Mélenchon campaign on Thursday.', 'en');
    const ar = extract('تعرضت حملة المرشح اليساري جان لوك ميلانشون لهجوم إلكتروني واسع مساء الخميس.', 'ar');
    assert.equal(fr.events.length, 1, JSON.stringify(fr.events.map((event) => event.aliases)));
    const keys = [
      eventWith(fr.events, "Jean-Luc Mélenchon victime d'un piratage").key,
      eventWith(fr.events, 'piratage de La France insoumise').key,
      eventWith(en.events, 'hack of the Mélenchon campaign').key,
      eventWith(ar.events, 'حملة المرشح اليساري جان لوك ميلانشون لهجوم').key,
    ];
    assert.equal(new Set(keys).size, 1);
    for (const { events, lines } of [fr, en, ar]) {
      assert.equal(events[0]?.name, 'Hack of La France insoumise');
      assert.ok(
        events[0]?.mergeReasons.some((reason) =>
          reason.startsWith('same incident: Hack of Jean-Luc Mélenchon'),
        ),
      );
      assert.ok(
        lines.includes('TARGETED Hack of La France insoumise -> La France insoumise'),
        lines.join('\n'),
      );
      assert.ok(!lines.some((line) => line.endsWith('-> Jean-Luc Mélenchon')), lines.join('\n'));
    }
  });

  test('"X\'s campaign" is the campaign of X: the possessive is no part of any name', () => {
    const { events } = extract(
      "Police opened an inquiry into the hack of Jean-Luc Mélenchon's campaign.",
      'en',
    );
    assert.equal(events.length, 1, JSON.stringify(events.map((event) => event.aliases)));
    assert.equal(events[0]?.name, 'Hack of La France insoumise');
    assert.ok(
      events[0]?.aliases.includes("hack of Jean-Luc Mélenchon's campaign"),
      events[0]?.aliases.join(' ; '),
    );
  });

  test('"تعرضت حملة X، لهجوم": the alias is the campaign as named, without the comma and the attack noun', () => {
    const { events } = extract(
      'تعرضت حملة المرشح اليساري جان لوك ميلانشون، لهجوم إلكتروني مساء الخميس.',
      'ar',
    );
    const event = eventWith(events, 'حملة المرشح اليساري جان لوك ميلانشون، لهجوم');
    assert.ok(event.aliases.includes('حملة المرشح اليساري جان لوك ميلانشون'), event.aliases.join(' ; '));
    assert.ok(!event.aliases.some((alias) => /[،,]|لهجوم/u.test(alias)), event.aliases.join(' ; '));
  });

  test('a hack of the person and one of the organisation they found, in one document, are one incident', () => {
    const { events } = extract(
      'Jean-Luc Mélenchon victime de piratage. La plainte vise le piratage de La France insoumise en mars.',
      'fr',
    );
    assert.deepEqual(
      events.map((event) => event.name),
      ['Hack of La France insoumise'],
    );
  });

  test("a relation stated about the campaign's hack follows the incident it was folded into", () => {
    const { events, lines } = extract(
      "Selon Mandiant, le groupe APT28 était derrière le piratage de l'équipe d'Emmanuel Macron.",
      'fr',
    );
    assert.deepEqual(
      events.map((event) => event.name),
      ['Hack of En Marche!'],
    );
    assert.deepEqual(lines.sort(), [
      'ATTRIBUTED_TO Hack of En Marche! -> APT28',
      'TARGETED Hack of En Marche! -> En Marche!',
    ]);
  });

  test('a founder the document names makes the campaign the organisation too', () => {
    const { events, lines } = extract(
      'Emails were stolen in the breach of Civic Horizon, the movement founded by Claire Dubreuil. The leak of Dubreuil campaign files followed a week later.',
      'en',
    );
    assert.equal(events.length, 1, JSON.stringify(events.map((event) => event.aliases)));
    assert.ok(eventWith(events, 'leak of Dubreuil campaign'));
    assert.ok(lines.includes('TARGETED Hack of Civic Horizon -> Civic Horizon'), lines.join('\n'));
  });

  test('a hack of the founder alone, and hacks of unrelated victims, stay their own incidents', () => {
    const { events, lines } = extract(
      'Julian Assange was hacked last year. Separately, the breach of the Democratic National Committee was blamed on APT29.',
      'en',
    );
    assert.deepEqual(events.map((event) => event.name).sort(), [
      'Hack of Democratic National Committee',
      'Hack of Julian Assange',
    ]);
    assert.ok(lines.includes('TARGETED Hack of Julian Assange -> Julian Assange'), lines.join('\n'));
    assert.deepEqual(extract('Reporters followed the Mélenchon campaign all week.', 'en').events, []);
  });
});

describe('victims undergoing an incident in Arabic', () => {
  test('"تعرضت X لهجوم" names the subject right after the verb, not a place inside another name', () => {
    const { events } = extract('تعرضت شركة أرامكو لهجوم إلكتروني مدمر.', 'ar');
    assert.equal(eventWith(events, 'شركة أرامكو لهجوم').name, 'Hack of Saudi Aramco');
    // The bank is the victim; the place in its name is not.
    const bank = extract('وتعرض مصرف قطر لهجوم في الربيع.', 'ar').events.map((event) => event.name);
    assert.ok(!bank.includes('Hack of Qatar'), bank.join(' ; '));
  });
});

describe('an incident its victim underwent, the victim right after the noun', () => {
  test('"the power outage Estonia suffered", "la panne que la Moldavie a subie": a hack of the victim the noun names', () => {
    const en = extract(
      'Events like [the power outage](https://example.org/grid) Estonia suffered last winter worried NATO.',
      'en',
    );
    const outage = eventWith(en.events, 'power outage');
    assert.equal(outage.name, 'Hack of Estonia');
    assert.ok(outage.aliases.includes('power outage'), outage.aliases.join(' ; '));
    assert.ok(en.lines.includes('TARGETED Hack of Estonia -> Estonia'), en.lines.join('\n'));
    const fr = extract(
      "La panne d'électricité que la Moldavie a subie l'hiver dernier a inquiété l'OTAN.",
      'fr',
    );
    assert.ok(
      fr.lines.some((line) => /^TARGETED Hack of Moldova.* -> Moldova/u.test(line)),
      fr.lines.join('\n'),
    );
  });

  test('a verb of anything but undergoing after the name makes it no victim', () => {
    const { events } = extract('The attack Estonia condemned on Monday lasted an hour.', 'en');
    assert.ok(
      !events.some((event) => event.name === 'Hack of Estonia'),
      events.map((e) => e.name).join(' ; '),
    );
  });
});

describe('names given to an incident', () => {
  test('unquoted, only capitalised words are a name: "called the claims baseless" is none', () => {
    const { events } = extract(
      'The breach of the Democratic National Committee, soon known as DemLeaks, alarmed officials. The Kremlin called the claims baseless.',
      'en',
    );
    const breach = eventWith(events, 'breach of the Democratic National Committee');
    assert.ok(breach.aliases.includes('DemLeaks'), breach.aliases.join(' ; '));
    assert.ok(!breach.aliases.includes('the claims baseless'), breach.aliases.join(' ; '));
  });
});

describe("a known founder's party", () => {
  test('"حزب X", "le parti de X", "X\'s party" name the organisation X founded that the text names', () => {
    const texts: [string, LanguageTag][] = [
      [
        'تنافس فرنسا الأبية في الانتخابات. قال مسؤولون إن حزب ميلانشون كان ضحية هجوم من جانب مجموعة ساندوورم.',
        'ar',
      ],
      [
        'La France insoumise est en campagne. Selon la police, le parti de Mélenchon a été victime de Sandworm.',
        'fr',
      ],
      ["France Unbowed is campaigning. Police said Mélenchon's party was the victim of Sandworm.", 'en'],
    ];
    for (const [text, lang] of texts) {
      const { lines } = extract(text, lang);
      assert.ok(
        lines.includes('TARGETED Sandworm Team -> La France insoumise'),
        `${text}\n${lines.join('\n')}`,
      );
      assert.ok(!lines.some((line) => line.endsWith('-> Jean-Luc Mélenchon')), lines.join('\n'));
    }
  });
});

describe('incidents named with their date and what was hit', () => {
  test('a dated designation keeps its date; a plural names a series only after a date', () => {
    const { events, lines } = extract(
      'Analysts tie the March 2016 Odessa Telecom network intrusion to Kettle Team. The 2018 breaches of Odessa Telecom went unnoticed. Breaches of Lviv Telecom happen every week.',
      'en',
    );
    const dated = eventWith(events, 'March 2016 Odessa Telecom network intrusion');
    // Two years: two incidents on the same victim.
    assert.notEqual(eventWith(events, '2018 breaches of Odessa Telecom').key, dated.key);
    assert.ok(lines.includes('TARGETED Hack of Odessa Telecom (2016) -> Odessa Telecom'), lines.join('\n'));
    assert.ok(lines.includes('TARGETED Hack of Odessa Telecom (2018) -> Odessa Telecom'), lines.join('\n'));
    assert.ok(
      !events.some((event) => event.name.includes('Lviv')),
      JSON.stringify(events.map((e) => e.name)),
    );
  });
});

describe('dated incidents on victims described but not named', () => {
  test('are incidents of their own, keyed by their designation, which an actor may be linked to', () => {
    const { events, lines } = extract(
      'New evidence might link the March 2019 attacks against several Danish banks to APT99.',
      'en',
    );
    const event = eventWith(events, 'March 2019 attacks against several Danish banks');
    assert.equal(event.name, 'March 2019 attacks against several Danish banks');
    // "to" names the party, though "against" came before it.
    assert.ok(
      lines.includes('ATTRIBUTED_TO March 2019 attacks against several Danish banks -> APT99'),
      lines.join('\n'),
    );
  });

  test('never without a date, nor when an article or a possessive opens the victims', () => {
    for (const text of [
      'The attacks against several Danish banks worried the ministry.',
      'The 2019 attacks against their networks worried the ministry.',
      'The 2019 attacks on the banks worried the ministry.',
    ]) {
      const { events } = extract(text, 'en');
      assert.deepEqual(
        events.map((event) => event.name),
        [],
        text,
      );
    }
  });
});

describe('elections named with their year', () => {
  test("are no one's doing: who is accused of meddling in one targeted it, and a place nothing", () => {
    const actor = extract(
      'The ministry accused APT99 of meddling in the Harbour 2019 presidential election.',
      'en',
    );
    assert.ok(
      actor.lines.includes('TARGETED APT99 -> Harbour 2019 presidential election'),
      actor.lines.join('\n'),
    );
    assert.ok(!actor.lines.some((line) => line.startsWith('ATTRIBUTED_TO')), actor.lines.join('\n'));
    const place = extract(
      'The ministry accused Russia of meddling in the Harbour 2019 presidential election.',
      'en',
    );
    assert.ok(!place.lines.some((line) => line.includes('election')), place.lines.join('\n'));
  });

  test('are occasions an actor may target, never an incident named after them or given a name', () => {
    const en = extract('Last year APT99 interfered in the Harbour 2019 presidential election.', 'en');
    assert.ok(en.lines.includes('TARGETED APT99 -> Harbour 2019 presidential election'), en.lines.join('\n'));
    const fr = extract("Le groupe APT99 s'est ingéré dans l'élection présidentielle de 2019.", 'fr');
    assert.ok(fr.lines.includes('TARGETED APT99 -> élection présidentielle de 2019'), fr.lines.join('\n'));
    // "the 2019 Harbour election leaks" name the leaks, an incident keyed by that designation;
    // no election is found inside.
    const leaks = extract('The 2019 Harbour election leaks embarrassed the ministry.', 'en');
    assert.deepEqual(
      leaks.events.map((event) => [event.key, event.name]),
      [['hack:described:2019 harbour election leaks', '2019 Harbour election leaks']],
    );
    // A name given after the election names an incident of its own, not the election.
    const named = extract(
      'Before the 2019 Harbour presidential election, mails were stolen. The leaks, dubbed HarbourLeaks, spread fast.',
      'en',
    );
    const election = eventWith(named.events, '2019 Harbour presidential election');
    assert.ok(!election.aliases.includes('HarbourLeaks'), JSON.stringify(election.aliases));
  });
});

describe('a denial of an incident', () => {
  test('the victim inside the denied designation is no object of the denial, in French and English', () => {
    for (const [text, lang] of [
      ["Le Kremlin a nié être à l'origine de l'attaque contre le Bundestag.", 'fr'],
      ['The Kremlin denied launching the attack against the Bundestag.', 'en'],
    ] as const) {
      const { lines } = extract(text, lang);
      assert.ok(lines.includes('DENIES Kremlin -> Hack of Bundestag'), lines.join('\n'));
      assert.ok(!lines.includes('DENIES Kremlin -> Bundestag'), lines.join('\n'));
      assert.ok(!lines.includes('TARGETED Kremlin -> Bundestag'), lines.join('\n'));
    }
  });

  test('"denied the accusations" or "the accusation was rejected by" denies the incident named last; a lone denial names none', () => {
    const lines = (text: string) => extract(text, 'en').lines;
    assert.ok(
      lines(
        'The hack of TV5Monde hurt. Mandiant tied it to APT28. Moscow rejected the allegations.',
      ).includes('DENIES Moscow -> Hack of TV5Monde'),
    );
    assert.ok(
      lines('APT28 was behind the hack of TV5Monde. The accusation was rejected by Moscow.').includes(
        'DENIES Moscow -> Hack of TV5Monde',
      ),
    );
    assert.deepEqual(lines('Moscow rejected the allegations.'), []);
  });
});

describe('a name given right after an incident noun', () => {
  test('"The leaks, dubbed X" names an incident of its own; a name that is another entity\'s names no incident', () => {
    const { events, lines } = extract(
      'Thousands of emails of the Kettil party were posted online. The leaks, dubbed KettilLeaks, spread fast. WikiLeaks published the KettilLeaks.',
      'en',
    );
    const named = eventWith(events, 'KettilLeaks');
    assert.equal(named.name, 'KettilLeaks');
    assert.equal(named.mentions.length, 2);
    assert.ok(lines.includes('PUBLISHED WikiLeaks -> KettilLeaks'), lines.join('\n'));
    const known = extract(
      'The hack of TV5Monde was traced to the group Lazarus (also known as HIDDEN COBRA). An implant dubbed Ratankba was found.',
      'en',
    ).events;
    assert.ok(
      known.every((event) => !event.aliases.some((alias) => /HIDDEN COBRA|Ratankba/u.test(alias))),
      JSON.stringify(known.map((event) => event.aliases)),
    );
  });
});

describe('an incident named again through the head noun of its victim', () => {
  test('"سرقة البنك" after "سرقة البنك المركزي ..." is the same incident, with one bank named before', () => {
    const once =
      'بعد أشهر على سرقة البنك المركزي الموريتاني، قال باحثون إن مجموعة APT99 كانت وراء سرقة البنك.';
    assert.ok(
      extract(once, 'ar').lines.includes('ATTRIBUTED_TO Hack of البنك المركزي الموريتاني -> APT99'),
      once,
    );
    assert.equal(extract(once, 'ar').events.length, 1);
    // Two banks hit before: "البنك" names neither, and no attribution is guessed.
    const two =
      'بعد أشهر على سرقة البنك المركزي الموريتاني واختراق البنك الأهلي المصري، قال باحثون إن مجموعة APT99 كانت وراء سرقة البنك.';
    assert.ok(!extract(two, 'ar').lines.some((line) => line.startsWith('ATTRIBUTED_TO')), two);
  });
});

describe('two incidents on the same victim told apart by their years', () => {
  test('two years make two incidents; a designation without a year is the nearest dated one before it', () => {
    const text =
      'The 2015 hack of Quillon Bank was attributed to APT99. The 2019 hack of Quillon Bank was attributed to APT77. The hack of Quillon Bank cost it millions.';
    const { events, lines } = extract(text, 'en');
    assert.deepEqual(events.map((event) => event.name).sort(), [
      'Hack of Quillon Bank (2015)',
      'Hack of Quillon Bank (2019)',
    ]);
    assert.ok(lines.includes('ATTRIBUTED_TO Hack of Quillon Bank (2015) -> APT99'), lines.join('\n'));
    assert.ok(lines.includes('ATTRIBUTED_TO Hack of Quillon Bank (2019) -> APT77'), lines.join('\n'));
    assert.ok(!lines.includes('ATTRIBUTED_TO Hack of Quillon Bank (2015) -> APT77'), lines.join('\n'));
    const later = events.find((event) => event.name.endsWith('(2019)'));
    assert.equal(later?.mentions.length, 2);
  });

  test('one year, or none, leaves one incident keyed by its victim alone', () => {
    const { events } = extract(
      'The 2015 hack of Quillon Bank was attributed to APT99. The hack of Quillon Bank cost it millions.',
      'en',
    );
    assert.deepEqual(
      events.map((event) => event.name),
      ['Hack of Quillon Bank'],
    );
    assert.equal(events[0]?.mentions.length, 2);
  });
});

describe('a reach into something, designated by its complement', () => {
  test('"meddling in X", "intrusion into X", "ingérence dans X" are incidents; the bare noun is none', () => {
    const en = extract(
      'The ministry accused APT99 of meddling in the last municipal elections with bots.',
      'en',
    );
    assert.equal(
      eventWith(en.events, 'meddling in the last municipal elections').name,
      'meddling in the last municipal elections',
    );
    assert.ok(
      en.lines.includes('ATTRIBUTED_TO meddling in the last municipal elections -> APT99'),
      en.lines.join('\n'),
    );
    const into = extract(
      'In May there was an intrusion into the city payroll system, which leaked salaries.',
      'en',
    );
    eventWith(into.events, 'intrusion into the city payroll system');
    const fr = extract("Le ministère a accusé Norland d'ingérence dans le scrutin régional.", 'fr');
    eventWith(fr.events, 'ingérence dans le scrutin régional');
    assert.deepEqual(extract('Analysts found an intrusion and closed it.', 'en').events, []);
    // Too long a run before a word that ends it is no compact phrase.
    assert.deepEqual(
      extract('Nobody noticed the interference in the old quiet northern coastal town council vote.', 'en')
        .events,
      [],
    );
  });

  test('denied accusations are about the incident the text tells of again, not one recalled in passing', () => {
    const { lines } = extract(
      'APT99 was behind the hack of the Liberal Party. The hack of the Liberal Party lasted a week. ' +
        'A senator linked it to the inquiry into the meddling in the last municipal elections. ' +
        'The Kremlin denied the accusations.',
      'en',
    );
    assert.ok(lines.includes('DENIES Kremlin -> Hack of Liberal Party'), lines.join('\n'));
    assert.ok(!lines.some((line) => line.startsWith('DENIES Kremlin -> meddling')), lines.join('\n'));
  });
});
