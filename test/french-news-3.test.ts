/**
 * French press paragraphs of a third round: an attack told in one sentence and claimed or
 * attributed in the next ("L'attaque a été revendiquée par X", "Les enquêteurs imputent cette
 * fuite à Y", "serait l'œuvre de Z"), victims named through what they hold ("les serveurs de la
 * mairie de X", "les données de patients de la clinique Y"), indictments ("mis en examen pour avoir
 * piraté X"), a relative in "dont" that carries a speaker, posts ("le directeur général de
 * l'Anssi, X"), and the older press (a mayor, an engineer of a public body, a hamlet of a
 * commune, in long sentences). Each paragraph lists the relations a careful reader takes from it
 * (docs/samples.md rules; a pronoun or "le groupe" across sentences is not resolved).
 */
import { test } from 'node:test';
import { assertNewsRecall, type NewsParagraph } from './news-paragraphs-harness.ts';

/**
 * Held out: written with their relations before the extractor was run on them, and never used
 * to tune a rule; their recall is our estimate of how the rules read French news they were not
 * written for. Develop on DEV below, never on these. 8 of 18 (0.444) when written, with no
 * wrong reading; 10 of 18 (0.556) after the round's rules, developed on DEV (the targeting of a
 * claimed attack on a port operator's site, an engineer of the Ponts et Chaussées); the floor
 * is one notch below.
 */
const HELD_OUT_FLOOR = 0.55;

/** Wrong readings the held-out set had when it was written, tolerated so that it is not fitted. */
const HELD_OUT_KNOWN_WRONG: readonly string[] = [];

/**
 * The Event reading of an incident told only as undergone ("Les données de X ont été mises en
 * vente", "Le site de Y est resté inaccessible"), which docs/samples.md gives such incidents and
 * the rules of this round read from them: the gold, written before, lists the targeting alone, so
 * these lines are neither counted nor held against the set.
 */
const HELD_OUT_EVENT_READINGS: readonly string[] = [
  'TARGETED Hack of Clairval -> Clairval',
  'ATTRIBUTED_TO Hack of Havelink -> NoName057(16)',
  'TARGETED Hack of Havelink -> Havelink',
];

const HELD_OUT: readonly NewsParagraph[] = [
  {
    text: "Les serveurs de la mairie de Saint-Avold sont à l'arrêt depuis lundi matin à la suite d'une cyberattaque. L'attaque a été revendiquée mercredi par le groupe Korvath, qui réclame une rançon de 500 000 dollars, a-t-on appris auprès de la préfecture.",
    expect: ['TARGETED Korvath -> mairie de Saint-Avold'],
  },
  {
    text: "Kevin Marchal, un informaticien de 34 ans membre du collectif Zer0Hack, a été mis en examen vendredi à Paris pour avoir piraté le site internet de la Fédération française de rugby, a indiqué le parquet. Le collectif avait revendiqué l'opération en mars.",
    expect: [
      'MEMBER_OF Kevin Marchal -> Zer0Hack',
      'TARGETED Kevin Marchal -> Fédération française de rugby',
    ],
  },
  {
    text: "Le groupe Cadet Blizzard, dont Microsoft affirme qu'il dépend du GRU, a effacé en janvier 2022 une partie des données de l'opérateur ukrainien Kyivstar. « Ces accusations sont infondées », a réagi l'ambassade de Russie à Paris.",
    expect: [
      'ATTRIBUTED_TO Ember Bear -> GRU',
      'TARGETED Ember Bear -> Kyivstar',
      'LOCATED_IN Kyivstar -> Ukraine',
    ],
  },
  {
    text: "Les données de quelque 750 000 patients de la clinique Clairval, à Marseille, ont été mises en vente sur un forum criminel, a confirmé jeudi l'établissement. Les enquêteurs imputent cette fuite à un groupe baptisé Nightspire, actif depuis le début de l'année.",
    expect: ['LOCATED_IN Clairval -> Marseille', 'TARGETED Nightspire -> Clairval'],
  },
  {
    text: "« La menace n'a jamais été aussi forte », a averti mardi devant les sénateurs le directeur général de l'Anssi, Vincent Strubel. Selon lui, le groupe chinois APT31 a tenté en 2021 de pénétrer les messageries de l'Assemblée nationale.",
    expect: [
      'LEADS Vincent Strubel -> ANSSI',
      "LOCATED_IN ZIRCONIUM -> People's Republic of China",
      'TARGETED ZIRCONIUM -> Assemblée nationale',
    ],
  },
  {
    text: "Le site internet de l'opérateur portuaire Havelink, basé à Rotterdam, est resté inaccessible pendant plusieurs heures mardi. Cette attaque par déni de service serait l'œuvre du collectif prorusse NoName057(16), qui l'a revendiquée sur Telegram, selon la police néerlandaise.",
    expect: ['LOCATED_IN Havelink -> Rotterdam', 'TARGETED NoName057(16) -> Havelink'],
  },
  {
    text: "M. Le Goff, maire de Quimperlé, présidait dimanche la séance du conseil municipal, où M. Jacquemin, ingénieur des Ponts et Chaussées, a exposé le projet du nouveau pont sur la Laïta. On remarquait dans l'assistance M. Guérin, conseiller d'arrondissement, et M. Riou, membre du syndicat des dockers de Lorient.",
    expect: [
      'LEADS Le Goff -> Quimperlé',
      'WORKS_FOR Jacquemin -> Ponts et Chaussées',
      'MEMBER_OF Riou -> syndicat des dockers de Lorient',
    ],
  },
  {
    text: 'Un incendie a éclaté hier soir au hameau de Kervinio, commune de Clohars, dans une grange appartenant à M. Le Bihan. M. Daniel, directeur de la Compagnie des tramways de Brest, et M. Lecoq, adjoint au maire de Clohars, se sont rendus sur les lieux. Les pertes sont couvertes par la Mutuelle bretonne.',
    expect: ['PART_OF Kervinio -> Clohars', 'LEADS Daniel -> Compagnie des tramways de Brest'],
  },
];

test('French press, third round, held out: recall of what a reader takes, and nothing else', () => {
  assertNewsRecall(HELD_OUT, 'fr', HELD_OUT_FLOOR, [...HELD_OUT_KNOWN_WRONG, ...HELD_OUT_EVENT_READINGS]);
});

/**
 * Development paragraphs of the same classes, written afresh for the rules of this round: the
 * extractor must find at least DEV_FLOOR of their relations, and nothing a reader would not take.
 * 7 of 15 before the round's rules; 18 of 26 after (the Event readings joined the gold); 22 of
 * 26 after the fourth French rules of the round, 30 of 34 with the three paragraphs written for them.
 * An incident told only as undergone ("a été paralysé", "ont été compromis") and laid on someone
 * in the next sentence has the Event reading beside the targeting (docs/samples.md).
 */
const DEV_FLOOR = 0.88;

const DEV: readonly NewsParagraph[] = [
  {
    text: "Le réseau informatique de l'hôpital de Cholet a été paralysé dans la nuit de samedi à dimanche. L'attaque a été revendiquée lundi par le groupe Rhysida sur son site vitrine.",
    expect: [
      'TARGETED Rhysida -> hôpital de Cholet',
      'ATTRIBUTED_TO Hack of hôpital de Cholet -> Rhysida',
      'TARGETED Hack of hôpital de Cholet -> hôpital de Cholet',
    ],
  },
  {
    text: "La société de transport Trevanor, basée à Nantes, a été victime d'une intrusion informatique la semaine dernière. Les enquêteurs l'imputent au groupe Scattered Spider, selon une source proche du dossier.",
    expect: [
      'LOCATED_IN Trevanor -> Nantes',
      'TARGETED Scattered Spider -> Trevanor',
      'ATTRIBUTED_TO Hack of Trevanor -> Scattered Spider',
      'TARGETED Hack of Trevanor -> Trevanor',
    ],
  },
  {
    text: "Un étudiant de 21 ans, Lucas Ferrand, a été inculpé mardi pour l'attaque contre le site de la préfecture de police, a annoncé le parquet de Paris.",
    // An indictment for a designated incident has the Event reading, the charge only suspected.
    expect: [
      'ATTRIBUTED_TO Hack of préfecture de police -> Lucas Ferrand',
      'TARGETED Hack of préfecture de police -> préfecture de police',
    ],
  },
  {
    text: "Les serveurs de messagerie de l'armateur Dalmore ont été compromis en avril. Cette intrusion serait l'œuvre du groupe APT29, d'après l'Anssi.",
    expect: [
      'TARGETED APT29 -> Dalmore',
      'ATTRIBUTED_TO Hack of Dalmore -> APT29',
      'TARGETED Hack of Dalmore -> Dalmore',
    ],
  },
  {
    text: "Le groupe Seashell Blizzard, dont les autorités américaines affirment qu'il appartient au GRU, a de nouveau visé le réseau électrique de l'Ukraine cet hiver.",
    expect: ['PART_OF Sandworm Team -> GRU', 'TARGETED Sandworm Team -> Ukraine'],
  },
  {
    text: "Le patron de l'Anssi, Vincent Strubel, et Anne Lefèvre, porte-parole du Quai d'Orsay, ont condamné jeudi l'attaque.",
    expect: ['LEADS Vincent Strubel -> ANSSI', "WORKS_FOR Anne Lefèvre -> Quai d'Orsay"],
  },
  {
    text: "Le site internet de la mairie de Villeneuve a été rendu inaccessible lundi. Le collectif Holy League a revendiqué l'attaque sur Telegram.",
    expect: [
      'TARGETED Holy League -> mairie de Villeneuve',
      'ATTRIBUTED_TO Hack of mairie de Villeneuve -> Holy League',
      'TARGETED Hack of mairie de Villeneuve -> mairie de Villeneuve',
    ],
  },
  {
    text: "M. Le Roux, maire de Lannion, et M. Briec, conseiller général, ont reçu hier M. Durand, inspecteur de l'Académie de Rennes, venu visiter les écoles de la ville.",
    expect: ['LEADS Le Roux -> Lannion', 'WORKS_FOR Durand -> Académie de Rennes'],
  },
  {
    text: "Au village de Kerlouan, commune de Plouguerneau, un cultivateur, M. Tanguy, membre de la Société d'agriculture de Brest, a été grièvement blessé par une charrette.",
    expect: ['PART_OF Kerlouan -> Plouguerneau', "MEMBER_OF Tanguy -> Société d'agriculture de Brest"],
  },
  {
    text: "Les données de plus de 10 000 clients du fournisseur d'énergie Volterre ont été dérobées, a reconnu mardi l'entreprise. Le groupe ShinyHunters a revendiqué le vol sur un forum.",
    expect: [
      'TARGETED ShinyHunters -> Volterre',
      'ATTRIBUTED_TO Hack of Volterre -> ShinyHunters',
      'TARGETED Hack of Volterre -> Volterre',
    ],
  },
  // Written with this round's fourth rules (the pronoun of an attack laid on a party, the
  // speaker's "dont" clause, a firm named after its trade): development, not held out.
  {
    text: "Le site du transporteur Kervalis a été rendu inaccessible jeudi. Les autorités l'attribuent au groupe NoName057(16), selon le ministère.",
    expect: [
      'TARGETED NoName057(16) -> Kervalis',
      'ATTRIBUTED_TO Hack of Kervalis -> NoName057(16)',
      'TARGETED Hack of Kervalis -> Kervalis',
    ],
  },
  {
    text: "Le groupe Ember Bear, dont le gouvernement britannique affirme qu'il appartient au GRU, a visé des serveurs de l'Ukraine.",
    expect: ['PART_OF Ember Bear -> GRU', 'TARGETED Ember Bear -> Ukraine'],
  },
  {
    text: "Les fichiers des abonnés de l'opérateur télécoms Norvane ont été dérobés en juin. Des chercheurs l'imputent au groupe ShinyHunters.",
    expect: [
      'TARGETED ShinyHunters -> Norvane',
      'ATTRIBUTED_TO Hack of Norvane -> ShinyHunters',
      'TARGETED Hack of Norvane -> Norvane',
    ],
  },
];

test('French press, third round, development: recall of what a reader takes, and nothing else', () => {
  assertNewsRecall(DEV, 'fr', DEV_FLOOR);
});
