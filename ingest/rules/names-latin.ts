/**
 * Names in Latin script that no list knows: sequences of capitalised words, typed by the
 * words around them (titles, "société", "hacker group", "Inc.", "basée à", verbs of saying)
 * or by their own head word ("Commission nationale de ..."). Works inside Arabic text too:
 * a Latin name there is typed by the Arabic cue before it (see names-arabic.ts).
 */
import type { EntityType } from '../../graph-schema/schema.ts';
import type { Sentence, Span } from '../types.ts';
import {
  BUSINESS_LINE_HEADS,
  ACCOUNT_CUES_LATIN,
  CAPITALISED_FUNCTION_WORDS,
  EMPLOYER_CUES_LATIN,
  LOCATION_CUES_LATIN,
  ORGANIZATION_CUES_LATIN,
  ORGANIZATION_CLOSING_HEADS,
  ORGANIZATION_HEADS,
  NO_PERSON_LAST_WORDS,
  ISLAND_LAST_WORDS,
  PERSON_ROLES_AFTER,
  PERSON_TITLES_LATIN,
  TECHNICAL_NOUNS_LATIN,
  ROUTE_NOUNS_LATIN,
  THREAT_ACTOR_CUES_LATIN,
  THREAT_ACTOR_NAMING_VERBS_LATIN,
  GENERIC_GROUP_WORDS_LATIN,
  THREAT_ACTOR_CUES_AFTER_LATIN,
} from './cues.ts';
import { CueOccurrences, leftContextCue, type LeftContextCue } from './cue-occurrences.ts';
import { writtenInProse } from './prose-words.ts';
import { openingWord } from './articles.ts';
import {
  ACCOUNT_CUE_BEFORE,
  ACTOR_CODE,
  alternation,
  ARTICLE_BEFORE,
  CAMEL_CASE,
  LOCATION_CUE_BEFORE,
  MALWARE_CUE_AFTER,
  MALWARE_CUE_BEFORE,
  MALWARE_DEFINED_AFTER,
  MALWARE_DEFINED_BY_COPULA,
  MALWARE_LIST_BEFORE,
  ORGANIZATION_CUE_BEFORE,
  TOOL_LIST_BEFORE,
  ORGANIZATION_SUFFIX_AFTER,
  PERSON_ROLE_AFTER,
  PERSON_TITLE_BEFORE,
  POST_AND_HOLDER_AFTER,
  RESEARCH_STAFF_AFTER,
  RESEARCH_TEAM_NUMBER_AFTER,
  SPEECH_VERB_AFTER,
  SOFTWARE_VERB_BEFORE,
  SPEAKER_VERB_LIST,
  SPEECH_VERB_BEFORE,
  THREAT_ACTOR_CUE_AFTER,
  THREAT_ACTOR_CUE_BEFORE,
  HACKING_GROUP_BEFORE,
  GROUP_CLAIM_BEFORE,
  GROUP_NAMING_BEFORE,
  HACKING_GROUP_WORDS,
  USED_PROGRAM_NAMED_BEFORE,
  THREAT_ACTOR_DEFINED_BY_COPULA,
  THREAT_ACTOR_NAMING_BEFORE,
  VICTIM_CUE_BEFORE,
  VICTIM_OBJECT_AFTER,
  VICTIM_WORDS_AFTER,
  VICTIM_OBJECT_BEFORE,
  cueAtWordStart,
} from './patterns.ts';
import { escapeRegExp, hasArabic, startsWithOneOf } from './text.ts';
import type { Candidate } from './types.ts';
import { acronymsOfTerms } from './acronyms.ts';
import { names as FRENCH_NAMES } from '../extract/lang/fr/names.ts';
import { NAMES } from '../extract/lang/names.ts';
import {
  claimPhrases,
  connectiveWords,
  triggerWords,
  PACKS,
  packFor,
  postsBetweenEmployerAndName,
} from '../extract/lang/index.ts';
import { matchesOf } from '../regex-matches.ts';

/**
 * Right after a verb of imitation of the Latin-script packs ("spoofs", "imitating", "usurpe"),
 * ending a one-word name's left context: the brand imitated. "Posing as" and the like are left
 * out, as one poses as a person as often as a firm.
 */
const IMITATED_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${PACKS.filter((pack) => pack.lang !== 'ar')
    .flatMap((pack) => pack.triggers.impersonation?.phrases ?? [])
    .filter((phrase) => !/\s/u.test(phrase))
    .map(escapeRegExp)
    .join('|')})\s+$`,
  'iu',
);

/**
 * A possessive ending ("Macron's campaign") is never part of the name. The capital is matched
 * before the look-behind tests the character ahead of it: most positions fail at once. A capital
 * inside a word starts no name, save after the Arabic clitics a word may open with ("وZebrocy",
 * "بـAPT28", "لـMicrosoft"): they are no part of the name, which starts after them. A hyphen
 * after a space is a dash written short ("a former colonel -Oleg Vance- said"): a word starts
 * after it; after a letter it joins a compound, whose capital starts no word of its own.
 */
const CAPITALISED_WORD =
  /\p{Lu}(?<![\p{L}\p{M}\p{N}@#/_.](?<!(?:^|[^\p{L}\p{M}\p{N}])[وفبلك]{1,2}\u0640?)\p{Lu})(?<![\p{L}\p{M}\p{N}@#/_.-]-\p{Lu})[\p{L}\p{M}\p{N}]*(?:(?:[-&]|['’](?!s(?![\p{L}\p{M}\p{N}])))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
/**
 * What may separate two words of one name: spaces, or one of the packs' `nameParticles` between
 * spaces (an elided one, "d'", glued to the next word). Zero-width spaces that web pages leave
 * beside a space ("Cyber \u200b\u200bPolice") are none.
 */
const NAME_GAP = new RegExp(
  String.raw`^(?:[\u200b\ufeff]*[ \u00a0][\u200b\ufeff]*|[ \u00a0](?:${particles(NAMES.nameParticles, false)})[ \u00a0]|[ \u00a0](?:${particles(NAMES.nameParticles, true)})|-)$`,
  'u',
);
/** Name particles, elided ("d'") or whole, as written: one space between words. */
function particles(list: readonly string[], elided: boolean): string {
  return list
    .filter((particle) => /['’]$/u.test(particle) === elided)
    .sort((a, b) => b.length - a.length)
    .map((particle) => escapeRegExp(particle).replace(/['’]/gu, "['’]"))
    .join('|');
}
/** French organisation names keep lower case after the head word: "Commission nationale de contrôle ...". */
const TAIL_WORD = /[ \u00a0]*(d['’]|l['’]|[\p{Ll}][\p{L}\p{M}-]*)/uy;
/** A tail word in lower case, its apostrophe the pack's: "d’" is looked up as "d'". */
const tailKey = (word: string): string => word.toLowerCase().replace(/’/gu, "'");
/** The French pack's prepositions of a complement ("de", "d'"), before a capitalised place too. */
const PLACE_CONNECTORS = new Set(packFor('fr').connectives.complementPrepositions);
/** The French pack's definite articles: after "de" only they go on a name's tail. */
const TAIL_ARTICLES = new Set(packFor('fr').connectives.definiteArticles);
/** The words a tail goes on after: "de", its articles, and the names packs' `tailPrepositions`. */
const TAIL_CONNECTORS = new Set([...PLACE_CONNECTORS, ...TAIL_ARTICLES, ...NAMES.tailPrepositions]);
/** The names packs' `tailStops`, compared as written. */
const TAIL_STOPS = new Set(NAMES.tailStops);
/**
 * Verbs of saying and denial in one word ("affirme", "déclare", "dément"): the verb of the
 * clause, never the end of a name before it ("le ministère des Affaires étrangères affirme").
 */
const CLAIM_VERBS = new Set(
  [...claimPhrases('saying'), ...claimPhrases('denials')]
    .filter((phrase) => !phrase.includes(' '))
    .map((phrase) => phrase.toLowerCase()),
);
/**
 * "..., a indiqué mardi à l'AFP Paul Girard", "a déclaré à Reuters X": a verb of saying, words of
 * time maybe, and a preposition of recipient (the packs' `connectives.recipientPrepositions`)
 * with its definite article (`connectives.definiteArticles`): the name right after is the listener, and a given name after it opens the
 * speaker's name, never goes on the listener's.
 */
const LISTENER_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${alternation([
    ...new Set(
      claimPhrases('saying')
        .filter((phrase) => !hasArabic(phrase))
        .map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)),
    ),
  ])})(?:[ \u00a0]+(?:${alternation(PACKS.flatMap((pack) => pack.claims.timesBeforeSpeaker))}))?[ \u00a0]+(?:${alternation(
    connectiveWords('recipientPrepositions').filter((word) => !hasArabic(word)),
  )})[ \u00a0]+${openingWord(connectiveWords('definiteArticles'), { full: '[ \u00a0]+', elided: '' })}?$`,
  'iu',
);
/** How far before a name the verb of saying and its listener's preposition are looked for. */
const LISTENER_CONTEXT_CHARS = 60;
const MAX_TAIL_WORDS = 9;
/** Adjectives of time after a French head ("le Parlement actuel"): the name ends before them. */
const TIME_QUALIFIERS = new Set(NAMES.timeQualifiers);
/** No letter after: the word ends there. */
const NOT_BEFORE_LETTER = String.raw`(?![\p{L}\p{M}])`;
/**
 * A complementizer (the packs' `connectives.complementizers`, "que", "qu'") right after a present
 * participle: the participle is the verb of a clause ("le département du Trésor estimant que
 * ..."), no part of the name before it. After an adjective "que" may open a relative clause on
 * the name ("la Commission nationale que préside ..."): the name keeps its adjective.
 */
const COMPLEMENTIZER_AFTER = new RegExp(
  String.raw`[ \u00a0]+(?:${connectiveWords('complementizers')
    .map((word) => alternation([word]) + (/['’]$/u.test(word) ? '' : NOT_BEFORE_LETTER))
    .join('|')})`,
  'iuy',
);
/** One capitalised word that may end a French organisation name after its lower-case tail. */
const TAIL_PLACE = /[ \u00a0]*\p{Lu}[\p{Ll}\p{M}-]+(?![\p{L}\p{M}\p{N}])/uy;
const TAIL_MONTHS = new Set(NAMES.datelineMonths);
/** A French present participle, by the names packs' `participleEndings`: "estimant", "affirmant". */
const PRESENT_PARTICIPLE = new RegExp(`(?:${alternation(NAMES.participleEndings)})$`, 'u');
/**
 * Endings of French adjectives (the names packs' `adjectiveEndings`), which go on a name after
 * its head ("Fédération socialiste"); not where a verb ends so (`adjectiveLookalikes`: "-siste",
 * "-xiste", "la République existe").
 */
const FRENCH_ADJECTIVE = new RegExp(
  String.raw`(?:${NAMES.adjectiveEndings.map(adjectiveEnding).join('|')})e?s?$`,
  'u',
);
/** An adjective ending, not after the letters a look-alike verb puts before it. */
function adjectiveEnding(ending: string): string {
  const lookalikes = NAMES.adjectiveLookalikes
    .filter((verb) => verb.length > ending.length && verb.endsWith(ending))
    .map((verb) => escapeRegExp(verb.slice(0, verb.length - ending.length)));
  return lookalikes.length === 0
    ? escapeRegExp(ending)
    : `(?<!${lookalikes.join('|')})${escapeRegExp(ending)}`;
}
const MAX_NAME_WORDS = 6;
const CONTEXT_CHARS = 60;
/** How far back a list of names after "MM." is read for the civility that opens it. */
const CIVILITY_LIST_CHARS = 240;
/** How far back a list of victims or tools is read for the words that open it. */
const VICTIM_LIST_CHARS = 140;
/** The packs' `companyForms` without their dot ("Inc", "GmbH"), as the last word token is read. */
const COMPANY_SUFFIXES = new Set(NAMES.companyForms.map(withoutDot));
/** Legal forms shortened from a word, written with their dot in the packs ("Inc."); after "GmbH" a dot ends the sentence. */
const ABBREVIATED_LEGAL_FORMS = new Set(
  NAMES.companyForms.filter((form) => form.endsWith('.')).map(withoutDot),
);
/** A legal form after another (the packs' `secondCompanyForms`), as in "Co., Ltd.", its dot or not. */
const SECOND_LEGAL_FORM = new RegExp(
  String.raw`^,?[ \u00a0](?:${alternation(NAMES.secondCompanyForms.map(withoutDot))})\.?(?![\p{L}])`,
  'u',
);
/** A legal form as the word tokens read it: "Inc." is the word "Inc". */
function withoutDot(form: string): string {
  return form.replace(/\.$/u, '');
}
/** Titles and role nouns of one word: "Prime Minister", "Chief Engineer" name a post, not a person. */
const ROLE_WORDS = new Set(
  [...PERSON_TITLES_LATIN, ...PERSON_ROLES_AFTER]
    .filter((role) => !/\s/u.test(role))
    .map((role) => role.toLowerCase()),
);
/**
 * Endings of abstract and technical nouns ("Espionage", "Phishing", "Analysis", "Management"):
 * a word with one is a common noun in title case, whatever the document does with it elsewhere.
 */
const COMMON_NOUN_ENDING = /(?:tion|sion|ment|ness|ity|ism|ysis|ics|ware|age|ing)s?$/u;
/** Endings that no surname has in practice: a name ending so is a noun phrase ("Privilege Escalation"). */
const ABSTRACT_HEAD_ENDING = /(?:tion|sion|ment|ness|ity|ism|ysis)s?$/u;
/** Markdown heading marks, emphasis and brackets around a line's words. */
const HEADING_MARKUP = /^[\s#*_>[\]-]+|[\s*_\]:.]+$/gu;
/** Words a title-case heading leaves in lower case. */
const HEADING_LOWER_WORD =
  /^(?:a|an|the|of|and|or|for|to|in|on|at|by|with|from|de|du|des|la|le|les|et|en|au|aux|pour|sur)$/u;
/**
 * Head words that name one body of a country on their own (the packs' `bodiesByHead`: "le
 * Sénat", "Congress", "the Police"); any other head word alone ("the Service", "Office",
 * "International") refers back to a name or is part of a phrase, and names nothing by itself.
 */
const BODIES_NAMED_BY_HEAD: ReadonlySet<string> = new Set(NAMES.bodiesByHead);
/** The shared head words and the language packs' own. */
const NAME_HEADS = new Set([...ORGANIZATION_HEADS, ...NAMES.organisationHeads, ...NAMES.bodiesByHead]);
/**
 * A head word, or a compound opening on one: "Secretariat-General for ..." is headed by
 * "Secretariat" as "General Secretariat for ..." is.
 */
function isNameHead(word: string): boolean {
  if (NAME_HEADS.has(word)) return true;
  const hyphen = word.indexOf('-');
  return hyphen > 0 && NAME_HEADS.has(word.slice(0, hyphen));
}
/**
 * The packs' `lowerCaseHeads`, head nouns that begin a French institution's name in lower case
 * (English capitalises them, so they are already in the name), when its capitalised part
 * follows a preposition: "ministère des Affaires étrangères", "direction générale de la Sécurité
 * intérieure".
 */
const INSTITUTION_HEAD_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${alternation(NAMES.lowerCaseHeads)})(?:\s+(?!(?:et|ou)\s)[\p{Ll}\p{M}-]+)?\s+(?:de\s+la|de\s+l['’]|des|du|de|d['’])\s*$`,
  'u',
);
/** What INSTITUTION_HEAD_BEFORE ends with, tested first on the last few characters because it is cheap. */
const FRENCH_PREPOSITION_END = /(?:\s(?:de|des|du|la)|[dl]['’])\s*$/u;
/** A number right after a name makes it a designation ("Advanced Persistent Threat 28", "Unit 26165"). */
const NUMBER_AFTER = /^[ \u00a0]+\p{N}/u;
/** The number that ends a name ("Intel 471"): one space, two to four digits, then no more of a word. */
const NUMBER_OF_NAME = /^ (\d{2,4})(?![\p{L}\p{N}])/u;
/** A number that reads as a year ("May 2021"), never part of a name. */
const YEAR = /^(?:19|20)\d\d$/u;
/** Words naming a sporting event first or last in a run ("Jeux de Pyeongchang", "the Tokyo Olympics"): the name packs' `gamesHeads`. */
const GAMES_HEADS: ReadonlySet<string> = new Set(NAMES.gamesHeads);
/**
 * Nouns that end the name of a gathering ("the International Conference", "the Annual Security
 * Summit") or of a war ("the Second World War", "the Cold War"), the name packs'
 * `gatheringHeads`: an event, not the body or the person the words before them suggest.
 */
const GATHERING_HEADS: ReadonlySet<string> = new Set(NAMES.gatheringHeads);
/** A middle initial ("John F. Kennedy"): one capital letter, then a full stop before the next word. */
const INITIAL = /^\p{Lu}$/u;
const AFTER_INITIAL = /^\.[ \u00a0]$/u;
/** What joins a person's name to their organisation ("Brad Smith of Microsoft"), never inside the name. */
const AFFILIATION_GAP = /^[ \u00a0](?:of|of the|for|at)[ \u00a0]$/u;
/**
 * French "de" (the French pack's whole `nameParticles`) also joins particle surnames ("Charles
 * de Gaulle"): it cuts only after two name words.
 */
const FRENCH_AFFILIATION_GAP = new RegExp(
  String.raw`^[ \u00a0](?:${particles(
    FRENCH_NAMES.nameParticles.flatMap((pattern) => pattern.phrases),
    false,
  )})[ \u00a0]$`,
  'u',
);

/** Civilities as written ("M.", "Mme"): matched with their case, since "Me" is also a pronoun. */
const CIVILITIES = new Set(NAMES.civilities);
/** A particle between a civility and a surname: "M. de Lanessan" is Lanessan. */
const SURNAME_PARTICLE = String.raw`(?:(?:de|du|de\s+la|des|d['’]|[Ll]e|[Ll]a)\s*)?`;
/**
 * "MM. Colle, Fachart et Gurnaud": the names listed after a plural civility, up to this one;
 * results give each name its votes ("MM. Colle, 812 Fachart, 790 voix"), and a name may open on
 * an initial ("MM. A. Durance, 912 Texier").
 */
const PLURAL_CIVILITY_LIST_BEFORE = new RegExp(
  String.raw`${cueAtWordStart(NAMES.pluralCivilities)}[ \u00a0]+` +
    String.raw`(?:(?:\p{Lu}\.[ \u00a0]*)?\p{Lu}[\p{L}\p{M}'’-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{M}'’-]*)?[ \u00a0]*(?:,[ \u00a0]*(?:\p{N}[\p{N}\p{L}.]*[ \u00a0]+)?|[ \u00a0]et[ \u00a0]+)){0,12}(?:de[ \u00a0]+|d['’])?(?:\p{Lu}\.[ \u00a0]*)?$`,
  'u',
);
const FIRST_NAMES = new Set(NAMES.firstNames);
const CIVILITY_BEFORE = new RegExp(
  String.raw`${cueAtWordStart(NAMES.civilities)}\s+${SURNAME_PARTICLE}$`,
  'u',
);
/** "Marie Le Gal", "Anne La Droff": after a given name, a capitalised article (`surnameArticles`) opens the surname. */
const SURNAME_ARTICLES = new Set(NAMES.surnameArticles);
const SURNAME_ARTICLE_BEFORE = new RegExp(
  String.raw`[ \u00a0](?:${alternation(NAMES.surnameArticles)})[ \u00a0]+$`,
  'u',
);
const SURNAME_AFTER_ARTICLE = /^[ \u00a0]\p{Lu}[\p{Ll}\p{M}]/u;
/** Ranks and callings before a surname: "le colonel X", "l'abbé X" (no particle: "le président de la République"). */
const RANK_BEFORE = new RegExp(
  String.raw`(?:^|[\s'’(])(?:${alternation(NAMES.titles)})\s+(?:L[ea]\s+)?$`,
  'iu',
);
/** Capitalised words of a street's name, joined by hyphens, spaces or a particle. */
const STREET_NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’]*`;
/** Street words opening a name in capitals: "Place de la Mairie" is the square, not the town hall. */
/** A word of naming right before a name ("a wiper dubbed X", "le rançongiciel baptisé « X »"). */
const NAMING_WORD_BEFORE =
  /(?<![\p{L}])(?:called|named|dubbed|codenamed|baptisée?|appelée?|nommée?|dénommée?)\s+["“«„]?\s*$/iu;
/** A program's codename in capitals, longer than an acronym: "GRIMSHELL". */
const TOOL_CODENAME = /^\p{Lu}{5,}$/u;
const REGION_HEADS = new Set(NAMES.regionHeads);
/** Between a region's head and its name: "District of Columbia", "Canton de Valbrune". */
const REGION_OF = /^[ \u00a0](?:of|of the|de|du|des|de la|d['’])[ \u00a0]?$/u;
const CAPITALISED_STREET_WORDS = new Set(NAMES.streets.map((word) => word[0]?.toUpperCase() + word.slice(1)));
const STREET_WORDS = NAMES.streets.flatMap((word) => [word, word[0]?.toUpperCase() + word.slice(1)]);
/** "rue de Siam", "place Saint-Melaine": the street word and the name are one place. */
const STREET = new RegExp(
  String.raw`${startsWithOneOf(STREET_WORDS)}(?<![\p{L}\p{M}])(?<!à la )(?:${alternation(STREET_WORDS)})` +
    String.raw`[ \u00a0]+${SURNAME_PARTICLE}${STREET_NAME_WORD}(?:(?:-|[ \u00a0](?:de[ \u00a0]|du[ \u00a0]|des[ \u00a0])?)${STREET_NAME_WORD}){0,3}`,
  'gu',
);
/** "le vapeur Emma", "du chalutier à vapeur Corsaire": the name after a noun for a ship is the ship's. */
const VESSEL_BEFORE = new RegExp(
  String.raw`${cueAtWordStart(NAMES.vessels, String.raw`(?<![\p{L}\p{M}])`)}(?:[ \u00a0]+à[ \u00a0]+vapeur)?[ \u00a0]+["“«]?[ \u00a0]*$`,
  'iu',
);
/** "embarque sur la Provence", "à bord du Surcouf": the name after going on board is a ship's. */
const BOARDING_BEFORE = new RegExp(
  String.raw`${cueAtWordStart(NAMES.boarding, String.raw`(?<![\p{L}\p{M}])`)}(?:[ \u00a0]+(?:le|la|les)[ \u00a0]+|[ \u00a0]*['’]|[ \u00a0]+)?$`,
  'iu',
);
/**
 * Port columns list movements as "Arrivé Marie, c. Le Goff, ven. de Swansea": the name
 * before ", c." (capitaine) is a ship's, the name after it its master's.
 */
const MASTER_AFTER = /^[ \u00a0]*,[ \u00a0]*c\.[ \u00a0]+\p{Lu}/u;
const MASTER_BEFORE = /[,.][ \u00a0]*c\.[ \u00a0]+$/u;
/** The column's own words around an entry: "c." ends no sentence there, so the context is read past it. */
const MASTER_CONTEXT_CHARS = 8;
const SHIP_MOVEMENTS = new Set(NAMES.shipMovements);
/**
 * Port columns date an entry "le 22," and give the ship's route after its name ("le 22, Sophie,
 * de Saint-Nazaire", "Provence, le 21, allant à La Plata"): the name next to the date, with a
 * route to a capitalised port after them, is a ship's.
 */
const ENTRY_DATE = String.raw`(?<![\p{L}\p{M}])le[ \u00a0]+\p{N}{1,2}[ \u00a0]*,[ \u00a0]*`;
const SHIP_ROUTE = String.raw`(?:${alternation(NAMES.shipRoutes)})[ \u00a0]*(?:l['’]|la[ \u00a0]+|le[ \u00a0]+)?\p{Lu}`;
const DATE_BEFORE_SHIP = new RegExp(String.raw`${ENTRY_DATE}$`, 'u');
const ROUTE_AFTER_SHIP = new RegExp(String.raw`^[ \u00a0]*,[ \u00a0]*${SHIP_ROUTE}`, 'u');
const DATE_AND_ROUTE_AFTER_SHIP = new RegExp(
  String.raw`^[ \u00a0]*,[ \u00a0]*${ENTRY_DATE}${SHIP_ROUTE}`,
  'u',
);
/** "un article du Républicain", "told the Guardian": the name after a word of the press is a newspaper's. */
const PRESS_CUE_BEFORE = new RegExp(
  String.raw`${cueAtWordStart(NAMES.pressCues, String.raw`(?<![\p{L}\p{M}])`)}[ \u00a0]*["“«]?[ \u00a0]*$`,
  'iu',
);
/**
 * "demeurant à Carlan", "des conférences à Poilley": in French a capitalised name right after
 * "à" is a place, once civilities, titles and given names have had their say.
 */
const FRENCH_PLACE_PREPOSITION_BEFORE = new RegExp(
  // The preposition and its word boundary are tested first: most positions fail there at once.
  String.raw`(?=à)(?<![\p{L}\p{M}'’])(?<!(?<![\p{L}\p{M}])(?:${alternation(NAMES.recipientVerbs)})[ \u00a0]+)à[ \u00a0]+$`,
  'u',
);
/**
 * "fermier à la Petite-Lande", "au village de la Ville-Jégu": hamlets go by a hyphenated compound
 * with its article; written so after "à la" or after a noun for a hamlet, the compound is a place.
 */
const FRENCH_HAMLET_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}'’])(?:à|(?:${alternation(NAMES.hamletNouns)})[ \u00a0]+de)[ \u00a0]+la[ \u00a0]+$`,
  'iu',
);
const HYPHENATED_COMPOUND = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)+$/u;
/** "Lens, 22 avril.": the name opening a dateline is the place the news comes from. */
const DATELINE_AFTER = new RegExp(
  String.raw`^,[ \u00a0]*\p{N}{1,2}(?:er)?[ \u00a0]+(?:${alternation(NAMES.datelineMonths)})(?![\p{L}\p{M}])`,
  'iu',
);
/** Terms of computing in capitals or title case ("DNS", "Dynamic Link Library"): no organisation. */
const TECHNICAL_TERMS = new Set(NAMES.technicalTerms);
/** The same in lower case, for a term written in capitals ("the WINRAR update"). */
const FOLDED_TECHNICAL_TERMS = new Set(NAMES.technicalTerms.map((term) => term.toLowerCase()));

/**
 * The cell after an ATT&CK technique's id in a table ("| T1210 | Exploitation of Remote
 * Services |"): the technique's name, in title case, names no body or person.
 */
const TECHNIQUE_ID_CELL_BEFORE = /\|[ \u00a0]*T\d{4}(?:\.\d{3})?[ \u00a0]*\|[ \u00a0]*$/u;

/** ", who ...": English uses "who" for people only. */
const PERSON_RELATIVE_AFTER = /^\s*,\s*who(?![\p{L}])/iu;
/**
 * ", a front company of ...", ", the payroll provider", ", a Taiwanese company", ", Sweden's
 * largest insurer": an apposition
 * saying what kind of organisation (capitalised words right after the article are its demonym, "a South Korean company").
 * An emphasis mark may close the name first ("*Quillon Labs*, a Taiwanese company").
 */
const ORGANIZATION_APPOSITION_AFTER = new RegExp(
  String.raw`^[*_]*\s*,\s*(?:a|an|the|un|une|le|la|l['’]|\p{Lu}\p{Ll}+['’]s?\s)\s*(?:\p{Lu}[\p{Ll}-]+\s+){0,2}(?:[\p{Ll}-]+\s+){0,2}` +
    String.raw`(?:${alternation(ORGANIZATION_CUES_LATIN)})(?![\p{L}])`,
  'u',
);
/** "Leeds-based ", "Oslo-headquartered ": a place's compound of being based there, right before the name. */
const BASED_COMPOUND_BEFORE = /\p{Lu}\p{L}*[-‑](?:based|headquartered)\s+$/u;
/** Words of an apposition's description before its head: a demonym, lower-case words ("a pro-Russian hacking crew"). */
const APPOSITION_DESCRIPTION = String.raw`(?:\p{Lu}[\p{Ll}-]+\s+)?(?:(?!(?:of|in|at|for|with|from)\s)[\p{Ll}-]+\s+){0,2}?`;
/** ", a hacking crew", ", the ransomware gang": a word for attackers heads the apposition. */
const THREAT_ACTOR_APPOSITION_AFTER = new RegExp(
  String.raw`^[*_]*\s*,\s*(?:a|an|the)\s+${APPOSITION_DESCRIPTION}(?:${alternation(THREAT_ACTOR_CUES_AFTER_LATIN)})(?![\p{L}\p{N}'’])`,
  'u',
);
/**
 * ", a group Dutch intelligence has tied to China", ", a group it says works for Tehran": a
 * group, which alone may be any association, tied in the same clause to a sponsor (the English
 * triggers' `affiliation` and `proxy` phrases).
 */
const TIED_GROUP_APPOSITION_AFTER = new RegExp(
  String.raw`^[*_]*\s*,\s*(?:a|an)\s+${APPOSITION_DESCRIPTION}(?:${alternation(GENERIC_GROUP_WORDS_LATIN)})\s+[^,.;:()]{0,60}?` +
    String.raw`(?<![\p{L}])(?:${alternation(
      triggerWords('affiliation')
        .concat(triggerWords('proxy'))
        .flatMap((words) => words.phrases),
    )})(?![\p{L}])`,
  'u',
);
/** The same apposition closed by a comma: ", a Finnish payments start-up,". */
const ORGANIZATION_APPOSITION_CLOSED = new RegExp(`${ORGANIZATION_APPOSITION_AFTER.source}\\s*,`, 'u');
/**
 * "a Danish broadcaster, Kanal Syd,", "the Norwegian parliament, the Storting,": the same
 * description before the name, opened by an article and a demonym and set off by a comma (without
 * the demonym, "the company, X said" is common).
 */
const ORGANIZATION_DESCRIPTION_BEFORE = new RegExp(
  String.raw`(?:^|[\s(])(?:[Aa]n?|[Tt]he)\s+(?:\p{Lu}[\p{Ll}-]+\s+){1,2}(?:[\p{Ll}-]+\s+){0,2}` +
    `${cueAtWordStart(ORGANIZATION_CUES_LATIN)}\\s*,\\s*(?:the\\s+)?[*_]*$`,
  'u',
);
const EMPLOYER_BEFORE = new RegExp(
  `${cueAtWordStart(EMPLOYER_CUES_LATIN)}\\s+(?:the\\s+|la\\s+|le\\s+|l['’])?$`,
  'iu',
);
/**
 * An acronym qualifying a technical noun ("the SMB file-sharing protocol") or a route ("the GTC
 * route") names no organisation.
 */
const TECHNICAL_NOUN_AFTER = new RegExp(
  String.raw`^[ \u00a0]+(?:[\p{Ll}]+-[\p{Ll}]+[ \u00a0]+)?(?:${alternation([...TECHNICAL_NOUNS_LATIN, ...ROUTE_NOUNS_LATIN])})(?![\p{L}])`,
  'u',
);

/** The left-context cues built from a vocabulary: each is run only where the cue pass found it in the window. */
const CUED = {
  vessel: leftContextCue(VESSEL_BEFORE, [NAMES.vessels]),
  press: leftContextCue(PRESS_CUE_BEFORE, [NAMES.pressCues]),
  civility: leftContextCue(CIVILITY_BEFORE, [NAMES.civilities]),
  pluralCivility: leftContextCue(PLURAL_CIVILITY_LIST_BEFORE, [NAMES.pluralCivilities]),
  rank: leftContextCue(RANK_BEFORE, [NAMES.titles]),
  threatActor: leftContextCue(THREAT_ACTOR_CUE_BEFORE, [THREAT_ACTOR_CUES_LATIN]),
  hackingGroup: leftContextCue(HACKING_GROUP_BEFORE, [HACKING_GROUP_WORDS]),
  groupNaming: leftContextCue(GROUP_NAMING_BEFORE, [GENERIC_GROUP_WORDS_LATIN]),
  groupClaim: leftContextCue(GROUP_CLAIM_BEFORE, [NAMES.groupClaimVerbs]),
  threatActorNaming: leftContextCue(THREAT_ACTOR_NAMING_BEFORE, [
    THREAT_ACTOR_CUES_LATIN,
    THREAT_ACTOR_NAMING_VERBS_LATIN,
  ]),
  organization: leftContextCue(ORGANIZATION_CUE_BEFORE, [ORGANIZATION_CUES_LATIN]),
  organizationDescription: leftContextCue(ORGANIZATION_DESCRIPTION_BEFORE, [ORGANIZATION_CUES_LATIN]),
  employer: leftContextCue(EMPLOYER_BEFORE, [EMPLOYER_CUES_LATIN]),
  personTitle: leftContextCue(PERSON_TITLE_BEFORE, [PERSON_TITLES_LATIN]),
  location: leftContextCue(LOCATION_CUE_BEFORE, [LOCATION_CUES_LATIN]),
  account: leftContextCue(ACCOUNT_CUE_BEFORE, [ACCOUNT_CUES_LATIN]),
  speechVerb: leftContextCue(SPEECH_VERB_BEFORE, [SPEAKER_VERB_LIST]),
};

interface Token extends Span {
  text: string;
}

/** A name found by capitalisation that no cue typed: kept only if resolution links it to a typed name. */
export interface TentativeName extends Span {
  surface: string;
}

export interface LatinNames {
  candidates: Candidate[];
  tentative: TentativeName[];
  /**
   * Two or three title-case words no cue typed, kept only if, written together, they are a
   * one-word name in CamelCase typed elsewhere ("the Quillspy Suite panel" for "QuillspySuite").
   */
  spaced: TentativeName[];
}

/**
 * The capitalised word after a slash or an underscore (escaped in Markdown) that follows another
 * ("Ravenfox/Quillbot", "Decrypted\_Quillbot"): kept, as a tentative name, if the text names it
 * elsewhere. Words in addresses and paths are dropped later.
 */
const SLASHED_NAME =
  /(?<=(?<![\p{L}\p{M}\p{N}/.:_\\-])\p{Lu}[\p{L}\p{M}\p{N}]*(?:\/|\\?_))\p{Lu}[\p{L}\p{M}\p{N}]*(?![\p{L}\p{M}\p{N}/.:_\\-])/gu;

/** "Quillspy Suite": words of a name in CamelCase written apart, one space between them. */
const SPACED_WORD = /^\p{Lu}\p{Ll}+$/u;
const MAX_SPACED_WORDS = 3;

function spacedName(text: string, sequence: readonly Token[]): TentativeName | undefined {
  const first = sequence[0];
  const last = sequence.at(-1);
  if (!first || !last || sequence.length < 2 || sequence.length > MAX_SPACED_WORDS) return undefined;
  const apart = sequence.every(
    (token, index) =>
      SPACED_WORD.test(token.text) &&
      (index === 0 || text[token.start - 1] === ' ') &&
      (index === 0 || sequence[index - 1]?.end === token.start - 1),
  );
  return apart
    ? { start: first.start, end: last.end, surface: text.slice(first.start, last.end) }
    : undefined;
}

/**
 * `knownNames`: where a list already names an actor or a program ("APT28", "Sandworm"); an
 * actor's code ("APT99", "FIN7") is one by its shape.
 */
export function findLatinNames(
  text: string,
  sentences: readonly Sentence[],
  knownNames: readonly Span[] = [],
): LatinNames {
  const candidates: Candidate[] = [];
  const tentative: TentativeName[] = [];
  const spaced: TentativeName[] = [];
  const known = new Map<string, boolean>();
  const isCommonWord = (word: string) => {
    const lower = word.toLowerCase();
    let common = known.get(lower);
    if (common === undefined) {
      common = commonWord(text, lower);
      known.set(lower, common);
    }
    return common;
  };
  const occurrences = new CueOccurrences(text);
  let termAcronyms: Set<string> | undefined;
  const isTermAcronym = (word: string) => (termAcronyms ??= acronymsOfTerms(text)).has(word);
  for (const sentence of sentences) {
    const codes = actorCodes(sentence);
    const known = [...knownNames, ...codes];
    for (const sequence of nameSequences(text, sentence, isCommonWord, known)) {
      const typed = typeName(text, sentence, sequence, occurrences, isCommonWord, isTermAcronym);
      const numbered = sequence.length === 1 && sequence[0] ? numberedName(text, sequence[0]) : undefined;
      // "the chief executive of Quillsec 365": an organisation's name keeps the number after it.
      if (typed)
        candidates.push(typed.type === 'Organization' && numbered ? withNumber(typed, numbered) : typed);
      // "CEO of Intel 471", "Intel 471 is not aware": a numbered name found elsewhere is this one,
      // even first in its sentence, where a plain capitalised word may be any word.
      else if (numbered) tentative.push(numbered);
      // First in its sentence a capitalised word may be any word, but not one with a capital
      // inside ("PowerRatankba is capable of"), nor one the text never writes in lower case
      // ("Leviathan has carried out"): that is a name, kept if it is written as one elsewhere.
      else if (
        sequence.length === 1 &&
        sequence[0] &&
        (!isSentenceStart(text, sentence, sequence[0].start) ||
          CAMEL_CASE.test(sequence[0].text) ||
          !isCommonWord(sequence[0].text))
      ) {
        tentative.push({ start: sequence[0].start, end: sequence[0].end, surface: sequence[0].text });
      } else {
        const apart = spacedName(text, sequence);
        if (apart) spaced.push(apart);
        // "La société Orvane Santé ... Orvane Santé, dont le siège est à Lyon,": a name of several
        // words first in its sentence is the one written the same way elsewhere, if any. Not in
        // English, whose headings and captions capitalise every word and repeat names as labels.
        const first = sequence[0];
        const last = sequence.at(-1);
        if (first && last && sequence.length > 1 && sentence.lang !== 'en')
          tentative.push({ start: first.start, end: last.end, surface: text.slice(first.start, last.end) });
      }
    }
    // "the Ravenfox/Quillbot attack", "the Decrypted_Quillbot sample": a name joined to a word by
    // a slash or an underscore starts no word of the scan (paths and addresses hold them).
    for (const match of matchesOf(SLASHED_NAME, sentence.text)) {
      const start = sentence.start + match.index;
      tentative.push({ start, end: start + match[0].length, surface: match[0] });
    }
    for (const match of matchesOf(STREET, sentence.text)) {
      const start = sentence.start + match.index;
      candidates.push({
        start,
        end: start + match[0].length,
        surface: match[0],
        type: 'Location',
        source: 'cue',
        name: match[0],
        reason: `cue: "${match[0]}" is a street or square`,
      });
    }
    for (const code of codes) {
      candidates.push({
        ...code,
        type: 'ThreatActor',
        source: 'name',
        name: code.surface,
        reason: `pattern: "${code.surface}" has the shape of a threat-actor designation`,
      });
    }
  }
  return { candidates, tentative, spaced };
}

function actorCodes(sentence: Sentence): TentativeName[] {
  return matchesOf(ACTOR_CODE, sentence.text).map((match) => {
    const start = sentence.start + match.index;
    return { start, end: start + match[0].length, surface: match[0] };
  });
}

/** An acronym with a plural ending: "ATMs", "PCs". */
const PLURAL_ACRONYM = /^\p{Lu}{2,}s$/u;

/** Heads of a body named by its remits (the names packs' `remitHeads`: "Ministry of Security and Intelligence"). */
const REMIT_HEADS = new Set(NAMES.remitHeads);
const REMIT_OF = /^[ \u00a0]of(?:[ \u00a0]the)?[ \u00a0]$/u;
const REMIT_AND = /^[ \u00a0](?:and|&)[ \u00a0]$/u;
/** "... and Intelligence of China": the name goes on to whose body it is. */
const REMIT_OWNER_AFTER = /^[ \u00a0]of[ \u00a0](?:the[ \u00a0])?\p{Lu}/u;

/**
 * Whether "and" joins a second remit to the name of a body ("Ministry of Foreign Affairs and
 * Trade"): the name opens on a remit head and "of", and the word after "and" is a common noun
 * in title case or the name goes on with "of" ("... and Intelligence of China"), not another
 * name ("the Department of Justice and Microsoft").
 */
function joinsRemit(
  text: string,
  current: readonly Token[],
  gap: string,
  token: Token,
  isCommonWord: (word: string) => boolean,
): boolean {
  // "The Ministry of ...": a capitalised article may open the sequence.
  const at = current.findIndex((word) => REMIT_HEADS.has(word.text));
  const head = current[at];
  const remit = current[at + 1];
  return (
    head !== undefined &&
    remit !== undefined &&
    REMIT_OF.test(text.slice(head.end, remit.start)) &&
    REMIT_AND.test(gap) &&
    !current.some(
      (word, index) => index > 0 && REMIT_AND.test(text.slice(current[index - 1]?.end ?? 0, word.start)),
    ) &&
    (isCommonWord(token.text) || REMIT_OWNER_AFTER.test(text.slice(token.end, token.end + 20)))
  );
}

/** The rest of a body's name after "and": a capitalised word, perhaps one more, then a remit head ("Commonwealth Office"). */
const CLOSED_BY_REMIT_HEAD = new RegExp(
  `(?:[ \\u00a0]\\p{Lu}[\\p{L}\\p{M}-]*)?[ \\u00a0](?:${[...REMIT_HEADS].join('|')})(?![\\p{L}\\p{M}])`,
  'uy',
);

/**
 * Whether "and" joins two qualifiers of one body whose head comes after both ("Foreign and
 * Commonwealth Office", "Health and Social Care Department"): one word before "and", no head
 * among the words before it ("the Ministry and the Foreign Office" are two), and one or two
 * words after it that run to a remit head. Without a head to close it, "Microsoft and Google"
 * stay two names; with a longer name before "and", so do "Google Docs and Microsoft Office".
 */
function joinsClosedByHead(text: string, current: readonly Token[], gap: string, token: Token): boolean {
  // "The Foreign and ...": a capitalised article may open the sequence.
  const qualifiers = current.filter((word) => !CAPITALISED_FUNCTION_WORDS.has(word.text));
  if (!REMIT_AND.test(gap) || qualifiers.length !== 1 || current.some((word) => isNameHead(word.text)))
    return false;
  if (REMIT_HEADS.has(token.text)) return false;
  CLOSED_BY_REMIT_HEAD.lastIndex = token.end;
  return CLOSED_BY_REMIT_HEAD.test(text);
}

/** "of" or "of the" between two capitalised words. */
const OF_GAP = /^[ \u00a0]of(?: the)?[ \u00a0]$/u;

function nameSequences(
  text: string,
  sentence: Sentence,
  isCommonWord: (word: string) => boolean,
  knownNames: readonly Span[],
): Token[][] {
  const sequences: Token[][] = [];
  let current: Token[] = [];
  for (const match of matchesOf(CAPITALISED_WORD, sentence.text)) {
    // "L'équipe" is an article and a common noun; "d'Emmanuel", "L'Express" keep the name after it.
    const elision = /^[LD]['’]/u.exec(match[0]);
    if (elision && !/^\p{Lu}/u.test(match[0].slice(2))) continue;
    const skip = elision ? 2 : 0;
    const token: Token = {
      start: sentence.start + match.index + skip,
      end: sentence.start + match.index + match[0].length,
      text: match[0].slice(skip),
    };
    // "M. Lugol": the civility is no initial of the name after it, nor part of any name; after
    // a name word it is a middle initial ("Robert M. Lee"), after a function word it is not ("De
    // M. Humbert").
    const nameWordBefore = current[current.length - 1];
    const afterNameWord =
      nameWordBefore !== undefined &&
      !CAPITALISED_FUNCTION_WORDS.has(nameWordBefore.text) &&
      /^[ \u00a0]$/u.test(text.slice(nameWordBefore.end, token.start));
    if (
      !afterNameWord &&
      (CIVILITIES.has(token.text) || (text[token.end] === '.' && CIVILITIES.has(`${token.text}.`)))
    ) {
      if (current.length > 0) sequences.push(current);
      current = [];
      continue;
    }
    const previous = current[current.length - 1];
    const gap = previous ? text.slice(previous.end, token.start) : '';
    const joins =
      previous !== undefined &&
      current.length < MAX_NAME_WORDS &&
      (NAME_GAP.test(gap) ||
        (INITIAL.test(previous.text) && AFTER_INITIAL.test(gap)) ||
        joinsRemit(text, current, gap, token, isCommonWord) ||
        joinsClosedByHead(text, current, gap, token)) &&
      (!CAPITALISED_FUNCTION_WORDS.has(token.text) || opensSurname(text, current, token)) &&
      // "suspected APT99 of the Harbour Bank hack": an actor or a program a list or its code
      // names whole takes no "of" after it; what follows is what it is told of.
      !(OF_GAP.test(gap) && isKnownName(current, knownNames)) &&
      // "a déclaré devant le Congrès Christopher Wray", "the Special Counsel Jane Roe": a body's
      // name ends on its head, and a given name after it opens a speaker's.
      !(FIRST_NAMES.has(token.text) && closesBodyName(current, previous)) &&
      !(FIRST_NAMES.has(token.text) && namesListener(text, sentence, current));
    if (!joins) {
      if (current.length > 0) sequences.push(current);
      current = [];
    }
    current.push(token);
  }
  if (current.length > 0) sequences.push(current);
  return sequences
    .flatMap((sequence) => trimSequence(text, sequence))
    .filter((sequence) => sequence.length > 0);
}

/** Whether the words of `current` follow a verb of saying and its preposition of recipient. */
function namesListener(text: string, sentence: Sentence, current: readonly Token[]): boolean {
  const first = current[0];
  return (
    first !== undefined &&
    LISTENER_BEFORE.test(
      text.slice(Math.max(sentence.start, first.start - LISTENER_CONTEXT_CHARS), first.start),
    )
  );
}

/** Whether the words of `current` are, whole, a name a list or a code gives. */
function isKnownName(current: readonly Token[], knownNames: readonly Span[]): boolean {
  const start = current[0]?.start;
  const end = current.at(-1)?.end;
  return knownNames.some((known) => known.start === start && known.end === end);
}

/** Whether `last`, the last word of `current`, closes a body's name: a head after other words, or alone one that names a body by itself. */
function closesBodyName(current: readonly Token[], last: Token): boolean {
  return BODIES_NAMED_BY_HEAD.has(last.text) || (current.length > 1 && isNameHead(last.text));
}

/**
 * Whether `token` is the article of a surname after the given name that opens a name: "Marie Le
 * Gal" (after another name word, "Guiriel Marie Le ...", the article may begin the next name).
 */
function opensSurname(text: string, current: readonly Token[], token: Token): boolean {
  const givenName = current.length === 1 ? current[0] : undefined;
  return (
    givenName !== undefined &&
    SURNAME_ARTICLES.has(token.text) &&
    FIRST_NAMES.has(givenName.text) &&
    SURNAME_AFTER_ARTICLE.test(text.slice(token.end, token.end + 3))
  );
}

/**
 * Posts a report writes between an employer and a name, as lower-case word lists: in title case
 * ("the White House Press Secretary Josh Earnest") they are capitalised words like the names.
 */
const POSTS_IN_TITLE_CASE = postsBetweenEmployerAndName().map((post) => post.toLowerCase().split(/\s+/u));

/**
 * "White House Press Secretary Jane Roe": a post in title case after a name parts it from the
 * holder's name after it (or after a comma, "the White House Press Secretary, Jane Roe"); the
 * post is neither's. After "of" it names the body's head ("Office of the Director of ..."): the
 * body's name goes on.
 */
function splitAtPost(text: string, sequence: Token[]): Token[][] {
  for (let at = 1; at < sequence.length; at++) {
    const before = sequence[at - 1];
    const first = sequence[at];
    if (!before || !first || !/^[ \u00a0]+$/u.test(text.slice(before.end, first.start))) continue;
    const post = POSTS_IN_TITLE_CASE.find(
      (words) =>
        at + words.length <= sequence.length &&
        words.every((word, index) => sequence[at + index]?.text.toLowerCase() === word),
    );
    if (post) return [sequence.slice(0, at), ...splitAtPost(text, sequence.slice(at + post.length))];
  }
  return [sequence];
}

/**
 * Drops function words and titles at the edges: "Selon Vitali Kremez" -> "Vitali Kremez", and a
 * post named by its title alone ("the Prime Minister", "Chief Engineer") leaves nothing of a name.
 */
function trimSequence(text: string, whole: Token[]): Token[][] {
  return splitAtPost(text, whole).flatMap(trimEdges);
}

function trimEdges(sequence: Token[]): Token[][] {
  let first = 0;
  while (first < sequence.length && isNotAName(sequence[first]?.text ?? '')) first++;
  // "Glasgow-based Dovecote Logistics", "Kremlin-backed Sandworm": a compound adjective of a place
  // opening the run describes the name after it (place-compounds.ts places it) and is no part of it.
  if (sequence.length - first > 1 && COMPOUND_ADJECTIVE.test(sequence[first]?.text ?? '')) first++;
  let last = sequence.length;
  while (last > first && ROLE_WORDS.has(sequence[last - 1]?.text.toLowerCase() ?? '')) last--;
  const trimmed = sequence.slice(first, last);
  return trimmed.length > 0 ? [trimmed] : [];
}

function isNotAName(word: string): boolean {
  // "Aujourd'hui": a function word the pack lists by its part before the apostrophe.
  const elided = ELIDED_WORD.exec(word)?.[1];
  return (
    CAPITALISED_FUNCTION_WORDS.has(word) ||
    (elided !== undefined && CAPITALISED_FUNCTION_WORDS.has(elided)) ||
    SHIP_MOVEMENTS.has(word) ||
    ROLE_WORDS.has(word.toLowerCase())
  );
}
/** A capitalised word and a participle joined by a hyphen: "Glasgow-based", "Iran-linked". */
const COMPOUND_ADJECTIVE = /^\p{Lu}\p{L}*[-‑]\p{Ll}+ed$/u;
/** A word written with an apostrophe inside, after three letters at least: "Aujourd'hui". */
const ELIDED_WORD = /^(\p{Lu}\p{Ll}{2,})['’]\p{Ll}+$/u;

/**
 * Whether the line around `offset` is a heading: marked as one in Markdown ("### ...", a line
 * underlined with "===" or "---", a line in bold), or words in title case with no punctuation.
 * Headings are written in title case, so capitals there say nothing about names.
 */
function isHeading(text: string, offset: number): boolean {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  if (headingText !== text) {
    headingText = text;
    headingLines.clear();
  }
  let heading = headingLines.get(lineStart);
  if (heading === undefined) {
    heading = isHeadingLine(text, lineStart);
    headingLines.set(lineStart, heading);
  }
  return heading;
}

/** The document whose lines `headingLines` answers for, by where each line starts: a paragraph is one line, read once. */
let headingText: string | undefined;
const headingLines = new Map<number, boolean>();

function isHeadingLine(text: string, lineStart: number): boolean {
  const newline = text.indexOf('\n', lineStart);
  const lineEnd = newline < 0 ? text.length : newline;
  const line = text.slice(lineStart, lineEnd);
  if (/^\s*#/u.test(line) || /^\s*\*\*[^*]+\*\*\s*$/u.test(line)) return true;
  if (/^\s*(?:={3,}|-{3,})\s*$/u.test(text.slice(lineEnd + 1, lineEnd + 120).split('\n', 1)[0] ?? ''))
    return true;
  const words = line.replace(HEADING_MARKUP, '').split(/\s+/u);
  return (
    words.length > 0 &&
    !/[,;()]/u.test(line) &&
    words.every((word) => /^\p{Lu}/u.test(word) || HEADING_LOWER_WORD.test(word))
  );
}

/**
 * A title-case word (given in lower case) that ends like an abstract noun, or that the document
 * also writes in lower case in its prose (singular or plural), is a common word: "Threat
 * Research", "Key Findings", "Domestic Espionage".
 */
function commonWord(text: string, lower: string): boolean {
  return (
    COMMON_NOUN_ENDING.test(lower) ||
    writtenInProse(text, lower) ||
    writtenInProse(text, `${lower}s`) ||
    (lower.endsWith('s') && writtenInProse(text, lower.slice(0, -1)))
  );
}

/**
 * Whether the phrase opens on a head word that only closes names ("Group Policies", "Media
 * History") and holds no other head word: no company's name then.
 */
function headsOnlyOpenPhrase(sequence: readonly Token[]): boolean {
  const [first, ...rest] = sequence;
  return (
    first !== undefined &&
    rest.length > 0 &&
    ORGANIZATION_CLOSING_HEADS.has(first.text) &&
    rest.every((token) => !isNameHead(token.text))
  );
}

function isSentenceStart(text: string, sentence: Sentence, offset: number): boolean {
  return /^[\s"«“'(\-—–]*$/u.test(text.slice(sentence.start, offset));
}

function typeName(
  text: string,
  sentence: Sentence,
  sequence: Token[],
  occurrences: CueOccurrences,
  isCommonWord: (word: string) => boolean,
  isTermAcronym: (word: string) => boolean,
): Candidate | undefined {
  const first = sequence[0];
  const last = sequence[sequence.length - 1];
  if (!first || !last) return undefined;
  const before = text.slice(Math.max(sentence.start, first.start - CONTEXT_CHARS), first.start);
  const after = text.slice(last.end, Math.min(sentence.end, last.end + CONTEXT_CHARS));
  // A left context ends where the name starts.
  const cued = (cue: LeftContextCue, context = before) =>
    cue.test(occurrences, context, first.start - context.length);
  const candidate = (type: EntityType, reason: string, end = last.end): Candidate => ({
    start: first.start,
    end,
    surface: text.slice(first.start, end),
    type,
    source: 'cue',
    name: text.slice(first.start, end),
    reason: `${reason}: "${text.slice(first.start, end)}"`,
  });
  const person = (reason: string): Candidate => candidate('Person', reason, personEnd(text, sequence));
  // Inside Arabic text only the Arabic cues (names-arabic.ts) can tell the type.
  if (hasArabic(before) || hasArabic(after)) return undefined;
  // "Jeux de Pyeongchang", "the Tokyo Olympics": sporting events, found with their host place (events.ts).
  if (GAMES_HEADS.has(first.text) || GAMES_HEADS.has(last.text)) return undefined;
  if (GATHERING_HEADS.has(last.text)) return undefined;
  // The street finder names "Place de la Mairie" with its street word.
  if (sequence.length > 1 && CAPITALISED_STREET_WORDS.has(first.text)) return undefined;
  // "District of Columbia", "Province de Namur": a region named with its head.
  const regionName = sequence[1];
  if (regionName && REGION_HEADS.has(first.text) && REGION_OF.test(text.slice(first.end, regionName.start)))
    return { ...candidate('Location', 'cue: a region named by its head and "of"'), ownPlace: true };
  const words = sequence.length;
  // "Faroe Islands", "Phillipine Islands": islands, whatever the words before look like.
  if (words > 1 && ISLAND_LAST_WORDS.has(last.text))
    return candidate('Location', 'cue: a name closed by a word for islands');
  const allCaps = words === 1 && /^[\p{Lu}\p{N}&-]{2,}$/u.test(first.text);
  if (TECHNICAL_TERMS.has(text.slice(first.start, last.end))) return undefined;
  if (allCaps && FOLDED_TECHNICAL_TERMS.has(first.text.toLowerCase())) return undefined;
  if (TECHNIQUE_ID_CELL_BEFORE.test(before)) return undefined;
  const masterAfter = MASTER_AFTER.test(text.slice(last.end, last.end + MASTER_CONTEXT_CHARS));
  if (cued(CUED.vessel) || BOARDING_BEFORE.test(before)) {
    // "le vapeur Bretagne", "embarque sur la Provence": a ship even where a region has the name.
    return {
      ...candidate('Organization', 'cue: a ship named after a noun for a ship or for boarding'),
      titled: true,
    };
  }
  if (masterAfter && !allCaps) {
    return candidate('Organization', 'cue: a ship named before its master');
  }
  if (
    !allCaps &&
    ((DATE_BEFORE_SHIP.test(before) && ROUTE_AFTER_SHIP.test(after)) || DATE_AND_ROUTE_AFTER_SHIP.test(after))
  ) {
    // "La Bretagne, le 21, de New-York": a ship even where a region has the name.
    return { ...candidate('Organization', 'cue: a ship in a dated entry of a port column'), titled: true };
  }
  if (cued(CUED.press) && !allCaps) {
    return candidate('Organization', 'cue: a newspaper named after a word of the press');
  }
  if (
    MASTER_BEFORE.test(text.slice(Math.max(0, first.start - MASTER_CONTEXT_CHARS), first.start)) &&
    !allCaps
  )
    return person('cue: a ship\'s master after "c."');
  const civility =
    cued(CUED.civility) ||
    cued(
      CUED.pluralCivility,
      text.slice(Math.max(sentence.start, first.start - CIVILITY_LIST_CHARS), first.start),
    );
  if (civility || (cued(CUED.rank) && !allCaps)) {
    // "Mme Le Goff", "l'abbé Le Floch": a capitalised article after the title begins the surname.
    const article = SURNAME_ARTICLE_BEFORE.exec(before);
    const start = article ? first.start - (before.length - article.index - 1) : first.start;
    const end = personEnd(text, sequence);
    return {
      ...person(civility ? 'cue: civility before' : 'cue: rank or calling before'),
      start,
      surface: text.slice(start, end),
      name: text.slice(start, end),
      titled: true,
    };
  }

  // "Naissances. Marie Portais": a given name and a capitalised word, wherever they stand;
  // "(J. Reiff)": an initial and a surname.
  const second = sequence[1];
  const surname = second !== undefined && /^\p{Lu}[\p{Ll}\p{M}'’-]{2,}$/u.test(second.text);
  const gap = second ? text.slice(first.end, second.start) : '';
  if (words === 2 && surname && !isHeading(text, first.start)) {
    if (FIRST_NAMES.has(first.text) && /^[ \u00a0]$/u.test(gap)) {
      return { ...person('shape: a given name and a surname'), source: 'name' };
    }
    if (INITIAL.test(first.text) && AFTER_INITIAL.test(gap) && !isCommonWord(second.text)) {
      return { ...person('shape: an initial and a surname'), source: 'name' };
    }
  }
  // "Par Paul BERTNAY": bylines and lists set the surname in capitals after the given name.
  if (
    words === 2 &&
    second !== undefined &&
    FIRST_NAMES.has(first.text) &&
    /^[ \u00a0]$/u.test(gap) &&
    /^\p{Lu}{3,}$/u.test(second.text) &&
    !isTermAcronym(second.text) &&
    !FOLDED_TECHNICAL_TERMS.has(second.text.toLowerCase())
  ) {
    return { ...person('shape: a given name and a surname in capitals'), source: 'name' };
  }
  // "Marie Le Gal": the article after a given name opens the surname.
  const third = sequence[2];
  if (
    words === 3 &&
    FIRST_NAMES.has(first.text) &&
    second !== undefined &&
    SURNAME_ARTICLES.has(second.text) &&
    third !== undefined &&
    /^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(third.text) &&
    !isHeading(text, first.start)
  ) {
    return { ...person('shape: a given name and a surname opening on an article'), source: 'name' };
  }
  if (cued(CUED.threatActor) && /\S\s*["“«„]\s*$/u.test(before)) {
    return { introduced: true, ...candidate('ThreatActor', 'cue: quoted name after a word for a group') };
  }
  const beforeLast = sequence[sequence.length - 2];
  if (cued(CUED.threatActorNaming))
    return { ...candidate('ThreatActor', 'cue: the name given to a group'), introduced: true };
  // "le groupe de rançongiciel Rookblack": the kind of group says what the name is, before any
  // word for malicious software inside that kind ("rançongiciel") is read as the program's.
  if (cued(CUED.hackingGroup) && !allCaps)
    return { ...candidate('ThreatActor', 'cue: a word for a group of attackers before'), introduced: true };
  // "attacked by a group called Redmarsh": a coined word given to the group behind a deed is an
  // actor's name; an association goes by words that say what it is ("a group called Quill Association").
  if (words === 1 && cued(CUED.groupNaming) && !allCaps)
    return { ...candidate('ThreatActor', "cue: one word given as a group's name"), introduced: true };
  // "revendiquée lundi par le groupe Quillmoth": who claims an attack is an actor, a firm's group never.
  if (words <= 2 && cued(CUED.groupClaim) && !allCaps)
    return { ...candidate('ThreatActor', 'cue: a group that claims an incident'), introduced: true };
  // "the CloudHollow APT": the acronym after the name says what it names, and is no part of it.
  if (beforeLast && last.text === 'APT') {
    return { introduced: true, ...candidate('ThreatActor', 'cue: "APT" after a name', beforeLast.end) };
  }
  // "China-linked threat actor": a compound adjective before the words for an actor, not a name.
  if (THREAT_ACTOR_CUE_AFTER.test(after) && !allCaps && !/-\p{Ll}/u.test(last.text)) {
    return { introduced: true, ...candidate('ThreatActor', 'cue: a word for a threat actor after') };
  }
  // "Ghostmint, a hacking crew linked to Russia", "Tallow Spider, a group tied to Iran": the
  // apposition says the name is an actor's (a body's name, with its head word, stays a body).
  if (
    !allCaps &&
    !FIRST_NAMES.has(first.text) &&
    !sequence.some((token) => isNameHead(token.text)) &&
    (THREAT_ACTOR_APPOSITION_AFTER.test(after) || TIED_GROUP_APPOSITION_AFTER.test(after))
  ) {
    return { introduced: true, ...candidate('ThreatActor', 'cue: an actor described in apposition after') };
  }
  // "Intel 471 has observed": a research team's name may end in a number, a year excepted.
  const numbered = words === 1 ? RESEARCH_TEAM_NUMBER_AFTER.exec(after) : null;
  if (numbered?.[1] !== undefined && !YEAR.test(numbered[1])) {
    return candidate(
      'Organization',
      'cue: a numbered name before a research finding',
      last.end + 1 + numbered[1].length,
    );
  }
  // Even first in its line: "MURKYSHELL: malware capable of ...", "Beacon: It is a malware".
  if (MALWARE_DEFINED_AFTER.test(after))
    return candidate('Malware', 'cue: defined as malicious software after');
  if (MALWARE_DEFINED_BY_COPULA.test(after))
    return candidate('Malware', 'cue: a sentence saying it is malicious software');
  if (THREAT_ACTOR_DEFINED_BY_COPULA.test(after) && !allCaps)
    return { introduced: true, ...candidate('ThreatActor', 'cue: a sentence saying it is a threat actor') };
  // "Zscaler researchers found ...", even first in its sentence; "Security researchers" is no firm.
  if (RESEARCH_STAFF_AFTER.test(after) && !sequence.some((token) => isCommonWord(token.text)))
    return candidate('Organization', 'cue: its researchers or analysts after');
  // "Quillsec researcher Jane Ortiz": a post and its holder's name after the employer's.
  if (POST_AND_HOLDER_AFTER.test(after) && !sequence.some((token) => isCommonWord(token.text)))
    return candidate('Organization', 'cue: a post and its holder after');
  if (DATELINE_AFTER.test(after) && !allCaps) return candidate('Location', 'cue: the place of a dateline');
  if (words === 1 && !allCaps && !FIRST_NAMES.has(first.text) && VICTIM_WORDS_AFTER.test(after)) {
    // "Quillbank a été piratée": what an intrusion hit is an organisation, even first in its sentence
    // (letters in capitals, "NY was compromised", may abbreviate a place).
    return candidate('Organization', 'cue: the victim of an intrusion, named before the words that say so');
  }
  if (words === 1 && isSentenceStart(text, sentence, first.start) && !allCaps) {
    // "Kalvo, a Finnish payments start-up, said": a coined word opening its sentence is named by
    // the description set off after it ("Meanwhile, the company said" closes no apposition).
    return ORGANIZATION_APPOSITION_CLOSED.test(after) && !isCommonWord(first.text)
      ? candidate('Organization', 'cue: organisation described in apposition after, first in its sentence')
      : undefined;
  }
  if (beforeLast && COMPANY_SUFFIXES.has(last.text)) {
    // "Acme Corp": the company is named without its legal form, but the mention spans it, so
    // that what follows the name ("Acme Corp, a Taiwanese company") is read from after it.
    const named = candidate('Organization', 'cue: company suffix', beforeLast.end);
    const formEnd = last.end + (text[last.end] === '.' && ABBREVIATED_LEGAL_FORMS.has(last.text) ? 1 : 0);
    // "Gravel Co., Ltd.": a second legal form after the first.
    const end = formEnd + (SECOND_LEGAL_FORM.exec(text.slice(formEnd, formEnd + 12))?.[0].length ?? 0);
    return { ...named, end, surface: text.slice(first.start, end) };
  }
  if (
    MALWARE_CUE_BEFORE.test(before) ||
    USED_PROGRAM_NAMED_BEFORE.test(before) ||
    MALWARE_CUE_AFTER.test(after) ||
    MALWARE_LIST_BEFORE.test(
      text.slice(Math.max(sentence.start, first.start - VICTIM_LIST_CHARS), first.start),
    )
  ) {
    // "a malware project dubbed Project 420": the number is part of the name, which the text
    // gives the program there when a word of naming comes before it.
    return {
      ...candidate('Malware', 'cue: a word for malicious software', numberedName(text, last)?.end),
      introduced: MALWARE_CUE_BEFORE.test(before) && NAMING_WORD_BEFORE.test(before),
    };
  }
  // "ApplicationPDF.exe" is a file, which may or may not be malicious.
  if (
    words === 1 &&
    CAMEL_CASE.test(first.text) &&
    SOFTWARE_VERB_BEFORE.test(before) &&
    !/^\.\p{L}/u.test(after)
  ) {
    return candidate('Malware', 'cue: a program name after a verb that installs or runs it');
  }
  const institution = FRENCH_PREPOSITION_END.test(before.slice(-6))
    ? INSTITUTION_HEAD_BEFORE.exec(before)
    : null;
  if (institution) {
    // The name starts at its lower-case head: a bare "Affaires" is only the middle of one.
    const start = first.start - (before.length - institution.index);
    const end = coordinatedComplementEnd(text, last.end + organisationTail(after));
    return {
      ...candidate('Organization', 'cue: institution head word before', end),
      start,
      surface: text.slice(start, end),
      name: text.slice(start, end),
      reason: `cue: institution head word before: "${text.slice(start, end)}"`,
    };
  }
  // "Office Word", "Microsoft Excel": a product's name ends on the program, whatever head word opens it.
  if (
    beforeLast &&
    TECHNICAL_TERMS.has(last.text) &&
    /^[ \u00a0]$/u.test(text.slice(beforeLast.end, last.start))
  )
    return undefined;
  if (sequence.some((token) => isNameHead(token.text)) && !headsOnlyOpenPhrase(sequence)) {
    // "Network Service Scanning": a head word inside a phrase closed by a common noun (a
    // technique, an activity) makes it neither a body nor a person; "Ministry of Housing" opens
    // on its head.
    const headInside =
      words >= 3 && !isNameHead(first.text) && !isNameHead(last.text) && COMMON_NOUN_ENDING.test(last.text);
    if (headInside) return undefined;
    // "a position with Payment Systems": a line of business after an abstract noun is a field
    // written in title case, not a firm ("Quillpay Systems" is one).
    const fieldOfBusiness =
      words === 2 && BUSINESS_LINE_HEADS.has(last.text) && COMMON_NOUN_ENDING.test(first.text.toLowerCase());
    if (fieldOfBusiness) return undefined;
    const tail = words === 1 ? organisationTail(after) : 0;
    if (words === 1 && tail === 0 && !BODIES_NAMED_BY_HEAD.has(first.text)) return undefined;
    return candidate('Organization', 'cue: organisation head word', last.end + tail);
  }
  if (ORGANIZATION_SUFFIX_AFTER.test(after)) return candidate('Organization', 'cue: company suffix after');
  // A list of victims reaches further back than the usual context.
  const victimList = text.slice(Math.max(sentence.start, first.start - VICTIM_LIST_CHARS), first.start);
  if (
    words === 1 &&
    !FIRST_NAMES.has(first.text) &&
    // "attacked ATMs": an acronym in the plural is a kind of thing, no one body.
    !PLURAL_ACRONYM.test(first.text) &&
    VICTIM_OBJECT_BEFORE.test(victimList) &&
    VICTIM_OBJECT_AFTER.test(after)
  ) {
    return candidate('Organization', 'cue: the object of a verb of attack');
  }
  if (
    words === 1 &&
    !FIRST_NAMES.has(first.text) &&
    IMITATED_BEFORE.test(before) &&
    VICTIM_OBJECT_AFTER.test(after)
  ) {
    // "the subdomain spoofs Quillbank.": what is imitated is a brand, and a one-word brand a company's.
    return candidate('Organization', 'cue: the object of a verb of imitation');
  }
  if (VICTIM_CUE_BEFORE.test(before) && !cued(CUED.personTitle)) {
    return candidate('Organization', 'cue: victim named after an incident noun');
  }
  if (cued(CUED.organization)) return candidate('Organization', 'cue: organisation word before');
  // "Leeds-based Thornbury Analytics": what a place's compound of being based there describes is a body.
  // A run with a particle inside ("Hafnium for Exchange") may join two names a headline sets side by side.
  if (
    BASED_COMPOUND_BEFORE.test(before) &&
    !allCaps &&
    !/\s\p{Ll}/u.test(text.slice(first.start, last.end)) &&
    !isHeading(text, first.start)
  )
    return candidate('Organization', 'cue: a compound of where it is based before');
  if (cued(CUED.organizationDescription))
    return candidate('Organization', 'cue: organisation described before, in apposition');
  if (cued(CUED.employer)) return candidate('Organization', 'cue: employer after a verb of working');
  if (ORGANIZATION_APPOSITION_AFTER.test(after)) {
    return candidate('Organization', 'cue: organisation word in apposition after');
  }
  const commonWords = () => sequence.every((token) => isCommonWord(token.text));
  // "Executive Summary": a title word before a common noun in title case is no person's title.
  if (cued(CUED.personTitle) && !allCaps && !commonWords()) return person('cue: title before');
  if (PERSON_ROLE_AFTER.test(after) && !allCaps) return person('cue: role in apposition after');
  if (PERSON_RELATIVE_AFTER.test(after) && !allCaps) return person('cue: relative "who" after');
  if (cued(CUED.location)) return candidate('Location', 'cue: place preposition before');
  const givenName = words === 1 && first.text.split('-').every((part) => FIRST_NAMES.has(part));
  if (FRENCH_PLACE_PREPOSITION_BEFORE.test(before) && !allCaps && !givenName && !commonWords()) {
    return candidate('Location', 'cue: "à" before a name');
  }
  if (words === 1 && HYPHENATED_COMPOUND.test(first.text) && FRENCH_HAMLET_BEFORE.test(before)) {
    return candidate('Location', 'cue: a hamlet, "à la" before a compound name');
  }
  if (cued(CUED.account)) return candidate('Account', 'cue: account word before');
  if (words >= 2 && (cued(CUED.speechVerb) || SPEECH_VERB_AFTER.test(after))) {
    return person('cue: speaker of a verb of saying');
  }
  if (allCaps && first.text.length >= 3 && ARTICLE_BEFORE.test(before) && !TECHNICAL_NOUN_AFTER.test(after)) {
    if (!isTermAcronym(first.text)) return candidate('Organization', 'cue: acronym after an article');
  }
  const isInitial = (token: Token) => INITIAL.test(token.text);
  const plainName =
    !isInitial(first) &&
    !isInitial(last) &&
    sequence.every((token, index) => {
      const previous = sequence[index - 1];
      const gap = previous ? text.slice(previous.end, token.start) : ' ';
      return (
        (/^\p{Lu}[\p{Ll}\p{M}'’-]+$/u.test(token.text) || isInitial(token)) &&
        (/^[ \u00a0]$/u.test(gap) ||
          (previous !== undefined && isInitial(previous) && AFTER_INITIAL.test(gap)))
      );
    });
  const nameWords = sequence.filter((token) => !isInitial(token)).length;
  // "legitimate tools such as Windows Credential Editor": a program, whatever its shape; a
  // codename in capitals there ("tools like net.exe or GRIMSHELL") is an attack tool's, which
  // the graph types as malware.
  if (
    TOOL_LIST_BEFORE.test(text.slice(Math.max(sentence.start, first.start - VICTIM_LIST_CHARS), first.start))
  )
    return words === 1 &&
      TOOL_CODENAME.test(first.text) &&
      !isTermAcronym(first.text) &&
      !FOLDED_TECHNICAL_TERMS.has(first.text.toLowerCase())
      ? candidate('Malware', 'cue: a codename in capitals in a list of tools')
      : undefined;
  // Shape alone types a person only if some word is a name rather than a common word in title case.
  if (
    nameWords >= 2 &&
    nameWords <= 3 &&
    plainName &&
    !isSentenceStart(text, sentence, first.start) &&
    !NUMBER_AFTER.test(after) &&
    !ABSTRACT_HEAD_ENDING.test(last.text) &&
    !commonWords() &&
    !isCommonWord(last.text) &&
    !NO_PERSON_LAST_WORDS.has(last.text) &&
    !isHeading(text, first.start)
  ) {
    return { ...person('shape: two or three capitalised name words'), source: 'name', typedByShape: true };
  }
  return undefined;
}

/** A capitalised word and the number after it ("Intel 471", "Unit 42"), a year excepted, as one name. */
/** An organisation typed on its one word, stretched over the number that ends its name. */
function withNumber(typed: Candidate, numbered: TentativeName): Candidate {
  return typed.start === numbered.start && typed.end < numbered.end
    ? { ...typed, end: numbered.end, surface: numbered.surface, name: numbered.surface }
    : typed;
}

function numberedName(
  text: string,
  word: Token,
): { start: number; end: number; surface: string } | undefined {
  const number = NUMBER_OF_NAME.exec(text.slice(word.end, word.end + 6))?.[1];
  if (number === undefined || YEAR.test(number)) return undefined;
  const end = word.end + 1 + number.length;
  return { start: word.start, end, surface: text.slice(word.start, end) };
}

/** Where a person's name ends: before "of"/"de" + their organisation ("Brad Smith of Microsoft"). */
function personEnd(text: string, sequence: readonly Token[]): number {
  for (let index = 1; index < sequence.length; index++) {
    const previous = sequence[index - 1];
    const token = sequence[index];
    if (!previous || !token) break;
    const gap = text.slice(previous.end, token.start);
    if (AFFILIATION_GAP.test(gap) || (index >= 2 && FRENCH_AFFILIATION_GAP.test(gap))) return previous.end;
  }
  return sequence[sequence.length - 1]?.end ?? 0;
}

/**
 * "ministère du Renseignement et de la Sécurité", "ministère de l'Économie et des Finances": a
 * second capitalised complement joined by "et" belongs to the institution's name.
 */
const COORDINATED_COMPLEMENT =
  /^[ \u00a0]+et[ \u00a0]+(?:de[ \u00a0]+la[ \u00a0]+|de[ \u00a0]+l['’]|des[ \u00a0]+|du[ \u00a0]+|d['’])\p{Lu}[\p{L}\p{M}-]*/u;

/** Where an institution's name ends once a coordinated complement after `end` is taken in. */
function coordinatedComplementEnd(text: string, end: number): number {
  const complement = COORDINATED_COMPLEMENT.exec(text.slice(end, end + 80));
  if (!complement) return end;
  const complementEnd = end + complement[0].length;
  return complementEnd + organisationTail(text.slice(complementEnd, complementEnd + 80));
}

/** Length of the lower-case continuation of an organisation name after its head word. */
function organisationTail(after: string): number {
  let offset = 0;
  let end = 0;
  let lastWord = '';
  for (let words = 0; words < MAX_TAIL_WORDS; words++) {
    TAIL_WORD.lastIndex = offset;
    const word = TAIL_WORD.exec(after)?.[1];
    if (word === undefined) {
      // "Fédération hospitalière de France": past an adjective, "de" and one capitalised word
      // end the name; the place there is part of it, as in "Banque centrale de Russie".
      TAIL_PLACE.lastIndex = offset;
      const place = end > 0 && PLACE_CONNECTORS.has(tailKey(lastWord)) ? TAIL_PLACE.exec(after) : null;
      if (place) end = TAIL_PLACE.lastIndex;
      break;
    }
    const afterNoun = words > 0 && !TAIL_CONNECTORS.has(tailKey(lastWord));
    // An article joins the name after "de" only: "la Préfecture la manifestation" ends on its head.
    if (TAIL_ARTICLES.has(tailKey(word)) && lastWord.toLowerCase() !== 'de') break;
    lastWord = word;
    const connector = TAIL_CONNECTORS.has(tailKey(word));
    COMPLEMENTIZER_AFTER.lastIndex = TAIL_WORD.lastIndex;
    if (PRESENT_PARTICIPLE.test(word) && COMPLEMENTIZER_AFTER.test(after)) break;
    if (TIME_QUALIFIERS.has(word.toLowerCase())) break;
    // "la mairie de Lille en mars": a month after "en" dates the sentence; it names nothing.
    if (!connector && (TAIL_STOPS.has(word) || TAIL_MONTHS.has(word) || CLAIM_VERBS.has(word.toLowerCase())))
      break;
    // After the head word, French names go on with an adjective or "de ..."; English sentences do
    // not. Past a noun too only an adjective goes on without "de": "la Confédération générale
    // du travail publie ..." ends before the verb.
    if ((words === 0 || afterNoun) && !connector && !FRENCH_ADJECTIVE.test(word)) break;
    offset = TAIL_WORD.lastIndex;
    if (!connector) end = offset;
  }
  return end + coordinatedPluralLength(after.slice(0, end), after.slice(end));
}

/** A plural complement ending the tail: "des cuirs", "des arts". */
const PLURAL_COMPLEMENT_END = /(?<![\p{L}\p{M}])des[ \u00a0]+\p{Ll}[\p{L}\p{M}-]*[sx]$/u;
/**
 * "Fédération des cuirs et peaux", "Chambre des arts et métiers": a second plural noun joined by
 * "et" to the plural complement, the name ending right after it, belongs to the name.
 */
const COORDINATED_PLURAL = /^[ \u00a0]+et[ \u00a0]+\p{Ll}[\p{L}\p{M}-]*[sx](?=[ \u00a0]*(?:[,.;:)]|$))/u;

/** Length of a coordinated plural noun after `tail`, or 0. */
function coordinatedPluralLength(tail: string, rest: string): number {
  if (!PLURAL_COMPLEMENT_END.test(tail)) return 0;
  return COORDINATED_PLURAL.exec(rest)?.[0].length ?? 0;
}

/** What separates the members of a list of names: a comma, or the conjunction before the last one. */
const LIST_COMMA = /^[ \u00a0]*,[ \u00a0]*$/u;
const LIST_CONJUNCTION = /^[ \u00a0]*,?[ \u00a0]*(?:and|et|&)[ \u00a0]+$/u;
/** "Serena et Venus Williams": a first name, the conjunction, then a full name of two words. */
const SHARED_SURNAME_GAP = /^[ \u00a0]+(?:and|et|&)[ \u00a0]+$/u;
/** SHARED_SURNAME_GAP's spaces and conjunction, read where a name ends. */
const CONJUNCTION_AFTER = /[ \u00a0]+(?:and|et|&)/uy;
const TWO_WORD_NAME = /^\p{Lu}[\p{L}\p{M}-]+[ \u00a0]+(\p{Lu}[\p{L}\p{M}'’-]+)$/u;
const MIN_LIST_MEMBERS = 2;
/**
 * The kinds of list that type a lone name among them, and what the reason calls them: a name
 * between countries ("Cambodia, Brunei, Malaysia and Norway") is one more place. People are
 * left out, as a list of people may end on a body they belong to.
 */
const LIST_TYPED: ReadonlyMap<EntityType, string> = new Map([
  ['Organization', 'organisations'],
  ['Location', 'places'],
]);

/**
 * Names that the list they stand in types: a lone capitalised word among organisations ("the
 * BBC, British Airways and Boots") is one more organisation, among places one more place, and a first name coordinated with
 * a person's full name ("Serena et Venus Williams") is a sibling sharing the family name.
 */
export function coordinatedNames(
  text: string,
  typed: readonly Candidate[],
  tentative: readonly TentativeName[],
): Candidate[] {
  const endingAt = new Map(typed.map((candidate) => [candidate.end, candidate]));
  const startingAt = new Map(typed.map((candidate) => [candidate.start, candidate]));
  // A word that is part of a name typed elsewhere (a surname alone, "Kremez") is that name, left to resolution.
  const namedWords = new Set(typed.flatMap((candidate) => candidate.surface.split(/[ \u00a0]+/u)));
  const found: Candidate[] = [];
  // People by start, in list order: the person after "X and" is looked up where the gap ends.
  const peopleAt = new Map<number, Candidate>();
  for (const candidate of typed) {
    if (candidate.type === 'Person' && !peopleAt.has(candidate.start))
      peopleAt.set(candidate.start, candidate);
  }
  const order = new Map(typed.map((candidate, index) => [candidate, index]));
  const listedPlaces = placesListedAfterPreposition(text, typed, tentative);
  for (const name of tentative) {
    if (namedWords.has(name.surface)) continue;
    const listedPlace = listedPlaces.get(name);
    if (listedPlace) {
      found.push(listedPlace);
      continue;
    }
    const sibling = sharedSurname(text, name, peopleAt, order);
    if (sibling) {
      found.push(sibling);
      continue;
    }
    const members = listAround(text, name, endingAt, startingAt);
    const [type, ...others] = new Set(members.map((member) => member.type));
    if (members.length < MIN_LIST_MEMBERS || others.length > 0 || !type || !LIST_TYPED.has(type)) continue;
    found.push({
      start: name.start,
      end: name.end,
      surface: name.surface,
      type,
      source: 'name',
      name: name.surface,
      reason: `list: "${name.surface}" stands in a list of ${LIST_TYPED.get(type)} (${members.map((member) => member.surface).join(', ')})`,
    });
  }
  return found;
}

/**
 * "stole data from Siemens, Deutsche Bahn and British Airways": a name typed a person by its shape
 * alone ("Deutsche Bahn") that stands in a list whose other typed members are all organisations
 * is one more organisation. A person named with a given name or a cue keeps its type.
 */
export function organisationsListedByShape(text: string, typed: readonly Candidate[]): Candidate[] {
  const endingAt = new Map(typed.map((candidate) => [candidate.end, candidate]));
  const startingAt = new Map(typed.map((candidate) => [candidate.start, candidate]));
  return typed.map((candidate) => {
    if (!candidate.typedByShape || candidate.type !== 'Person') return candidate;
    const members = listAround(text, candidate, endingAt, startingAt);
    if (members.length === 0 || members.some((member) => member.type !== 'Organization')) return candidate;
    return {
      ...candidate,
      type: 'Organization',
      typedByShape: false,
      reason: `list: "${candidate.surface}" stands in a list of organisations (${members.map((member) => member.surface).join(', ')})`,
    };
  });
}

/** After the last name of a list of towns: the phrase ends. */
const LIST_PHRASE_END = /^[ \u00a0]*(?:[.,;:)]|$)/u;

/**
 * "ressentie à Sienne, Volterra et Colle.": the towns of a list whose first one is a place right
 * after "à" are places too, though "à" is not repeated before them. The list must close its
 * phrase, so that "À Paris, Dupont et Durand ont signé" keeps its subjects.
 */
function placesListedAfterPreposition(
  text: string,
  typed: readonly Candidate[],
  tentative: readonly TentativeName[],
): Map<TentativeName, Candidate> {
  const found = new Map<TentativeName, Candidate>();
  type Item = Span & ({ typed: Candidate } | { untyped: TentativeName });
  const items: Item[] = [
    ...typed.map((candidate) => ({ start: candidate.start, end: candidate.end, typed: candidate })),
    ...tentative.map((name) => ({ start: name.start, end: name.end, untyped: name })),
  ].sort((a, b) => a.start - b.start);
  items.forEach((first, index) => {
    if (
      !('typed' in first) ||
      first.typed.type !== 'Location' ||
      !FRENCH_PLACE_PREPOSITION_BEFORE.test(text.slice(Math.max(0, first.start - 30), first.start))
    )
      return;
    const listed: Item[] = [first];
    let closed = false;
    for (let previous: Item = first, next = index + 1; next < items.length && !closed; next++) {
      const item = items[next];
      if (!item || item.start < previous.end) break;
      const gap = text.slice(previous.end, item.start);
      closed = LIST_CONJUNCTION.test(gap);
      if (!closed && !LIST_COMMA.test(gap)) break;
      listed.push(item);
      previous = item;
    }
    const last = listed.at(-1) ?? first;
    if (
      !closed ||
      !LIST_PHRASE_END.test(text.slice(last.end, last.end + 3)) ||
      listed.some((item) => 'typed' in item && item.typed.type !== 'Location')
    )
      return;
    for (const item of listed) {
      if (!('untyped' in item)) continue;
      const name = item.untyped;
      found.set(name, {
        start: name.start,
        end: name.end,
        surface: name.surface,
        type: 'Location',
        source: 'name',
        name: name.surface,
        reason: `list: "${name.surface}" stands in a list of places after "à" (${text.slice(first.start, last.end)})`,
      });
    }
  });
  return found;
}

function sharedSurname(
  text: string,
  name: TentativeName,
  peopleAt: ReadonlyMap<number, Candidate>,
  order: ReadonlyMap<Candidate, number>,
): Candidate | undefined {
  // The gaps SHARED_SURNAME_GAP accepts end anywhere in the spaces after the conjunction:
  // only people starting there are asked about (the first in list order wins, as before).
  CONJUNCTION_AFTER.lastIndex = name.end;
  const conjunction = CONJUNCTION_AFTER.exec(text);
  let person: Candidate | undefined;
  for (
    let start = name.end + (conjunction?.[0].length ?? 0) + 1;
    conjunction && start <= text.length;
    start++
  ) {
    if (!/[ \u00a0]/u.test(text[start - 1] ?? '')) break;
    const candidate = peopleAt.get(start);
    if (
      candidate &&
      SHARED_SURNAME_GAP.test(text.slice(name.end, start)) &&
      (person === undefined || (order.get(candidate) ?? 0) < (order.get(person) ?? 0))
    )
      person = candidate;
  }
  const surname = person && TWO_WORD_NAME.exec(person.surface)?.[1];
  if (!person || !surname) return undefined;
  return {
    start: name.start,
    end: name.end,
    surface: name.surface,
    type: 'Person',
    source: 'name',
    name: `${name.surface} ${surname}`,
    reason: `coordination: "${text.slice(name.start, person.end)}" names two people of the family ${surname}`,
  };
}

/** The longest separator a list uses: ", and " with a space of each kind around it. */
const MAX_SEPARATOR = 8;

/**
 * The typed members of the list `name` stands in ("A, B and C"): commas between its members
 * and one conjunction, before the last. None when `name` stands in no such list.
 */
function listAround(
  text: string,
  name: Span,
  endingAt: ReadonlyMap<number, Candidate>,
  startingAt: ReadonlyMap<number, Candidate>,
): Candidate[] {
  const members: Candidate[] = [];
  const separatorsBefore: boolean[] = [];
  for (let start = name.start, previous = neighbour(start, -1, endingAt, text); previous;) {
    separatorsBefore.unshift(LIST_CONJUNCTION.test(text.slice(previous.end, start)));
    members.push(previous);
    start = previous.start;
    previous = neighbour(start, -1, endingAt, text);
  }
  const separatorsAfter: boolean[] = [];
  for (let end = name.end, next = neighbour(end, 1, startingAt, text); next;) {
    separatorsAfter.push(LIST_CONJUNCTION.test(text.slice(end, next.start)));
    members.push(next);
    end = next.end;
    next = neighbour(end, 1, startingAt, text);
  }
  const separators = [...separatorsBefore, ...separatorsAfter];
  const conjunctions = separators.filter(Boolean).length;
  return conjunctions === 1 && separators.at(-1) === true ? members : [];
}

/** The typed name a list separator away from `offset`, before it (-1) or after it (1). */
function neighbour(
  offset: number,
  direction: -1 | 1,
  byEdge: ReadonlyMap<number, Candidate>,
  text: string,
): Candidate | undefined {
  for (let distance = 1; distance <= MAX_SEPARATOR; distance++) {
    const edge = offset + direction * distance;
    const candidate = byEdge.get(edge);
    const gap = direction < 0 ? text.slice(edge, offset) : text.slice(offset, edge);
    if (candidate && isSeparator(gap)) return candidate;
  }
  return undefined;
}

function isSeparator(gap: string): boolean {
  return LIST_COMMA.test(gap) || LIST_CONJUNCTION.test(gap);
}
