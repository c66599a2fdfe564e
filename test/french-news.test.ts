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

/**
 * The share of the expected relations found (35 of 41; 21 of 40 before the first rules they led
 * to, 24 before the rules for coined bodies, target phrasings and people's ties).
 */
const RECALL_FLOOR = 0.85;

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
      'ATTRIBUTED_TO Hack of mairie de Brévannes -> Sandworm Team',
      'TARGETED Hack of mairie de Brévannes -> mairie de Brévannes',
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

/**
 * Held out: paragraphs written (with their relations) before the rules for coined bodies and
 * target phrasings were changed, and not tuned to afterwards; their recall is the estimate of
 * how those rules generalise. Develop on PARAGRAPHS above, never on these. 9 of 22 when
 * written, before any rule change; 12 of 22 after the rules PARAGRAPHS led to.
 */
const HELD_OUT_FLOOR = 0.54;

const HELD_OUT: readonly NewsParagraph[] = [
  {
    text: "La mutuelle Aveliane, dont le siège est à Niort, a été la cible d'une cyberattaque revendiquée par le groupe Akira, a indiqué mercredi sa direction à l'AFP. Les données de 300 000 adhérents auraient été dérobées.",
    expect: ['TARGETED Akira -> Aveliane', 'LOCATED_IN Aveliane -> Niort'],
  },
  {
    text: "Le groupe Kimsuky, lié à Pyongyang, a ciblé des chercheurs de l'institut Hanbit à Séoul au printemps, selon un rapport publié jeudi par la société slovaque ESET. Les pirates ont utilisé un logiciel espion baptisé Mossgate.",
    expect: [
      'ATTRIBUTED_TO Kimsuky -> Pyongyang',
      'TARGETED Kimsuky -> Hanbit',
      'LOCATED_IN Hanbit -> Seoul',
      'LOCATED_IN ESET -> Slovakia',
      'USES Kimsuky -> Mossgate',
    ],
  },
  {
    text: "Mikhaïl Orlov a été arrêté lundi à Nice, a annoncé le parquet national antiterroriste. Ce ressortissant russe de 41 ans est soupçonné d'avoir espionné des chantiers navals pour le compte du SVR.",
    expect: ['WORKS_FOR Mikhaïl Orlov -> SVR'],
  },
  {
    text: "La messagerie Velink, basée à Tallinn, a été visée par une vague d'attaques par déni de service, a confirmé mardi le gouvernement estonien. Ces attaques ont été revendiquées par le groupe prorusse NoName057(16).",
    expect: ['LOCATED_IN Velink -> Tallinn', 'TARGETED NoName057(16) -> Velink'],
  },
  {
    text: "D'après Microsoft, le groupe Star Blizzard, rattaché au FSB, a tenté de pirater les comptes de plusieurs députés britanniques. Il s'appuyait sur un outil nommé Quillmark pour voler leurs mots de passe.",
    expect: ['ATTRIBUTED_TO Star Blizzard -> FSB', 'USES Star Blizzard -> Quillmark'],
  },
  {
    text: "La cyberattaque qui a paralysé la plateforme de réservation Travelia en février était l'œuvre d'APT41, selon un communiqué de l'entreprise, dont le siège est à Genève. Le groupe est soupçonné d'agir pour le compte de la Chine.",
    expect: [
      'TARGETED APT41 -> Travelia',
      'LOCATED_IN Travelia -> Geneva',
      "ATTRIBUTED_TO APT41 -> People's Republic of China",
    ],
  },
  {
    text: "L'hôpital Sainte-Odile de Dieppe a été paralysé dimanche par un rançongiciel, a indiqué son directeur, Marc Lenoir. L'attaque a été revendiquée lundi par le groupe Qilin, qui a publié des documents internes de l'établissement.",
    expect: [
      'LOCATED_IN hôpital Sainte-Odile -> Dieppe',
      'LEADS Marc Lenoir -> hôpital Sainte-Odile',
      'TARGETED Qilin -> hôpital Sainte-Odile',
    ],
  },
  {
    text: "Le groupe Gamaredon, qui dépend du FSB selon Kiev, a ciblé l'Ukraine et la Moldavie depuis janvier, affirme l'agence ukrainienne de cybersécurité. Ses membres opèrent depuis la Crimée, selon le même rapport.",
    expect: [
      'ATTRIBUTED_TO Gamaredon Group -> FSB',
      'TARGETED Gamaredon Group -> Ukraine',
      'TARGETED Gamaredon Group -> Moldova, Republic of',
      'LOCATED_IN Gamaredon Group -> Crimea',
    ],
  },
];

test('French press paragraphs held out: recall of what a reader takes, and nothing else', () => {
  assertNewsRecall(HELD_OUT, 'fr', HELD_OUT_FLOOR);
});
