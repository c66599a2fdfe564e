import type { ConnectiveVocabulary } from '../types.ts';

/**
 * English capitalised words that open sentences or clauses without being names: articles,
 * pronouns, prepositions, conjunctions, days, months, titles and words of page furniture ("Click").
 */
export const capitalisedFunctionWords = [
  'The',
  'A',
  'An',
  'This',
  'That',
  'These',
  'Those',
  'It',
  'Its',
  'He',
  'She',
  'They',
  'We',
  'You',
  'I',
  'His',
  'Her',
  'Their',
  'Our',
  'My',
  'Your',
  'According',
  'In',
  'On',
  'At',
  'By',
  'For',
  'From',
  'With',
  'Without',
  'After',
  'Before',
  'Since',
  'During',
  'But',
  'And',
  'Or',
  'So',
  'If',
  // A sentence opening with an auxiliary is a condition or a question, the name after it its subject.
  'Had',
  'Were',
  'Should',
  'When',
  'While',
  'As',
  'Then',
  'Also',
  'Finally',
  'Two',
  'Three',
  'More',
  'Less',
  'Among',
  'Between',
  'Several',
  'Some',
  'All',
  'Each',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Yes',
  'No',
  'Here',
  'There',
  'However',
  'Meanwhile',
  'Although',
  'Though',
  'Because',
  'Despite',
  'Earlier',
  'Later',
  'Last',
  'Next',
  'Other',
  'Another',
  'Such',
  'Many',
  'Most',
  'Much',
  'Both',
  'Either',
  'Neither',
  'Every',
  'Any',
  'None',
  'Click',
  'Share',
  'Read',
  'Yesterday',
  'Today',
  'Tomorrow',
] as const satisfies readonly string[];

export const connectives: ConnectiveVocabulary = {
  listCoordinators: [
    {
      phrases: ['and', 'or', 'as well as', 'along|together with'],
      examples: [
        {
          text: 'APT28 targeted Germany as well as Poland.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Poland' },
        },
        {
          text: 'APT28 targeted Germany along with Poland.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Poland' },
        },
        {
          // The commas of a list of kinds of victims placed after it join one object.
          text: 'APT28 targeted think tanks, universities and reporters in Portugal and Chile.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Chile' },
        },
      ],
    },
  ],
  listQuantifiers: [
    {
      phrases: ['all', 'both', 'each'],
      examples: [
        {
          text: 'The Quillon Bureau, the Harbour Cyber Office and the Kettle Agency, all part of the Ministry of Defence, ran the operation.',
          expect: { source: 'Quillon Bureau', type: 'PART_OF', target: 'Ministry of Defence' },
        },
      ],
    },
  ],
  agentPrepositions: [
    {
      phrases: ['by'],
      examples: [
        {
          text: 'The hack of the Bundestag was attributed to APT28 by Mandiant.',
          expect: { modality: 'reported', claimant: 'Mandiant' },
        },
        // An agent that is no name still makes the attribution a report, by no one named.
        {
          text: 'The hack of the Bundestag was attributed to APT28 by investigators.',
          expect: { modality: 'reported' },
        },
      ],
    },
  ],
  selfPronouns: [
    {
      // English may leave "that" out: "TV5Monde said it had been hacked" speaks of itself too.
      phrases: ['that it|he|she|they', 'it|he|she|they'],
      examples: [
        {
          text: 'Microsoft said that it had been targeted by APT28.',
          expect: { modality: 'reported', claimant: 'Microsoft' },
        },
        {
          text: 'The Harbour Bank said it had been hacked by APT28.',
          expect: { modality: 'reported', claimant: 'Harbour Bank' },
        },
      ],
    },
    {
      // A group speaking of itself by its kind: "X told reporters that the group had hacked Y"
      // is X's own claim (a reference to another group makes the speaker no end of the relation).
      phrases: ['that the group|gang', 'the group|gang'],
      examples: [
        {
          text: 'Lazarus Group said that the group had hacked Sony Pictures.',
          expect: { modality: 'reported', claimant: 'Lazarus Group' },
        },
      ],
    },
  ],
  // The pronoun after "that" stands for the speaker whatever verb follows it.
  selfPronounVerbs: [],
  invertedConditions: [
    {
      phrases: ['had', 'were', 'should'],
      examples: [
        {
          text: 'Had APT28 hacked NATO, the alliance would have answered.',
          expect: { modality: 'unstated' },
        },
        {
          text: 'Should Turla target the Bundestag again, Berlin will respond.',
          expect: { modality: 'unstated' },
        },
      ],
    },
  ],
  complementizers: [
    {
      phrases: ['that'],
      examples: [
        {
          text: 'The Harbour Cyber Office, attached to the Ministry of Defence, said that the outage was over.',
          expect: { modality: 'asserted' },
        },
      ],
    },
  ],
  recipientPrepositions: [
    {
      phrases: ['to'],
      examples: [
        {
          text: 'APT28 was linked by Mandiant to the GRU.',
          expect: { source: 'APT28', type: 'ATTRIBUTED_TO', target: 'GRU' },
        },
      ],
    },
  ],
  // "promoted to the head of X" makes its subject the head: no preposition takes a post from a name before it.
  postPrepositions: [],
  // A subject comes before its verb: no word marks a verb that opens its clause.
  clauseClitics: [],
  clauseOpeners: [],
  appositionArticles: [
    {
      phrases: ['a|an|the'],
      examples: [
        {
          text: 'The backdoor, sold by Quillsec, a company based in Bergen, reached the ministry.',
          expect: { source: 'Quillsec', type: 'LOCATED_IN', target: 'Bergen' },
        },
      ],
    },
  ],
  definiteArticles: [
    {
      phrases: ['the'],
      examples: [
        {
          text: 'APT99 sent lures to engineers in 2021. The malware used was the Greyfox backdoor.',
          expect: { source: 'APT99', type: 'USES', target: 'Greyfox' },
        },
      ],
    },
  ],
  indefiniteArticles: [
    {
      phrases: ['a|an'],
      examples: [
        {
          text: 'The Norland Data Office is an agency in charge of data protection. The Finance Ministry opened in 1990. The agency is based in Bergen.',
          expect: { source: 'Norland Data Office', type: 'LOCATED_IN', target: 'Bergen' },
        },
      ],
    },
  ],
  nounPhraseClosers: [
    {
      phrases: [
        'of|for|to|in|on|at|from|by|with|as',
        'that|which|who|whose|where',
        // A participle of place and a conjunction end the phrase too: "a body based in", "a bank and".
        'based',
        'and|or',
      ],
      examples: [
        {
          text: 'The Kestrel Office is a government agency that guards the networks of Norland. The Federal Agency for Roads opened in 1990. The agency is located in Bergen.',
          expect: { source: 'Kestrel Office', type: 'LOCATED_IN', target: 'Bergen' },
        },
        {
          text: 'The Kestrel Network Agency issued a report in May. The South Bureau is a unit of the national agency. The agency is located in Bergen.',
          expect: { source: 'Kestrel Network Agency', type: 'LOCATED_IN', target: 'Bergen' },
        },
      ],
    },
  ],
  placePrepositions: [
    {
      phrases: ['in|at'],
      examples: [
        {
          text: 'The attackers reached the Quillon Research Institute in Oslo.',
          expect: { source: 'Quillon Research Institute', type: 'LOCATED_IN', target: 'Oslo' },
        },
      ],
    },
  ],
  // "in" is a word of its own.
  placeClitics: [],
  // A preposition before "which" ("to which") is not read as an object's pronoun yet.
  prepositionalRelatives: [],
  originPrepositions: [
    {
      phrases: ['from'],
      examples: [
        {
          text: 'In Norway, investigators from the Quillon Bureau of Inquiry joined the Harbour Data Commission.',
          expect: { source: 'Harbour Data Commission', type: 'LOCATED_IN', target: 'Norway' },
        },
      ],
    },
  ],
  // "of the", "to the": the article is a word of its own.
  contractedArticles: [],
  possessivePronouns: [
    {
      phrases: ['its|their'],
      examples: [
        {
          text: 'APT99 targeted the Quillon Bank in May. Its backdoor Greyfox stole files.',
          expect: { source: 'APT99', type: 'USES', target: 'Greyfox' },
        },
      ],
    },
  ],
  demonstratives: [
    {
      phrases: ['this|these|that|those'],
      examples: [
        {
          text: 'The hack of the Quillon Bank took its site down in 2019. This attack on a regional hospital was attributed to APT99.',
          expect: { source: 'Hack of Quillon Bank', type: 'ATTRIBUTED_TO', target: 'APT99' },
        },
      ],
    },
  ],
  acronymSmallWords: [
    {
      phrases: ['of|the|and|for|on|in|a|an'],
      examples: [
        {
          text: 'The Norland Office for Network Defence (NOND) was founded in 2001. NOND is based in Bergen.',
          expect: { source: 'NOND', type: 'LOCATED_IN', target: 'Bergen' },
        },
      ],
    },
  ],
  comparisons: [
    {
      phrases: ['like', 'unlike', 'as with'],
      examples: [
        {
          text: 'Like APT28 before it, Turla hacked the Bundestag.',
          expect: { source: 'Turla', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  regionPrepositions: [
    {
      phrases: ['in'],
      examples: [
        {
          text: 'Floods hit towns in Bavaria, notably in Munich and in Ingolstadt.',
          expect: { source: 'Munich', type: 'PART_OF', target: 'Bavaria' },
        },
      ],
    },
  ],
  // A bare "in" after the comma would read a list of towns ("in Leeds, in York") as one in another.
  regionPlaceOpeners: [
    {
      phrases: ['notably|especially|particularly|mainly in'],
      examples: [
        {
          text: 'Storms were felt in Texas, especially in Austin and Houston.',
          expect: { source: 'Houston', type: 'PART_OF', target: 'Texas' },
        },
      ],
    },
  ],
  subjectRelatives: [
    {
      phrases: ['who|which|that'],
      examples: [
        {
          text: 'APT28, which has targeted the Bundestag, is tied to the GRU.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  perfectAuxiliaries: [
    {
      phrases: ['have|has|had'],
      examples: [
        {
          text: 'APT28, which has targeted the Bundestag, is tied to the GRU.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  passiveAuxiliaries: [
    {
      phrases: ['was|were|is|are', 'have|has|had been'],
      examples: [
        {
          text: 'APT28, which has been linked to the GRU, targeted the Bundestag.',
          expect: { source: 'APT28', type: 'ATTRIBUTED_TO', target: 'GRU' },
        },
      ],
    },
  ],
  restatingPronouns: [],
  subordinators: [
    {
      phrases: ['when|after|before|once|while|because|although|though|until'],
      examples: [
        {
          text: 'APT28 is a Russian group. When it targeted the Bundestag, it used Zebrocy.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  introductionPrepositions: [
    {
      phrases: ['in|during|throughout|since|across'],
      examples: [
        {
          text: 'APT28 is a Russian group. During the summer it targeted the Bundestag.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  questionWords: [
    {
      phrases: ['what|which|that|who|whom|where|when|whose'],
      examples: [
        {
          text: 'APT28 is a Russian group. In what it called a test, it targeted the Bundestag.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  conditionalAuxiliaries: [],
  auxiliaryAdverbs: [
    {
      phrases: ['also|already|since|then|however|always'],
      examples: [
        {
          text: 'APT28 has also targeted the Bundestag.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  adverbEndings: [
    {
      phrases: ['ly'],
      examples: [
        {
          text: 'APT28 has repeatedly targeted the Bundestag.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  negationClitics: [],
  negationParticles: [],
  adverbsAfterNegation: [],
  complementPrepositions: [],
  complementArticles: [],
  sponsorNouns: [
    {
      phrases: ['state', 'government'],
      examples: [
        {
          text: 'APT99, an Iranian state-backed group, hacked Quillbank.',
          expect: { source: 'APT99', type: 'ATTRIBUTED_TO', target: 'Iran' },
        },
      ],
    },
  ],
  sponsorshipParticiples: [
    {
      phrases: ['sponsored', 'backed', 'linked', 'affiliated', 'aligned', 'nexus'],
      examples: [
        {
          text: 'Iranian-backed actors such as APT99 hacked Quillbank.',
          expect: { source: 'APT99', type: 'ATTRIBUTED_TO', target: 'Iran' },
        },
      ],
    },
  ],
  stancePrefixes: [
    {
      phrases: ['pro', 'anti'],
      examples: [
        {
          text: 'The pro-Russian hacking group Ravelock attacked Quillbank on Monday.',
          expect: { source: 'Ravelock', type: 'TARGETED', target: 'Quillbank' },
        },
      ],
    },
  ],
  pastTenseEndings: [
    {
      phrases: ['ed'],
      examples: [
        {
          text: 'APT99 hacked Quillbank and Norland quickly responded with sanctions.',
          expect: { source: 'APT99', type: 'TARGETED', target: 'Quillbank' },
        },
      ],
    },
  ],
  sequenceAdverbs: [
    {
      phrases: ['then|later|afterwards|subsequently'],
      examples: [
        {
          text: 'APT99 hacked Quillbank, then targeted Bergen.',
          expect: { source: 'APT99', type: 'TARGETED', target: 'Bergen' },
        },
      ],
    },
  ],
  descriptionCopulas: [
    {
      phrases: ['is|was|are|were|remains', 'has|have been'],
      examples: [
        {
          text: 'APT99 has been an alleged Iranian state-sponsored group since 2014.',
          expect: { source: 'APT99', type: 'ATTRIBUTED_TO', target: 'Iran' },
        },
        {
          text: 'APT99 remains a likely Iranian state-backed actor.',
          expect: { source: 'APT99', type: 'ATTRIBUTED_TO', target: 'Iran' },
        },
      ],
    },
  ],
  bareCoordinators: [
    {
      phrases: ['and', 'or'],
      examples: [
        {
          text: 'Iranian-backed actors such as APT98 or APT99 hacked Quillbank.',
          expect: { source: 'APT99', type: 'ATTRIBUTED_TO', target: 'Iran' },
        },
      ],
    },
  ],
  pastParticipleEndings: [
    {
      phrases: ['ed'],
      examples: [
        {
          text: 'APT99 attacked servers operated by NATO.',
          expect: { source: 'APT99', type: 'TARGETED', target: 'NATO' },
        },
      ],
    },
  ],
  definitionCopulas: [
    {
      phrases: ['is|was'],
      examples: [
        {
          text: 'The Kestrel Office was the national cyber agency of Norway.',
          expect: { source: 'Kestrel Office', type: 'LOCATED_IN', target: 'Norway' },
        },
      ],
    },
  ],
  descriptionDeterminers: [
    {
      phrases: ['the|this|that|these'],
      examples: [
        {
          text: 'APT99 hacked Quillbank in May. These Iranian hackers also targeted Norbank.',
          expect: { source: 'APT99', type: 'TARGETED', target: 'Norbank' },
        },
      ],
    },
  ],
  repeatingDeterminers: [
    {
      phrases: ['this|the'],
      examples: [
        {
          text: 'The Kestrel Office is the national cyber agency of Norway. In May, APT99 targeted this national cyber agency.',
          expect: { source: 'APT99', type: 'TARGETED', target: 'Kestrel Office' },
        },
      ],
    },
  ],
  genitivePrepositions: [
    {
      phrases: ['of'],
      examples: [
        {
          text: 'The Kestrel Office is the national cyber agency of Norway.',
          expect: { source: 'Kestrel Office', type: 'LOCATED_IN', target: 'Norway' },
        },
      ],
    },
  ],
  impersonalCopulas: [
    {
      phrases: [
        'is|was|seems|seemed|appears|appeared|remains|remained',
        'has|had been',
        'should|could|would|must|may|might|can|will be',
      ],
      examples: [
        {
          text: 'APT99 hacked Quillbank in May. It is clear that APT98 targeted Norbank.',
          expect: { source: 'APT98', type: 'TARGETED', target: 'Norbank' },
        },
      ],
    },
  ],
  impersonalClauseOpeners: [
    {
      phrases: ['that|whether|if|who|how|why|when'],
      examples: [
        {
          text: 'APT99 hacked Quillbank in May. It is clear that APT98 targeted Norbank.',
          expect: { source: 'APT98', type: 'TARGETED', target: 'Norbank' },
        },
      ],
    },
  ],
  impersonalAdjectives: [
    {
      phrases: [
        'possible|impossible|important|difficult|hard|easy|necessary|worth|unclear|clear|interesting|notable|noteworthy|early to',
        'too early to',
        'not possible|impossible|important|difficult|hard|easy|necessary|worth|unclear|clear|interesting|notable|noteworthy|early to',
        'not too early to',
      ],
      examples: [
        {
          text: 'APT99 hacked Quillbank in May. It is too early to say whether APT98 targeted Norbank.',
          expect: { source: 'APT99', type: 'TARGETED', target: 'Quillbank' },
        },
      ],
    },
  ],
  impersonalVerbs: [],
};

/** Headings of a list of works cited: what the lines under them name states nothing. */
export const referenceHeadings = ['References', 'Bibliography', 'Sources', 'Works cited', 'Further reading'];

/** Words a look-alike host glues to the brand it copies ("office365online", "securequillbank"). */
export const lookalikeHostWords: readonly string[] = [
  'online',
  'login',
  'logon',
  'signin',
  'secure',
  'security',
  'verify',
  'verification',
  'support',
  'update',
  'updates',
  'account',
  'accounts',
  'portal',
  'cloud',
  'mail',
  'webmail',
  'service',
  'services',
  'auth',
  'sso',
  'docs',
  'share',
  'files',
  'helpdesk',
  'my',
];
