/**
 * The name vocabularies of the Latin-script packs (fr/names.ts, en/names.ts), checked once when
 * this module loads and merged per concept: the name finders serve both languages at once, as
 * French and English names meet in the same texts.
 */
import { names as en } from './en/names.ts';
import { names as fr } from './fr/names.ts';
import type { NamedKindPattern, NamePattern, NameVocabulary } from './types.ts';

export type NameConcept = Exclude<keyof NameVocabulary, 'lang'>;

/** Every concept's phrases, and the legal forms among the organisation suffixes (`companyForms`). */
export type LoadedNames = Record<NameConcept | 'companyForms', readonly string[]>;

/** The vocabularies as written, for the test that runs their examples. */
export const NAME_SOURCES: readonly NameVocabulary[] = [fr, en];

/** Checks every pattern (phrases, examples) and merges the vocabularies; throws naming the fault. */
export function loadNames(vocabularies: readonly NameVocabulary[]): LoadedNames {
  const check = (where: string, pattern: NamePattern): readonly string[] => {
    if (pattern.phrases.length === 0 || pattern.phrases.some((phrase) => phrase.trim() === '')) {
      throw new Error(`${where}: a pattern has an empty phrase list or phrase`);
    }
    for (const example of pattern.examples) {
      if (example.text.trim() === '' || !example.text.includes(example.expect.name)) {
        throw new Error(`${where}: the example "${example.text}" does not contain "${example.expect.name}"`);
      }
    }
    return pattern.phrases;
  };
  const merged = (concept: NameConcept) =>
    vocabularies.flatMap((vocabulary) =>
      vocabulary[concept].flatMap((pattern) => check(`names "${vocabulary.lang}", ${concept}`, pattern)),
    );
  return {
    civilities: merged('civilities'),
    pluralCivilities: merged('pluralCivilities'),
    firstNames: merged('firstNames'),
    organisationHeads: merged('organisationHeads'),
    lowerCaseHeads: merged('lowerCaseHeads'),
    nameParticles: merged('nameParticles'),
    bodiesByHead: merged('bodiesByHead'),
    titles: merged('titles'),
    streets: merged('streets'),
    regionHeads: merged('regionHeads'),
    hamletNouns: merged('hamletNouns'),
    vessels: merged('vessels'),
    boarding: merged('boarding'),
    shipMovements: merged('shipMovements'),
    shipRoutes: merged('shipRoutes'),
    pressCues: merged('pressCues'),
    recipientVerbs: merged('recipientVerbs'),
    datelineMonths: merged('datelineMonths'),
    technicalTerms: merged('technicalTerms'),
    companyForms: vocabularies.flatMap((vocabulary) =>
      vocabulary.organisationSuffixes
        .filter((pattern) => pattern.legalForm)
        .flatMap((pattern) => pattern.phrases),
    ),
    secondCompanyForms: merged('secondCompanyForms'),
    organisationNameWords: merged('organisationNameWords'),
    closingHeads: merged('closingHeads'),
    businessLineHeads: merged('businessLineHeads'),
    noPersonLastWords: merged('noPersonLastWords'),
    islandLastWords: merged('islandLastWords'),
    timeQualifiers: merged('timeQualifiers'),
    personTitles: merged('personTitles'),
    organisationCues: merged('organisationCues'),
    employerCues: merged('employerCues'),
    technicalNouns: merged('technicalNouns'),
    routeNouns: merged('routeNouns'),
    organisationSuffixes: merged('organisationSuffixes'),
    threatActorCues: merged('threatActorCues'),
    genericGroupWords: merged('genericGroupWords'),
    threatActorTracking: merged('threatActorTracking'),
    threatActorNamingVerbs: merged('threatActorNamingVerbs'),
    threatActorNaming: merged('threatActorNaming'),
    threatActorCuesAfter: merged('threatActorCuesAfter'),
    researchVerbs: merged('researchVerbs'),
    researchStaffAfter: merged('researchStaffAfter'),
    victimWordsAfter: merged('victimWordsAfter'),
    locationCues: merged('locationCues'),
    accountCues: merged('accountCues'),
    stateBodies: merged('stateBodies'),
    stateBodyCompounds: merged('stateBodyCompounds'),
    namingVerbs: merged('namingVerbs'),
    othersNamingVerbs: merged('othersNamingVerbs'),
    namingBrackets: merged('namingBrackets'),
    namingAfter: merged('namingAfter'),
    namingFronted: merged('namingFronted'),
    namedKinds: merged('namedKinds'),
    acronymBodyHeads: merged('acronymBodyHeads'),
    descriptionHeads: merged('descriptionHeads'),
    ownershipKinds: merged('ownershipKinds'),
    gamesHeads: merged('gamesHeads'),
    gatheringHeads: merged('gatheringHeads'),
    tailStops: merged('tailStops'),
    tailPrepositions: merged('tailPrepositions'),
    adjectiveEndings: merged('adjectiveEndings'),
    adjectiveLookalikes: merged('adjectiveLookalikes'),
    participleEndings: merged('participleEndings'),
    surnameArticles: merged('surnameArticles'),
    remitHeads: merged('remitHeads'),
    malwareNouns: merged('malwareNouns'),
    malwareKindNouns: merged('malwareKindNouns'),
    malwareNaming: merged('malwareNaming'),
    victimObjectEnds: merged('victimObjectEnds'),
    malwareDefinitionClosers: merged('malwareDefinitionClosers'),
    attackToolPurposes: merged('attackToolPurposes'),
    groupClaimVerbs: merged('groupClaimVerbs'),
  };
}

export const NAMES: LoadedNames = loadNames(NAME_SOURCES);

/** Each noun for a kind of named thing (`namedKinds`), as written, and the type of what it names. */
export const NAMED_KINDS: ReadonlyMap<string, NamedKindPattern['kind']> = new Map(
  NAME_SOURCES.flatMap((vocabulary) =>
    vocabulary.namedKinds.flatMap(({ kind, phrases }) =>
      phrases.map((phrase): [string, NamedKindPattern['kind']] => [phrase, kind]),
    ),
  ),
);

/** The lower-case form a state-organ noun is looked up by, whatever its case and spacing in the text. */
export const stateBodyKey = (noun: string): string => noun.toLowerCase().replace(/\s+/gu, ' ');

/** State-organ nouns (keyed by `stateBodyKey`) whose pattern names the organ in English. */
export const STATE_ORGANS: ReadonlyMap<string, string> = new Map(
  NAME_SOURCES.flatMap((vocabulary) =>
    vocabulary.stateBodies.flatMap(({ organ, phrases }) =>
      organ === undefined ? [] : phrases.map((phrase): [string, string] => [stateBodyKey(phrase), organ]),
    ),
  ),
);
