/**
 * The incident itself as an Event node, so attributions ("X was behind the hack of Y") have
 * a node to start from. An incident is recognised when the text names what happened to whom:
 * "le piratage subi par En Marche !", "the hack of the Bundestag", "اختراق حملة ماكرون",
 * "X victime d'un piratage". Its key is the victim's key, so every document reporting the
 * hack of the same victim adds to the same Event; its name is "Hack of <victim>", its
 * aliases the phrases as written. A text that dates two incidents on one victim in different
 * years tells of two: each is keyed and named with its year (see splitByYear). A campaign name given to it ("baptisée «MacronLeaks»")
 * becomes an alias of the incident it names. The campaign, team or party of a person is the
 * organisation that person founded, so "the hack of Macron's campaign" and "the hack of En
 * Marche!" are one incident (see mergeAffiliatedIncidents). Sporting events named by their host place ("Jeux
 * olympiques d'hiver de Pyeongchang", "the Tokyo Olympics", "أولمبياد طوكيو") are Events too:
 * attacks target them, and the place stays a mention of its own inside the name.
 */
import type { EntityType } from '../../graph-schema/schema.ts';
import type { ExtractedRelation } from '../extractor.ts';
import type { GazetteerEntry } from '../gazetteer/index.ts';
import type { Sentence, Span } from '../types.ts';
import { connectiveWords, incidentWords, PACK_SOURCES, packFor, PACKS } from '../extract/lang/index.ts';
import type { GamesKind } from '../extract/lang/types.ts';
import { expandShorthand } from '../extract/lang/shorthand.ts';
import { NAMES } from '../extract/lang/names.ts';
import { CAPITALISED_FUNCTION_WORDS } from './cues.ts';
import { isHeadNoun } from './names-arabic-heads.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { openingWord } from './articles.ts';
// The plain alternation, without the word boundaries and Arabic clitics of this module's own.
import { alternation as anyOf } from './patterns.ts';
import { ownerOfHitHolding } from './undergone-holdings.ts';
import { entityTypeSpec } from '../../graph-schema/schema.ts';
import {
  ARABIC_NOUN_PREFIX,
  arabicTolerant,
  escapeRegExp,
  hasArabic,
  NOT_AFTER_WORD,
  phrasesSource,
  spanIndexAt,
  within,
  wordsBetween,
} from './text.ts';
import type { EntityMention, ResolvedEntity } from './types.ts';
import { foldKey } from '../normalize/fold.ts';
import { ARABIC_SAYING_CLAUSE } from './patterns.ts';
import {
  datedIncidentKey,
  incidentKey,
  isIncidentOfKind,
  isIncidentOn,
  type IncidentKind,
} from './incident-keys.ts';
import { matchesOf } from '../regex-matches.ts';

const VICTIM_TYPES: ReadonlySet<EntityType> = new Set(['Organization', 'Person', 'Location']);
const MAX_WORDS_TO_VICTIM = 5;

/**
 * Each noun also with the French elided article ("l'attaque"), which is written as one word
 * with it; `articleLength` is how much of the match to leave out of the incident's name. A
 * plural noun names an incident only after its date (`dated`).
 */
const INCIDENT_NOUN = new PhraseMatcher([
  ...incidentWords('nouns').flatMap((phrase) => [
    { phrase, value: { articleLength: 0, dated: false }, arabicPrefix: ARABIC_NOUN_PREFIX },
    ...(/^[aeiouhé]/u.test(phrase)
      ? [{ phrase: `l'${phrase}`, value: { articleLength: 2, dated: false } }]
      : []),
  ]),
  ...incidentWords('datedNouns').map((phrase) => ({ phrase, value: { articleLength: 0, dated: true } })),
]);
/** After an incident noun: an optional adjective, then a word linking it to its victim. */
const TO_VICTIM = new RegExp(
  `(?:\\s+(?:${incidentWords('adjectives').map(escapeRegExp).join('|')}))?\\s+(?:${alternation(incidentWords('victimLinkers'))})`,
  'iuy',
);
/** "the DNC hack", "the Ukraine power grid cyberattack": a name, what of it was hit, then an incident noun. */
const COMPOUND_NOUN = new RegExp(
  `(?:\\s+(?:${alternation(incidentWords('targetNouns'))}))?` +
    `\\s+(?:${incidentWords('afterName').map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}-])`,
  'iuy',
);
/** The names packs' title-case terms of a field ("Incident Response"), which open no incident. */
const TECHNICAL_TERMS = NAMES.technicalTerms.filter((term) => /\s/u.test(term));

/** Whether the incident noun ending at `end` is the first word of a title-case technical term. */
function opensTechnicalTerm(text: string, end: number): boolean {
  const from = text.lastIndexOf(' ', end - 1) + 1;
  return TECHNICAL_TERMS.some(
    (term) => text.startsWith(term, from) && !/[\p{L}\p{N}]/u.test(text.charAt(from + term.length)),
  );
}

/** A year, after its month or alone, right before an incident's designation: "the December 2015 ... attack". */
const DATE_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:${alternation(incidentWords('months'))})\\s+)?(?:19|20)\\d{2}\\s+$`,
  'u',
);
const DATE_CONTEXT = 24;
/** A reach into something and its preposition ("meddling in", "l'ingérence dans", "التدخل في"). */
const INTRUSION_NOUN = new PhraseMatcher(
  incidentWords('intrusionNouns').flatMap((phrase) => [
    { phrase, value: { articleLength: 0 }, arabicPrefix: ARABIC_NOUN_PREFIX },
    // French writes the article or "de" as one word with the noun: "l'ingérence", "accusé d'ingérence".
    ...(/^[aeiouhé]/u.test(phrase)
      ? ["l'", "d'"].map((elided) => ({ phrase: `${elided}${phrase}`, value: { articleLength: 2 } }))
      : []),
  ]),
);
const COMPLEMENT_WORD = String.raw`[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.-]*`;
const COMPLEMENT_END = alternation(incidentWords('complementEnds'));
/**
 * What such a noun reaches into: one to five words, the first no ending word, up to the first
 * word that ends it, a punctuation mark or the sentence's end. A longer run is no compact
 * phrase, so no incident.
 */
const INTRUSION_COMPLEMENT = new RegExp(
  String.raw`^\s+(?!(?:${COMPLEMENT_END})(?![\p{L}\p{M}]))((?:${COMPLEMENT_WORD}\s+){0,4}?${COMPLEMENT_WORD})` +
    String.raw`(?<![.])(?=\s*(?:[,;:.!?()\[\]"«»“”،؛]|$)|\s+(?:${COMPLEMENT_END})(?![\p{L}\p{M}]))`,
  'iu',
);
/** "the Macron campaign" is the person's electoral campaign, no incident. */
const PERSON_CAMPAIGN_NOUN = /^\s+campaign$/iu;
/**
 * "The Harbour Bank, a client of CrowdStrike, was hacked", "X, a CrowdStrike customer, was
 * hacked": a name closing an apposition (a comma, or a noun and a comma, before the verb)
 * describes the subject; the victim is the name before the comma that opens the apposition.
 */
function subjectBeforeApposition(
  text: string,
  nearest: EntityMention,
  verbStart: number,
  inSentence: readonly EntityMention[],
  isVictim: (mention: EntityMention) => boolean,
): EntityMention | undefined {
  // The comma closes the apposition before the verb's auxiliary too: "X, basée à Y, a été victime".
  if (!/^(?:\s+\p{Ll}+){0,2}\s*[,،](?:\s+\p{Ll}+){0,2}\s*$/u.test(text.slice(nearest.end, verbStart)))
    return undefined;
  return inSentence.findLast((mention) => {
    if (mention.end > nearest.start || !isVictim(mention)) return false;
    const apposition = text.slice(mention.end, nearest.start);
    return /^\s*[,،]/u.test(apposition) && !/[,،;:.]/u.test(apposition.replace(/^\s*[,،]/u, ''));
  });
}
/** How an incident told only as undergone by its victim is found: no designation names it as a deed. */
const UNDERGONE_REASONS = ['victim before the incident noun', 'the holdings of its victim were hit'] as const;
const VICTIM_THEN_NOUN = new PhraseMatcher(
  incidentWords('afterVictim').map((phrase) => ({ phrase, value: 'victim' as const })),
);
/**
 * What a person's campaign, team or party is called right before the person's name: "l'équipe
 * d'Emmanuel Macron", "the campaign of X", "حملة المرشح الرئاسي X" (a few words describing the
 * candidate may come between): the packs' `incidents.personCampaignNouns` and
 * `personCampaignLinks`.
 */
const CAMPAIGN_BEFORE_PERSON = new RegExp(
  String.raw`${NOT_AFTER_WORD}(?:${PACKS.map(({ lang, incidents }) =>
    lang === 'ar'
      ? // The candidate's noun, optional, then up to three words describing the candidate.
        String.raw`${ARABIC_NOUN_PREFIX}(?:${incidents.personCampaignNouns.map(arabicTolerant).join('|')})\s+` +
        String.raw`(?:(?:${incidents.personCampaignLinks.map(arabicTolerant).join('|')})(?:\s+[^\s،,.]+){0,3}\s+)?`
      : String.raw`(?:${anyOf(incidents.personCampaignNouns)})\s+${openingWord(incidents.personCampaignLinks)}`,
  ).join('|')})$`,
  'iu',
);
/** The same after the name, in English: "Macron's campaign", "the Macron campaign emails". */
const ENGLISH_INCIDENTS = packFor('en').incidents;
const CAMPAIGN_AFTER_PERSON = new RegExp(
  String.raw`(?:['’]s)?\s+(?:(?:${anyOf(ENGLISH_INCIDENTS.personCampaignModifiers)})\s+)?` +
    String.raw`(?:${anyOf(ENGLISH_INCIDENTS.personCampaignNouns)})(?![\p{L}])`,
  'iuy',
);
const CAMPAIGN_CONTEXT = 80;
/**
 * Arabic "تعرضت X لهجوم": the victim is the subject of the verb "to undergo", and the incident
 * noun follows it with the preposition ل.
 */
const ARABIC_UNDERGOES = /(?<![\p{L}\p{M}])[وف]?تعرض(?:ت|وا)?(?=\s)/gu;
const ARABIC_UNDERGONE_NOUN = new RegExp(
  String.raw`^[\s،,]*لل?((?:عملية\s+)?(?:هجوم|هجمات|${arabicTolerant('اختراق')}|${arabicTolerant('اختراقات')}|قرصنة))(?![\p{L}\p{M}])`,
  'u',
);
const MAX_WORDS_TO_UNDERGOER = 8;
/** "الهجوم على شركة X بطائرات مسيرة": the means of a military strike right after the victim. */
const MILITARY_MEANS_AFTER = new RegExp(
  String.raw`^\s*(?:${alternation(incidentWords('militaryMeans'))})(?![\p{L}\p{M}])`,
  'u',
);
/** A word of an Arabic text about cyberattacks (the pack's `cyberStems`); none listed, none looked for. */
const ARABIC_CYBER_STEMS = packFor('ar').incidents.cyberStems;
const ARABIC_CYBER_STEM = new RegExp(ARABIC_CYBER_STEMS.map(arabicTolerant).join('|'), 'u');

/**
 * An attack on `victim` that is a military strike, no hack: its means are told right after the
 * victim, or the victim is a place and the text says nothing of cyberattacks.
 */
function militaryStrike(text: string, noun: Span, victim: EntityMention): boolean {
  if (!hasArabic(text.slice(noun.start, noun.end))) return false;
  if (MILITARY_MEANS_AFTER.test(text.slice(victim.end))) return true;
  return ARABIC_CYBER_STEMS.length > 0 && victim.entity.type === 'Location' && !ARABIC_CYBER_STEM.test(text);
}
/** "the power outage Moldova suffered": an incident noun, then its victim and a verb of undergoing. */
const UNDERGONE_NOUN = new PhraseMatcher(
  incidentWords('undergoneNouns').map((phrase) => ({ phrase, value: true })),
);
/** Between that noun and the victim: a relative pronoun, maybe, and an article ("that the", "que la"). */
const TO_UNDERGOER = new RegExp(
  String.raw`^\s+(?:(?:${alternation(PACKS.flatMap((pack) => pack.claims.relatives))})\s*)?(?:\p{Ll}{1,3}\s+|l['’])?$`,
  'iu',
);
/** After the victim: the verb of undergoing. */
const UNDERGOES_AFTER = new RegExp(String.raw`\s+(?:${alternation(incidentWords('undergoneVerbs'))})`, 'iuy');
/** A word of the packs' `incidents.incidentNaming`, then the name it gives, quoted or up to a stop. */
const CAMPAIGN_NAME = new RegExp(
  String.raw`(?:${[...incidentWords('incidentNaming')]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})\s*[«"“„]?\s*([^"”»\n,.]{2,40}?)\s*(?:[»"”]|(?=[,.;]))`,
  'giu',
);

/** What an incident node stands for: a hack of a victim, an attack by a malware, a project about a subject. */
/**
 * "Hackers broke into", "intruders had stolen": unnamed intruders without an article, up to six
 * words qualifying them ("hackers linked to Russian military intelligence"), then a deed. The
 * match ends at the deed; `unnamedIntruderDeed` checks what lies between.
 */
const UNNAMED_INTRUDER_DEED = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?<!\bthe\s)(?:${alternation(incidentWords('unnamedIntruders'))})` +
    String.raw`((?:\s+[^\s,;:.!?]+){0,6}?)\s+(?:${alternation(incidentWords('unnamedIntruderDeeds'))})(?![\p{L}\p{M}])`,
  'giu',
);
/** A word between the intruders and their deed that leaves it untold ("had not accessed", "may have stolen"). */
const UNNAMED_INTRUDER_DOUBT = new RegExp(
  String.raw`(?<![\p{L}\p{M}'])(?:${alternation(incidentWords('unnamedIntruderDoubts'))})(?![\p{L}\p{M}'])`,
  'iu',
);
/** How many words past the deed its victim may be named ("stole design files from the Finnish shipyard X"). */
const MAX_WORDS_DEED_TO_VICTIM = 8;
/** The packs that write a list's coordinators as words of their own ("and", "et"), not glued to the next name. */
const LATIN_PACKS = PACKS.filter((pack) => pack.lang !== 'ar');
/**
 * Between two victims of one deed listed after it ("stole data from X, Y and the Z"): a comma, one
 * of those packs' `connectives.listCoordinators`, or both, then maybe a definite article. The
 * coordinator is captured: a list closes on one.
 */
const NEXT_LISTED_VICTIM = new RegExp(
  String.raw`^(?:\s*,\s*(?:(${anyOf(LATIN_PACKS.flatMap((pack) => pack.connectives.listCoordinators))})\s+)?` +
    String.raw`|\s+(${anyOf(LATIN_PACKS.flatMap((pack) => pack.connectives.listCoordinators))})\s+)` +
    String.raw`(?:(?:${anyOf(LATIN_PACKS.flatMap((pack) => pack.connectives.definiteArticles))})\s+)?$`,
  'iu',
);

/**
 * A verb of saying (the Latin packs' `claims.saying`) right after a name, maybe after a perfect
 * auxiliary ("has said"): it is a speaker, no member of a list before it.
 */
const SAYING_AFTER = new RegExp(
  String.raw`^\s+(?:(?:${anyOf(connectiveWords('perfectAuxiliaries'))})\s+)?(?:${anyOf(LATIN_PACKS.flatMap((pack) => pack.claims.saying))})(?![\p{L}])`,
  'iu',
);

/**
 * A deed's first victim and those listed right after it ("from X, Y and Z"): each next mention
 * joined to the one before by only a list's separator, and a victim itself. The list ends at its
 * last member after a coordinator: a name after a comma alone is no member ("from X, the FBI said"),
 * nor one a verb of saying follows ("from X and the FBI said nothing").
 */
function listedVictims(
  text: string,
  inSentence: readonly EntityMention[],
  first: EntityMention,
  isVictim: (mention: EntityMention) => boolean,
): EntityMention[] {
  const joined = [first];
  let last = first;
  let closed = 1;
  for (const mention of inSentence) {
    if (mention.start < last.end) continue;
    const separator = NEXT_LISTED_VICTIM.exec(text.slice(last.end, mention.start));
    if (!separator || !isVictim(mention) || mention.anaphoric) break;
    // "from X and the FBI said nothing": the name after the coordinator speaks in a clause of its own.
    if (SAYING_AFTER.test(text.slice(mention.end))) break;
    joined.push(mention);
    last = mention;
    if (separator[1] ?? separator[2]) closed = joined.length;
  }
  return joined.slice(0, closed);
}

const EVENT_NAME: Record<IncidentKind, (subject: string) => string> = {
  hack: (subject) => `Hack of ${subject}`,
  attack: (subject) => `${subject} attack`,
  project: (subject) => `${subject} Project`,
};
/** The packs' `incidents.projectNouns` before a subject's name ("le projet Pegasus", "مشروع بيغاسوس"). */
const PROJECT_BEFORE = new RegExp(
  `${NOT_AFTER_WORD}(?:${incidentWords('projectNouns')
    .map((noun) => (hasArabic(noun) ? ARABIC_NOUN_PREFIX + arabicTolerant(noun) : escapeRegExp(noun)))
    .join('|')})\\s+$`,
  'iu',
);
/** The packs' `incidents.projectNounsAfter` after it, as written ("the Pegasus Project"). */
const PROJECT_AFTER = new RegExp(
  String.raw`\s+(?:${incidentWords('projectNounsAfter').map(escapeRegExp).join('|')})(?![\p{L}])`,
  'uy',
);

/** The packs' `incidents.games`, each phrase with its kind, and their `gamesPlaceLinks`. */
const GAMES = PACKS.flatMap((pack) => pack.incidents.games);
const GAMES_PLACE_LINKS = PACKS.flatMap((pack) => pack.incidents.gamesPlaceLinks);
/** An Arabic phrase with its spelling variants, any space between its words. */
function arabicPhrase(phrase: string): string {
  return phrase
    .split(' ')
    .map(arabicTolerant)
    .join(String.raw`\s+`);
}
/** Phrases as written (Latin) or with their spelling variants (Arabic), as one alternation. */
function gamesAlternation(phrases: readonly string[]): string {
  return [
    anyOf(phrases.filter((phrase) => !hasArabic(phrase))),
    ...phrases.filter(hasArabic).map(arabicPhrase),
  ]
    .filter((source) => source !== '')
    .join('|');
}
const LATIN_GAMES = GAMES.filter(({ phrase }) => !hasArabic(phrase)).map(({ phrase }) => phrase);
const ARABIC_GAMES = GAMES.filter(({ phrase }) => hasArabic(phrase)).map(({ phrase }) => phrase);
/**
 * The Games or the Cup (captured), then a word placing it, right before its host place ("JO de
 * Tokyo", "كأس العالم في قطر"; an Arabic place may have "ب" or "ل" glued on).
 */
const GAMES_BEFORE_PLACE = new RegExp(
  String.raw`(?:${NOT_AFTER_WORD}(${anyOf(LATIN_GAMES)})\s+(?:${anyOf(GAMES_PLACE_LINKS.filter((link) => !hasArabic(link)))})\s*` +
    String.raw`|${NOT_AFTER_WORD}${ARABIC_NOUN_PREFIX}(${ARABIC_GAMES.map(arabicPhrase).join('|')})\s+` +
    String.raw`(?:(?:${GAMES_PLACE_LINKS.filter(hasArabic).map(arabicPhrase).join('|')})\s+)?[بل]?)$`,
  'u',
);
/** The host place, then the English Games (captured): "the Pyeongchang Winter Olympics", "the Tokyo Games". */
const GAMES_AFTER_PLACE = new RegExp(
  String.raw`\s+(${anyOf(packFor('en').incidents.games.map(({ phrase }) => phrase))})(?![\p{L}])`,
  'uy',
);
/** Each kind of Games and the whole phrases that name it. */
const GAMES_KINDS = [...new Set(GAMES.map(({ kind }) => kind))].map((kind) => ({
  kind,
  names: new RegExp(
    String.raw`^(?:${gamesAlternation(GAMES.filter((games) => games.kind === kind).map(({ phrase }) => phrase))})$`,
    'u',
  ),
}));
const GAMES_CONTEXT = 80;

const ELECTION = `(?i:${alternation(incidentWords('elections'))})`;
const ELECTION_YEAR = String.raw`(?:19|20)\d{2}`;
/** Up to three capitalised words naming whose election it is ("French", "United States"), never an article. */
const ELECTION_PLACE = String.raw`(?:(?!(?:The|In|At|On|By|For|Of|During|Before|After)\s)\p{Lu}[\p{L}.]*\s+){1,3}`;
/**
 * An election named with its year: "the 2017 French presidential election", "the United States
 * 2016 presidential elections", "l'élection présidentielle (française) de 2017".
 */
const DATED_ELECTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${ELECTION_YEAR}\s+(?:${ELECTION_PLACE})?|${ELECTION_PLACE}${ELECTION_YEAR}\s+)${ELECTION}(?![\p{L}])` +
    String.raw`|(?<![\p{L}])${ELECTION}(?:\s+\p{Ll}+)?\s+de\s+${ELECTION_YEAR}(?![\p{N}])`,
  'gu',
);
/** The last words of the election phrases: a text holding none of them names no election, and is not searched. */
const ELECTION_LAST_WORD = new RegExp(
  alternation(incidentWords('elections').map((phrase) => phrase.split(/\s+/u).at(-1) ?? phrase)),
  'iu',
);
/** "the 2016 United States election leaks": the election names the incident, which is no election. */
const INCIDENT_NOUN_AFTER = new RegExp(
  String.raw`^\s+(?i:${alternation([...incidentWords('afterName'), ...incidentWords('datedNouns')])})(?![\p{L}])`,
  'u',
);

/** Nouns as written, an Arabic one in any of its spellings. */
function nounsSource(nouns: readonly string[]): string {
  return nouns.map((noun) => (hasArabic(noun) ? arabicTolerant(noun) : escapeRegExp(noun))).join('|');
}
/** The packs that put the name before its incident noun, after a determiner ("the MOVEit campaign"). */
const NAME_FIRST = PACKS.filter((pack) => pack.incidents.namedIncidentDeterminers.length > 0);
const NAME_AFTER_NOUN = PACKS.filter((pack) => pack.incidents.namedIncidentDeterminers.length === 0);
/**
 * A campaign or breach named after what no list knows, often the software it abused: "the
 * MOVEit campaign", "la campagne MOVEit", "حملة MOVEit" (the packs' `incidents.namedIncidentNouns`).
 * The name is a capitalised Latin word.
 */
const NAMED_CAMPAIGN = new RegExp(
  String.raw`${NOT_AFTER_WORD}(?:(?:${nounsSource(NAME_FIRST.flatMap((pack) => pack.incidents.namedIncidentDeterminers))})` +
    String.raw`\s+(\p{Lu}[\p{L}\p{N}]+)\s+(${nounsSource(NAME_FIRST.flatMap((pack) => pack.incidents.namedIncidentNouns))})` +
    String.raw`|(${nounsSource(NAME_AFTER_NOUN.flatMap((pack) => pack.incidents.namedIncidentNouns))})\s+(\p{Lu}[\p{L}\p{N}]+))` +
    String.raw`(?![\p{L}\p{N}])`,
  'gu',
);
/** Each pattern's nouns, whole, and the kind of incident they name. */
const INCIDENT_KINDS = PACK_SOURCES.flatMap((pack) =>
  pack.incidents.namedIncidentNouns.map((pattern) => ({
    kind: pattern.kind,
    nouns: new RegExp(`^(?:${nounsSource(pattern.phrases.flatMap(expandShorthand))})$`, 'iu'),
  })),
);

/** "campaign", "breach" or "hack", whatever the language the noun was written in. */
function campaignKind(noun: string): string {
  return INCIDENT_KINDS.find(({ nouns }) => nouns.test(noun))?.kind ?? 'hack';
}

function alternation(phrases: readonly string[]): string {
  return phrasesSource(
    [...phrases].sort((a, b) => b.length - a.length),
    ARABIC_NOUN_PREFIX,
  );
}

export interface Incidents {
  /** Mentions of incidents, sorted by start. */
  mentions: EntityMention[];
  /** Each incident and the entity it happened to (its victim) or was done with (its malware). */
  subjects: Map<ResolvedEntity, ResolvedEntity>;
  /** Events that are occasions (the Games), not incidents: "the attack" never refers to them. */
  occasions: ReadonlySet<ResolvedEntity>;
  /** Incidents named at least once through their victim's campaign, team or party ("l'équipe de X"). */
  campaigns: ReadonlySet<ResolvedEntity>;
  /**
   * Incidents told only as something their victim underwent ("X a été victime d'une
   * cyberattaque"): no designation says whose deed it was, so whoever it is laid on targeted X.
   */
  undergone: ReadonlySet<ResolvedEntity>;
}

export function findEvents(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly EntityMention[],
): Incidents {
  const events = new Map<string, ResolvedEntity>();
  const subjects = new Map<ResolvedEntity, ResolvedEntity>();
  const campaigns = new Set<ResolvedEntity>();
  const undergone = new Set<ResolvedEntity>();
  const elections = findElections(text);
  const games = new Set([...findGames(text, mentions), ...elections.occasions]);
  const occasions = new Set([...games].map((mention) => mention.entity));
  const found: EntityMention[] = [...games];
  const isVictim = (mention: EntityMention) =>
    VICTIM_TYPES.has(mention.entity.type) || occasions.has(mention.entity);
  const add = (
    subject: EntityMention,
    start: number,
    end: number,
    reason: string,
    kind: IncidentKind = subject.entity.type === 'Malware' ? 'attack' : 'hack',
    designationEnd?: number,
    deed?: true,
  ) => {
    const key = incidentKey(kind, subject.entity);
    let event = events.get(key);
    if (!event) {
      event = newEvent(key, EVENT_NAME[kind](subject.entity.name));
      events.set(key, event);
      // A project is named after what it investigates; it did nothing to it.
      if (kind !== 'project') subjects.set(event, subject.entity);
    }
    const campaign = kind === 'hack' && namesCampaignOf(text, subject);
    // "the hack of the Macron campaign": the incident's name runs to the campaign noun.
    CAMPAIGN_AFTER_PERSON.lastIndex = end;
    const finish =
      campaign && end === subject.end ? end + (CAMPAIGN_AFTER_PERSON.exec(text)?.[0].length ?? 0) : end;
    // "the 2017 cyberattacks on Ukraine": the date is part of the designation.
    start -= DATE_BEFORE.exec(text.slice(Math.max(0, start - DATE_CONTEXT), start))?.[0].length ?? 0;
    const surface = text.slice(start, finish);
    event.aliases.add(designationEnd === undefined ? surface : text.slice(start, designationEnd));
    event.mentions.push({ start, end: finish, surface });
    event.mergeReasons.add(`incident (${reason}): "${surface}" names ${event.name}`);
    found.push({ start, end: finish, surface, entity: event, ...(deed ? { deed } : {}) });
    if (campaign) campaigns.add(event);
  };

  // "the November 2018 attacks against several Pakistani banks": dated incidents on victims the
  // text describes but does not name are keyed by their designation.
  const addDescribed = (nounStart: number, end: number, reason = 'dated, on described victims') => {
    const start =
      nounStart -
      (DATE_BEFORE.exec(text.slice(Math.max(0, nounStart - DATE_CONTEXT), nounStart))?.[0].length ?? 0);
    const surface = text.slice(start, end);
    const key = `hack:described:${foldKey(surface)}`;
    const event = events.get(key) ?? newEvent(key, surface);
    events.set(key, event);
    event.aliases.add(surface);
    event.mentions.push({ start, end, surface });
    event.mergeReasons.add(`incident (${reason}): "${surface}"`);
    found.push({ start, end, surface, entity: event });
  };
  // "the 2016 United States election leaks": an incident named after the election it hit.
  for (const named of elections.incidents) addDescribed(named.start, named.end, 'named after an election');

  found.push(...findNamedCampaigns(text, mentions));
  const withGames = [...mentions, ...games].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const sentence of sentences) {
    const inSentence = within(withGames, sentence);
    for (const match of INCIDENT_NOUN.find(text, sentence.start, sentence.end)) {
      const noun = {
        start: nounStart(text, match.start + match.value.articleLength, match.end),
        end: match.end,
      };
      if (
        match.value.dated &&
        !DATE_BEFORE.test(text.slice(Math.max(0, noun.start - DATE_CONTEXT), noun.start))
      )
        continue;
      // "l'attaque NotPetya", "هجوم شمعون": the incident named by its malware.
      const named = inSentence.find(
        (mention) => mention.start >= noun.end && /^\s+$/u.test(text.slice(noun.end, mention.start)),
      );
      if (named?.entity.type === 'Malware') {
        add(named, noun.start, named.end, 'incident noun before its malware');
        continue;
      }
      TO_VICTIM.lastIndex = noun.end;
      const linker = TO_VICTIM.exec(text);
      if (!linker) {
        // Arabic joins the incident noun to its victim directly ("اختراق اللجنة ..."): no linker word.
        const arabic = hasArabic(text.slice(noun.start, noun.end));
        if (arabic && named && isVictim(named) && !militaryStrike(text, noun, named)) {
          add(named, noun.start, named.end, 'incident noun joined to its victim');
        }
        continue;
      }
      const linkerEnd = noun.end + linker[0].length;
      const victim = inSentence.find(
        (mention) =>
          // The linker may open the victim's own name ("الهجوم على قناة الجزيرة").
          mention.start >= noun.end &&
          isVictim(mention) &&
          wordsBetween(text, linkerEnd, mention.start) <= MAX_WORDS_TO_VICTIM &&
          // "اختراق هاتف X، وفقا لـ Y": the victim is in the incident's own phrase, never past a
          // comma, nor past "وقالت" opening the next clause.
          !/[,،;:.]/u.test(text.slice(noun.end, mention.start)) &&
          !ARABIC_SAYING_CLAUSE.test(text.slice(noun.end, mention.start)),
      );
      if (victim && militaryStrike(text, noun, victim)) continue;
      if (victim) add(victim, noun.start, victim.end, 'incident noun before its victim');
      else if (match.value.dated) {
        const described = describedVictims(text.slice(linkerEnd, sentence.end));
        if (described !== undefined) addDescribed(noun.start, linkerEnd + described);
      }
    }
    for (const match of INTRUSION_NOUN.find(text, sentence.start, sentence.end)) {
      // "the meddling in the last elections": the reach and what it reached into, keyed by the phrase.
      const complement = INTRUSION_COMPLEMENT.exec(text.slice(match.end, sentence.end));
      if (!complement?.[1]) continue;
      const end = match.end + complement[0].length;
      // "meddling in the 2019 presidential election": a dated election is an occasion its
      // meddler targeted (see findElections), not part of an incident of its own.
      if ([...games].some((occasion) => occasion.start >= match.end && occasion.end <= end)) continue;
      addDescribed(
        nounStart(text, match.start + match.value.articleLength, match.end),
        end,
        'a reach into what follows it',
      );
    }
    for (const mention of inSentence) {
      // "the DNC hack", "the WannaCry attack": a name right before the incident noun.
      COMPOUND_NOUN.lastIndex = mention.end;
      const compound = COMPOUND_NOUN.exec(text);
      if (compound && mention.entity.type === 'Person' && PERSON_CAMPAIGN_NOUN.test(compound[0])) continue;
      // "Mandiant Incident Response": the noun opens a field's title-case name, no incident.
      if (compound && opensTechnicalTerm(text, mention.end + compound[0].length)) continue;
      if (compound && (isVictim(mention) || mention.entity.type === 'Malware')) {
        add(mention, mention.start, mention.end + compound[0].length, 'name before the incident noun');
      }
    }
    for (const mention of inSentence) {
      // "le projet Pegasus", "the Pegasus Project", "مشروع بيغاسوس": an investigation named after its subject.
      if (entityTypeSpec(mention.entity.type)?.indicator) continue;
      const before = PROJECT_BEFORE.exec(
        text.slice(Math.max(sentence.start, mention.start - 24), mention.start),
      );
      // "مشروع منظمة أطباء بلا حدود": in construct with a body named by its head noun, the project
      // is that body's, no project named after it.
      if (before && !isHeadNoun(mention.surface.split(/\s/u)[0] ?? '')) {
        const wordStart = mention.start - before[0].length;
        add(
          mention,
          nounStart(text, wordStart, mention.start),
          mention.end,
          'project named after',
          'project',
        );
      }
      PROJECT_AFTER.lastIndex = mention.end;
      const after = PROJECT_AFTER.exec(text);
      if (after) add(mention, mention.start, mention.end + after[0].length, 'project named after', 'project');
    }
    for (const noun of UNDERGONE_NOUN.find(text, sentence.start, sentence.end)) {
      // "the power outage Moldova suffered": the victim right after the noun underwent it; the
      // noun names the incident.
      // A link's address, blanked out of the text, is no word between them.
      const victim = inSentence.find(
        (mention) => mention.start >= noun.end && text.slice(mention.start, mention.end).trim() !== '',
      );
      if (!victim || !isVictim(victim) || !TO_UNDERGOER.test(text.slice(noun.end, victim.start))) continue;
      UNDERGOES_AFTER.lastIndex = victim.end;
      if (!UNDERGOES_AFTER.test(text)) continue;
      // The mention is the noun alone: the victim's clause is no part of the incident's name.
      add(victim, noun.start, noun.end, 'incident noun before the victim that underwent it');
    }
    for (const match of VICTIM_THEN_NOUN.find(text, sentence.start, sentence.end)) {
      const nounStart = match.start;
      const nearest = inSentence.findLast(
        (mention) =>
          mention.end <= nounStart && isVictim(mention) && wordsBetween(text, mention.end, nounStart) <= 2,
      );
      const victim =
        nearest && (subjectBeforeApposition(text, nearest, nounStart, inSentence, isVictim) ?? nearest);
      if (victim) {
        add(victim, victim.start, match.end, UNDERGONE_REASONS[0]);
        const event = events.get(incidentKey('hack', victim.entity));
        if (event) undergone.add(event);
      }
    }
    const hitHolding = ownerOfHitHolding(text, sentence, inSentence, isVictim);
    if (hitHolding) {
      const { owner, end } = hitHolding;
      const start = sentence.start + (/^\s*/u.exec(sentence.text)?.[0].length ?? 0);
      add(owner, start, end, UNDERGONE_REASONS[1]);
      const event = events.get(incidentKey('hack', owner.entity));
      if (event) undergone.add(event);
    }
    for (const deed of matchesOf(UNNAMED_INTRUDER_DEED, sentence.text)) {
      // "Hackers stole files from X": the intruders are unnamed, so the deed is an incident on X.
      // A named actor among their qualifiers ("hackers working for APT99") tells who did it.
      const start = sentence.start + deed.index;
      const deedEnd = start + deed[0].length;
      if (UNNAMED_INTRUDER_DOUBT.test(deed[1] ?? '')) continue;
      if (
        inSentence.some((mention) => mention.start >= start && mention.end <= deedEnd && !isVictim(mention))
      )
        continue;
      const victim = inSentence.find(
        (mention) =>
          mention.start >= deedEnd &&
          isVictim(mention) &&
          !mention.anaphoric &&
          wordsBetween(text, deedEnd, mention.start) <= MAX_WORDS_DEED_TO_VICTIM &&
          !/[,;:.]/u.test(text.slice(deedEnd, mention.start)),
      );
      // The incident's mention is the intruders and their deed: the victim keeps its own mention
      // for what else the sentence says of it ("X, which is based in Oslo"). Each victim listed
      // after the first underwent the deed too, an incident of its own.
      for (const listed of victim ? listedVictims(text, inSentence, victim, isVictim) : []) {
        add(listed, start, deedEnd, "unnamed intruders' deed on a victim", 'hack', undefined, true);
      }
    }
    for (const verb of matchesOf(ARABIC_UNDERGOES, sentence.text)) {
      const verbEnd = sentence.start + verb.index + verb[0].length;
      const victim = inSentence.find(
        (mention) =>
          mention.start >= verbEnd &&
          isVictim(mention) &&
          undergoerAfter(text, verbEnd, mention) &&
          ARABIC_UNDERGONE_NOUN.test(text.slice(mention.end, sentence.end)),
      );
      const noun = victim && ARABIC_UNDERGONE_NOUN.exec(text.slice(victim.end, sentence.end));
      if (!victim || !noun) continue;
      const start = verbEnd + (/^\s*/u.exec(text.slice(verbEnd))?.[0].length ?? 0);
      // The alias is the victim as the subject names it, without the comma and "لهجوم" after it.
      add(victim, start, victim.end + noun[0].length, 'victim undergoing the incident', 'hack', victim.end);
    }
  }
  splitByYear(events, found, subjects, campaigns);
  // "l'attaque contre les Jeux de X": the Games are the incident's victim (a TARGETED edge), not
  // a second event for the sentence's relations; their nested name stays among their mentions.
  const standalone = found.filter(
    (mention) =>
      !games.has(mention) ||
      !found.some((other) => !games.has(other) && other.start <= mention.start && mention.end <= other.end),
  );
  standalone.sort((a, b) => a.start - b.start);
  addCampaignNames(text, sentences, mentions, standalone, occasions);
  standalone.sort((a, b) => a.start - b.start);
  return {
    mentions: standalone,
    subjects,
    occasions,
    campaigns,
    // An incident also designated elsewhere ("l'attaque contre X") is told as a deed, not only undergone.
    undergone: new Set(
      [...undergone].filter((event) =>
        [...event.mergeReasons].every((reason) =>
          UNDERGONE_REASONS.some((undergoneReason) => reason.startsWith(`incident (${undergoneReason})`)),
        ),
      ),
    ),
  };
}

/**
 * After the linker of a dated incident noun, the victims it describes: maybe a word counting
 * them, then up to three words ending on a plural common noun ("multiple Pakistani banks",
 * "European ministries").
 */
const DESCRIBED_VICTIMS = new RegExp(
  String.raw`^\s+(?:(?:${alternation(incidentWords('victimQuantifiers'))})\s+)?((?:[\p{L}-]+\s+){0,2}\p{Ll}[\p{Ll}-]*s)(?![\p{L}\p{N}'’-])`,
  'iu',
);
const FUNCTION_WORDS = new Set([...CAPITALISED_FUNCTION_WORDS].map((word) => word.toLowerCase()));

/**
 * The length of the victims a dated incident's designation describes right after its linker
 * ("against multiple Pakistani banks"), if it does: no article, possessive or preposition among
 * the words after the count ("on its networks", "on the banks" are victims told of elsewhere).
 */
function describedVictims(after: string): number | undefined {
  const described = DESCRIBED_VICTIMS.exec(after);
  if (!described?.[1]) return undefined;
  const words = described[1].split(/\s+/u);
  return words.some((word) => FUNCTION_WORDS.has(word.toLowerCase())) ? undefined : described[0].length;
}

/** The year a dated designation opens with: "2017 cyberattacks on Ukraine", "December 2015 ... attack". */
const OPENING_YEAR = new RegExp(
  `^(?:(?:${alternation(incidentWords('months'))})\\s+)?((?:19|20)\\d{2})\\s`,
  'u',
);

/**
 * Incidents are keyed by their victim, so that reports of the same hack meet; but one text may
 * tell of two attacks on the same victim, "the December 2015 Ukraine power grid cyberattack"
 * and "the 2017 cyberattacks on Ukraine". When an incident's designations give two years or
 * more, it is one incident a year (keyed and named with it), and a designation without a year
 * is the incident of the nearest dated one before it (else the first). With one year or none,
 * nothing changes: the key stays the victim's alone.
 */
function splitByYear(
  events: Map<string, ResolvedEntity>,
  found: EntityMention[],
  subjects: Map<ResolvedEntity, ResolvedEntity>,
  campaigns: Set<ResolvedEntity>,
): void {
  for (const event of [...events.values()]) {
    const ownMentions = found.filter((mention) => mention.entity === event).sort((a, b) => a.start - b.start);
    const yearOf = (mention: EntityMention) => OPENING_YEAR.exec(mention.surface)?.[1];
    const years = [...new Set(ownMentions.map(yearOf).filter((year) => year !== undefined))];
    if (years.length < 2) continue;
    const byYear = new Map(
      years.map((year) => {
        const dated = newEvent(datedIncidentKey(event.key, year), `${event.name} (${year})`);
        const subject = subjects.get(event);
        if (subject) subjects.set(dated, subject);
        if (campaigns.has(event)) campaigns.add(dated);
        events.set(dated.key, dated);
        return [year, dated] as const;
      }),
    );
    let current = byYear.get(years[0] ?? '');
    // The first dated designation holds for the undated ones before it.
    for (const mention of ownMentions) {
      const year = yearOf(mention);
      if (year !== undefined) current = byYear.get(year);
      if (!current) continue;
      mention.entity = current;
      current.mentions.push({ start: mention.start, end: mention.end, surface: mention.surface });
      for (const alias of event.aliases) if (mention.surface.startsWith(alias)) current.aliases.add(alias);
      current.mergeReasons.add(`incident: "${mention.surface}" names ${current.name}`);
    }
    events.delete(event.key);
    subjects.delete(event);
    campaigns.delete(event);
  }
}

/**
 * Whether `victim` is the subject right after the verb: next to it, after one word saying what
 * it is ("شركة X"), or a person named through their campaign ("تعرضت حملة المرشح X"). A place
 * must come first: "تعرض مصرف قطر" is a bank's misfortune, not Qatar's.
 */
function undergoerAfter(text: string, verbEnd: number, victim: EntityMention): boolean {
  const between = wordsBetween(text, verbEnd, victim.start);
  if (between === 0) return true;
  if (victim.entity.type === 'Location') return false;
  return between <= 1 || (between <= MAX_WORDS_TO_UNDERGOER && namesCampaignOf(text, victim));
}

/** Whether a person victim is named as the one whose campaign, team or party was hit. */
function namesCampaignOf(text: string, victim: EntityMention): boolean {
  if (victim.entity.type !== 'Person') return false;
  if (CAMPAIGN_BEFORE_PERSON.test(text.slice(Math.max(0, victim.start - CAMPAIGN_CONTEXT), victim.start))) {
    return true;
  }
  CAMPAIGN_AFTER_PERSON.lastIndex = victim.end;
  return CAMPAIGN_AFTER_PERSON.test(text);
}

/** "the MOVEit campaign": one Event per name and kind; known names are left to the rules above. */
function findNamedCampaigns(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const byKey = new Map<string, ResolvedEntity>();
  const found: EntityMention[] = [];
  for (const match of matchesOf(NAMED_CAMPAIGN, text)) {
    const [whole, firstName, nounAfter, nounBefore, nameAfter] = match;
    const name = firstName ?? nameAfter ?? '';
    const noun = nounAfter ?? nounBefore ?? '';
    const nameStart = match.index + whole.indexOf(name, firstName ? 0 : noun.length);
    const nameSpan = { start: nameStart, end: nameStart + name.length };
    if (CAPITALISED_FUNCTION_WORDS.has(name)) continue;
    if (mentions.some((mention) => mention.start < nameSpan.end && nameSpan.start < mention.end)) continue;
    const start = firstName ? nameStart : nounStart(text, match.index, match.index + noun.length);
    const end = firstName ? match.index + whole.length : nameSpan.end;
    const kind = campaignKind(noun);
    const key = `${kind}:${foldKey(name)}`;
    let event = byKey.get(key);
    if (!event) {
      event = newEvent(key, `${name} ${kind}`);
      byKey.set(key, event);
    }
    const surface = text.slice(start, end);
    event.aliases.add(surface);
    event.mentions.push({ start, end, surface });
    event.mergeReasons.add(`named ${kind}: "${surface}" names ${event.name}`);
    found.push({ start, end, surface, entity: event });
  }
  return found;
}

/** The kind of Games a phrase of the packs' `incidents.games` names. */
function gamesKind(phrase: string): GamesKind {
  return GAMES_KINDS.find(({ names }) => names.test(phrase))?.kind ?? 'Olympic Games';
}

/**
 * The Games or a World Cup named by the place that hosts them. One node per family and host
 * place, whatever the language or season word ("JO de Tokyo" and "the Tokyo Olympics" meet);
 * the display name comes from the first mention that says the season.
 */
function findGames(text: string, mentions: readonly EntityMention[]): EntityMention[] {
  const byKey = new Map<string, ResolvedEntity>();
  const found: EntityMention[] = [];
  for (const place of mentions) {
    if (place.entity.type !== 'Location') continue;
    const before = GAMES_BEFORE_PLACE.exec(text.slice(Math.max(0, place.start - GAMES_CONTEXT), place.start));
    GAMES_AFTER_PLACE.lastIndex = place.end;
    const after = before ? null : GAMES_AFTER_PLACE.exec(text);
    const phrase = before?.[0] ?? after?.[0];
    const head = before?.[1] ?? before?.[2] ?? after?.[1];
    if (!phrase || !head) continue;
    const start = before ? nounStart(text, place.start - phrase.length, place.start) : place.start;
    const end = before ? place.end : place.end + phrase.length;
    const kind = gamesKind(head);
    const family = kind === 'Winter Olympics' || kind === 'Summer Olympics' ? 'Olympic Games' : kind;
    const key = `games:${family}:${place.entity.key}`;
    let games = byKey.get(key);
    if (!games) {
      games = newEvent(key, `${kind} in ${place.entity.name}`);
      byKey.set(key, games);
    } else if (games.name.startsWith('Olympic Games') && kind !== family) {
      games.name = `${kind} in ${place.entity.name}`;
    }
    const surface = text.slice(start, end);
    games.aliases.add(surface);
    games.mentions.push({ start, end, surface });
    games.mergeReasons.add(`sporting event: "${surface}" names the ${family} hosted by ${place.entity.name}`);
    found.push({ start, end, surface, entity: games });
  }
  return found;
}

/**
 * Elections named with their year, an occasion like the Games: attacks and interference target
 * them. One node per phrase as written, without its article. An election followed by an
 * incident noun names that incident, keyed by its designation ("the 2016 United States election
 * leaks"): `incidents` are those designations' spans.
 */
function findElections(text: string): { occasions: EntityMention[]; incidents: Span[] } {
  const byKey = new Map<string, ResolvedEntity>();
  const found: EntityMention[] = [];
  const incidents: Span[] = [];
  if (!ELECTION_LAST_WORD.test(text)) return { occasions: found, incidents };
  for (const match of matchesOf(DATED_ELECTION, text)) {
    const start = match.index;
    const end = start + match[0].length;
    const noun = INCIDENT_NOUN_AFTER.exec(text.slice(end, end + GAMES_CONTEXT));
    if (noun) {
      incidents.push({ start, end: end + noun[0].length });
      continue;
    }
    const surface = match[0];
    const key = `election:${foldKey(surface)}`;
    let election = byKey.get(key);
    if (!election) {
      election = newEvent(key, surface);
      byKey.set(key, election);
    }
    election.aliases.add(surface);
    election.mentions.push({ start, end, surface });
    election.mergeReasons.add(`election: "${surface}" names an election by its year`);
    found.push({ start, end, surface, entity: election });
  }
  return { occasions: found, incidents };
}

const QUOTED_NAME = /[«"“„]/u;

/** Unquoted, only capitalised words are a name: "called Sandstorm", not "called the claims groundless". */
function looksLikeName(phrase: string): boolean {
  return phrase.split(/\s+/u).every((word) => hasArabic(word) || /^[\p{Lu}\p{N}#]/u.test(word));
}

/**
 * "cette opération qu'il a baptisée «MacronLeaks»": the name becomes an alias of the last
 * incident before it. "The leaks, dubbed MacronLeaks": with no incident before, a name given
 * right after an incident noun names an incident of its own. A name that is
 * already another entity's ("Lazarus (also known as HIDDEN COBRA)", "an implant dubbed
 * Ratankba") names that entity, not an incident.
 */
function addCampaignNames(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly EntityMention[],
  found: EntityMention[],
  occasions: ReadonlySet<ResolvedEntity>,
): void {
  for (const match of matchesOf(CAMPAIGN_NAME, text)) {
    const name = match[1];
    if (!name || !(QUOTED_NAME.test(match[0]) || looksLikeName(name))) continue;
    const start = match.index + match[0].lastIndexOf(name);
    const end = start + name.length;
    if (mentions.some((mention) => mention.start < end && start < mention.end)) continue;
    // An occasion (the Games, an election) is no incident to give a name to.
    const previous = found.findLast(
      (mention) => mention.start < match.index && !occasions.has(mention.entity),
    );
    if (!previous) {
      const sentenceStart = sentences[spanIndexAt(sentences, match.index)]?.start ?? 0;
      found.push(...namedIncident(text, sentenceStart, match.index, { start, end, surface: name }, mentions));
      continue;
    }
    previous.entity.aliases.add(name);
    previous.entity.mergeReasons.add(`campaign name: "${name}" is the name given to ${previous.entity.name}`);
    previous.entity.mentions.push({ start, end: start + name.length, surface: name });
  }
}

/** An incident noun, then a comma or nothing, right before the word that names it: "The leaks, dubbed". */
const NOUN_BEFORE_NAMING = new RegExp(
  `${NOT_AFTER_WORD}(?:${alternation([...incidentWords('nouns'), ...incidentWords('datedNouns')])})\\s*,?\\s*$`,
  'iu',
);

/**
 * A new incident the name designates, when an incident noun comes right before the naming
 * word; every later occurrence of the name, outside other names, is a mention of it too.
 */
function namedIncident(
  text: string,
  sentenceStart: number,
  at: number,
  name: { start: number; end: number; surface: string },
  mentions: readonly EntityMention[],
): EntityMention[] {
  if (!NOUN_BEFORE_NAMING.test(text.slice(Math.max(sentenceStart, at - NAMING_CONTEXT), at))) return [];
  const event = newEvent(`named:${foldKey(name.surface)}`, name.surface);
  event.aliases.add(name.surface);
  event.mergeReasons.add(
    `incident name: "${name.surface}" is given to the incident the noun before it designates`,
  );
  const again = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name.surface)}(?![\\p{L}\\p{N}])`, 'gu');
  const spans = matchesOf(again, text.slice(name.start))
    .map((match) => ({ start: name.start + match.index, end: name.start + match.index + match[0].length }))
    .filter((span) => !mentions.some((mention) => mention.start < span.end && span.start < mention.end));
  event.mentions.push(...spans.map((span) => ({ ...span, surface: name.surface })));
  return spans.map((span) => ({ ...span, surface: name.surface, entity: event }));
}
const NAMING_CONTEXT = 40;

/** Attached Arabic clitics and the article ("لل", "بال", "و") are not part of an incident's name. */
const ARABIC_CLITICS_AND_ARTICLE = /^(?:[وف])?(?:لل|[بلك]?ال|[بلك])?/u;

function nounStart(text: string, start: number, end: number): number {
  const word = text.slice(start, end);
  if (!hasArabic(word)) return start;
  return start + (ARABIC_CLITICS_AND_ARTICLE.exec(word)?.[0].length ?? 0);
}

/** What makes a person's organisation theirs: a relation the document states, or a known founder. */
const AFFILIATIONS: ReadonlySet<ExtractedRelation['type']> = new Set(['FOUNDED', 'LEADS']);

interface Affiliation {
  organisation: ResolvedEntity;
  why: string;
}

/**
 * One incident, not two: the hack of a person's campaign, team or party and the hack of the
 * organisation that person founded or leads are the same incident ("l'équipe de Macron victime
 * de piratage", "le piratage subi par En Marche !"), and so are the hack of the person and the
 * hack of that organisation when one document reports both. The person's incident is folded
 * into the organisation's (created if the document names only the campaign), so every
 * document keys it the same way: its names, mentions and victim move over, and the returned
 * remap (folded key -> kept key) is what relations must follow, applied once by the pipeline
 * (see remapKeys). Hacks of unrelated victims stay apart. `relations` are read for the
 * document's own affiliations (who founded or leads what), never changed.
 */
export function mergeAffiliatedIncidents(
  incidents: Incidents,
  relations: readonly ExtractedRelation[],
  entities: readonly ResolvedEntity[],
  foundedBy: (personKey: string) => readonly GazetteerEntry[],
): Map<string, string> {
  const remap = new Map<string, string>();
  const organisations = entities.filter((entity) => entity.type === 'Organization');
  const organisationHacks = new Map<string, ResolvedEntity>();
  for (const [event, subject] of incidents.subjects) {
    if (isHack(event) && subject.type === 'Organization') organisationHacks.set(subject.key, event);
  }
  const affiliationsOf = (person: ResolvedEntity): Affiliation[] => {
    const found = new Map<string, Affiliation>();
    for (const relation of relations) {
      if (!AFFILIATIONS.has(relation.type) || relation.source !== person.key) continue;
      if (relation.modality === 'denied') continue;
      const organisation = organisations.find((entity) => entity.key === relation.target);
      const verb = relation.type === 'FOUNDED' ? 'founded' : 'leads';
      if (organisation)
        found.set(organisation.key, { organisation, why: `the document says ${person.name} ${verb} it` });
    }
    for (const entry of foundedBy(person.key)) {
      if (found.has(entry.key)) continue;
      const organisation = organisations.find((entity) => entity.key === entry.key) ?? knownEntity(entry);
      found.set(entry.key, { organisation, why: `${person.name} is its known founder` });
    }
    return [...found.values()];
  };

  for (const [event, person] of [...incidents.subjects]) {
    if (!isHack(event) || person.type !== 'Person') continue;
    const affiliations = affiliationsOf(person);
    const hit = affiliations.filter((affiliation) => organisationHacks.has(affiliation.organisation.key));
    // Only a campaign, team or party stands for an organisation no incident of this document names.
    const candidates = hit.length > 0 ? hit : incidents.campaigns.has(event) ? affiliations : [];
    const [affiliation, ...others] = candidates;
    if (!affiliation || others.length > 0) continue;
    const { organisation } = affiliation;
    let into = organisationHacks.get(organisation.key);
    if (!into) {
      into = newEvent(incidentKey('hack', organisation), EVENT_NAME.hack(organisation.name));
      organisationHacks.set(organisation.key, into);
      incidents.subjects.set(into, organisation);
    }
    const how = incidents.campaigns.has(event)
      ? `named as the campaign, team or party of ${person.name}`
      : `a hack of ${person.name}`;
    foldIncident(incidents, event, into);
    remap.set(event.key, into.key);
    into.mergeReasons.add(
      `same incident: ${event.name} (${how}) is ${into.name}, as ${organisation.name} is the organisation of ${person.name} (${affiliation.why})`,
    );
  }
  return remap;
}

/** Whether `event` is the hack of `victim`, dated or not: the incident keyed by that victim. */
/** Whether an event is an occasion (the Games, an election named with its year), which incidents may hit but no one carries out. */
export function isOccasion(event: ResolvedEntity): boolean {
  return event.type === 'Event' && /^(?:games|election):/u.test(event.key);
}

export function isHackOf(event: ResolvedEntity, victim: ResolvedEntity): boolean {
  return isIncidentOn(event.key, 'hack', victim);
}

function isHack(event: ResolvedEntity): boolean {
  return isIncidentOfKind(event.key, 'hack');
}

/** Moves every name and mention of `event` onto `into`. */
function foldIncident(incidents: Incidents, event: ResolvedEntity, into: ResolvedEntity): void {
  for (const alias of event.aliases) into.aliases.add(alias);
  for (const reason of event.mergeReasons) into.mergeReasons.add(reason);
  into.mentions.push(...event.mentions);
  into.mentions.sort((a, b) => a.start - b.start);
  incidents.subjects.delete(event);
  for (const mention of incidents.mentions) if (mention.entity === event) mention.entity = into;
}

function newEvent(key: string, name: string): ResolvedEntity {
  return {
    key,
    type: 'Event',
    name,
    aliases: new Set(),
    externalIds: new Set(),
    mergeReasons: new Set(),
    mentions: [],
    known: false,
    domains: [],
  };
}

/** A known organisation the document does not name: the victim a campaign stands for. */
function knownEntity(entry: GazetteerEntry): ResolvedEntity {
  return {
    key: entry.key,
    type: entry.type,
    name: entry.name,
    aliases: new Set([entry.name]),
    externalIds: new Set(entry.externalIds),
    mergeReasons: new Set([`gazetteer: ${entry.name} is known by its key ${entry.key}`]),
    mentions: [],
    known: true,
    domains: entry.domains,
  };
}
