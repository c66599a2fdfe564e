import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findArabicCueNames } from './names-arabic.ts';
import { findLatinNames } from './names-latin.ts';
import { acronymsOfTerms, findAcronymLinks, writtenInPlural } from './acronyms.ts';
import type { Sentence } from '../types.ts';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

function oneSentence(text: string, lang: Sentence['lang']): Sentence[] {
  return [{ start: 0, end: text.length, text, lang }];
}

function latin(text: string) {
  return findLatinNames(text, oneSentence(text, 'fr')).candidates.map((c) => `${c.type}:${c.surface}`);
}

describe('Latin names', () => {
  test('a title or a role in apposition makes a person', () => {
    assert.deepEqual(latin('Hier, le ministre Julien Moreau a parlé.'), ['Person:Julien Moreau']);
    assert.deepEqual(latin('Hier, Nadia Benali, chercheuse chez nous, a parlé.'), ['Person:Nadia Benali']);
  });

  test('an initial and a surname make a person, a given name and a surname too, even first', () => {
    assert.deepEqual(latin('Le prix revient à Tornade, montée par J. Kerbellec.'), ['Person:J. Kerbellec']);
    assert.deepEqual(latin('Yvonne Kerjean, rue du Port.'), [
      'Person:Yvonne Kerjean',
      'Location:rue du Port',
    ]);
  });

  test('a function word written with its elision is no place of a dateline', () => {
    assert.deepEqual(latin("Aujourd'hui, 12 mai, la foire ouvre ses portes."), []);
    assert.deepEqual(latin('Quimperlé, 12 mai. La foire ouvre ses portes.'), ['Location:Quimperlé']);
  });

  test('a possessive ending is never part of a name', () => {
    assert.deepEqual(
      latin("Owen Pratt's lawyers met Mira Sand’s team, and Mira Sand, who heads the unit, spoke.").sort(),
      ['Person:Mira Sand', 'Person:Mira Sand'],
    );
    const found = findLatinNames(
      "Reporters read Nadia Benali's emails at Orion Labs's offices.",
      oneSentence("Reporters read Nadia Benali's emails at Orion Labs's offices.", 'en'),
    );
    const surfaces = [...found.candidates.map((c) => c.surface), ...found.tentative.map((t) => t.surface)];
    assert.ok(surfaces.length > 0);
    assert.ok(
      surfaces.every((surface) => !/['’]s$/u.test(surface)),
      surfaces.join(' ; '),
    );
  });

  test('a relative clause saying what the person heads or founded makes a person', () => {
    assert.deepEqual(latin('Hier, Lucie Marchal, qui dirigeait alors le service, a parlé.'), [
      'Person:Lucie Marchal',
    ]);
    assert.deepEqual(latin('Owen Pratt, who heads the unit, spoke on Monday.'), ['Person:Owen Pratt']);
    assert.deepEqual(latin('Yesterday Mira Sand, who co-founded the lab, resigned.'), ['Person:Mira Sand']);
  });

  test('an organisation word, a suffix or a head word makes an organisation', () => {
    assert.deepEqual(latin('Un rapport de la société Quarkwell publié hier.'), ['Organization:Quarkwell']);
    // The legal form is no part of the name, but the mention spans it (and a second one after it).
    const suffixed =
      'Hier, Brightline Inc. a publié un rapport, et Gravel Co., Ltd., une société coréenne, aussi.';
    assert.deepEqual(
      findLatinNames(suffixed, oneSentence(suffixed, 'fr')).candidates.map(
        (c) => `${c.type}:${c.name}:${c.surface}`,
      ),
      ['Organization:Brightline:Brightline Inc.', 'Organization:Gravel:Gravel Co., Ltd.'],
    );
    // A legal form that is no abbreviation takes no dot: it ends the sentence.
    const closing = 'The report was written for Quarkwell GmbH. It was published in May.';
    assert.deepEqual(
      findLatinNames(closing, splitSentences(closing, 'en')).candidates.map((c) => `${c.name}:${c.surface}`),
      ['Quarkwell:Quarkwell GmbH'],
    );
    assert.deepEqual(latin("Hier, la Commission nationale de l'informatique a appelé au calme."), [
      "Organization:Commission nationale de l'informatique",
    ]);
  });

  test('a name right after "de" is the complement of an organisation word, not its name', () => {
    // "la chaîne de supermarchés X": "de" inside the description, the name after it is the chain's.
    assert.deepEqual(latin('En mai, la chaîne de supermarchés Kerprix a fermé.'), ['Organization:Kerprix']);
    // "la société hippique de X": the society belongs to the place; the place is not its name.
    assert.ok(
      !latin('Le vœu de la société hippique de Kerlouan a été entendu.').includes('Organization:Kerlouan'),
    );
    assert.ok(!latin("Il a étudié à l'université de Kerlouan.").includes('Organization:Kerlouan'));
  });

  test('a present participle before "que" is the verb of a clause, no part of the name before it', () => {
    assert.deepEqual(
      latin('Hier, le département du Commerce estimant que la panne était finie, tout a repris.'),
      ['Organization:département du Commerce'],
    );
    assert.deepEqual(latin('Hier, la Commission nationale que préside M. Kerbrat a siégé.'), [
      'Organization:Commission nationale',
      'Person:Kerbrat',
    ]);
  });

  test('a quoted name after "le groupe" is a threat actor; designations like APT 41 too', () => {
    assert.deepEqual(latin('Hier, le groupe "Velvet Ant" a frappé.'), ['ThreatActor:Velvet Ant']);
    assert.ok(latin('Les traces mènent à APT 41 selon eux.').includes('ThreatActor:APT 41'));
  });

  test('a person named with their organisation ends before "of"/"de"; particle surnames stay whole', () => {
    assert.deepEqual(latin('On Tuesday Lena Ortiz of Quarkwell said the patch was late.'), [
      'Person:Lena Ortiz',
    ]);
    assert.deepEqual(latin('Hier, Claire Vautrin de Quarkwell a déclaré forfait.'), [
      'Person:Claire Vautrin',
    ]);
    assert.deepEqual(latin('Hier, le ministre Charles de Gaulle a parlé.'), ['Person:Charles de Gaulle']);
  });

  test('middle initials stay inside a name; ", who" after a name makes a person', () => {
    assert.deepEqual(latin('The memo was signed by Harold T. Quinn last week.'), ['Person:Harold T. Quinn']);
    assert.deepEqual(latin('Tamsin Rook, who became director of the agency in May, resigned.'), [
      'Person:Tamsin Rook',
    ]);
  });

  test('an employer after a verb of working, or an organisation word in apposition, makes an organisation', () => {
    assert.deepEqual(latin('She worked for Lintra Expo, a front company of the regime.'), [
      'Organization:Lintra Expo',
    ]);
    assert.deepEqual(latin('Il travaillait pour Norvane Digital depuis 2019.'), [
      'Organization:Norvane Digital',
    ]);
    assert.deepEqual(latin('Hier, Brevik Holz, une filiale du groupe, a fermé.'), [
      'Organization:Brevik Holz',
    ]);
    assert.deepEqual(latin('Data was stolen from the insurer Brightmoor last year.'), [
      'Organization:Brightmoor',
    ]);
    assert.deepEqual(latin('Hier, le transporteur Alvero a été touché.'), ['Organization:Alvero']);
    // A demonym of one or two capitalised words may open the apposition.
    const gravel = (text: string) => latin(text).filter((found) => found.endsWith('Gravel Tech'));
    assert.deepEqual(gravel('APT99 targeted Gravel Tech, a South Korean game company.'), [
      'Organization:Gravel Tech',
    ]);
    assert.deepEqual(gravel('APT99 targeted Gravel Tech, a South Korean game developer.'), [
      'Person:Gravel Tech',
    ]);
  });

  test('an actor named by its code or a known name takes no "of the ..." after it', () => {
    const surfaces = (text: string, known: readonly { start: number; end: number }[] = []) =>
      findLatinNames(text, oneSentence(text, 'en'), known).candidates.map((c) => c.surface);
    assert.deepEqual(surfaces('Investigators once suspected APT99 of the Quillon Bank hack.'), [
      'Quillon Bank',
      'APT99',
    ]);
    const known = 'Investigators once suspected Ravenfox of the Quillon Bank hack.';
    const ravenfox = { start: known.indexOf('Ravenfox'), end: known.indexOf('Ravenfox') + 'Ravenfox'.length };
    assert.ok(!surfaces(known, [ravenfox]).some((surface) => surface.includes(' of ')));
    assert.ok(surfaces(known).some((surface) => surface.includes(' of ')));
    // A body's name keeps its "of": nothing known ends before it.
    assert.deepEqual(surfaces('The Bank of the North was hit.'), ['Bank of the North']);
  });

  test('a group a place is tied to by a compound names an actor with a word of naming; a bare group does not', () => {
    const typed = (text: string) =>
      findLatinNames(text, oneSentence(text, 'en')).candidates.map((c) => `${c.type}:${c.surface}`);
    assert.deepEqual(typed('A Russia-linked group known as Quillbear hit ministries.'), [
      'ThreatActor:Quillbear',
    ]);
    assert.deepEqual(typed('The Iran-backed gang, dubbed Ashfox, hit banks.'), ['ThreatActor:Ashfox']);
    assert.deepEqual(typed('Members of a group known as Quillbear met in May.'), []);
  });

  test('a word for malware and a word of naming before a name make it malware', () => {
    const typed = (text: string, lang: 'en' | 'fr' = 'en') =>
      findLatinNames(text, oneSentence(text, lang)).candidates.map((c) => `${c.type}:${c.surface}`);
    assert.deepEqual(typed('The group used a wiper known as Grimwipe.'), ['Malware:Grimwipe']);
    // A tool is malware only as what an attacker uses, named so.
    assert.deepEqual(typed('The group used a custom tool dubbed Grimwipe.'), ['Malware:Grimwipe']);
    assert.deepEqual(typed('Quillsoft released a tool called Grimwipe.'), []);
    assert.deepEqual(typed('The group used a tool Quillsoft built.'), []);
    assert.deepEqual(typed('Le groupe a utilisé un rançongiciel connu sous le nom de Grimwipe.', 'fr'), [
      'Malware:Grimwipe',
    ]);
  });

  test('the body after a post and "of" is an organisation, with the number ending its name', () => {
    const typed = (text: string) =>
      findLatinNames(text, oneSentence(text, 'en')).candidates.map((c) => `${c.type}:${c.surface}`);
    assert.ok(
      typed('Ana Bryce, the chief executive of Quillmark Health, said so.').includes(
        'Organization:Quillmark Health',
      ),
    );
    assert.ok(typed('Ana Bryce, CEO of Quillsec 365, said so.').includes('Organization:Quillsec 365'));
  });

  test('a one-word name a verb of attack lists is an organisation, unless it qualifies a noun', () => {
    const english = (text: string) =>
      findLatinNames(text, oneSentence(text, 'en')).candidates.map((c) => `${c.type}:${c.surface}`);
    assert.deepEqual(english('In 2019 it compromised Valtrix (2014), Norbela and Ostrad.'), [
      'Organization:Valtrix',
      'Organization:Norbela',
      'Organization:Ostrad',
    ]);
    assert.deepEqual(english('In 2019 it compromised Exchange servers and breached Outlook accounts.'), []);
    assert.deepEqual(english('The gang has also hit Valtrix and Norbela.'), [
      'Organization:Valtrix',
      'Organization:Norbela',
    ]);
    // An acronym in the plural is a kind of thing.
    assert.deepEqual(english('The gang attacked ATMs for cash.'), []);
  });

  test('a one-word name a verb of imitation names is a brand, an organisation; a given name or a modifier is not', () => {
    const english = (text: string) =>
      findLatinNames(text, oneSentence(text, 'en')).candidates.map((c) => `${c.type}:${c.surface}`);
    assert.deepEqual(english('As we can see, the subdomain in this host spoofs Quillbank.'), [
      'Organization:Quillbank',
    ]);
    assert.deepEqual(english('The page was crafted mainly by imitating Quillbank in May.'), [
      'Organization:Quillbank',
    ]);
    assert.deepEqual(english('As we can see, the page spoofs Quillbank login screens.'), []);
  });

  test('"and" joins a second remit to a ministry, never another name to it', () => {
    const english = (text: string) =>
      findLatinNames(text, oneSentence(text, 'en')).candidates.map((c) => `${c.type}:${c.surface}`);
    assert.deepEqual(english('Talks with the Ministry of Energy and Mines of Norland went on.'), [
      'Organization:Ministry of Energy and Mines of Norland',
    ]);
    assert.deepEqual(english('A note of the Ministry of Foreign Affairs and Trade on trade.'), [
      'Organization:Ministry of Foreign Affairs and Trade',
    ]);
    assert.deepEqual(english('A note from the Department of Justice and Contoso on justice.'), [
      'Organization:Department of Justice',
    ]);
  });

  test('"and" between two qualifiers stays inside a body whose head closes the name, never between two names', () => {
    const english = (text: string) =>
      findLatinNames(text, oneSentence(text, 'en')).candidates.map((c) => `${c.type}:${c.surface}`);
    assert.deepEqual(english("Norland's Trade and Colonial Office has said so."), [
      'Organization:Trade and Colonial Office',
    ]);
    assert.deepEqual(english('A letter came from the Fisheries and Harbours Department today.'), [
      'Organization:Fisheries and Harbours Department',
    ]);
    assert.ok(
      !english('Files from Contoso Docs and Fabrikam Office were opened.').some((name) =>
        name.includes(' and '),
      ),
    );
    assert.ok(!english('Both Contoso and Fabrikam said so.').some((name) => name.includes(' and ')));
  });

  test('a sea or a region named after a country is a place of its own, not the country', () => {
    const { entities } = extractWithRules({
      text: 'A tanker sank in the Gulf of Oman. Oman sent two boats.',
      lang: 'en',
      sentences: splitSentences('A tanker sank in the Gulf of Oman. Oman sent two boats.', 'en'),
    });
    const places = entities.map((entity) => `${entity.type}:${entity.name}:${entity.mentions.length}`).sort();
    assert.deepEqual(places, ['Location:Gulf of Oman:1', 'Location:Oman:1']);
  });

  test('a country before an office is part of its name; a given name after the office opens a person', () => {
    const lines = (text: string) => {
      const result = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') });
      return result.entities.map((entity) => `${entity.type}:${entity.name}`);
    };
    const office = lines('In 2021, a report by the Freedonia Special Counsel named the group.');
    assert.ok(office.includes('Organization:Freedonia Special Counsel'), office.join('\n'));
    const holder = lines('Special Counsel Sarah Okafor said the group was paid by the state.');
    assert.ok(holder.includes('Person:Sarah Okafor'), holder.join('\n'));
    assert.ok(!holder.some((name) => name.includes('Counsel Sarah')), holder.join('\n'));
  });

  test('a CamelCase word a verb installs or runs, or one after a word for malware, is malware; a file is not', () => {
    const english = (text: string) =>
      findLatinNames(text, oneSentence(text, 'en')).candidates.map((c) => `${c.type}:${c.surface}`);
    assert.deepEqual(english('The loader then tried to download BlueKettle on the server.'), [
      'Malware:BlueKettle',
    ]);
    assert.deepEqual(english('Its operators relied on the Quillpad downloader.'), ['Malware:Quillpad']);
    assert.deepEqual(english('The victim was asked to execute FormViewer.exe from a mail.'), []);
    assert.deepEqual(english('The group used LinkedIn to reach engineers.'), []);
    assert.deepEqual(english('It ran post-exploitation tools such as Quillpad and Red Heron.'), [
      'Malware:Quillpad',
      'Malware:Red Heron',
    ]);
    assert.deepEqual(english('Staff used tools such as Excel and Outlook.'), []);
  });

  test('an acronym qualifying a technical noun is no organisation', () => {
    assert.deepEqual(latin('The worm abused the SMB file-sharing protocol and the SHA-256 hash leaked.'), []);
    assert.deepEqual(latin('A tool built by the NSA leaked.'), ['Organization:NSA']);
  });

  test('a line of business after an abstract noun is a field, not a firm', () => {
    assert.deepEqual(latin('She wants a post in Payment Systems at a large bank.'), []);
    assert.deepEqual(latin('She wants a post at Quillpay Systems in the capital.'), [
      'Organization:Quillpay Systems',
    ]);
  });

  test('an acronym qualifying a route or an initiative is no organisation', () => {
    assert.deepEqual(latin('Pirates now threaten the GTC route and the BRI corridor.'), []);
    assert.deepEqual(latin('Pirates now threaten the GTC and its ships.'), ['Organization:GTC']);
  });

  test('a name after "à" is a place, unless a given name or the recipient of a verb', () => {
    assert.deepEqual(latin('Il a donné hier des conférences à Kerlouan et à Plouider.'), [
      'Location:Kerlouan',
      'Location:Plouider',
    ]);
    assert.deepEqual(latin('La médaille fut remise à Kerlouan, puis la parole à Mathieu.'), []);
  });

  test('a name after a noun for a locality and "de", or after "en" or "près", is a place', () => {
    assert.deepEqual(latin('Un incendie a détruit une grange au village de la Kerbizien, en Plouzévet.'), [
      'Location:Kerbizien',
      'Location:Plouzévet',
    ]);
    assert.deepEqual(latin('Le maire de Lanvoré a reçu le curé de Tréguennec, près Landévic.'), [
      'Location:Lanvoré',
      'Location:Tréguennec',
      'Location:Landévic',
    ]);
    assert.deepEqual(latin('The mayor of Eastbridge opened the port of Kelmouth.'), [
      'Location:Eastbridge',
      'Location:Kelmouth',
    ]);
    // A head word still makes an organisation, and "en" before a common word in title case is none.
    assert.deepEqual(latin('Il fut reçu en Conseil des ministres.'), ['Organization:Conseil des ministres']);
  });

  test('a ship after a noun for a ship, and the ship and master of a port-column entry', () => {
    assert.deepEqual(latin('Hier, le trois-mâts Belle-Isle a sombré.'), ['Organization:Belle-Isle']);
    assert.deepEqual(latin('Brest, 12. Arrivé Jeune-Hortense, c. Kerbrat, ven. de Swansea.'), [
      'Organization:Jeune-Hortense',
      'Person:Kerbrat',
    ]);
  });

  test('a ship next to the date of a port-column entry, its route to a port after them', () => {
    assert.ok(
      latin('Arrivés : le 22, Belle-Hélène, de Saint-Nazaire à Alger.').includes('Organization:Belle-Hélène'),
    );
    // A name of a region names the ship there.
    assert.ok(latin('Paquebots. Bretagne, le 21, allant à La Plata.').includes('Organization:Bretagne'));
    // No route to a port: a date in prose, not an entry.
    assert.ok(
      !latin('Le cortège est parti le 22, Gaston Morel, de bonne humeur, en tête.').some((name) =>
        name.startsWith('Organization'),
      ),
    );
  });

  test('sentence-initial function words and lone capitalised words give no name', () => {
    assert.deepEqual(latin('Selon les enquêteurs, rien ne prouve cela.'), []);
    const { candidates, tentative } = findLatinNames(
      'Hier, Dupont a parlé.',
      oneSentence('Hier, Dupont a parlé.', 'fr'),
    );
    assert.deepEqual(candidates, []);
    assert.deepEqual(
      tentative.map((name) => name.surface),
      ['Dupont'],
    );
  });
});

describe('generic phrases in title case are not people', () => {
  const people = (text: string) =>
    findLatinNames(text, splitSentences(text, 'en'))
      .candidates.filter((candidate) => candidate.type === 'Person')
      .map((candidate) => candidate.surface);

  test('headings, whatever their markup, name no one', () => {
    assert.deepEqual(people('### Key Findings\nThe team saw new tools.'), []);
    assert.deepEqual(people('Quiet Harbour Campaign\n===\nThe team saw new tools.'), []);
    assert.deepEqual(people('**Related Infrastructure**\nThe team saw new domains.'), []);
  });

  test('words the document writes in lower case, or abstract nouns, are common words in title case', () => {
    assert.deepEqual(
      people('Our analysts said that Threat Research found the threat in research done last year.'),
      [],
    );
    assert.deepEqual(people('The group relied on Privilege Escalation and on Defense Evasion.'), []);
    // Both words of the name are also in the address in lower case, but an address is no prose.
    assert.deepEqual(
      people('The spokesman, Josh Brennan, [spoke](https://example.org/briefing-josh-brennan) today.'),
      ['Josh Brennan'],
    );
  });

  test('an institution named after its lower-case head is named whole; a head word alone names nothing', () => {
    assert.deepEqual(latin("Hier, le ministère des Affaires étrangères a convoqué l'ambassadeur."), [
      'Organization:ministère des Affaires étrangères',
    ]);
    assert.deepEqual(latin("Hier, le ministère de l'Intérieur a démenti."), [
      "Organization:ministère de l'Intérieur",
    ]);
    assert.deepEqual(latin('Le ministère de la Santé a débloqué des fonds en mars.'), [
      'Organization:ministère de la Santé',
    ]);
    assert.deepEqual(latin("L'hôpital de Cannes et le parquet de Paris ont porté plainte."), [
      'Organization:hôpital de Cannes',
      'Organization:parquet de Paris',
    ]);
    assert.deepEqual(latin('La somme est jugée insuffisante par la Fédération hospitalière de France.'), [
      'Organization:Fédération hospitalière de France',
    ]);
    assert.deepEqual(latin("Des domaines imitent ceux de l'agence et du Tribunal arbitral."), [
      'Organization:Tribunal arbitral',
    ]);
    assert.deepEqual(latin('Later, the Service said it had found the leak.'), []);
    assert.deepEqual(latin('Hier, le Sénat a voté la loi.'), ['Organization:Sénat']);
  });

  test('a post named by its title, and a designation followed by a number, are no person', () => {
    assert.deepEqual(people('The agency reports to the Prime Minister directly.'), []);
    assert.deepEqual(people('She was named Chief Engineer of the service.'), []);
    assert.deepEqual(people('The report names Advanced Persistent Threat 28 and others.'), []);
  });
});

describe('Arabic names after cues', () => {
  const arabic = (text: string) =>
    findArabicCueNames(text, oneSentence(text, 'ar')).map((c) => `${c.type}:${c.surface}`);

  test('a quoted name after "مجموعة تسمى" is a threat actor', () => {
    assert.deepEqual(arabic('اتهمت مجموعة تسمى "الدب الرمادي" بالهجوم.'), ['ThreatActor:الدب الرمادي']);
  });

  test('Latin words inside Arabic text after a cue are the name', () => {
    assert.deepEqual(arabic('نشرت الوثائق عبر حساب يسمى DARKLEAKS على موقع Ghostbin أمس.'), [
      'Account:DARKLEAKS',
      'Organization:Ghostbin',
    ]);
  });

  test('a Latin name ending the sentence leaves its full stop; a dot inside a name stays', () => {
    assert.deepEqual(arabic('ونسب الباحثون الحملة إلى مجموعة تسمى Storm Rider. وقالوا إنها نشطة.'), [
      'ThreatActor:Storm Rider',
    ]);
    assert.deepEqual(arabic('ونشرت الملفات عبر موقع Ghostbin.co أمس.'), ['Organization:Ghostbin.co']);
  });

  test('descriptive words with the article are skipped before a person name', () => {
    assert.deepEqual(arabic('قال الرئيس الفرنسي السابق فرانسوا هولاند إن الهجوم خطير.'), [
      'Person:فرانسوا هولاند',
    ]);
  });

  test('time adverbs after a title are skipped; lineage words chain a long name', () => {
    assert.deepEqual(arabic('وانتقد وزير الخارجية آنذاك جون كيري القرار.'), ['Person:جون كيري']);
    assert.deepEqual(arabic('واستقبل الشيخ محمد بن راشد آل مكتوم الوفد أمس.'), [
      'Person:محمد بن راشد آل مكتوم',
    ]);
  });

  test('a third word heading a phrase with the article is not a name; a nisba family name is', () => {
    assert.deepEqual(arabic('وقد رصد الباحث جيمس ميلر تسريب البيانات مبكرا.'), ['Person:جيمس ميلر']);
    assert.deepEqual(arabic('واعتقلت السلطات الصحفي التونسي سامي الحمامي الأسبوع الماضي.'), [
      'Person:سامي الحمامي',
    ]);
    assert.deepEqual(arabic('وصل الرئيس نيكولا الفرنسي أمس.'), ['Person:نيكولا']);
  });

  test('a speaker named before the comma of a role apposition; unnamed sources are not names', () => {
    assert.deepEqual(arabic('وقال كريم حداد، مدير الأمن في الشركة، إن الخلل أصلح.'), ['Person:كريم حداد']);
    assert.deepEqual(arabic('وقال مسؤول أمريكي، طلب عدم ذكر اسمه، إن التحقيق مستمر.'), []);
  });

  test('a quoted name after a verb of naming; a generic "برمجية خبيثة" names nothing by itself', () => {
    assert.deepEqual(arabic('واستخدموا برمجية خبيثة تُعرف باسم "الذئب الأزرق" في الهجوم.'), [
      'Malware:الذئب الأزرق',
    ]);
    assert.deepEqual(arabic('واستخدموا برمجية خبيثة عُدلت لاحقا.'), []);
  });

  test('a verb stating a relation after the cue, or a department noun after a title, is no name', () => {
    assert.deepEqual(arabic('وقالت الشركة إن مجموعة قرصنة تعمل لصالح الاستخبارات اخترقت الشبكة.'), []);
    assert.deepEqual(arabic('واكتشف الباحثون برمجية تستهدف الهواتف.'), []);
    assert.deepEqual(arabic('وقال رئيس قسم الأبحاث في الشركة إن الخلل أصلح.'), []);
  });

  test('a cue glued to a preposition still works, a bare "مجموعة" needs a quoted or Latin name', () => {
    assert.deepEqual(arabic('وفقا لشركة كاسبرسكي فإن الهجوم واسع.'), ['Organization:كاسبرسكي']);
    assert.deepEqual(arabic('هاجمت مجموعة من القراصنة الموقع.'), []);
  });
});

describe('acronyms', () => {
  test('an acronym in brackets joins its long form, even with one letter no word gives', () => {
    const text = 'La Commission nationale de contrôle de la campagne électorale (CNCCEP) a réagi.';
    const [link] = findAcronymLinks(text);
    assert.equal(link?.longForm.surface, 'Commission nationale de contrôle de la campagne électorale');
    assert.equal(link?.acronym.surface, 'CNCCEP');
  });

  test('a long form in lower case names a body when it opens on a head noun of bodies', () => {
    const [link] = findAcronymLinks(
      "L'office est rattaché au secrétariat général de la mer et des ports (SGMP).",
    );
    assert.equal(link?.longForm.surface, 'secrétariat général de la mer et des ports');
    assert.equal(link?.acronym.surface, 'SGMP');
    // A term in lower case stays a term: its first word heads no body.
    assert.deepEqual(findAcronymLinks('Les attaques par déni de service distribué (DDSD) ont cessé.'), []);
  });

  test('brackets that do not spell the words before them are no acronym', () => {
    assert.deepEqual(findAcronymLinks('Le rapport publié hier (PDF) est long.'), []);
  });

  test('a spelled-out term is no organisation, in brackets or after an article elsewhere', () => {
    const text =
      'The Silk Corridor Plan (SCP) worried the National Cyber Agency (NCA). Analysts watched the SCP closely.';
    assert.deepEqual(
      findAcronymLinks(text).map((link) => link.acronym.surface),
      ['NCA'],
    );
    assert.deepEqual(
      findLatinNames(text, splitSentences(text, 'en')).candidates.filter(
        (candidate) => candidate.surface === 'SCP',
      ),
      [],
    );
  });

  test('a term spelled out after its acronym, or in lower case, is no organisation either', () => {
    const text =
      'Ports along the SCP (Silk Corridor Plan) grew. The SCP route is long. ' +
      'We share the indicators of compromise (IOC) with the CERT. The IOC list grows.';
    assert.deepEqual(acronymsOfTerms(text), new Set(['SCP', 'IOC']));
    const typed = findLatinNames(text, splitSentences(text, 'en')).candidates.map((c) => c.surface);
    assert.ok(!typed.includes('SCP') && !typed.includes('IOC'), typed.join(', '));
    // A gazetteer body that shares the letters (the Olympic committee) is not meant either.
    const entities = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') }).entities;
    assert.deepEqual(
      entities.filter((entity) => entity.mentions.some((mention) => mention.surface === 'IOC')),
      [],
    );
  });

  test('in a list of tools, a codename in capitals is an attack tool, a program in title case no name', () => {
    const found = (text: string) =>
      findLatinNames(text, splitSentences(text, 'en')).candidates.map((c) => `${c.type}:${c.surface}`);
    assert.deepEqual(found('The actor runs command line tools, like net.exe or GRIMSHELL, on hosts.'), [
      'Malware:GRIMSHELL',
    ]);
    assert.deepEqual(found('The actor relies on custom brute force tools as TOWELRACK.'), [
      'Malware:TOWELRACK',
    ]);
    assert.deepEqual(found('The actor relies on tools such as Quill Credential Viewer.'), []);
    // An acronym in capitals is no codename.
    assert.deepEqual(found('The actor relies on tools such as FTP and SSH clients.'), []);
  });

  test('an acronym in the plural names its term in the singular too', () => {
    const text = 'Indicators of Compromise (IOCs) follow. | IOC | IOC Type | Description |';
    assert.deepEqual(acronymsOfTerms(text), new Set(['IOC']));
    const typed = findLatinNames(text, splitSentences(text, 'en')).candidates.map((c) => c.surface);
    assert.ok(!typed.includes('IOC'), typed.join(', '));
  });

  test('an acronym the text writes in the plural elsewhere is a kind of thing, not the body sharing its letters', () => {
    const text = 'The table lists every IOC we saw. Analysts added more URL IOCs in May.';
    assert.equal(writtenInPlural(text, 'IOC'), true);
    assert.equal(writtenInPlural('The IOC met in May. The IOCOM lists it.', 'IOC'), false);
    const entities = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') }).entities;
    assert.deepEqual(
      entities.filter((entity) => entity.mentions.some((mention) => mention.surface === 'IOC')),
      [],
    );
    const singular = 'The IOC met in Lausanne in May.';
    assert.ok(
      extractWithRules({
        text: singular,
        lang: 'en',
        sentences: splitSentences(singular, 'en'),
      }).entities.some(
        (entity) =>
          entity.type === 'Organization' && entity.mentions.some((mention) => mention.surface === 'IOC'),
      ),
    );
  });

  test('a body spelled out after its acronym stays a body', () => {
    const text = 'The NCA (National Cyber Agency) warned the ports. The NCA said more.';
    assert.equal(acronymsOfTerms(text).has('NCA'), false);
  });
});

describe('names a threat report gives', () => {
  test('malware a sentence defines, or a report names after its kind', () => {
    const english = (text: string) =>
      findLatinNames(text, splitSentences(text, 'en')).candidates.map((c) => `${c.type}:${c.surface}`);
    assert.deepEqual(english('Loomtail is a PowerShell based reconnaissance tool that maps the network.'), [
      'Malware:Loomtail',
    ]);
    assert.deepEqual(english('Last spring a malware project dubbed Loomtail spread by mail.'), [
      'Malware:Loomtail',
    ]);
    assert.deepEqual(english('Last spring a malware family named Project 417 spread by mail.'), [
      'Malware:Project 417',
    ]);
    // The kind must close its phrase, and a tool must be one for an attack (the victim is a firm).
    assert.deepEqual(english('Harbor Freight is a ransomware victim of the spring.'), [
      'Organization:Harbor Freight',
    ]);
    assert.deepEqual(english('Loomtail is a useful tool for auditors.'), []);
  });

  test('a word the text never writes in lower case is the name written elsewhere, first in its sentence too', () => {
    const text =
      'Analysts tracked hackers dubbed Greyfen all year. Greyfen then went quiet. Quiet weeks followed, quiet for all.';
    const entities = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') }).entities;
    assert.equal(entities.find((entity) => entity.name === 'Greyfen')?.mentions.length, 2);
    assert.ok(!entities.some((entity) => entity.mentions.some((mention) => mention.surface === 'Quiet')));
  });

  test('a name with a capital inside is that name even first in its sentence', () => {
    const text = 'The BlueLoom backdoor runs every hour. BlueLoom also steals cookies.';
    const entities = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') }).entities;
    const malware = entities.find((entity) => entity.name === 'BlueLoom');
    assert.equal(malware?.type, 'Malware');
    assert.equal(malware?.mentions.length, 2);
  });

  test('the name a report gives an actor, after a word for a hacking group', () => {
    assert.deepEqual(latin('Last year we found a new threat actor we call Stormhollow at work.'), [
      'ThreatActor:Stormhollow',
    ]);
    assert.deepEqual(latin('Last year the group, tracked as Stormhollow, hit ports.'), [
      'ThreatActor:Stormhollow',
    ]);
    assert.deepEqual(latin('Last year hackers dubbed Stormhollow hit ports.'), ['ThreatActor:Stormhollow']);
    // Any association may be "a group called" something.
    assert.deepEqual(latin('Last year a group called Friends of Kettle met.'), []);
    // The verb first: the report names the actor it describes.
    assert.deepEqual(latin('Last year we have named this threat actor Stormhollow after its servers.'), [
      'ThreatActor:Stormhollow',
    ]);
    assert.deepEqual(latin('Last year we named this group Friends of Kettle.'), []);
  });

  test('the name of an ATT&CK technique in the cell after its id is no name', () => {
    const text =
      '| Enterprise | T1021 | Remote Service | The group moves through RDP. |\n' +
      '| Enterprise | T1053.005 | Scheduled Task | The group runs at.exe. |\n';
    assert.deepEqual(findLatinNames(text, splitSentences(text, 'en')).candidates, []);
  });

  test('a gathering is no organisation, whatever head word opens its name', () => {
    assert.deepEqual(
      latin('Last year scientists invited to the International Conference on Tides were phished.'),
      [],
    );
    assert.deepEqual(latin('Last year the Security Council met.'), ['Organization:Security Council']);
  });

  test('a word for an organisation types the name right after it, not one in a phrase of its own', () => {
    assert.deepEqual(latin('Last year the security company Kettlewick found the flaw.'), [
      'Organization:Kettlewick',
    ]);
    assert.deepEqual(latin('Records of the agency of the Kettlewick era were burnt.'), []);
    assert.deepEqual(latin('Last year a company producing Natural gas filters was hit.'), []);
    assert.deepEqual(latin('Last year an operator behind the Kettlewick program left.'), []);
  });

  test('"APT" after a name, or a word for an actor, makes it an actor without the word', () => {
    assert.deepEqual(latin('Last year the Stormhollow APT hit ports.'), ['ThreatActor:Stormhollow']);
    assert.deepEqual(latin('Last year the Stormhollow threat actor hit ports.'), ['ThreatActor:Stormhollow']);
    // A compound adjective before the words for an actor is no name.
    assert.deepEqual(latin('Last year a Kettle-linked threat actor hit ports.'), []);
  });

  test('a capitalised word and a number before a research finding name an organisation, not a year', () => {
    assert.deepEqual(latin('In May, Quarry 512 has observed the sale.'), ['Organization:Quarry 512']);
    assert.deepEqual(latin('Quarry 512 believes the sale was real.'), ['Organization:Quarry 512']);
    assert.deepEqual(latin('In May, Quarry 2019 observed the sale.'), []);
    // Before the name of its research team, as a byline gives it.
    assert.deepEqual(latin('By the Quarry 512 Global Research Team.'), ['Organization:Quarry 512']);
    assert.deepEqual(latin('By the Quarry 512 Threat Intelligence Team.'), ['Organization:Quarry 512']);
    assert.deepEqual(latin('By the Quarry 2019 Research Team.'), []);
  });

  test('a name the words after it define as malicious software, even first in its line', () => {
    assert.deepEqual(latin('Glassdoor: malware capable of scanning ports.'), ['Malware:Glassdoor']);
    assert.deepEqual(latin('Pinewash (also called Orz): Malware which steals passwords.'), [
      'Malware:Pinewash',
    ]);
    assert.deepEqual(latin('In May, Pinewash, a remote access malware, spread.'), ['Malware:Pinewash']);
    // A list goes on with a name, and a word for malware that is only a modifier names none.
    assert.ok(
      !latin('It spread the Qarnet banking Trojan, Lockstep ransomware, and more.').includes(
        'Malware:Trojan',
      ),
    );
    // The victim of a verb of attack is an organisation, whatever hit it.
    assert.deepEqual(latin('In May, the group hit Sorvik, a ransomware victim, again.'), [
      'Organization:Sorvik',
    ]);
  });

  test('a technique named in title case is no body, nor a program in a list of tools a person', () => {
    assert.deepEqual(latin('It ran the Network Service Scanning step.'), []);
    assert.deepEqual(latin('Yesterday the Ministry of Housing spoke.'), ['Organization:Ministry of Housing']);
    assert.deepEqual(latin('It used legitimate tools such as Quill Credential Keeper or Rasp.'), []);
    assert.deepEqual(latin('Yesterday, Quill Keeperson spoke.'), ['Person:Quill Keeperson']);
  });

  test('a numbered name found once is found wherever it stands, first in a sentence too', () => {
    const text = 'Quarry 512 believes the sale was real. The CEO of Quarry 512 spoke. Quarry 512 is unsure.';
    const result = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') });
    const quarry = result.entities.find((entity) => entity.name === 'Quarry 512');
    assert.equal(quarry?.type, 'Organization');
    assert.equal(quarry?.mentions.length, 3);
  });
});

describe('names typed by the list they stand in', () => {
  const named = (text: string, lang: Sentence['lang']) =>
    extractWithRules({ text, lang, sentences: splitSentences(text, lang) })
      .entities.filter((entity) => entity.type === 'Person' || entity.type === 'Organization')
      .map((entity) => `${entity.type}:${entity.name}`)
      .sort();

  test('a lone capitalised word closing a list of organisations is one', () => {
    assert.deepEqual(named('Customers of Google, Microsoft and Hartwell lost access for a day.', 'en'), [
      'Organization:Google',
      'Organization:Hartwell',
      'Organization:Microsoft',
    ]);
    assert.deepEqual(named('Des clients de Hartwell, Microsoft et Google ont perdu leur accès.', 'fr'), [
      'Organization:Google',
      'Organization:Hartwell',
      'Organization:Microsoft',
    ]);
  });

  test('no list, two conjunctions or a list of people type nothing', () => {
    assert.deepEqual(named('Staff at Google and Microsoft met Hartwell on Friday.', 'en'), [
      'Organization:Google',
      'Organization:Microsoft',
    ]);
    assert.deepEqual(named('Customers of Google and Microsoft and Hartwell lost access.', 'en'), [
      'Organization:Google',
      'Organization:Microsoft',
    ]);
    assert.deepEqual(named('Le sommet a réuni Angela Merkel, Joe Biden et Hartwell jeudi.', 'fr'), [
      'Person:Angela Merkel',
      'Person:Joe Biden',
    ]);
  });

  test('a lone capitalised word among places is one more place; a name closed by "Islands" is one', () => {
    const places = (text: string) =>
      extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') })
        .entities.filter((entity) => entity.type === 'Location' || entity.type === 'Person')
        .map((entity) => `${entity.type}:${entity.name}`)
        .sort();
    assert.deepEqual(places('The storm reached Norway, Velmoria, Poland and Iceland by night.'), [
      'Location:Iceland',
      'Location:Norway',
      'Location:Poland',
      'Location:Velmoria',
    ]);
    assert.deepEqual(places('Flights to Norway, Poland and Calder Vossin Islands were cancelled.'), [
      'Location:Calder Vossin Islands',
      'Location:Norway',
      'Location:Poland',
    ]);
  });

  test('a first name before "et"/"and" and a full name shares its family name', () => {
    assert.deepEqual(named('Le tribunal a entendu les frères Lucas et Hugo Marchetti.', 'fr'), [
      'Person:Hugo Marchetti',
      'Person:Lucas Marchetti',
    ]);
    assert.deepEqual(named('The court heard the brothers Lucas and Hugo Marchetti.', 'en'), [
      'Person:Hugo Marchetti',
      'Person:Lucas Marchetti',
    ]);
  });
});

describe('function words in a line set in capitals', () => {
  const names = (text: string, lang: 'fr' | 'en') =>
    extractWithRules({ text, lang, sentences: splitSentences(text, lang) }).entities.map(
      (entity) => `${entity.type}:${entity.name}`,
    );

  test('"UN" before or after a word in capitals is the article, not the United Nations', () => {
    assert.deepEqual(
      names('UN INCENDIE A BREST. Hier soir, une grange a brûlé.', 'fr').filter((n) =>
        n.startsWith('Organization'),
      ),
      [],
    );
    assert.deepEqual(
      names('MORT PENDANT UN VOYAGE. Le marin est tombé.', 'fr').filter((n) => n.startsWith('Organization')),
      [],
    );
  });

  test('a word in a line of capitals that the text writes in lower case is that common word', () => {
    const found = names('BREST UNE REUNION AGITEE. Voici les détails de la réunion d’hier.', 'fr');
    assert.deepEqual(found, ['Location:Brest']);
    assert.ok(
      names('VOYAGE A LA REUNION. Le navire part pour la Réunion.', 'fr').includes('Location:Reunion'),
    );
  });

  test('the acronym among words in lower case keeps its meaning', () => {
    assert.ok(
      names("L'UN a condamné les frappes contre le port.", 'fr').includes('Organization:United Nations'),
    );
    assert.ok(
      names('The UN condemned the strikes on the port.', 'en').includes('Organization:United Nations'),
    );
  });
});

describe('head words that close a company name', () => {
  const organisations = (text: string) =>
    extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') })
      .entities.filter((entity) => entity.type === 'Organization')
      .map((entity) => entity.name);

  test('opening a title-case phrase, they name nothing', () => {
    assert.deepEqual(
      organisations('Admins should enforce the check through Group Policies on each host.'),
      [],
    );
    assert.deepEqual(organisations('The museum opened a wing on Media History last spring.'), []);
  });

  test('closing one, or followed by another head word, they still do', () => {
    assert.deepEqual(organisations('The lure imitated a job offer from Brightwater Systems.'), [
      'Brightwater Systems',
    ]);
    assert.deepEqual(organisations('The editors met the Media Council on Monday.'), ['Media Council']);
    // A surname before "Electric" names a manufacturer, not a person.
    assert.deepEqual(
      organisations('Les automates, fabriqués par le groupe français Varenne Electric, ont été visés.'),
      ['Varenne Electric'],
    );
  });
});

test('zero-width spaces beside a space do not cut a name', () => {
  const text = 'The Iran Cyber \u200b\u200bPolice arrested two bloggers last week.';
  const names = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') }).entities.map(
    (entity) => entity.mentions.map((mention) => mention.surface).join('|'),
  );
  assert.deepEqual(names, ['Iran Cyber \u200b\u200bPolice']);
});

test('a French organisation name goes on past a noun with an adjective or "de", never with a verb', () => {
  const organisations = (text: string) =>
    extractWithRules({ text, lang: 'fr', sentences: splitSentences(text, 'fr') })
      .entities.filter((entity) => entity.type === 'Organization')
      .map((entity) => entity.mentions.map((mention) => mention.surface).join('|'));
  assert.deepEqual(
    organisations('Hier, la Fédération nationale du bâtiment publie en brochure un discours.'),
    ['Fédération nationale du bâtiment'],
  );
  assert.deepEqual(organisations('Hier, la Société de secours mutuels des marins a voté le budget.'), [
    'Société de secours mutuels des marins',
  ]);
  assert.deepEqual(organisations('Hier, le Congrès des sociétés savantes a fermé ses portes.'), [
    'Congrès des sociétés savantes',
  ]);
  assert.deepEqual(organisations('Il y a trente ans que la République existe.'), ['République']);
});

test('a newspaper named after a word of the press is an organisation, and no party to what is said to it', () => {
  const text =
    'Jean Dupont, ministre de l’Intérieur, a déclaré au Figaro que le groupe APT28 a piraté TV5Monde.';
  const extraction = extractWithRules({ text, lang: 'fr', sentences: splitSentences(text, 'fr') });
  const figaro = extraction.entities.find((entity) => entity.name === 'Figaro');
  assert.ok(figaro);
  assert.equal(figaro.type, 'Organization');
  for (const relation of extraction.relations) {
    assert.ok(![relation.source, relation.target, ...relation.assertedBy].includes(figaro.key));
  }
  const english = 'The minister told the Courier that the agency had been warned.';
  assert.deepEqual(
    extractWithRules({ text: english, lang: 'en', sentences: splitSentences(english, 'en') }).entities.map(
      (entity) => `${entity.type}:${entity.name}`,
    ),
    ['Organization:Courier'],
  );
});

test('a name of unknown words is no person when its last word is a common noun or names a team', () => {
  const people = (text: string) =>
    extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') })
      .entities.filter((entity) => entity.type === 'Person')
      .map((entity) => entity.name);
  assert.deepEqual(people('Talks were held at Kerrow Building, and the building was sealed later.'), []);
  assert.deepEqual(people('The report by the Northwind Research Team was published on Monday.'), []);
  assert.deepEqual(people('Yesterday the court heard Okonkwo Adeyemi in Lagos.'), ['Okonkwo Adeyemi']);
});

test('after a given name, a capitalised article opens the surname', () => {
  assert.deepEqual(latin('Décès. Marie Le Gal, 19 ans, rue de Brest.'), [
    'Person:Marie Le Gal',
    'Location:rue de Brest',
  ]);
  assert.deepEqual(latin('Hier, Julien Le Grand, cultivateur, a été arrêté.'), ['Person:Julien Le Grand']);
  // After another name word the article may open the next name: no person of four words.
  assert.ok(!latin('Au Guiriel Marie Le Bras, à Polvern.').some((name) => name.includes('Guiriel Marie Le')));
});

test('a civility after a function word opens a name, and a given name may take a surname in capitals', () => {
  assert.deepEqual(latin("De M. Alphonse Humbert dans l'Eclair."), ['Person:Alphonse Humbert']);
  assert.deepEqual(latin('Feuilleton. Par Paul BERTNAY.'), ['Person:Paul BERTNAY']);
  assert.deepEqual(latin('Selon Robert M. Lee, le groupe est actif.'), ['Person:Robert M. Lee']);
});

test('a street word in capitals makes a place of the name it opens, and a bare article ends a body’s name', () => {
  const found = (text: string) =>
    extractWithRules({ text, lang: 'fr', sentences: splitSentences(text, 'fr') }).entities.map(
      (entity) => `${entity.type}:${entity.name}`,
    );
  assert.deepEqual(found('Ils brisent la devanture Place de la Mairie hier.'), [
    'Location:Place de la Mairie',
  ]);
  assert.deepEqual(found('Une foule attend devant la Préfecture la fin de la réunion.'), []);
  assert.deepEqual(found('La Banque de la Réunion a fermé ses guichets.'), [
    'Organization:Banque de la Réunion',
  ]);
});

test('"the malware used was X" names malicious software; a bare copula after a word for malware does not', () => {
  const found = (text: string) =>
    extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') }).entities.map(
      (entity) => `${entity.type}:${entity.name}`,
    );
  assert.deepEqual(found('The malware used was “Quillbrook. It arrived by mail.'), ['Malware:Quillbrook']);
  assert.deepEqual(found('The backdoor is Windows-based and small.'), []);
  assert.deepEqual(found('The loader was Python code.'), []);
});

test('a sentence defining a name as a threat actor types it, and its other mentions with it', () => {
  const found = (text: string) =>
    extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') }).entities.map(
      (entity) => `${entity.type}:${entity.name}`,
    );
  assert.deepEqual(
    found('We assessed Stormwren as a high-capability APT group. The Stormwren campaign hit two ministries.'),
    ['ThreatActor:Stormwren'],
  );
  assert.deepEqual(found('Velvetreach is a Chinese threat group that targets shipping firms.'), [
    'ThreatActor:Velvetreach',
  ]);
  // The word for an actor must close its phrase.
  assert.deepEqual(found('Yesterday Brennick was a threat actor target again.'), []);
});

test('researchers or analysts right after a name make it their organisation, even first in a sentence', () => {
  const found = (text: string) =>
    extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') }).entities.map(
      (entity) => `${entity.type}:${entity.name}`,
    );
  assert.deepEqual(found('Quillsec researchers found the loader in March.'), ['Organization:Quillsec']);
  assert.deepEqual(found('The loader was later studied by Brightwave’s analysts.'), [
    'Organization:Brightwave',
  ]);
  // A common word in title case, or a demonym, names no firm.
  assert.deepEqual(found('Security researchers found the loader. Chinese researchers agreed.'), []);
});

describe('a demonym opening a run of capitalised words', () => {
  const entities = (text: string) =>
    extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') })
      .entities.map((entity) => `${entity.type}:${entity.name}`)
      .sort();

  test('before a known name, or before two words no head word closes, it places the name and is none of it', () => {
    assert.deepEqual(entities('The spyware was sold by the Israeli NSO Group to several states.'), [
      'Location:Israel',
      'Organization:NSO Group',
    ]);
    assert.deepEqual(
      entities('Two ships of the Japanese firm Velmora Star and the Norwegian Front Quillon were hit.'),
      ['Location:Japan', 'Location:Norway', 'Organization:Front Quillon', 'Organization:Velmora Star'],
    );
  });

  test('a name the gazetteer knows whole, or a body named with its head word, keeps its demonym', () => {
    assert.deepEqual(entities('Saudi Aramco was hit by a wiper.'), ['Organization:Saudi Aramco']);
    assert.deepEqual(entities('The Norwegian Refugee Council said its servers were hit.'), [
      'Organization:Norwegian Refugee Council',
    ]);
  });
});
