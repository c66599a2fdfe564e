/**
 * A held-out set of French press paragraphs about who says what and people's posts: denials
 * ("a démenti que"), a source described after the verb ("a indiqué à l'AFP un responsable"),
 * a closing verb of saying, negations ("n'a jamais été lié", "n'a toujours pas ciblé"), founders,
 * former officers, spokespeople, suspected members. Written with their relations before the
 * extractor was run on them, and never used to tune a rule: the share found is our estimate of
 * how the rules read French news they were not written for. The extractor must find at least
 * RECALL_FLOOR of the listed relations, and nothing a careful reader would not take.
 */
import { test } from 'node:test';
import { assertNewsRecall, type NewsParagraph } from './news-paragraphs-harness.ts';

/**
 * One notch below the share found: 11 of 21 (0.524) when the set was written, with two wrong
 * readings ("à l'AFP Hélène Vasseur" read as one name; "Sergueï Lavrine" taken for Sergei Lavrov
 * by the spelling-variant match); 16 of 21 (0.762) and neither wrong reading after the rules for
 * French claims, people's ties and coined bodies, which were developed on other paragraphs, and
 * Latin spelling variants kept to their whole skeleton (rules/fuzzy.ts).
 */
const RECALL_FLOOR = 0.76;

const PARAGRAPHS: readonly NewsParagraph[] = [
  {
    text: "Moscou a démenti mercredi que le groupe Turla ait piraté les serveurs de l'agence spatiale italienne Astrovia. Le groupe est pourtant lié au FSB, a indiqué à l'AFP un responsable de la sécurité italienne.",
    expect: [
      'DENIES Moscow -> Turla',
      'TARGETED Turla -> Astrovia',
      'LOCATED_IN Astrovia -> Italy',
      'ATTRIBUTED_TO Turla -> FSB',
    ],
  },
  {
    text: "Julien Morvan, cofondateur de la start-up Cypheo, basée à Rennes, a quitté lundi la direction de l'entreprise. L'ingénieur n'a jamais été lié au groupe de pirates FIN7, a assuré son avocat.",
    expect: ['FOUNDED Julien Morvan -> Cypheo', 'LOCATED_IN Cypheo -> Rennes'],
  },
  {
    text: "Sergueï Lavrine, un ancien officier du GRU, dirige désormais la société de sécurité Vostok Consulting, selon le quotidien Le Monde. Il est soupçonné d'être membre du groupe Sandworm, d'après des sources judiciaires.",
    expect: [
      'WORKS_FOR Sergueï Lavrine -> GRU',
      'LEADS Sergueï Lavrine -> Vostok Consulting',
      'MEMBER_OF Sergueï Lavrine -> Sandworm Team',
    ],
  },
  {
    text: "Le groupe Frostmoth fait partie du GRU, a affirmé jeudi le gouvernement britannique. Le groupe n'a toujours pas ciblé les réseaux électriques de l'Ukraine, selon des chercheurs.",
    expect: ['PART_OF Frostmoth -> GRU'],
  },
  {
    text: "Anna Keller, porte-parole de Brelin Systems, a confirmé mardi que l'entreprise, basée à Zurich, avait été visée par le groupe Akira. « Aucune rançon ne sera versée », a-t-elle ajouté.",
    expect: [
      'WORKS_FOR Anna Keller -> Brelin Systems',
      'LOCATED_IN Brelin Systems -> Zurich',
      'TARGETED Akira -> Brelin Systems',
    ],
  },
  {
    text: 'Le fondateur du service de messagerie Stelo, Pavel Orlov, a été entendu par les enquêteurs. Selon le parquet, un informaticien, Igor Semine, était employé par le SVR depuis 2019.',
    expect: ['FOUNDED Pavel Orlov -> Stelo', 'WORKS_FOR Igor Semine -> SVR'],
  },
  {
    text: "Un membre présumé du groupe FIN7, Oleg Petrenko, a été arrêté en Ukraine, a annoncé la police. Il aurait auparavant travaillé pour la société ukrainienne Korvo Telecom, a précisé à Reuters un enquêteur d'Europol.",
    expect: [
      'MEMBER_OF Oleg Petrenko -> FIN7',
      'WORKS_FOR Oleg Petrenko -> Korvo Telecom',
      'LOCATED_IN Korvo Telecom -> Ukraine',
    ],
  },
  {
    text: "Le groupe Kimsuky a visé l'institut de recherche Hanbit, basé à Séoul, a indiqué vendredi à l'AFP Hélène Vasseur, directrice de l'agence Cyberveille. Le groupe n'a jamais ciblé la société Thalor, a-t-elle précisé.",
    expect: [
      'TARGETED Kimsuky -> Hanbit',
      'LOCATED_IN Hanbit -> Seoul',
      'LEADS Hélène Vasseur -> Cyberveille',
    ],
  },
];

test('French press claims and posts (held out): recall of what a reader takes, and nothing else', () => {
  assertNewsRecall(PARAGRAPHS, 'fr', RECALL_FLOOR);
});
