import type { ConnectiveVocabulary } from '../types.ts';

/** Arabic script has no capitals: no capitalised word can be mistaken for a name. */
export const capitalisedFunctionWords = [] as const satisfies readonly string[];

export const connectives: ConnectiveVocabulary = {
  listCoordinators: [
    {
      // List items are joined by "و", glued to the next item or, in much writing, apart from it.
      phrases: ['و'],
      examples: [
        {
          text: 'واستهدفت مجموعة APT28 وزارات في تركيا و باكستان.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Pakistan' },
        },
      ],
    },
  ],
  listQuantifiers: [],
  agentPrepositions: [
    {
      // "من قبل": "by", before the agent of a passive, who makes an attribution in the passive.
      phrases: ['من قبل'],
      examples: [
        {
          text: 'ونُسب الهجوم على قناة TV5Monde من قبل شركة مايكروسوفت إلى مجموعة APT28.',
          expect: { modality: 'reported', claimant: 'Microsoft' },
        },
      ],
    },
  ],
  selfPronouns: [
    {
      // Joined to "أن"/"إن": the speaker's own act ("زعمت مجموعة X أنها اخترقت Y").
      phrases: ['أنه|أنها|أنهم', 'إنه|إنها|إنهم'],
      examples: [
        {
          text: 'وزعمت مجموعة APT28 أنها اخترقت وزارة الدفاع الألمانية.',
          expect: { modality: 'reported', claimant: 'APT28' },
        },
      ],
    },
  ],
  selfPronounVerbs: [
    {
      // "أنه كان", "أنها قد", "أنها تعرضت": the speaker speaks of its own past or of what it suffered.
      phrases: ['كان|كانت|قد', 'تعرض|تعرضت'],
      examples: [
        {
          text: 'وكانت شركة كويلسك قد أكدت أنها كانت ضحية حملة قرصنة من قبل مجموعة لازاروس.',
          expect: { modality: 'reported', claimant: 'كويلسك' },
        },
      ],
    },
  ],
  // No inversion opens a condition in this language's news.
  invertedConditions: [],
  complementizers: [
    {
      phrases: ['أن', 'إن'],
      examples: [
        {
          text: 'شركة كويلسك، التابعة لوزارة الدفاع والتي تأسست عام 1999 لمتابعة التهديدات، أكدت أن العطل انتهى.',
          expect: { modality: 'asserted' },
        },
      ],
    },
  ],
  recipientPrepositions: [
    {
      phrases: ['إلى'],
      examples: [
        {
          text: 'وتنسب واشنطن إلى مجموعة لازاروس برنامج واناكراي.',
          expect: { source: 'WannaCry', type: 'ATTRIBUTED_TO', target: 'Lazarus Group' },
        },
      ],
    },
  ],
  postPrepositions: [
    {
      // "رسالة من X إلى رئيس بلدية Y": the letter goes to the mayor; X, its sender, holds no post.
      // "ل" is written glued to the post ("لرئيس").
      phrases: ['إلى', 'ل'],
      examples: [
        {
          text: 'وصلت رسالة من سامي حداد إلى رئيس بلدية نابلس محمد الخطيب.',
          expect: { source: 'محمد الخطيب', type: 'LEADS', target: 'بلدية نابلس' },
        },
      ],
    },
  ],
  clauseClitics: [
    {
      phrases: ['و', 'ف'],
      examples: [
        {
          text: 'واستهدفت مجموعة APT28 ألمانيا واستهدفت مجموعة لازاروس فرنسا.',
          expect: { source: 'Lazarus Group', type: 'TARGETED', target: 'France' },
        },
      ],
    },
  ],
  clauseOpeners: [
    {
      // "ثم": a second act, its subject after its verb.
      phrases: ['ثم'],
      examples: [
        {
          text: 'هاجمت مجموعة APT28 ألمانيا ثم هاجمت مجموعة لازاروس فرنسا.',
          expect: { source: 'Lazarus Group', type: 'TARGETED', target: 'France' },
        },
      ],
    },
    {
      // "قد", "لقد" before a past verb, glued to "و" or "ف" or not.
      phrases: ['قد|لقد'],
      examples: [
        {
          text: 'اخترقت مجموعة APT28 وزارة الدفاع الألمانية وقد اخترقت مجموعة لازاروس شركة سوني بيكتشرز.',
          expect: { source: 'Lazarus Group', type: 'TARGETED', target: 'Sony Pictures' },
        },
      ],
    },
    {
      // "أن" after "بعد", "قبل": a clause of time, its verb first.
      phrases: ['أن|إن'],
      examples: [
        {
          text: 'استهدفت مجموعة APT28 فرنسا بعد أن اخترقت مجموعة لازاروس شركة سوني بيكتشرز.',
          expect: { source: 'Lazarus Group', type: 'TARGETED', target: 'Sony Pictures' },
        },
      ],
    },
    {
      // "كما": one more act, told after another.
      phrases: ['كما'],
      examples: [
        {
          text: 'استهدفت مجموعة APT28 وزارة الدفاع الألمانية كما استهدفت مجموعة Sandworm أوكرانيا.',
          expect: { source: 'Sandworm Team', type: 'TARGETED', target: 'Ukraine' },
        },
      ],
    },
    {
      // "بل", "لكن": the act a contrast opposes to the one before, its own subject after its verb.
      phrases: ['بل', 'لكن'],
      examples: [
        {
          text: 'لم تستهدف مجموعة APT28 أوكرانيا، بل استهدفت مجموعة Sandworm بولندا.',
          expect: { source: 'Sandworm Team', type: 'TARGETED', target: 'Poland' },
        },
      ],
    },
  ],
  // The article "ال" is glued to its noun, and Arabic has no indefinite one: no article is a
  // word of its own, none opens an apposition.
  appositionArticles: [],
  definiteArticles: [],
  indefiniteArticles: [],
  // A definition's head is its first word, read without looking for where its phrase ends.
  nounPhraseClosers: [],
  placePrepositions: [
    {
      phrases: ['في'],
      examples: [
        {
          text: 'واستهدفت مجموعة APT28 معهد الأبحاث المركزي في موسكو.',
          expect: { source: 'معهد الأبحاث المركزي', type: 'LOCATED_IN', target: 'موسكو' },
        },
      ],
    },
  ],
  placeClitics: [
    {
      phrases: ['ب'],
      examples: [
        {
          text: 'واستهدفت مجموعة APT28 معهد الأبحاث المركزي بموسكو.',
          expect: { source: 'معهد الأبحاث المركزي', type: 'LOCATED_IN', target: 'موسكو' },
        },
      ],
    },
  ],
  // The relative ("التي", "الذي") is the same word whatever its case: none apart.
  prepositionalRelatives: [],
  // No sentence opening on a place is read in Arabic (opening-places.ts): none.
  originPrepositions: [],
  // The article is glued to its noun: none.
  contractedArticles: [],
  // The possessive is glued to its noun ("حملتها"): none.
  possessivePronouns: [],
  demonstratives: [
    {
      phrases: ['هذا|هذه|ذلك|تلك'],
      examples: [
        {
          text: 'تعرضت شركة Quillsec للاختراق في عام 2019. ونُسب هذا الهجوم على مستشفى إقليمي إلى مجموعة APT99.',
          expect: { source: 'Hack of Quillsec', type: 'ATTRIBUTED_TO', target: 'APT99' },
        },
      ],
    },
  ],
  comparisons: [
    {
      phrases: ['على غرار', 'مثل|مثلما', 'خلافا ل|لـ', 'بخلاف'],
      examples: [
        {
          text: 'على غرار مجموعة APT28، اخترقت مجموعة Turla البوندستاغ.',
          expect: { source: 'Turla', type: 'TARGETED', target: 'البوندستاغ' },
        },
      ],
    },
  ],
  // Arabic names are not spelled out as Latin acronyms: none.
  acronymSmallWords: [],
  // No region phrase of this kind is read in Arabic yet.
  regionPrepositions: [],
  regionPlaceOpeners: [],
  subjectRelatives: [
    {
      phrases: ['التي|الذي|الذين|اللذين|اللتين|اللواتي'],
      examples: [
        {
          text: 'مجموعة APT28 التي اخترقت البوندستاغ مرتبطة بالاستخبارات الروسية.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'البوندستاغ' },
        },
      ],
    },
  ],
  perfectAuxiliaries: [],
  passiveAuxiliaries: [],
  restatingPronouns: [
    {
      phrases: ['هو|هي|هم'],
      examples: [
        {
          text: 'وقالت باريس إن مجموعة APT28 هي التي دبرت الهجوم على قناة TV5Monde.',
          expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
        },
      ],
    },
  ],
  subordinators: [],
  introductionPrepositions: [],
  questionWords: [],
  conditionalAuxiliaries: [],
  auxiliaryAdverbs: [],
  adverbEndings: [],
  negationClitics: [],
  negationParticles: [],
  adverbsAfterNegation: [],
  complementPrepositions: [],
  complementArticles: [],
  sponsorNouns: [],
  sponsorshipParticiples: [],
  stancePrefixes: [],
  pastTenseEndings: [],
  sequenceAdverbs: [],
  descriptionCopulas: [],
  bareCoordinators: [],
  pastParticipleEndings: [],
  definitionCopulas: [],
  descriptionDeterminers: [],
  repeatingDeterminers: [],
  genitivePrepositions: [],
  impersonalCopulas: [],
  impersonalClauseOpeners: [],
  impersonalAdjectives: [],
  impersonalVerbs: [],
};

/** Headings of a list of works cited: what the lines under them name states nothing. */
export const referenceHeadings = ['المراجع', 'المصادر', 'مراجع', 'مصادر'];

/** Hosts are written in Latin letters: the words they glue to a brand are the other packs'. */
export const lookalikeHostWords: readonly string[] = [];
