/**
 * Who does what in a clause that goes on past the object of its first verb.
 *
 * "APT28 did not target NATO but hacked the Bundestag", "استهدفت مجموعة X حلف الناتو واخترقت Y":
 * a second verb joined to the first by a coordinator or a conjunction of contrast shares the
 * first verb's subject; the first verb's object, the name nearest before it, is none of its
 * arguments (`objectOfEarlierVerb`).
 *
 * "APT28 hacked the DNC using X-Agent", "APT28 breached NATO and deployed Zebrocy": a means
 * named after a victim is read by the nearest-name rule as the victim's, but a clause that goes
 * on after its object keeps the subject of its first verb. A use whose user is what an earlier
 * targeting in the same sentence targeted is given to whoever targeted it, unless a relative
 * pronoun between the two opens a clause about the victim ("the DNC, which used CrowdStrike").
 *
 * "The ministries that APT28 targeted shared the files with NATO": a verb closing a relative
 * clause of its object has that object before it, the noun the clause describes; the name after
 * it belongs to the main clause (`closesObjectRelative`).
 */
import { claimPhrases, connectiveWords, PACKS } from '../extract/lang/index.ts';
import type { Span } from '../types.ts';
import { openingWord } from './articles.ts';
import { alternation, RELATIVE_PRONOUNS, SPEAKER_VERB_LIST } from './patterns.ts';
import { wordsBetween } from './text.ts';
import type { EntityMention } from './types.ts';

interface Stated {
  relation: { type: string; source: string; target: string };
  trigger: { start: number; end: number };
}

/** "which", "qui", "الذي": a clause about the name before it, whose own subject that name is. */
const RELATIVE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${RELATIVE_PRONOUNS})(?![\p{L}\p{M}])`, 'iu');

export function usesToTheirAttacker<Item extends Stated>(text: string, pending: readonly Item[]): Item[] {
  const targetings = pending.filter((item) => item.relation.type === 'TARGETED');
  return pending.map((item) => {
    if (item.relation.type !== 'USES') return item;
    const targeting = targetings.find(
      (candidate) =>
        candidate.relation.target === item.relation.source &&
        candidate.trigger.end <= item.trigger.start &&
        !RELATIVE.test(text.slice(candidate.trigger.end, item.trigger.start)),
    );
    if (!targeting || targeting.relation.source === item.relation.target) return item;
    return { ...item, relation: { ...item.relation, source: targeting.relation.source } };
  });
}

/**
 * "a malware used to spy on suspects arrested by the regime": a name after a participle (a word
 * with one of the packs' `connectives.pastParticipleEndings`) and the agent's preposition
 * (`connectives.agentPrepositions`, "by", "par"), maybe with a definite article, is the agent of
 * that participle, which describes the trigger's object; it is neither what was targeted nor
 * what was used. A participle of holding (`enumerations.holdingParticiples`, "servers operated
 * by NATO") names the object's owner, which an attack on the object reaches too; a French one
 * is compared without its agreement ("gérés": "géré").
 */
const AGENT_OF_PARTICIPLE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(\p{Ll}+(?:${alternation(connectiveWords('pastParticipleEndings'))}))\s+` +
    String.raw`(?:${alternation(connectiveWords('agentPrepositions'))})\s+` +
    String.raw`${openingWord(connectiveWords('definiteArticles'), { full: String.raw`\s+`, elided: '' })}?$`,
  'u',
);
/** The packs' `enumerations.holdingParticiples`, in their base form. */
const HOLDING = new Set(PACKS.flatMap((pack) => pack.enumerations.holdingParticiples));

/** Whether `between`, the text from an object-first trigger to a name after it, makes that name another verb's agent. */
export function agentOfAnotherVerb(types: readonly string[], between: string): boolean {
  if (!types.includes('TARGETED') && !types.includes('USES')) return false;
  const participle = AGENT_OF_PARTICIPLE.exec(between)?.[1];
  return participle !== undefined && !HOLDING.has(participle.replace(/(?<=é)e?s?$/u, ''));
}

/** The start of a relative clause set off by a comma, up to a name inside it. */
const RELATIVE_OPENED_BEFORE = new RegExp(String.raw`,\s*(?:${RELATIVE_PRONOUNS}|who)\s[^,;:.()]*$`, 'iu');
/** From that name to the verb: the clause closes with a comma, then at most an adverb or an auxiliary. */
const CLAUSE_CLOSED_BEFORE_VERB = /^[^,;:.()]*,\s*(?:\p{Ll}+\s+){0,3}$/u;

/**
 * "The attackers, who used Cobalt Strike, compromised the Bundestag": a name inside a relative
 * clause set off by commas is no subject of the verb after it, which has the noun before the
 * clause as its subject, named or not.
 */
export function insideClosedRelative(
  text: string,
  sentenceStart: number,
  name: Span,
  verbStart: number,
): boolean {
  return (
    RELATIVE_OPENED_BEFORE.test(text.slice(sentenceStart, name.start)) &&
    CLAUSE_CLOSED_BEFORE_VERB.test(text.slice(name.end, verbStart))
  );
}

/** How far the tool may follow a verb of use written right after an incident ("using the X malware"). */
const MEANS_AFTER_USE_WORDS = 2;

/**
 * "behind the hack of TV5Monde and the 2019 attacks on Georgia using Olympic Destroyer": a tool
 * used right after an incident is the incident's means, so its user is the attacker the sentence
 * makes responsible for that incident, never the victim in the incident's name nor a name
 * further back; with no attacker made responsible, the sentence says no one used it.
 */
export function incidentMeansToAttacker<
  Trigger extends Span & { spec: { types: readonly string[]; source: string } },
  Item extends Stated & { trigger: Trigger },
>(
  text: string,
  pending: readonly Item[],
  triggers: readonly Trigger[],
  mentions: readonly EntityMention[],
): Item[] {
  const uses = triggers.flatMap((trigger) => {
    if (!trigger.spec.types.includes('USES') || trigger.spec.source !== 'left') return [];
    const incident = mentions.findLast(
      (mention) =>
        mention.entity.type === 'Event' &&
        mention.end <= trigger.start &&
        /^\s*$/u.test(text.slice(mention.end, trigger.start)),
    );
    const means = mentions.find((mention) => mention.start >= trigger.end);
    if (
      !incident ||
      means?.entity.type !== 'Malware' ||
      wordsBetween(text, trigger.end, means.start) > MEANS_AFTER_USE_WORDS ||
      /[,;:()]/u.test(text.slice(trigger.end, means.start))
    )
      return [];
    return [{ trigger, incident, means }];
  });
  if (uses.length === 0) return [...pending];
  const kept = pending.filter(
    (item) =>
      item.relation.type !== 'USES' ||
      !uses.some(({ trigger }) => trigger.start === item.trigger.start && trigger.end === item.trigger.end),
  );
  const attackersUse = uses.flatMap(({ trigger, incident, means }) =>
    pending
      .filter(
        (item) => item.relation.type === 'ATTRIBUTED_TO' && item.relation.source === incident.entity.key,
      )
      .map((attribution) => ({
        ...attribution,
        relation: {
          ...attribution.relation,
          type: 'USES',
          source: attribution.relation.target,
          target: means.entity.key,
        },
        trigger,
      })),
  );
  return [...kept, ...attackersUse];
}

/** "Like X, ...", "على غرار X، ...": a comparison opening the sentence, maybe after "و", up to the name. */
const COMPARISON_OPENING = new RegExp(
  String.raw`[.!?؟\n]["»”)]?\s*[وف]?(?:${alternation(connectiveWords('comparisons'))})(?:(?<=['’])|\s+|(?<=ل))(?:[^\s,،.;:]+\s+)?$`,
  'iu',
);
/** How far back from a name its comparison's words may start. */
const COMPARISON_REACH = 60;

/**
 * Whether `mention` is what a comparison opening the sentence compares with, and `trigger` the
 * main clause's after the comma that closes the comparison ("Like APT28 before it, Turla hacked
 * the Bundestag"): the name compared with is no argument of it.
 */
export function comparedWith(text: string, mention: Span, trigger: Span): boolean {
  if (!/[,،]/u.test(text.slice(mention.end, trigger.start))) return false;
  const from = Math.max(0, mention.start - COMPARISON_REACH);
  return COMPARISON_OPENING.test(`${from === 0 ? '\n' : ''}${text.slice(from, mention.start)}`);
}

/**
 * Between an object and a second verb: a comma at most, a coordinator, a word that opens a clause
 * ("ثم"), an adverb of sequence ("then", "puis") or a conjunction of contrast ("and", "but", "mais", "بل", "لكنها"), and at most two lower-case words (a pronoun
 * for the subject, an auxiliary: "but it has", "mais a"). An Arabic conjunction glued to the
 * verb ("واخترقت") is part of the verb's match, so nothing but space is left between.
 */
const JOINS_SECOND_VERB = new RegExp(
  String.raw`^\s*[,،]?\s*(?:${alternation([...connectiveWords('listCoordinators'), ...connectiveWords('clauseOpeners'), ...connectiveWords('sequenceAdverbs'), ...claimPhrases('contrasts')])})(?:\s+\p{Ll}+){0,2}\s*$`,
  'iu',
);
const GLUED_CONJUNCTION = /^[وف]/u;
/** From the first verb to its object: one clause, a few words (an Arabic subject after its verb). */
const VERB_TO_OBJECT = /^[^.;:!?()]{0,80}$/u;
const VERB_TO_OBJECT_WORDS = 6;
/**
 * "did not target NATO": a verb no trigger lists, known as a verb by the negation before it,
 * then its object, maybe after an article.
 */
const NEGATED_VERB_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${alternation(claimPhrases('negations'))})\s+\p{Ll}+\s+(?:(?:${alternation(connectiveWords('definiteArticles'))})\s*)?$`,
  'iu',
);

interface VerbTrigger extends Span {
  spec: { wordClass: string };
}

/**
 * Whether `mention`, the object of a verb before it, is followed only by a conjunction and the
 * verb `trigger` of a second clause that shares the first one's subject.
 */
export function objectOfEarlierVerb(
  text: string,
  mention: Span,
  trigger: VerbTrigger,
  triggers: readonly VerbTrigger[],
): boolean {
  if (trigger.spec.wordClass !== 'verb') return false;
  const between = text.slice(mention.end, trigger.start);
  const joined =
    JOINS_SECOND_VERB.test(between) ||
    (/^\s+$/u.test(between) && GLUED_CONJUNCTION.test(text.slice(trigger.start, trigger.end)));
  return (
    joined &&
    (NEGATED_VERB_BEFORE.test(text.slice(Math.max(0, mention.start - 40), mention.start)) ||
      triggers.some(
        (other) =>
          other !== trigger &&
          other.spec.wordClass === 'verb' &&
          other.end <= mention.start &&
          VERB_TO_OBJECT.test(text.slice(other.end, mention.start)) &&
          wordsBetween(text, other.end, mention.start) <= VERB_TO_OBJECT_WORDS,
      ))
  );
}

/** A word and the same word with a capital, for a determiner that may open the sentence. */
function eitherCase(words: readonly string[]): string[] {
  return words.flatMap((word) => [word, word.charAt(0).toUpperCase() + word.slice(1)]);
}

/** What opens a noun phrase in any language: an article, a demonstrative, a possessive. */
const DETERMINER_WORDS = [
  ...connectiveWords('definiteArticles'),
  ...connectiveWords('indefiniteArticles'),
  ...connectiveWords('demonstratives'),
  ...connectiveWords('possessivePronouns'),
];
/**
 * "the energy ministries that APT28 ": a determiner, up to three lower-case words (the last one
 * the noun, captured), a relative pronoun with no comma before it, and the clause's subject up
 * to the verb.
 */
const RESTRICTIVE_RELATIVE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${alternation(eitherCase(DETERMINER_WORDS))})\s+(?:\p{Ll}[\p{L}\p{M}-]*\s+){0,2}(\p{Ll}[\p{L}\p{M}-]*)\s+(?:${RELATIVE_PRONOUNS})\s+[^,;:.!?()"«»]{1,60}$`,
  'u',
);
/** "said that": a verb of saying before "that" makes it a complementizer, not a relative pronoun. */
const SPEAKER_VERBS = new Set(SPEAKER_VERB_LIST.map((verb) => verb.toLowerCase()));
/** The first lower-case word after the verb. */
const FIRST_WORD_AFTER = /^\s*(\p{Ll}[\p{L}\p{M}'’-]*)/u;
/** Words that go on with the verb's own object or complement: determiners and prepositions. */
const OBJECT_OPENERS = new Set(
  [
    ...DETERMINER_WORDS,
    ...connectiveWords('nounPhraseClosers'),
    ...connectiveWords('listQuantifiers'),
    ...connectiveWords('placePrepositions'),
    ...connectiveWords('originPrepositions'),
    ...connectiveWords('recipientPrepositions'),
    ...connectiveWords('agentPrepositions'),
  ].map((word) => word.toLowerCase()),
);

/**
 * Whether the verb `trigger` closes a relative clause of its object ("the ministries that APT28
 * targeted"), so that `mention` after it is no object of it: the relative pronoun follows a
 * noun, not a verb of saying, and the verb is followed by a word that opens no object (a main
 * verb, an adverb of time: "targeted shared the files with NATO", "targeted last year shared").
 */
export function closesObjectRelative(text: string, trigger: Span, mention: Span): boolean {
  // The word after the verb first: most verbs go on with their object, and the look back costs more.
  const next = FIRST_WORD_AFTER.exec(text.slice(trigger.end, mention.start))?.[1];
  if (next === undefined || OBJECT_OPENERS.has(next.toLowerCase())) return false;
  const opened = RESTRICTIVE_RELATIVE_BEFORE.exec(
    text.slice(Math.max(0, trigger.start - 160), trigger.start),
  );
  return opened?.[1] !== undefined && !SPEAKER_VERBS.has(opened[1].toLowerCase());
}
