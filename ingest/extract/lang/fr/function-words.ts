import type { ConnectiveVocabulary } from '../types.ts';

/**
 * French capitalised words that open sentences or clauses without being names: articles,
 * pronouns, prepositions, conjunctions, days, and words of page furniture ("Cliquez", "Publié").
 */
export const capitalisedFunctionWords = [
  'Le',
  'La',
  'Les',
  'L',
  'Un',
  'Une',
  'Des',
  'De',
  'Du',
  'Au',
  'Aux',
  'Ce',
  'Cet',
  'Cette',
  'Ces',
  'Il',
  'Elle',
  'Ils',
  'Elles',
  'On',
  'Nous',
  'Vous',
  'Je',
  'Tu',
  'Selon',
  'Dans',
  'Pour',
  'Par',
  'Sur',
  'Sous',
  'Avec',
  'Sans',
  'Après',
  'Avant',
  'Depuis',
  'Pendant',
  'Mais',
  'Et',
  'Ou',
  'Donc',
  'Or',
  'Ni',
  'Car',
  'Si',
  'Quand',
  'Lorsque',
  'Comme',
  'Alors',
  'Ainsi',
  'Aussi',
  'Enfin',
  'Puis',
  'Deux',
  'Trois',
  'Plus',
  'Moins',
  'Parmi',
  'Entre',
  'Vers',
  'Chez',
  'Lors',
  'Cependant',
  'Toutefois',
  'Pourtant',
  'Néanmoins',
  'Outre',
  'Face',
  'Quelques',
  'Plusieurs',
  'Certains',
  'Tous',
  'Toutes',
  'Tout',
  'Toute',
  'Sa',
  'Son',
  'Ses',
  'Leur',
  'Leurs',
  'Notre',
  'Nos',
  'Votre',
  'Vos',
  'Mon',
  'Ma',
  'Mes',
  'Ceux',
  'Celles',
  'Celui',
  'Celle',
  'Qui',
  'Que',
  'Quoi',
  'Dont',
  'Où',
  'En',
  'Y',
  'Ne',
  'Pas',
  'Oui',
  'Non',
  'Voici',
  'Voilà',
  'Vendredi',
  'Samedi',
  'Dimanche',
  'Lundi',
  'Mardi',
  'Mercredi',
  'Jeudi',
  'Saisie',
  'Saisi',
  'Recommandation',
  'Cliquez',
  'Merci',
  'Publié',
  'Hier',
  'Aujourd',
  'Demain',
] as const satisfies readonly string[];

export const connectives: ConnectiveVocabulary = {
  listCoordinators: [
    {
      phrases: ['et', 'ou', 'ainsi que'],
      examples: [
        {
          text: "APT28 a visé l'Allemagne ainsi que la Pologne.",
          expect: { source: 'APT28', type: 'TARGETED', target: 'Pologne' },
        },
        {
          text: 'APT28 a visé des universités, des ministères et des journalistes au Portugal et au Chili.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Chili' },
        },
      ],
    },
  ],
  listQuantifiers: [],
  agentPrepositions: [
    {
      phrases: ['par'],
      examples: [
        {
          text: 'Le piratage du Bundestag a été attribué à APT28 par Mandiant.',
          expect: { modality: 'reported', claimant: 'Mandiant' },
        },
        {
          text: 'Le piratage du Bundestag a été attribué à APT28 par les enquêteurs.',
          expect: { modality: 'reported' },
        },
      ],
    },
  ],
  selfPronouns: [
    {
      phrases: ["qu'il|qu'elle|qu'ils|qu'elles"],
      examples: [
        {
          text: "Microsoft a affirmé qu'elle avait été visée par APT28.",
          expect: { modality: 'reported', claimant: 'Microsoft' },
        },
      ],
    },
    {
      // Un groupe qui parle de lui-même par son genre : « X a affirmé que le groupe avait piraté Y ».
      phrases: ['que le groupe|gang'],
      examples: [
        {
          text: 'Le groupe Lazarus a affirmé que le groupe avait piraté Sony Pictures.',
          expect: { modality: 'reported', claimant: 'Lazarus Group' },
        },
      ],
    },
  ],
  // The pronoun after "that" stands for the speaker whatever verb follows it.
  selfPronounVerbs: [],
  // No inversion opens a condition in this language's news.
  invertedConditions: [],
  complementizers: [
    {
      phrases: ['que', "qu'"],
      examples: [
        {
          text: "Le Centre de veille (CDV), rattaché à l'Agence nationale de la sécurité des systèmes d'information (ANSSI), a rappelé que la panne était finie.",
          expect: { modality: 'asserted' },
        },
      ],
    },
  ],
  recipientPrepositions: [
    {
      phrases: ['à', 'au|aux'],
      examples: [
        {
          text: "L'ANSSI a attribué à APT28 le piratage de TV5Monde.",
          expect: { source: 'piratage de TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
        },
      ],
    },
  ],
  postPrepositions: [
    {
      // "une lettre de X au directeur de Y": the letter goes to the director; X holds no post.
      phrases: ['au|aux', 'à la'],
      examples: [
        {
          text: "Une lettre de Jean Dupont au directeur de l'ANSSI, Paul Martin, est restée sans réponse.",
          expect: { source: 'Paul Martin', type: 'LEADS', target: 'ANSSI' },
        },
      ],
    },
  ],
  // A subject comes before its verb: no word marks a verb that opens its clause.
  clauseClitics: [],
  clauseOpeners: [],
  appositionArticles: [
    {
      phrases: ["un|une|le|la|les|l'"],
      examples: [
        {
          text: 'Le logiciel, vendu par Quillsec, une société basée à Lyon, a atteint le ministère.',
          expect: { source: 'Quillsec', type: 'LOCATED_IN', target: 'Lyon' },
        },
      ],
    },
  ],
  definiteArticles: [
    {
      phrases: ["le|la|les|l'"],
      examples: [
        {
          text: 'La banque Quillon, que le groupe APT99 a visée en 2021, a changé ses serveurs.',
          expect: { source: 'APT99', type: 'TARGETED', target: 'Quillon' },
        },
      ],
    },
  ],
  indefiniteArticles: [
    {
      phrases: ['un|une|des'],
      examples: [
        {
          text: 'Le Bureau norlandais des réseaux est un service chargé de la défense des réseaux. Le ministère des Finances a ouvert en 1990. Le service est situé à Bergen.',
          expect: { source: 'Bureau norlandais des réseaux', type: 'LOCATED_IN', target: 'Bergen' },
        },
      ],
    },
  ],
  nounPhraseClosers: [
    {
      phrases: ['de|du|des', 'qui|que'],
      examples: [
        {
          text: "Le Bureau kestrel est un service de l'État qui veille sur les réseaux. Le Service des routes a ouvert en 1990. Le service est situé à Bergen.",
          expect: { source: 'Bureau kestrel', type: 'LOCATED_IN', target: 'Bergen' },
        },
      ],
    },
  ],
  placePrepositions: [
    {
      phrases: ['à|en|au|aux|dans'],
      examples: [
        {
          text: "Les pirates ont visé l'Institut Quillon à Lisbonne.",
          expect: { source: 'Institut Quillon', type: 'LOCATED_IN', target: 'Lisbonne' },
        },
      ],
    },
  ],
  // "à" is a word of its own.
  placeClitics: [],
  prepositionalRelatives: [
    {
      phrases: ['auquel|auxquels|auxquelles', 'à laquelle'],
      examples: [
        {
          text: "La banque Quillon, à laquelle le groupe APT99 s'en est pris en 2020, a renforcé ses défenses.",
          expect: { source: 'APT99', type: 'TARGETED', target: 'Quillon' },
        },
      ],
    },
  ],
  originPrepositions: [
    {
      phrases: ['de la part de|du', 'venu(s) de|du'],
      examples: [
        {
          text: "En Norvège, des enquêteurs venus du Bureau des enquêtes portuaires ont rejoint l'Agence nationale des réseaux.",
          expect: { source: 'Agence nationale des réseaux', type: 'LOCATED_IN', target: 'Norvège' },
        },
      ],
    },
  ],
  contractedArticles: [
    {
      phrases: ['du|au|aux|des'],
      examples: [
        {
          text: 'Le groupe APT99 a visé les serveurs du CNRQ en 2021.',
          expect: { source: 'APT99', type: 'TARGETED', target: 'CNRQ' },
        },
      ],
    },
  ],
  possessivePronouns: [
    {
      phrases: ['son|sa|ses|leur|leurs'],
      examples: [
        {
          text: 'Le groupe APT99 a visé la banque Quillon en mai. Son logiciel malveillant Greyfox a volé des fichiers.',
          expect: { source: 'APT99', type: 'USES', target: 'Greyfox' },
        },
      ],
    },
  ],
  demonstratives: [
    {
      phrases: ['ce|cet|cette|ces'],
      examples: [
        {
          text: 'Le piratage de la banque Quillon a coupé son site en 2019. Cette attaque contre la banque a été attribuée à APT99.',
          expect: { source: 'Hack of Quillon', type: 'ATTRIBUTED_TO', target: 'APT99' },
        },
      ],
    },
  ],
  acronymSmallWords: [
    {
      // "d" and "l" as an elided article is read without its apostrophe.
      phrases: ['de|du|des|d|la|le|les|l', 'et|en|à|au|aux|pour|sur'],
      examples: [
        {
          text: "L'Office norlandais pour la défense des réseaux (ONDR) a été fondé en 2001. L'ONDR est situé à Bergen.",
          expect: { source: 'ONDR', type: 'LOCATED_IN', target: 'Bergen' },
        },
      ],
    },
  ],
  comparisons: [
    {
      phrases: ['comme', "à l'instar de|d'|du|des", 'contrairement à|au|aux'],
      examples: [
        {
          text: "À l'instar d'APT28, Turla a piraté le Bundestag.",
          expect: { source: 'Turla', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  // Not "à", which opens a town: "à Lyon, à Lille et à Nantes" is a list of towns, no region
  // and its towns.
  regionPrepositions: [
    {
      phrases: ['dans|en'],
      examples: [
        {
          text: 'Un orage a frappé la côte dans le Finistère, à Morlaix et à Lannion.',
          expect: { source: 'Lannion', type: 'PART_OF', target: 'Finistère' },
        },
      ],
    },
  ],
  regionPlaceOpeners: [
    {
      // « au » for a town with its article (« au Conquet ») or a hamlet (« au village de X »).
      phrases: ['à|au', 'notamment|surtout|particulièrement|principalement à|au', 'en particulier à|au'],
      examples: [
        {
          text: 'Des secousses ont été ressenties en Bretagne, notamment à Quimper, Morlaix et Lannion.',
          expect: { source: 'Morlaix', type: 'PART_OF', target: 'Bretagne' },
        },
        {
          // A hamlet and, after its comma, the commune it belongs to ("en" with no article).
          text: 'Une grange a brûlé au village de la Ville-Jégu, en Plouvenez, dans la nuit.',
          expect: { source: 'Ville-Jégu', type: 'PART_OF', target: 'Plouvenez' },
        },
        {
          text: 'Un journalier demeurant à la Grande-Noë, en Plouvenez, a été arrêté.',
          expect: { source: 'Grande-Noë', type: 'PART_OF', target: 'Plouvenez' },
        },
      ],
    },
  ],
  subjectRelatives: [
    {
      phrases: ['qui'],
      examples: [
        {
          text: 'APT28, qui a ciblé le Bundestag, est lié au GRU.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  perfectAuxiliaries: [
    {
      phrases: ['a|ont|avait|avaient'],
      examples: [
        {
          text: 'APT28, qui a ciblé le Bundestag, est lié au GRU.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  passiveAuxiliaries: [
    {
      phrases: ['est|sont|était|étaient', 'a|ont|avait|avaient été'],
      examples: [
        {
          text: 'APT28, qui est lié au GRU, a ciblé le Bundestag.',
          expect: { source: 'APT28', type: 'ATTRIBUTED_TO', target: 'GRU' },
        },
      ],
    },
  ],
  restatingPronouns: [],
  subordinators: [
    {
      phrases: ["lorsqu'|puisqu'", "parce|après|dès|bien qu'"],
      examples: [
        {
          text: "APT28 est un groupe russe. Lorsqu'il a ciblé le Bundestag, il a utilisé Zebrocy.",
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  introductionPrepositions: [
    {
      phrases: ['dans|durant|pendant|depuis', 'lors de'],
      examples: [
        {
          text: 'APT28 est un groupe russe. Durant cet été il a ciblé le Bundestag.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  questionWords: [
    {
      phrases: ['ce|qui|que|quoi|dont|où|lequel|laquelle'],
      examples: [
        {
          text: "APT28 est un groupe russe. Dans ce qu'il appelait un test, il a ciblé le Bundestag.",
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  conditionalAuxiliaries: [
    {
      phrases: ['aurait|auraient'],
      examples: [
        {
          text: 'APT28 aurait aussi ciblé le Bundestag.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  auxiliaryAdverbs: [
    {
      phrases: [
        'aussi|déjà|encore|toujours|bien|toutefois|pourtant|cependant|néanmoins|ensuite',
        // Adverbs of sequence: "ont d'abord accusé", "a désormais visé".
        "d'abord|d’abord|désormais|alors|enfin",
      ],
      examples: [
        {
          text: 'APT28 a toutefois ciblé le Bundestag.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
        {
          text: "APT28 a d'abord ciblé le Bundestag.",
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  adverbEndings: [
    {
      phrases: ['ment'],
      examples: [
        {
          text: 'APT28 a récemment ciblé le Bundestag.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  negationClitics: [
    {
      phrases: ["n'"],
      examples: [
        {
          text: "APT28 n'a jamais ciblé le Bundestag mais a piraté TV5Monde.",
          expect: { source: 'APT28', type: 'TARGETED', target: 'TV5Monde' },
        },
      ],
    },
  ],
  negationParticles: [
    {
      phrases: ['pas|jamais|nullement|point'],
      examples: [
        {
          text: "APT28 n'a jamais ciblé le Bundestag mais a piraté TV5Monde.",
          expect: { source: 'APT28', type: 'TARGETED', target: 'TV5Monde' },
        },
      ],
    },
  ],
  adverbsAfterNegation: [
    {
      phrases: ['encore|toujours|aussi'],
      examples: [
        {
          text: "APT28 n'a pas encore ciblé le Bundestag mais a piraté TV5Monde.",
          expect: { source: 'APT28', type: 'TARGETED', target: 'TV5Monde' },
        },
      ],
    },
  ],
  complementPrepositions: [
    {
      phrases: ["de|du|des|d'"],
      examples: [
        {
          text: "L'agence allemande de cybersécurité BSI a publié un rapport.",
          expect: { source: 'BSI', type: 'LOCATED_IN', target: 'Germany' },
        },
      ],
    },
  ],
  complementArticles: [
    {
      phrases: ["la|l'"],
      examples: [
        {
          text: "L'agence allemande de la cybersécurité BSI a publié un rapport.",
          expect: { source: 'BSI', type: 'LOCATED_IN', target: 'Germany' },
        },
      ],
    },
  ],
  sponsorNouns: [],
  sponsorshipParticiples: [],
  stancePrefixes: [],
  pastTenseEndings: [],
  sequenceAdverbs: [
    {
      phrases: ['puis|ensuite'],
      examples: [
        {
          text: 'Le groupe APT99 a piraté la banque Quillon, puis a visé le ministère de la Défense.',
          expect: { source: 'APT99', type: 'TARGETED', target: 'ministère de la Défense' },
        },
      ],
    },
  ],
  descriptionCopulas: [],
  bareCoordinators: [
    {
      phrases: ['et', 'ou'],
      examples: [
        {
          text: "APT28 a visé l'Allemagne ou la Pologne.",
          expect: { source: 'APT28', type: 'TARGETED', target: 'Pologne' },
        },
      ],
    },
  ],
  pastParticipleEndings: [
    {
      phrases: ['é(e)(s)'],
      examples: [
        {
          text: "APT99 a attaqué des serveurs possédés par l'OTAN.",
          expect: { source: 'APT99', type: 'TARGETED', target: 'OTAN' },
        },
      ],
    },
  ],
  definitionCopulas: [
    {
      phrases: ['est|était'],
      examples: [
        {
          text: 'La Banque Vantor était la banque centrale du Portugal.',
          expect: { source: 'Banque Vantor', type: 'LOCATED_IN', target: 'Portugal' },
        },
      ],
    },
  ],
  descriptionDeterminers: [],
  repeatingDeterminers: [],
  genitivePrepositions: [
    {
      phrases: ['de|du|des'],
      examples: [
        {
          text: 'La Banque Vantor est la banque centrale du Portugal.',
          expect: { source: 'Banque Vantor', type: 'LOCATED_IN', target: 'Portugal' },
        },
      ],
    },
  ],
  impersonalCopulas: [
    {
      phrases: ['est'],
      examples: [
        {
          text: "APT99 a piraté l'OTAN en mai. Il est probable que le groupe a aussi visé la Pologne.",
          expect: { source: 'APT99', type: 'TARGETED', target: 'Pologne' },
        },
      ],
    },
  ],
  impersonalClauseOpeners: [
    {
      phrases: ["que|qu'", "de|d'"],
      examples: [
        {
          text: "APT99 a piraté l'OTAN en mai. Il est probable que le groupe a aussi visé la Pologne.",
          expect: { source: 'APT99', type: 'TARGETED', target: 'Pologne' },
        },
      ],
    },
  ],
  impersonalAdjectives: [],
  impersonalVerbs: [
    {
      phrases: ['y a|avait', "s'agit", 'semble|semblerait|faut|reste|existe'],
      examples: [
        {
          text: "APT99 a visé l'OTAN en mai. Il y a aussi eu une attaque contre la Pologne.",
          expect: { source: 'APT99', type: 'TARGETED', target: 'OTAN' },
        },
      ],
    },
  ],
};

/** Headings of a list of works cited: what the lines under them name states nothing. */
export const referenceHeadings = ['Références', 'Bibliographie', 'Sources', 'Notes et références'];

/** Mots qu'un hôte imitant une marque colle à son nom ("quillbankconnexion"). */
export const lookalikeHostWords: readonly string[] = [
  'connexion',
  'securite',
  'compte',
  'comptes',
  'assistance',
  'verification',
  'enligne',
  'monespace',
];
