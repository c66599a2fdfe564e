/**
 * French news written the way the modern press writes about cyberattacks, espionage and the
 * politics around them: the source after the fact ("..., a indiqué mardi l'ANSSI à l'AFP"),
 * "selon X", "d'après des sources proches du dossier", hedges ("serait lié à", "aurait été",
 * "soupçonné d'être"), appositions ("X, un groupe lié à Y,"), passives ("a été visé par"),
 * indictments ("inculpé pour avoir travaillé pour"), posts ("le directeur de l'ANSSI, X,",
 * "porte-parole du Kremlin"), lists, and "il", "le groupe" across sentences. The paragraphs are
 * our own; each lists the relations a careful reader takes from it, by type and ends. The
 * extractor must find at least RECALL_FLOOR of them, and nothing the reader would not take.
 */
import { test } from 'node:test';
import { assertNewsRecall, type NewsParagraph } from './news-paragraphs-harness.ts';

/** The share of the expected relations found (27 of 40; 21 before the rules they led to). */
const RECALL_FLOOR = 0.67;

const PARAGRAPHS: readonly NewsParagraph[] = [
  {
    text: "Le groupe de pirates APT28, lié au GRU, le renseignement militaire russe, a visé les serveurs de messagerie de la compagnie maritime danoise Nordvik Lines en mars, a indiqué mardi l'ANSSI à l'AFP. Selon l'agence, les attaquants ont utilisé un logiciel malveillant baptisé Grisoule.",
    expect: [
      'ATTRIBUTED_TO APT28 -> GRU',
      'LOCATED_IN GRU -> Russia',
      'TARGETED APT28 -> Nordvik Lines',
      'LOCATED_IN Nordvik Lines -> Denmark',
      'USES APT28 -> Grisoule',
    ],
  },
  {
    text: "Selon des sources proches du dossier, la clinique Helvia a été visée par le groupe de rançongiciel Rookblack, qui aurait exigé 2 millions d'euros. L'établissement, situé à Lorient, a porté plainte.",
    expect: ['TARGETED Rookblack -> Helvia', 'LOCATED_IN Helvia -> Lorient'],
  },
  {
    text: "Le directeur général de l'ANSSI, Vincent Marot, a affirmé jeudi que l'attaque contre la mairie de Brévannes avait été menée par Sandworm. Le groupe serait lié au GRU, selon les services de renseignement.",
    expect: [
      'LEADS Vincent Marot -> ANSSI',
      'TARGETED Sandworm Team -> mairie de Brévannes',
      'ATTRIBUTED_TO Sandworm Team -> GRU',
    ],
  },
  {
    text: "Dmitri Peskov, porte-parole du Kremlin, a démenti toute implication de la Russie dans l'attaque contre TV5Monde. « Ce sont des accusations sans fondement », a-t-il déclaré.",
    expect: [
      'WORKS_FOR Dmitry Peskov -> Kremlin',
      'DENIES Dmitry Peskov -> Hack of TV5Monde',
      'TARGETED Hack of TV5Monde -> TV5Monde',
    ],
  },
  {
    text: "Un ressortissant russe, Alexeï Vorontsov, a été inculpé à Paris pour avoir travaillé pour le FSB, a annoncé vendredi le parquet. Il est soupçonné d'être membre du groupe Turla et d'avoir espionné des diplomates français.",
    expect: ['WORKS_FOR Alexeï Vorontsov -> FSB', 'MEMBER_OF Alexeï Vorontsov -> Turla'],
  },
  {
    text: "Les pirates ont dérobé des données de la société Tervane, basée à Marseille, a affirmé le ministère des Armées. L'attaque aurait été commise par APT31, un groupe lié à Pékin, d'après des sources proches de l'enquête.",
    expect: [
      'LOCATED_IN Tervane -> Marseille',
      'TARGETED ZIRCONIUM -> Tervane',
      'ATTRIBUTED_TO ZIRCONIUM -> Beijing',
    ],
  },
  {
    text: "Lazarus, un groupe de pirates nord-coréen, a dérobé 30 millions de dollars à la plateforme d'échange Korvex, basée à Singapour, selon un rapport de la société Mandiant publié lundi. Le groupe fait partie du Bureau général de reconnaissance, le service de renseignement de la Corée du Nord.",
    expect: [
      'TARGETED Lazarus Group -> Korvex',
      'LOCATED_IN Korvex -> Singapore City',
      'LOCATED_IN Lazarus Group -> North Korea',
      'PART_OF Lazarus Group -> Reconnaissance General Bureau',
      'LOCATED_IN Reconnaissance General Bureau -> North Korea',
    ],
  },
  {
    text: "Le groupe Ghostwriter a ciblé l'Estonie, la Lettonie et la Lituanie au cours de l'été, a indiqué l'entreprise de cybersécurité Brightwave dans un rapport publié lundi. Il est soupçonné d'agir pour le compte de la Biélorussie.",
    expect: [
      'TARGETED Ghostwriter -> Estonia',
      'TARGETED Ghostwriter -> Latvia',
      'TARGETED Ghostwriter -> Lithuania',
      'ATTRIBUTED_TO Ghostwriter -> Belarus',
    ],
  },
  {
    text: "Tom Haller, chercheur chez Kaspersky, estime que Volt Typhoon, qui serait lié au gouvernement chinois, est présent dans les réseaux d'eau de Guam depuis des années. Le groupe utilise un outil baptisé Pinewire pour masquer son trafic.",
    expect: [
      'WORKS_FOR Tom Haller -> Kaspersky',
      "ATTRIBUTED_TO Volt Typhoon -> Government of People's Republic of China",
      'TARGETED Volt Typhoon -> Guam',
      'USES Volt Typhoon -> Pinewire',
    ],
  },
  {
    text: "Claire Dumont, la présidente de la société Orvane Santé, a déclaré que l'attaque par rançongiciel avait été revendiquée par LockBit. « Nous ne paierons pas », a-t-elle ajouté. Orvane Santé, dont le siège est à Lyon, emploie 4 000 personnes.",
    expect: [
      'LEADS Claire Dumont -> Orvane Santé',
      'TARGETED LockBit -> Orvane Santé',
      'LOCATED_IN Orvane Santé -> Lyon',
    ],
  },
  {
    text: "Microsoft a indiqué mardi que Midnight Blizzard, un groupe lié au SVR, avait lu les courriels de ses dirigeants. Ce groupe, également connu sous le nom d'APT29, fait partie du renseignement extérieur russe, selon l'entreprise.",
    expect: [
      'TARGETED APT29 -> Microsoft',
      'ATTRIBUTED_TO APT29 -> SVR',
      'PART_OF APT29 -> SVR',
      'LOCATED_IN SVR -> Russia',
    ],
  },
  {
    text: "Le fondateur de la messagerie Kordo, Ilya Savin, a été interpellé samedi à l'aéroport du Bourget, ont rapporté des médias. Il est soupçonné d'avoir travaillé pour le FSB, selon une source proche de l'enquête.",
    expect: ['FOUNDED Ilya Savin -> Kordo', 'WORKS_FOR Ilya Savin -> FSB'],
  },
];

test('French press paragraphs: recall of what a reader takes, and nothing else', () => {
  assertNewsRecall(PARAGRAPHS, 'fr', RECALL_FLOOR);
});
