/**
 * Relations from trigger words between typed mentions of one sentence, each with its
 * modality, claimants and confidence. For a trigger, the nearest mentions on each side are
 * tried in order of distance; the first pair graph-schema allows for one of the trigger's
 * relation types is taken. Role nouns may also have both arguments after them ("le
 * vice-président du FN Florian Philippot"), and so may Arabic verbs, which come before their
 * subject ("واستهدفت المجموعة ..."). Whoever a verb of saying introduces is the claimant, never
 * an argument of what they say. Sentences in titles and headline lists are skipped.
 */
import { allowsEndpoints, type EntityType, type RelationType } from '../../graph-schema/schema.ts';
import { connectiveWords, formerPosts, packFor, PACKS, postCopulas } from '../extract/lang/index.ts';
import { NAMES } from '../extract/lang/names.ts';
import type { ExtractedRelation } from '../extractor.ts';
import type { Sentence, Span } from '../types.ts';
import {
  afterContactRelative,
  afterRelativePronoun,
  claimAt,
  type ClaimContext,
  continuesPreviousClaimant,
  imitatedBy,
  inLeadingParticiple,
  sameClause,
  SAYING_RELATIVE_AFTER_COMMA,
  type CueMatch,
  unnamedSpeakerBetween,
} from './claims.ts';
import { matchesOf } from '../regex-matches.ts';
import { describedAsAnotherKind, modifiesKindNoun } from './appositions.ts';
import { ARABIC_CUES } from './cues.ts';
import { confidenceOf, settleClaim } from './modality.ts';
import {
  agentOfAnotherVerb,
  closesObjectRelative,
  comparedWith,
  incidentMeansToAttacker,
  insideClosedRelative,
  objectOfEarlierVerb,
  usesToTheirAttacker,
} from './clause-roles.ts';
import {
  alternation,
  ARABIC_SAYING_CLAUSE,
  ORGANIZATION_CUE_BEFORE,
  RELATIVE_PRONOUNS,
  SPEECH_VERB_AFTER,
} from './patterns.ts';
import { ANY_SPACE, openingWord } from './articles.ts';
import { opensClause } from './clause-openings.ts';
import { sponsorshipEnd } from './demonyms.ts';
import { NAMING } from './names-arabic.ts';
import { isHackOf, isOccasion } from './events.ts';
import { isArabicIncidentNoun } from './incident-objects.ts';
import { incidentOfSentence } from './unstated-responsibility.ts';
import { inPlaceCompound } from './place-compounds.ts';
import { POSSESSIVE_GAP, VICTIM_HOLDING_NOUN } from './possessives.ts';
import { masculinePronounDisagrees } from './pronoun-agreement-ar.ts';
import { findTitledEmployees } from './titles.ts';
import { DESCRIPTION_WITH_PRONOUN, OBJECT_PRONOUN_OPENING, PRONOUN_SUBJECT_BEFORE } from './pronouns.ts';
import { arabicTolerant, escapeRegExp, hasArabic, spellingKey, within, wordsBetween } from './text.ts';
import {
  describesName,
  findTriggers,
  joiningWords,
  readsVerbFirst,
  startsWithTrigger,
  type TriggerMatch,
  type TriggerSpec,
} from './triggers.ts';
import type { EntityMention } from './types.ts';
import {
  agentRightAfter,
  agentRightBefore,
  passiveAgentsAfter,
  readUnvowelledPassives,
} from './arabic-passives.ts';

const MAX_LEFT_WORDS = 14;
const MAX_RIGHT_WORDS = 10;
const CANDIDATES_PER_SIDE = 4;
/** Any of the packs' definite articles ("the", "le", "l'"), with any space after it. */
const DEFINITE_ARTICLE = openingWord(connectiveWords('definiteArticles'), ANY_SPACE);
/** The same, a space after a whole one and none after an elided one ("le ", "l'"). */
const DEFINITE_ARTICLE_GLUED = openingWord(connectiveWords('definiteArticles'), {
  full: String.raw`\s+`,
  elided: '',
});

/** Quotes, brackets and semicolons close the clause a trigger's arguments must share; so does a comma on the right. */
const LEFT_BARRIER = /[();«“]|["»”],/u;
/**
 * "قالت إن X عضو في Y وإنه عمل لحساب Z": a clause joined by "و" with a pronoun subject ("وإنه",
 * "وأنها") has a subject of its own; no name on one side of it is an argument of a trigger on
 * the other.
 */
const PRONOUN_SUBJECT_CLAUSE = /(?:^|\s)[وف](?:أنه|إنه|أنها|إنها|أنهم|إنهم)(?:\s|$)/u;
/**
 * "وقال مدير شركة X إن الهجوم استهدف Y": the bare "إن" after a verb of saying opens what is said,
 * whose subject comes after it; no name of the saying clause is an argument of a trigger in the
 * statement (with a pronoun joined, "إنها", the speaker may speak of itself: SELF_REFERENCE).
 */
const SAID_THAT = /(?:^|\s)[وف]?إن\s/u;
/**
 * "استهدفت X حلف الناتو، كما استهدفت Y": "كما" ("as well") opens a clause with a verb and a
 * subject of its own, said or left out; the object of the clause before it is none of them.
 */
const ALSO_CLAUSE = /(?:^|[\s،,])[وف]?كما\s+$/u;
/**
 * A language's relative pronoun of the subject and, optionally, an auxiliary of a compound past or
 * of a passive before the verb (the pack's `connectives.subjectRelatives`, `perfectAuxiliaries`
 * and `passiveAuxiliaries`), each followed by its spaces.
 */
function relativeAndAuxiliary(lang: 'en' | 'fr'): string {
  const { subjectRelatives, perfectAuxiliaries, passiveAuxiliaries } = packFor(lang).connectives;
  return String.raw`(?:${alternation(subjectRelatives)})\s+(?:(?:${alternation([...passiveAuxiliaries, ...perfectAuxiliaries])})\s+)?`;
}
/** A passive's auxiliary right before its participle ("were", "ont été"; `passiveAuxiliaries`). */
const PASSIVE_AUXILIARY_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:${alternation(connectiveWords('passiveAuxiliaries'))})\s+$`,
  'iu',
);
/**
 * "X is not aware of any actors that have used Y": a relative pronoun right after a common noun
 * past the name makes that noun the subject of the verb; right after the name's own noun
 * ("APT28 hackers that used Y") the name still is. A passive is read alike: in "X and the
 * organisations that have been targeted by Y", the noun is what Y targeted, not X.
 */
const RELATIVE_OF_NOUN_BEFORE = new RegExp(
  String.raw`\s\S+\s+\p{Ll}+\s+${relativeAndAuxiliary('en')}(?:\p{Ll}+ly\s+)?$`,
  'u',
);
/**
 * "ce n'est pas X mais des hacktivistes qui ont piraté Y": the same in French, "qui" after a
 * common noun past the name; not a noun in apposition to the name ("X, un groupe qui a piraté Y").
 */
const FRENCH_RELATIVE_OF_NOUN_BEFORE = new RegExp(
  String.raw`(?<![,،])\s\S+\s+\p{Ll}+\s+${relativeAndAuxiliary('fr')}$`,
  'u',
);
/**
 * "الجهة التي نفذت الهجوم": a relative pronoun right after a common noun past the name makes that
 * noun the verb's subject; an adjective of relation there ("الكورية الشمالية التي") still
 * qualifies the name, and a pronoun ("موسكو هي التي دبرت") restates it.
 */
const ARABIC_RELATIVE_OF_NOUN_BEFORE = new RegExp(
  String.raw`\s(?!(?:${alternation(packFor('ar').connectives.restatingPronouns)})\s)(?![\u0621-\u064a]*(?:ي|يه|ية)\s)[\u0621-\u064a]+\s+(?:${alternation(packFor('ar').connectives.subjectRelatives)})\s+$`,
  'u',
);
/** "X التي نسبت": a relative pronoun alone between a name and the verb it is the subject of. */
const ARABIC_RELATIVE_RIGHT_BEFORE = new RegExp(
  String.raw`^\s+(?:${alternation(packFor('ar').connectives.subjectRelatives)})\s+$`,
  'u',
);
/**
 * "X يقود شبكات من القراصنة تعمل ضد Y", "X تبيع برمجيات تستهدف Y": an Arabic verb in the present
 * right after an indefinite noun describes that noun (Arabic needs no relative pronoun after one):
 * the noun, a plural in "ات" or a noun and a partitive "من" with a definite noun, is its subject,
 * unless it names the name's incidents. The verb is the trigger itself or stands right before it
 * ("تعمل ضد").
 */
const ARABIC_VERB_OF_INDEFINITE_NOUN =
  /\s[\u0621-\u064a]+\s+(?!ال|لل|[وفبك]ال)([\u0621-\u064a]{2,}ات|[\u0621-\u064a]{3,}(?=\s+من\s+ال[\u0621-\u064a]+))(?:\s+من\s+ال[\u0621-\u064a]+)?\s+[وف]?[يت][\u0621-\u064a]{2,}\s+$/u;

/** Whether the trigger's verb, or the verb right before it, describes an indefinite noun after the name. */
function describesIndefiniteNoun(text: string, mention: Span, trigger: Span): boolean {
  const verb = /^[\u0621-\u064a]+/u.exec(text.slice(trigger.start, trigger.end))?.[0] ?? '';
  const gap = text.slice(mention.end, trigger.start);
  const noun = (ARABIC_VERB_OF_INDEFINITE_NOUN.exec(gap) ??
    ARABIC_VERB_OF_INDEFINITE_NOUN.exec(`${gap}${verb} `))?.[1];
  // "X تشن هجمات تستهدف Y": the name's own attacks; what they target, it targets.
  return noun !== undefined && !isArabicIncidentNoun(noun);
}

/** Words that end a description inside a list item: past them, a name is no longer the item. */
const NOT_DESCRIPTIVE = String.raw`(?:of|on|in|by|for|with|from|to|at|which|who|that|de|du|des|d['’]\S*|à|au|aux|par|pour|avec|sur|dans|en|qui|que|dont)`;
/** "et", "and", "as well as": the conjunctions before a list's last item (Arabic joins with "و"). */
const LIST_COORDINATORS = alternation(connectiveWords('listCoordinators'));
/** "to", "à", "إلى": the preposition before the party a thing goes to, or before a listener. */
const RECIPIENT_PREPOSITIONS = connectiveWords('recipientPrepositions');
const TO = alternation(RECIPIENT_PREPOSITIONS);
/** The same in Arabic script, where a word of any kind may stand between it and the party ("إلى مجموعة X"). */
const ARABIC_TO = alternation(RECIPIENT_PREPOSITIONS.filter(hasArabic));
/** The same in Latin script, where one lower-case noun may ("au groupe APT28"). */
const LATIN_TO = alternation(RECIPIENT_PREPOSITIONS.filter((word) => !hasArabic(word)));
const POST_PREPOSITIONS = connectiveWords('postPrepositions');
/** A preposition of recipient as a word of its own, in any of its spellings. */
const RECIPIENT_IN_GAP = new RegExp(
  String.raw`(?:^|[^\p{L}\p{M}])(?:${arabicTolerant(TO)})(?![\p{L}\p{M}])`,
  'u',
);
const APART_POST_PREPOSITIONS = POST_PREPOSITIONS.filter((word) => word.length > 1);
/** "لوكالة رويترز", "لرويترز": a preposition glued to the name, or to its descriptor, ends the gap before it. */
const GLUED_RECIPIENT_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:${alternation(POST_PREPOSITIONS.filter((word) => hasArabic(word) && word.length === 1))})$`,
  'u',
);
/** "إلى رئيس", "au directeur de": a preposition written apart, right before the post. */
const POST_PREPOSITION_BEFORE =
  APART_POST_PREPOSITIONS.length > 0
    ? new RegExp(
        String.raw`(?:^|[^\p{L}\p{M}])(?:${arabicTolerant(alternation(APART_POST_PREPOSITIONS))})\s+$`,
        'u',
      )
    : undefined;
/** "لرئيس": a one-letter preposition glued to the post, after a conjunction or not. */
const GLUED_POST_PREPOSITIONS = POST_PREPOSITIONS.filter((word) => word.length === 1);
const POST_PREPOSITION_GLUED =
  GLUED_POST_PREPOSITIONS.length > 0
    ? new RegExp(String.raw`^[وف]?(?:${alternation(GLUED_POST_PREPOSITIONS)})\p{L}{2}`, 'u')
    : undefined;

/** Whether the trigger is a post taken by a preposition, so that it is not said of a name before it. */
function postOfAnother(text: string, trigger: TriggerMatch): boolean {
  if (trigger.spec.role !== true) return false;
  return (
    (POST_PREPOSITION_BEFORE?.test(text.slice(Math.max(0, trigger.start - 24), trigger.start)) ?? false) ||
    (POST_PREPOSITION_GLUED?.test(text.slice(trigger.start, trigger.end)) ?? false)
  );
}
/**
 * "برقية من X إلى رئيس Y", "X wrote to the mayor of Y": a post right after the preposition of a
 * recipient (and an article) is the recipient's, never held by a name before it; "رسالة من مدير Y
 * إلى X": nor by the recipient named after the post's organisation.
 */
const RECIPIENT_LAST = new RegExp(
  String.raw`(?:^|\s)(?:${arabicTolerant(TO)})(?:\s+(?:${alternation(connectiveWords('appositionArticles'))}))?\s*$`,
  'iu',
);
/** A year in brackets after a list item ("Henkel (2014), BASF (2015) and Bayer (2018)"). */
const DATED_ITEM = String.raw`(?:\(\d{4}\)\s*)?`;
/**
 * Between two items of a list: a comma or a conjunction, then an article or a possessive, which
 * may open a short description ("Maersk, le laboratoire américain Merck et TNT", "and the Danish
 * shipper", "or their malware X").
 */
/**
 * "the USA, allied countries and the Middle East": an item the text names by a plural common
 * noun, one or two lower-case words and no article, between a comma and the list's closing
 * conjunction.
 */
const UNNAMED_ITEM = String.raw`(?:[,،]\s*(?:\p{Ll}[\p{Ll}-]*\s+)?\p{Ll}[\p{Ll}-]*s\s+(?=(?:${LIST_COORDINATORS})\s))`;
const COORDINATION = new RegExp(
  String.raw`^\s*${DATED_ITEM}(?:${UNNAMED_ITEM}|[,،]\s*)?(?:(?:${LIST_COORDINATORS})\s+)?(?:(?:(?:the|their|its|le|la|les|un|une|an?)(?![\p{L}])|l['’])\s*(?:(?!${NOT_DESCRIPTIVE}\s)[\p{L}-]+\s+){0,3})?[و]?$`,
  'u',
);
/**
 * "ميرسك وشركة ميرك وشركة سان غوبان": an Arabic list item may repeat its kind noun after "و";
 * the kinds are the cue nouns that name an organisation, a group or a program without quotes. The
 * item before may end on its adjective of origin ("ميرك الأمريكية وشركة سان غوبان").
 */
const ARABIC_KIND_AFTER_AND = new RegExp(
  String.raw`^\s*(?:ال[\u0621-\u064a]+(?:ي|ية|يه)\s+)?(?:[,،]\s*)?و(?:ال)?(?:${ARABIC_CUES.filter(
    (cue) => !cue.quotedOnly && cue.type !== 'Person' && !cue.phrase.includes(' '),
  )
    .map((cue) => cue.phrase)
    .join('|')})\s+$`,
  'u',
);
/** "A, B and C, all part of Y": a comma and a quantifier, then the apposition every item shares. */
const QUANTIFIED_APPOSITION = new RegExp(
  String.raw`^\s*[,،]\s*(?:${alternation(connectiveWords('listQuantifiers'))})\s+$`,
  'iu',
);
/** What closes a list whose items are separated by commas ("A, B et C"); without it, a comma opens an apposition. */
const LIST_CLOSER = new RegExp(
  String.raw`^\s*${DATED_ITEM}(?:${UNNAMED_ITEM}|[,،]\s*)?(?:${LIST_COORDINATORS})\s|^\s*[و]`,
  'u',
);
/**
 * "TNT, filiale de FedEx, ont été touchés": an apposition closed before the verb of the name
 * before it; an abbreviation's points ("which U.S. officials say ...") close nothing.
 */
const APPOSITION_BEFORE_TRIGGER = /^\s*[,،](?:[^,،;:.()]|(?<=\p{Lu})\.){1,150}[,،]\s*(?:\p{Ll}+\s+){0,4}$/u;
/**
 * "Sandworm, which experts link to the GRU, in a campaign that lasted months, attacked
 * Ukrenergo": a relative clause and one more phrase between commas, and the subject is still the
 * name before them (a list, "A, B et C, filiale de D, ont", opens with no relative pronoun).
 */
const RELATIVE_AND_PHRASE_BEFORE_TRIGGER =
  /^\s*,\s*(?:which|who|that|qui|que|dont)\s[^,;:.()]{1,150},[^,;:.()]{1,150},\s*(?:\p{Ll}+\s+){0,4}$/iu;
const RIGHT_BARRIER = /[();,،]|["»”],/u;
/**
 * "le maire de Lorient, M. Durand", "المتحدث باسم بلدية X، مارك ديفيس": the comma and maybe a
 * civility, then the post's holder.
 */
const HOLDER_AFTER_COMMA = new RegExp(
  String.raw`^\s*[,،]\s*(?:(?:${alternation(NAMES.civilities)})\s*)?$`,
  'u',
);

/** "the Advanced Persistent Threat (APT) group X": an acronym in brackets glosses the words before it and closes no clause. */
const BRACKETED_ACRONYM = /\s\(\p{Lu}{2,6}s?\)(?=\s)/gu;
/** "قال ... إن X": what follows the conjunction is the statement, not the speaker. */
const THAT_CLAUSE = /(?:^|\s)(?:أن|أنه|أنها|إن|إنه|إنها)(?:\s|$)/u;
/** "وكان X قد أكد": between the subject and its verb of saying, at most the auxiliary "قد". */
const PLUPERFECT_AUXILIARY = /^[^\p{L}\p{N}]*(?:قد[^\p{L}\p{N}]+)?$/u;
/** "that it", "qu'elle", "أنها": "that" and a subject pronoun, by which a speaker speaks of itself. */
const SELF_PRONOUNS = connectiveWords('selfPronouns');
const ARABIC_SELF_PRONOUNS = SELF_PRONOUNS.filter(hasArabic)
  .sort((a, b) => b.length - a.length)
  .join('|');
/**
 * "X had confirmed that it was ...", "X avait affirmé qu'elle ...", "وكان X قد أكد ... أنه كان":
 * a pronoun opening the reported clause stands for the speaker, who speaks of itself.
 */
const SELF_REFERENCE = new RegExp(
  String.raw`^\s*(?:${alternation(SELF_PRONOUNS.filter((pronoun) => !hasArabic(pronoun)))})(?![\p{L}])|^[^,،.;:!?]{0,60}?(?:^|\s)[وف]?(?:${ARABIC_SELF_PRONOUNS})\s+(?:${alternation(connectiveWords('selfPronounVerbs'))})(?![\p{L}])`,
  'iu',
);
/**
 * "وزعمت مجموعة X أنها اخترقت Y": in Arabic the pronoun joined to "أن"/"إن" stands for the
 * speaker when the verb after it states a relation (the group claims its own act).
 */
const ARABIC_SELF_PRONOUN = new RegExp(
  String.raw`^[^,،.;:!?]{0,60}?(?:^|\s)[وف]?(?:${ARABIC_SELF_PRONOUNS})\s+(?:قد\s+)?`,
  'u',
);

/**
 * "X told reporters that it ...", "X a assuré aux journalistes qu'il ...": up to three words of
 * the listener, then "that" and a pronoun (the packs' Latin `selfPronouns` with their
 * conjunction), by which the speaker speaks of itself past whom it told.
 */
const SELF_REFERENCE_PAST_LISTENER = new RegExp(
  String.raw`^\s+(?:[\p{L}\p{N}'’.-]+\s+){1,3}?(?:${alternation(
    SELF_PRONOUNS.filter((pronoun) => !hasArabic(pronoun) && /[\s'’]/u.test(pronoun)),
  )})(?![\p{L}])`,
  'iu',
);

/** Whether the words after a verb of saying open with a pronoun that stands for its speaker. */
function speaksOfItself(after: string): boolean {
  if (SELF_REFERENCE.test(after) || SELF_REFERENCE_PAST_LISTENER.test(after)) return true;
  const pronoun = ARABIC_SELF_PRONOUN.exec(after);
  return pronoun !== null && startsWithTrigger(after.slice(pronoun[0].length));
}
/**
 * "X, a researcher at Y, said", "X, which U.S. officials blame, later denied": the subject is the
 * name before the apposition, or before two with the verb right after them ("X, chairman of Y,
 * one of the utilities hit, said"); words between a second comma and the verb make that stretch
 * a clause of its own ("X, the group blamed for Y, was not behind Z, researchers said").
 */
const APPOSITION_BEFORE_VERB =
  /^\s*,(?!\s*(?:and|or|et|ou)\s)(?:[^,;:.()]|(?<=\p{Lu})\.){1,150},\s*(?:(?:[\p{Ll}]+\s+){0,2}|(?!\s*(?:and|or|et|ou)\s)(?:[^,;:.()]|(?<=\p{Lu})\.){1,150},\s*)$/u;
/** "..., said Mandia." / "..., a déclaré X": a subject after its verb closes the clause. */
const CLAUSE_END = /^\s*(?:[,.;:!?»”"]|$)/u;
/**
 * "..., a indiqué un responsable de X à l'AFP": whom the speaker told, maybe after a definite
 * article, before the clause ends.
 */
const LISTENER_AFTER_SPEAKER = new RegExp(
  String.raw`^\s+(?:${TO})\s+${DEFINITE_ARTICLE}?[\p{L}\p{N}'’-]+(?=\s*[,.;:!?]|\s*$)`,
  'u',
);
/** "..., a indiqué à l'AFP un porte-parole de X": whom the speaker told, before the speaker. */
const LISTENER_BEFORE_SPEAKER = new RegExp(
  String.raw`^\s*(?:${TO})\s+${DEFINITE_ARTICLE}?[\p{L}\p{N}'’-]+(?=\s)`,
  'u',
);
const MAX_APPOSITION_WORDS = 16;
/** Words of time right after a verb of saying, before the speaker it names ("a indiqué mardi X"). */
const TIME_BEFORE_SPEAKER = new RegExp(
  String.raw`^\s*(?:${alternation(PACKS.flatMap((pack) => pack.claims.timesBeforeSpeaker))})(?=\s)`,
  'iu',
);
const ARTICLE_BEFORE_NAME = String.raw`(?:(?:${alternation(connectiveWords('definiteArticles'))})\s*)?`;
/** ", la Lettonie": a comma and at most an article between two names of a list. */
const LIST_NEXT_ITEM = new RegExp(String.raw`^\s*,\s*${ARTICLE_BEFORE_NAME}$`, 'iu');
/** ", et la Lituanie": the coordinator before a list's last name. */
const LIST_LAST_ITEM = new RegExp(
  String.raw`^\s*,?\s*(?:${LIST_COORDINATORS})\s+${ARTICLE_BEFORE_NAME}$`,
  'iu',
);
/** A comma and a closing quotation mark right after a name: the quotation ends on it. */
const QUOTE_CLOSED_AFTER = /^\s*[,،]\s*["»”]/u;
/**
 * A comma, then words before a name: the name is inside an apposition of the name before the
 * comma; not a list's last item (", and Mandiant"), as in APPOSITION_BEFORE_VERB.
 */
const INSIDE_APPOSITION = /^\s*[,،](?!\s*(?:and|or|et|ou)\s)[^,،;:.()]*[\p{L}\p{N}][^,،;:.()]*$/u;
/**
 * "charged X, a programmer, with working for Y": an apposition closed by a second comma, then
 * words that open no second one (no apposition article), leaves the trigger in the main clause.
 */
const APPOSITION_CLOSED = new RegExp(
  String.raw`^\s*[,،][^,،;:.()]+[,،]\s*(?!(?:${alternation(connectiveWords('appositionArticles'))})\s)[\p{L}\p{M}'’-]+\s[^,،]*$`,
  'iu',
);
/**
 * "X, a researcher at Y, said", "..., said X, head of Y": the relations by which the sentence
 * names a person's post at a body, in whose name the person then speaks.
 */
const SPEAKS_FOR: ReadonlySet<RelationType> = new Set(['WORKS_FOR', 'LEADS']);
/**
 * A post no longer held (the packs' `roles.formerPosts`, right before the post or glued to it:
 * "ancien directeur de", "former director of", "ex-agent du"): its holder speaks for themselves.
 */
const FORMER_POST_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${alternation(formerPosts())})\s*$`,
  'iu',
);
const FORMER_POST_OPENING = new RegExp(String.raw`^(?:${alternation(formerPosts())})`, 'iu');
/** The charge right after the accused in Arabic: "ب" attached to its verbal noun ("باختراق"). */
const ACCUSED_THEN_CHARGE = /^\s+ب[\u0621-\u064a]/u;
/**
 * "اتُّهمت روسيا بالوقوف وراء X، حين قالت لندن وواشنطن إن ...": a clause of time after a passive
 * accusation, its verb of saying (or of accusing) right after the conjunction, names the accuser
 * as that verb's subject; a kind noun ("شركة") may stand before the name. The conjunctions are
 * the packs' `claims.laterAccusers`.
 */
const LATER_ACCUSER = new RegExp(
  String.raw`[،,]\s*[وف]?(?:${PACKS.flatMap((pack) => pack.claims.laterAccusers)
    .map((phrase) => arabicTolerant(escapeRegExp(phrase)))
    .join('|')})\s+(?:${PACKS.flatMap((pack) => pack.claims.saying)
    .filter(hasArabic)
    .map((phrase) => arabicTolerant(escapeRegExp(phrase)))
    .join('|')})\s+(?:[^\s,،.]+\s+)?$`,
  'u',
);
/** "told Reuters": verbs of saying whose object is the listener, never the speaker. */
const LISTENER_VERBS: ReadonlySet<string> = new Set(PACKS.flatMap((pack) => pack.claims.listenerVerbs));
/**
 * "..., en révélant que", "، مؤكدة أن": gerunds and participles of saying whose subject is the
 * main clause's, before them; Arabic spelled without marks, hamza or a clitic "و".
 */
const SUBJECT_BEFORE_VERBS: ReadonlySet<string> = new Set(
  PACKS.flatMap((pack) => pack.claims.subjectBeforeVerbs).map(spellingKey),
);

function isSubjectBeforeVerb(words: string): boolean {
  const plain = spellingKey(words);
  return (
    SUBJECT_BEFORE_VERBS.has(plain) || (/^[وف]/u.test(plain) && SUBJECT_BEFORE_VERBS.has(plain.slice(1)))
  );
}

/** "according to an official who spoke to Le Monde": past such a verb, a name is the listener. */
const LISTENER_VERB = new RegExp(
  String.raw`(?<![\p{L}])[وف]?(?:${alternation([...LISTENER_VERBS])})(?![\p{L}])`,
  'iu',
);
/**
 * Scales the confidence of a relation with an end named only through a reference ("The group
 * targeted NATO"): the reference is read as the last entity of its type named shortly before,
 * a guess a name never needs, and one that fails when the text turns to an actor it has not
 * named. 0.8 keeps such a relation below the same statement made with names (an asserted trigger
 * of strength 0.9 goes from 0.77 to 0.61) and above a hedged one (0.45).
 */
export const REFERENCE_STRENGTH = 0.8;
/**
 * Between a role and its organisation, a department: words that name nothing, in lower case or
 * in the title case of a field (the names packs' `technicalTerms`: "Director of Incident
 * Response at X"), then a preposition of place ("head of research at X", "directrice de la
 * recherche chez X", "رئيس قسم الأبحاث في X", "مدير التحليل في X"),
 * or a noun for a department and "of"/"de" ("chef du service de presse de X").
 */
const DEPARTMENT_GAP = new RegExp(
  String.raw`^\s*${DEFINITE_ARTICLE}?(?:[\p{L}\p{M}-]+\s+){1,4}(?:at|with|chez|à|au sein de|auprès de)\s+${DEFINITE_ARTICLE}?$` +
    String.raw`|^\s*${DEFINITE_ARTICLE}?(?:department|division|team|unit|service|département|direction|équipe|cellule|pôle)\s+(?:[\p{Ll}\p{M}-]+\s+){0,3}(?:of|de|du|des|d['’])\s*${DEFINITE_ARTICLE}?$` +
    String.raw`|^\s*(?:قسم|إدارة|دائرة|فريق|وحدة)\s+(?:[\p{L}\p{M}]+\s+){0,3}(?:في|لدى)\s+(?:[\p{L}\p{M}]+\s+)?$` +
    // "مدير التحليل في X": a field with the article, not an adjective ("الرئيس التنفيذي في" heads X).
    String.raw`|^\s*ال[\p{L}\p{M}]+(?<![يةه])\s+(?:في|لدى)\s+(?:[\p{L}\p{M}]+\s+)?$`,
  'u',
);
/** "director of Kaspersky Lab's research team": the department named after the organisation's possessive. */
const DEPARTMENT_AFTER =
  /^['’]s\s+(?:[\p{Ll}-]+\s+){0,5}?(?:team|department|division|unit|group|lab|laboratory|center|centre)(?![\p{L}])/u;
/**
 * Between a post and a place, a lower-case noun and its "of" ("l'hospice des aliénés de", "the
 * hospital of"): the place qualifies that noun, which is what the post is over.
 */
const COMMON_NOUN_BEFORE_PLACE =
  /^\s*(?:(?:the|la|le|les|l['’])\s*)?\p{Ll}{3,}[\p{L}\p{M}\s'’-]*?(?:of|de|du|des|d['’])\s*(?:(?:the|la|le|les|l['’])\s*)?$/u;
/**
 * An incident named as the complement of another noun ("l'analyse du piratage de X par Y", "the
 * report on the hack of X by Y"): the agent after it is that noun's (who analysed, who reported).
 */
const COMPLEMENT_OF_NOUN_BEFORE =
  /(?<![\p{L}\p{M}])(?:du|des|de|d['’]|sur|of|on)\s*(?:(?:le|la|les|l['’]|the)\s*)?$/iu;
/**
 * "..., a précisé à l'AFP un porte-parole de X", "..., said a spokesman for X": after a comma and
 * a verb, a post with an indefinite article is its unnamed holder's, the subject set after its
 * verb; no name before the comma holds it ("X, un porte-parole de Y," and "X, qui est un ..." do).
 */
const POST_OF_INVERTED_SUBJECT =
  /[,،]\s*(?!(?:qui|who|which)\s)[^\s,،]+\s+(?:[^,،]*\s)?(?:un|une|a|an)\s+$/iu;
/**
 * "Paul Morel a rencontré le directeur de X", "Paul Morel had met the director of X", "se présente
 * contre le candidat de X": a post right after a compound tense's participle or a preposition of
 * meeting or opposing, and an article, is that verb's or preposition's object, someone else's
 * post. After "été", "been" or "become" it is the subject's ("Paul Morel a été le directeur de X").
 */
const POST_AS_OBJECT =
  /(?:^\s+(?:a|ont|avait|avaient|has|have|had)\s+(?!(?:été|been|become)\s)\p{Ll}+|(?<![\p{L}\p{M}])(?:contre|avec|against|with))\s+(?:le|la|les|un|une|des|l['’]|the|a|an)\s*$/iu;
/**
 * "Pierre Morel met the director of X", "Pierre Morel rencontre le directeur de X": a post and
 * its article right after the subject's one verb, when that verb is none of the packs'
 * `roles.postCopulas` ("became", "est"), is that verb's object, someone else's post.
 */
const POST_AFTER_VERB = new RegExp(
  String.raw`^\s+(?!(?:${alternation(postCopulas())})\s)\p{Ll}+\s+(?:le|la|les|un|une|l['’]|the|a|an)\s*$`,
  'iu',
);
/** "l'unité 74455 du GRU": the French "of" between a name and the body completing it. */
const NAME_COMPLEMENT_GAP = /^\s+(?:du|des|de\s+la|de\s+l['’]|d['’])\s*$/iu;
/** A preposition of place right before a name: "in Ukraine", "en Russie", "في أوكرانيا". */
const LOCATIVE_BEFORE = /(?<![\p{L}\p{M}])(?:in|at|from|inside|dans|en|à|depuis|في|فى|من|داخل)\s+$/iu;
/** "According to a report published by X" leaves a few words between the cue and its source. */
const SOURCE_REACH = 4;
const CLAIMANT_TYPES: ReadonlySet<EntityType> = new Set([
  'Person',
  'Organization',
  'ThreatActor',
  'Location',
]);
const INDICATOR_TARGETS: ReadonlySet<EntityType> = new Set([
  'Domain',
  'Url',
  'Email',
  'IpAddress',
  'Account',
  'Hash',
  'Hashtag',
  'Malware',
  'Vulnerability',
]);

/**
 * A relation a sentence states without trigger words (an apposition, a compound adjective):
 * framed by the sentence's claims like a trigger's, with `spec` standing for the words at `at`.
 */
export interface StatedRelation {
  type: RelationType;
  source: EntityMention;
  target: EntityMention;
  at: Span;
  spec: TriggerSpec;
  /** The argument written before the words that state it. */
  before: EntityMention;
}

/** Finds the relations one sentence states without trigger words; `mentions` are the sentence's, sorted by start. */
export interface SentenceProducer {
  name: string;
  find: (text: string, mentions: readonly EntityMention[]) => StatedRelation[];
}

export interface RelationInput {
  text: string;
  sentences: readonly Sentence[];
  /** Named, event and anaphoric mentions, sorted by start. */
  mentions: readonly EntityMention[];
  /** Whether a span lies where no relation may come from (titles, headline lists). */
  isSilent: (span: Span) => boolean;
  /** The claim cues of each sentence, by sentence index (see findSentenceCues in ./claims.ts). */
  cues: readonly (readonly CueMatch[])[];
  /** Relations stated without trigger words, each sentence framed like its triggers. */
  producers: readonly SentenceProducer[];
}

/**
 * The relations stated in each sentence, and the claimant keys of each sentence by index (for
 * relations found elsewhere, e.g. impersonation).
 */
export function extractRelations(input: RelationInput): {
  relations: ExtractedRelation[];
  claimants: string[][];
} {
  const relations: ExtractedRelation[] = [];
  const claimants: string[][] = [];
  let previousClaimants: string[] = [];
  input.sentences.forEach((sentence, index) => {
    if (input.isSilent(sentence)) {
      claimants[index] = [];
      previousClaimants = [];
      return;
    }
    const mentions = within(input.mentions, sentence);
    const cues = input.cues[index] ?? [];
    const carried = continuesPreviousClaimant(sentence) ? previousClaimants : [];
    const found = sentenceRelations(input.text, sentence, mentions, cues, carried, input.producers);
    relations.push(...found.relations);
    claimants[index] = found.claimants;
    // "Le spécialiste ajoute ..." may come after sentences without a claimant: keep the last one known.
    if (found.claimants.length > 0) previousClaimants = found.claimants;
  });
  return { relations, claimants };
}

interface SentenceResult {
  relations: ExtractedRelation[];
  claimants: string[];
}

interface Pending {
  relation: Omit<ExtractedRelation, 'assertedBy' | 'modality' | 'confidence'>;
  trigger: TriggerMatch;
  /** The argument written before the trigger, if any. */
  before: EntityMention | undefined;
  /** Who the trigger verb says makes the statement ("X attributed Y to Z"). */
  subjects: string[];
  /** Whether an end is named only through a reference ("the group") resolved to an earlier name. */
  referred: boolean;
  /** "attribuée à X par les enquêteurs": made by someone the sentence does not name. */
  byUnnamedAgent?: true;
}

function sentenceRelations(
  text: string,
  sentence: Sentence,
  mentions: readonly EntityMention[],
  cues: readonly CueMatch[],
  carried: readonly string[],
  producers: readonly SentenceProducer[],
): SentenceResult {
  const arabic = hasArabic(sentence.text);
  const found = findTriggers(text, sentence.start, sentence.end);
  const triggers = (arabic ? readUnvowelledPassives(text, found, mentions) : found).filter(
    (trigger) =>
      !mentions.some(
        (mention) =>
          mention.start <= trigger.start && trigger.end <= mention.end && mention.entity.type !== 'Event',
      ),
  );
  const speakers = new Map<CueMatch, EntityMention>();
  for (const cue of cues) {
    const speaker =
      cue.claimant === 'none' ? undefined : claimantFor(text, sentence, cue, mentions, arabic, triggers);
    if (speaker) speakers.set(cue, speaker);
  }
  relaySpeakers(text, cues, speakers);
  participleSpeakers(text, sentence, cues, speakers);
  // "Microsoft and Google said ...": every name listed with the speaker speaks too.
  const coSpeakers = new Map(
    [...speakers].map(([cue, speaker]) => [speaker, listedWith(text, cue, speaker, mentions)] as const),
  );
  // "X said that it was hit": the speaker is also what it speaks about.
  const selfReporting = new Set(
    [...speakers.keys()].filter(
      (cue) => cue.kind === 'reported' && speaksOfItself(text.slice(cue.end, sentence.end)),
    ),
  );
  // Who says something is not what they say it about ("The FBI said the gang was responsible").
  const reporters = new Set(
    [...speakers]
      .filter(([cue]) => (cue.kind === 'reported' || cue.kind === 'unconfirmed') && !selfReporting.has(cue))
      .map(([, speaker]) => speaker),
  );
  // "Google linked the campaign against NATO to APT28": who makes the attribution is no party of
  // a relation written inside what it attributes.
  const attributors = triggers
    .filter(
      (trigger) =>
        trigger.spec.after !== undefined &&
        trigger.spec.types.includes('ATTRIBUTED_TO') &&
        // "Iran was accused by Washington of being behind X": the name before a passive is the accused.
        !PASSIVE_AUXILIARY.test(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start)),
    )
    .map((trigger) => ({ trigger, subjects: verbSubjects(text, trigger, mentions, arabic) }));
  const pending: Pending[] = [];
  // "APT 28 المرتبطة بالاستخبارات ... كانت وراء": the thing an affiliation clause describes is the subject.
  const heads = new Map<EntityMention, EntityMention>();
  for (const trigger of triggers) {
    // "The servers were compromised": the subject of a passive is the object, and no agent is named.
    // "a source of compromised accesses": a participle after a determiner is an adjective.
    // "the identification of targets against X": a verb in -s after a determiner is a plural noun.
    if (
      isPassiveParticiple(text, sentence, trigger) ||
      isAdjectivalParticiple(text, sentence, trigger) ||
      isPluralNoun(text, sentence, trigger)
    )
      continue;
    // "According to a researcher at Dragos": the role is an unnamed speaker's, whose employer is the claimant.
    if (
      trigger.spec.apposable === true &&
      describesUnnamedSpeaker(text, trigger, speakers.values(), mentions)
    )
      continue;
    // ... but "Selon X, chercheur chez Y" gives the speaker a role, and a group may claim an attack;
    // "قال مختبر المواطن التابع لجامعة تورنتو إن ...": a qualifier right after the speaker, past
    // the name it glosses in brackets ("مختبر المواطن (Citizen Lab) التابع"), or past a comma
    // ("قالت شركة كاسبرسكي، ومقرها موسكو، إن"), describes it.
    const speaking =
      trigger.spec.apposable === true ||
      trigger.spec.selfClaim === true ||
      trigger.spec.claimsOwnDeed === true
        ? []
        : [...speakers]
            .filter(
              ([cue, speaker]) =>
                reporters.has(speaker) &&
                cue.start <= trigger.start &&
                !(
                  arabic &&
                  trigger.spec.describesNearest === true &&
                  /^\s*(?:\([^()]*\)\s*)?،?\s*$/u.test(text.slice(speaker.end, trigger.start))
                ),
            )
            .flatMap(([, speaker]) => [
              speaker,
              ...(coSpeakers.get(speaker) ?? []),
              ...speakerBodyBefore(text, speaker, mentions),
            ]);
    // "X attributed Y to Z", "X blamed Z for Y": X states it and is no argument of it.
    // "X, which Microsoft has linked to Y": the relative clause's subject states it.
    // "نُسب X من قبل Y إلى Z": the agent of an Arabic passive is no object of the verb read as
    // active; of a verb of attribution, it makes the claim. (A trigger whose one source follows
    // it, "ضحية هجوم من قبل Y", takes the agent as that source.)
    const agents =
      arabic &&
      trigger.spec.passive !== true &&
      (trigger.spec.source === 'left' || trigger.spec.after !== undefined)
        ? passiveAgentsAfter(text, trigger, mentions)
        : [];
    const agentBefore = arabic ? agentRightBefore(text, trigger, mentions) : undefined;
    if (agentBefore) agents.push(agentBefore);
    const subjects = [
      ...(trigger.spec.after
        ? verbSubjects(text, trigger, mentions, arabic)
        : trigger.spec.agentFirst === true
          ? passiveAgent(text, trigger, mentions)
          : relativeSubject(text, trigger, mentions)),
      ...agents.filter(
        (agent) => trigger.spec.types.includes('ATTRIBUTED_TO') && CLAIMANT_TYPES.has(agent.entity.type),
      ),
    ];
    // "the Berlin-based think tank": the place of a compound adjective is no argument.
    const candidates = mentions.filter(
      (mention) =>
        !speaking.includes(mention) &&
        !subjects.includes(mention) &&
        !agents.includes(mention) &&
        // "A group mimicking X targeted Y": X is only what the imitation (IMPERSONATES) is of.
        !(!trigger.spec.types.includes('IMPERSONATES') && imitatedBy(cues, text, mention)) &&
        !inPlaceCompound(text, mention) &&
        // "Hackers stole files from X and hit Y": the intruders hit Y, not the incident on X.
        !(mention.deed === true && mention.end <= trigger.start) &&
        !(
          mention.end <= trigger.start && insideClosedRelative(text, sentence.start, mention, trigger.start)
        ) &&
        !attributors.some(
          (attribution) =>
            attribution.trigger !== trigger &&
            attribution.trigger.end <= trigger.start &&
            attribution.subjects.includes(mention),
        ),
    );
    // "X was responsible": after a form of "to be" only ("the agency responsible" names no one).
    const pairs = trigger.spec.incidentOfSentence
      ? PASSIVE_AUXILIARY.test(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start))
        ? incidentOfSentence(text, sentence, trigger, candidates)
        : []
      : argumentPairs(text, trigger, candidates, heads, arabic, triggers, sentence.lang === 'en');
    if (trigger.spec.qualifiesHead) {
      for (const pair of pairs) heads.set(pair.target, pair.source);
    }
    for (const found of pairs.flatMap(forEveryEntity).flatMap(targetedOccasion)) {
      const pair = attributedUse(text, found) ?? found;
      pending.push({
        relation: {
          type: departmentType(text, trigger, pair) ?? pair.type,
          source: pair.source.entity.key,
          target: pair.target.entity.key,
          evidence: { start: sentence.start, end: sentence.end },
        },
        trigger,
        before: [pair.source, pair.target].find((mention) => mention.end <= trigger.start),
        subjects: [
          ...new Set(
            (subjects.length > 0 ? subjects : trailingAgent(text, pair, mentions)).map(
              (subject) => subject.entity.key,
            ),
          ),
        ],
        referred: pair.source.anaphoric === true || pair.target.anaphoric === true,
        ...(subjects.length === 0 && unnamedTrailingAgent(text, sentence, trigger, pair, mentions)
          ? { byUnnamedAgent: true as const }
          : {}),
      });
    }
  }

  for (const producer of producers) {
    for (const stated of producer.find(text, mentions)) {
      pending.push({
        relation: {
          type: stated.type,
          source: stated.source.entity.key,
          target: stated.target.entity.key,
          evidence: { start: sentence.start, end: sentence.end },
        },
        trigger: { spec: stated.spec, start: stated.at.start, end: stated.at.end },
        before: stated.before,
        subjects: [],
        referred: stated.source.anaphoric === true || stated.target.anaphoric === true,
      });
    }
  }

  const stated = attributionsToWhole(
    incidentMeansToAttacker(
      text,
      usesToTheirAttacker(text, meansToTheirUser(text, pending)),
      triggers,
      mentions,
    ),
  );
  // "Dragos researcher Joe Slowik said": a post before the name employs its speaker too.
  const titled = findTitledEmployees(text, mentions);
  const employers = (person: string) => [
    ...new Set([
      ...stated
        .filter(
          (item) =>
            SPEAKS_FOR.has(item.relation.type) &&
            item.relation.source === person &&
            // "Paul Girard, un ancien officier du FSB, a démenti": a former post speaks for no one.
            !FORMER_POST_BEFORE.test(text.slice(Math.max(0, item.trigger.start - 12), item.trigger.start)) &&
            !FORMER_POST_OPENING.test(text.slice(item.trigger.start, item.trigger.end)),
        )
        .map((item) => item.relation.target),
      ...titled.filter((item) => item.person.entity.key === person).map((item) => item.employer.entity.key),
    ]),
  ];
  /** The speaker, and for a person the organisations the sentence says they work for or head. */
  const claimantsOf = (cue: CueMatch | undefined): string[] => {
    const speaker = cue ? speakers.get(cue) : undefined;
    if (!speaker) return [];
    return [
      speaker.entity.key,
      ...(coSpeakers.get(speaker) ?? []).map((other) => other.entity.key),
      ...(speaker.entity.type === 'Person' ? employers(speaker.entity.key) : []),
    ];
  };

  /** "the ministry's spokesman X denied": a person denies in the name of the organisations they work for. */
  const denierFor = (denier: EntityMention): string[] =>
    denier.entity.type === 'Person' ? employers(denier.entity.key) : [];

  const relations: ExtractedRelation[] = [];
  const sentenceClaimants = new Set<string>();
  for (const item of stated) {
    // "X, chercheur chez Y": a role in apposition is the article's statement, whatever frames the sentence.
    // A possessive ("Google's Threat Analysis Group") qualifies a name: the article's own words, like an apposition.
    // "X, an organization working under Y,": a description in apposition is the article's own, too.
    const apposed =
      item.trigger.spec.qualifiesName === true ||
      (item.trigger.spec.apposable === true &&
        (item.before === undefined ||
          (/^\s*[,،]/u.test(text.slice(item.before.end, item.trigger.start)) &&
            !APPOSITION_CLOSED.test(text.slice(item.before.end, item.trigger.start))))) ||
      (describesName(item.trigger.spec) &&
        item.before !== undefined &&
        NOUN_IN_APPOSITION.test(text.slice(item.before.end, item.trigger.start))) ||
      // "tied to the Tailored Access Operations (TAO) unit of the NSA": a noun written right after
      // the name describes it within its own phrase, whatever the verb before says.
      (item.trigger.spec.headsName === true &&
        item.before !== undefined &&
        gapPastBracketedName(text, item.before, item.trigger.start, mentions).trim() === '');
    const framing = apposed
      ? cues.filter(
          (cue) =>
            (cue.start >= (item.before?.end ?? item.trigger.start) && cue.end <= item.trigger.start) ||
            // "the allegedly Russia-linked group": a hedge written right before the words that
            // qualify a name hedges them.
            (cue.kind === 'suspected' &&
              item.before !== undefined &&
              cue.end <= item.before.start &&
              /^\s*$/u.test(text.slice(cue.end, item.before.start))),
        )
      : cues;
    // "X, membre présumé du groupe Y": a hedge among the trigger's own words hedges it.
    const ownHedge = cues.find(
      (cue) => cue.kind === 'suspected' && cue.start > item.trigger.start && cue.end <= item.trigger.end,
    );
    const claim = ownSubjectsClaim(
      text,
      item,
      mentions,
      ownHedge
        ? claimAt(
            [...framing.filter((cue) => cue !== ownHedge), ownHedge].sort((a, b) => a.start - b.start),
            ownHedge.end,
            text,
          )
        : claimAt(framing, item.trigger.start, text),
    );
    if (claim.unstated) continue;
    let claimants = claimantsOf(claim.claimCue);
    // "ووفقا لمجلة X، يُرجح أن ...": a verb of suspicion with no subject; the source holds it.
    if (claimants.length === 0) claimants = claimantsOf(claim.outerClaimCue);
    // "وقالت وكالة X نقلا عن مصادر إن ...": a source no name is given for, cited right after a
    // named speaker, is relayed by that speaker, who vouches for it in the text.
    if (claimants.length === 0) claimants = claimantsOf(relayingCue(text, claim.claimCue, framing, speakers));
    if (claimants.length === 0 && carried.length > 0 && !apposed) claimants = [...carried];
    if (item.subjects.length > 0 && claim.modality !== 'denied') claimants = [...item.subjects];
    // "X has not claimed responsibility for the hack": not claiming an act is saying nothing of
    // it, no denial.
    if (
      (item.trigger.spec.selfClaim === true || item.trigger.spec.claimsOwnDeed === true) &&
      claim.modality === 'denied' &&
      claim.cue?.kind === 'negated'
    )
      continue;
    // "أعلنت X مسؤوليتها عن ...": the group's own word.
    const selfClaim =
      (item.trigger.spec.selfClaim === true || item.trigger.spec.claimsOwnDeed === true) &&
      (claim.modality === 'asserted' || claim.modality === 'reported');
    const selfClaimant =
      item.trigger.spec.claimsOwnDeed === true ? item.relation.source : item.relation.target;
    const { modality, assertedBy, confidence } = settleClaim({
      source: item.relation.source,
      target: item.relation.target,
      modality:
        selfClaim ||
        (claim.modality === 'asserted' &&
          (claimedBySubject(item.trigger.spec) ||
            claimedByRelativeSubject(text, sentence, item.trigger) ||
            item.byUnnamedAgent === true))
          ? 'reported'
          : claim.modality,
      claimants: selfClaim ? [selfClaimant] : claimants,
      // "X a affirmé qu'il avait été visé": the speaker's word about itself.
      selfReport:
        selfClaim ||
        (claim.claimCue !== undefined &&
          selfReporting.has(claim.claimCue) &&
          claim.claimCue.end <= item.trigger.start),
      // A relation whose end is named only through a reference ("the group") is less certain.
      strength: item.trigger.spec.strength * (item.referred ? REFERENCE_STRENGTH : 1),
    });
    for (const key of assertedBy) sentenceClaimants.add(key);
    const denier =
      modality === 'denied' && claim.cue
        ? speakers.get(claim.cue.kind === 'denied' ? claim.cue : (claim.claimCue ?? claim.cue))
        : undefined;
    // "a nié être à l'origine de l'attaque contre le Bundestag": a trigger inside an incident's
    // designation is part of what is denied, the incident, not an act of the denier's own; a
    // passive's agent named after "من قبل" ("نفت Z اختراق X من قبل Y") is the accused, and the
    // act is denied as the others are.
    const designation =
      denier && item.trigger.spec.passive !== true
        ? mentions.find(
            (mention) =>
              mention.entity.type === 'Event' &&
              mention.start <= item.trigger.start &&
              item.trigger.end <= mention.end,
          )
        : undefined;
    const sourceType = mentions.find((mention) => mention.entity.key === item.relation.source)?.entity.type;
    const denied = designation?.entity.key ?? accusedEnd(item.relation, sourceType, denier?.entity.key);
    // "X denied being behind Y" says no more than that X denies Y: the denial alone is kept.
    const selfDenial =
      designation !== undefined ||
      (item.relation.type === 'ATTRIBUTED_TO' && denier?.entity.key === item.relation.target);
    // "TA505 never used Emotet": negated in the article's own voice, with no one denying, the
    // text rejects the relation; it is no one's denial and no evidence for an edge.
    const rejected = modality === 'denied' && denier === undefined && assertedBy.length === 0;
    if (!selfDenial && !rejected) {
      relations.push({ ...item.relation, modality, confidence, assertedBy });
    }
    if (denier && denier.entity.key !== denied) {
      relations.push(denial(denier.entity.key, denied, item.relation.evidence, denierFor(denier)));
    }
  }
  for (const cue of cues) {
    const denier = speakers.get(cue);
    if (
      !denier ||
      relations.some((relation) => relation.type === 'DENIES' && relation.source === denier.entity.key)
    )
      continue;
    const negation = cue.kind === 'reported' ? negationOf(text, cue, cues, mentions, denier) : undefined;
    if (cue.kind !== 'denied' && !negation) continue;
    const deniable = (mention: EntityMention) =>
      (mention.entity.type === 'Event' || mention.entity.type === 'ThreatActor') &&
      mention.entity.key !== denier.entity.key;
    // "X a assuré ne pas être à l'origine de Y": what the speaker says it did not do.
    const from = negation?.end ?? cue.end;
    // "X a assuré que son entreprise n'avait pas payé et que ... l'attaque contre Y": past a new
    // clause, a name is no object of the negated verb.
    // "رفضت X القول ما إذا كانت Y ...", "X refused to say whether Y ...": a name inside a question
    // the speaker leaves open is nothing it denies.
    const ahead = mentions.find(
      (mention) =>
        mention.start >= from &&
        sameClause(cues, from, mention.start) &&
        deniable(mention) &&
        !(negation && NEW_CLAUSE.test(text.slice(from, mention.start))) &&
        !cues.some(
          (open) =>
            open.kind === 'open' &&
            from <= open.start &&
            open.start <= mention.start &&
            mention.end <= open.end,
        ),
    );
    // "..., which Tehran denied" / "وهو ما نفته طهران": the incident named before the denial.
    const object =
      ahead ??
      (negation
        ? undefined
        : mentions.findLast(
            (mention) => mention.end <= cue.start && mention.entity.type === 'Event' && deniable(mention),
          ));
    if (object)
      relations.push(
        denial(
          denier.entity.key,
          object.entity.key,
          { start: sentence.start, end: sentence.end },
          denierFor(denier),
        ),
      );
  }
  if (sentenceClaimants.size === 0) {
    for (const cue of speakers.keys()) {
      if (cue.kind !== 'unconfirmed') for (const key of claimantsOf(cue)) sentenceClaimants.add(key);
    }
  }
  return { relations, claimants: [...(sentenceClaimants.size > 0 ? sentenceClaimants : carried)] };
}

/** Between a speaker and the source it cites: a comma at most ("قالت X نقلا عن", "ذكرت X، نقلا عن"). */
const RELAYED_SOURCE_GAP = /^\s*[,،]?\s*$/u;

/**
 * The cue of the named speaker who cites an unnamed source right after its own name: "وقالت
 * وكالة رويترز نقلا عن مصادر أمنية إن ...", "ذكرت صحيفة X، نقلا عن مسؤولين، أن ...".
 */
function relayingCue(
  text: string,
  source: CueMatch | undefined,
  cues: readonly CueMatch[],
  speakers: ReadonlyMap<CueMatch, EntityMention>,
): CueMatch | undefined {
  if (!source || source.kind !== 'reported' || speakers.has(source)) return undefined;
  return cues.find((cue) => {
    const speaker = speakers.get(cue);
    return (
      cue !== source &&
      cue.kind === 'reported' &&
      cue.end <= source.start &&
      speaker !== undefined &&
      speaker.end <= source.start &&
      RELAYED_SOURCE_GAP.test(text.slice(speaker.end, source.start))
    );
  });
}

/** Relations that hold of a whole when they hold of a part of it. */
const PASSED_TO_WHOLE: ReadonlySet<RelationType> = new Set(['ATTRIBUTED_TO', 'LOCATED_IN']);

/**
 * "suspected of being tied to the Tailored Access Operations unit of the NSA", "headquartered at
 * Lubyanka Square in Moscow": what is attributed to, or located in, a part the sentence names as
 * part of a whole (after the relation's words) is attributed to, or located in, the whole too,
 * under the same words and claim.
 */
function attributionsToWhole(pending: readonly Pending[]): Pending[] {
  const parts = pending.filter((item) => item.relation.type === 'PART_OF');
  const stated = (type: RelationType, source: string, target: string) =>
    pending.some(
      (item) =>
        item.relation.type === type && item.relation.source === source && item.relation.target === target,
    );
  const toWhole = pending.flatMap((item) =>
    !PASSED_TO_WHOLE.has(item.relation.type)
      ? []
      : parts
          .filter(
            (part) =>
              part.relation.source === item.relation.target &&
              part.trigger.start > item.trigger.end &&
              part.relation.target !== item.relation.source &&
              !stated(item.relation.type, item.relation.source, part.relation.target),
          )
          .map((part) => ({ ...item, relation: { ...item.relation, target: part.relation.target } })),
  );
  return [...pending, ...toWhole];
}

/**
 * "Several firms have linked X with Y", "an indictment identified X as Y": an active verb of
 * attribution with both ends after it is always its subject's claim, named or not.
 */
function claimedBySubject(spec: TriggerMatch['spec']): boolean {
  return spec.after !== undefined && spec.wordClass === 'verb' && spec.types.includes('ATTRIBUTED_TO');
}

/** A comma, a relative pronoun of the object, and its clause's subject: one to three words. */
const OBJECT_RELATIVE_SUBJECT = new RegExp(
  String.raw`[,،]\s*(?:${alternation(PACKS.flatMap((pack) => pack.claims.objectRelatives))})\s*(?:[\p{L}\p{M}'’-]+\s+){1,3}$`,
  'iu',
);

/**
 * "Turla, que plusieurs gouvernements rattachent au FSB,": a link whose verb has its object in
 * a relative pronoun before it is its subject's claim, named or not (a named one claims it:
 * relativeSubject).
 */
function claimedByRelativeSubject(text: string, sentence: Sentence, trigger: TriggerMatch): boolean {
  return (
    trigger.spec.types.includes('ATTRIBUTED_TO') &&
    trigger.spec.after === undefined &&
    OBJECT_RELATIVE_SUBJECT.test(text.slice(Math.max(sentence.start, trigger.start - 80), trigger.start))
  );
}

/**
 * "..., is possibly linked to X, but it covers Y, which BAE attributes to Z": who attributes a
 * relation with a verb of their own states it; a hedge written before them, across a comma,
 * belongs to another clause and leaves their statement reported.
 */
function ownSubjectsClaim(
  text: string,
  item: Pending,
  mentions: readonly EntityMention[],
  claim: ClaimContext,
): ClaimContext {
  if (claim.modality !== 'suspected' || !claim.cue || item.subjects.length === 0) return claim;
  const subject = mentions.findLast(
    (mention) => item.subjects.includes(mention.entity.key) && mention.end <= item.trigger.start,
  );
  if (!subject || claim.cue.end > subject.start || !/[,;]/u.test(text.slice(claim.cue.end, subject.start))) {
    return claim;
  }
  return { modality: 'asserted' };
}

/** "used Zebrocy, a backdoor, against NATO": an apposition describing the tool stays in the clause. */
const TOOL_APPOSITION = /,\s*(?:an?|the)\s[^,;:()]{1,60},/u;

/**
 * "Sandworm used Industroyer against Ukrenergo": a tool named as what someone used is the means,
 * and whom it was used against is its user's target. A targeting whose source is the object of an
 * earlier use in the same clause is given to that use's subject instead ("APT28 used Zebrocy,
 * which later hit NATO" leaves the hit to Zebrocy). So is an infinitive of purpose after the
 * object of an earlier targeting: "APT28 hacked NATO to spy on the OSCE" is APT28's aim, not NATO's.
 */
function meansToTheirUser(text: string, pending: readonly Pending[]): Pending[] {
  const uses = pending.filter((item) => item.relation.type === 'USES');
  const targetings = pending.filter((item) => item.relation.type === 'TARGETED');
  return pending.map((item) => {
    if (item.relation.type !== 'TARGETED') return item;
    const earlier = item.trigger.spec.id === 'purpose' ? [...uses, ...targetings] : uses;
    const use = earlier.find(
      (candidate) =>
        candidate.relation.target === item.relation.source &&
        candidate.trigger.end <= item.trigger.start &&
        !/[,;:()]/u.test(text.slice(candidate.trigger.end, item.trigger.start).replace(TOOL_APPOSITION, '')),
    );
    if (!use || use.relation.source === item.relation.target) return item;
    return {
      ...item,
      relation: { ...item.relation, source: use.relation.source },
      referred: item.referred || use.referred,
    };
  });
}

/**
 * "According to a researcher at Dragos", "un analyste de Sekoia affirme": a role noun right
 * before a speaking organisation, with no one named holding it, describes an unnamed speaker.
 * The organisation is the claimant, never an argument of the role, which relates no one.
 */
function describesUnnamedSpeaker(
  text: string,
  trigger: TriggerMatch,
  speakers: Iterable<EntityMention>,
  mentions: readonly EntityMention[],
): boolean {
  return [...speakers].some((speaker) => {
    if (speaker.entity.type === 'Person' || speaker.start < trigger.end) return false;
    const between = text.slice(trigger.end, speaker.start);
    if (wordsBetween(text, trigger.end, speaker.start) > 1 || /[,،;:.()]/u.test(between)) return false;
    // "le directeur de l'ANSSI, Guillaume Poupard": the role has a holder, named after it.
    const holder = mentions.find((mention) => mention.start >= speaker.end);
    return !(
      holder?.entity.type === 'Person' &&
      (/^\s*،?\s*$/u.test(text.slice(speaker.end, holder.start)) ||
        HOLDER_AFTER_COMMA.test(text.slice(speaker.end, holder.start)))
    );
  });
}

/** An auxiliary of the passive right before a participle, maybe with an adverb: "were (later) compromised", "a été ciblé". */
const PASSIVE_AUXILIARY =
  /(?<![\p{L}])(?:is|are|was|were|be|been|being|get|gets|got|été|être)\s+(?:\p{Ll}+ly\s+|\p{Ll}+ment\s+)?$/iu;
/** The last word of a trigger when it is a past participle: "compromised", "ciblée". */
const PARTICIPLE = /(?:ed|é|ée|és|ées)$/iu;

/**
 * "The servers of X were compromised": a verb whose source is written before it, in the
 * passive, has its object there instead; the agent, if any, comes with "by", which other
 * triggers read ("compromised by").
 */
function isPassiveParticiple(text: string, sentence: Sentence, trigger: TriggerMatch): boolean {
  return (
    trigger.spec.source === 'left' &&
    trigger.spec.after === undefined &&
    PARTICIPLE.test(text.slice(trigger.start, trigger.end)) &&
    PASSIVE_AUXILIARY.test(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start))
  );
}

/**
 * "users/customers of ", "operators of the ": a common noun the next name completes. A country's
 * government, regime or state stands for the country itself ("the government of North Korea was
 * responsible").
 */
const NOUN_OF =
  /(?:^|\s)(?!(?:government|regime|state|authorities|military|leadership|administration)\s)\p{Ll}[\p{Ll}/-]{2,}\s+of\s+(?:the\s+)?$/u;
/** How close to the trigger the completed noun's name must be to be the trigger's subject. */
const SUBJECT_NOUN_WORDS = 2;

/**
 * Whether `mention` completes a common noun ("users of TrickBot") that is the subject of the
 * trigger right after it ("... are linked to X"): the name is then no argument of the trigger.
 */
function completesSubjectNoun(text: string, mention: EntityMention, trigger: TriggerMatch): boolean {
  const gap = text.slice(mention.end, trigger.start);
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  return (
    wordsBetween(text, mention.end, trigger.start) <= SUBJECT_NOUN_WORDS &&
    !/[,;:()]/u.test(gap) &&
    NOUN_OF.test(before) &&
    // "The systems of Harbour Bank were breached by X": what an attack reaches is the owner's.
    !(trigger.spec.types.includes('TARGETED') && VICTIM_HOLDING_OF.test(before))
  );
}
/** A passive's auxiliary (`connectives.passiveAuxiliaries`) and its spaces, right before the trigger. */
const PASSIVE_AUXILIARY_ONLY = String.raw`\s+(?:${alternation(connectiveWords('passiveAuxiliaries'))})\s+$`;
/** "'s network was ", " booking systems had been " (after "its"): the owner, its holding, the auxiliary. */
const HOLDING_SUBJECT_AFTER_OWNER = new RegExp(
  String.raw`^(?:['’]s?)?\s+${VICTIM_HOLDING_NOUN}${PASSIVE_AUXILIARY_ONLY}`,
  'iu',
);
const AUXILIARY_ONLY = new RegExp(String.raw`^${PASSIVE_AUXILIARY_ONLY}`, 'iu');

/**
 * Whether `mention` is an organisation owning the holding that is the subject of the passive
 * `trigger`: "X's network was", "its systems had been" (the possessive resolved to X), "the
 * systems of X were".
 */
function ownsHoldingSubject(text: string, mention: EntityMention, trigger: TriggerMatch): boolean {
  if (mention.entity.type !== 'Organization') return false;
  const gap = text.slice(mention.end, trigger.start);
  return (
    HOLDING_SUBJECT_AFTER_OWNER.test(gap) ||
    (AUXILIARY_ONLY.test(gap) &&
      VICTIM_HOLDING_OF.test(text.slice(Math.max(0, mention.start - 40), mention.start)))
  );
}
/** "the systems of ", "the patient data of the ": one of the packs' `references.victimHoldings` its owner completes. */
const VICTIM_HOLDING_OF = new RegExp(
  String.raw`(?<![\p{L}])${VICTIM_HOLDING_NOUN}\s+of\s+(?:the\s+)?$`,
  'iu',
);

/** Capitalised names, as a bracket of aliases lists them: "APT28, Sofacy and Fancy Bear". */
const ALIAS_NAMES = String.raw`\p{Lu}[\p{L}\p{N}.-]*(?:(?:\s+|\s*,\s*|\s+(?:and|or)\s+)\p{Lu}[\p{L}\p{N}.-]*)*`;
/** A bracket of aliases right after a name: "the Main Centre (GTsST)", "APT28 (also known as Fancy Bear)". */
const ALIASES_AFTER = new RegExp(
  String.raw`^\s*\(\s*(?:(?:also\s+known\s+as|aka|a\.k\.a\.|formerly|or)\s+)?${ALIAS_NAMES}\s*\)`,
  'u',
);

/**
 * The text between a name and the trigger after it, read for barriers: a bracket glossing the
 * name or listing its aliases right after it ("the Main Centre (GTsST), a unit of the GRU",
 * "APT28 (also known as Fancy Bear) targeted") is none; the names inside the bracket stay behind it.
 */
function leftGap(
  text: string,
  mention: EntityMention,
  trigger: TriggerMatch,
  mentions: readonly EntityMention[],
): string {
  return gapPastBracketedName(text, mention, trigger.start, mentions)
    .replace(ALIASES_AFTER, '')
    .replace(SCARE_QUOTED, '$1');
}

/** "a “toolset” used by": a common noun in quotes is a word of the clause, not a quotation closing it. */
const SCARE_QUOTED = /[“"](\p{Ll}[\p{Ll}-]*)[”"]/gu;

/** A preposition, maybe with "the", right before a name: the name is that preposition's object. */
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:of|for|to|with|from|on|at|in|into|against|about)\s+(?:the\s+)?$/iu;
/** ", and is known for", "and later": a verb phrase joined by "and" whose subject is left out. */
const COORDINATED_VERB_PHRASE =
  /^\s*,?\s+and\s+(?:(?!(?:the|a|an|its|their|his|her)\s)\p{Ll}[\p{Ll}-]*\s+){0,4}$/u;

/**
 * Whether `mention` is the object of a preposition in a clause that "and" joins to the trigger's
 * verb phrase ("X promotes the interests of the Russian government, and is known for hacking
 * Y"): the verb phrase shares the first clause's subject, never that object.
 */
function objectBeforeCoordinatedVerb(text: string, mention: EntityMention, trigger: TriggerMatch): boolean {
  return (
    COORDINATED_VERB_PHRASE.test(text.slice(mention.end, trigger.start)) &&
    PREPOSITION_BEFORE.test(text.slice(Math.max(0, mention.start - 20), mention.start))
  );
}

/**
 * An English trigger opening on a past participle ("located in", "attributed to"), which can
 * describe a noun. French participles follow too many auxiliaries ("serait lié", "lui-même
 * attribué") to be told from a noun by one word.
 */
const PARTICIPLE_FIRST = /^\p{L}+ed(?![\p{L}])/iu;
/** The lower-case word right before a trigger, quoted or not ("a “toolset” used by"). */
const WORD_BEFORE = /(?:^|\s)["“‘]?(\p{Ll}[\p{Ll}-]*)["”’]?\s+$/u;
/** Words before a participle that are no noun it could describe: auxiliaries, conjunctions, pronouns, adverbs. */
const NOT_NOUNS = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'has',
  'have',
  'had',
  'get',
  'gets',
  'got',
  'seem',
  'seems',
  'appear',
  'appears',
  'remain',
  'remains',
  'become',
  'becomes',
  'became',
  'and',
  'or',
  'but',
  'nor',
  'which',
  'that',
  'who',
  'not',
  'never',
  'also',
  'later',
  'since',
  'then',
  'now',
  'once',
  'first',
  'often',
  'both',
  'all',
  'already',
  'still',
  'even',
  'just',
  'soon',
  'itself',
  'themselves',
  'himself',
  'herself',
  'held',
  'found',
  'thought',
  'seen',
  'deemed',
  'considered',
  'believed',
  'suspected',
  'long',
  'well',
  'ever',
  'again',
  'last',
  'twice',
  'most',
  'more',
  'less',
]);
/** Adverbs of manner are no nouns either: "widely attributed". */
const ADVERB = /ly$/u;
/**
 * "والرئيس الأمريكي جو بايدن": in Arabic a title's adjectives, definite like it, stand between
 * it and the name it belongs to.
 */
const ARABIC_TITLE_ADJECTIVES = /^(?:\s+ال[\u0621-\u0652]+){1,2}\s+$/u;
/**
 * "X, a malware attributed to Y": the name before the apposition the noun heads (opened by one of
 * the packs' `connectives.appositionArticles`), its kind noun after it at most ("the X malware,
 * a toolset used by Y").
 */
/** A possessive, then a lower-case noun phrase: "Russia's military intelligence agency". */
const POSSESSOR_OF_COMMON_NOUN = /^['’]s?\s+\p{Ll}/u;
const NOUN_IN_APPOSITION = new RegExp(
  String.raw`^(?:\s+\p{Ll}+)?\s*,\s*(?:${alternation(connectiveWords('appositionArticles'))})\s+[^,;:.()]{0,60}$`,
  'iu',
);
/**
 * "..., filiale de", "..., une unité du": a description opening an apposition, after an article
 * at most (", est nommé directeur de" follows the comma that closes an apposition).
 */
const DESCRIPTION_IN_APPOSITION = /[,،]\s*(?:(?:an?|the|une?|la|le|l['’])\s*)?$/u;
/** "par Mandiant", "by the FBI": an agent preposition and maybe an article, right before a name. */
const AGENT_BEFORE_NAME = new RegExp(
  String.raw`(?:^|\s)(?:${alternation(connectiveWords('agentPrepositions'))})\s+${DEFINITE_ARTICLE}?$`,
  'iu',
);
/** "... to", "... aux": the second complement of a verb of linking, right after its agent. */
const LINKED_TO = new RegExp(String.raw`^\s+(?:${TO})\s+(?:\p{Ll}+\s+){0,1}$`, 'iu');

/**
 * "APT28 was linked by Mandiant to attacks on NATO", "relié par Mandiant aux attaques contre
 * l'OTAN": the agent of the passive between its verb and "to" is who makes the link, a
 * claimant, never the subject of what follows.
 */
function agentOfLinkBefore(text: string, mention: EntityMention, trigger: TriggerMatch): boolean {
  return (
    AGENT_BEFORE_NAME.test(text.slice(Math.max(0, mention.start - 20), mention.start)) &&
    LINKED_TO.test(text.slice(mention.end, trigger.start))
  );
}
/** ", attribuées à APT28 par Mandiant,": a comma opening the participle's clause, somewhere before the agent. */
const CLAUSE_OPENED_BEFORE = /[,،][^,،;:.]*$/u;
/**
 * The rest of that clause (a complement, a date: at most four words), the comma closing it, then at
 * most two lower-case words (an auxiliary, an adverb) before the verb; an article there (the packs'
 * `connectives.appositionArticles`) opens an apposition ("sold by SolarWinds, a company based in
 * Austin"), which describes the agent.
 */
const CLAUSE_CLOSED_BEFORE_VERB = new RegExp(
  String.raw`^(?:\s+[^\s,،;:.()]+){0,4}\s*[,،]\s*(?!(?:${alternation(connectiveWords('appositionArticles'))})\s)(?:\p{Ll}[\p{Ll}'’-]*\s+){0,2}$`,
  'iu',
);

/**
 * "Ces attaques, attribuées à APT28 par Mandiant, ont visé l'OTAN", "The campaign, described by
 * Mandiant last week, targeted NATO": the agent of a participle set off by commas says who made
 * the link or the report; the verb after the closing comma has the subject before the clause,
 * never that agent.
 */
function agentOfParticipleClause(text: string, mention: EntityMention, trigger: TriggerMatch): boolean {
  const before = text.slice(Math.max(0, mention.start - 80), mention.start);
  return (
    !describesName(trigger.spec) &&
    AGENT_BEFORE_NAME.test(text.slice(Math.max(0, mention.start - 20), mention.start)) &&
    CLAUSE_OPENED_BEFORE.test(before) &&
    CLAUSE_CLOSED_BEFORE_VERB.test(text.slice(mention.end, trigger.start))
  );
}
/** What may stand between a name and the comma of its apposition: its acronym in brackets, a closing bracket or quote. */
const NAME_BEFORE_COMMA = /^\s*(?:\([^()]{1,40}\))?[\s)»”"]*$/u;

/**
 * "Microsoft a racheté Alpha, filiale de Beta": a description opening an apposition is said of
 * the name right before its comma, or of nothing when no name ends there (here "Alpha" is no
 * recognised name, and Microsoft is no subsidiary of Beta).
 */
function describedByApposition(text: string, mention: EntityMention, trigger: TriggerMatch): boolean {
  const opener = DESCRIPTION_IN_APPOSITION.exec(text.slice(Math.max(0, trigger.start - 40), trigger.start));
  if (!opener) return true;
  const comma = trigger.start - opener[0].length;
  return mention.end <= comma && NAME_BEFORE_COMMA.test(text.slice(mention.end, comma));
}

/**
 * Whether a trigger that can qualify a noun follows a common noun, which it then describes: an
 * English participle ("a campaign attributed to"), or "behind" / "responsible for" ("the actors
 * behind TrickBot").
 */
function describesCommonNoun(text: string, trigger: TriggerMatch, english: boolean): boolean {
  const qualifies =
    PARTICIPLE_FIRST.test(text.slice(trigger.start, trigger.end)) ||
    (english && trigger.spec.modifiesNoun === true);
  if (!qualifies) return false;
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, trigger.start - 40), trigger.start))?.[1];
  return word !== undefined && word.length > 2 && !NOT_NOUNS.has(word) && !ADVERB.test(word);
}

/** A determiner or a preposition right before an English participle, which makes it an adjective. */
const DETERMINER_BEFORE =
  /(?<![\p{L}])(?:a|an|the|of|with|from|for|on|in|into|by|to|some|these|those|their|its|his|her|our|any|all|many|several|other)\s+$/iu;

/** "the compromised servers", "a source of compromised accesses": no verb, so no relation. */
function isAdjectivalParticiple(text: string, sentence: Sentence, trigger: TriggerMatch): boolean {
  return (
    trigger.spec.source === 'left' &&
    /^\p{L}+ed$/iu.test(text.slice(trigger.start, trigger.end)) &&
    DETERMINER_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 20), trigger.start))
  );
}

/** "the identification of targets", "its exploits": a one-word verb in -s after a determiner or a preposition is a plural noun. */
function isPluralNoun(text: string, sentence: Sentence, trigger: TriggerMatch): boolean {
  return (
    trigger.spec.wordClass === 'verb' &&
    /^\p{L}+s$/iu.test(text.slice(trigger.start, trigger.end)) &&
    DETERMINER_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 20), trigger.start))
  );
}

/** "The two groups targeted X": a pair for each entity a plural reference stands for. */
function forEveryEntity(pair: ArgumentPair): ArgumentPair[] {
  const each = (mention: EntityMention): EntityMention[] => [
    mention,
    ...(mention.alsoFor ?? []).map((entity) => ({ ...mention, entity, alsoFor: [] })),
  ];
  return each(pair.source).flatMap((source) =>
    each(pair.target).flatMap((target) =>
      source.entity.key === target.entity.key ? [] : [{ ...pair, source, target }],
    ),
  );
}

/** How close a negation must follow a verb of saying to deny what the speaker itself did. */
const NEGATED_REPORT_WORDS = 3;

/**
 * "X a assuré ne pas être ...", "X said it was not ...", "قال إنه لم يكن ...": the negation
 * right after the verb of saying, with no one else named in between, denies the speaker's own part.
 */
function negationOf(
  text: string,
  cue: CueMatch,
  cues: readonly CueMatch[],
  mentions: readonly EntityMention[],
  speaker: EntityMention,
): CueMatch | undefined {
  return cues.find(
    (other) =>
      other.kind === 'negated' &&
      other.start >= cue.end &&
      wordsBetween(text, cue.end, other.start) <= NEGATED_REPORT_WORDS &&
      !/[,،;:.]/u.test(text.slice(cue.end, other.start)) &&
      !mentions.some(
        (mention) =>
          mention.entity.key !== speaker.entity.key && mention.start >= cue.end && mention.end <= other.start,
      ),
  );
}

/**
 * What a denial of a relation clears: the actor it accuses, never the victim. "denied that
 * APT28 was behind Y" clears APT28, the target of the attribution; "denied that APT40 hacked
 * Microsoft" clears APT40, the source of the act; "APT28 is tied to the GRU, a claim Moscow
 * denies" clears APT28, the actor an attribution ties to a sponsor, not the sponsor. A denier
 * who is the accused ("denied that it targeted X") denies the other end.
 */
function accusedEnd(
  relation: Pick<ExtractedRelation, 'type' | 'source' | 'target'>,
  sourceType: EntityType | undefined,
  denier: string | undefined,
): string {
  const accused =
    relation.type === 'ATTRIBUTED_TO' && sourceType !== 'ThreatActor' ? relation.target : relation.source;
  const other = accused === relation.target ? relation.source : relation.target;
  return denier === accused ? other : accused;
}

/** A denial is a claim of its own: the denier, the thing denied, modality denied. */
function denial(
  denier: string,
  object: string,
  evidence: Span,
  onBehalfOf: readonly string[],
): ExtractedRelation {
  return {
    type: 'DENIES',
    source: denier,
    target: object,
    modality: 'denied',
    confidence: confidenceOf('denied', 1),
    assertedBy: [denier, ...onBehalfOf.filter((key) => key !== denier)],
    evidence,
  };
}

/** The relation a role states when its object is a department of the organisation after it, if it is one. */
function departmentType(text: string, trigger: TriggerMatch, pair: ArgumentPair): RelationType | undefined {
  const type = trigger.spec.ofDepartment;
  const organisation = pair.target;
  if (!type || organisation.start < trigger.end) return undefined;
  if (
    !DEPARTMENT_GAP.test(text.slice(trigger.end, organisation.start)) &&
    !DEPARTMENT_AFTER.test(text.slice(organisation.end, organisation.end + 80))
  )
    return undefined;
  return allowsEndpoints(type, pair.source.entity.type, organisation.entity.type) ? type : undefined;
}

interface ArgumentPair {
  type: RelationType;
  source: EntityMention;
  target: EntityMention;
}

/** How many words a proxy phrase's object may lie past it ("on behalf of China's Ministry ..."). */
const PROXY_OBJECT_WORDS = 2;

function argumentPairs(
  text: string,
  trigger: TriggerMatch,
  mentions: readonly EntityMention[],
  heads: ReadonlyMap<EntityMention, EntityMention>,
  arabic: boolean,
  triggers: readonly TriggerMatch[],
  english: boolean,
): ArgumentPair[] {
  if (modifiesKindNoun(text, trigger)) return [];
  const maxLeft = trigger.spec.maxLeftWords ?? MAX_LEFT_WORDS;
  // "رسالة من X إلى رئيس بلدية Y": a post a preposition takes is another person's than any name before.
  const before = postOfAnother(text, trigger)
    ? []
    : mentions.filter((mention) => mention.end <= trigger.start);
  // A trigger that only says what kind of group a description names ("a hacking group linked to
  // Y": "hacking") stands behind nothing.
  const behindOtherTrigger = (mention: EntityMention) =>
    trigger.spec.describesNearest === true &&
    triggers.some(
      (other) =>
        other !== trigger &&
        other.start >= mention.end &&
        other.end <= trigger.start &&
        !modifiesKindNoun(text, other),
    );
  // "organizations located in the USA", "a new campaign attributed to APT41": a participle right
  // after a common noun describes that noun; a name is its argument only as that noun's own
  // modifier ("APT28 hackers", unless the trigger is said of the noun alone) or as the name the
  // noun's phrase stands in apposition to.
  const describesNoun = describesCommonNoun(text, trigger, english);
  // "The operators behind Turla used Reedcask", "Les pirates derrière Turla ont utilisé Reedcask":
  // "behind" after a noun (in any language, a reference right before it) ends on its object,
  // the first name after it; a name further on is the object of the sentence's verb. (A
  // participle after a noun may be the sentence's verb: "This campaign targeted X".)
  const qualifiesNoun =
    trigger.spec.modifiesNoun === true &&
    (describesNoun ||
      mentions.some(
        (mention) => mention.anaphoric === true && /^\s+$/u.test(text.slice(mention.end, trigger.start)),
      ));
  const reachable = before.filter(
    (mention) =>
      (describesNoun
        ? (trigger.spec.saysOfNounOnly !== true && wordsBetween(text, mention.end, trigger.start) <= 1) ||
          NOUN_IN_APPOSITION.test(text.slice(mention.end, trigger.start))
        : wordsBetween(text, mention.end, trigger.start) <= maxLeft) &&
      (!LEFT_BARRIER.test(leftGap(text, mention, trigger, mentions)) ||
        // "Costin Raiu (director of research at X)": a role in brackets right after the name is its holder's.
        (trigger.spec.role === true && /^\s*\(\s*$/u.test(text.slice(mention.end, trigger.start)))) &&
      !behindOtherTrigger(mention) &&
      !(
        trigger.spec.role === true && POST_OF_INVERTED_SUBJECT.test(text.slice(mention.end, trigger.start))
      ) &&
      !(trigger.spec.role === true && RECIPIENT_LAST.test(text.slice(mention.end, trigger.start))) &&
      !(trigger.spec.role === true && POST_AS_OBJECT.test(text.slice(mention.end, trigger.start))) &&
      !(
        trigger.spec.role === true &&
        mention.entity.type === 'Person' &&
        POST_AFTER_VERB.test(text.slice(mention.end, trigger.start))
      ) &&
      !(trigger.spec.holdingSubject === true && !ownsHoldingSubject(text, mention, trigger)) &&
      !agentOfLinkBefore(text, mention, trigger) &&
      !agentOfParticipleClause(text, mention, trigger) &&
      // "Zebrocy spread after it targeted X": a verb whose subject is a pronoun after a
      // subordinator has no name before it for subject; a pronoun given an antecedent is a
      // mention of its own, nearer.
      !(
        trigger.spec.source === 'left' &&
        trigger.spec.wordClass === 'verb' &&
        PRONOUN_SUBJECT_BEFORE.test(text.slice(mention.end, trigger.start))
      ) &&
      !(arabic && PRONOUN_SUBJECT_CLAUSE.test(text.slice(mention.end, trigger.start))) &&
      !(arabic && SAID_THAT.test(text.slice(mention.end, trigger.start))) &&
      !(arabic && ALSO_CLAUSE.test(text.slice(mention.end, trigger.start))) &&
      !(english && objectBeforeCoordinatedVerb(text, mention, trigger)) &&
      !objectOfEarlierVerb(text, mention, trigger, triggers) &&
      !comparedWith(text, mention, trigger) &&
      !(english && RELATIVE_OF_NOUN_BEFORE.test(text.slice(mention.end, trigger.start))) &&
      !(!english && !arabic && FRENCH_RELATIVE_OF_NOUN_BEFORE.test(text.slice(mention.end, trigger.start))) &&
      !(arabic && ARABIC_RELATIVE_OF_NOUN_BEFORE.test(text.slice(mention.end, trigger.start))) &&
      !(arabic && describesIndefiniteNoun(text, mention, trigger)) &&
      !(arabic && masculinePronounDisagrees(text, mention, trigger.start)),
  );
  // The subject of "A, filiale de B, ont été touchés" is A: what its apposition names is not.
  // A role or a description may itself stand in an apposition: its argument is the name before it.
  const apposed = (mention: EntityMention) =>
    !describesName(trigger.spec) &&
    reachable.some(
      (subject) =>
        subject.end <= mention.start &&
        (APPOSITION_BEFORE_TRIGGER.test(text.slice(subject.end, trigger.start)) ||
          RELATIVE_AND_PHRASE_BEFORE_TRIGGER.test(text.slice(subject.end, trigger.start))),
    );
  // "users of TrickBot are linked to X": the subject is the common noun the name completes.
  // "The hack of TV5Monde was carried out by X": a noun and name that are one name (an incident) are the subject.
  const insideLarger = (mention: EntityMention) =>
    reachable.some((other) => other.start < mention.start && other.end >= mention.end);
  const completesNoun =
    english &&
    reachable.some((mention) => !insideLarger(mention) && completesSubjectNoun(text, mention, trigger));
  const leftCandidates = (completesNoun ? [] : reachable)
    .filter((mention) => !apposed(mention))
    .filter((mention) => !describedAsAnotherKind(text, mention, trigger))
    .filter((mention) => !describesName(trigger.spec) || describedByApposition(text, mention, trigger))
    .filter(
      (mention) =>
        describesName(trigger.spec) ||
        heads.has(mention) ||
        arabic ||
        !objectOfDescription(text, mention, trigger, triggers, english),
    )
    // "the 2016 hack of the DNC using X-Agent": the victim an incident is named by used nothing.
    .filter((mention) => !(trigger.spec.types.includes('USES') && victimInIncident(mention, mentions)))
    // "a Kremlin-backed group that attacked X": the sponsor glued to its compound qualifies the
    // noun after it (./sponsorships.ts), and is never the subject of a verb.
    .filter((mention) => trigger.spec.wordClass !== 'verb' || sponsorshipEnd(text, mention) === undefined)
    // "L'unité 74455 du GRU a visé l'Ukraine": the unit acts; the body completing its name does not.
    .filter(
      (mention) =>
        trigger.spec.wordClass !== 'verb' ||
        describesName(trigger.spec) ||
        !reachable.some((head) => NAME_COMPLEMENT_GAP.test(text.slice(head.end, mention.start))),
    )
    .sort((a, b) => b.end - a.end || a.start - b.start)
    // A description ("unit of Y") is about the name right before it, never the subject that name describes.
    .map((mention) => (describesName(trigger.spec) ? mention : (heads.get(mention) ?? mention)))
    .slice(0, CANDIDATES_PER_SIDE);
  // A list of indicators may run to the end of the sentence; a single argument stays in its clause.
  const rest = mentions
    .filter((mention) => mention.start >= trigger.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const right = rest.filter(
    (mention) =>
      reachesRight(text, trigger, mention) &&
      !(
        trigger.spec.source === 'left' &&
        agentOfAnotherVerb(trigger.spec.types, text.slice(trigger.end, mention.start))
      ) &&
      // "The ministries that APT28 targeted shared the files with NATO": the verb's object is
      // the noun its relative clause describes; NATO is the main verb's.
      !(
        trigger.spec.source === 'left' &&
        trigger.spec.wordClass === 'verb' &&
        closesObjectRelative(text, trigger, mention)
      ) &&
      !ownsNext(text, mention, rest) &&
      // "charged X with hacking the water utility on behalf of Y": whom the deed served is named
      // right after a `proxy` phrase, never its target (English only: a French or Arabic proxy
      // phrase after the verb may describe its object, "ciblé des chercheurs travaillant pour ...").
      !(
        english &&
        trigger.spec.source === 'left' &&
        trigger.spec.types.includes('TARGETED') &&
        triggers.some(
          (other) =>
            other.spec.id === 'proxy' &&
            other.start >= trigger.end &&
            other.end <= mention.start &&
            wordsBetween(text, other.end, mention.start) <= PROXY_OBJECT_WORDS,
        )
      ) &&
      // "The operators behind it used PlugX": a pronoun right after a trigger that qualifies a
      // noun is its object, given an antecedent or not; a name further on is the next verb's.
      !(
        trigger.spec.modifiesNoun === true &&
        OBJECT_PRONOUN_OPENING.test(text.slice(trigger.end, mention.start))
      ) &&
      // "APT28 is linked to the hack of the Bundestag": the victim an incident is named by is
      // never what the actor answers to.
      !(
        trigger.spec.types.includes('ATTRIBUTED_TO') &&
        !trigger.spec.types.includes('TARGETED') &&
        victimInIncident(mention, mentions)
      ) &&
      (trigger.spec.agentFirst !== true || AFTER_AGENT.test(text.slice(trigger.end, mention.start))) &&
      // "a group run by Russia's military intelligence agency": what the group answers to is the
      // agency the text leaves unnamed, not the country whose possessive qualifies it.
      !(
        trigger.spec.types.includes('ATTRIBUTED_TO') &&
        mention.entity.type === 'Location' &&
        POSSESSOR_OF_COMMON_NOUN.test(text.slice(mention.end, mention.end + 40))
      ),
  );
  const { spec } = trigger;
  // "President Putin", "بالرئيس فلاديمير بوتن": a title right before a name belongs to that name;
  // what it heads is the organisation written just before the title, if any ("SolarWinds CEO X").
  const titled = right[0];
  if (
    spec.role === true &&
    titled?.entity.type === 'Person' &&
    (/^\s*$/u.test(text.slice(trigger.end, titled.start)) ||
      (arabic && ARABIC_TITLE_ADJECTIVES.test(text.slice(trigger.end, titled.start))))
  ) {
    const owner = leftCandidates.find((mention) =>
      /^(?:['’]s?)?\s*$/u.test(text.slice(mention.end, trigger.start)),
    );
    const pairs = owner ? spec.types.flatMap((type) => pairFor(type, titled, owner) ?? []) : [];
    return pairs.slice(0, 1);
  }
  // "Vladimir Putin, a former KGB officer,": the post's organisation right before it, and its
  // holder the person the apposition describes.
  const owner = spec.role === true ? leftCandidates[0] : undefined;
  if (owner && owner.entity.type !== 'Person' && /^\s*$/u.test(text.slice(owner.end, trigger.start))) {
    const holder = before.findLast(
      (mention) =>
        mention.end <= owner.start &&
        mention.entity.type === 'Person' &&
        ROLE_IN_APPOSITION.test(text.slice(mention.end, owner.start)),
    );
    const pair = holder && spec.types.map((type) => pairFor(type, holder, owner)).find(Boolean);
    if (pair) return [pair];
  }
  const allRight = right;
  // Words that describe the name right before them ("هيئة X التابعة لوزارة Y") are about that
  // name: when it and the name after them make a relation of one of the trigger's types, no
  // name further back is the source of another type ("اخترقت مجموعة Z هيئة X ...": Z is no part).
  const nearest = leftCandidates[0];
  const following = right[0];
  const left =
    spec.describesNearest === true &&
    nearest !== undefined &&
    following !== undefined &&
    spec.types.some((type) =>
      spec.source === 'left' ? pairFor(type, nearest, following) : pairFor(type, following, nearest),
    )
      ? [nearest]
      : placeOfVictimSkipped(text, spec, leftCandidates);
  // "accuse X du piratage de A et de l'attaque contre B": "contre" names the victim of the second
  // incident; the first incident, named right before, attacked no one.
  const nearestLeft = left[0];
  if (
    spec.types.every((type) => type === 'TARGETED') &&
    nearestLeft?.entity.type === 'Event' &&
    mentions.some(
      (mention) =>
        mention.entity.type === 'Event' &&
        mention.entity !== nearestLeft.entity &&
        mention.start >= nearestLeft.end &&
        mention.start <= trigger.start &&
        mention.end >= trigger.end,
    )
  )
    return [];
  // "M. A mène une campagne contre M. B à Brest": a rivalry between two persons, whose
  // opponent is the object; nothing said further on is the target either.
  if (spec.actorOnly === true && (spec.source === 'left' ? left : right)[0]?.entity.type !== 'ThreatActor')
    return [];
  if (spec.personOnly === true && left[0]?.entity.type !== 'Person') return [];
  if (spec.holdingSubject === true && right[0]?.entity.type !== 'ThreatActor') return [];
  if (spec.notFromPerson === true && left[0]?.entity.type === 'Person') return [];
  for (const type of spec.types) {
    // "tied to malware attacks against banks in Poland": what comes after "against" is a victim, not an author,
    // nor anything else an attribution's words may relate ("linked to attacks on the Bundestag": no PART_OF).
    // "attributed the attacks against several banks to Lazarus": the name "to" introduces is the party.
    const right =
      spec.types.includes('ATTRIBUTED_TO') && spec.source === 'left'
        ? allRight.filter(
            (mention) =>
              !VICTIM_BEFORE.test(text.slice(trigger.end, mention.start)) ||
              (spec.after === 'source-first' &&
                PARTY_MARKER_BEFORE.test(text.slice(trigger.end, mention.start))),
          )
        : allRight;
    const pairOf = (l: EntityMention, r: EntityMention): ArgumentPair | undefined => {
      const [source, target] = spec.source === 'left' ? [l, r] : [r, l];
      // A post ("المتحدث باسم X", "researcher at X") is held by someone, never by an incident.
      if (spec.role === true && source.entity.type === 'Event') return undefined;
      if (
        spec.ofIncident === true &&
        (source.entity.type !== 'Event' ||
          COMPLEMENT_OF_NOUN_BEFORE.test(text.slice(Math.max(0, source.start - 40), source.start)))
      )
        return undefined;
      // "médecin en chef de l'hospice de Morlaix", "head of the hospital of Leeds": the post is over
      // the common noun; the place only says which one.
      if (
        spec.role === true &&
        target.entity.type === 'Location' &&
        COMMON_NOUN_BEFORE_PLACE.test(text.slice(trigger.end, target.start))
      )
        return undefined;
      // Words of a tie between parties ("linked to", "related to") make no place part of another:
      // that is said by geography ("Austin, Texas"), and two places after them are a list.
      if (placeInPlaceByTie(spec, type, source, target)) return undefined;
      // "ويعمل سامي حداد في شركة X": a trigger with joining words and no order of its two
      // arguments after it wants those words right before its target ("مع شركة X" is no employer).
      const joining = spec.after === undefined ? joiningWords(spec) : undefined;
      if (joining && !joining.test(text.slice(Math.max(source.end, trigger.end), target.start)))
        return undefined;
      return (
        pairFor(type, source, target) ??
        ownedInfrastructure(spec, source, target) ??
        // Only the tie's own object: "X, affiliated to Y, behind the attack" ties X to Y alone.
        (spec.eitherOrder === true && target.entity.type === 'Event' && right[0] === target
          ? pairFor(type, target, source)
          : undefined)
      );
    };
    const joined = (first: EntityMention, second: EntityMention) =>
      joinedAfter(text, spec, right, first, second);
    if (spec.after) {
      // The party named first ("a attribué à APT28 le piratage") is read before the usual order.
      const pair =
        (spec.after === 'source-first' ? partyFirst(text, trigger, right, type, joined) : undefined) ??
        pairAfter(right, spec.after, type, joined) ??
        (spec.after === 'source-first'
          ? relativeObjectFirst(text, trigger, left, right, type)
          : relativeObjectAccused(text, trigger, left, right, type));
      if (pair) return [pair];
      continue;
    }
    const pairOfType = (source: EntityMention, target: EntityMention) => pairFor(type, source, target);
    if (spec.many) {
      const listed = indicatorList(text, trigger, rest);
      for (const anchor of left) {
        const pairs = listed.flatMap((mention) => pairOf(anchor, mention) ?? []);
        // "APT28 and APT29 used X and Y": the names listed with the anchor share its list.
        const shared = describesName(spec)
          ? []
          : pairs.flatMap((found) =>
              coordinatedBefore(
                text,
                found,
                before,
                spec.source === 'left' ? 'source' : 'target',
                pairOfType,
              ),
            );
        if (pairs.length > 0) return dedupe([...pairs, ...shared]);
      }
    }
    const pair = firstPair(
      verbSubject(text, trigger, left, arabic),
      right.slice(0, qualifiesNoun ? 1 : CANDIDATES_PER_SIDE),
      pairOf,
    );
    const extend = (first: ArgumentPair) => {
      const leftSide = ([first.source, first.target] as const).find(
        (mention) => mention.end <= trigger.start,
      );
      const rightSide: 'source' | 'target' = leftSide === first.source ? 'target' : 'source';
      const ahead = coordinated(text, first, rest, leftSide ? rightSide : 'target', pairOfType, (mention) =>
        subjectOfNextVerb(text, mention, trigger, triggers),
      );
      // A description in apposition ("TNT, filiale de FedEx") is about the one name before it,
      // unless a quantifier shares it out ("A, B and C, all part of Y").
      const behind =
        leftSide &&
        (!describesName(spec) ||
          spec.sharedByList === true ||
          QUANTIFIED_APPOSITION.test(text.slice(leftSide.end, trigger.start)))
          ? coordinatedBefore(text, first, before, rightSide === 'target' ? 'source' : 'target', pairOfType)
          : [];
      // "APT28 and APT29 targeted NATO and the OSCE": each name listed before with each listed after.
      const crossed = behind.flatMap((early) =>
        ahead.flatMap((late) => {
          const crossing =
            rightSide === 'target'
              ? pairOfType(early.source, late.target)
              : pairOfType(late.source, early.target);
          return crossing ? [crossing] : [];
        }),
      );
      return [first, ...ahead, ...behind, ...crossed];
    };
    // "واستهدفت مجموعة APT28 ألمانيا واستهدفت مجموعة Lazarus فرنسا": a verb opening its own
    // clause has its subject after it; a name before it belongs to the clause before.
    if (arabic && spec.source === 'left' && readsVerbFirst(spec) && opensClause(text, trigger)) {
      const verbFirst = pairAfter(
        outsideDescriptions(text, trigger, right, triggers),
        'source-first',
        type,
        joined,
      );
      if (verbFirst) return extend(verbFirst);
    }
    if (pair) return extend(pair);
    // "a group supposedly related to Iran, APT33": with no name before the trigger, the noun it
    // describes is the name set in apposition right after its object.
    const named =
      english && left.length === 0 && describesBefore(text, trigger)
        ? nameAfterObject(text, right, rest)
        : arabic && left.length === 0 && describesName(spec)
          ? arabicNameAfterObject(text, right, rest)
          : undefined;
    const appositive = named && pairOf(named, right[0] ?? named);
    if (appositive) return [appositive];
    // "Victims of the hack included A, B and C": the incident, then its victims. A passive
    // ("the ministries that were targeted by X", "ministries targeted by X") has its victim
    // before it, even unnamed: a name after its agent is the main verb's object, no victim.
    if (spec.listedAfter && !describesNoun && !PASSIVE_AUXILIARY_BEFORE.test(text.slice(0, trigger.start))) {
      const listed = pairAfter(right, 'source-first', type, joined);
      if (listed) return extend(listed);
    }
    // "واستهدفت MuddyWater جهات في تركيا": an Arabic verb before its subject and object.
    if (arabic && spec.source === 'left' && readsVerbFirst(spec)) {
      const verbFirst = pairAfter(
        outsideDescriptions(text, trigger, right, triggers),
        'source-first',
        type,
        joined,
      );
      if (verbFirst) return extend(verbFirst);
    }
    // "وتبنت مجموعة X الهجوم", "وتبنت الهجوم مجموعة X": a verb whose subject is the target, before
    // both; the types tell the subject from the object in either order.
    if (arabic && spec.source === 'right' && readsVerbFirst(spec)) {
      // The object set first is a deed ("الهجوم"): a threat actor right after the verb is its
      // subject, so "وشنت مجموعة X هجوما على أوكرانيا" ascribes nothing to Ukraine.
      const objectFirst = pairAfter(right, 'source-first', type, joined);
      const verbFirst =
        pairAfter(right, 'target-first', type, joined) ??
        (objectFirst?.source.entity.type === 'ThreatActor' ? undefined : objectFirst);
      if (verbFirst) return extend(verbFirst);
    }
    // "L'OTAN, que le groupe APT28 a visée en 2019,": the verb's object is the relative's antecedent.
    if (spec.source === 'left' && spec.wordClass === 'verb' && !arabic) {
      const objectFirst = relativeObjectOfVerb(text, trigger, left, type);
      if (objectFirst) return [objectFirst];
    }
    if (spec.role) {
      const roleFirst = roleBeforeName(text, type, right, rest);
      if (roleFirst) return [roleFirst];
    }
  }
  return [];
}

/** "X في Y", "X in Y": a place right after a name and one of the packs' `placePrepositions`, which it locates. */
const PLACE_OF_NAME_BEFORE = new RegExp(
  String.raw`^\s*(?:${alternation(connectiveWords('placePrepositions'))})\s+$`,
  'iu',
);

/**
 * "تعرضت هيئة X في الأردن لهجوم من قبل Y", "Acme in Ohio was hit by Y": the place that locates the
 * name before it is not what was targeted; that name is.
 */
function placeOfVictimSkipped(
  text: string,
  spec: TriggerSpec,
  candidates: readonly EntityMention[],
): readonly EntityMention[] {
  const [place, named] = candidates;
  if (
    !spec.types.every((type) => type === 'TARGETED') ||
    place?.entity.type !== 'Location' ||
    named === undefined ||
    named.entity.type === 'Location' ||
    !PLACE_OF_NAME_BEFORE.test(text.slice(named.end, place.start))
  )
    return candidates;
  return candidates.slice(1);
}

/** What may come between a describing trigger and its object: an article, an owner ("working for Russia's GRU"). */
const DESCRIPTION_OBJECT_GAP = /^\s*(?:(?:the|an?|le|la|les|l['’])\s*)?(?:\p{Lu}[\p{L}.-]*['’]s\s+)?$/u;

/**
 * "Hackers working for Russia's GRU targeted the DNC", "The hackers, believed to be linked to the
 * GRU, breached X": a name that is the object of a description, or of a participle describing a
 * common noun, earlier in the sentence qualifies the noun described; it is not the subject of the
 * verb after. A finite verb ("ESET linked NotPetya to Sandworm") describes nothing.
 */
function objectOfDescription(
  text: string,
  mention: EntityMention,
  trigger: TriggerMatch,
  triggers: readonly TriggerMatch[],
  english: boolean,
): boolean {
  return triggers.some(
    (other) =>
      other !== trigger &&
      other.end <= mention.start &&
      // A post's organisation is its holder's employer, which the roles handle ("director of X").
      other.spec.role !== true &&
      !(trigger.spec.ofAgent === true && other.spec.types.includes('USES')) &&
      (describesName(other.spec) || describesCommonNoun(text, other, english)) &&
      // Its object right after it: "analysts working for Google said APT41 ..." leaves APT41 the subject.
      DESCRIPTION_OBJECT_GAP.test(text.slice(other.end, mention.start)),
  );
}

/**
 * "attributed to Russia's GRU", "would compromise Iran's National Library": a name that owns the
 * name right after it qualifies that name, which is the trigger's argument.
 */
function ownsNext(text: string, mention: EntityMention, rest: readonly EntityMention[]): boolean {
  return rest.some(
    (next) => next.start >= mention.end && POSSESSIVE_GAP.test(text.slice(mention.end, next.start)),
  );
}

/** A comma or an opening bracket between a trigger's object and the name that follows it. */
const APPOSITION_OPENER = /^\s*(?:,|\()\s*$/u;
/** What closes that name's apposition: a comma, the bracket, or the end of the sentence. */
const APPOSITION_CLOSER = /^\s*(?:[,;)]|\.(?:\s|$)|$)/u;

/** A description or a participle set after a lower-case word: it qualifies the noun before it ("a group linked to"). */
function describesBefore(text: string, trigger: TriggerMatch): boolean {
  const describing =
    describesName(trigger.spec) || PARTICIPLE_FIRST.test(text.slice(trigger.start, trigger.end));
  return describing && WORD_BEFORE.test(text.slice(Math.max(0, trigger.start - 40), trigger.start));
}

/** A trigger's object and the first name after it, when that name is written, not a reference. */
function nameRightAfterObject(
  right: readonly EntityMention[],
  rest: readonly EntityMention[],
): { object: EntityMention; named: EntityMention } | undefined {
  const object = right[0];
  if (!object) return undefined;
  const named = rest.find((mention) => mention.start >= object.end);
  return named && !named.anaphoric ? { object, named } : undefined;
}

/**
 * "an APT group supposedly related to Iran, APT33.", "groups associated with China (APT10)": the
 * name right after the trigger's object, closed as an apposition, stands for the noun described.
 */
function nameAfterObject(
  text: string,
  right: readonly EntityMention[],
  rest: readonly EntityMention[],
): EntityMention | undefined {
  const { object, named } = nameRightAfterObject(right, rest) ?? {};
  if (!object || !named) return undefined;
  const opener = text.slice(object.end, named.start);
  const closer = text.slice(named.end, named.end + 3);
  if (!APPOSITION_OPENER.test(opener) || !APPOSITION_CLOSER.test(closer)) return undefined;
  // The bracket that opened it must be the one that closes it, and a comma a comma or the end.
  return opener.includes('(') === closer.trimStart().startsWith(')') ? named : undefined;
}

/** A word of naming right after a describing trigger's object, maybe a quote opening the name. */
const ARABIC_NAMING_AFTER_OBJECT = new RegExp(String.raw`^\s+${NAMING}\s*["«“]?\s*$`, 'u');

/**
 * "مجموعة قرصنة مرتبطة بالصين تدعى X": with no name before an Arabic describing trigger, the
 * name a word of naming gives right after its object stands for the noun described.
 */
function arabicNameAfterObject(
  text: string,
  right: readonly EntityMention[],
  rest: readonly EntityMention[],
): EntityMention | undefined {
  const { object, named } = nameRightAfterObject(right, rest) ?? {};
  if (!object || !named) return undefined;
  return ARABIC_NAMING_AFTER_OBJECT.test(text.slice(object.end, named.start)) ? named : undefined;
}

/**
 * The words between a left argument and its trigger, less a name alone in brackets right after
 * it: "the Federal Security Service (FSB) is based in" glosses the name, and its brackets end no clause.
 */
function gapPastBracketedName(
  text: string,
  mention: EntityMention,
  end: number,
  mentions: readonly EntityMention[],
): string {
  const gap = text.slice(mention.end, end);
  const bracket = /^\s*\([^()]{1,80}\)/u.exec(gap);
  if (!bracket) return gap;
  const open = mention.end + gap.indexOf('(') + 1;
  const close = mention.end + bracket[0].length - 1;
  const glossed = mentions.some(
    (other) =>
      other.start >= open &&
      other.end <= close &&
      text.slice(open, other.start).trim() === '' &&
      text.slice(other.end, close).trim() === '',
  );
  return glossed ? gap.slice(bracket[0].length) : gap;
}

/** A comma, then at most two lower-case words ("a former", "an ex"), before a post's organisation. */
const ROLE_IN_APPOSITION = /^\s*,\s*(?:\p{Ll}+\s+){0,2}$/u;

/**
 * A preposition that makes what follows it the victim of what comes before: "attacks against X";
 * so does an incident noun and the place or target it is "on" or "in" ("linked to attacks on
 * banks in Bangladesh, Vietnam and the Philippines": none of them is a party), unless a "to"
 * after it names the party ("attributed the attack on Hydro-Quebec to APT33", "a attribué les
 * attaques contre l'OTAN à APT28").
 */
export const VICTIM_BEFORE = new RegExp(
  String.raw`(?<![\p{L}])(?:${PACKS.map(
    (pack) =>
      `(?:${alternation([...pack.incidents.againstVictim, ...pack.incidents.onVictim])})(?![\\s\\S]*(?:${pack.incidents.partyMarkers.map(partyMarker).join('|')}))`,
  ).join('|')})(?![\p{L}])`,
  'iu',
);

/**
 * A word that names the party of an incident, as a pattern: a whole word in Latin script; in
 * Arabic, where prepositions attach to the word before ("وإلى"), wherever it stands.
 */
function partyMarker(word: string): string {
  return hasArabic(word) ? escapeRegExp(word) : String.raw`(?<![\p{L}])${escapeRegExp(word)}\s`;
}

/**
 * "accused APT28 of meddling in the 2016 presidential election": an occasion is no one's doing;
 * who is made responsible for what happened in it targeted it, if it may target anything (a
 * place does not), and the attribution itself is no relation.
 */
function targetedOccasion(pair: ArgumentPair): ArgumentPair[] {
  if (pair.type !== 'ATTRIBUTED_TO' || !isOccasion(pair.source.entity)) return [pair];
  return allowsEndpoints('TARGETED', pair.target.entity.type, pair.source.entity.type)
    ? [{ type: 'TARGETED', source: pair.target, target: pair.source }]
    : [];
}

/** "the use of ", "the deployment of ": what is attributed is someone's use of the tool after it. */
const USE_OF = /(?:^|\s)(?:use|usage|deployment)\s+of\s+(?:the\s+)?$/iu;

/**
 * "Proofpoint linked the use of GraceWire to TA505": attributing the use of a tool to an actor
 * says that the actor uses it.
 */
function attributedUse(text: string, pair: ArgumentPair): ArgumentPair | undefined {
  if (
    pair.type !== 'ATTRIBUTED_TO' ||
    !USE_OF.test(text.slice(Math.max(0, pair.source.start - 24), pair.source.start))
  )
    return undefined;
  return allowsEndpoints('USES', pair.target.entity.type, pair.source.entity.type)
    ? { type: 'USES', source: pair.target, target: pair.source }
    : undefined;
}

/**
 * "uses a mix of credential harvesting tools and password dumpers like Mimikatz", "targeted
 * several governments, including Germany": examples an enumeration word opens after the object.
 * The first example may stand further from the trigger than a plain object, and a comma before
 * the enumeration word opens the examples rather than a new clause, except before words that
 * also compare ("…, like APT29 did").
 */
const ENUMERATION_WORDS = PACKS.flatMap((pack) => pack.enumerations.opening);
const COMPARING_WORDS = PACKS.flatMap((pack) => pack.enumerations.comparing);
/** The small words between an enumeration word and its first example ("including in the"). */
const BEFORE_EXAMPLE = String.raw`(?:\s+(?:${PACKS.flatMap((pack) => pack.enumerations.beforeExample)
  .map(escapeRegExp)
  .join('|')})){0,2}\s*$`;
const EXAMPLES_OPENER = new RegExp(
  String.raw`(?:^|\s)(?:${[...ENUMERATION_WORDS, ...COMPARING_WORDS].map(escapeRegExp).join('|')})${BEFORE_EXAMPLE}`,
  'iu',
);
/**
 * An enumeration word a few words back, its list still running ("like Windows Credential Editor or
 * their malware HOMEFRY"): the examples it opens may be named after others the text names but
 * the extractor does not know.
 */
const EXAMPLES_RUNNING = new RegExp(
  String.raw`(?:^|\s)(?:${[...ENUMERATION_WORDS, ...COMPARING_WORDS].map(escapeRegExp).join('|')})\s+(?:[^\s,;:()]+\s+){1,7}$`,
  'iu',
);
/**
 * Plural nouns for a kind of attack software, after which a comma and "like" open its examples
 * ("command-line tools, like net.exe or X"), whatever the list names before the mention.
 */
const SOFTWARE_KINDS = PACKS.flatMap((pack) => pack.enumerations.softwareKinds);
const AFTER_COMMA = new RegExp(
  String.raw`[,،]\s*(?:${ENUMERATION_WORDS.map(escapeRegExp).join('|')})${BEFORE_EXAMPLE}|` +
    String.raw`(?:^|\s)(?:${alternation(SOFTWARE_KINDS)})\s*,\s*(?:${COMPARING_WORDS.map(escapeRegExp).join('|')})\s`,
  'iu',
);

/**
 * "targeted less than 25 researchers at a variety of institutes located in X": a participle that
 * places the victims (the packs' `enumerations.victimPlaces`) opens their place further off.
 */
const VICTIMS_PLACED = new RegExp(
  String.raw`(?:^|\s)(?:${alternation(PACKS.flatMap((pack) => pack.enumerations.victimPlaces))})${BEFORE_EXAMPLE}`,
  'iu',
);

/**
 * One item of a list of victims named by common nouns: lower-case words (so no name, and no
 * Arabic, which has no case), maybe after an article ("think tanks", "des universités").
 */
const VICTIM_NOUN = String.raw`\p{Ll}[\p{Ll}'’-]*(?:\s+\p{Ll}[\p{Ll}'’-]*){0,3}`;
/**
 * "targeted think tanks, universities and journalists in X", "a visé des universités, des
 * ministères et des journalistes en X": the commas of a list of kinds of victims, closed by one
 * of the packs' `connectives.listCoordinators` and placed by one of their `placePrepositions`,
 * join the items of one object; they open no new clause.
 */
const VICTIM_NOUN_LIST = new RegExp(
  String.raw`^\s*${VICTIM_NOUN}(?:\s*,\s*${VICTIM_NOUN}){1,5}\s*,?\s+(?:${alternation(
    connectiveWords('listCoordinators'),
  )})\s+${VICTIM_NOUN}\s+(?:${alternation(connectiveWords('placePrepositions'))})(?:\s+(?:${alternation(
    connectiveWords('definiteArticles'),
  )}))?\s*$`,
  'u',
);

/**
 * "Le directeur général de l'ANSSI, Vincent Marot, a affirmé que l'attaque contre X ...": the
 * body whose post a speaker holds, set right before the speaker's name with a comma, speaks
 * through them and is no party of what they say.
 */
function speakerBodyBefore(
  text: string,
  speaker: EntityMention,
  mentions: readonly EntityMention[],
): EntityMention[] {
  if (speaker.entity.type !== 'Person') return [];
  const body = mentions.findLast((mention) => mention.end <= speaker.start);
  return body?.entity.type === 'Organization' && /^\s*,\s*$/u.test(text.slice(body.end, speaker.start))
    ? [body]
    : [];
}

/** Whether `mention`, after the trigger, is in the trigger's clause and close enough to be its argument. */
function reachesRight(text: string, trigger: TriggerMatch, mention: EntityMention): boolean {
  const between = text.slice(trigger.end, mention.start);
  if (
    trigger.spec.types.includes('TARGETED') &&
    mention.entity.type === 'Location' &&
    VICTIM_NOUN_LIST.test(between) &&
    wordsBetween(text, trigger.end, mention.start) <= MAX_RIGHT_WORDS
  )
    return !PRONOUN_SUBJECT_CLAUSE.test(between);
  const opened =
    EXAMPLES_OPENER.test(between) ||
    EXAMPLES_RUNNING.test(between) ||
    (trigger.spec.types.includes('TARGETED') && VICTIMS_PLACED.test(between));
  const listed = AFTER_COMMA.exec(between);
  const clause = withoutSubjectApposition(trigger, listed ? between.slice(0, listed.index) : between);
  const limit = trigger.spec.maxRightWords ?? (opened ? OPENED_LIST_WORDS : MAX_RIGHT_WORDS);
  // "à la plateforme d'échange Korvex": the kind of body before its name is part of what names
  // it, and takes the object no further away than "à Korvex".
  const kind = ORGANIZATION_CUE_BEFORE.exec(between);
  return (
    wordsBetween(text, trigger.end, kind ? trigger.end + kind.index : mention.start) <= limit &&
    !RIGHT_BARRIER.test(clause.replace(BRACKETED_ACRONYM, '')) &&
    !ARABIC_SAYING_CLAUSE.test(clause) &&
    !PRONOUN_SUBJECT_CLAUSE.test(between)
  );
}

/**
 * "واستهدفت مجموعة X، المرتبطة بـ Y، شركة Z": an Arabic verb before its subject, which an
 * apposition between commas describes; the object follows that apposition, in the same clause.
 * The apposition's own words stay out of reach (a comma opens it).
 */
const SUBJECT_APPOSITION = /^(\s*[^\s،,]+(?:\s+[^\s،,]+){0,3}\s*)،[^،,;:()«»"]{1,80}،/u;

function withoutSubjectApposition(trigger: TriggerMatch, between: string): string {
  if (!readsVerbFirst(trigger.spec) || !hasArabic(between)) return between;
  return between.replace(SUBJECT_APPOSITION, '$1 ');
}

/**
 * "واستهدفت مجموعة X المدعومة من Y شركة Z": the name right after words that describe the
 * verb's subject (a describing trigger after the verb) is that description's object, never the
 * verb's; the verb's object comes after it.
 */
function outsideDescriptions(
  text: string,
  verb: TriggerMatch,
  right: readonly EntityMention[],
  triggers: readonly TriggerMatch[],
): EntityMention[] {
  return right.filter(
    (mention) =>
      !triggers.some(
        (describing) =>
          describing !== verb &&
          describing.spec.describesNearest === true &&
          describing.start >= verb.end &&
          describing.end <= mention.start &&
          wordsBetween(text, describing.end, mention.start) === 0,
      ),
  );
}

/** How many words may separate two indicators of one list, or the trigger and the first. */
const LIST_GAP_WORDS = 6;
/** "several domains imitating the agency's, including a.org": a word that opens the list, further off. */
const LIST_OPENER = /(?:including|such as|namely|notamment|dont|comme|:)\s*$/iu;
/** How far the first indicator may be when such a word opens the list. */
const OPENED_LIST_WORDS = 24;

/**
 * "registered a.com, b.com and c.com", "using NULL records ..., as well as mentioning x.com":
 * the indicators after the trigger as long as they follow each other closely (the first may be
 * further off after a word that opens the list); one far after the last belongs to another clause.
 */
function indicatorList(text: string, trigger: TriggerMatch, rest: readonly EntityMention[]): EntityMention[] {
  const listed: EntityMention[] = [];
  let previousEnd = trigger.end;
  for (const mention of rest) {
    if (!INDICATOR_TARGETS.has(mention.entity.type)) continue;
    const opened = listed.length === 0 && LIST_OPENER.test(text.slice(previousEnd, mention.start));
    if (wordsBetween(text, previousEnd, mention.start) > (opened ? OPENED_LIST_WORDS : LIST_GAP_WORDS)) break;
    listed.push(mention);
    previousEnd = Math.max(previousEnd, mention.end);
  }
  return listed;
}

/**
 * "the claim that North Korea hacked Sony Pictures": a name written right before the verb of an
 * act is its subject, and no name further back is its agent, even where that subject cannot be
 * one. (The subject of a link, "ESET linked X to Y", states it and is no argument.)
 */
function verbSubject(
  text: string,
  trigger: TriggerMatch,
  left: readonly EntityMention[],
  arabic: boolean,
): readonly EntityMention[] {
  const { spec } = trigger;
  if (arabic || spec.wordClass !== 'verb' || spec.source !== 'left' || spec.types.includes('ATTRIBUTED_TO'))
    return left;
  const [nearest] = left;
  return nearest && /^[ \u00a0]+$/u.test(text.slice(nearest.end, trigger.start)) ? [nearest] : left;
}

/** Indicators an actor may own: "the domain X, linked to TA999", says that TA999 uses X. */
const OWNED_INDICATORS: ReadonlySet<EntityType> = new Set(['Domain', 'Url', 'Email', 'IpAddress']);

/**
 * An indicator tied to a threat actor by words of ownership ("attributed to", "linked to",
 * "controlled by"; the spec's `ownsInfrastructure`) is infrastructure the actor uses.
 */
function ownedInfrastructure(
  spec: TriggerSpec,
  indicator: EntityMention,
  actor: EntityMention,
): ArgumentPair | undefined {
  return spec.ownsInfrastructure === true &&
    OWNED_INDICATORS.has(indicator.entity.type) &&
    actor.entity.type === 'ThreatActor'
    ? { type: 'USES', source: actor, target: indicator }
    : undefined;
}

function placeInPlaceByTie(
  spec: TriggerSpec,
  type: RelationType,
  source: EntityMention,
  target: EntityMention,
): boolean {
  return (
    type === 'PART_OF' &&
    spec.types.includes('ATTRIBUTED_TO') &&
    source.entity.type === 'Location' &&
    target.entity.type === 'Location'
  );
}

function pairFor(type: RelationType, source: EntityMention, target: EntityMention): ArgumentPair | undefined {
  if (source.entity.key === target.entity.key || isOwnVictim(source, target)) return undefined;
  return allowsEndpoints(type, source.entity.type, target.entity.type) ? { type, source, target } : undefined;
}

/**
 * Whether the trigger's words join two names that follow it ("identified X as Y"). In "as GRU
 * Unit 26165" the name right before the unit qualifies it: the unit is the argument, and the
 * qualifier no argument of its own.
 */
function joinedAfter(
  text: string,
  spec: TriggerSpec,
  right: readonly EntityMention[],
  first: EntityMention,
  second: EntityMention,
): boolean {
  const joining = joiningWords(spec);
  if (!joining) return true;
  const adjacent = (a: EntityMention, b: EntityMention) => /^\s+$/u.test(text.slice(a.end, b.start));
  if (right.some((next) => next.start >= second.end && adjacent(second, next))) return false;
  const qualifier = right.find((mention) => mention.start >= first.end && adjacent(mention, second));
  return joining.test(text.slice(first.end, qualifier?.start ?? second.start));
}

/**
 * "Le piratage de TV5Monde, que l'ANSSI a attribué à APT28": the object is the antecedent of the
 * relative pronoun before the clause's subject, and the target follows the verb.
 */
const RELATIVE_OBJECT_GAP = /^\s*,?\s*(?:que|qu['’])\s*(?:[^\s,;:.]+\s+){0,5}$/u;

function relativeObjectFirst(
  text: string,
  trigger: TriggerMatch,
  left: readonly EntityMention[],
  right: readonly EntityMention[],
  type: RelationType,
): ArgumentPair | undefined {
  const [target] = right;
  const antecedent = left.find((mention) => RELATIVE_OBJECT_GAP.test(text.slice(mention.end, trigger.start)));
  if (!target || !antecedent || wordsBetween(text, trigger.end, target.start) > 2) return undefined;
  return pairFor(type, antecedent, target);
}

/**
 * "L'OTAN, que le groupe APT28 a visée en 2019, a renforcé ses défenses": with no object after
 * it, a verb whose subject follows the relative pronoun "que" has the pronoun's antecedent,
 * right before it, as its object.
 */
function relativeObjectOfVerb(
  text: string,
  trigger: TriggerMatch,
  left: readonly EntityMention[],
  type: RelationType,
): ArgumentPair | undefined {
  const object = left.find((mention) => OBJECT_RELATIVE_GAP.test(text.slice(mention.end, trigger.start)));
  const subject = object && left.find((mention) => mention.start > object.end);
  if (!object || !subject || !OBJECT_PRONOUN_BEFORE.test(text.slice(object.end, subject.start)))
    return undefined;
  return pairFor(type, subject, object);
}
/**
 * The relative pronouns of a verb's object, direct (the packs' `claims.relatives` of the object:
 * "que") or after "à" (`connectives.prepositionalRelatives`: "la société, à laquelle le groupe
 * s'en est pris,"): the gap up to the verb, and the pronoun with at most one of the same
 * language's definite articles and a kind noun before the subject.
 */
const OBJECT_RELATIVE = String.raw`(?:${alternation([
  ...PACKS.flatMap((pack) => pack.claims.objectRelatives),
  ...connectiveWords('prepositionalRelatives'),
])})`;
const OBJECT_RELATIVE_GAP = new RegExp(
  String.raw`^\s*,?\s*${OBJECT_RELATIVE}\s*(?:[^\s,;:.]+\s+){0,5}$`,
  'u',
);
const OBJECT_PRONOUN_BEFORE = new RegExp(
  String.raw`^\s*,?\s*${OBJECT_RELATIVE}\s*${DEFINITE_ARTICLE}?(?:\p{Ll}+\s+)?$`,
  'u',
);

/**
 * What may stand between an accusation and the deed it charges, in the words of the trigger's
 * pack (`deedLinkers`, `deedAuxiliaries` and a participle), then maybe one of its definite
 * articles: "d'avoir commandité le", "du", "d'être derrière la"; "de mentir sur le piratage"
 * charges a lie, not the deed.
 */
const CHARGE_GAP = new RegExp(
  String.raw`^\s*(?:${PACKS.flatMap((pack) => {
    const words = Object.values(pack.triggers);
    const linkers = words.flatMap((trigger) => trigger.deedLinkers);
    const auxiliaries = words.flatMap((trigger) => trigger.deedAuxiliaries);
    if (linkers.length === 0 && auxiliaries.length === 0) return [];
    const glued = { full: String.raw`\s+`, elided: '' };
    return [
      String.raw`(?:${openingWord(auxiliaries)}\p{Ll}+\s+|${openingWord(linkers, glued)})${openingWord(pack.connectives.definiteArticles, glued)}?`,
    ];
  }).join('|')})$`,
  'iu',
);

/**
 * "l'Iran, qu'il accuse d'avoir commandité l'attaque": the accused is the antecedent of the
 * relative pronoun before the clause's subject, and the deed follows the verb.
 */
function relativeObjectAccused(
  text: string,
  trigger: TriggerMatch,
  left: readonly EntityMention[],
  right: readonly EntityMention[],
  type: RelationType,
): ArgumentPair | undefined {
  const [deed] = right;
  const accused = left.find((mention) => RELATIVE_OBJECT_GAP.test(text.slice(mention.end, trigger.start)));
  if (!deed || !accused || !CHARGE_GAP.test(text.slice(trigger.end, deed.start))) return undefined;
  return pairFor(type, deed, accused);
}

/** Both arguments after the trigger: the first and the next one or two mentions, in the given order. */
function pairAfter(
  right: readonly EntityMention[],
  order: 'source-first' | 'target-first',
  type: RelationType,
  joined: (first: EntityMention, second: EntityMention) => boolean,
): ArgumentPair | undefined {
  const [first, ...others] = right;
  if (!first) return undefined;
  for (const second of others.slice(0, 2)) {
    if (second.start < first.end || !joined(first, second)) continue;
    const pair = order === 'source-first' ? pairFor(type, first, second) : pairFor(type, second, first);
    if (pair) return pair;
  }
  return undefined;
}

/**
 * "إلى" before a name, or "à", "au", "aux" right before it or its one lower-case noun ("au groupe
 * APT28"): the party a thing is ascribed to.
 */
const TO_PARTY_BEFORE = new RegExp(
  String.raw`(?:(?:^|\s)(?:${ARABIC_TO})\s+(?:\S+\s+)?|^\s*(?:${LATIN_TO})(?:\s+la|\s+l['’])?(?:\s*\p{Ll}[\p{L}-]*)?\s*)$`,
  'u',
);

/**
 * "وتنسب واشنطن إلى لازاروس برنامج واناكراي", "l'ANSSI a attribué à APT28 le piratage": the
 * party may come, after "إلى" or "à", before what is ascribed to it; then the two follow the
 * trigger in the other order.
 */
function partyFirst(
  text: string,
  trigger: TriggerMatch,
  right: readonly EntityMention[],
  type: RelationType,
  joined: (first: EntityMention, second: EntityMention) => boolean,
): ArgumentPair | undefined {
  const [first] = right;
  if (!first || !TO_PARTY_BEFORE.test(text.slice(trigger.end, first.start))) return undefined;
  return pairAfter(right, 'target-first', type, joined);
}

/**
 * "vice-président du FN Florian Philippot", "Le porte-parole du Kremlin, Dmitri Peskov,": the
 * organisation, then the person, both after the role.
 */
function roleBeforeName(
  text: string,
  type: RelationType,
  right: readonly EntityMention[],
  rest: readonly EntityMention[],
): ArgumentPair | undefined {
  const [organisation, next] = right;
  if (!organisation) return undefined;
  const person =
    next ??
    rest.find(
      (mention) =>
        mention.start >= organisation.end &&
        HOLDER_AFTER_COMMA.test(text.slice(organisation.end, mention.start)),
    );
  // "من شركة X إن مجموعة Y ...": what follows the conjunction is what is said, not the role's holder;
  // "رسالة من مدير شركة X إلى Y": the name after a preposition of recipient is whom it goes to, and
  // so is one the preposition is glued to ("قال عضو في مجموعة X لوكالة Y": Y is the listener).
  if (!person) return undefined;
  const gap = text.slice(organisation.end, person.start);
  if (THAT_CLAUSE.test(gap) || RECIPIENT_IN_GAP.test(gap) || GLUED_RECIPIENT_BEFORE.test(gap))
    return undefined;
  // "A member of Lazarus Group hacked Sony Pictures", "Un membre du groupe Lazarus a piraté Sony
  // Pictures": in a Latin script the holder follows the organisation right away or after a comma;
  // a name past a word between them is some verb's object.
  if (!hasArabic(gap) && !/^\s*$/u.test(gap) && !HOLDER_AFTER_COMMA.test(gap) && /\p{L}/u.test(gap))
    return undefined;
  return pairFor(type, person, organisation);
}

/**
 * "a ciblé l'Arabie saoudite, le Koweït et les Émirats", "fondée par A et B": the arguments
 * listed after the first one on the side that repeats.
 */
function coordinated(
  text: string,
  first: ArgumentPair,
  rest: readonly EntityMention[],
  repeated: 'source' | 'target',
  pairOf: (source: EntityMention, target: EntityMention) => ArgumentPair | undefined,
  opensClause: (mention: EntityMention) => boolean = () => false,
): ArgumentPair[] {
  const pairs: ArgumentPair[] = [];
  let previous = first[repeated];
  // Where the text between items starts: past a tool an incident was told with ("the attacks on A
  // using X, ..."), which is no item of the list.
  let listedTo = previous.end;
  const preposition = prepositionBefore(text, previous);
  for (const mention of rest) {
    if (mention.start < listedTo) continue;
    const separator = text.slice(listedTo, mention.start);
    if (previous.entity.type === 'Event' && listedTo === previous.end && INCIDENT_MEANS.test(separator)) {
      listedTo = mention.end + (KIND_AFTER_TOOL.exec(text.slice(mention.end))?.[0].length ?? 0);
      continue;
    }
    if (!joinsItem(separator, preposition, mention)) break;
    // "the GRU, Russia's military intelligence agency": a comma with no "and" to come is an
    // apposition. An incident after an incident is the next item of a list that may go on past
    // names the extractor does not know, or the same incident renamed: "behind the hack of A, the
    // 2017 attacks on B using X, ...".
    if (
      /^\s*[,،]/u.test(separator) &&
      !LIST_CLOSER.test(separator) &&
      !(previous.entity.type === 'Event' && mention.entity.type === 'Event') &&
      !listCloses(text, mention, rest, preposition)
    )
      break;
    // "APT28 hacked the Bundestag, and Germany then sanctioned it": a name after the conjunction
    // that its own verb follows is the subject of the next clause, no item of the list.
    if (LIST_CLOSER.test(separator) && opensClause(mention)) break;
    const pair = repeated === 'target' ? pairOf(first.source, mention) : pairOf(mention, first.target);
    if (!pair) break;
    pairs.push(pair);
    previous = mention;
    listedTo = mention.end;
  }
  return pairs;
}

/** At most two lower-case words ("then", "a ensuite") between a subject and its verb. */
const TO_VERB = /^\s+(?:\p{Ll}+\s+){0,2}$/u;
/** "used by the army": a participle with its agent describes the name before it. */
const AGENT_AFTER = /^\s+(?:by|par)(?![\p{L}])/iu;
const PAST_TENSE_ENDINGS = connectiveWords('pastTenseEndings');
/** An adverb of manner or one of the packs' `auxiliaryAdverbs`, before a verb ("quickly", "then"). */
const ADVERB_BEFORE_VERB = String.raw`(?:(?:\p{Ll}+(?:${alternation(connectiveWords('adverbEndings'))})|${alternation(connectiveWords('auxiliaryAdverbs'))})\s+)?`;
/**
 * "... and Germany (quickly) responded", "et l'Allemagne a répondu": a verb of the name's own
 * after it, an adverb before it allowed: a word in the simple past (the packs'
 * `pastTenseEndings`) that is no participle with its agent ("and Germany targeted by X"), or a
 * perfect auxiliary (`perfectAuxiliaries`) and the participle after it.
 */
const CLAUSE_VERB_AFTER = new RegExp(
  [
    ...(PAST_TENSE_ENDINGS.length > 0
      ? [
          String.raw`^\s+${ADVERB_BEFORE_VERB}\p{Ll}{2,}(?:${alternation(PAST_TENSE_ENDINGS)})(?![\p{L}\p{M}-])(?!\s+(?:by|par)(?![\p{L}]))`,
        ]
      : []),
    String.raw`^\s+${ADVERB_BEFORE_VERB}(?:${alternation(connectiveWords('perfectAuxiliaries'))})\s+${ADVERB_BEFORE_VERB}\p{Ll}{2,}(?![\p{L}\p{M}])`,
  ].join('|'),
  'u',
);

/**
 * Whether `mention` is followed by a verb of its own (another trigger's verb, not a participle
 * with its agent, or a verb of saying), which makes it the subject of a new clause.
 */
function subjectOfNextVerb(
  text: string,
  mention: EntityMention,
  trigger: TriggerMatch,
  triggers: readonly TriggerMatch[],
): boolean {
  const after = text.slice(mention.end);
  if (SPEECH_VERB_AFTER.test(after) || CLAUSE_VERB_AFTER.test(after)) return true;
  return triggers.some(
    (other) =>
      other !== trigger &&
      other.spec.wordClass === 'verb' &&
      other.start >= mention.end &&
      TO_VERB.test(text.slice(mention.end, other.start)) &&
      !AGENT_AFTER.test(text.slice(other.end)),
  );
}

/** "the attacks on A using X": the tool an incident item was carried out with, in the item. */
const INCIDENT_MEANS =
  /^\s+(?:using|with|avec|au\s+moyen\s+d(?:e|u|es))\s+(?:(?:the|a|an|le|la|les)\s+|l['’])?$/iu;
/** "using the X malware, ...": the lower-case noun of the tool's kind, before the list goes on. */
const KIND_AFTER_TOOL = /^\s+\p{Ll}[\p{L}-]*(?=\s*[,،])/u;
/**
 * "behind A, various interference efforts in the 2021 election, and the attack on B": an occasion
 * is listed through what was done in or to it, a few lower-case words and their preposition.
 */
const OCCASION_ITEM = new RegExp(
  String.raw`^\s*${DATED_ITEM}(?:[,،]\s*)?(?:(?:${LIST_COORDINATORS})\s+)?(?:(?:the|their|its|various|several|les|des|de)\s+)?` +
    String.raw`(?:[\p{Ll}’'-]+\s+){1,3}(?:in|on|against|during|into|dans|contre|pendant|lors\s+de)\s+${DEFINITE_ARTICLE_GLUED}?$`,
  'u',
);

/** Whether `separator` joins `mention` to the list as its next item. */
function joinsItem(separator: string, preposition: string | undefined, mention: EntityMention): boolean {
  // Two names with nothing between them are no list: "المدعومة من إيران هيئة ..." ends one phrase
  // where the verb's object begins.
  if (/^\s*$/u.test(separator) || ARABIC_SAYING_CLAUSE.test(separator)) return false;
  return joins(separator, preposition) || (isOccasion(mention.entity) && OCCASION_ITEM.test(separator));
}

/**
 * "A, B et C ont été touchés par X", "des banques en Suède et des médias au Danemark ont subi":
 * the items listed before the one next to the trigger, read backwards; a comma joins items only
 * once the conjunction closing the list was seen.
 */
function coordinatedBefore(
  text: string,
  first: ArgumentPair,
  before: readonly EntityMention[],
  repeated: 'source' | 'target',
  pairOf: (source: EntityMention, target: EntityMention) => ArgumentPair | undefined,
): ArgumentPair[] {
  const pairs: ArgumentPair[] = [];
  let next = first[repeated];
  let closed = false;
  for (const mention of [...before].reverse()) {
    if (mention.end > next.start) continue;
    const separator = text.slice(mention.end, next.start);
    if (!joins(separator, prepositionBefore(text, mention))) break;
    if (LIST_CLOSER.test(separator)) closed = true;
    else if (!closed || !/^\s*[,،]/u.test(separator)) break;
    const pair = repeated === 'target' ? pairOf(first.source, mention) : pairOf(mention, first.target);
    if (!pair) break;
    pairs.push(pair);
    next = mention;
  }
  return pairs;
}

/** Whether a conjunction follows one of the mentions from `from` on, before the list stops. */
function listCloses(
  text: string,
  from: EntityMention,
  rest: readonly EntityMention[],
  preposition?: string,
): boolean {
  let previous = from;
  for (const mention of rest) {
    if (mention.start < previous.end) continue;
    const separator = text.slice(previous.end, mention.start);
    if (!joinsItem(separator, preposition, mention)) return false;
    if (LIST_CLOSER.test(separator)) return true;
    previous = mention;
  }
  return false;
}

/** A preposition of place repeated before every item: "en Ukraine, en Pologne et en Lituanie". */
const PLACE_PREPOSITION = /(?:^|\s)(en|au|aux|à|dans|in|at|في)\s+(?:l['’])?$/iu;
/**
 * Before a repeated preposition of place, the next item may name its own kind of victim: "des
 * banques en Suède et des aéroports en Australie", "مستشفيات في بريطانيا وشركات في إسبانيا".
 */
const KIND_BEFORE_PLACE =
  /^\s*(?:[,،]\s*)?(?:(?:et|and)\s+)?(?:des|les|other)\s+[\p{Ll}-]+\s+$|^\s*(?:[,،]\s*)?و[\u0621-\u064a]+\s+$/u;

/** French writes "en", "au" or "aux" by the place's gender: one preposition for a list. */
const SAME_PREPOSITION: Readonly<Record<string, string>> = { au: 'en', aux: 'en', à: 'en' };

function prepositionOf(word: string | undefined): string | undefined {
  const lower = word?.toLowerCase();
  return lower === undefined ? undefined : (SAME_PREPOSITION[lower] ?? lower);
}

/** The place preposition right before the first item of a list, if any. */
function prepositionBefore(text: string, item: EntityMention): string | undefined {
  return prepositionOf(PLACE_PREPOSITION.exec(text.slice(Math.max(0, item.start - 12), item.start))?.[1]);
}

/** Whether `separator` joins two items, the first item's preposition repeated before the next allowed. */
function joins(separator: string, preposition: string | undefined): boolean {
  if (COORDINATION.test(separator) || ARABIC_KIND_AFTER_AND.test(separator)) return true;
  const repeated = preposition && PLACE_PREPOSITION.exec(separator);
  return (
    !!repeated &&
    prepositionOf(repeated[1]) === preposition &&
    (COORDINATION.test(`${separator.slice(0, repeated.index)} `) ||
      KIND_BEFORE_PLACE.test(`${separator.slice(0, repeated.index)} `))
  );
}

/** Whether `mention` is the victim an incident mention around it is keyed by ("hack of the DNC"). */
function victimInIncident(mention: EntityMention, mentions: readonly EntityMention[]): boolean {
  return mentions.some(
    (incident) =>
      incident !== mention &&
      incident.start <= mention.start &&
      incident.end >= mention.end &&
      isOwnVictim(incident, mention),
  );
}

/** An incident is never attributed to, nor said to target, the victim it is keyed by. */
function isOwnVictim(source: EntityMention, target: EntityMention): boolean {
  return source.entity.type === 'Event' && isHackOf(source.entity, target.entity);
}

function firstPair(
  left: readonly EntityMention[],
  right: readonly EntityMention[],
  pairOf: (l: EntityMention, r: EntityMention) => ArgumentPair | undefined,
): ArgumentPair | undefined {
  for (let distance = 0; distance < left.length + right.length; distance++) {
    for (let i = 0; i <= distance; i++) {
      const l = left[i];
      const r = right[distance - i];
      if (!l || !r) continue;
      const pair = pairOf(l, r);
      if (pair) return pair;
    }
  }
  return undefined;
}

function dedupe(pairs: ArgumentPair[]): ArgumentPair[] {
  const seen = new Set<string>();
  return pairs.filter((pair) => {
    const id = `${pair.type}|${pair.source.entity.key}|${pair.target.entity.key}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** The packs whose subject comes before the verb, whose relative clauses read alike. */
const SUBJECT_FIRST_PACKS = PACKS.filter((pack) => !pack.verbFirst);
/** A comma, a subject relative pronoun and at most an auxiliary and an adverb before the verb. */
const SUBJECT_RELATIVE_BEFORE_VERB = new RegExp(
  String.raw`^\s*,\s*(?:${alternation(SUBJECT_FIRST_PACKS.flatMap((pack) => pack.connectives.subjectRelatives))})\s+(?:(?:${alternation(SUBJECT_FIRST_PACKS.flatMap((pack) => pack.connectives.perfectAuxiliaries))})\s+)?(?:\p{Ll}+ly\s+)?$`,
  'u',
);
/**
 * The subject of a verb whose two arguments follow it: the names just before it ("le
 * Royaume-Uni et les États-Unis ont officiellement attribué"), or in Arabic right after it
 * ("نسبت الولايات المتحدة وبريطانيا ... إلى"), lists included.
 */
function verbSubjects(
  text: string,
  trigger: TriggerMatch,
  mentions: readonly EntityMention[],
  arabic: boolean,
): EntityMention[] {
  if (trigger.spec.passive === true) return [];
  const fits = (mention: EntityMention) =>
    CLAIMANT_TYPES.has(mention.entity.type) && mention.entity.type !== 'ThreatActor' && !mention.anaphoric;
  if (arabic) {
    const after = mentions.filter((mention) => mention.start >= trigger.end);
    const subjects: EntityMention[] = [];
    let previousEnd = trigger.end;
    for (const mention of after) {
      if (!fits(mention)) break;
      const separator = text.slice(previousEnd, mention.start);
      if (
        subjects.length === 0
          ? wordsBetween(text, previousEnd, mention.start) > 0
          : !/^\s*و\s*$/u.test(separator)
      )
        break;
      subjects.push(mention);
      previousEnd = mention.end;
    }
    // "اتهمت روسيا بالوقوف وراء الهجوم", written without vowels, is the passive: the one name
    // followed by the charge, maybe past its accuser after "من قبل", is the accused, and no
    // subject is named.
    const only = subjects.length === 1 ? subjects[0] : undefined;
    const chargeFrom = (only && agentRightAfter(text, only, mentions)?.end) ?? previousEnd;
    const accused =
      trigger.spec.after === 'target-first' &&
      only !== undefined &&
      ACCUSED_THEN_CHARGE.test(text.slice(chargeFrom, chargeFrom + 20));
    return accused ? [] : subjects;
  }
  const last = mentions.findLast((mention) => mention.end <= trigger.start);
  // "Mandiant, which attributed the hack to X", "Mandiant, qui avait attribué": the antecedent
  // of a subject relative pronoun right before the verb is its subject.
  if (last && fits(last) && SUBJECT_RELATIVE_BEFORE_VERB.test(text.slice(last.end, trigger.start)))
    return [last];
  if (
    !last ||
    !fits(last) ||
    wordsBetween(text, last.end, trigger.start) > 2 ||
    /[,;:()«»"“”]/u.test(text.slice(last.end, trigger.start))
  )
    return [];
  const subjects = [last];
  let closed = false;
  for (const mention of [...mentions].reverse()) {
    const next = subjects[subjects.length - 1] as EntityMention;
    if (mention.end > next.start) continue;
    const separator = text.slice(mention.end, next.start);
    if (!fits(mention) || !COORDINATION.test(separator)) break;
    if (LIST_CLOSER.test(separator)) closed = true;
    else if (!closed || !/^\s*[,،]/u.test(separator)) break;
    subjects.push(mention);
  }
  return subjects;
}

/** "APT33, which Microsoft has linked to Iran": the name between a relative pronoun and the trigger, if it may speak. */
/**
 * "linked by Mandiant to the", "attribué par l'ANSSI à": the word that leads from the agent to the
 * target, which a description in the clause's own words may precede ("to the prolific
 * North Korea-linked group Lazarus").
 */
const AFTER_AGENT = new RegExp(String.raw`\s(?:${TO})\s+${DEFINITE_ARTICLE}?(?:[^\s,;:.]+\s+){0,8}$`, 'iu');

/**
 * "to", maybe with "the" and a kind noun, right before the party of a split attribution
 * ("attributed X to the Y", "a attribué l'attaque contre X au groupe Y").
 */
const PARTY_MARKER_BEFORE = new RegExp(String.raw`\s(?:${TO})\s+${DEFINITE_ARTICLE}?(?:\p{Ll}+\s+)?$`, 'iu');

/** "by", "par": the preposition of a passive's agent. */
const AGENT_PREPOSITIONS = alternation(connectiveWords('agentPrepositions'));

/** "by", maybe with "the", between an attribution's last end and who makes it. */
const BY_AGENT = new RegExp(String.raw`^\s+(?:${AGENT_PREPOSITIONS})\s+${DEFINITE_ARTICLE}?$`, 'iu');

/**
 * "APT28 was linked to the GRU by Mandiant": an organisation or a person after the attribution's
 * last end, joined by "by", is who makes it. Not an actor nor after an incident: "linked to
 * attacks by APT28" names who attacked.
 */
function trailingAgent(
  text: string,
  pair: ArgumentPair,
  mentions: readonly EntityMention[],
): EntityMention[] {
  if (pair.type !== 'ATTRIBUTED_TO') return [];
  const last = pair.source.start > pair.target.start ? pair.source : pair.target;
  if (last.entity.type === 'Event') return [];
  const agent = mentions.find((mention) => mention.start >= last.end);
  const speaks =
    agent !== undefined &&
    (agent.entity.type === 'Organization' || agent.entity.type === 'Person') &&
    !agent.anaphoric &&
    BY_AGENT.test(text.slice(last.end, agent.start));
  return speaks ? [agent] : [];
}

/** "by" and an agent in lower-case words, up to the end of its clause: "par les enquêteurs.". */
const BY_UNNAMED_AGENT = new RegExp(
  String.raw`^\s+(?:${AGENT_PREPOSITIONS})\s+(?:[\p{Ll}'’-]+\s+){0,2}\p{Ll}[\p{Ll}'’-]*\s*(?:[,.;:]|$)`,
  'u',
);

/**
 * "L'attaque a été imputée à APT28 par les enquêteurs": an attribution whose agent after "by" is
 * no name is still that agent's claim, though no one named makes it. Not after an incident,
 * whose "by" names who acted (trailingAgent).
 */
function unnamedTrailingAgent(
  text: string,
  sentence: Sentence,
  trigger: TriggerMatch,
  pair: ArgumentPair,
  mentions: readonly EntityMention[],
): boolean {
  // A verb of attribution only: "lié au GRU par des liens étroits" names no agent.
  if (pair.type !== 'ATTRIBUTED_TO' || trigger.spec.wordClass !== 'verb') return false;
  const last = pair.source.start > pair.target.start ? pair.source : pair.target;
  if (last.entity.type === 'Event' || trailingAgent(text, pair, mentions).length > 0) return false;
  return BY_UNNAMED_AGENT.test(text.slice(last.end, sentence.end));
}

/** The agent right after a passive whose target follows it ("linked by Mandiant to APT28"), if named. */
function passiveAgent(
  text: string,
  trigger: TriggerMatch,
  mentions: readonly EntityMention[],
): EntityMention[] {
  const agent = mentions.find((mention) => mention.start >= trigger.end);
  const target = agent && mentions.find((mention) => mention.start >= agent.end);
  const named =
    agent !== undefined &&
    target !== undefined &&
    CLAIMANT_TYPES.has(agent.entity.type) &&
    wordsBetween(text, trigger.end, agent.start) <= 2 &&
    AFTER_AGENT.test(text.slice(trigger.end, target.start)) &&
    !AFTER_AGENT.test(text.slice(trigger.end, agent.start));
  return named ? [agent] : [];
}

function relativeSubject(
  text: string,
  trigger: TriggerMatch,
  mentions: readonly EntityMention[],
): EntityMention[] {
  const last = mentions.findLast((mention) => mention.end <= trigger.start);
  // Only a link is stated by the relative clause's subject ("which Microsoft links to Y"); the
  // subject of an act is its agent ("the claim that North Korea hacked Sony Pictures").
  const speaks =
    trigger.spec.types.includes('ATTRIBUTED_TO') &&
    last !== undefined &&
    CLAIMANT_TYPES.has(last.entity.type) &&
    last.entity.type !== 'ThreatActor' &&
    !last.anaphoric &&
    wordsBetween(text, last.end, trigger.start) <= 2 &&
    !/[,;:()«»"“”]/u.test(text.slice(last.end, trigger.start)) &&
    (afterRelativePronoun(text, last.start) || afterContactRelative(text, last.start));
  return speaks ? [last] : [];
}

/**
 * Who makes the claim a cue introduces: a few words after "selon" / "according to"; the
 * subject of a verb of saying, before it (past an apposition) in French and English, right
 * after it in Arabic or when inverted ("..., said Mandia.").
 */
function claimantFor(
  text: string,
  sentence: Sentence,
  cue: CueMatch,
  mentions: readonly EntityMention[],
  arabic: boolean,
  triggers: readonly TriggerMatch[],
): EntityMention | undefined {
  // "hackers working in Ukraine, and the reports say ...": a place that is where something is can't speak.
  const fits = (mention: EntityMention) =>
    CLAIMANT_TYPES.has(mention.entity.type) &&
    !(
      mention.entity.type === 'Location' &&
      LOCATIVE_BEFORE.test(text.slice(Math.max(0, mention.start - 12), mention.start))
    );
  const reach = cue.claimant === 'after' ? SOURCE_REACH : 1;
  // "..., a indiqué mardi l'ANSSI": the day between the verb and its speaker parts neither.
  const speakerFrom = cue.end + (TIME_BEFORE_SPEAKER.exec(text.slice(cue.end))?.[0].length ?? 0);
  // "..., a indiqué à l'AFP un porte-parole de X": nor does the listener between them.
  const pastListener = speakerFrom + (LISTENER_BEFORE_SPEAKER.exec(text.slice(speakerFrom))?.[0].length ?? 0);
  const after = mentions.find((mention) => {
    if (mention.start < cue.end || !fits(mention) || !mayBeNamedAfter(mention, cue)) return false;
    // "قال مدير شركة X، فلان الفلاني، إن": a person named in apposition after their post.
    const postHolder = holderAfterPost(text, cue, mention, triggers);
    const apposed = postHolder && HOLDER_SET_OFF.test(text.slice(cue.end, mention.start));
    if (apposed && !/^\s*،/u.test(text.slice(mention.end, sentence.end))) return false;
    const between = text.slice(cue.end, mention.start).replace(apposed ? HOLDER_SET_OFF : /$^/u, '');
    return (
      (wordsBetween(text, speakerFrom, mention.start) <= reach ||
        // "وقال باحث في شركة X": the employer of an unnamed speaker.
        unnamedSpeakerBetween(text, cue.end, mention.start) ||
        // "قالت <name> من شركة X": the employer of a speaker whose name is not recognised.
        employerAfterSpeaker(text, cue, pastListener, mention, triggers) ||
        // "قال رئيس الوزراء الألباني X": a person named after their post.
        postHolder) &&
      !/[,،.;:]/u.test(between) &&
      !THAT_CLAUSE.test(between) &&
      !LISTENER_VERB.test(between)
    );
  });
  if (cue.claimant === 'after') return after;
  const gerund = isSubjectBeforeVerb(text.slice(cue.start, cue.end));
  if (arabic) {
    // "نشرت شركة X تقريرا، مؤكدة أن ...": the participle has the main clause's subject.
    if (gerund) {
      return openingSubject(
        text,
        sentence,
        mentions.filter((mention) => mention.end <= cue.start && fits(mention)),
      );
    }
    // "شركة X التي نسبت اختراق بنك Y إلى Z": the victim inside the incident the verb takes as
    // its object is no subject; the pronoun's antecedent right before the verb speaks, or a
    // subject before an auxiliary ("وكانت شركة X قد نسبت").
    const objectVictim =
      after !== undefined &&
      mentions.some(
        (incident) =>
          incident !== after &&
          incident.entity.type === 'Event' &&
          incident.start <= after.start &&
          incident.end >= after.end,
      );
    const antecedent = objectVictim
      ? mentions.findLast(
          (mention) =>
            mention.end <= cue.start &&
            fits(mention) &&
            !mention.anaphoric &&
            ARABIC_RELATIVE_RIGHT_BEFORE.test(text.slice(mention.end, cue.start)),
        )
      : undefined;
    // Verb first ("ونفى الكرملين"), or subject first ("لكن الإمارات نفت"), never across a comma.
    const subjectFirst = mentions.findLast(
      (mention) =>
        mention.end <= cue.start &&
        fits(mention) &&
        !mention.anaphoric &&
        PLUPERFECT_AUXILIARY.test(text.slice(mention.end, cue.start)) &&
        !/[,،;:.]/u.test(text.slice(mention.end, cue.start)),
    );
    if (objectVictim) return antecedent ?? subjectFirst;
    // "وقال رئيس هيئة الأمن السيبراني سامي العلي": the title's organisation, then its holder, who
    // speaks; also set off by commas ("وقال المتحدث باسم وزارة X، فلان الفلاني، إن ...").
    const holder =
      after?.entity.type === 'Organization'
        ? mentions.find(
            (mention) =>
              mention.start >= after.end &&
              mention.entity.type === 'Person' &&
              (/^\s+$/u.test(text.slice(after.end, mention.start)) ||
                (/^\s*،\s*$/u.test(text.slice(after.end, mention.start)) &&
                  /^\s*،/u.test(text.slice(mention.end, sentence.end)))),
          )
        : undefined;
    // "اتهمت مجموعة X باختراق Y", written without vowels, is the passive ("X was accused of"):
    // an accusation verb whose one name is followed by the charge names the accused, no accuser.
    // "اتُهمت X من قبل Y بـ ...": the accuser is the passive's agent, between the accused and the charge.
    const agent = after && agentRightAfter(text, after, mentions);
    const accused =
      after !== undefined &&
      ACCUSED_THEN_CHARGE.test(text.slice((agent ?? after).end, sentence.end)) &&
      triggers.some((trigger) => trigger.start === cue.start && trigger.spec.after === 'target-first');
    const laterAccuser = accused
      ? ((agent && fits(agent) ? agent : undefined) ??
        mentions.find(
          (mention) =>
            mention.start > after.end &&
            fits(mention) &&
            !mention.anaphoric &&
            LATER_ACCUSER.test(text.slice(after.end, mention.start)),
        ))
      : undefined;
    return holder ?? (accused ? laterAccuser : after) ?? subjectFirst;
  }
  if (cue.claimant === 'subject' && inLeadingParticiple(text, sentence, cue.start)) {
    return mainClauseSubject(text, cue, mentions, fits);
  }
  const preceding = mentions.filter((mention) => mention.end <= cue.start && fits(mention));
  // "X, dont Microsoft affirme qu'il ...": the speaker is named between the relative pronoun and
  // the verb, never before; "dont les autorités affirment" names none.
  const sayingRelative = matchesOf(SAYING_RELATIVE_AFTER_COMMA, text.slice(sentence.start, cue.end)).find(
    (match) => sentence.start + match.index + match[0].length === cue.end,
  );
  if (sayingRelative)
    return preceding.findLast((mention) => mention.start > sentence.start + sayingRelative.index);
  // "the Justice Department charged X, a programmer it said worked for Y": the pronoun of a
  // description stands for the subject of the verb whose object the description describes,
  // never for the name described.
  const description = DESCRIPTION_WITH_PRONOUN.exec(text.slice(sentence.start, cue.start));
  if (description) {
    const described = preceding.findLast((mention) => mention.end <= sentence.start + description.index);
    return described
      ? preceding.findLast(
          (mention) =>
            mention.end <= described.start &&
            wordsBetween(text, mention.end, described.start) <= 2 &&
            !/[,،;:.()]/u.test(text.slice(mention.end, described.start)),
        )
      : undefined;
  }
  // "Sandworm, a unit of the GRU, targeted Ukraine, officials said": a name inside another's
  // apposition is no subject; the comma after it closes that apposition.
  const insideApposition = (mention: EntityMention) => {
    const previous = preceding[preceding.indexOf(mention) - 1];
    return previous !== undefined && INSIDE_APPOSITION.test(text.slice(previous.end, mention.start));
  };
  // "APT28, un groupe russe, a visé l'OTAN, a affirmé X": a relation's words after the
  // apposition make the name their clause's subject, not a speaker set off before the verb.
  const actsAfterApposition = (mention: EntityMention) => {
    const opened = text.indexOf(',', mention.end);
    const closed = opened < 0 ? -1 : text.indexOf(',', opened + 1);
    return (
      closed >= 0 &&
      closed < cue.start &&
      triggers.some(
        (trigger) => trigger.spec.role !== true && trigger.start > closed && trigger.end <= cue.start,
      )
    );
  };
  const apposedCandidates = preceding.filter(
    (mention) =>
      wordsBetween(text, mention.end, cue.start) <= MAX_APPOSITION_WORDS &&
      APPOSITION_BEFORE_VERB.test(text.slice(mention.end, cue.start)) &&
      // "'... the Bundestag,' Dmitry Peskov, a Kremlin spokesman, told": the quotation ends on
      // the name, which is no speaker.
      !QUOTE_CLOSED_AFTER.test(text.slice(mention.end, cue.start)) &&
      !insideApposition(mention) &&
      // "X is part of the SVR, Russia's foreign intelligence service, the company said": a name
      // or reference right before the verb after the apposition is the verb's own subject.
      !preceding.some(
        (other) => other.start > mention.end && /^\s+$/u.test(text.slice(other.end, cue.start)),
      ) &&
      !headsList(text, mention, preceding) &&
      !actsAfterApposition(mention),
  );
  // "APT28 hacked Y, Tom Reyes, a researcher at Z, said": a person right after the first comma,
  // with an apposition of their own before the verb, speaks; the name before closed a statement.
  const apposed = apposedCandidates.find(
    (mention) =>
      !apposedCandidates.some(
        (other) =>
          other.start > mention.end &&
          other.entity.type === 'Person' &&
          /^\s*,\s*$/u.test(text.slice(mention.end, other.start)),
      ),
  );
  // "Le porte-parole du Kremlin, Dmitri Peskov, a nié": the post's holder named in apposition
  // speaks, not the body the post is of.
  const holderApposed =
    apposed &&
    triggers.some(
      (trigger) =>
        trigger.spec.role === true &&
        trigger.end <= apposed.start &&
        wordsBetween(text, trigger.end, apposed.start) <= 1 &&
        !/[,،;:.()]/u.test(text.slice(trigger.end, apposed.start)),
    )
      ? preceding.find(
          (mention) =>
            mention.start > apposed.end &&
            mention.entity.type === 'Person' &&
            /^\s*,\s*$/u.test(text.slice(apposed.end, mention.start)) &&
            /^\s*,\s*$/u.test(text.slice(mention.end, cue.start)),
        )
      : undefined;
  if (holderApposed) return holderApposed;
  // "Some said X hacked Y; others said Z did": a semicolon ends the clause of the name before it,
  // and the words after it up to the verb are the verb's subject, so the name after the verb is
  // its object ("; d'autres accusent Turla"), never a speaker set after it.
  const semicolonBefore = (mention: EntityMention) => /[;؛]\s*\S/u.test(text.slice(mention.end, cue.start));
  const subjectAfterSemicolon = preceding.some(
    (mention) => wordsBetween(text, mention.end, cue.start) <= 6 && semicolonBefore(mention),
  );
  const before = preceding.findLast(
    (mention) =>
      wordsBetween(text, mention.end, cue.start) <= 6 &&
      !semicolonBefore(mention) &&
      !(insideApposition(mention) && /[,،]/u.test(text.slice(mention.end, cue.start))) &&
      !statementClosedBefore(text, sentence, mention, cue, triggers) &&
      !RELATIVE_WITH_OWN_VERB.test(text.slice(mention.end, cue.start)),
  );
  const closesClause = (mention: EntityMention) =>
    CLAUSE_END.test(text.slice(mention.end).replace(LISTENER_AFTER_SPEAKER, ''));
  // "..., said Mandiant researcher Tom Reyes.": a person closing the clause a few words after the
  // verb, their post before their name, speaks (the post's body is their employer); the day
  // counts for none of them ("a indiqué vendredi à l'AFP X").
  const titledSpeaker = mentions.find(
    (mention) =>
      mention.start >= cue.end &&
      mention.entity.type === 'Person' &&
      wordsBetween(text, pastListener, mention.start) <= SPEAKER_NAME_WORDS &&
      !/[,،.;:()]/u.test(text.slice(cue.end, mention.start)) &&
      closesClause(mention),
  );
  const inverted = LISTENER_VERBS.has(text.slice(cue.start, cue.end).toLowerCase())
    ? undefined
    : after && closesClause(after)
      ? after
      : titledSpeaker;
  // "..., said X." closes the statement with its source, after a closing quote too ("...,"
  // said X"); otherwise the subject comes first.
  const closing = !gerund && /[,،]\s*["»”’]?\s*$/u.test(text.slice(Math.max(0, cue.start - 5), cue.start));
  // "APT28 a visé l'OTAN, a déclaré un responsable": after a comma, the verb's subject follows
  // it; a name before that comma speaks only when set off by commas itself ("the spokesman,
  // Dmitry Peskov, denied").
  const setOff =
    before && /[,،]\s*$/u.test(text.slice(Math.max(sentence.start, before.start - 3), before.start));
  // "Microsoft avait été le premier à décrire ces intrusions, en mai, en révélant que": a gerund
  // of saying has the main clause's subject, however far back the sentence opens with it.
  const gerundSubject = gerund ? openingSubject(text, sentence, preceding) : undefined;
  // "..., qu'il présente comme": the relative's own pronoun speaks, never the name before it.
  if (gerund && RELATIVE_PRONOUN_START.test(text.slice(cue.start, cue.end))) return gerundSubject;
  return (
    apposed ??
    (closing
      ? (inverted ?? (setOff ? before : undefined))
      : (before ?? gerundSubject ?? (subjectAfterSemicolon ? undefined : inverted)))
  );
}

/**
 * "APT28 a ciblé l'Estonie, la Lettonie et la Lituanie, a indiqué X": names of the same kind
 * after the comma, the last after a coordinator, make the first name a list's head, not a
 * subject set off by an apposition before the verb.
 */
function headsList(text: string, head: EntityMention, preceding: readonly EntityMention[]): boolean {
  const items = preceding.filter(
    (mention) => mention.start >= head.end && mention.entity.type === head.entity.type,
  );
  const [next] = items;
  if (!next || !LIST_NEXT_ITEM.test(text.slice(head.end, next.start))) return false;
  return items
    .slice(1)
    .some((item, index) => LIST_LAST_ITEM.test(text.slice(items[index]?.end ?? item.start, item.start)));
}

/**
 * The name a sentence opens with, a determiner or a kind noun at most before it ("La société X"),
 * past a short phrase of time or place set off by a comma ("En octobre, le ministère X").
 */
function openingSubject(
  text: string,
  sentence: Sentence,
  preceding: readonly EntityMention[],
): EntityMention | undefined {
  const [first] = preceding;
  if (!first || first.anaphoric) return undefined;
  const lead = text.slice(sentence.start, first.start);
  const comma = lead.search(/[,،]\s*\S*\s*\S*\s*$/u);
  const from = comma >= 0 && wordsBetween(text, sentence.start, sentence.start + comma) <= 3 ? comma + 1 : 0;
  return wordsBetween(text, sentence.start + from, first.start) <= 2 ? first : undefined;
}

/**
 * "APT28 targeted NATO, an official told the newspaper": a statement closed by a comma left
 * open, followed by words that open no relative clause, is reported after the fact; the name
 * that ends it is no speaker of the verb after ("Saint-Gobain, qui a estimé": the relative's
 * antecedent speaks; "Dmitry Peskov, denied": the comma closes an apposition).
 */
function statementClosedBefore(
  text: string,
  sentence: Sentence,
  mention: EntityMention,
  cue: CueMatch,
  triggers: readonly TriggerMatch[],
): boolean {
  const between = text.slice(mention.end, cue.start);
  return (
    (between.match(/[,،]/gu) ?? []).length % 2 === 1 &&
    OPEN_COMMA_CLAUSE.test(between) &&
    triggers.some(
      (trigger) =>
        trigger.start >= sentence.start && trigger.end <= mention.end + between.search(/[,،][^,،]*$/u),
    )
  );
}

/**
 * "APT41 which involves attempts of recently disclosed flaws": a relative clause with words of
 * its own before the verb has its own verb; its antecedent is no subject of the verb after.
 */
const RELATIVE_WITH_OWN_VERB = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${RELATIVE_PRONOUNS})\s+(?:[\p{L}\p{M}\p{N}'’-]+\s+){2,}$`,
  'iu',
);

/** A relative pronoun or a conjunction of a that-clause, or a comma: a clause after the one before. */
const NEW_CLAUSE = new RegExp(
  String.raw`[,،;]|(?<![\p{L}\p{M}])(?:${RELATIVE_PRONOUNS})(?![\p{L}\p{M}])`,
  'iu',
);

const RELATIVE_PRONOUN_START = new RegExp(String.raw`^(?:${RELATIVE_PRONOUNS})`, 'iu');

const OPEN_COMMA_CLAUSE = new RegExp(
  String.raw`[,،](?!\s*(?:${RELATIVE_PRONOUNS})(?![\p{L}\p{M}]))[^,،]*\p{L}[^,،]*$`,
  'iu',
);

/**
 * "According to the company", "selon la société", "وبحسب الشركة": a reference after a source
 * cue speaks for the organisation or person it was resolved to (./anaphora.ts: the salient
 * name before it, none when two compete); a reference to an actor ("according to the group")
 * is a group being described, not a source. The subject of a verb written after it ("ونفت
 * المجموعة", "..., said the group") speaks, whatever it stands for, as a subject before the
 * verb does.
 */
function mayBeNamedAfter(mention: EntityMention, cue: CueMatch): boolean {
  return !mention.anaphoric || cue.claimant === 'subject' || SPEAKER_REFERENCE_TYPES.has(mention.entity.type);
}

const SPEAKER_REFERENCE_TYPES: ReadonlySet<EntityType> = new Set(['Organization', 'Person']);

/** How many words an unrecognised speaker's name may take between the verb of saying and their role. */
const SPEAKER_NAME_WORDS = 3;

/**
 * "قالت <name> من شركة X إن ...", "said Jane Roe of X that ...": a role right before `mention`,
 * a few words after the verb of saying (past its day and listener), describes the speaker, whom the role's organisation
 * speaks for when the name itself is not recognised.
 */
function employerAfterSpeaker(
  text: string,
  cue: CueMatch,
  speakerFrom: number,
  mention: EntityMention,
  triggers: readonly TriggerMatch[],
): boolean {
  return triggers.some(
    (trigger) =>
      trigger.spec.role === true &&
      trigger.start >= speakerFrom &&
      trigger.end <= mention.start &&
      wordsBetween(text, speakerFrom, trigger.start) <= SPEAKER_NAME_WORDS &&
      wordsBetween(text, trigger.end, mention.start) === 0 &&
      !/[,،.;:()]/u.test(text.slice(cue.end, mention.start)),
  );
}

/**
 * "قال رئيس الوزراء الألباني X إن ...": a person right after a post that follows the verb, the
 * post's complement (two words at most) between them, speaks.
 */
function holderAfterPost(
  text: string,
  cue: CueMatch,
  mention: EntityMention,
  triggers: readonly TriggerMatch[],
): boolean {
  return (
    mention.entity.type === 'Person' &&
    triggers.some(
      (trigger) =>
        trigger.spec.role === true &&
        trigger.start >= cue.end &&
        trigger.end <= mention.start &&
        wordsBetween(text, cue.end, trigger.start) === 0 &&
        wordsBetween(text, trigger.end, mention.start) <= POST_COMPLEMENT_WORDS &&
        !/[,،.;:()]/u.test(text.slice(cue.end, mention.start).replace(HOLDER_SET_OFF, '')),
    )
  );
}
/** "قال مدير شركة X، فلان الفلاني، إن": the comma before a holder named in apposition to the post. */
const HOLDER_SET_OFF = /،\s*$/u;
/** "رئيس الوزراء الألباني", "prime minister of Albania": the words that complete a post. */
const POST_COMPLEMENT_WORDS = 2;

/**
 * "أعلن رئيس الوزراء X ...، مؤكدا أن ...": a participle of saying whose subject was not found
 * has the speaker of the verb of saying that opens the sentence, the main clause's.
 */
function participleSpeakers(
  text: string,
  sentence: Sentence,
  cues: readonly CueMatch[],
  speakers: Map<CueMatch, EntityMention>,
): void {
  const [opening] = cues;
  const speaker = opening?.kind === 'reported' ? speakers.get(opening) : undefined;
  if (!opening || !speaker || wordsBetween(text, sentence.start, opening.start) > 0) return;
  for (const cue of cues) {
    if (
      cue.kind === 'reported' &&
      !speakers.has(cue) &&
      isSubjectBeforeVerb(text.slice(cue.start, cue.end))
    ) {
      speakers.set(cue, speaker);
    }
  }
}

/**
 * "قالت رويترز نقلا عن مصادر ..." / "Reuters said, citing sources, that ...": a source named by
 * no one the sentence recognises, right after a speaker and its verb, is what the speaker relays;
 * the speaker vouches for it. Only punctuation may stand between the speaker's words and the
 * source, or the source belongs to a clause of its own.
 */
function relaySpeakers(
  text: string,
  cues: readonly CueMatch[],
  speakers: Map<CueMatch, EntityMention>,
): void {
  cues.forEach((cue, index) => {
    if (cue.claimant !== 'after' || cue.kind !== 'reported' || speakers.has(cue)) return;
    const previous = cues[index - 1];
    const speaker = previous ? speakers.get(previous) : undefined;
    if (!previous || !speaker || previous.kind !== 'reported') return;
    const relayedFrom = Math.max(previous.end, speaker.end);
    if (relayedFrom <= cue.start && /^[\s,،]*$/u.test(text.slice(relayedFrom, cue.start))) {
      speakers.set(cue, speaker);
    }
  });
}

/**
 * The other names of a list the speaker closes or opens: "Microsoft, Google and ESET said"
 * (read backwards from the last, a comma joining items only once the conjunction was seen),
 * "Selon Microsoft et Google", "وقالت مايكروسوفت وغوغل" (forwards, joined by a conjunction).
 */
function listedWith(
  text: string,
  cue: CueMatch,
  speaker: EntityMention,
  mentions: readonly EntityMention[],
): EntityMention[] {
  const fits = (mention: EntityMention) =>
    CLAIMANT_TYPES.has(mention.entity.type) &&
    !mention.anaphoric &&
    mention.entity.key !== speaker.entity.key;
  const listed: EntityMention[] = [];
  if (speaker.start >= cue.end) {
    let previous = speaker;
    // "According to A, B and C, ...": items joined by commas belong to the list only when a
    // conjunction closes it and a comma closes the source; "According to A, B and C were hit"
    // names one source.
    const commaJoined: EntityMention[] = [];
    for (const mention of mentions) {
      if (mention.start < previous.end) continue;
      const separator = text.slice(previous.end, mention.start);
      if (!fits(mention)) break;
      if (/^\s*(?:(?:et|and)\s+|و)$/iu.test(separator)) {
        if (commaJoined.length > 0 && !/^\s*[,،]/u.test(text.slice(mention.end))) break;
        listed.push(...commaJoined.splice(0), mention);
      } else if (/^\s*,\s*$/u.test(separator) && listed.length === 0) {
        commaJoined.push(mention);
      } else break;
      previous = mention;
    }
    return listed;
  }
  let next = speaker;
  let closed = false;
  for (const mention of [...mentions].reverse()) {
    if (mention.end > next.start) continue;
    // "the DHS (Department of Homeland Security) along with the ODNI (Office of ...) said": a
    // name and its gloss in brackets are one item, listed from the closing bracket.
    if (
      /^\s*\(\s*$/u.test(text.slice(mention.end, next.start)) &&
      /^\s*\)/u.test(text.slice(next.end, next.end + 3))
    ) {
      next = mention;
      continue;
    }
    const glossed =
      text[mention.end] === ')' && /\(\s*$/u.test(text.slice(Math.max(0, mention.start - 2), mention.start));
    const separator = text.slice(mention.end + (glossed ? 1 : 0), next.start);
    if (!fits(mention) || !(COORDINATION.test(separator) || KIND_AFTER_CONJUNCTION.test(separator))) break;
    if (LIST_CLOSER.test(separator)) closed = true;
    else if (!closed || !/^\s*[,،]/u.test(separator)) break;
    listed.push(mention);
    next = mention;
  }
  return listed;
}

/** "X as well as security firms A, B and C said": the kind of the next speakers after the conjunction, with no article. */
const KIND_AFTER_CONJUNCTION = new RegExp(
  String.raw`^\s*[,،]?\s*(?:and|as well as|et|ainsi que)\s+(?:(?!${NOT_DESCRIPTIVE}\s)\p{Ll}+\s+){1,2}$`,
  'u',
);

/** "Après avoir accusé l'Iran ..., Washington a annoncé": the name that opens the clause after the participle's. */
function mainClauseSubject(
  text: string,
  cue: CueMatch,
  mentions: readonly EntityMention[],
  fits: (mention: EntityMention) => boolean,
): EntityMention | undefined {
  return mentions.find((mention) => {
    if (mention.start < cue.end || mention.anaphoric || !fits(mention)) return false;
    const before = text.slice(cue.end, mention.start);
    const comma = before.search(/[,،]/u);
    return comma >= 0 && wordsBetween(text, cue.end + comma, mention.start) <= 1;
  });
}
