/**
 * Compiled regular expressions over the cue vocabularies, built once at load time.
 */
import {
  ACCOUNT_CUES_LATIN,
  GENERIC_GROUP_WORDS_LATIN,
  LOCATION_CUES_LATIN,
  ORGANIZATION_CUES_LATIN,
  ORGANIZATION_SUFFIXES,
  PERSON_ROLES_AFTER,
  PERSON_TITLES_LATIN,
  RESEARCH_STAFF_AFTER_LATIN,
  RESEARCH_VERBS_LATIN,
  THREAT_ACTOR_CUES_AFTER_LATIN,
  THREAT_ACTOR_CUES_LATIN,
  THREAT_ACTOR_NAMING_LATIN,
  THREAT_ACTOR_NAMING_VERBS_LATIN,
  THREAT_ACTOR_TRACKING_LATIN,
  VICTIM_WORDS_AFTER_LATIN,
} from './cues.ts';
import { escapeRegExp, NOT_AFTER_WORD, startsWithOneOf } from './text.ts';
import { AFFILIATION_SUFFIXES } from './compound-attributions.ts';
import {
  connectiveWords,
  packFor,
  PACKS,
  postsBetweenEmployerAndName,
  triggerWords,
} from '../extract/lang/index.ts';
import { NAMED_KINDS, NAMES } from '../extract/lang/names.ts';

/** Latin phrases as one regex alternation, longest first; spaces match any run, apostrophes either form. */
export function alternation(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((phrase) =>
      escapeRegExp(phrase)
        .replace(/\s+/g, String.raw`\s+`)
        .replace(/'/g, "['’]"),
    )
    .join('|');
}

/**
 * One of the phrases, where `lookBehind` says a word starts. Their first characters are looked
 * ahead for before the look-behind: a search then skips most positions at once.
 */
export function cueAtWordStart(list: readonly string[], lookBehind = NOT_AFTER_WORD): string {
  const firsts = list.flatMap((phrase) => {
    const first = phrase.charAt(0);
    return first === "'" || first === '’' ? ["'", '’'] : [first];
  });
  // A phrase opening on a space or a surrogate pair would need a look-ahead of its own.
  const plain = firsts.every((first) => /^[^\s\ud800-\udfff]$/u.test(first));
  return `${plain ? startsWithOneOf(firsts) : ''}${lookBehind}(?:${alternation(list)})`;
}

/** An article, possessive or demonstrative between a cue and a name, optional. */
const DETERMINER = String.raw`(?:(?:le|la|les|l['’]|un|une|des|du|de la|the|a|an)\s+)?`;
/**
 * Up to two lower-case words between a cue and its name ("la société française X", "the
 * security company X", "la chaîne de supermarchés X"); not an English article, preposition or
 * verb in -ing, which put the name in a phrase of its own ("an agency of the Stalin era", "a
 * company producing Natural language tools", "an operator behind the Avaddon program"). Nor
 * may the last one close a noun phrase (a pack's `connectives.nounPhraseClosers`): a name right
 * after "de" is the complement, the place or the owner, not the cued body's name ("la société
 * hippique de Kerlouan" is Kerlouan's society).
 */
const CUE_WORD = String.raw`(?!(?:the|a|an|of|behind|for|with|by|to|from|at|on|in|into|and|or|that|which|who)\s)[\p{Ll}][\p{L}\p{M}-]*(?<!ing)\s+`;
const ADJECTIVES = String.raw`(?:(?:${CUE_WORD})?(?!(?:${alternation(connectiveWords('nounPhraseClosers'))})\s)${CUE_WORD})?`;
const QUOTE_OPEN = String.raw`(?:["“«„]\s*)?`;

/** Left context (text just before a name) that ends with a person's title or role. */
export const PERSON_TITLE_BEFORE = new RegExp(
  cueAtWordStart(PERSON_TITLES_LATIN) +
    String.raw`(?:\s+(?:de|du|des|d['’]|of|de la|of the)\s*[\p{L}\p{N}!.-]+(?:\s+[\p{Lu}][\p{L}!-]*)?)?\s+$`,
  'iu',
);

/** Right context that opens an apposition describing a person (", directeur d'études ..."). */
export const PERSON_ROLE_AFTER = new RegExp(
  String.raw`^\s*,\s*${DETERMINER}(?:[\p{Ll}-]+\s+)?(?:${alternation(PERSON_ROLES_AFTER)})(?![\p{L}])`,
  'iu',
);

export const ORGANIZATION_CUE_BEFORE = new RegExp(
  `${cueAtWordStart(ORGANIZATION_CUES_LATIN)}\\s+${ADJECTIVES}${QUOTE_OPEN}$`,
  'iu',
);

export const ORGANIZATION_SUFFIX_AFTER = new RegExp(
  String.raw`^,?\s+(?:${alternation(ORGANIZATION_SUFFIXES)})(?![\p{L}])`,
  'u',
);

export const THREAT_ACTOR_CUE_BEFORE = new RegExp(
  `${cueAtWordStart(THREAT_ACTOR_CUES_LATIN)}\\s+${QUOTE_OPEN}$`,
  'iu',
);

export const LOCATION_CUE_BEFORE = new RegExp(`${cueAtWordStart(LOCATION_CUES_LATIN)}\\s+$`, 'iu');

export const ACCOUNT_CUE_BEFORE = new RegExp(`${cueAtWordStart(ACCOUNT_CUES_LATIN)}\\s+${QUOTE_OPEN}$`, 'iu');

/** Verbs of saying right before or after a name: who speaks is a person. */
export const SPEAKER_VERB_LIST = PACKS.filter((pack) => !pack.verbFirst).flatMap(
  (pack) => pack.claims.speakerVerbs,
);
const SPEAKER_VERBS = alternation(SPEAKER_VERB_LIST);
export const SPEECH_VERB_BEFORE = new RegExp(String.raw`${cueAtWordStart(SPEAKER_VERB_LIST)}\s+$`, 'iu');
export const SPEECH_VERB_AFTER = new RegExp(String.raw`^\s+(?:${SPEAKER_VERBS})(?![\p{L}])`, 'iu');

/**
 * "استهدف الهجوم بنك الإسكان وقالت شركة Z إن ...": a verb of saying glued to "و" or "ف" (the
 * Arabic pack's `claims.saying`) opens the next clause, comma or not; its speaker is no object of
 * the verb before, no item of its list, and no victim of the incident named before it.
 */
export const ARABIC_SAYING_CLAUSE = new RegExp(
  String.raw`(?:^|\s)[وف](?:${alternation(packFor('ar').claims.saying)})(?![\p{L}])`,
  'u',
);

/** Every language's relative pronouns ("which", "qui", "الذي"), as one alternation to build on. */
export const RELATIVE_PRONOUNS = alternation(PACKS.flatMap((pack) => pack.claims.relatives));

/** Threat-actor designations made of a vendor prefix and a number: APT 28, UNC2452, TA505, FIN7. */
export const ACTOR_CODE = new RegExp(
  String.raw`${NOT_AFTER_WORD}(?:APT|UNC|TA|FIN|TEMP\.|DEV-|Storm-)\s?-?\d{1,4}(?![\p{L}\p{N}])`,
  'gu',
);

export const HACKING_GROUP_WORDS = THREAT_ACTOR_CUES_LATIN.filter(
  (word) => !GENERIC_GROUP_WORDS_LATIN.includes(word),
);
/**
 * "le groupe de rançongiciel X", "the hacking group X": a word for a group of attackers, not the
 * bare "group" that also heads firms ("le groupe Renault"), right before a name.
 */
export const HACKING_GROUP_BEFORE = new RegExp(
  `${cueAtWordStart(HACKING_GROUP_WORDS)}\\s+${QUOTE_OPEN}$`,
  'iu',
);
/**
 * "said a group calling itself Snowlark had ...": a group that names itself, wherever it stands in
 * the sentence (the naming phrases of `threatActorNaming` that end on a reflexive pronoun).
 */
const SELF_NAMING_LATIN = THREAT_ACTOR_NAMING_LATIN.filter((phrase) =>
  /\s(?:itself|themselves)$/u.test(phrase),
);
/**
 * "was attacked by a group called Redmarsh": the agent of a passive (the packs'
 * `connectives.agentPrepositions`), a bare word for a group and a word of naming right before a
 * name; names-latin.ts takes a name of one word for an actor's. A bare group elsewhere may be any
 * association ("members of a group known as X met"), unless it names itself ("a group calling
 * itself X").
 */
export const GROUP_NAMING_BEFORE = new RegExp(
  `(?:${NOT_AFTER_WORD}(?:${alternation(connectiveWords('agentPrepositions'))})\\s+(?:\\p{Ll}+\\s+)?(?:${alternation(GENERIC_GROUP_WORDS_LATIN)})\\s*,?\\s+(?:${alternation(THREAT_ACTOR_NAMING_LATIN)})` +
    `|(?:${alternation(GENERIC_GROUP_WORDS_LATIN)})\\s+(?:${alternation(SELF_NAMING_LATIN)}))\\s+${QUOTE_OPEN}$`,
  'iu',
);
/**
 * "L'attaque a été revendiquée lundi par le groupe X": a participle that lays an incident on its
 * author (the packs' `names.groupClaimVerbs`), maybe a word of time between, the agent preposition,
 * an article and a bare word for a group right before a name: whoever claims an attack is an actor.
 */
export const GROUP_CLAIM_BEFORE = new RegExp(
  `${NOT_AFTER_WORD}(?:${alternation(NAMES.groupClaimVerbs)})(?:\\s+\\p{Ll}+)?\\s+(?:${alternation(connectiveWords('agentPrepositions'))})\\s+(?:(?:${alternation(connectiveWords('definiteArticles'))})\\s*)?(?:${alternation(GENERIC_GROUP_WORDS_LATIN)})\\s+${QUOTE_OPEN}$`,
  'iu',
);
/**
 * "a new threat actor we call X", "the group, tracked as X", "hackers dubbed X", "we have named
 * this threat actor X", and a group a place is tied to by a compound, "a Russia-linked group
 * known as X" (a group with no such tie may be any association): the name given to an actor.
 */
export const THREAT_ACTOR_NAMING_BEFORE = new RegExp(
  `(?:${NOT_AFTER_WORD}(?:(?:${alternation(THREAT_ACTOR_CUES_LATIN)})\\s*,?\\s+(?:(?:that|which)\\s+)?(?:${alternation(THREAT_ACTOR_TRACKING_LATIN)})` +
    `|(?:${alternation(HACKING_GROUP_WORDS)})\\s*,?\\s+(?:${alternation(THREAT_ACTOR_NAMING_LATIN)})` +
    `|(?:${alternation(THREAT_ACTOR_NAMING_VERBS_LATIN)})\\s+(?:this|that|the|these)\\s+(?:new\\s+)?(?:${alternation(HACKING_GROUP_WORDS)}))` +
    `|(?<=\\p{L})-(?:${AFFILIATION_SUFFIXES.join('|')})\\s+(?:${alternation(GENERIC_GROUP_WORDS_LATIN)})\\s*,?\\s+(?:${alternation(THREAT_ACTOR_NAMING_LATIN)}))\\s+${QUOTE_OPEN}$`,
  'iu',
);

/** "the X APT", "X threat actor": a word for a threat actor right after the name. */
export const THREAT_ACTOR_CUE_AFTER = new RegExp(
  String.raw`^\s+(?:${alternation(THREAT_ACTOR_CUES_AFTER_LATIN)})(?![\p{L}])`,
  'u',
);

/**
 * A sentence defining its subject as a threat actor: "X is a Chinese threat group that ...",
 * "we assessed X as a high-capability APT group". The word for an actor must close its phrase:
 * "X is a threat actor target" is none.
 */
export const THREAT_ACTOR_DEFINED_BY_COPULA = new RegExp(
  String.raw`^\s+(?:is|was|as)\s+an?\s+(?:[\p{L}\p{N}-]+\s+){0,4}?(?:${alternation(THREAT_ACTOR_CUES_AFTER_LATIN)})` +
    String.raw`(?:\s*(?:[,.;:)]|$)|\s+(?:that|which|who|known|based|believed|linked|tied|operating|active|targeting|like|associated|attributed|sponsored|focused|working)(?![\p{L}]))`,
  'u',
);

/** Researchers or analysts right after a name, perhaps through a possessive: their employer's name. */
/** "Quillbank a été piratée", "Quillbank was breached": the name before is the victim's, an organisation. */
export const VICTIM_WORDS_AFTER = new RegExp(
  String.raw`^\s+(?:${alternation(VICTIM_WORDS_AFTER_LATIN)})(?![\p{L}])`,
  'iu',
);

export const RESEARCH_STAFF_AFTER = new RegExp(
  String.raw`^(?:['’]s)?\s+(?:${alternation(RESEARCH_STAFF_AFTER_LATIN)})(?![\p{L}])`,
  'u',
);

/**
 * A post the packs write between an employer and the holder's name, then that name's capital
 * ("Quillsec researcher Jane Ortiz", "Quillsec's senior analyst Ivo", in title case "Quillsoft
 * President Ana Bryce"): the name before is the employer.
 */
export const POST_AND_HOLDER_AFTER = new RegExp(
  String.raw`^(?:['’]s)?\s+(?:${alternation(postsBetweenEmployerAndName().flatMap((post) => [post, titleCase(post)]))})\s+\p{Lu}\p{Ll}`,
  'u',
);

/** "chief executive" -> "Chief Executive". */
function titleCase(phrase: string): string {
  return phrase.replace(/(?<![\p{L}])\p{Ll}/gu, (letter) => letter.toUpperCase());
}

/**
 * The names of a firm's research team in title case ("Research Team", "Threat Intelligence
 * Team"): the staff words that end in "team", each word capitalised.
 */
const TITLED_RESEARCH_TEAMS = RESEARCH_STAFF_AFTER_LATIN.filter((phrase) => / team$/u.test(phrase)).map(
  (phrase) => phrase.replace(/(^|\s)\p{Ll}/gu, (initial) => initial.toUpperCase()),
);

/**
 * A number after a one-word name, then a verb of a research finding ("Intel 471 has observed")
 * or the name of its research team, maybe after one qualifier ("By the Intel 471 Global Research
 * Team").
 */
export const RESEARCH_TEAM_NUMBER_AFTER = new RegExp(
  String.raw`^ (\d{2,4})(?:['’]s\s|\s+(?:${alternation(RESEARCH_VERBS_LATIN)})(?![\p{L}])` +
    String.raw`|\s+(?:\p{Lu}\p{Ll}+\s+)?(?:${alternation(TITLED_RESEARCH_TEAMS)})(?![\p{L}]))`,
  'u',
);

/**
 * An article right before an all-capitals acronym ("la CNCCEP", "the NSA", "du CNRQ"; the packs'
 * `connectives.definiteArticles` and `contractedArticles`): it names an organisation.
 */
export const ARTICLE_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:${alternation([...connectiveWords('definiteArticles'), ...connectiveWords('contractedArticles')])})\s+$`,
  'iu',
);

/** Right after an incident noun and its linker ("the attack on X", "le piratage subi par X"): a victim, usually an organisation. */
export const VICTIM_CUE_BEFORE = new RegExp(
  String.raw`${NOT_AFTER_WORD}(?:attacks?|hack|hacking|breach|intrusion|cyberattacks?|compromise|piratage|attaques?|cyberattaques?)` +
    String.raw`(?:\s+(?:informatique|massive|massif))?\s+(?:on|of|against|at|targeting|de|du|des|contre|visant|subie?\s+par)` +
    String.raw`(?:\s+(?:the|le|la|les))?\s*(?:l['’])?\s*$`,
  'iu',
);

/**
 * Right after a verb of attack, maybe past the common noun of a list ("compromised Henkel",
 * "targeted companies such as Henkel", "hacked Henkel (2014), BASF (2015) and"): the attacked,
 * usually an organisation.
 */
export const VICTIM_OBJECT_BEFORE = new RegExp(
  String.raw`${NOT_AFTER_WORD}(?:targeted|compromised|breached|hacked|infiltrated|penetrated|attacked|hit)\s+` +
    String.raw`(?:(?:companies|organi[sz]ations|firms|businesses|corporations|entities|victims)\s+(?:such\s+as|like|including)\s+)?` +
    String.raw`(?:\p{Lu}[\p{L}\p{N}&.-]*(?:\s+\(\d{4}\))?(?:\s*,\s*|\s*,?\s+(?:and|as well as)\s+)){0,6}$`,
  'u',
);

/**
 * What may follow a victim a verb of attack names: the end of the clause, the list going on, a
 * date or a place. A lower-case noun instead makes the name its modifier ("compromised Exchange
 * servers", "breached Outlook accounts"): a product, not the victim.
 */
export const VICTIM_OBJECT_AFTER = new RegExp(
  String.raw`^(?:\s*[,.;:()]|\s*$|\s+(?:${alternation(NAMES.victimObjectEnds)})(?![\p{L}]))`,
  'u',
);

/** The name packs' `malwareNouns`: "malware", "wiper", "web shell". */
const MALWARE_WORDS = `(?:${alternation(NAMES.malwareNouns)})`;
/** What a report calls one strain of malware before naming it (`malwareKindNouns`): "a malware project dubbed X". */
const MALWARE_KIND_NOUNS = `(?:${alternation(NAMES.malwareKindNouns)})`;
/** The words of naming between a word for malware and its name (`malwareNaming`). */
const MALWARE_NAMING = `(?:${alternation(NAMES.malwareNaming)})`;
/**
 * "le rançongiciel X", "the malware X", "a wiper called X", "a wiper known as X", "a malware family named X", "the
 * malware used was X", and a tool a verb of use takes, "the group used a tool called X" (not any
 * tool named: "Microsoft released a tool called X"): the name is malicious software.
 */
export const MALWARE_CUE_BEFORE = new RegExp(
  String.raw`${NOT_AFTER_WORD}(?:(?:${MALWARE_WORDS}|logiciel malveillant|logiciel espion|logiciel de rançon|rançongiciel|ver informatique|virus|cheval de Troie|programme malveillant|(?:son|sa|leur)\s+outil)` +
    String.raw`(?:\s+(?:${MALWARE_KIND_NOUNS}\s+)?${MALWARE_NAMING}|\s+(?:used|deployed|dropped|utilisé|déployé)\s+(?:was|is|était|est))?` +
    String.raw`|(?:used|uses|using|deployed|deploys|deploying)\s+(?:an?|the|its|their)\s+(?:[\p{Ll}-]+\s+)?tool\s+${MALWARE_NAMING})\s+["“«„]?\s*$`,
  'iu',
);
/**
 * "le groupe utilise un outil baptisé X", "a déployé un programme nommé X": a program a verb of
 * use takes, given its name by a participle of naming (the packs' `use` trigger words, their
 * articles and possessives, `namedKinds` for malware and `namingFronted`). Not any tool named:
 * "l'ANSSI a publié un outil baptisé X" is no one's weapon.
 */
const USE_VERBS = triggerWords('use').flatMap((words) => words.phrases);
const USE_DETERMINERS = ['definiteArticles', 'indefiniteArticles', 'possessivePronouns'] as const;
export const USED_PROGRAM_NAMED_BEFORE = new RegExp(
  String.raw`${NOT_AFTER_WORD}(?:${alternation(USE_VERBS)})\s+(?:${alternation(USE_DETERMINERS.flatMap((kind) => connectiveWords(kind)))})\s*` +
    String.raw`(?:[\p{Ll}-]+\s+)?(?:${alternation([...NAMED_KINDS].filter(([, kind]) => kind === 'Malware').map(([phrase]) => phrase))})` +
    String.raw`\s+(?:${alternation(NAMES.namingFronted)})\s+["“«„]?\s*$`,
  'iu',
);
/** The packs' `malwareDefinitionClosers`: words that may end the phrase defining malware. */
const MALWARE_DEFINITION_CLOSERS = alternation(NAMES.malwareDefinitionClosers);
/** The English copulas and articles of a definition: the sentences defining malware are English. */
const ENGLISH_CONNECTIVES = packFor('en').connectives;
/**
 * A name that the words after it define as malicious software: "X: malware capable of ...",
 * "X (also called Y): a backdoor", "X: It is a malware", "X, a remote access malware written
 * in ...". The word for malware must close its phrase: "X, a ransomware victim" is no malware.
 */
export const MALWARE_DEFINED_AFTER = new RegExp(
  String.raw`^(?:\s*\([^()\n]{0,60}\))?\s*(?::\s*(?:(?i:it)\s+is\s+)?|,\s*)(?:(?i:an?)\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,5}?(?i:${MALWARE_WORDS})` +
    String.raw`(?:\s*(?:[,.;:)]|$)|\s+(?:${MALWARE_DEFINITION_CLOSERS})(?![\p{L}]))`,
  'u',
);
/**
 * A sentence defining its subject as malicious software: "X is a PowerShell-based backdoor
 * that ...", "X was a reconnaissance tool." Words of any case may qualify the kind (a language,
 * a platform); the kind must close its phrase, as above ("X is a ransomware victim" is none).
 * A tool counts only when what it is for is an attack.
 */
export const MALWARE_DEFINED_BY_COPULA = new RegExp(
  String.raw`^\s+(?:${alternation(ENGLISH_CONNECTIVES.definitionCopulas)})\s+(?:(?:${alternation(ENGLISH_CONNECTIVES.indefiniteArticles)})\s+)(?:[\p{L}\p{N}-]+\s+){0,5}?(?:(?i:${MALWARE_WORDS})|(?:${alternation(NAMES.attackToolPurposes)})\s+tool)` +
    String.raw`(?:\s*(?:[,.;:)]|$)|\s+(?:${MALWARE_DEFINITION_CLOSERS})(?![\p{L}]))`,
  'u',
);
/** "the X ransomware", "X malware". */
export const MALWARE_CUE_AFTER = new RegExp(String.raw`^\s+${MALWARE_WORDS}(?![\p{L}])`, 'iu');
/** "the X ransomware program", "X malware family": the name is the program's own, not a group's. */
export const MALWARE_PROGRAM_AFTER = new RegExp(
  String.raw`^\s+${MALWARE_WORDS}\s+${MALWARE_KIND_NOUNS}(?![\p{L}])`,
  'iu',
);
/**
 * The members of a list of attack tools, its kind from the packs' `enumerations.softwareKinds`:
 * "post-exploitation tools such as X and Y", "backdoors like X, Y or Z", "command-line tools,
 * like net.exe or X" (the items before the name may be file names in lower case). Tools with no
 * qualifier ("tools such as Excel") may be anything.
 */
export const MALWARE_LIST_BEFORE = new RegExp(
  String.raw`${NOT_AFTER_WORD}(?:${alternation(PACKS.flatMap((pack) => pack.enumerations.softwareKinds))})` +
    String.raw`\s*,?\s+(?:such\s+as|like|including)\s+(?:[\p{L}\p{N}][\p{L}\p{N}.-]*(?:\s+\p{Lu}[\p{L}\p{N}-]*){0,2}(?:\s*,\s*|\s*,?\s+(?:and|or)\s+)){0,5}$`,
  'u',
);

/** The members of a list of programs of any kind: "legitimate tools such as X", "password dumpers like X or Y". */
export const TOOL_LIST_BEFORE = new RegExp(
  String.raw`${NOT_AFTER_WORD}(?:tools|utilities|programs|software|dumpers|scanners|applications|outils|logiciels)` +
    String.raw`,?\s+(?:such\s+as|like|including|as|comme|tels?\s+que|telles?\s+que)\s+(?:(?:\p{Lu}[\p{L}\p{N}.-]*(?:\s+\p{Lu}[\p{L}\p{N}.-]*){0,2}|[\p{L}\p{N}_-]+\.(?:exe|dll|ps1|bat|vbs|js))(?:\s*,\s*|\s*,?\s+(?:and|or|et|ou)\s+)){0,5}$`,
  'u',
);

/**
 * A verb that puts software on a machine or runs it ("downloading X", "to deliver X", "dropped
 * X"): a one-word name in CamelCase right after it is a program ("PowerRatankba"), whereas a
 * plain capitalised word there may still be a company or a place.
 */
export const SOFTWARE_VERB_BEFORE = new RegExp(
  String.raw`${NOT_AFTER_WORD}(?:download|deliver|drop|install|execut|deploy|launch|load)(?:s|es|ed|ped|ing|ping|e)?\s+(?:the\s+)?$`,
  'iu',
);
/** A word with a capital inside it after lower-case letters: "PowerRatankba", "TrickBot". */
export const CAMEL_CASE = /^\p{Lu}\p{Ll}+(?:\p{Lu}[\p{Ll}\p{N}]*)+$/u;
