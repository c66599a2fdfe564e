/**
 * English wire paragraphs full of names no list knows: companies, utilities, institutes, crews
 * and people, typed by the words around them ("a Rotterdam logistics group", "a crew Microsoft
 * says operates on behalf of Tehran", "the institute's president, Helen Ashby,"), repeated in a
 * short form ("Arkwright, which is headquartered in Halifax,"), or listed among victims beside
 * well-known companies. The paragraphs are our own; each lists the relations a careful reader
 * takes from it, by type and ends.
 */
import { test } from 'node:test';
import { assertNewsRecall, type NewsParagraph } from './news-paragraphs-harness.ts';

/**
 * Held out: eight paragraphs written, with what a careful reader takes from them, before the
 * extractor was run on them, and never used to tune a rule afterwards (the rules are developed on
 * the dev set below and the older dev sets). Its figure is our honest estimate of the hidden
 * evaluation on English news names. Written, it got 2 of 26 (the institute's breach by Vanta Bear
 * and its president), with nothing wrong (floor 0.07); after the round's rules, developed on the
 * dev set only, 8 of 26, still with nothing wrong: floor 0.30. Then 10 of 26 with the trades that
 * close a firm's name ("Rail", "Pharma"; read from another set's misses, not this one's): floor 0.38.
 */
const HELD_OUT_RECALL_FLOOR = 0.38;

/** Wrong relations the held-out set drew when it was written, before any rule was tuned. */
const HELD_OUT_KNOWN_WRONG: readonly string[] = [];

const HELD_OUT_PARAGRAPHS: readonly NewsParagraph[] = [
  {
    text: "Hollins Freight, a Rotterdam logistics group, said on Tuesday that a ransomware gang calling itself Greywater had encrypted servers at three of its depots. Hollins' chief executive, Maarten Visser, told reporters the company had restored most systems from backups.",
    expect: [
      'LOCATED_IN Hollins Freight -> Rotterdam',
      'TARGETED Greywater -> Hollins Freight',
      'LEADS Maarten Visser -> Hollins Freight',
    ],
  },
  {
    text: "Crestmoor Water Authority, a public utility in northern England, said it had found intruders in its billing network last month. The authority's head of cyber security, Priya Nandakumar, said there was no sign that water treatment had been affected.",
    expect: [
      'LOCATED_IN Crestmoor Water Authority -> England',
      'WORKS_FOR Priya Nandakumar -> Crestmoor Water Authority',
    ],
  },
  {
    text: "Saltmarsh, a hacking crew that Western officials tie to Russia's military intelligence agency, the GRU, has been sending booby-trapped documents to staff at Veltra Energia, an Italian power distributor, researchers at Lindqvist Security said in a report on Wednesday.",
    expect: [
      'ATTRIBUTED_TO Saltmarsh -> GRU',
      'LOCATED_IN GRU -> Russia',
      'TARGETED Saltmarsh -> Veltra Energia',
      'LOCATED_IN Veltra Energia -> Italy',
    ],
  },
  {
    text: 'Ravenmoor, a crew Microsoft says operates on behalf of Tehran, defaced the websites of the Haifa Port Company and the Galil Medical Trust over the weekend, the company said on Monday.',
    expect: [
      'ATTRIBUTED_TO Ravenmoor -> Tehran',
      'TARGETED Ravenmoor -> Haifa Port Company',
      'TARGETED Ravenmoor -> Galil Medical Trust',
    ],
  },
  {
    text: 'The Ledbury ransomware group listed Heineken, Vodafone and the University of Manchester on its leak site on Monday, claiming to have stolen internal documents from all three.',
    expect: [
      'TARGETED Ledbury -> Heineken',
      'TARGETED Ledbury -> Vodafone',
      'TARGETED Ledbury -> University of Manchester',
    ],
  },
  {
    text: "Arkwright Mutual, one of Britain's oldest building societies, said hackers had stolen the names and addresses of some of its members. Arkwright, which is headquartered in Halifax, blamed the theft on a group known as Copperhead Tide.",
    expect: [
      'LOCATED_IN Arkwright Mutual -> United Kingdom',
      'LOCATED_IN Arkwright Mutual -> Halifax',
      'TARGETED Copperhead Tide -> Arkwright Mutual',
    ],
  },
  {
    text: "The Orrin Institute, a think tank in Washington, said on Thursday that its email server had been breached by Vanta Bear, a group it said was linked to China. The institute's president, Helen Ashby, said donors had been informed.",
    expect: [
      'LOCATED_IN Orrin Institute -> Washington',
      'TARGETED Vanta Bear -> Orrin Institute',
      "ATTRIBUTED_TO Vanta Bear -> People's Republic of China",
      'LEADS Helen Ashby -> Orrin Institute',
    ],
  },
  {
    text: "The Harefield hacking crew said on Sunday it had stolen crew lists and passport scans from Sundvik Shipping, a Bergen ferry operator, and posted samples online. Norway's data protection authority, Datatilsynet, said it was looking into the leak. Sundvik's chief information officer, Lars Eide, declined to comment.",
    expect: [
      'TARGETED Harefield -> Sundvik Shipping',
      'LOCATED_IN Sundvik Shipping -> Bergen',
      'LOCATED_IN Datatilsynet -> Norway',
      'WORKS_FOR Lars Eide -> Sundvik Shipping',
    ],
  },
];

test('English news coined names held out: recall of what a reader takes, and nothing else', () => {
  assertNewsRecall(HELD_OUT_PARAGRAPHS, 'en', HELD_OUT_RECALL_FLOOR, HELD_OUT_KNOWN_WRONG);
});

/** The share of the dev set's expected relations found. */
const DEV_RECALL_FLOOR = 0.56;

/**
 * A wrong relation the dev set draws and no rule of this round removes: "Cobalt", another name
 * of the Cobalt Group, opens the coined "Cobalt Finch", and the gazetteer match wins (dropping
 * such a match before a title-case word cost AnnoCTR four actors, "Turla Driver Loader").
 */
const DEV_KNOWN_WRONG: readonly string[] = ['TARGETED Cobalt Group -> Iran'];

/** Dev: paragraphs of the same classes, written to develop the rules on. */
const DEV_PARAGRAPHS: readonly NewsParagraph[] = [
  {
    text: "Thornbury Analytics, a Leeds data broker, said on Friday that a gang known as Blackreed had copied its customer database. Thornbury's managing director, Sarah Quinn, said the firm had alerted police.",
    expect: [
      'LOCATED_IN Thornbury Analytics -> Leeds',
      'TARGETED Blackreed -> Thornbury Analytics',
      'LEADS Sarah Quinn -> Thornbury Analytics',
    ],
  },
  {
    text: "Pelling Valley Water Board said its website had been defaced by Cobalt Finch, a hacking crew that Israeli officials say works for Iran. The board's chief engineer, Tom Riley, said the treatment plants were safe.",
    expect: [
      'TARGETED Cobalt Finch -> Pelling Valley Water Board',
      'ATTRIBUTED_TO Cobalt Finch -> Iran',
      'WORKS_FOR Tom Riley -> Pelling Valley Water Board',
    ],
  },
  {
    text: 'The Mardale gang said it had stolen data from Siemens, Deutsche Bahn and the city of Hamburg.',
    expect: [
      'TARGETED Mardale -> Siemens',
      'TARGETED Mardale -> Deutsche Bahn',
      'TARGETED Mardale -> Hamburg',
    ],
  },
  {
    text: 'Kalvo, a Finnish payments start-up, said a group calling itself Snowlark had emptied test accounts. Kalvo, which is based in Espoo, said customers were not affected.',
    expect: ['LOCATED_IN Kalvo -> Finland', 'LOCATED_IN Kalvo -> Espoo', 'TARGETED Snowlark -> Kalvo'],
  },
  {
    text: "Hackers from the Korpi crew broke into the Aldwick Housing Trust, the trust's chief executive, Mark Dunn, said on Tuesday.",
    expect: ['TARGETED Korpi -> Aldwick Housing Trust', 'LEADS Mark Dunn -> Aldwick Housing Trust'],
  },
  {
    text: "Rijksnet, the Dutch government's secure network operator, said it had blocked an intrusion by Ghostmint, a group Dutch intelligence has tied to China.",
    expect: [
      'LOCATED_IN Rijksnet -> Netherlands',
      'TARGETED Ghostmint -> Rijksnet',
      "ATTRIBUTED_TO Ghostmint -> People's Republic of China",
    ],
  },
  {
    text: "Staff at the Brightwell Foundation, an Oxford charity, received phishing emails from Tallow Spider, according to the foundation's head of IT, Anna Kerr.",
    expect: [
      'LOCATED_IN Brightwell Foundation -> Oxford',
      'TARGETED Tallow Spider -> Brightwell Foundation',
      'WORKS_FOR Anna Kerr -> Brightwell Foundation',
    ],
  },
  {
    text: 'The Kerrow Energy utility confirmed on Monday that the Emberline gang had locked its billing systems. Kerrow, which supplies power to much of Cornwall, said it had called in investigators.',
    expect: ['TARGETED Emberline -> Kerrow Energy'],
  },
  {
    text: "The Ostrava Transit Authority said a pro-Russian group called Grimtooth had knocked its website offline. The authority's spokesman, Jan Novak, said ticket sales were unaffected.",
    expect: [
      'TARGETED Grimtooth -> Ostrava Transit Authority',
      'WORKS_FOR Jan Novak -> Ostrava Transit Authority',
    ],
  },
  {
    text: "Trygvik, Sweden's third-largest insurer, said on Wednesday that Marrowvale, a hacking group linked to Russia, had stolen policyholders' records. Trygvik's chief executive, Elin Berg, apologised to customers.",
    expect: [
      'LOCATED_IN Trygvik -> Sweden',
      'TARGETED Marrowvale -> Trygvik',
      'ATTRIBUTED_TO Marrowvale -> Russia',
      'LEADS Elin Berg -> Trygvik',
    ],
  },
  {
    text: 'Investigators said the Quarrystone crew, a ransomware gang active since 2021, had also hit the Dunmore Harbour Board and Fenwick Mutual, a Cardiff building society.',
    expect: [
      'TARGETED Quarrystone -> Dunmore Harbour Board',
      'TARGETED Quarrystone -> Fenwick Mutual',
      'LOCATED_IN Fenwick Mutual -> Cardiff',
    ],
  },
  {
    text: "Pellow Engineering, a defence contractor in Plymouth, confirmed that hackers had accessed its network. The firm's head of IT, Owen Hale, said the intruders had been removed.",
    expect: ['LOCATED_IN Pellow Engineering -> Plymouth', 'WORKS_FOR Owen Hale -> Pellow Engineering'],
  },
];

test('English news coined names dev: recall of what a reader takes, and nothing else', () => {
  assertNewsRecall(DEV_PARAGRAPHS, 'en', DEV_RECALL_FLOOR, DEV_KNOWN_WRONG);
});
