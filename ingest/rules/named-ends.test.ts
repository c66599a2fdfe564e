/**
 * Relations whose two ends are named in the sentence, stated in the forms news and reports use
 * beside the plain active verb: a name in apposition to the noun a trigger describes, a tool's
 * user as the one who targets, the passive of a relative clause on a common noun. Sentences
 * are our own.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertHas, assertNone, relationLines } from '../../test/relation-lines-harness.ts';

describe('a name set in apposition after the object of a description', () => {
  test('"a group linked to Russia, APT28," is APT28, which is also the subject of the verb after it', () => {
    const lines = relationLines('A hacking group linked to Russia, APT28, targeted NATO last year.', 'en');
    assertHas(lines, 'ATTRIBUTED_TO APT28 -> Russia asserted []');
    assertHas(lines, 'TARGETED APT28 -> NATO asserted []');
    // "hacking" before the noun describes it: it names no victim.
    assertNone(lines, /^TARGETED APT28 -> Russia/u);
  });

  test('a hedged description at the end of the sentence keeps its hedge', () => {
    const lines = relationLines('The report studies a group supposedly related to Iran, APT33.', 'en');
    assertHas(lines, 'ATTRIBUTED_TO APT33 -> Iran suspected []');
  });

  test('a passive participle describing a noun, its name after the agent', () => {
    const lines = relationLines('A backdoor used by APT28, Zebrocy, spread in May.', 'en');
    assertHas(lines, 'USES APT28 -> Zebrocy asserted []');
  });

  test('a speaker after the comma is no apposition', () => {
    const lines = relationLines('It was a group tied to Russia, Microsoft said on Monday.', 'en');
    assertNone(lines, /Microsoft ->/u);
  });
});

describe('the user of a tool is who targets what the tool is used against', () => {
  test('"X used M against Y": X targeted Y, and used M', () => {
    const lines = relationLines('Sandworm used Industroyer against Ukrenergo in 2016.', 'en');
    assertHas(lines, 'USES Sandworm Team -> Industroyer asserted []');
    assertHas(lines, 'TARGETED Sandworm Team -> Ukrenergo asserted []');
    assertNone(lines, /^TARGETED Industroyer /u);
  });

  test('a relative clause about the tool keeps the tool as its subject', () => {
    const lines = relationLines('APT28 used Zebrocy, which later hit NATO.', 'en');
    assertHas(lines, 'TARGETED Zebrocy -> NATO asserted []');
    assertNone(lines, /^TARGETED APT28 /u);
  });
});

describe('nominal and passive forms', () => {
  test('"X\'s use of Y" and "attacks by X on Y"', () => {
    assertHas(
      relationLines("APT28's use of Zebrocy was documented in May.", 'en'),
      'USES APT28 -> Zebrocy asserted []',
    );
    assertHas(
      relationLines('Attacks by APT28 on NATO went on for a year.', 'en'),
      'TARGETED APT28 -> NATO asserted []',
    );
  });

  test('acting on behalf of a service, or controlled by it, attributes an actor to it but makes no firm a part of its client', () => {
    assertHas(
      relationLines('APT28 operates on behalf of the GRU.', 'en'),
      'ATTRIBUTED_TO APT28 -> GRU asserted []',
    );
    assertNone(
      relationLines('Mandiant, acting on behalf of SolarWinds, investigated the breach.', 'en'),
      /Mandiant -> SolarWinds/u,
    );
  });

  test('the common noun a passive relative clause describes is what the agent targeted', () => {
    const lines = relationLines(
      'The dispute over the South China Sea and the companies that have been targeted by APT40 are related.',
      'en',
    );
    assertNone(lines, /^TARGETED/u);
  });
});

describe('the agent of a passive attribution is who makes it', () => {
  test('"linked by X to Y" and "linked to Y by X" are reported by X', () => {
    assertHas(
      relationLines('The hack of the OSCE was linked by Mandiant to APT28.', 'en'),
      'ATTRIBUTED_TO Hack of OSCE -> APT28 reported [Mandiant]',
    );
    assertHas(
      relationLines('APT28 has been linked to the GRU by Mandiant.', 'en'),
      'ATTRIBUTED_TO APT28 -> GRU reported [Mandiant]',
    );
    assertHas(
      relationLines("Le piratage de TV5Monde a été attribué par l'ANSSI à APT28.", 'fr'),
      'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported [ANSSI]',
    );
  });

  test('a description, its acronym in brackets, may come between "to" and the target', () => {
    const lines = relationLines(
      'We studied an intrusion at the Danish bank Nordea linked by Mandiant to the prolific Russia-based Advanced Persistent Threat (APT) group APT28.',
      'en',
    );
    assertHas(lines, 'ATTRIBUTED_TO Hack of Nordea -> APT28 reported [Mandiant]');
    // The agent is who says so, never the target.
    assertNone(lines, /^ATTRIBUTED_TO Hack of Nordea -> Mandiant/u);
  });

  test('with no target after the agent, the agent is no target', () => {
    assertNone(relationLines('The hack of the OSCE was attributed by Microsoft.', 'en'), /^ATTRIBUTED_TO/u);
  });
});

describe('a bare verb of linking after a modal, and possessives on the right', () => {
  test('"might link X to Y"', () => {
    assertHas(
      relationLines('New evidence might link the hack of the OSCE to APT28.', 'en'),
      // The modal leaves the link only possible.
      'ATTRIBUTED_TO Hack of OSCE -> APT28 suspected []',
    );
  });

  test('the owner of the name after it is no argument: the owned name is', () => {
    const lines = relationLines("APT28 targeted Germany's Bundestag in 2015.", 'en');
    assertHas(lines, 'TARGETED APT28 -> Bundestag asserted []');
    assertNone(lines, /^TARGETED .* -> Germany /u);
    // The possessive itself places the owned name ("Germany's Bundestag").
    assertHas(lines, 'LOCATED_IN Bundestag -> Germany asserted []');
  });

  test('"serving as" is a post, not an attribution', () => {
    assertNone(relationLines('John Smith, serving as head of the NSA, spoke.', 'en'), /^ATTRIBUTED_TO/u);
  });
});

describe('coordinated subjects and objects', () => {
  test('each subject listed with each object listed', () => {
    const lines = relationLines('APT28 and APT29 targeted NATO and the OSCE.', 'en');
    for (const actor of ['APT28', 'APT29'])
      for (const victim of ['NATO', 'OSCE']) assertHas(lines, `TARGETED ${actor} -> ${victim} asserted []`);
  });

  test('subjects listed before a verb of use share its list of tools', () => {
    const lines = relationLines('APT28 and APT29 used Zebrocy and Mimikatz.', 'en');
    for (const actor of ['APT28', 'APT29'])
      for (const tool of ['Zebrocy', 'Mimikatz']) assertHas(lines, `USES ${actor} -> ${tool} asserted []`);
  });
});

describe('the object of a description is not the subject of the verb after it', () => {
  test('"Hackers working for Russia\'s GRU targeted the DNC" names no attacker', () => {
    assertNone(relationLines("Hackers working for Russia's GRU targeted the DNC.", 'en'), /^TARGETED/u);
    assertNone(
      relationLines('The hackers, believed to be working for the GRU, targeted the OSCE.', 'en'),
      /^TARGETED/u,
    );
  });

  test('a name further on is no object of the description', () => {
    assertHas(
      relationLines('Mandiant analysts working for Google said APT41 targeted the WHO.', 'en'),
      'TARGETED APT41 -> WHO reported [Google]',
    );
  });

  test('the object of a finite verb still may be', () => {
    const lines = relationLines(
      'Researchers at ESET linked NotPetya to Sandworm, a group the US identified as Unit 74455.',
      'en',
    );
    assertHas(lines, 'ATTRIBUTED_TO NotPetya -> Sandworm Team reported [ESET]');
    assert.ok(
      lines.some((line) => line.startsWith('ATTRIBUTED_TO Sandworm Team -> Unit 74455 ')),
      lines.join('\n'),
    );
  });

  test('"launched X against Y": X is the means of whoever launched it', () => {
    const lines = relationLines('Sandworm launched NotPetya against Ukraine in 2017.', 'en');
    assertHas(lines, 'USES Sandworm Team -> NotPetya asserted []');
    assertHas(lines, 'TARGETED Sandworm Team -> Ukraine asserted []');
  });
});

describe('the same forms in French', () => {
  test('« des pirates travaillant pour le GRU » ne sont pas le GRU', () => {
    assertNone(
      relationLines('Des pirates travaillant pour le GRU ont ciblé le Bundestag.', 'fr'),
      /^TARGETED/u,
    );
  });

  test('« a lancé X contre Y » : X est le moyen, Y la cible de qui l’a lancé', () => {
    const lines = relationLines("Sandworm, un groupe lié au GRU, a lancé NotPetya contre l'Ukraine.", 'fr');
    assertHas(lines, 'USES Sandworm Team -> NotPetya asserted []');
    assertHas(lines, 'TARGETED Sandworm Team -> Ukraine asserted []');
  });
});

describe('a list opened by "like" or "such as" runs past names the extractor does not know', () => {
  test('the tool named last in the examples is used', () => {
    assertHas(
      relationLines(
        'APT28 uses a mix of credential harvesting tools and password dumpers like Windows Credential Editor or their malware HOMEFRY.',
        'en',
      ),
      'USES APT28 -> HOMEFRY asserted []',
    );
  });
});

describe('the firm that reports an actor is not its victim', () => {
  test('a gerund before "of" is a noun: "the targeting of X campaigns detected by Y" targets no Y', () => {
    assertNone(
      relationLines(
        'The lures mirror historic TA453 campaigns and the overall targeting of TA453 campaigns detected by Proofpoint.',
        'en',
      ),
      /^TARGETED/u,
    );
  });
});

describe('an infinitive of purpose after a means names what the means was used against', () => {
  test('"X used M to compromise Y": X targeted Y, and used M', () => {
    const lines = relationLines('APT28 used the Zebrocy backdoor to compromise NATO.', 'en');
    assertHas(lines, 'TARGETED APT28 -> NATO asserted []');
    assertHas(lines, 'USES APT28 -> Zebrocy asserted []');
    assertNone(lines, /^TARGETED Zebrocy /u);
  });

  test('« X a utilisé M afin d’espionner Y »', () => {
    assertHas(
      relationLines("Le groupe APT28 a déployé Zebrocy afin d'espionner l'OTAN.", 'fr'),
      'TARGETED APT28 -> NATO asserted []',
    );
  });

  test('the agent of a use in an apposition is the subject of the infinitive after it', () => {
    const lines = relationLines(
      'The Blackpine malware, a “toolset” used by APT28 to compromise banks in Portugal, spread fast.',
      'en',
    );
    assertHas(lines, 'USES APT28 -> Blackpine asserted []');
    assertHas(lines, 'TARGETED APT28 -> Portugal asserted []');
  });

  test('the object of any other description is no subject of a finite verb after it', () => {
    assertNone(
      relationLines('Hackers working for the GRU targeted the Ministry of Defence of Estonia.', 'en'),
      /^TARGETED GRU /u,
    );
  });

  test('a name far back in another verb’s phrase is not the subject of the infinitive', () => {
    assertNone(
      relationLines(
        'The documents used a chain abusing Cloudflare Workers and features of Office macros to target users in Central Asia.',
        'en',
      ),
      /^TARGETED/u,
    );
  });
});

describe('a means named after the victim is used by who attacked the victim', () => {
  test('"X hacked Y using M": X used M, not Y', () => {
    const lines = relationLines('APT28 is believed to have hacked the DNC in 2016 using X-Agent.', 'en');
    assertHas(lines, 'USES APT28 -> X-Agent suspected []');
    assertNone(lines, /^USES Democratic National Committee/u);
  });

  test('« X a piraté Y en utilisant M »', () => {
    const lines = relationLines("APT28 a piraté l'OTAN en utilisant Zebrocy.", 'fr');
    assertHas(lines, 'USES APT28 -> Zebrocy asserted []');
    assertHas(lines, 'TARGETED APT28 -> NATO asserted []');
  });

  test('a relative clause about the victim keeps the victim as its subject', () => {
    assertNone(relationLines('APT28 targeted Sandworm, which used Industroyer.', 'en'), /^USES APT28 /u);
  });

  test('a tool used right after an incident is used by the actor behind the incident, never by its victim', () => {
    const lines = relationLines(
      'Sandworm is believed to be behind the hack of TV5Monde, the 2019 cyberattacks on Georgia using the Olympic Destroyer malware, and other operations.',
      'en',
    );
    // An incident after an incident, past a comma, is the next item of the list.
    assertHas(lines, 'ATTRIBUTED_TO Hack of TV5Monde -> Sandworm Team suspected []');
    assertHas(lines, 'ATTRIBUTED_TO Hack of Georgia -> Sandworm Team suspected []');
    assertHas(lines, 'USES Sandworm Team -> Olympic Destroyer suspected []');
    assertNone(lines, /^USES TV5Monde/u);
    // With no one made responsible for the incident, no one is said to use the tool.
    assertNone(
      relationLines('Clearnet reported the 2019 attack on Nordea using the Olympic Destroyer malware.', 'en'),
      /^USES /u,
    );
  });
});

describe('the agent of a participle describing the object is no argument', () => {
  test('"spy on suspects arrested by the regime" targets no regime', () => {
    assertNone(
      relationLines('Turla used a tool to spy on suspects arrested by the Iranian government.', 'en'),
      /^TARGETED/u,
    );
  });

  test('a participle of holding names the owner, which is targeted with what it owns', () => {
    assertHas(
      relationLines('APT28 targeted servers operated by NATO.', 'en'),
      'TARGETED APT28 -> NATO asserted []',
    );
  });
});

describe('the subject stays the name before what comes between it and its verb', () => {
  test('a relative clause and one more phrase between commas', () => {
    const lines = relationLines(
      'Sandworm, which experts link to the GRU, in a campaign that lasted months, attacked Ukrenergo.',
      'en',
    );
    assertHas(lines, 'TARGETED Sandworm Team -> Ukrenergo asserted []');
    assertNone(lines, /^TARGETED GRU /u);
  });

  test('« X, que les experts lient à Y, depuis des mois, a attaqué Z »', () => {
    const lines = relationLines(
      'Sandworm, que les experts lient au GRU, depuis des mois, a attaqué Ukrenergo.',
      'fr',
    );
    assertHas(lines, 'TARGETED Sandworm Team -> Ukrenergo asserted []');
    assertNone(lines, /^TARGETED GRU /u);
  });

  test('an apposition describing the tool keeps its user as who targets', () => {
    const lines = relationLines('APT28 deployed Zebrocy, a backdoor, against NATO.', 'en');
    assertHas(lines, 'TARGETED APT28 -> NATO asserted []');
    assertNone(lines, /^TARGETED Zebrocy /u);
  });
});

describe("an actor's possessive right before a program's name", () => {
  test('"X\'s M malware": X uses M', () => {
    assertHas(
      relationLines("APT28's Zebrocy malware spread quickly.", 'en'),
      'USES APT28 -> Zebrocy asserted []',
    );
  });

  test("an organisation's possessive is no use", () => {
    assertNone(relationLines("Microsoft's Zebrocy report appeared.", 'en'), /^USES/u);
  });
});

describe('a place and, after a comma, the country it lies in', () => {
  test('"in Sayama, Japan" and « à Sayama, au Japon »', () => {
    assertHas(
      relationLines('The group attacked a plant located in Sayama, Japan.', 'en'),
      'PART_OF Sayama -> Japan asserted []',
    );
    assertHas(
      relationLines("Le virus s'est attaqué à une usine située à Sayama, au Japon.", 'fr'),
      'PART_OF Sayama -> Japan asserted []',
    );
  });

  test('an incident whose name ends on the place is located in the country', () => {
    assertHas(
      relationLines(
        "Pendant la cérémonie des Jeux olympiques d'hiver de Pyeongchang, en Corée du Sud, le réseau est tombé.",
        'fr',
      ),
      'LOCATED_IN Winter Olympics in Pyeongchang -> South Korea asserted []',
    );
  });

  test('a list of countries, or a country that goes on as a subject, states nothing', () => {
    assertNone(relationLines('APT28 targeted Iran, Iraq and Syria.', 'en'), /^PART_OF/u);
    assertNone(relationLines('In Sayama, Japan said nothing.', 'en'), /^PART_OF/u);
  });
});

describe('a name inside a relative clause set off by commas is no subject of the verb after it', () => {
  test('"The attackers, who used Cobalt Strike, compromised X" names no attacker', () => {
    assertNone(
      relationLines(
        'The attackers, who used Cobalt Strike, compromised the network of the German Bundestag.',
        'en',
      ),
      /^TARGETED/u,
    );
    assertNone(
      relationLines(
        'Les pirates, qui utilisaient Cobalt Strike, ont compromis le réseau du Bundestag.',
        'fr',
      ),
      /^TARGETED/u,
    );
  });

  test('« dont » opening examples is no relative clause', () => {
    assertHas(
      relationLines(
        'Pegasus a infecté plusieurs journalistes, dont Edwy Plenel, cofondateur de Mediapart.',
        'fr',
      ),
      'FOUNDED Edwy Plenel -> Mediapart asserted []',
    );
  });
});

describe('coordination and attribution do not borrow names from another phrase', () => {
  test('"deployed by X against Y": Y is the target, never a second user', () => {
    const lines = relationLines('Zebrocy was deployed by APT28 against NATO.', 'en');
    assertHas(lines, 'USES APT28 -> Zebrocy asserted []');
    assertHas(lines, 'TARGETED APT28 -> NATO asserted []');
    assertNone(lines, /^USES NATO /u);
  });

  test('who links a campaign to an actor is no party of the campaign', () => {
    assertNone(
      relationLines('Google linked the phishing campaign against NATO to APT28.', 'en'),
      /^TARGETED Google/u,
    );
    assertNone(
      relationLines("Google a attribué la campagne contre l'OTAN à APT28.", 'fr'),
      /^TARGETED Google/u,
    );
  });
});
