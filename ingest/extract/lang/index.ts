/**
 * The language packs, checked and expanded once when this module loads: a malformed pack
 * stops the program with a message naming the pack, the concept and the phrase, rather than
 * leaving a rule silently without its words. Rule modules read the expanded lists from here.
 */
import {
  ENTITY_TYPES,
  MODALITIES,
  RELATION_TYPES,
  type EntityType,
  type RelationType,
} from '../../../graph-schema/schema.ts';
import { pack as ar } from './ar/index.ts';
import { pack as en } from './en/index.ts';
import { pack as fr } from './fr/index.ts';
import { expandShorthand } from './shorthand.ts';
import {
  TRIGGER_IDS,
  type ClaimConcept,
  type ClaimPattern,
  type Example,
  type GamesKind,
  type ClaimExpectation,
  type ConnectiveVocabulary,
  type EnumerationVocabulary,
  type EntityExpectation,
  type IncidentPattern,
  type IncidentVocabulary,
  type LanguagePack,
  type Pattern,
  type PackLanguage,
  type PronounPattern,
  type ReferenceVocabulary,
  type RelationExpectation,
  type TableKindPattern,
  type TableRelationPattern,
  type TriggerId,
} from './types.ts';

export interface LoadedClaims extends Record<ClaimConcept, readonly string[]> {
  /** The verbs of saying whose subject, when a capitalised name, is a person. */
  speakerVerbs: readonly string[];
  /** Verbs of saying whose object is the listener ("told"). */
  listenerVerbs: readonly string[];
  /** Gerunds of saying whose subject is the main clause's, before them ("en révélant"). */
  subjectBeforeVerbs: readonly string[];
  /**
   * A verb of saying or a negation and a word after it, or an auxiliary before a verb of
   * saying, that together say something else ("reports to", "لا يزال", "was indicted").
   */
  otherSenses: readonly string[];
  participles: readonly string[];
  relatives: readonly string[];
  /** Relative pronouns of the object ("que"): the words after them are the verb's subject. */
  objectRelatives: readonly string[];
  unnamedSpeakers: readonly string[];
  timesBeforeSpeaker: readonly string[];
  accusations: readonly string[];
  laterAccusers: readonly string[];
  clefts: readonly string[];
  involvements: readonly string[];
  dismissiveCalls: readonly string[];
  dismissals: readonly string[];
  revisionOpenings: readonly string[];
  revisionTurns: readonly string[];
  contactRelatives: readonly string[];
  sayingRelatives: readonly string[];
  continuation: {
    subjects: readonly string[];
    verbs: readonly string[];
    verbsAlone: readonly string[];
    sources: readonly string[];
  };
}

/** The connectives whose examples are relations, and those whose examples are claims. */
type RelationConnective =
  | 'listCoordinators'
  | 'listQuantifiers'
  | 'recipientPrepositions'
  | 'postPrepositions'
  | 'clauseClitics'
  | 'clauseOpeners'
  | 'appositionArticles'
  | 'definiteArticles'
  | 'indefiniteArticles'
  | 'nounPhraseClosers'
  | 'placePrepositions'
  | 'placeClitics'
  | 'prepositionalRelatives'
  | 'originPrepositions'
  | 'contractedArticles'
  | 'possessivePronouns'
  | 'demonstratives'
  | 'acronymSmallWords'
  | 'comparisons'
  | 'regionPrepositions'
  | 'regionPlaceOpeners'
  | 'subjectRelatives'
  | 'perfectAuxiliaries'
  | 'passiveAuxiliaries'
  | 'restatingPronouns'
  | 'subordinators'
  | 'introductionPrepositions'
  | 'questionWords'
  | 'conditionalAuxiliaries'
  | 'auxiliaryAdverbs'
  | 'adverbEndings'
  | 'negationClitics'
  | 'negationParticles'
  | 'adverbsAfterNegation'
  | 'complementPrepositions'
  | 'complementArticles'
  | 'sponsorNouns'
  | 'sponsorshipParticiples'
  | 'stancePrefixes'
  | 'pastTenseEndings'
  | 'sequenceAdverbs'
  | 'descriptionCopulas'
  | 'bareCoordinators'
  | 'pastParticipleEndings'
  | 'definitionCopulas'
  | 'descriptionDeterminers'
  | 'repeatingDeterminers'
  | 'genitivePrepositions'
  | 'impersonalCopulas'
  | 'impersonalClauseOpeners'
  | 'impersonalAdjectives'
  | 'impersonalVerbs';
type ClaimConnective =
  'agentPrepositions' | 'selfPronouns' | 'selfPronounVerbs' | 'complementizers' | 'invertedConditions';

/** One language's words for a relation trigger, every shorthand expanded. */
export interface LoadedTriggerWords {
  phrases: readonly string[];
  notAfter: readonly string[];
  notAfterUnlessNamed: readonly string[];
  notBefore: readonly string[];
  notRightAfter: readonly string[];
  between: readonly string[];
  deedLinkers: readonly string[];
  deedAuxiliaries: readonly string[];
}

export type IncidentConcept = Exclude<
  keyof IncidentVocabulary,
  | 'adjectives'
  | 'months'
  | 'againstVictim'
  | 'victimPrepositions'
  | 'onVictim'
  | 'partyMarkers'
  | 'complementEnds'
  | 'undergoneVerbs'
  | 'placePrepositions'
  | 'occurrenceVerbs'
  | 'existentials'
  | 'agentVictims'
  | 'agentDeeds'
  | 'agentLinkers'
  | 'namedIncidentDeterminers'
  | 'militaryMeans'
  | 'cyberStems'
  | 'unnamedIntruders'
  | 'unnamedIntruderDoubts'
  | 'objectlessClaims'
  | 'claimObjectWords'
  | 'holdingsHit'
>;
export type LoadedIncidents = Record<Exclude<keyof IncidentVocabulary, 'games'>, readonly string[]> & {
  games: ReadonlyArray<{ phrase: string; kind: GamesKind }>;
};

export interface LoadedPack {
  lang: PackLanguage;
  verbFirst: boolean;
  claims: LoadedClaims;
  triggers: Readonly<Partial<Record<TriggerId, LoadedTriggerWords>>>;
  incidents: LoadedIncidents;
  roles: {
    afterName: readonly string[];
    betweenEmployerAndName: readonly string[];
    headsBetweenEmployerAndName: readonly string[];
    membersAfterName: readonly string[];
    placeRelatives: readonly string[];
    careersInBody: readonly string[];
    postCopulas: readonly string[];
    businessesRun: readonly string[];
    formerPosts: readonly string[];
    aliasHeads: readonly string[];
    partNouns: readonly string[];
    placedBodyNouns: readonly string[];
  };
  enumerations: {
    opening: readonly string[];
    comparing: readonly string[];
    beforeExample: readonly string[];
    indicatorLeads: readonly string[];
    infrastructureVerbs: readonly string[];
    ownershipCompounds: readonly string[];
    softwareKinds: readonly string[];
    victimPlaces: readonly string[];
    unsaidUserSubjects: readonly string[];
    unsaidUserPurposes: readonly string[];
    indicatorPlaceLinks: readonly string[];
    indicatorPlaceArticles: readonly string[];
    indicatorPlaceEnds: readonly string[];
    actorHoldings: readonly string[];
    holdingVerbs: readonly string[];
    holdingPrepositions: readonly string[];
    holdingParticiples: readonly string[];
    imitationWords: readonly string[];
  };
  references: LoadedReferences;
  capitalisedFunctionWords: readonly string[];
  referenceHeadings: readonly string[];
  lookalikeHostWords: readonly string[];
  connectives: Record<keyof ConnectiveVocabulary, readonly string[]>;
  tables: LoadedTables;
}

/** A pack's referring phrases, expanded; an organisation's or a company's with what its pattern says. */
export type LoadedReferences = Record<
  Exclude<keyof ReferenceVocabulary, 'organisations' | 'companies' | 'pronouns'>,
  readonly string[]
> & {
  organisations: ReadonlyArray<{ phrase: string; standsAlsoFor: readonly string[]; articleInName: boolean }>;
  companies: ReadonlyArray<{ phrase: string; modifiers: boolean }>;
  pronouns: ReadonlyArray<{ phrase: string; agrees: PronounPattern['agrees'] }>;
};

/** A table's header or caption words, expanded, each with what it says. */
export interface LoadedTables {
  subjectColumns: ReadonlyArray<{ phrase: string; type?: EntityType }>;
  relationColumns: ReadonlyArray<{ phrase: string; relation: RelationType }>;
  rowKinds: ReadonlyArray<{ phrase: string; type?: EntityType }>;
  captionRelations: ReadonlyArray<{ phrase: string; relation: RelationType }>;
  victimPassives: readonly string[];
}

export const INCIDENT_CONCEPTS: readonly IncidentConcept[] = [
  'nouns',
  'victimLinkers',
  'afterVictim',
  'afterName',
  'datedNouns',
  'targetNouns',
  'leakedMaterial',
  'elections',
  'intrusionNouns',
  'undergoneNouns',
  'namedIncidentNouns',
  'incidentNaming',
  'projectNouns',
  'projectNounsAfter',
  'unnamedIntruderDeeds',
  'victimQuantifiers',
  'personCampaignNouns',
  'personCampaignLinks',
  'personCampaignModifiers',
  'games',
  'gamesPlaceLinks',
  'holdingsOfVictim',
];

export const CLAIM_CONCEPTS: readonly ClaimConcept[] = [
  'sources',
  'saying',
  'unconfirmed',
  'hedges',
  'suspicions',
  'denials',
  'passiveDenials',
  'negations',
  'contrasts',
  'laterDoubts',
  'imitations',
  'concessions',
  'conditions',
];

const ARABIC_LETTER = /[\u0600-\u06ff]/u;

/** Checks a pack and expands its shorthand; throws an Error that says what is wrong and where. */
export function loadPack(pack: LanguagePack): LoadedPack {
  const where = `language pack "${pack.lang}"`;
  /** `concept` is "triggers.<id>", "incidents.<list>" or "roles.<list>", a claim concept otherwise. */
  const expanded = (concept: string, phrases: readonly string[]): string[] => {
    const place = /^(?:triggers|incidents|roles|enumerations|references|connectives)\./u.test(concept)
      ? concept
      : `claims.${concept}`;
    return phrases.flatMap((phrase) => {
      if (ARABIC_LETTER.test(phrase) !== (pack.lang === 'ar')) {
        throw new Error(`${where}, ${place}: "${phrase}" is not written in the pack's script`);
      }
      try {
        return expandShorthand(phrase);
      } catch (error) {
        throw new Error(`${where}, ${place}: ${(error as Error).message}`, { cause: error });
      }
    });
  };
  /** `concept` is a claim concept, or "connectives.<list>". */
  const checkExamples = (concept: string, examples: readonly Example<ClaimExpectation>[]) => {
    const place = concept.startsWith('connectives.') ? concept : `claims.${concept}`;
    if (examples.length === 0) throw new Error(`${where}, ${place}: a pattern has no example sentence`);
    for (const example of examples) {
      if (example.text.trim() === '') throw new Error(`${where}, ${place}: an example has no text`);
      if (
        example.expect.modality !== 'unstated' &&
        !(MODALITIES as readonly string[]).includes(example.expect.modality)
      ) {
        throw new Error(`${where}, ${place}: unknown modality "${example.expect.modality}"`);
      }
    }
  };
  // Connectives whose examples are relations (lists, parties, clause openings) or claims (agents
  // and self pronouns of a speaker): each concept's examples checked, its phrases expanded.
  const relationConnective = (kind: RelationConnective) =>
    pack.connectives[kind].flatMap((pattern) => {
      for (const example of pattern.examples) checkRelationExample(where, `connectives.${kind}`, example);
      return expanded(`connectives.${kind}`, pattern.phrases);
    });
  const claimConnective = (kind: ClaimConnective) =>
    pack.connectives[kind].flatMap((pattern) => {
      checkExamples(`connectives.${kind}`, pattern.examples);
      return expanded(`connectives.${kind}`, pattern.phrases);
    });
  const seen = new Map<string, string>();
  const concept = (name: keyof LanguagePack['claims'], patterns: readonly ClaimPattern[]): string[] => {
    if (patterns.length === 0) throw new Error(`${where}, claims.${name}: no patterns`);
    return patterns.flatMap((pattern) => {
      checkExamples(name, pattern.examples);
      const forms = expanded(name, pattern.phrases);
      if (forms.length === 0) throw new Error(`${where}, claims.${name}: a pattern has no phrases`);
      for (const form of forms) {
        const key = form.toLowerCase();
        const other = seen.get(key);
        // One phrase, one meaning: a phrase in two lists would make its modality depend on list order.
        if (other) throw new Error(`${where}: "${form}" is listed in claims.${other} and claims.${name}`);
        seen.set(key, name);
      }
      return forms;
    });
  };
  const { claims } = pack;
  const loaded = Object.fromEntries(
    CLAIM_CONCEPTS.map((name) => [name, concept(name, claims[name])]),
  ) as Record<ClaimConcept, string[]>;
  checkExamples('continuation', claims.continuation.examples);
  return {
    lang: pack.lang,
    verbFirst: pack.verbFirst,
    triggers: loadTriggers(pack, expanded),
    incidents: loadIncidents(pack, expanded),
    roles: {
      afterName: pack.roles.afterName.flatMap((pattern) => {
        for (const example of pattern.examples) checkEntityExample(where, 'roles.afterName', example);
        return expanded('roles.afterName', pattern.phrases);
      }),
      betweenEmployerAndName: pack.roles.betweenEmployerAndName.flatMap((pattern) =>
        expanded('roles.betweenEmployerAndName', pattern.phrases),
      ),
      headsBetweenEmployerAndName: pack.roles.headsBetweenEmployerAndName.flatMap((pattern) =>
        expanded('roles.headsBetweenEmployerAndName', pattern.phrases),
      ),
      membersAfterName: pack.roles.membersAfterName.flatMap((pattern) =>
        expanded('roles.membersAfterName', pattern.phrases),
      ),
      placeRelatives: expanded('roles.placeRelatives', pack.roles.placeRelatives),
      careersInBody: pack.roles.careersInBody.flatMap((pattern) =>
        expanded('roles.careersInBody', pattern.phrases),
      ),
      postCopulas: pack.roles.postCopulas.flatMap((pattern) =>
        expanded('roles.postCopulas', pattern.phrases),
      ),
      businessesRun: pack.roles.businessesRun.flatMap((pattern) =>
        expanded('roles.businessesRun', pattern.phrases),
      ),
      formerPosts: expanded('roles.formerPosts', pack.roles.formerPosts),
      aliasHeads: pack.roles.aliasHeads.flatMap((pattern) => {
        for (const example of pattern.examples) checkRelationExample(where, 'roles.aliasHeads', example);
        return expanded('roles.aliasHeads', pattern.phrases);
      }),
      partNouns: pack.roles.partNouns.flatMap((pattern) => {
        for (const example of pattern.examples) checkRelationExample(where, 'roles.partNouns', example);
        return expanded('roles.partNouns', pattern.phrases);
      }),
      placedBodyNouns: pack.roles.placedBodyNouns.flatMap((pattern) => {
        for (const example of pattern.examples) checkRelationExample(where, 'roles.placedBodyNouns', example);
        return expanded('roles.placedBodyNouns', pattern.phrases);
      }),
    },
    enumerations: loadEnumerations(pack, expanded),
    references: loadReferences(pack, expanded),
    tables: loadTables(pack, expanded),
    connectives: {
      listCoordinators: relationConnective('listCoordinators'),
      listQuantifiers: relationConnective('listQuantifiers'),
      agentPrepositions: claimConnective('agentPrepositions'),
      selfPronouns: claimConnective('selfPronouns'),
      selfPronounVerbs: claimConnective('selfPronounVerbs'),
      complementizers: claimConnective('complementizers'),
      invertedConditions: claimConnective('invertedConditions'),
      recipientPrepositions: relationConnective('recipientPrepositions'),
      postPrepositions: relationConnective('postPrepositions'),
      clauseClitics: relationConnective('clauseClitics'),
      clauseOpeners: relationConnective('clauseOpeners'),
      appositionArticles: relationConnective('appositionArticles'),
      definiteArticles: relationConnective('definiteArticles'),
      indefiniteArticles: relationConnective('indefiniteArticles'),
      nounPhraseClosers: relationConnective('nounPhraseClosers'),
      placePrepositions: relationConnective('placePrepositions'),
      placeClitics: relationConnective('placeClitics'),
      prepositionalRelatives: relationConnective('prepositionalRelatives'),
      originPrepositions: relationConnective('originPrepositions'),
      contractedArticles: relationConnective('contractedArticles'),
      possessivePronouns: relationConnective('possessivePronouns'),
      demonstratives: relationConnective('demonstratives'),
      acronymSmallWords: relationConnective('acronymSmallWords'),
      comparisons: relationConnective('comparisons'),
      regionPrepositions: relationConnective('regionPrepositions'),
      regionPlaceOpeners: relationConnective('regionPlaceOpeners'),
      subjectRelatives: relationConnective('subjectRelatives'),
      perfectAuxiliaries: relationConnective('perfectAuxiliaries'),
      passiveAuxiliaries: relationConnective('passiveAuxiliaries'),
      restatingPronouns: relationConnective('restatingPronouns'),
      subordinators: relationConnective('subordinators'),
      introductionPrepositions: relationConnective('introductionPrepositions'),
      questionWords: relationConnective('questionWords'),
      conditionalAuxiliaries: relationConnective('conditionalAuxiliaries'),
      auxiliaryAdverbs: relationConnective('auxiliaryAdverbs'),
      adverbEndings: relationConnective('adverbEndings'),
      negationClitics: relationConnective('negationClitics'),
      negationParticles: relationConnective('negationParticles'),
      adverbsAfterNegation: relationConnective('adverbsAfterNegation'),
      complementPrepositions: relationConnective('complementPrepositions'),
      complementArticles: relationConnective('complementArticles'),
      sponsorNouns: relationConnective('sponsorNouns'),
      sponsorshipParticiples: relationConnective('sponsorshipParticiples'),
      stancePrefixes: relationConnective('stancePrefixes'),
      pastTenseEndings: relationConnective('pastTenseEndings'),
      sequenceAdverbs: relationConnective('sequenceAdverbs'),
      descriptionCopulas: relationConnective('descriptionCopulas'),
      bareCoordinators: relationConnective('bareCoordinators'),
      pastParticipleEndings: relationConnective('pastParticipleEndings'),
      definitionCopulas: relationConnective('definitionCopulas'),
      descriptionDeterminers: relationConnective('descriptionDeterminers'),
      repeatingDeterminers: relationConnective('repeatingDeterminers'),
      genitivePrepositions: relationConnective('genitivePrepositions'),
      impersonalCopulas: relationConnective('impersonalCopulas'),
      impersonalClauseOpeners: relationConnective('impersonalClauseOpeners'),
      impersonalAdjectives: relationConnective('impersonalAdjectives'),
      impersonalVerbs: relationConnective('impersonalVerbs'),
    },
    capitalisedFunctionWords: pack.capitalisedFunctionWords.map((word) => {
      // A word the name finders compare as written: one capitalised word, no shorthand.
      if (!/^\p{Lu}\p{Ll}*$/u.test(word)) {
        throw new Error(`${where}, capitalisedFunctionWords: "${word}" is not one capitalised word`);
      }
      return word;
    }),
    referenceHeadings: pack.referenceHeadings.map((heading) => {
      // Compared as written, without case: no shorthand, no markup.
      if (!/^[\p{L}][\p{L}\p{M} ]*$/u.test(heading)) {
        throw new Error(`${where}, referenceHeadings: "${heading}" is not a plain heading`);
      }
      return heading;
    }),
    lookalikeHostWords: pack.lookalikeHostWords.map((word) => {
      // Compared with the letters of a host's label: one word, lower case, no shorthand.
      if (!/^\p{Ll}+$/u.test(word)) {
        throw new Error(`${where}, lookalikeHostWords: "${word}" is not one lower-case word`);
      }
      return word;
    }),
    claims: {
      ...loaded,
      participles: concept('participles', claims.participles),
      relatives: concept('relatives', claims.relatives),
      objectRelatives: expanded(
        'relatives',
        claims.relatives.filter((pattern) => pattern.objectCase).flatMap((pattern) => pattern.phrases),
      ),
      unnamedSpeakers: concept('unnamedSpeakers', claims.unnamedSpeakers),
      // A language whose time follows the speaker has none.
      timesBeforeSpeaker: claims.timesBeforeSpeaker.flatMap((pattern) => {
        checkExamples('timesBeforeSpeaker', pattern.examples);
        return expanded('timesBeforeSpeaker', pattern.phrases);
      }),
      accusations: concept('accusations', claims.accusations),
      // A language may have none.
      involvements: claims.involvements.flatMap((pattern) => {
        checkExamples('involvements', pattern.examples);
        return expanded('involvements', pattern.phrases);
      }),
      // Conjunctions, not cues of a modality: they may share a phrase with one, and a language
      // may have none.
      laterAccusers: claims.laterAccusers.flatMap((pattern) => {
        checkExamples('laterAccusers', pattern.examples);
        return expanded('laterAccusers', pattern.phrases);
      }),
      // Bounds of a negation's reach, not cues of a modality; a language may have none.
      clefts: claims.clefts.flatMap((pattern) => {
        checkExamples('clefts', pattern.examples);
        return expanded('clefts', pattern.phrases);
      }),
      // A dismissal is two pieces read together, not a cue on its own; a language may have none.
      dismissiveCalls: claims.dismissiveCalls.flatMap((pattern) => {
        checkExamples('dismissiveCalls', pattern.examples);
        return expanded('dismissiveCalls', pattern.phrases);
      }),
      dismissals: claims.dismissals.flatMap((pattern) => {
        checkExamples('dismissals', pattern.examples);
        return expanded('dismissals', pattern.phrases);
      }),
      // A revision is two pieces read together, as a dismissal is.
      revisionOpenings: claims.revisionOpenings.flatMap((pattern) => {
        checkExamples('revisionOpenings', pattern.examples);
        return expanded('revisionOpenings', pattern.phrases);
      }),
      revisionTurns: claims.revisionTurns.flatMap((pattern) => {
        checkExamples('revisionTurns', pattern.examples);
        return expanded('revisionTurns', pattern.phrases);
      }),
      contactRelatives: claims.contactRelatives.flatMap((pattern) => {
        checkExamples('contactRelatives', pattern.examples);
        return expanded('contactRelatives', pattern.phrases);
      }),
      sayingRelatives: claims.sayingRelatives.flatMap((pattern) => {
        checkExamples('sayingRelatives', pattern.examples);
        return expanded('sayingRelatives', pattern.phrases);
      }),
      speakerVerbs: expanded(
        'saying',
        claims.saying.filter((pattern) => pattern.marksSpeaker).flatMap((pattern) => pattern.phrases),
      ),
      listenerVerbs: expanded(
        'saying',
        claims.saying.filter((pattern) => pattern.namesListener).flatMap((pattern) => pattern.phrases),
      ),
      otherSenses: [
        ...(['saying', 'negations'] as const).flatMap((concept) =>
          claims[concept].flatMap((pattern) =>
            expanded(concept, pattern.phrases).flatMap((cue) =>
              expanded(concept, pattern.notBefore ?? []).map((word) => `${cue} ${word}`),
            ),
          ),
        ),
        ...claims.saying.flatMap((pattern) =>
          expanded('saying', pattern.phrases).flatMap((verb) =>
            expanded('saying', pattern.notAfter ?? []).map((words) => `${words} ${verb}`),
          ),
        ),
      ],
      subjectBeforeVerbs: [
        ...expanded(
          'saying',
          claims.saying.filter((pattern) => pattern.subjectBefore).flatMap((pattern) => pattern.phrases),
        ),
        ...expanded(
          'denials',
          claims.denials.filter((pattern) => pattern.subjectBefore).flatMap((pattern) => pattern.phrases),
        ),
      ],
      continuation: {
        subjects: expanded('continuation', claims.continuation.subjects),
        verbs: expanded('continuation', claims.continuation.verbs),
        verbsAlone: expanded('continuation', claims.continuation.verbsAlone ?? []),
        sources: expanded('continuation', claims.continuation.sources ?? []),
      },
    },
  };
}

const RELATION_TYPE_NAMES: ReadonlySet<string> = new Set(RELATION_TYPES.map((type) => type.name));

/**
 * A pack's trigger words, expanded; refuses an unknown trigger id, an example without its
 * expected relation, and a phrase given to two triggers (which one it states would then depend
 * on the order of the lists).
 */
function loadTriggers(
  pack: LanguagePack,
  expanded: (concept: string, phrases: readonly string[]) => string[],
): Partial<Record<TriggerId, LoadedTriggerWords>> {
  const where = `language pack "${pack.lang}"`;
  const known: ReadonlySet<string> = new Set(TRIGGER_IDS);
  const seen = new Map<string, string>();
  const loaded: Partial<Record<TriggerId, LoadedTriggerWords>> = {};
  for (const [id, words] of Object.entries(pack.triggers) as Array<
    [TriggerId, (typeof pack.triggers)[TriggerId]]
  >) {
    if (!words) continue;
    const concept = `triggers.${id}`;
    if (!known.has(id)) throw new Error(`${where}: "${id}" is no relation trigger`);
    if (words.examples.length === 0) throw new Error(`${where}, ${concept}: no example sentence`);
    for (const example of words.examples) checkRelationExample(where, concept, example);
    const phrases = expanded(concept, words.phrases);
    if (phrases.length === 0) throw new Error(`${where}, ${concept}: no phrases`);
    for (const phrase of phrases) {
      const key = phrase.toLowerCase();
      const other = seen.get(key);
      if (other && other !== id)
        throw new Error(`${where}: "${phrase}" is listed in triggers.${other} and ${concept}`);
      seen.set(key, id);
    }
    loaded[id] = {
      phrases,
      notAfter: expanded(concept, words.notAfter ?? []),
      notAfterUnlessNamed: expanded(concept, words.notAfterUnlessNamed ?? []),
      notBefore: expanded(concept, words.notBefore ?? []),
      notRightAfter: expanded(concept, words.notRightAfter ?? []),
      between: expanded(concept, words.between ?? []),
      deedLinkers: expanded(concept, words.deedLinkers ?? []),
      deedAuxiliaries: expanded(concept, words.deedAuxiliaries ?? []),
    };
  }
  return loaded;
}

/** A pack's incident vocabulary, expanded; every pattern needs an example naming the incident it gives. */
function loadIncidents(
  pack: LanguagePack,
  expanded: (concept: string, phrases: readonly string[]) => string[],
): LoadedIncidents {
  const where = `language pack "${pack.lang}"`;
  const concept = (name: IncidentConcept, patterns: readonly IncidentPattern[]): string[] =>
    patterns.flatMap((pattern) => {
      const place = `incidents.${name}`;
      if (pattern.examples.length === 0)
        throw new Error(`${where}, ${place}: a pattern has no example sentence`);
      for (const example of pattern.examples) {
        if (example.text.trim() === '' || example.expect.event.trim() === '')
          throw new Error(`${where}, ${place}: an example has no text or no incident`);
      }
      return expanded(place, pattern.phrases);
    });
  /** Words that place an incident: each example names the incident and its place. */
  const placing = (
    name: 'occurrenceVerbs' | 'existentials' | 'agentVictims' | 'objectlessClaims',
    patterns: readonly Pattern<RelationExpectation>[],
  ) =>
    patterns.flatMap((pattern) => {
      for (const example of pattern.examples) checkRelationExample(where, `incidents.${name}`, example);
      return expanded(`incidents.${name}`, pattern.phrases);
    });
  const { incidents } = pack;
  return {
    nouns: concept('nouns', incidents.nouns),
    adjectives: expanded('incidents.adjectives', incidents.adjectives),
    victimLinkers: concept('victimLinkers', incidents.victimLinkers),
    afterVictim: concept('afterVictim', incidents.afterVictim),
    afterName: concept('afterName', incidents.afterName),
    datedNouns: concept('datedNouns', incidents.datedNouns),
    targetNouns: concept('targetNouns', incidents.targetNouns),
    victimQuantifiers: concept('victimQuantifiers', incidents.victimQuantifiers),
    leakedMaterial: concept('leakedMaterial', incidents.leakedMaterial),
    elections: concept('elections', incidents.elections),
    intrusionNouns: concept('intrusionNouns', incidents.intrusionNouns),
    complementEnds: expanded('incidents.complementEnds', incidents.complementEnds),
    undergoneNouns: concept('undergoneNouns', incidents.undergoneNouns),
    undergoneVerbs: expanded('incidents.undergoneVerbs', incidents.undergoneVerbs),
    occurrenceVerbs: placing('occurrenceVerbs', incidents.occurrenceVerbs),
    existentials: placing('existentials', incidents.existentials),
    months: expanded('incidents.months', incidents.months),
    againstVictim: expanded('incidents.againstVictim', incidents.againstVictim),
    victimPrepositions: expanded('incidents.victimPrepositions', incidents.victimPrepositions),
    onVictim: expanded('incidents.onVictim', incidents.onVictim),
    partyMarkers: expanded('incidents.partyMarkers', incidents.partyMarkers),
    agentVictims: placing('agentVictims', incidents.agentVictims),
    agentDeeds: expanded('incidents.agentDeeds', incidents.agentDeeds),
    agentLinkers: expanded('incidents.agentLinkers', incidents.agentLinkers),
    namedIncidentNouns: concept('namedIncidentNouns', incidents.namedIncidentNouns),
    namedIncidentDeterminers: expanded(
      'incidents.namedIncidentDeterminers',
      incidents.namedIncidentDeterminers,
    ),
    incidentNaming: concept('incidentNaming', incidents.incidentNaming),
    projectNouns: concept('projectNouns', incidents.projectNouns),
    projectNounsAfter: concept('projectNounsAfter', incidents.projectNounsAfter),
    militaryMeans: expanded('incidents.militaryMeans', incidents.militaryMeans),
    cyberStems: expanded('incidents.cyberStems', incidents.cyberStems),
    unnamedIntruders: expanded('incidents.unnamedIntruders', incidents.unnamedIntruders),
    unnamedIntruderDeeds: concept('unnamedIntruderDeeds', incidents.unnamedIntruderDeeds),
    unnamedIntruderDoubts: expanded('incidents.unnamedIntruderDoubts', incidents.unnamedIntruderDoubts),
    objectlessClaims: placing('objectlessClaims', incidents.objectlessClaims),
    claimObjectWords: expanded('incidents.claimObjectWords', incidents.claimObjectWords),
    personCampaignNouns: concept('personCampaignNouns', incidents.personCampaignNouns),
    personCampaignLinks: concept('personCampaignLinks', incidents.personCampaignLinks),
    personCampaignModifiers: concept('personCampaignModifiers', incidents.personCampaignModifiers),
    games: incidents.games.flatMap((pattern) =>
      concept('games', [pattern]).map((phrase) => ({ phrase, kind: pattern.kind })),
    ),
    gamesPlaceLinks: concept('gamesPlaceLinks', incidents.gamesPlaceLinks),
    holdingsOfVictim: concept('holdingsOfVictim', incidents.holdingsOfVictim),
    holdingsHit: expanded('incidents.holdingsHit', incidents.holdingsHit),
  };
}

/** A pack's enumeration words, expanded; every pattern needs an example of the relation its list carries. */
function loadEnumerations(
  pack: LanguagePack,
  expanded: (concept: string, phrases: readonly string[]) => string[],
): LoadedPack['enumerations'] {
  const where = `language pack "${pack.lang}"`;
  const words = (
    name: Exclude<
      keyof EnumerationVocabulary,
      | 'beforeExample'
      | 'indicatorPlaceArticles'
      | 'indicatorPlaceEnds'
      | 'holdingVerbs'
      | 'holdingPrepositions'
    >,
  ) =>
    pack.enumerations[name].flatMap((pattern) => {
      for (const example of pattern.examples) checkRelationExample(where, `enumerations.${name}`, example);
      return expanded(`enumerations.${name}`, pattern.phrases);
    });
  return {
    opening: words('opening'),
    comparing: words('comparing'),
    beforeExample: expanded('enumerations.beforeExample', pack.enumerations.beforeExample),
    indicatorLeads: words('indicatorLeads'),
    infrastructureVerbs: words('infrastructureVerbs'),
    ownershipCompounds: words('ownershipCompounds'),
    softwareKinds: words('softwareKinds'),
    victimPlaces: words('victimPlaces'),
    unsaidUserSubjects: words('unsaidUserSubjects'),
    unsaidUserPurposes: words('unsaidUserPurposes'),
    indicatorPlaceLinks: words('indicatorPlaceLinks'),
    indicatorPlaceArticles: expanded(
      'enumerations.indicatorPlaceArticles',
      pack.enumerations.indicatorPlaceArticles,
    ),
    indicatorPlaceEnds: expanded('enumerations.indicatorPlaceEnds', pack.enumerations.indicatorPlaceEnds),
    actorHoldings: words('actorHoldings'),
    holdingVerbs: expanded('enumerations.holdingVerbs', pack.enumerations.holdingVerbs),
    holdingPrepositions: expanded('enumerations.holdingPrepositions', pack.enumerations.holdingPrepositions),
    holdingParticiples: words('holdingParticiples'),
    imitationWords: words('imitationWords'),
  };
}

/** A pack's table words, expanded; each pattern's relation or kind is checked against the schema. */
function loadTables(
  pack: LanguagePack,
  expanded: (concept: string, phrases: readonly string[]) => string[],
): LoadedTables {
  const where = `language pack "${pack.lang}"`;
  const kinds = (name: 'subjectColumns' | 'rowKinds') =>
    pack.tables[name].flatMap((pattern: TableKindPattern) => {
      for (const example of pattern.examples) checkRelationExample(where, `tables.${name}`, example);
      if (pattern.type !== undefined && !ENTITY_TYPE_NAMES.has(pattern.type))
        throw new Error(`${where}, tables.${name}: unknown entity type "${pattern.type}"`);
      const { type } = pattern;
      return expanded(`tables.${name}`, pattern.phrases).map((phrase) =>
        type === undefined ? { phrase } : { phrase, type },
      );
    });
  const relations = (name: 'relationColumns' | 'captionRelations') =>
    pack.tables[name].flatMap((pattern: TableRelationPattern) => {
      for (const example of pattern.examples) checkRelationExample(where, `tables.${name}`, example);
      if (!RELATION_TYPE_NAMES.has(pattern.relation))
        throw new Error(`${where}, tables.${name}: unknown relation type "${pattern.relation}"`);
      return expanded(`tables.${name}`, pattern.phrases).map((phrase) => ({
        phrase,
        relation: pattern.relation,
      }));
    });
  return {
    subjectColumns: kinds('subjectColumns'),
    relationColumns: relations('relationColumns'),
    rowKinds: kinds('rowKinds'),
    captionRelations: relations('captionRelations'),
    victimPassives: pack.tables.victimPassives.flatMap((pattern) => {
      for (const example of pattern.examples) checkRelationExample(where, 'tables.victimPassives', example);
      return expanded('tables.victimPassives', pattern.phrases);
    }),
  };
}

/** A pack's referring phrases, expanded; every pattern needs an example of a relation through one. */
function loadReferences(
  pack: LanguagePack,
  expanded: (concept: string, phrases: readonly string[]) => string[],
): LoadedPack['references'] {
  const where = `language pack "${pack.lang}"`;
  const seen = new Map<string, string>();
  const words = (
    name: keyof ReferenceVocabulary,
    patterns: readonly Pattern<RelationExpectation>[] = pack.references[name],
    sharedWith?: keyof ReferenceVocabulary,
  ) =>
    patterns.flatMap((pattern) => {
      const concept = `references.${name}`;
      for (const example of pattern.examples) checkRelationExample(where, concept, example);
      const phrases = expanded(concept, pattern.phrases);
      for (const phrase of phrases) {
        const key = phrase.toLowerCase();
        const other = seen.get(key);
        // One phrase, one kind of antecedent: otherwise what it stands for would depend on list order.
        if (other && other !== sharedWith)
          throw new Error(`${where}: "${phrase}" is listed in references.${other} and ${concept}`);
        seen.set(key, name);
      }
      return phrases;
    });
  return {
    actors: words('actors'),
    malware: words('malware'),
    incidents: words('incidents'),
    members: words('members'),
    holdings: words('holdings'),
    unnamedCampaigns: words('unnamedCampaigns'),
    latter: words('latter'),
    actorPairs: words('actorPairs'),
    clauseVerbs: words('clauseVerbs'),
    incidentObjects: words('incidentObjects'),
    materialOwners: words('materialOwners'),
    namingParticles: words('namingParticles'),
    selfNamings: words('selfNamings'),
    campaigns: words('campaigns'),
    subjectCopulas: words('subjectCopulas'),
    subjectAliases: words('subjectAliases'),
    subjectDeterminers: words('subjectDeterminers'),
    othersAfter: words('othersAfter'),
    sourcePronouns: words('sourcePronouns'),
    targetOwners: words('targetOwners'),
    attachedOwners: words('attachedOwners'),
    objectPronouns: words('objectPronouns'),
    victimHoldings: words('victimHoldings'),
    actorDescriptionHeads: words('actorDescriptionHeads'),
    contrastiveModifiers: words('contrastiveModifiers'),
    incidentPronounParties: words('incidentPronounParties'),
    organisations: pack.references.organisations.flatMap((pattern) =>
      words('organisations', [pattern], pattern.sharedWithActors === true ? 'actors' : undefined).map(
        (phrase) => ({
          phrase,
          standsAlsoFor: pattern.standsAlsoFor ?? [],
          articleInName: pattern.articleInName === true,
        }),
      ),
    ),
    companies: pack.references.companies.flatMap((pattern) =>
      words('companies', [pattern]).map((phrase) => ({ phrase, modifiers: pattern.modifiers === true })),
    ),
    // The Arabic pronouns "هي" and "هو" are also the copulas of a definition: one word, two uses.
    pronouns: pack.references.pronouns.flatMap((pattern) =>
      words('pronouns', [pattern], 'subjectCopulas').map((phrase) => ({ phrase, agrees: pattern.agrees })),
    ),
  };
}

const ENTITY_TYPE_NAMES: ReadonlySet<string> = new Set(ENTITY_TYPES.map((type) => type.name));

function checkEntityExample(where: string, concept: string, example: Example<EntityExpectation>): void {
  if (example.text.trim() === '' || example.expect.name.trim() === '')
    throw new Error(`${where}, ${concept}: an example has no text or no name`);
  if (!ENTITY_TYPE_NAMES.has(example.expect.type))
    throw new Error(`${where}, ${concept}: unknown entity type "${example.expect.type}"`);
}

function checkRelationExample(where: string, concept: string, example: Example<RelationExpectation>): void {
  if (example.text.trim() === '') throw new Error(`${where}, ${concept}: an example has no text`);
  const { source, type, target } = example.expect;
  if (!RELATION_TYPE_NAMES.has(type))
    throw new Error(`${where}, ${concept}: unknown relation type "${type}"`);
  if (source.trim() === '' || target.trim() === '')
    throw new Error(`${where}, ${concept}: an example expects a relation without both ends`);
}

/** The packs as written, for the test that runs their examples. */
export const PACK_SOURCES: readonly LanguagePack[] = [ar, fr, en];

export const PACKS: readonly LoadedPack[] = PACK_SOURCES.map(loadPack);

/** One concept's phrases in every language, for matchers that serve all three at once. */
export function claimPhrases(concept: ClaimConcept): string[] {
  return PACKS.flatMap((pack) => pack.claims[concept]);
}

/** Every language's words for one relation trigger, in the order of PACKS. */
export function triggerWords(id: TriggerId): LoadedTriggerWords[] {
  return PACKS.flatMap((pack) => pack.triggers[id] ?? []);
}

/** One incident list in every language, each phrase once, in the order of PACKS. */
export function incidentWords(concept: Exclude<keyof IncidentVocabulary, 'games'>): string[] {
  return [...new Set(PACKS.flatMap((pack) => pack.incidents[concept]))];
}

/** Every language's role nouns that open an apposition after a person's name. */
export function rolesAfterName(): string[] {
  return PACKS.flatMap((pack) => pack.roles.afterName);
}

/** Every language's posts written between an employer and the holder's name, a head's included. */
export function postsBetweenEmployerAndName(): string[] {
  return PACKS.flatMap((pack) => [
    ...pack.roles.betweenEmployerAndName,
    ...pack.roles.headsBetweenEmployerAndName,
  ]);
}

/** Every language's posts of a head written between the organisation and the holder's name. */
export function headsBetweenEmployerAndName(): string[] {
  return PACKS.flatMap((pack) => pack.roles.headsBetweenEmployerAndName);
}

/** Every language's words before a post no longer held ("ancien", "former"). */
export function formerPosts(): string[] {
  return PACKS.flatMap((pack) => pack.roles.formerPosts);
}

/** Every language's relative words of place after an organisation ("the KGB, where ..."). */
export function placeRelatives(): string[] {
  return PACKS.flatMap((pack) => pack.roles.placeRelatives);
}

/** Every language's words of a career told in a clause about an organisation ("rose to the rank of"). */
export function careersInBody(): string[] {
  return PACKS.flatMap((pack) => pack.roles.careersInBody);
}

/** Every language's one-word verbs by which a subject holds the post after them ("became", "est"). */
export function postCopulas(): string[] {
  return PACKS.flatMap((pack) => pack.roles.postCopulas);
}

/** Every language's verbs of running a business ("exploitait"). */
export function businessesRun(): string[] {
  return PACKS.flatMap((pack) => pack.roles.businessesRun);
}

/** Every language's nouns for a group's people written after the group's name ("APT99 members"). */
export function memberNounsAfterName(): string[] {
  return PACKS.flatMap((pack) => pack.roles.membersAfterName);
}

/** One kind of connective in every language ("et", "and", "as well as" for list coordinators). */
export function connectiveWords(kind: keyof ConnectiveVocabulary): string[] {
  return [...new Set(PACKS.flatMap((pack) => pack.connectives[kind]))];
}

/** Every pack's words a look-alike host glues to a brand's name. */
export function lookalikeHostWords(): ReadonlySet<string> {
  return new Set(PACKS.flatMap((pack) => pack.lookalikeHostWords));
}

/** Every pack's headings of a list of works cited, in lower case. */
export function referenceHeadings(): string[] {
  return PACKS.flatMap((pack) => pack.referenceHeadings.map((heading) => heading.toLowerCase()));
}

/** Every language's capitalised words that are never names. */
export function capitalisedFunctionWords(): ReadonlySet<string> {
  return new Set(PACKS.flatMap((pack) => pack.capitalisedFunctionWords));
}

export function packFor(lang: PackLanguage): LoadedPack {
  const found = PACKS.find((pack) => pack.lang === lang);
  if (!found) throw new Error(`no language pack for "${lang}"`);
  return found;
}
