import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertHas, assertNone, confidenceOf, relationLines } from '../../test/relation-lines-harness.ts';

describe('pronouns standing for the actor named before', () => {
  test('"it" opening a that-clause is the actor of the sentence before, not the speaker', () => {
    assertHas(
      relationLines(
        'Storm-9 is a Russian espionage group. Mandiant has said with confidence that it is associated with the GRU.',
        'en',
      ),
      'ATTRIBUTED_TO Storm-9 -> GRU reported [Mandiant]',
    );
    assertHas(
      relationLines("APT28 est un groupe russe. Microsoft affirme qu'il a ciblé le Bundestag.", 'fr'),
      'TARGETED APT28 -> Bundestag reported [Microsoft]',
    );
  });

  test('the name a sentence\'s opening noun goes by is its subject ("A persona calling itself X")', () => {
    const lines = relationLines(
      'APT28 is a Russian group. A persona calling itself APT99 leaked the files, but officials concluded it was a front for the GRU.',
      'en',
    );
    assertHas(lines, 'ATTRIBUTED_TO APT99 -> GRU reported []');
    assertNone(lines, /^ATTRIBUTED_TO APT28 -> GRU/u);
  });

  test('a pronoun right after a verb of saying or judging opens its clause, as after "that"', () => {
    assertHas(
      relationLines(
        'APT99 is an espionage group. Investigators said it targeted the Ministry of Defence of Estonia.',
        'en',
      ),
      'TARGETED APT99 -> Ministry of Defence of Estonia reported []',
    );
    assertHas(
      relationLines('APT99 is an espionage group. Mandiant believes they are tied to the GRU.', 'en'),
      'ATTRIBUTED_TO APT99 -> GRU reported [Mandiant]',
    );
    // "found it" takes the pronoun as its object: no clause, no subject.
    assert.equal(
      relationLines(
        'APT99 is an espionage group. Investigators found it inside the Ministry of Defence of Estonia.',
        'en',
      ).length,
      0,
    );
  });

  test('a pronoun after a short introduction set off by a comma is a subject too', () => {
    assertHas(
      relationLines('APT33 is an Iranian espionage group. In 2019, it targeted Saudi Arabia.', 'en'),
      'TARGETED APT33 -> Saudi Arabia asserted []',
    );
    assertHas(
      relationLines("APT28 est un groupe d'espionnage russe. Selon Microsoft, il a ciblé l'OTAN.", 'fr'),
      'TARGETED APT28 -> NATO reported [Microsoft]',
    );
  });

  test('a pronoun opening a subordinate clause or a clause after a semicolon is a subject, each weighed on its own', () => {
    const lines = relationLines(
      'APT99 is an espionage group. When it targeted NATO in 2017, it used Zebrocy.',
      'en',
    );
    assertHas(lines, 'TARGETED APT99 -> NATO asserted []');
    assertHas(lines, 'USES APT99 -> Zebrocy asserted []');
    assertHas(
      relationLines(
        "APT99 est un groupe d'espionnage. Lorsqu'il a ciblé l'OTAN en 2017, il a utilisé Zebrocy.",
        'fr',
      ),
      'TARGETED APT99 -> NATO asserted []',
    );
    assertHas(
      relationLines('APT99 is an espionage group. It was quiet in 2016; it targeted NATO in 2017.', 'en'),
      'TARGETED APT99 -> NATO asserted []',
    );
  });

  test('an impersonal "it" stands for nothing', () => {
    const lines = relationLines(
      'APT33 is an Iranian espionage group. It was reported that Charming Kitten targeted Israel.',
      'en',
    );
    assertNone(lines, /^TARGETED APT33 /);
    assertNone(
      relationLines(
        'APT33 is an Iranian espionage group. It is difficult to say whether Iran targeted Israel.',
        'en',
      ),
      /APT33/,
    );
  });

  test('"it is believed to be behind" raises the pronoun\'s referent: a subject, not an impersonal "it"', () => {
    assertHas(
      relationLines(
        'APT33 is an Iranian espionage group. It is believed to be behind the Shamoon attack.',
        'en',
      ),
      'ATTRIBUTED_TO Shamoon attack -> APT33 suspected []',
    );
  });

  test("a pronoun in a subject slot is its sentence's subject for the next pronoun, whatever else it names", () => {
    const text =
      'APT99 is an espionage group. In these campaigns they hid their lures on Google Drive. In 2021, they targeted NATO.';
    assertHas(relationLines(text, 'en'), 'TARGETED APT99 -> NATO asserted []');
    // Without the pronoun, the company named in that sentence is as plausible an antecedent.
    assertNone(
      relationLines(
        'APT99 is an espionage group. In these campaigns lures were hidden on Google Drive. In 2021, they targeted NATO.',
        'en',
      ),
      /^TARGETED/,
    );
  });

  test('a name after an article and its type noun ("Le groupe APT28", "The company X") opens its sentence', () => {
    assertHas(
      relationLines("Le groupe APT28 est lié au GRU. Ils ont ciblé l'OTAN en 2018.", 'fr'),
      'TARGETED APT28 -> NATO asserted []',
    );
    // The company is then the subject before "it", and "it" stands for nothing the relations are about.
    assertNone(
      relationLines('The company Microsoft tracked APT28 in 2020. It targeted NATO.', 'en'),
      /^TARGETED/,
    );
  });

  test('two plausible antecedents, or a company as the subject before, give the pronoun none', () => {
    assertNone(
      relationLines('APT28 and APT29 were both active that year. They targeted NATO.', 'en'),
      /^TARGETED/,
    );
    assertNone(relationLines('Microsoft tracked APT28 in 2020. It targeted NATO.', 'en'), /^TARGETED/);
  });

  test('"he", "il" stand for the one person named before; two persons give them none', () => {
    assertHas(
      relationLines('Kevin Mandia spoke in Paris. He works for Microsoft.', 'en'),
      'WORKS_FOR Kevin Mandia -> Microsoft asserted []',
    );
    assertNone(
      relationLines('Kevin Mandia met Bob Jones in Paris. He works for Microsoft.', 'en'),
      /^WORKS_FOR/,
    );
    assertHas(
      relationLines("Guillaume Poupard est un ingénieur français. Il dirige l'ANSSI depuis 2014.", 'fr'),
      'LEADS Guillaume Poupard -> ANSSI asserted []',
    );
  });

  test('a heading resets what a pronoun may stand for', () => {
    assertNone(
      relationLines('APT33 is an Iranian espionage group.\n## Tools\nIt targeted NATO.', 'en'),
      /^TARGETED/,
    );
  });

  test('a relation through a pronoun is less certain than the same one named outright', () => {
    const referred = confidenceOf(
      'Storm-9 is a Russian espionage group. In 2020, it targeted NATO.',
      'en',
      'TARGETED Storm-9 -> NATO',
    );
    const named = confidenceOf(
      'Storm-9 is a Russian espionage group. In 2020, Storm-9 targeted NATO.',
      'en',
      'TARGETED Storm-9 -> NATO',
    );
    assert.ok(referred < named, `${referred} vs ${named}`);
  });
});

describe('"the malware" after several pieces of malware', () => {
  test('a tool named in passing is no antecedent: the subject of the nearest sentence, else the topic', () => {
    const text = [
      'The Frostbyte ransomware spread to thousands of hospitals in 2019.',
      'Frostbyte encrypted their files within minutes, and Frostbyte asked for bitcoin.',
      'It spread through a backdoor that the NSA had built, the Snowcrash implant.',
      'Researchers at Symantec linked the malware to APT99.',
    ].join(' ');
    assertHas(relationLines(text, 'en'), 'ATTRIBUTED_TO Frostbyte -> APT99 reported [Symantec]');
    assertNone(relationLines(text, 'en'), /Snowcrash -> APT99/);
  });
});

describe("an actor's people standing for the actor", () => {
  test('"its operators", "ses membres", "APT28\'s hackers" stand for the one actor named just before', () => {
    assertHas(
      relationLines('APT99 is an espionage group. Its operators targeted NATO in 2018.', 'en'),
      'TARGETED APT99 -> NATO asserted []',
    );
    assertHas(
      relationLines("APT99 est un groupe d'espionnage. Leurs membres ont ciblé l'OTAN en 2018.", 'fr'),
      'TARGETED APT99 -> NATO asserted []',
    );
    assertHas(
      relationLines("APT99's hackers targeted NATO in 2018.", 'en'),
      'TARGETED APT99 -> NATO asserted []',
    );
  });

  test('with a malware named in between, or no actor at all, the possessive stands for no one', () => {
    assertNone(
      relationLines('Emotet is spread by APT99. Its operators targeted banks in Germany.', 'en'),
      /^TARGETED APT99/,
    );
    assertNone(
      relationLines('The ministry hired Acme Corp in 2018. Its operators targeted NATO.', 'en'),
      /^TARGETED/,
    );
  });
});

describe('definite descriptions', () => {
  test('a noun for people completed by what they are ("the group of experts") stands for no actor', () => {
    assertNone(
      relationLines('APT99 is an espionage group. The group of experts blamed NATO.', 'en'),
      /APT99 -> NATO/,
    );
    assertNone(
      relationLines("APT99 est un groupe d'espionnage. Le groupe de travail a ciblé l'OTAN.", 'fr'),
      /^TARGETED/,
    );
    assertHas(
      relationLines("APT99 est un groupe d'espionnage. Ce groupe de hackers a ciblé l'OTAN.", 'fr'),
      'TARGETED APT99 -> NATO asserted []',
    );
  });

  test('a victim, a researcher\'s employer or a silent government named before is never "the group"', () => {
    const lines = relationLines(
      'Hackers broke into the Bundestag in 2015. A researcher at Dragos studied the intrusion, and the German government did not comment. The cybercriminals also targeted NATO.',
      'en',
    );
    assertNone(lines, /(?:Bundestag|Dragos|German government|Germany) -> NATO/);
  });

  test('"the Iranian group": an actor described with modifiers, never a contrastive one', () => {
    assertHas(
      relationLines(
        'APT33 is an espionage group tied to Iran. The Iranian group targeted Saudi Arabia.',
        'en',
      ),
      'TARGETED APT33 -> Saudi Arabia asserted []',
    );
    assertNone(
      relationLines(
        'APT33 is an espionage group tied to Iran. The other Iranian group targeted Saudi Arabia.',
        'en',
      ),
      /^TARGETED APT33 /,
    );
  });

  test('"the agency": the head noun of an organisation named before', () => {
    assertHas(
      relationLines('The Defense Intelligence Agency hired a contractor. The agency targeted Germany.', 'en'),
      'TARGETED Defense Intelligence Agency -> Germany asserted []',
    );
    // Two organisations whose names hold the head noun: the description stands for neither.
    assertNone(
      relationLines(
        'The Defense Intelligence Agency and the National Security Agency met. The agency targeted Germany.',
        'en',
      ),
      /^TARGETED/,
    );
  });
});

describe('"the group" when its window names several actors', () => {
  test('the subject of the nearest sentence naming an actor; a subject of two names gives none', () => {
    assertHas(
      relationLines(
        'APT29 was seen in Ukraine in 2019. APT28, a rival of APT29, hit NATO in 2020. The group targeted Germany in 2021.',
        'en',
      ),
      'TARGETED APT28 -> Germany asserted []',
    );
    assertNone(
      relationLines(
        'APT29 was seen in Ukraine in 2019. APT28 and APT29 hit NATO in 2020. The group targeted Germany in 2021.',
        'en',
      ),
      /-> Germany/,
    );
  });

  test('with no subject among them, the topic actor when the window names it, else none', () => {
    const topic =
      'Storm-9 is a Chinese espionage group. Storm-9 has hit banks in Asia for years. Storm-9 also hit Japan. ';
    assertHas(
      relationLines(
        `${topic}In the latest Storm-9 report, researchers described a campaign attributed to APT99. The threat actor leveraged Cobalt Strike on the servers.`,
        'en',
      ),
      'USES Storm-9 -> Cobalt Strike asserted []',
    );
    assertNone(
      relationLines(
        `${topic}Researchers linked APT99 to attacks in Korea. Analysts compared APT98 with APT97. The threat actor leveraged Cobalt Strike on the servers.`,
        'en',
      ),
      /^USES/,
    );
  });
});

describe('"the company", "la société", "الشركة"', () => {
  test('a company description stands for the organisation that was the subject before', () => {
    assertHas(
      relationLines('Microsoft published a report. The company was targeted by APT28 in 2020.', 'en'),
      'TARGETED APT28 -> Microsoft asserted []',
    );
    assertHas(
      relationLines('نشرت مايكروسوفت تقريرا يوم الثلاثاء. واستهدفت مجموعة APT28 الشركة في عام 2020.', 'ar'),
      'TARGETED APT28 -> Microsoft asserted []',
    );
  });

  test('an organisation named only as an object, or "the parent company", gives it none', () => {
    assertNone(
      relationLines('APT28 broke into Microsoft in April. The company was targeted by APT29 in 2020.', 'en'),
      /^TARGETED APT29 /,
    );
    assertNone(
      relationLines('Microsoft published a report. Its parent company was targeted by APT28 in 2020.', 'en'),
      /^TARGETED/,
    );
  });
});

describe('references and the clause they are the subject of', () => {
  test('"the hack of X" is an incident\'s name, no reference to the incident named before', () => {
    const lines = relationLines(
      'Sandworm is a Russian group. The team is believed to be behind the NotPetya attack and the hack of TV5Monde.',
      'en',
    );
    assertHas(lines, 'ATTRIBUTED_TO NotPetya attack -> Sandworm Team suspected []');
    assertHas(lines, 'ATTRIBUTED_TO Hack of TV5Monde -> Sandworm Team suspected []');
  });

  test('after ", and is known for", the subject is the clause\'s, not a name in the first predicate', () => {
    const lines = relationLines(
      'Storm-9 is a Russian group. The group promotes the interests of the Russian government, and is known for hacking the Democratic National Committee.',
      'en',
    );
    assertHas(lines, 'TARGETED Storm-9 -> Democratic National Committee asserted []');
    assertNone(lines, /^TARGETED Government of Russia /);
  });

  test('a definite incident noun with its own victim is another incident, not the one told of before', () => {
    const before = {
      en: 'The hack of TV5Monde took the channel off the air in 2015. ',
      fr: 'Le piratage de TV5Monde a interrompu la chaîne en 2015. ',
      ar: 'تعرضت قناة TV5Monde للاختراق في عام 2015. ',
    };
    for (const [text, lang] of [
      [`${before.en}The attack on the city's water plant was attributed to APT28.`, 'en'],
      [`${before.fr}L'attaque contre un hôpital régional a été attribuée à APT28.`, 'fr'],
      [`${before.fr}La cyberattaque visant un hôpital régional a été attribuée à APT28.`, 'fr'],
      [`${before.ar}ونُسب الهجوم على مستشفى إقليمي إلى مجموعة APT28.`, 'ar'],
    ] as const) {
      assertNone(relationLines(text, lang), /^ATTRIBUTED_TO Hack of TV5Monde /);
    }
    // A date or a day after "on" places the same incident; a demonstrative points back anyway.
    for (const text of [
      `${before.en}The attack on Monday was attributed to APT28.`,
      `${before.en}The attack on 8 April was attributed to APT28.`,
      `${before.en}This attack on the broadcaster was attributed to APT28.`,
    ]) {
      assertHas(relationLines(text, 'en'), 'ATTRIBUTED_TO Hack of TV5Monde -> APT28 asserted []');
    }
    assertHas(
      relationLines(`${before.ar}ونُسب الهجوم إلى مجموعة APT28.`, 'ar'),
      'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported []',
    );
  });

  test('"l\'opération" is the incident told of before; French "sur" after it names where, not whom', () => {
    const before = "L'attaque contre Quimper a paralysé les services de la ville en mai. ";
    for (const claim of [
      "Le groupe APT99 a revendiqué l'opération.",
      "Le groupe APT99 avait revendiqué l'opération sur son canal Telegram.",
    ]) {
      assertHas(
        relationLines(`${before}${claim}`, 'fr'),
        'ATTRIBUTED_TO Hack of Quimper -> APT99 reported [APT99]',
      );
    }
    // « viser à » + infinitive is a purpose: a name further on is not the incident's target.
    assertNone(
      relationLines(`${before}L'opération visait à saboter un scrutin dont la Belgique était l'hôte.`, 'fr'),
      /^TARGETED Hack of Quimper -> Belgium/,
    );
  });
});

describe("a malware after an actor's possessive", () => {
  test('"its backdoor, X", "APT28\'s X backdoor", "son logiciel malveillant X": the actor uses it', () => {
    for (const text of [
      'APT28 is a Russian espionage group. Its backdoor, X-Agent, was found on the servers of the Bundestag.',
      'APT28 is a Russian espionage group. Its signature backdoor X-Agent was found on the servers of the Bundestag.',
      "APT28's X-Agent backdoor was found on the servers of the Bundestag.",
    ]) {
      assertHas(relationLines(text, 'en'), 'USES APT28 -> X-Agent asserted []');
    }
    assertHas(
      relationLines(
        'Le groupe APT28 est actif depuis 2007. Son logiciel malveillant X-Agent a été découvert au Bundestag.',
        'fr',
      ),
      'USES APT28 -> X-Agent asserted []',
    );
  });

  test('an organisation or a malware before the possessive may own the tool: no use', () => {
    assertNone(
      relationLines(
        'APT28 is a Russian espionage group. Microsoft said its backdoor X-Agent was found at the Bundestag.',
        'en',
      ),
      /^USES/,
    );
    assertNone(
      relationLines(
        'APT28 is a Russian espionage group. Their analysis of the backdoor X-Agent was published.',
        'en',
      ),
      /^USES/,
    );
  });
});

describe("what an actor owns and runs after its possessive (the packs' holdings)", () => {
  test('"its toolset includes X", "their C2 server X", "son serveur de commande X": the actor uses them', () => {
    assertHas(
      relationLines('Turla is a Russian espionage group. Its toolset includes Mimikatz and PlugX.', 'en'),
      'USES Turla -> PlugX asserted []',
    );
    const infrastructure = relationLines(
      'Turla is a Russian espionage group. Its infrastructure included billing-portal[.]net and login-portal[.]com.',
      'en',
    );
    assertHas(infrastructure, 'USES Turla -> billing-portal.net asserted []');
    assertHas(
      relationLines(
        'Turla is a Russian espionage group. Their C2 server billing-portal[.]net went offline in May.',
        'en',
      ),
      'USES Turla -> billing-portal.net asserted []',
    );
    assertHas(
      relationLines(
        'Le groupe Turla est actif depuis 2004. Son serveur de commande billing-portal[.]net a été fermé en mai.',
        'fr',
      ),
      'USES Turla -> billing-portal.net asserted []',
    );
  });

  test('an organisation named after the actor may own the servers: no use', () => {
    for (const text of [
      'Turla is a Russian espionage group. The Ministry of Defence of Estonia said its infrastructure includes billing-portal[.]net.',
      'Turla is a Russian espionage group. Microsoft said its C2 server billing-portal[.]net was clean.',
      'Turla breached the Ministry of Defence of Estonia. Its infrastructure includes billing-portal[.]net.',
      // A bare "its" before a domain is as often a victim's.
      'Turla is a Russian espionage group. Its domain billing-portal[.]net was taken down.',
    ]) {
      assertNone(relationLines(text, 'en'), /^USES/u);
    }
  });
});

describe('"the attacker" for the one actor named before', () => {
  test('it stands for the one actor, and for none after two', () => {
    assertHas(
      relationLines('Turla is a Russian espionage group. The attacker used PlugX.', 'en'),
      'USES Turla -> PlugX asserted []',
    );
    assertNone(
      relationLines('Turla and Sandworm are Russian groups. The attacker used PlugX.', 'en'),
      /^USES/u,
    );
  });
});

describe('French references to an actor', () => {
  test('"ces opérateurs" and "ses cibles incluent" stand for the group named before', () => {
    assertHas(
      relationLines('Le groupe Turla est actif depuis 2004. Ces opérateurs ont utilisé Mimikatz.', 'fr'),
      'USES Turla -> Mimikatz asserted []',
    );
    assertHas(
      relationLines(
        'Le groupe Turla est actif depuis 2004. Ses cibles incluent des ministères en Estonie.',
        'fr',
      ),
      'TARGETED Turla -> Estonia asserted []',
    );
  });

  test('"ces opérateurs" after telecom companies and no actor stand for nothing', () => {
    assertNone(
      relationLines(
        'Orange et Free ont augmenté leurs prix. Ces opérateurs ont utilisé des serveurs en Estonie.',
        'fr',
      ),
      /./u,
    );
  });
});

describe('a campaign told of before the sentence that attributes it', () => {
  test('"a malicious campaign hit X. This campaign is attributed to Y": Y targeted X, under the hedge', () => {
    assertHas(
      relationLines(
        'Early in 2021 a malicious campaign hit energy firms in Chile. This campaign is likely to be attributed to APT77.',
        'en',
      ),
      'TARGETED APT77 -> Chile suspected []',
    );
    assertHas(
      relationLines(
        'In 2019 a spear-phishing campaign targeted the Ministry of Defence of Estonia. Mandiant says this campaign is attributed to Turla.',
        'en',
      ),
      'TARGETED Turla -> Ministry of Defence of Estonia reported [Mandiant]',
    );
    assertHas(
      relationLines(
        'En 2021, une campagne malveillante a ciblé des entreprises au Chili. Cette campagne a été attribuée à APT77.',
        'fr',
      ),
      'TARGETED APT77 -> Chile asserted []',
    );
  });

  test('an actor named with the campaign, two actors, or a denied attribution: no forward reference', () => {
    for (const text of [
      'Early in 2021 a malicious campaign hit energy firms in Chile. This campaign is not attributed to APT77.',
      'Early in 2021 a malicious campaign hit energy firms in Chile. If this campaign is attributed to APT77, sanctions will follow.',
      'Early in 2021 a malicious campaign hit energy firms in Chile. This campaign is attributed to APT77 or to Turla.',
      'Early in 2021 a malicious campaign hit energy firms in Chile. Analysts later saw APT77 in Peru.',
    ]) {
      assertNone(relationLines(text, 'en'), /^TARGETED (?:APT77|Turla) -> Chile/u);
    }
    assertNone(
      relationLines(
        'Early in 2021 Turla ran a malicious campaign against energy firms in Chile. This campaign is attributed to APT77.',
        'en',
      ),
      /^TARGETED APT77 -> Chile/u,
    );
  });
});

describe('"the latter", "ce dernier"', () => {
  test('the entity named last in the sentence or the one before', () => {
    assertHas(
      relationLines(
        'Analysts compared APT28 with APT29 for years. The latter targeted the Ministry of Defence of Estonia.',
        'en',
      ),
      'TARGETED APT29 -> Ministry of Defence of Estonia asserted []',
    );
    assertHas(
      relationLines(
        "Les analystes comparent APT28 à APT29. Ce dernier est soupçonné d'avoir ciblé le ministère de la Défense en 2016.",
        'fr',
      ),
      'TARGETED APT29 -> ministère de la Défense suspected []',
    );
  });

  test('"ces derniers mois" is an adjective: no reference, and two actors before leave "le groupe" none', () => {
    assertNone(
      relationLines(
        'Les analystes comparent APT28 à APT29. Ces derniers mois, le groupe a ciblé le ministère de la Défense.',
        'fr',
      ),
      /^TARGETED/,
    );
  });
});

describe('an organisation referred to by the whole noun phrase of its definition', () => {
  test('"X is a militant group ... This militant group": the organisation so defined', () => {
    assertHas(
      relationLines(
        'The Harbour Front is a militant group funded by a rich donor. This militant group is based in Lebanon.',
        'en',
      ),
      'LOCATED_IN Harbour Front -> Lebanon asserted []',
    );
  });

  test('two organisations defined alike leave the phrase standing for neither', () => {
    assertNone(
      relationLines(
        'The Harbour Front is a militant group. The River League is a militant group based in Syria. This militant group is based in Lebanon.',
        'en',
      ),
      /^LOCATED_IN .* -> Lebanon/u,
    );
  });
});

describe('"the two groups", "les deux groupes"', () => {
  test('both of the last two actors named, each an end of what the phrase does', () => {
    const lines = relationLines(
      'Turla was quiet that year. Analysts compared APT28 with APT29. The two groups targeted the Ministry of Defence of Estonia.',
      'en',
    );
    assertHas(lines, 'TARGETED APT28 -> Ministry of Defence of Estonia asserted []');
    assertHas(lines, 'TARGETED APT29 -> Ministry of Defence of Estonia asserted []');
    assertNone(lines, /^TARGETED Turla /u);
  });

  test('with one actor named before, the phrase stands for none', () => {
    assertNone(
      relationLines('APT28 was active. Both groups targeted the Ministry of Defence of Estonia.', 'en'),
      /^TARGETED/u,
    );
  });
});

describe('Arabic organisation references', () => {
  test('"الهيئة" and "الجهاز" stand for the one body named so with that head', () => {
    assertHas(
      relationLines(
        'أعلنت هيئة الاتصالات الأردنية عن هجوم. وقالت الهيئة إن مجموعة APT34 اخترقت شركة زين.',
        'ar',
      ),
      'TARGETED OilRig -> زين reported [هيئة الاتصالات الأردنية]',
    );
    assertHas(
      relationLines(
        'أعلن جهاز الأمن الأوكراني عن هجوم. وقال الجهاز إن مجموعة Sandworm اخترقت شركة كييف إنرجو.',
        'ar',
      ),
      'TARGETED Sandworm Team -> كييف إنرجو reported [SBU]',
    );
  });

  test('a reference after the preposition "ل" ("للشركة") is the same reference', () => {
    assertHas(
      relationLines(
        'نفت شركة كويلسك الاتهامات، وقال سمير حداد، الرئيس التنفيذي للشركة، إن الشركة لم تبع البرنامج.',
        'ar',
      ),
      'LEADS سمير حداد -> كويلسك asserted []',
    );
  });

  test('"الجهاز" with no body so named before stands for none', () => {
    assertHas(
      relationLines(
        'أعلنت وزارة الدفاع الأردنية عن هجوم. وقال الجهاز إن مجموعة APT34 اخترقت شركة زين.',
        'ar',
      ),
      'TARGETED OilRig -> زين reported []',
    );
  });
});

describe("a campaign's lures standing for the campaign", () => {
  test('"the spear phishing emails" of a campaign named before are its actor\'s, and so is where they came from', () => {
    assertHas(
      relationLines(
        'A campaign hit Chilean energy firms in May. This campaign is likely to be attributed to APT77. The spear phishing emails came from the following domain: energy-courses[.]net.',
        'en',
      ),
      // The hedge that made the campaign the actor's frames what its lures say of it.
      'USES APT77 -> energy-courses.net suspected []',
    );
    // With no actor in the report, the lures are no one's.
    assertNone(
      relationLines(
        'A campaign hit Chilean energy firms in May. The spear phishing emails came from the following domain: energy-courses[.]net.',
        'en',
      ),
      /^USES/,
    );
  });
});

describe('a reference another adjective sets apart', () => {
  test('"المجموعة الأخرى", "le groupe rival" stand for no actor named before', () => {
    assertNone(
      relationLines('استهدفت مجموعة APT28 حلف الناتو. واخترقت المجموعة الأخرى البوندستاغ.', 'ar'),
      /^TARGETED APT28 -> Bundestag/,
    );
    assertHas(
      relationLines('استهدفت مجموعة APT28 حلف الناتو. واخترقت المجموعة البوندستاغ.', 'ar'),
      'TARGETED APT28 -> Bundestag asserted []',
    );
    assertNone(
      relationLines("APT28 a visé l'OTAN. Le groupe rival a piraté le Bundestag.", 'fr'),
      /^TARGETED APT28 -> Bundestag/,
    );
  });
});
