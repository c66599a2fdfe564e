/**
 * Arabic passives and their agents. Written without vowels, a verb's passive is spelled as its
 * active ("استهدفت X من قبل Y" is "X was targeted by Y"), and the agent follows "من قبل" (the
 * pack's `agentPrepositions`) wherever the passive is.
 */
import { connectiveWords } from '../extract/lang/index.ts';
import { alternation } from './patterns.ts';
import { wordsBetween } from './text.ts';
import { joiningWords, TRIGGERS, type TriggerMatch } from './triggers.ts';
import type { EntityMention } from './types.ts';

/**
 * Each active trigger id and the passive trigger it reads as when its agent follows "من قبل":
 * a verb of attack, and a verbal noun of one ("نفت X اختراق Y من قبل Z": Y hacked by Z).
 */
const PASSIVE_OF = new Map(
  [
    ['targeting', 'passive-targeting'],
    ['attack-by', 'passive-targeting'],
  ].map(([active, passive]) => {
    const spec = TRIGGERS.find((trigger) => trigger.id === passive);
    if (!spec) throw new Error(`no trigger "${passive}"`);
    return [active, spec] as const;
  }),
);

/** "أن", "إن" (the pack's `complementizers`) right before a word. */
const COMPLEMENTIZER_LAST = new RegExp(
  String.raw`(?:^|\s)[وف]?(?:${alternation(connectiveWords('complementizers'))})\s+$`,
  'u',
);

/** At most one word between the verb and its victim: a kind noun outside the name ("مجموعة"). */
const MAX_WORDS_TO_VICTIM = 1;

/**
 * `triggers`, each active verb read as its passive when the first name after it is joined to the
 * next by the words of a passive's agent (the `between` words of `passive-targeting`, "من قبل
 * مجموعة"): the name right after the verb is the victim, the name after "من قبل" the agent. "من
 * قبل" alone after the object means "before" ("استهدفت X Y من قبل") and joins no two names: the
 * verb stays active.
 */
export function readUnvowelledPassives(
  text: string,
  triggers: readonly TriggerMatch[],
  mentions: readonly EntityMention[],
): TriggerMatch[] {
  return triggers.map((trigger) => {
    const passive = PASSIVE_OF.get(trigger.spec.id);
    const joining = passive && joiningWords(passive);
    if (!passive || !joining) return trigger;
    // "إن اختراق X من قبل Y لم يحدث": a verbal noun opening what is said is its subject, and its
    // predicate, not the noun, says whether it happened.
    if (trigger.spec.wordClass === 'noun' && COMPLEMENTIZER_LAST.test(text.slice(0, trigger.start)))
      return trigger;
    const victim = mentions.find((mention) => mention.start >= trigger.end);
    if (!victim || wordsBetween(text, trigger.end, victim.start) > MAX_WORDS_TO_VICTIM) return trigger;
    const agent = mentions.find((mention) => mention.start >= victim.end);
    return agent && joining.test(text.slice(victim.end, agent.start))
      ? { ...trigger, spec: passive }
      : trigger;
  });
}

/** "من قبل", maybe with a kind noun ("من قبل شركة"), right before a name. */
const AGENT_BEFORE = new RegExp(
  String.raw`(?:^|\s)(?:${alternation(connectiveWords('agentPrepositions'))})\s+(?:[^\s,،.;:()]+\s+)?$`,
  'u',
);
/** How far before a name "من قبل" and a kind noun are looked for. */
const AGENT_REACH = 24;

/**
 * The names after `trigger` that follow "من قبل": agents of a passive. An agent acts or, for a
 * verb of attribution ("نُسب X من قبل Y إلى Z"), makes the claim; it is never what the verb's
 * active reading would make it, an object ("Y" as the party blamed).
 */
export function passiveAgentsAfter(
  text: string,
  trigger: TriggerMatch,
  mentions: readonly EntityMention[],
): EntityMention[] {
  return mentions.filter(
    (mention) =>
      mention.start >= trigger.end &&
      AGENT_BEFORE.test(text.slice(Math.max(trigger.end, mention.start - AGENT_REACH), mention.start)),
  );
}

/** "من قبل", maybe with a kind noun, all the gap between a name and the next. */
const AGENT_GAP = new RegExp(
  String.raw`^\s+(?:${alternation(connectiveWords('agentPrepositions'))})\s+(?:[^\s,،.;:()]+\s+)?$`,
  'u',
);

/**
 * The agent named right after `mention` behind "من قبل" ("اتُهمت X من قبل شركة Y بـ ..."), if any:
 * `mention` is then the passive's subject, what was done to, never who did it.
 */
export function agentRightAfter(
  text: string,
  mention: EntityMention,
  mentions: readonly EntityMention[],
): EntityMention | undefined {
  const next = mentions.find((other) => other.start >= mention.end);
  return next && AGENT_GAP.test(text.slice(mention.end, next.start)) ? next : undefined;
}

/** Between the agent and the trigger: nothing, or the charge's verbal noun on "ب" ("بالوقوف"). */
const CHARGE_OPENING = /^\s+(?:ب[^\s,،.;:()]+\s+)?$/u;

/**
 * The agent right before `trigger`, behind "من قبل" after another name ("تم اتهام X من قبل Y
 * بالوقوف وراء Z"): the charge that follows is said of X, the passive's subject, on Y's word.
 */
export function agentRightBefore(
  text: string,
  trigger: TriggerMatch,
  mentions: readonly EntityMention[],
): EntityMention | undefined {
  const last = mentions.findLast((mention) => mention.end <= trigger.start);
  if (!last || !CHARGE_OPENING.test(text.slice(last.end, trigger.start))) return undefined;
  const previous = mentions.findLast((mention) => mention.end <= last.start);
  return previous && agentRightAfter(text, previous, mentions) === last ? last : undefined;
}
