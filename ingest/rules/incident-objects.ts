/**
 * An incident carried as the object pronoun of a verb of authorship: "ضرب هجوم نوت بيتيا
 * أوكرانيا. وقالت لندن إن الجيش الروسي نفذه" says the army carried out the attack. The verbs
 * are the packs' `references.incidentObjects`; the pronoun stands for the incident named last,
 * in the sentence or the one before, when its gender agrees with the incident's noun ("ه" a
 * masculine one, "هجوم"; "ها" a feminine or plural one, "عملية", "هجمات"). The author is the
 * name right before the verb ("الجيش الروسي نفذه", "موسكو هي التي دبرته"), or right after it
 * when the verb opens its clause ("ودبره قراصنة مجموعة X"). A language that writes the pronoun
 * apart before a verb of attribution (`references.incidentPronounParties`: "Les enquêteurs
 * l'imputent au groupe X") lays the incident on the name right after the phrase.
 */
import { allowsEndpoints } from '../../graph-schema/schema.ts';
import { incidentWords, PACKS } from '../extract/lang/index.ts';
import type { Sentence, Span } from '../types.ts';
import { opensClause } from './clause-openings.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { isCountry } from './place-in-country.ts';
import { within, wordsBetween } from './text.ts';
import type { EntityMention } from './types.ts';

const VERBS = new PhraseMatcher(
  PACKS.flatMap((pack) => pack.references.incidentObjects).map((phrase) => ({ phrase, value: true })),
);
/** Verbs with the pronoun written before them and the party after "to" ("l'imputent au"). */
const PARTY_VERBS = new PhraseMatcher(
  PACKS.flatMap((pack) => pack.references.incidentPronounParties).map((phrase) => ({ phrase, value: true })),
);
/** Between "to" and the party: the kind of name ("au groupe X", "à la Russie"). */
const MAX_WORDS_TO_PARTY = 2;
/** How many sentences back the incident may be named. */
const SENTENCES_BACK = 1;
/** Between the author and the verb: "هي التي", "قد". */
const MAX_WORDS_TO_VERB = 2;
/** Between the verb and an author after it: the kind of name ("قراصنة مجموعة"), an adverb. */
const MAX_WORDS_TO_AUTHOR = 3;
const CLAUSE_END = /[,،.;:؛()«»"]/u;
/** A word without its clitics and article ("للاختراق" → "اختراق", "والهجمات" → "هجمات"). */
const BARE_WORD = /^(?:[وف]?[بلك]?ال|[وف]?لل|[وف]?[بلك])?([\u0621-\u064a]+)$/u;
/** The Arabic nouns that name an incident, as the packs' `incidents.nouns` open with them. */
const INCIDENT_NOUNS = new Set(
  incidentWords('nouns')
    .map((phrase) => phrase.split(/\s+/u)[0] ?? '')
    .filter((word) => /^[\u0621-\u064a]+$/u.test(word))
    .map((word) => word.replace(/^ال/u, '')),
);

/** Whether an Arabic word, its clitics and article aside, is a noun that names an incident ("والهجمات", "اختراق"). */
export function isArabicIncidentNoun(word: string): boolean {
  const bare = BARE_WORD.exec(word)?.[1] ?? '';
  return INCIDENT_NOUNS.has(bare) || INCIDENT_NOUNS.has(bare.replace(/^ال/u, ''));
}

export interface IncidentObject {
  author: EntityMention;
  incident: EntityMention;
  /** The verb that carries the pronoun. */
  at: Span;
}

/**
 * Verbs whose object pronoun stands for an incident, with its author. `incidents`: the
 * incident mentions and the phrases that stand for one, sorted by start; `named`: every name,
 * sorted by start.
 */
export function findIncidentObjects(
  text: string,
  sentences: readonly Sentence[],
  incidents: readonly EntityMention[],
  named: readonly EntityMention[],
): IncidentObject[] {
  const found: IncidentObject[] = [];
  const keep = (author: EntityMention | undefined, incident: EntityMention, verb: Span): void => {
    if (
      author &&
      author.entity !== incident.entity &&
      allowsEndpoints('ATTRIBUTED_TO', incident.entity.type, author.entity.type) &&
      // "إن موسكو دبرته": a capital stands for its state, which the graph does not know it for.
      (author.entity.type !== 'Location' || isCountry(author.entity))
    )
      found.push({ author, incident, at: { start: verb.start, end: verb.end } });
  };
  sentences.forEach((sentence, index) => {
    const verbs = VERBS.find(text, sentence.start, sentence.end);
    const partyVerbs = PARTY_VERBS.find(text, sentence.start, sentence.end);
    if (verbs.length === 0 && partyVerbs.length === 0) return;
    const from = sentences[Math.max(0, index - SENTENCES_BACK)]?.start ?? sentence.start;
    const local = within(named, sentence);
    const incidentBefore = (verb: Span): EntityMention | undefined =>
      incidents.findLast((mention) => mention.start >= from && mention.end <= verb.start);
    for (const verb of verbs) {
      const incident = incidentBefore(verb);
      if (!incident || !agrees(text.slice(verb.start, verb.end), incident.surface)) continue;
      keep(authorOf(text, verb, incident, local, sentence), incident, verb);
    }
    for (const verb of partyVerbs) {
      const incident = incidentBefore(verb);
      if (incident) keep(partyAfter(text, verb, local), incident, verb);
    }
  });
  return found;
}

/** The name right after a phrase ending on "to" ("l'imputent au groupe X"): the party. */
function partyAfter(text: string, verb: Span, local: readonly EntityMention[]): EntityMention | undefined {
  const after = local.find((mention) => mention.start >= verb.end);
  if (!after) return undefined;
  const gap = text.slice(verb.end, after.start);
  return !CLAUSE_END.test(gap) && wordsBetween(text, verb.end, after.start) <= MAX_WORDS_TO_PARTY
    ? after
    : undefined;
}

/**
 * Whether the verb's pronoun agrees with the incident's noun ("قناة X للاختراق": "اختراق"); a
 * name without such a noun agrees with either.
 */
function agrees(verb: string, incident: string): boolean {
  const noun = incident
    .split(/\s+/u)
    .filter(isArabicIncidentNoun)
    .map((word) => BARE_WORD.exec(word)?.[1] ?? '')[0];
  if (!noun) return true;
  const feminine = /(?:ة|ات)$/u.test(noun);
  return verb.endsWith('ها') === feminine;
}

/**
 * The name right before the verb, else the one right after a verb that opens its clause or
 * follows the incident itself, set first as the topic ("الاختراق دبرته دولة X").
 */
function authorOf(
  text: string,
  verb: Span,
  incident: EntityMention,
  local: readonly EntityMention[],
  sentence: Sentence,
): EntityMention | undefined {
  const before = local.findLast((mention) => mention.end <= verb.start);
  // A name inside the incident's own ("اختراق وكالة X دبرته") is its victim, never its author.
  const topic = before !== undefined && before.start >= incident.start && before.end <= incident.end;
  if (before && !topic) {
    const gap = text.slice(before.end, verb.start);
    if (!CLAUSE_END.test(gap) && wordsBetween(text, before.end, verb.start) <= MAX_WORDS_TO_VERB)
      return before;
  }
  if (!topic && !opensClause(text, verb, sentence.start)) return undefined;
  const after = local.find((mention) => mention.start >= verb.end);
  if (!after) return undefined;
  const gap = text.slice(verb.end, after.start);
  return !CLAUSE_END.test(gap) && wordsBetween(text, verb.end, after.start) <= MAX_WORDS_TO_AUTHOR
    ? after
    : undefined;
}
