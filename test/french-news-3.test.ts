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
 * wrong reading; the floor is one notch below.
 */
const HELD_OUT_FLOOR = 0.44;

/** Wrong readings the held-out set had when it was written, tolerated so that it is not fitted. */
const HELD_OUT_KNOWN_WRONG: readonly string[] = [];

export const HELD_OUT: readonly NewsParagraph[] = [
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
    text: "Un incendie a éclaté hier soir au hameau de Kervinio, commune de Clohars, dans une grange appartenant à M. Le Bihan. M. Daniel, directeur de la Compagnie des tramways de Brest, et M. Lecoq, adjoint au maire de Clohars, se sont rendus sur les lieux. Les pertes sont couvertes par la Mutuelle bretonne.",
    expect: [
      'PART_OF Kervinio -> Clohars',
      'LEADS Daniel -> Compagnie des tramways de Brest',
    ],
  },
];

test('French press, third round, held out: recall of what a reader takes, and nothing else', () => {
  assertNewsRecall(HELD_OUT, 'fr', HELD_OUT_FLOOR, HELD_OUT_KNOWN_WRONG);
});
