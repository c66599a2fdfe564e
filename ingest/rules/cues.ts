/**
 * Words that tell what kind of thing a name is: titles before people, "company"/"société"
 * before firms, "hacker group"/"مجموعة قرصنة" before threat actors, head words inside
 * organisation names, suffixes such as "Inc.". Vocabulary only; the finders decide how to use it.
 * The Latin-script cue lists are the name vocabularies of the packs (lang/{fr,en}/names.ts),
 * French and English merged, and the Arabic cues the Arabic pack's (lang/ar/names.ts), under
 * the names the finders know them by.
 */
import type { EntityType } from '../../graph-schema/schema.ts';
import { capitalisedFunctionWords, PACKS, rolesAfterName, triggerWords } from '../extract/lang/index.ts';
import { names as ARABIC_NAMES } from '../extract/lang/ar/names.ts';
import { NAMES } from '../extract/lang/names.ts';

/** Words right before a name that make it a person (titles, roles, honorifics). */
export const PERSON_TITLES_LATIN = NAMES.personTitles;

/** Role nouns in an apposition after a name (", directeur de ...", ", a researcher at ..."), from the language packs. */
export const PERSON_ROLES_AFTER = rolesAfterName();

/** Nouns right before a name that make it an organisation. */
export const ORGANIZATION_CUES_LATIN = NAMES.organisationCues;

/**
 * Verbs and nouns of employment right before a name: the name is the employer. An unnamed
 * speaker's employer ("un analyste de Sekoia", "a researcher at Dragos") is the claimant.
 */
export const EMPLOYER_CUES_LATIN = [
  ...NAMES.employerCues,
  ...PACKS.filter((pack) => !pack.verbFirst).flatMap((pack) => pack.claims.unnamedSpeakers),
  // After a post, "chez" introduces the employer ("analyste chez Sekoia", "travaille chez X").
  ...triggerWords('employment').flatMap((words) =>
    words.phrases.filter((phrase) => phrase.endsWith(' chez')),
  ),
];

/**
 * Head nouns of technical things that an acronym may qualify ("the SMB protocol", "the SHA-256
 * hash"): the acronym then names a technology, not an organisation.
 */
export const TECHNICAL_NOUNS_LATIN = NAMES.technicalNouns;

/**
 * Head nouns of a trade route or a project that an acronym may qualify ("the GTC route", "the
 * BRI corridor"): the acronym then names the route or the plan, not an organisation.
 */
export const ROUTE_NOUNS_LATIN = NAMES.routeNouns;

/** Words after a name that make it an organisation. */
export const ORGANIZATION_SUFFIXES = NAMES.organisationSuffixes;

/**
 * Words of organisation names, first or last ("Commission nationale de ...", "Democratic Party"):
 * the packs' `organisationNameWords`, `closingHeads` and `businessLineHeads`.
 */
export const ORGANIZATION_HEADS: ReadonlySet<string> = new Set([
  ...NAMES.organisationNameWords,
  ...NAMES.closingHeads,
  ...NAMES.businessLineHeads,
]);

/**
 * Head words that close an English company's name and never open one ("Lazarus Group", "Cisco
 * Systems", "British Airways"): one that opens a title-case phrase heads no name there ("Group
 * Policies", "Media History"). The packs' `closingHeads` and `businessLineHeads`.
 */
export const ORGANIZATION_CLOSING_HEADS: ReadonlySet<string> = new Set([
  ...NAMES.closingHeads,
  ...NAMES.businessLineHeads,
]);

/**
 * Closing heads that also name a line of business (the packs' `businessLineHeads`): after an
 * abstract noun ("Payment Systems", "Information Technologies") they name the field, not a firm.
 */
export const BUSINESS_LINE_HEADS: ReadonlySet<string> = new Set(NAMES.businessLineHeads);

/**
 * Last words of the name of a team or a product line, never of a person's (the packs'
 * `noPersonLastWords`): "the Global Research Team", "the Winspy Suite".
 */
export const NO_PERSON_LAST_WORDS: ReadonlySet<string> = new Set(NAMES.noPersonLastWords);

/** Last words that make a name of two words or more an archipelago or an island (the packs' `islandLastWords`). */
export const ISLAND_LAST_WORDS: ReadonlySet<string> = new Set(NAMES.islandLastWords);

/** Phrases before a name that make it a threat actor. */
export const THREAT_ACTOR_CUES_LATIN = NAMES.threatActorCues;

/**
 * Words by which a report names the actor it tracks ("a threat actor we call X", "the group,
 * tracked as X"): after any word for a group, the name is the actor's.
 */
export const THREAT_ACTOR_TRACKING_LATIN = NAMES.threatActorTracking;

/** A report naming an actor with the verb first: "we have named this threat actor X". */
export const THREAT_ACTOR_NAMING_VERBS_LATIN = NAMES.threatActorNamingVerbs;

/**
 * Words that give any name ("dubbed X", "known as X"): after a word for a hacking group only, as
 * "a group called X" may be any association.
 */
export const THREAT_ACTOR_NAMING_LATIN = NAMES.threatActorNaming;

/** Words for a group that are no hacking group's alone ("a group called X" may be any association). */
export const GENERIC_GROUP_WORDS_LATIN = NAMES.genericGroupWords;

/** Words for a threat actor right after its name ("the CloudHollow APT", "Stormhollow threat actor"). */
export const THREAT_ACTOR_CUES_AFTER_LATIN = NAMES.threatActorCuesAfter;

/**
 * Verbs of a research team's findings after its name ("Intel 471 has observed", "Unit 42 found"):
 * a capitalised word and a number before them name the team's organisation.
 */
export const RESEARCH_VERBS_LATIN = NAMES.researchVerbs;

/** The staff of a firm named right before them ("Proofpoint researchers", "SentinelOne's analysts"). */
export const RESEARCH_STAFF_AFTER_LATIN = NAMES.researchStaffAfter;

/** Words after a name that make it the victim of an intrusion ("Quillbank a été piratée"). */
export const VICTIM_WORDS_AFTER_LATIN = NAMES.victimWordsAfter;

/** Prepositions/phrases before a name that make it a place. */
export const LOCATION_CUES_LATIN = NAMES.locationCues;

/** Words before a name that make it an account. */
export const ACCOUNT_CUES_LATIN = NAMES.accountCues;

/** Arabic cue phrases, with the type of the name that follows: the Arabic pack's `cues`. */
export const ARABIC_CUES: ReadonlyArray<{ phrase: string; type: EntityType; quotedOnly?: boolean }> =
  ARABIC_NAMES.cues;

/** Capitalised words that start sentences or clauses without being names, from every language pack. */
export const CAPITALISED_FUNCTION_WORDS = capitalisedFunctionWords();
