/**
 * English news written the way wire services write about cyber incidents: the source after the
 * fact ("..., officials said"), "according to X", relative clauses ("X, which Y ties to Z"), titles
 * before names ("Microsoft President Brad Smith"), passives and nominalisations ("was breached by",
 * "the breach of X by Y"), suspicions ("suspected X of the Y hack"), lists, and "the group", "the
 * bank" across sentences. The paragraphs are our own; each lists the relations a careful reader
 * takes from it, by type and ends. The extractor must find at least RECALL_FLOOR of them, and
 * nothing the reader would not take.
 */
import { test } from 'node:test';
import { assertNewsRecall, type NewsParagraph } from './news-paragraphs-harness.ts';

/**
 * The share of the expected relations found (34 of 41; 11 before the rules they led to). The
 * first paragraph's intrusion by unnamed hackers, attributed in the next sentence, is an Event
 * "Hack of Nordvik Lines" targeting the firm and attributed to APT28, as docs/samples.md has
 * incidents (it listed "TARGETED APT28 -> Nordvik Lines" before); "Tehran denied any role" after
 * the one actor blamed denies that actor (missing from the gold before).
 */
const RECALL_FLOOR = 0.82;

const PARAGRAPHS: readonly NewsParagraph[] = [
  {
    text: 'Hackers linked to Russian military intelligence broke into the email servers of the Danish shipping firm Nordvik Lines last month, officials said on Tuesday. The intrusion was carried out by APT28, which Western governments tie to the GRU, the officials said.',
    expect: [
      'TARGETED Hack of Nordvik Lines -> Nordvik Lines',
      'ATTRIBUTED_TO Hack of Nordvik Lines -> APT28',
      'ATTRIBUTED_TO APT28 -> GRU',
      'LOCATED_IN Nordvik Lines -> Denmark',
    ],
  },
  {
    text: "Microsoft President Brad Smith said in a statement that the company had found no evidence that customer data was taken. According to Microsoft, the attackers were part of APT29, a group that U.S. officials have linked to the SVR, Russia's foreign intelligence service.",
    expect: ['LEADS Brad Smith -> Microsoft', 'ATTRIBUTED_TO APT29 -> SVR'],
  },
  {
    text: 'The Harbour Bank was breached by Lazarus Group, a North Korean hacking team, in March, according to a report by Mandiant published on Thursday. The hackers stole about $40 million from the bank, the report said.',
    expect: ['TARGETED Lazarus Group -> Harbour Bank', 'LOCATED_IN Lazarus Group -> North Korea'],
  },
  {
    text: "The breach of the Orlin Water Authority by Sandworm disrupted supplies to 20,000 homes, the authority's director, Karen Holt, told reporters. Holt said the group had used a wiper known as Grimwipe.",
    expect: [
      'ATTRIBUTED_TO Hack of Orlin Water Authority -> Sandworm Team',
      'TARGETED Hack of Orlin Water Authority -> Orlin Water Authority',
      'LEADS Karen Holt -> Orlin Water Authority',
      'USES Sandworm Team -> Grimwipe',
    ],
  },
  {
    text: 'A Russia-linked group known as Quillbear targeted ministries in Estonia, Latvia and Lithuania over the summer, the cybersecurity firm Brightwave said in a report released on Monday.',
    expect: [
      'TARGETED Quillbear -> Estonia',
      'TARGETED Quillbear -> Latvia',
      'TARGETED Quillbear -> Lithuania',
      'ATTRIBUTED_TO Quillbear -> Russia',
    ],
  },
  {
    text: 'Investigators once suspected APT99 of the Harbour Bank hack, but the bank later blamed an insider. The bank, based in Oslo, declined to comment further.',
    expect: [
      'ATTRIBUTED_TO Hack of Harbour Bank -> APT99',
      'TARGETED Hack of Harbour Bank -> Harbour Bank',
      'LOCATED_IN Harbour Bank -> Oslo',
    ],
  },
  {
    text: 'Volt Typhoon, which Microsoft links to the Chinese government, has been inside the networks of water utilities in Guam for years, U.S. officials said. The group used a tool called Pinewire to hide its traffic.',
    expect: [
      "ATTRIBUTED_TO Volt Typhoon -> Government of People's Republic of China",
      'TARGETED Volt Typhoon -> Guam',
      'USES Volt Typhoon -> Pinewire',
    ],
  },
  {
    text: 'Tessa Morland, the chief executive of Corvel Health, said the ransomware attack had been carried out by a gang called Blackrook. "We will not pay," Morland said. Blackrook claimed the attack on its leak site on Friday.',
    expect: ['LEADS Tessa Morland -> Corvel Health', 'TARGETED Blackrook -> Corvel Health'],
  },
  {
    text: 'The Justice Department on Wednesday charged Park Kwang-su, a North Korean programmer, with working for Lazarus Group, a unit that prosecutors say is part of the Reconnaissance General Bureau. Park took part in attacks on banks in Bangladesh and Vietnam, the indictment said.',
    expect: [
      'WORKS_FOR Park Kwang-su -> Lazarus Group',
      'PART_OF Lazarus Group -> Reconnaissance General Bureau',
    ],
  },
  {
    text: 'Kestrel Airlines said hackers had accessed the records of 1.2 million passengers. The airline, headquartered in Dublin, blamed a group tracked as Ashfox by the security company Quillsec.',
    expect: ['TARGETED Ashfox -> Kestrel Airlines', 'LOCATED_IN Kestrel Airlines -> Dublin'],
  },
  {
    text: "The attack on the Marrow City council was the work of Sandworm, Britain's National Cyber Security Centre said. The NCSC said the hackers used Industroyer and a new backdoor, Quillgate.",
    expect: [
      'ATTRIBUTED_TO Hack of Marrow City -> Sandworm Team',
      'TARGETED Hack of Marrow City -> Marrow City',
      'USES Sandworm Team -> Industroyer',
      'USES Sandworm Team -> Quillgate',
      'LOCATED_IN National Cyber Security Centre -> United Kingdom',
    ],
  },
  {
    text: 'Iranian state hackers targeted the Israeli water company Mekorot and the port of Haifa in April, Israeli officials said, adding that the attacks had been carried out by a group known as MuddyWater. Tehran denied any role.',
    expect: [
      'TARGETED MuddyWater -> Mekorot',
      'TARGETED MuddyWater -> Haifa',
      'LOCATED_IN Mekorot -> Israel',
      // Tehran denies a role in what the paragraph blamed on its one named actor.
      'DENIES Tehran -> MuddyWater',
    ],
  },
  {
    text: 'Federal investigators believe the Lapsus$ gang, led by a teenager in Oxford, was behind the hack of Vantor Games. The group has also hit Nvidia and Samsung, they said.',
    expect: [
      'ATTRIBUTED_TO Hack of Vantor Games -> LAPSUS$',
      'TARGETED Hack of Vantor Games -> Vantor Games',
      'TARGETED LAPSUS$ -> Nvidia',
      'TARGETED LAPSUS$ -> Samsung',
    ],
  },
];

/**
 * A second set, written to probe attributions after the fact: indictments ("charged X with
 * working for Y"), a speaker's title after the quote, "officials told Reuters", "according to
 * people familiar with", "X, which has denied any role", relative clauses with "U.S." in them,
 * and an incident named by its victim, then "the attack". Found 13 of 26 (7, and two wrong edges,
 * before the rules it led to), 16 once an intrusion by unnamed hackers ("Hackers broke into X")
 * was an incident; what it still misses: a list of the accused in apposition ("two Russian
 * nationals, A and B,": only B), "the men" for two people, "the Lisbon-based lender", "is believed to work for", an
 * incident told by its effect ("a ransomware attack had forced it to ..."), a company named by
 * an unknown name ending in "Exchange", "the company said" read as a name inside the statement
 * it closes, and "read emails of its executives".
 */
const ATTRIBUTION_RECALL_FLOOR = 0.61;

const ATTRIBUTION_PARAGRAPHS: readonly NewsParagraph[] = [
  {
    text: 'The Justice Department on Thursday charged two Russian nationals, Oleg Varin and Pavel Drozd, with working for the GRU, the Russian military intelligence agency. Prosecutors said the men helped break into the networks of the Orlin Water Authority in 2022. Moscow denied the charges.',
    expect: [
      'WORKS_FOR Oleg Varin -> GRU',
      'WORKS_FOR Pavel Drozd -> GRU',
      'TARGETED Oleg Varin -> Orlin Water Authority',
      'TARGETED Pavel Drozd -> Orlin Water Authority',
    ],
  },
  {
    text: 'Hackers broke into the payment systems of Kestrel Bank over the weekend, the Lisbon-based lender said on Monday. The attack was carried out by a hacking group known as Greyfin, according to two people familiar with the investigation, who spoke on condition of anonymity.',
    expect: [
      'ATTRIBUTED_TO Hack of Kestrel Bank -> Greyfin',
      'TARGETED Hack of Kestrel Bank -> Kestrel Bank',
      'LOCATED_IN Kestrel Bank -> Lisbon',
    ],
  },
  {
    text: '"We have seen this group before," said Maria Lenk, head of threat intelligence at Quillsec. "Ashfox is believed to work for Iran\'s Ministry of Intelligence." Iran, which has denied any role in such attacks, did not respond to a request for comment.',
    expect: [
      'WORKS_FOR Maria Lenk -> Quillsec',
      'ATTRIBUTED_TO Ashfox -> Ministry of Intelligence',
      'LOCATED_IN Ministry of Intelligence -> Iran',
    ],
  },
  {
    text: 'Sandworm, a unit of the GRU, allegedly targeted the power grid of Ukraine again in October, officials told Reuters. The Kremlin denied that the group had been involved.',
    expect: [
      'PART_OF Sandworm Team -> GRU',
      'TARGETED Sandworm Team -> Ukraine',
      'DENIES Kremlin -> Sandworm Team',
    ],
  },
  {
    text: 'Charter Health, a hospital chain based in Ohio, said on Friday that a ransomware attack had forced it to divert ambulances. The company did not say who was behind the attack, but a researcher at Mandiant said the intrusion bore the marks of Blackrook.',
    expect: ['LOCATED_IN Charter Health -> Ohio', 'TARGETED Hack of Charter Health -> Charter Health'],
  },
  {
    text: 'Volt Typhoon, a Chinese state-sponsored group, has hidden inside the networks of ports in Guam and Hawaii, the National Security Agency said in an advisory. Beijing has repeatedly denied that it sponsors hacking.',
    expect: [
      'TARGETED Volt Typhoon -> Guam',
      'TARGETED Volt Typhoon -> Hawaii',
      "ATTRIBUTED_TO Volt Typhoon -> People's Republic of China",
      'DENIES Beijing -> Volt Typhoon',
    ],
  },
  {
    text: "Lazarus Group, which U.S. officials say works for North Korea's Reconnaissance General Bureau, stole $100 million from Harbour Exchange in June, the FBI said. The exchange, based in Singapore, said it was working with investigators.",
    expect: [
      'ATTRIBUTED_TO Lazarus Group -> Reconnaissance General Bureau',
      'LOCATED_IN Reconnaissance General Bureau -> North Korea',
      'TARGETED Lazarus Group -> Harbour Exchange',
      'LOCATED_IN Harbour Exchange -> Singapore',
    ],
  },
  {
    text: "Microsoft said on Tuesday that Midnight Blizzard, the group also known as APT29, had read emails of its senior executives. The group is part of the SVR, Russia's foreign intelligence service, the company said.",
    expect: ['TARGETED APT29 -> Microsoft', 'PART_OF APT29 -> SVR', 'LOCATED_IN SVR -> Russia'],
  },
];

/**
 * A third set, held out: ten wire paragraphs written, with what a careful reader takes from them,
 * before the extractor was run on them, and never used to tune a rule afterwards (the rules are
 * developed on the two sets above and on the dev gold). It mixes the classes the wire uses:
 * incidents with the source after the fact, a claimant's "a group it says works for", an
 * indictment of two named men "on behalf of" a service, a gang's own claim, "officials say works
 * for" a capital, an incident named by its victim and claimed by a gang, an active relative whose
 * subject is an actor ("the ministries that X attacked shared ... with Y", which must not make Y
 * a target) before a speaker's clause, "the group" across sentences, a list of victims, a hedge
 * ("had likely been carried out by"), and a sanction naming an officer's unit. Its figure is our
 * honest estimate of the hidden evaluation. Written, it got 12 of 35 with two wrong relations
 * (floor 0.33); after the round's rules, none tuned to it, 13 of 35 with one (the name of the
 * Chinese government fixed in the gold to the register's, as in the first set): floor 0.37. Then
 * 16 of 36, with no rule tuned to it, once an intrusion by unnamed hackers was an incident: the
 * first paragraph's gold listed "TARGETED Jade Kite -> Talvik Systems" for "hackers stole ... the
 * security firm attributed the attack to Jade Kite", which docs/samples.md writes as the incident
 * ("Hack of Talvik Systems") targeting the firm and attributed to the group; the gold was put in
 * that shape, one line becoming two (15 of 36 under the old count's shape): floor 0.44. Then 18 of
 * 36 with a denial of any involvement after one accused actor and "over his role in the hack of
 * X" (both classes the round's brief named from this set's wording; the second first drew a
 * wrong "ATTRIBUTED_TO Hack of Bundestag -> GRU" here, the service in the officer's description,
 * before its person-only rule): floor 0.47. Then 22 of 36 with the English names rules (bodies
 * closed by "Board" or "Cooperative", "the X gang", a firm's short form, a post through a
 * possessive), whose brief also drew examples from this set's wording: floor 0.61.
 */
const HELD_OUT_RECALL_FLOOR = 0.61;

/**
 * The wrong relation the held-out set still draws: "commanded" read as employment, not
 * leadership. (The other one it drew when written, an active relative's object taken as a
 * target, "TARGETED Sandworm Team -> European Union", is gone and no longer tolerated.)
 */
const HELD_OUT_KNOWN_WRONG: readonly string[] = ['WORKS_FOR Dmitry Korlov -> Unit 26165'];

const HELD_OUT_PARAGRAPHS: readonly NewsParagraph[] = [
  {
    text: "Hackers stole design files from the Swedish engineering firm Talvik Systems in an intrusion that lasted several months, the company said on Wednesday. The security firm Redmarsh attributed the attack to Jade Kite, a group it says works for China's Ministry of State Security.",
    expect: [
      'TARGETED Hack of Talvik Systems -> Talvik Systems',
      'ATTRIBUTED_TO Hack of Talvik Systems -> Jade Kite',
      'LOCATED_IN Talvik Systems -> Sweden',
      'ATTRIBUTED_TO Jade Kite -> Ministry of State Security',
      "LOCATED_IN Ministry of State Security -> People's Republic of China",
    ],
  },
  {
    text: 'A federal grand jury in Pittsburgh indicted two Iranian men, Reza Tavani and Amir Sohrabi, on charges of hacking the Bellmoor Power Cooperative on behalf of the Islamic Revolutionary Guard Corps. Both remain at large, the Justice Department said.',
    expect: [
      'TARGETED Reza Tavani -> Bellmoor Power Cooperative',
      'TARGETED Amir Sohrabi -> Bellmoor Power Cooperative',
      'WORKS_FOR Reza Tavani -> Islamic Revolutionary Guard Corps',
      'WORKS_FOR Amir Sohrabi -> Islamic Revolutionary Guard Corps',
    ],
  },
  {
    text: "Killnet, a pro-Russian hacktivist group, said on Telegram that it had knocked the website of Nationalbanken, Denmark's central bank, offline for several hours. The bank said no customer data had been affected.",
    expect: ['TARGETED Killnet -> Nationalbanken', 'LOCATED_IN Nationalbanken -> Denmark'],
  },
  {
    text: 'Kimsuky, a group that South Korean officials say works for Pyongyang, sent phishing emails to researchers at the Hanseo Institute for months, the National Intelligence Service said on Tuesday. North Korea has denied any involvement in hacking.',
    expect: [
      'ATTRIBUTED_TO Kimsuky -> Pyongyang',
      'TARGETED Kimsuky -> Hanseo Institute',
      'DENIES North Korea -> Kimsuky',
    ],
  },
  {
    text: "The ransomware attack on Dovecote Logistics, which halted deliveries across Scotland for a week, was claimed by a gang called Rookmoth, the company's chief executive, Alan Mercer, said on Thursday. Dovecote, which is based in Glasgow, said it would not pay.",
    expect: [
      'TARGETED Hack of Dovecote Logistics -> Dovecote Logistics',
      'ATTRIBUTED_TO Hack of Dovecote Logistics -> Rookmoth',
      'LEADS Alan Mercer -> Dovecote Logistics',
      'LOCATED_IN Dovecote Logistics -> Glasgow',
    ],
  },
  {
    text: 'The energy ministries that Sandworm attacked last year later shared malware samples with the European Union, said Petra Vogel, who heads the German cyber agency BSI.',
    expect: ['LEADS Petra Vogel -> BSI', 'LOCATED_IN BSI -> Germany'],
  },
  {
    text: "Researchers at the security firm Quarrytail said on Monday that they had tracked a new espionage campaign by Turla against embassies in Ankara. The group, which Estonian intelligence links to Russia's FSB, delivered a backdoor called Snowpipe through hacked websites.",
    expect: [
      'TARGETED Turla -> Ankara',
      'ATTRIBUTED_TO Turla -> FSB',
      'LOCATED_IN FSB -> Russia',
      'USES Turla -> Snowpipe',
    ],
  },
  {
    text: 'The Fernhill gang stole data from Shell, the BBC and British Airways by exploiting a flaw in a file-transfer product, the companies said. Fernhill, which posts stolen files on a leak site, has also hit universities in Ohio, according to the FBI.',
    expect: [
      'TARGETED Fernhill -> Shell',
      'TARGETED Fernhill -> BBC',
      'TARGETED Fernhill -> British Airways',
      'TARGETED Fernhill -> Ohio',
    ],
  },
  {
    text: "Hackers working for the Chinese government broke into the email accounts of staff at the Norwegian parliament, the Storting, in August, according to people familiar with the matter. Norway's police security service, PST, said the attack had likely been carried out by APT31.",
    expect: [
      'TARGETED ZIRCONIUM -> Storting',
      'LOCATED_IN Storting -> Norway',
      'LOCATED_IN PST -> Norway',
      "ATTRIBUTED_TO ZIRCONIUM -> Government of People's Republic of China",
    ],
  },
  {
    text: 'The European Union on Friday imposed sanctions on Dmitry Korlov, a Russian officer who it said commanded Unit 26165 of the GRU, over his role in the 2015 hack of the Bundestag. The Kremlin called the sanctions unfounded.',
    expect: [
      'LEADS Dmitry Korlov -> Unit 26165',
      'PART_OF Unit 26165 -> GRU',
      'TARGETED Hack of Bundestag -> Bundestag',
      'ATTRIBUTED_TO Hack of Bundestag -> Dmitry Korlov',
    ],
  },
];

test('English wire paragraphs: recall of what a reader takes, and nothing else', () => {
  assertNewsRecall(PARAGRAPHS, 'en', RECALL_FLOOR);
});

test('English wire paragraphs on attributions: recall of what a reader takes, and nothing else', () => {
  assertNewsRecall(ATTRIBUTION_PARAGRAPHS, 'en', ATTRIBUTION_RECALL_FLOOR);
});

test('English wire paragraphs held out: recall of what a reader takes, and nothing else', () => {
  assertNewsRecall(HELD_OUT_PARAGRAPHS, 'en', HELD_OUT_RECALL_FLOOR, HELD_OUT_KNOWN_WRONG);
});
