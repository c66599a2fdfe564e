/**
 * The small relation types (LOCATED_IN, PART_OF, IMPERSONATES, MEMBER_OF, WORKS_FOR, PUBLISHED,
 * DENIES) as real articles state them. Sentences are our own.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractWithRules } from './index.ts';
import { splitSentences } from '../sentences.ts';
import { assertHas, assertNone, relationLines } from '../../test/relation-lines-harness.ts';

describe('places', () => {
  test("a place's possessive on an organisation places it, as a demonym would; a state's government is not placed", () => {
    const lines = relationLines(
      "Last year the hackers broke into Germany's BfV. The United States accused China's Ministry of State Security of the theft. Iran's government denied the report.",
      'en',
    );
    assertHas(lines, 'LOCATED_IN BfV -> Germany asserted []');
    // The accusation is reported; where the ministry is, the article says in its own words.
    assertHas(lines, "LOCATED_IN Ministry of State Security -> People's Republic of China asserted []");
    assertNone(lines, /^LOCATED_IN Government of Iran/);
  });

  test('a company named with its legal form is placed by what follows the form', () => {
    const lines = relationLines(
      'Gravel Co., Ltd., a South Korean video game company, was hit. Quillon Corp, a company based in Taipei, was hit too.',
      'en',
    );
    assertHas(lines, 'LOCATED_IN Gravel -> South Korea asserted []');
    assertHas(lines, 'LOCATED_IN Quillon -> Taipei asserted []');
  });

  test('a participle of place after a common noun places that noun, not the name qualifying it', () => {
    const lines = relationLines('Rockets hit two Danish Navy depots located in Aalborg.', 'en');
    assertNone(lines, /^LOCATED_IN/);
    const apposed = relationLines('Quillon Corp, a company located in Lyon, was hit.', 'en');
    assertHas(apposed, 'LOCATED_IN Quillon -> Lyon asserted []');
  });

  test('a demonym that opens a name the article gives the organisation elsewhere places nothing', () => {
    assertNone(
      relationLines(
        'The Russian FSB hacked the DNC. The Russian Federal Security Service (FSB) denied it.',
        'en',
      ),
      /^LOCATED_IN FSB/,
    );
    assertHas(relationLines('The Russian FSB hacked the DNC.', 'en'), 'LOCATED_IN FSB -> Russia asserted []');
  });

  test('a place after "at" or "in" lies in the place after "in", and what is located in it is located there too', () => {
    const lines = relationLines('The FSB is headquartered at Lubyanka Square in Moscow.', 'en');
    assertHas(lines, 'PART_OF Lubyanka Square -> Moscow asserted []');
    assertHas(lines, 'LOCATED_IN FSB -> Lubyanka Square asserted []');
    assertHas(lines, 'LOCATED_IN FSB -> Moscow asserted []');
    // A country is never the smaller place.
    assertNone(relationLines('Troops from Russia in Ukraine attacked the grid.', 'en'), /^PART_OF/);
  });

  test('a news source or news agency named after its demonym is an organisation placed there', () => {
    const lines = relationLines(
      'The German news media source Havelpost reported that APT41 hacked Bayer.',
      'en',
    );
    assertHas(lines, 'LOCATED_IN Havelpost -> Germany asserted []');
    assertHas(lines, 'TARGETED APT41 -> Bayer reported [Havelpost]');
  });

  test('a place after a comma and its possessive on a noun for a part is the larger place', () => {
    const lines = relationLines(
      "The Kestrel Agency is headquartered in Harlow Square, Bristol's center, in an old bank.",
      'en',
    );
    assertHas(lines, 'PART_OF Harlow Square -> Bristol asserted []');
    assertHas(lines, 'LOCATED_IN Kestrel Agency -> Bristol asserted []');
    // Two places of a list are not one in the other.
    assertNone(relationLines('APT99 hit banks in Lyon, Bristol and Leeds.', 'en'), /^PART_OF/);
    // A square no gazetteer knows, then its city after a comma; two cities are a list.
    assertHas(
      relationLines('The Kestrel Agency is headquartered in Harlow Square, Bristol.', 'en'),
      'PART_OF Harlow Square -> Bristol asserted []',
    );
    assertNone(relationLines('The Kestrel Agency has offices in Leeds, Bristol.', 'en'), /^PART_OF/);
  });

  test('a description of a body or firm "of" a place places the organisation, in English and French', () => {
    assertHas(
      relationLines('Vantor Bank, the central bank of Portugal, was hit.', 'en'),
      'LOCATED_IN Vantor Bank -> Portugal asserted []',
    );
    assertHas(
      relationLines('The Kestrel Office is the national cyber agency of Norway.', 'en'),
      'LOCATED_IN Kestrel Office -> Norway asserted []',
    );
    assertHas(
      relationLines('La Banque Vantor, la banque centrale du Portugal, a été piratée.', 'fr'),
      'LOCATED_IN Banque Vantor -> Portugal asserted []',
    );
    // A threat group's description places nothing, nor a noun that is no body.
    assertNone(relationLines('APT28 is the main threat group of Russia.', 'en'), /^LOCATED_IN/);
    assertNone(relationLines('The Kestrel Office is a partner of Norway.', 'en'), /^LOCATED_IN/);
  });

  test("an actor's other name closed by a body's head word and described as a firm is that firm, placed by its demonym", () => {
    const lines = relationLines(
      'The phishing pages were traced to the Mabna Institute, an Iranian government contractor.',
      'en',
    );
    assertHas(lines, 'LOCATED_IN Mabna Institute -> Iran asserted []');
    // Described as an organisation or a group, the name stays the actor's.
    assertNone(
      relationLines('The pages were traced to the Mabna Institute, an Iranian hacking group.', 'en'),
      /^LOCATED_IN Mabna Institute/,
    );
  });

  test('an address named as what was seen in a place is in that place; "as" before a verb names nothing', () => {
    assertHas(
      relationLines('Some APT99 IP addresses were seen in China as 198.51.100[.]7 last year.', 'en'),
      "LOCATED_IN 198.51.100.7 -> People's Republic of China asserted []",
    );
    assertNone(relationLines('APT99 was active in China as 198.51.100[.]7 shows.', 'en'), /^LOCATED_IN/);
  });

  test('a possessive places or owns an organisation whose hack the sentence tells too', () => {
    const lines = relationLines(
      "Ukraine's Central Electoral Commission was hacked by APT28. Google's Threat Analysis Group was hacked by APT29.",
      'en',
    );
    assertHas(lines, 'LOCATED_IN Central Electoral Commission -> Ukraine asserted []');
    assertHas(lines, 'PART_OF Threat Analysis Group -> Google asserted []');
  });

  test('an organisation right before "in", "à" or "في" and a place is there, in the article\'s own words', () => {
    const lines = relationLines('According to Mandiant, APT99 hacked the Vantor Institute in Moscow.', 'en');
    assertHas(lines, 'LOCATED_IN Vantor Institute -> Moscow asserted []');
    assertHas(
      relationLines('Selon Mandiant, APT28 a piraté la banque Vantor à Lisbonne.', 'fr'),
      'LOCATED_IN Vantor -> Lisbon asserted []',
    );
    assertHas(
      relationLines(
        'ونسبت شركة مانديانت الهجوم إلى معهد البحوث الكيميائية في موسكو، وهو مؤسسة حكومية.',
        'ar',
      ),
      'LOCATED_IN معهد البحوث الكيميائية -> Moscow asserted []',
    );
    // A year or a phrase that goes on after the place is no place of the organisation.
    assertNone(relationLines('APT99 hacked the Vantor Institute in 2016.', 'en'), /^LOCATED_IN/);
    assertNone(
      relationLines('APT99 hacked the Vantor Institute in Moscow Oblast offices.', 'en'),
      /^LOCATED_IN/,
    );
  });

  test('a post after the preposition of a recipient is held by no sender, nor by the recipient after it', () => {
    assertNone(relationLines('وصلت برقية من سامي ناصر إلى رئيس بلدية الوادي أمس.', 'ar'), /^LEADS/);
    assertNone(relationLines('وصلت رسالة من مدير دائرة الأوقاف إلى خالد منصور أمس.', 'ar'), /^LEADS/);
    assertNone(relationLines('Jane Holt wrote to the mayor of Bristol.', 'en'), /^LEADS/);
    // The holder named beside the post still holds it.
    assertHas(
      relationLines('Jane Holt, the mayor of Bristol, spoke on Monday.', 'en'),
      'LEADS Jane Holt -> Bristol asserted []',
    );
  });

  test('a body right before "في" and a city of the gazetteer is in that city, whatever follows', () => {
    assertHas(
      relationLines('وصلت رسالة من لجنة الإغاثة الشعبية في نابلس تطلب المساعدة.', 'ar'),
      'LOCATED_IN لجنة الإغاثة الشعبية -> Nablus asserted []',
    );
    // A noun for the kind of place may come first.
    assertHas(
      relationLines('وصلت رسالة من نقابة المهندسين في مدينة جنين تطلب المساعدة.', 'ar'),
      'LOCATED_IN نقابة المهندسين -> Jenin asserted []',
    );
    // A country that goes on is where the body works, not its seat; a person in a city was there.
    assertNone(relationLines('وكانت هيئة الموانئ العامة في مصر من أكثر الجهات تضررا.', 'ar'), /^LOCATED_IN/);
    assertNone(relationLines('والتقى الوزير بالرئيس سمير حداد في نابلس أمس.', 'ar'), /^LOCATED_IN/);
  });

  test('a city followed by its region or state after a comma lies in it; two regions or a list do not', () => {
    const lines = relationLines('The software is sold by Quillon, a company based in Austin, Texas.', 'en');
    assertHas(lines, 'PART_OF Austin -> Texas asserted []');
    assertHas(lines, 'LOCATED_IN Quillon -> Austin asserted []');
    assertNone(relationLines('APT99 hit Bavaria, Texas.', 'en'), /^PART_OF/);
    assertNone(relationLines('APT99 hit banks in Lyon, Bavaria and Texas.', 'en'), /^PART_OF/);
  });

  test("an organisation's possessive on another still makes a part, not a place", () => {
    const lines = relationLines("Google's Threat Analysis Group tracks APT28.", 'en');
    assertHas(lines, 'PART_OF Threat Analysis Group -> Google asserted []');
    assertNone(lines, /^LOCATED_IN/);
  });
});

describe('belonging', () => {
  test('a capitalised name whose possessive stands on a numbered unit is the organisation owning it', () => {
    assertHas(
      relationLines('Quillon’s Unit 42 wrote a blog in May.', 'en'),
      'PART_OF Unit 42 -> Quillon asserted []',
    );
    // A place's possessive places the unit; it owns nothing.
    const placed = relationLines("Russia's Unit 26165 hacked the DNC.", 'en');
    assertHas(placed, 'LOCATED_IN Unit 26165 -> Russia asserted []');
    assertNone(placed, /^PART_OF Unit 26165/);
  });

  test('words describing the body right before them relate that body, never an actor further back', () => {
    const lines = relationLines('اخترقت مجموعة لازاروس بنك الرافدين التابع لوزارة المالية.', 'ar');
    assertHas(lines, 'PART_OF بنك الرافدين -> وزارة المالية asserted []');
    assertNone(lines, /^ATTRIBUTED_TO Lazarus Group/);
    // When the body before them cannot be related, the name further back still may be.
    assertHas(
      relationLines(
        'مجموعة لازاروس، التي يقول مكتب التحقيقات الفيدرالي إنها مرتبطة بكوريا الشمالية، استهدفت سوني بيكتشرز.',
        'ar',
      ),
      'ATTRIBUTED_TO Lazarus Group -> North Korea reported [FBI]',
    );
  });

  test('a compound opening on a head word heads a name as the word alone does', () => {
    assertHas(
      relationLines(
        'The Harbour Cyber Office reports to the Secretariat-General for Maritime Affairs.',
        'en',
      ),
      'PART_OF Harbour Cyber Office -> Secretariat-General for Maritime Affairs asserted []',
    );
  });

  test("an acronym from another language spells its body's name in another order, every letter once", () => {
    const lines = relationLines(
      'The Harbour Cyber Office reports to the Secretariat-General for Maritime Defence and Security (SGDSM). The SGDSM publishes a yearly report.',
      'en',
    );
    assertHas(
      lines,
      'PART_OF Harbour Cyber Office -> Secretariat-General for Maritime Defence and Security asserted []',
    );
    // One letter short or one too many: no long form, so the name stops at "and".
    assertNone(
      relationLines(
        'The Harbour Cyber Office reports to the Secretariat-General for Maritime Defence and Security (SGDSMX).',
        'en',
      ),
      /Defence and Security/,
    );
  });

  test('a kind of consultancy after a demonym places the consultancy named after it', () => {
    assertHas(
      relationLines(
        'A paper by the French information security consultancy KESTREL was published in May.',
        'en',
      ),
      'LOCATED_IN KESTREL -> France asserted []',
    );
  });
});

describe('denials', () => {
  test('a denial in the passive names its denier after "by", "par" or "من قبل", and denies what came before', () => {
    const en = relationLines(
      'Washington accused Iran of the attack on Saudi Aramco. The accusation was rejected by the government of Iran.',
      'en',
    );
    assertHas(en, 'ATTRIBUTED_TO Hack of Saudi Aramco -> Iran reported [Washington]');
    assertHas(en, 'DENIES Government of Iran -> Hack of Saudi Aramco denied [Government of Iran]');
    const fr = relationLines(
      "L'implication d'APT28 dans le piratage de TV5Monde a été démentie par le Kremlin.",
      'fr',
    );
    assertHas(fr, 'DENIES Kremlin -> Hack of TV5Monde denied [Kremlin]');
  });

  test('the accusations denied may be about an incident a phrase refers to, far after its name', () => {
    const lines = relationLines(
      'The leaks, dubbed CopperLeaks, spread within hours. Thousands of messages were online. Few read them. A senator cited the e-mail leak in a hearing. The government of Iran denied all allegations of foreign interference.',
      'en',
    );
    assertHas(lines, 'DENIES Government of Iran -> CopperLeaks denied [Government of Iran]');
  });

  test('a denial with no incident named or referred to nearby denies nothing', () => {
    const lines = relationLines(
      'The leaks, dubbed CopperLeaks, spread within hours. Thousands of messages were online. Few read them. A senator held a hearing. The government of Iran denied all allegations of foreign interference.',
      'en',
    );
    assertNone(lines, /^DENIES/);
  });

  test('what the accused calls the accusations dismisses them, in English and French', () => {
    const en = relationLines(
      'APT28 was behind the hack of TV5Monde. The Kremlin described the accusations as "western hysteria".',
      'en',
    );
    assertHas(en, 'DENIES Kremlin -> Hack of TV5Monde denied [Kremlin]');
    const fr = relationLines(
      'APT28 est à l’origine du piratage de TV5Monde. Le Kremlin considère ces accusations comme une « paranoïa occidentale ».',
      'fr',
    );
    assertHas(fr, 'DENIES Kremlin -> Hack of TV5Monde denied [Kremlin]');
    // Calling a group something is no denial: only the accusations are dismissed so.
    assertNone(
      relationLines(
        'APT28 was behind the hack of TV5Monde. The Kremlin described the group as "hackers".',
        'en',
      ),
      /^DENIES/,
    );
  });

  test('accusations far from any incident are about the last one the text named beside their denier', () => {
    const text = (denier: string) =>
      'The ministry accused Russia of the hack of the Harbour Times. Officials met in May. Talks went on. ' +
      `Nothing was agreed. Finally, ${denier} considers all these accusations as "anti-Western hysteria".`;
    assertHas(relationLines(text('Russia'), 'en'), 'DENIES Russia -> Hack of Harbour Times denied [Russia]');
    // One never named beside the incident denies nothing of it.
    assertNone(relationLines(text('China'), 'en'), /^DENIES/);
    // An incident named beside the denier in a sentence that accuses no one is not what the accusations are about.
    const told = relationLines(
      'The ministry accused Russia of the hack of the Harbour Times. Russia and Estonia discussed the hack of the Quillon Bank. ' +
        'Officials met in May. Talks went on. Nothing was agreed. Finally, Russia considers all these accusations as "hysteria".',
      'en',
    );
    assertHas(told, 'DENIES Russia -> Hack of Harbour Times denied [Russia]');
    assertNone(told, /^DENIES Russia -> Hack of Quillon Bank/u);
  });

  test('a denial in the passive is no claim of whoever is named after another verb', () => {
    const lines = relationLines(
      'APT28 was behind the attack on TV5Monde, Mandiant said. The report was praised by NATO.',
      'en',
    );
    assertHas(lines, 'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported [Mandiant]');
    assertNone(lines, /^DENIES/);
  });
});

describe('employment', () => {
  test('a post between an organisation and a name, or its possessive alone, employs the person', () => {
    const lines = relationLines(
      "Mandiant analyst Jane Ortiz said APT28 was behind the hack of TV5Monde. Kaspersky's senior researcher Ivo Marsh agreed. Google's Shane Huntley did not, and Huntley said so.",
      'en',
    );
    assertHas(lines, 'WORKS_FOR Jane Ortiz -> Mandiant asserted []');
    assertHas(lines, 'WORKS_FOR Ivo Marsh -> Kaspersky asserted []');
    assertHas(lines, 'WORKS_FOR Shane Huntley -> Google asserted []');
    // The employer of the one who speaks is no party to what is said.
    assertNone(lines, /^ATTRIBUTED_TO .* -> Mandiant/);
  });

  test("a head's post between the body and the name leads it; a field before the post or a deputy's works there", () => {
    const lines = relationLines(
      'Quillsoft President Ana Bryce said the network was safe. Quillon Labs Vice President Ivo Marsh agreed, and NSA Cybersecurity Director Lena Kral did not.',
      'en',
    );
    assertHas(lines, 'LEADS Ana Bryce -> Quillsoft asserted []');
    assertHas(lines, 'WORKS_FOR Ivo Marsh -> Quillon Labs asserted []');
    assertHas(lines, 'WORKS_FOR Lena Kral -> NSA asserted []');
    assertNone(lines, /LEADS (?:Ivo Marsh|Lena Kral)/);
  });

  test('the holder of a post speaks past a second apposition describing the body', () => {
    const lines = relationLines(
      'Ivo Marsh, chairman of the Quillon Water Authority, one of the utilities APT99 hit, said the water was safe. Lena Kral, a researcher at Quillsec, a small firm, said APT99 targeted NATO.',
      'en',
    );
    assertHas(lines, 'LEADS Ivo Marsh -> Quillon Water Authority asserted []');
    assertHas(lines, 'WORKS_FOR Lena Kral -> Quillsec asserted []');
    assertHas(lines, 'TARGETED APT99 -> NATO reported [Lena Kral, Quillsec]');
  });

  test('after "of" a head\'s post is part of the body\'s name', () => {
    const text = 'The Office of the Director of Harbour Security said the network was safe.';
    const result = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') });
    assert.ok(result.entities.some((entity) => entity.name === 'Office of the Director of Harbour Security'));
  });

  test('a post in title case parts the employer from the holder, before a comma or a cited name too', () => {
    const lines = relationLines(
      'The Harbour Council Press Secretary, Odile Brenn, took questions. Quillon Labs Threat Analyst [Mara Voss](https://example.org/mv) answered them.',
      'en',
    );
    assertHas(lines, 'WORKS_FOR Odile Brenn -> Harbour Council asserted []');
    assertHas(lines, 'WORKS_FOR Mara Voss -> Quillon Labs asserted []');
    // The post is no part of either name.
    assertNone(lines, /Press|Analyst/);
  });

  test('a capitalised name before a post and its holder is the employer, even unknown; a common word is none', () => {
    assertHas(
      relationLines('Quillsec researcher Jane Ortiz wrote a blog.', 'en'),
      'WORKS_FOR Jane Ortiz -> Quillsec asserted []',
    );
    assertNone(relationLines('Security researcher Jane Ortiz wrote a blog.', 'en'), /^WORKS_FOR/);
  });

  test('a person alone in brackets after an organisation speaks or writes for it', () => {
    assertHas(
      relationLines('Quillon’s Unit 4012 ([Jane Ortiz](https://example.org/jo)) wrote a blog in May.', 'en'),
      'WORKS_FOR Jane Ortiz -> Unit 4012 asserted []',
    );
    assertHas(
      relationLines('Mandiant (Jane Ortiz) wrote a blog.', 'en'),
      'WORKS_FOR Jane Ortiz -> Mandiant asserted []',
    );
    // More than the name in the brackets: no employment.
    assertNone(relationLines('The FSB (Jane Ortiz, its critic) hacked the DNC.', 'en'), /^WORKS_FOR/);
  });

  test('a verb between the organisation and the post relates no one; a head still leads', () => {
    const lines = relationLines(
      "Microsoft told researcher Ivo Marsh nothing. Microsoft's chief executive Satya Nadella spoke.",
      'en',
    );
    assertNone(lines, /^WORKS_FOR Ivo Marsh/);
    assertHas(lines, 'LEADS Satya Nadella -> Microsoft asserted []');
    assertNone(lines, /^WORKS_FOR Satya Nadella/);
  });

  test('a bare possessive before a title-case run the article names once relates no one', () => {
    const lines = relationLines(
      'Read the blog post [Sofacy Group’s Parallel Attacks](https://example.org/p).',
      'en',
    );
    assertNone(lines, /^WORKS_FOR/);
  });
});

describe('impersonation', () => {
  test('an actor posing or masquerading as an organisation impersonates it, in English, French and Arabic', () => {
    assertHas(
      relationLines('In the spring APT35 masqueraded as the BBC to reach journalists.', 'en'),
      'IMPERSONATES Magic Hound -> BBC asserted []',
    );
    assertHas(
      relationLines('Le groupe APT35 se fait passer pour la BBC.', 'fr'),
      'IMPERSONATES Magic Hound -> BBC asserted []',
    );
    assertHas(
      relationLines('وفي الربيع، انتحلت مجموعة APT35 صفة شركة مايكروسوفت.', 'ar'),
      'IMPERSONATES Magic Hound -> Microsoft asserted []',
    );
  });

  test('the passive names the impostor after "by", and an organisation far after the verb is not what is imitated', () => {
    assertNone(relationLines('Microsoft was impersonated by APT35.', 'en'), /^IMPERSONATES Microsoft/);
    assertNone(
      relationLines(
        'The attackers used a domain, bad-example.com, which imitated the name of the firm that ran the network of Microsoft.',
        'en',
      ),
      /^IMPERSONATES .* -> Microsoft/,
    );
  });
});

describe('compounds of place', () => {
  test('"-based" places the organisation it describes, and the place of a compound is no argument of a verb', () => {
    const lines = relationLines(
      'Hackers targeted the Tehran-based company Rana Institute last year. APT28 targeted the Berlin-based think tank.',
      'en',
    );
    assertHas(lines, 'LOCATED_IN Rana Institute -> Tehran asserted []');
    assertNone(lines, /^TARGETED .* -> (?:Tehran|Berlin)/);
    assertHas(
      relationLines('APT28 targeted Berlin and Paris.', 'en'),
      'TARGETED APT28 -> Berlin asserted []',
    );
  });
});

describe('published material', () => {
  test('the stolen material a publisher puts out stands for the incident named last, active or passive', () => {
    assertHas(
      relationLines(
        'The hack of the Liberal Party was found in May. Two weeks later WikiLeaks published the stolen emails.',
        'en',
      ),
      'PUBLISHED WikiLeaks -> Hack of Liberal Party asserted []',
    );
    assertHas(
      relationLines('The DNC hack was revealed in June. The emails were shared by WikiLeaks in July.', 'en'),
      'PUBLISHED WikiLeaks -> Hack of Democratic National Committee asserted []',
    );
    assertHas(
      relationLines(
        "Le piratage d'En Marche a été découvert en mai. Deux semaines plus tard, WikiLeaks a publié les courriels volés.",
        'fr',
      ),
      'PUBLISHED WikiLeaks -> Hack of En Marche! asserted []',
    );
  });

  test("the incident's own victim, set off before the publisher by a comma, published nothing", () => {
    const lines = relationLines('After the hack of the OSCE, WikiLeaks released the emails.', 'en');
    assertHas(lines, 'PUBLISHED WikiLeaks -> Hack of OSCE asserted []');
    assertNone(lines, /^PUBLISHED OSCE/u);
  });

  test('a report about the material, or material with no incident before it, publishes nothing', () => {
    assertNone(
      relationLines(
        'The DNC hack was revealed in June. Microsoft published a report on the documents.',
        'en',
      ),
      /^PUBLISHED/,
    );
    assertNone(relationLines('WikiLeaks published the stolen emails.', 'en'), /^PUBLISHED/);
  });

  test('every publisher of a list put the material out; a speaker listed before a verb of saying did not', () => {
    const passive = relationLines(
      'The hack of the Liberal Party was found in May. The stolen emails were released by APT99, DCLeaks and WikiLeaks.',
      'en',
    );
    for (const publisher of ['APT99', 'DCLeaks', 'WikiLeaks'])
      assertHas(passive, `PUBLISHED ${publisher} -> Hack of Liberal Party asserted []`);
    const active = relationLines(
      'The hack of the Liberal Party was found in May. WikiLeaks and DCLeaks published the stolen emails.',
      'en',
    );
    assertHas(active, 'PUBLISHED WikiLeaks -> Hack of Liberal Party asserted []');
    assertHas(active, 'PUBLISHED DCLeaks -> Hack of Liberal Party asserted []');
    assertHas(
      relationLines(
        'The hack of the Liberal Party was found in May. The documents were released through WikiLeaks.',
        'en',
      ),
      'PUBLISHED WikiLeaks -> Hack of Liberal Party asserted []',
    );
    const said = relationLines(
      'The hack of the Liberal Party was found in May. Mandiant and Google said DCLeaks published the stolen emails.',
      'en',
    );
    assertNone(said, /^PUBLISHED (?:Mandiant|Google)/);
  });
});

describe('listed members', () => {
  test("people listed after a noun for a group's people are its members, at once or after the noun repeated", () => {
    const lines = relationLines(
      'A court charged four alleged APT99 officers on Monday. The officers, Ivo Marsh (Иво Марш), Lena Kral and Odile Brenn, were not arrested. Two APT77 members, Tomas Riel and Petra Vosk, fled.',
      'en',
    );
    assertHas(lines, 'MEMBER_OF Ivo Marsh -> APT99 suspected []');
    assertHas(lines, 'MEMBER_OF Lena Kral -> APT99 suspected []');
    assertHas(lines, 'MEMBER_OF Odile Brenn -> APT99 suspected []');
    assertHas(lines, 'MEMBER_OF Tomas Riel -> APT77 asserted []');
    assertHas(lines, 'MEMBER_OF Petra Vosk -> APT77 asserted []');
  });

  test('a list that is not in apposition to the noun, or that another kind of name interrupts, names no member', () => {
    const lines = relationLines(
      'A court charged four APT99 officers on Monday. Ivo Marsh and Lena Kral led the inquiry. APT77 hackers, Microsoft and Petra Vosk said, were active.',
      'en',
    );
    assertNone(lines, /^MEMBER_OF/);
  });

  test('a unit the text says is an actor is that actor wherever it is named again', () => {
    const text =
      'APT99 also known as Unit 12345, is a unit of the GRU. In 2020 a court charged two Unit 12345 officers. The officers, Ivo Marsh and Lena Kral, were not arrested.';
    const { entities } = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') });
    const units = entities.filter((entity) => [entity.name, ...entity.aliases].includes('Unit 12345'));
    assert.deepEqual(
      units.map((entity) => entity.type),
      ['ThreatActor'],
    );
    assert.ok(units[0]?.aliases.includes('APT99') || units[0]?.name === 'APT99');
    // The court's charge names the officers: their membership is its claim, by no one named.
    assertHas(relationLines(text, 'en'), `MEMBER_OF Ivo Marsh -> ${units[0]?.name} reported []`);
  });
});

describe('leadership under a person', () => {
  test('a body right before "under" is led by the person right after it, in the article\'s own words', () => {
    const lines = relationLines(
      'The leaks drew accusations that the government of Iran under Hassan Rouhani was responsible.',
      'en',
    );
    assertHas(lines, 'LEADS Hassan Rouhani -> Government of Iran asserted []');
  });

  test('"under" between a verb and a person, or a person\'s orders, leads nothing', () => {
    const lines = relationLines(
      "Many officers of the FSB served under Ivo Marsh. The hack was carried out under Vladimir Putin's orders. The FSB has grown under Ivo Marsh.",
      'en',
    );
    assertNone(lines, /^LEADS/);
  });
});

describe('pronouns for the organisation an article defines', () => {
  test('"It" after a lead defining an organisation stands for it, sentence after sentence', () => {
    const lines = relationLines(
      'The Federal Cyber Office (FCO) is the security agency of Austria. It is headquartered in Vienna. It has been part of the Ministry of Interior since 2010.',
      'en',
    );
    assertHas(lines, 'LOCATED_IN Federal Cyber Office -> Vienna asserted []');
    assertHas(lines, 'PART_OF Federal Cyber Office -> Ministry of Interior asserted []');
  });

  test('another organisation opening the sentence before, or a lead that defines none, leaves "It" unresolved', () => {
    const other = relationLines(
      'The Federal Cyber Office (FCO) is the security agency of Austria. The Quillon Agency (QA) works beside the FCO. It is headquartered in Graz.',
      'en',
    );
    assertNone(other, /^LOCATED_IN .* -> Graz/);
    const news = relationLines(
      'On Monday the Federal Cyber Office warned banks. It is headquartered in Vienna.',
      'en',
    );
    assertNone(news, /^LOCATED_IN/);
  });
});

describe('a head noun from the definition of an organisation', () => {
  test('"the agency" stands for the organisation the text defines as one', () => {
    const lines = relationLines(
      'The Federal Cyber Office (FCO) is the principal security agency of Austria. The agency is based in Vienna.',
      'en',
    );
    assertHas(lines, 'LOCATED_IN Federal Cyber Office -> Vienna asserted []');
  });

  test('a head noun only in the complement of the definition, or in none, stands for nothing', () => {
    const lines = relationLines(
      'The Federal Cyber Office is a bureau that works with the agency of Norway. The agency is based in Vienna. Quillon Labs is a company. The agency is based in Graz.',
      'en',
    );
    assertNone(lines, /^LOCATED_IN/);
  });
});

describe('parts named in apposition', () => {
  test("a team in apposition, after its owner's possessive, is part of the owner; a possessive alone is no part", () => {
    assertHas(
      relationLines("Quillon Labs, Brightwave Systems' research team, found the malware.", 'en'),
      'PART_OF Quillon Labs -> Brightwave Systems asserted []',
    );
    assertNone(
      relationLines("APT28 hit Quillon Labs, Brightwave Systems' rival, last year.", 'en'),
      /^PART_OF/,
    );
  });
});

describe('employers of speakers', () => {
  test('a post or a possessive before a speaker makes its organisation a claimant with the speaker', () => {
    assertHas(
      relationLines('Dragos researcher Joe Slowik said that APT28 used Zebrocy.', 'en'),
      'USES APT28 -> Zebrocy reported [Dragos, Joe Slowik]',
    );
    assertHas(
      relationLines(
        "Dragos's Joe Slowik said that APT28 used Zebrocy. Slowik has tracked the group for years.",
        'en',
      ),
      'USES APT28 -> Zebrocy reported [Dragos, Joe Slowik]',
    );
  });
});

describe('short forms of companies', () => {
  test("a company's name without its closing head word is that company, when one company is so named", () => {
    assertHas(
      relationLines(
        'Quillon Systems published a report. Quillon researchers said that APT28 used Zebrocy.',
        'en',
      ),
      'USES APT28 -> Zebrocy reported [Quillon Systems]',
    );
    // Two companies share the short form: it joins neither.
    assertHas(
      relationLines(
        'Quillon Systems and Quillon Networks published reports. Quillon researchers said that APT28 used Zebrocy.',
        'en',
      ),
      'USES APT28 -> Zebrocy reported [Quillon]',
    );
  });
});

describe('works cited', () => {
  test('a title cited under a heading of references places nothing; the report goes on after the next heading', () => {
    const lines = relationLines(
      "APT99 hacked the Kestrel Office in 2020.\n**References:**\n[1] Harlow Press. (2019).\nNorway's Kestrel Office: a profile.\n**Indicators of Compromise**\nAPT99 used kestrel-login[.]com in the attacks.",
      'en',
    );
    assertNone(lines, /^LOCATED_IN/);
    assertHas(lines, 'USES APT99 -> kestrel-login.com asserted []');
    // Without the heading, the same line places the office.
    assertHas(
      relationLines("APT99 hacked the Kestrel Office in 2020. Norway's Kestrel Office was hit.", 'en'),
      'LOCATED_IN Kestrel Office -> Norway asserted []',
    );
  });
});
