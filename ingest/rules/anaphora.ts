/**
 * Simple, predictable anaphora for relation extraction (the phrases are the language packs'
 * `references`): "ce groupe", "the group", "المجموعة"
 * stand for the last threat actor named shortly before; "the malware", "البرمجية" for the one
 * malware named so far; "cette opération", "the attack", "هذه الهجمات" for the last incident
 * (Event) named before in the document; "this campaign" for the incident named just before, else
 * the actor; descriptions with modifiers and organisation head nouns in ./descriptions.ts,
 * pronouns in ./pronouns.ts; the head noun of the subject a first sentence defines, which wins
 * over all of these, in ./document-subject.ts. Nothing cleverer: a wrong guess here would put a
 * relation on the wrong node, so an actor or malware phrase whose window names two different
 * entities ("the attackers" after APT28 and APT29) stands for none.
 */
import type { EntityType } from '../../graph-schema/schema.ts';
import {
  capitalisedFunctionWords,
  connectiveWords,
  incidentWords,
  packFor,
  PACKS,
} from '../extract/lang/index.ts';
import type { Sentence, Span } from '../types.ts';
import { companyReferences, describedActors, organisationReferences } from './descriptions.ts';
import { findDocumentSubject, subjectReferences } from './document-subject.ts';
import { ANY_SPACE, openingWord } from './articles.ts';
import { alternation } from './patterns.ts';
import { HOLDING_NOUN, OWNED_TOOL_NOUN, VICTIM_HOLDING_NOUN } from './possessives.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { findPronouns, salientAntecedent, topicOf, type Agreement } from './pronouns.ts';
import { overlapsAnyOf } from './span-overlap.ts';
import { unnamedCampaignActors } from './unnamed-campaigns.ts';
import { escapeRegExp, firstStartingFrom, within } from './text.ts';
import type { EntityMention, ResolvedEntity } from './types.ts';
import { matchesOf } from '../regex-matches.ts';

/**
 * `window`: how many sentences back the antecedent may be named. `unique`: the phrase stands
 * for nothing when its window names two different entities of the type. `topical`: when the
 * window names none, the phrase stands for the document's topic of the type (see topicOf).
 */
interface ReferringEntry {
  type: EntityType;
  phrases: readonly string[];
  window: number;
  unique: boolean;
  topical?: boolean;
  /**
   * With several named in the window, whether only the subject of the nearest sentence naming
   * one may be the antecedent, else the document's topic of the type: a tool named in passing
   * ("an exploit known as X") is no antecedent of "the malware" in an article about another one.
   */
  subjectOrTopic?: boolean;
  /**
   * With none named before it, the one entity of the type the whole document names: news often
   * says "the attack" for paragraphs before it names the incident ("the attack on Albania").
   */
  onlyOneAhead?: boolean;
  /**
   * "this campaign": the incident or campaign named last when the document names one before,
   * else the actor the text speaks of through its campaign, as the actor phrases resolve.
   */
  orActor?: boolean;
}

const ACTOR_PHRASES: ReferringEntry = {
  type: 'ThreatActor',
  window: 2,
  unique: true,
  // An encyclopaedic lead names its actor once, then says "the group" paragraphs later.
  topical: true,
  phrases: PACKS.flatMap((pack) => pack.references.actors),
};

/**
 * "the Iranian group" resolves like "the group", but never to the topic: a description with
 * modifiers far from any actor ("this terrorist group" after an organisation) is about something
 * the finders did not take for an actor.
 */
const DESCRIBED_ACTORS: ReferringEntry = { ...ACTOR_PHRASES, phrases: [], topical: false };

const CAMPAIGN_PHRASES: ReferringEntry = {
  type: 'Event',
  window: Number.POSITIVE_INFINITY,
  unique: false,
  orActor: true,
  phrases: PACKS.flatMap((pack) => pack.references.campaigns),
};

const REFERRING_PHRASES: readonly ReferringEntry[] = [
  ACTOR_PHRASES,
  CAMPAIGN_PHRASES,
  {
    type: 'Malware',
    // An article about one piece of malware keeps calling it "the malware".
    window: Number.POSITIVE_INFINITY,
    unique: true,
    subjectOrTopic: true,
    phrases: PACKS.flatMap((pack) => pack.references.malware),
  },
  {
    type: 'Event',
    window: Number.POSITIVE_INFINITY,
    unique: false,
    onlyOneAhead: true,
    phrases: PACKS.flatMap((pack) => pack.references.incidents),
  },
];

/** How many sentences back two incidents make a later "the attack" ambiguous. */
const RECENT_INCIDENT_SENTENCES = 2;

/**
 * "شبكات من القراصنة", "عدد من المهاجمين": after an indefinite noun and the partitive "من", a noun
 * for attackers with the article is any such people, not an actor named before.
 */
const ARABIC_PARTITIVE_BEFORE = /(?:^|\s)(?!ال)[\u0621-\u064a]{2,}\s+من\s+$/u;
/** How far before a reference the partitive and its noun may begin. */
const PARTITIVE_REACH = 30;

/**
 * A complement right after an actor phrase ("of", "de", "du", "des") that is not itself a noun
 * for attackers, the last word of an actor phrase ("groupe de hackers", "group of attackers").
 */
const ACTOR_COMPLEMENT = new RegExp(
  String.raw`^\s+(?:(?:of|de|du|des)\s+|d['’]\s*)(?!(?:${[
    ...new Set(ACTOR_PHRASES.phrases.map((phrase) => phrase.split(/\s+/u).at(-1) ?? phrase)),
  ]
    .map(escapeRegExp)
    .join('|')})(?![\p{L}]))`,
  'iu',
);

/**
 * After a definite incident noun, the word that makes what follows its victim ("the attack on
 * a hospital", "l'attaque contre un hôpital", "الهجوم على مستشفى"): the packs' words for "against"
 * (`incidents.againstVictim`) and for "on" (`victimPrepositions`, English and Arabic), then maybe
 * a definite article. Not before a date or a day ("the attack on
 * Monday", "the attack on 12 May"), which place the incident told of before in time. French
 * puts the victim after "contre" or "visant": "sur" after the noun says where the incident was
 * told or claimed ("a revendiqué l'opération sur Telegram"), not whom it hit.
 */
const INCIDENT_VICTIM = new RegExp(
  String.raw`^\s+(?:${alternation([...incidentWords('againstVictim'), ...incidentWords('victimPrepositions')])})\s+${openingWord(connectiveWords('definiteArticles'), ANY_SPACE)}?(?![\p{N}]|(?:${alternation(
    [...incidentWords('months'), ...capitalisedFunctionWords()],
  )})(?![\p{L}]))`,
  'u',
);
/** A demonstrative points back even with a complement ("this attack on the broadcaster"). */
const DEMONSTRATIVE = new RegExp(String.raw`^(?:${alternation(connectiveWords('demonstratives'))})\s`, 'iu');

/** An adjective right after a reference that makes it another one than any named before. */
const OTHER_AFTER = new RegExp(
  String.raw`^\s+(?:${alternation(PACKS.flatMap((pack) => pack.references.othersAfter))})(?![\p{L}\p{M}])`,
  'iu',
);
const OTHER_REACH = 24;

const REFERRING = new PhraseMatcher(
  REFERRING_PHRASES.flatMap((entry) =>
    entry.phrases.map((phrase) => ({ phrase, value: entry, arabicPrefix: '(?:[وف])?(?:[بلك])?' })),
  ),
);

/** The entity all the mentions are of, when there is exactly one. */
function onlyEntity(mentions: readonly EntityMention[]): ResolvedEntity | undefined {
  const [first] = mentions;
  return first && mentions.every((mention) => mention.entity.key === first.entity.key)
    ? first.entity
    : undefined;
}

/**
 * Mentions standing for earlier entities. `mentions` must be sorted by start; the result is
 * meant for relation extraction only, not stored as mentions of the entity.
 */
export function findAnaphora(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly EntityMention[],
  demonyms: readonly Span[] = [],
): EntityMention[] {
  const byType = new Map<EntityType, EntityMention[]>();
  for (const mention of mentions) {
    const list = byType.get(mention.entity.type) ?? [];
    list.push(mention);
    byType.set(mention.entity.type, list);
  }
  // The subject a lead defines wins where its head noun is the reference's ("the robbery").
  const subject = findDocumentSubject(text, sentences, mentions);
  const toSubject = subject ? subjectReferences(text, subject, mentions) : [];
  const found: EntityMention[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    const local = within(mentions, sentence);
    const references: EntityMention[] = [];
    const actorWindowStart = sentences[Math.max(0, sentenceIndex - ACTOR_PHRASES.window)]?.start ?? 0;
    const matches = [
      ...REFERRING.find(text, sentence.start, sentence.end),
      ...describedActors(text, sentence, demonyms).map((span) => ({ ...span, value: DESCRIBED_ACTORS })),
    ];
    for (const match of matches) {
      const { start, end } = match;
      const entry = match.value.orActor
        ? campaignEntry(text, match, byType.get('Event') ?? [], actorWindowStart)
        : match.value;
      // Part of a name ("the hack of TV5Monde", where the incident's name starts at "hack"), or a
      // cue word right before one of its type ("le groupe «APT 28»"): not a reference. A name of
      // another type right after it is the verb's object ("واستهدفت المجموعة الناتو").
      if (local.some((mention) => mention.start < end && start < mention.end)) continue;
      if (
        local.some(
          (mention) => mention.start >= end && mention.start - end <= 3 && mention.entity.type === entry.type,
        )
      )
        continue;
      // "المجموعة الجديدة", "le groupe rival": another one than any named before.
      if (OTHER_AFTER.test(text.slice(end, end + OTHER_REACH))) continue;
      // "the backdoor of an infected system": a tool's noun owned by something is generic.
      if (entry.type === 'Malware' && /^\s+of(?![\p{L}])/u.test(text.slice(end, end + 4))) continue;
      // "The attack on a regional hospital was attributed to X": a definite incident noun with
      // its own victim describes another incident, which a guess would blame on the last one's actor.
      if (
        entry.type === 'Event' &&
        !DEMONSTRATIVE.test(text.slice(start, end)) &&
        INCIDENT_VICTIM.test(text.slice(end, end + 60))
      )
        continue;
      // "the group of experts", "the operators of the pipeline", "le groupe de travail": a noun
      // for people completed by what they are is no actor named before ("ce groupe de hackers" is).
      if ((entry.type === 'ThreatActor' || entry.orActor) && ACTOR_COMPLEMENT.test(text.slice(end, end + 40)))
        continue;
      if (
        entry.type === 'ThreatActor' &&
        ARABIC_PARTITIVE_BEFORE.test(text.slice(Math.max(sentence.start, start - PARTITIVE_REACH), start))
      )
        continue;
      const windowStart =
        entry.window === Number.POSITIVE_INFINITY
          ? 0
          : (sentences[Math.max(0, sentenceIndex - entry.window)]?.start ?? 0);
      const candidates = byType.get(entry.type) ?? [];
      // "Hackers hit X. Intruders also hit Y. Police attributed the attack to Z.": with two incidents
      // told in the sentences just before, "the attack" is either, and a guess would blame one.
      if (
        entry.type === 'Event' &&
        !DEMONSTRATIVE.test(text.slice(start, end)) &&
        namesSeveral(
          candidates,
          sentences[Math.max(0, sentenceIndex - RECENT_INCIDENT_SENTENCES)]?.start ?? 0,
          start,
        )
      )
        continue;
      const antecedent = lastBefore(candidates, start);
      const inWindow = antecedent !== undefined && antecedent.start >= windowStart;
      const entity = inWindow
        ? entry.unique && namesSeveral(candidates, windowStart, start)
          ? // Several named in the window: the subject of the nearest sentence naming one, or its only one.
            (salientAntecedent(
              text,
              sentences,
              sentenceIndex,
              start,
              (span) => within(candidates, span),
              agreementOf(entry),
            ) ??
            (entry.subjectOrTopic
              ? topicOf(candidates.filter((mention) => mention.start < start))
              : entry.topical
                ? topicNamedSince(text, candidates, windowStart, start)
                : undefined))
          : antecedent.entity
        : entry.topical
          ? topicOf(candidates.filter((mention) => mention.start < start))
          : entry.onlyOneAhead && antecedent === undefined
            ? onlyEntity(candidates)
            : undefined;
      if (entity) references.push({ start, end, surface: text.slice(start, end), entity, anaphoric: true });
    }
    found.push(...references);
    found.push(...companyReferences(text, sentences, sentenceIndex, byType.get('Organization') ?? []));
    found.push(...predicateNominals(text, local));
    found.push(...targetOwners(text, sentences, sentenceIndex, byType.get('ThreatActor') ?? []));
    found.push(...toolOwners(text, sentences, sentenceIndex, byType.get('ThreatActor') ?? [], local));
    found.push(...holdingOwners(text, sentences, sentenceIndex, mentions, byType.get('ThreatActor') ?? []));
    found.push(...victimHoldingOwners(text, sentences[sentenceIndex], mentions));
    found.push(...latterReferences(text, sentences, sentenceIndex, mentions));
    found.push(...actorPairReferences(text, sentences, sentenceIndex, byType.get('ThreatActor') ?? []));
    found.push(...memberOwners(text, sentences, sentenceIndex, [...local, ...references], byType));
  });
  found.push(...organisationReferences(text, sentences, byType.get('Organization') ?? []));
  found.push(...unnamedCampaignActors(text, sentences, mentions));
  const toSubjectAt = overlapsAnyOf(toSubject);
  const references = [...found.filter((mention) => !toSubjectAt(mention)), ...toSubject];
  // "The group dropped X. It also used Y.": a pronoun may carry on a reference as well as a name.
  const referred = [...mentions, ...references].sort((a, b) => a.start - b.start);
  const organisation = subject?.entity.type === 'Organization' ? subject.entity : undefined;
  references.push(...findPronouns(text, sentences, referred, organisation));
  return references.sort((a, b) => a.start - b.start);
}

/**
 * What "this campaign" stands for at its place: the incident named last before it, in the
 * window of an actor phrase (not one with its own victim after the noun, "the campaign against
 * X", unless a demonstrative points back), else the actor, as "the group" would: an incident
 * told of pages before is no longer the one a report's "this campaign" speaks of.
 */
function campaignEntry(
  text: string,
  match: { start: number; end: number },
  incidents: readonly EntityMention[],
  windowStart: number,
): ReferringEntry {
  const incident = lastBefore(incidents, match.start);
  if (incident === undefined || incident.start < windowStart) return ACTOR_PHRASES;
  const phrase = text.slice(match.start, match.end);
  const ownVictim = INCIDENT_VICTIM.test(text.slice(match.end, match.end + 60));
  return ownVictim && !DEMONSTRATIVE.test(phrase) ? ACTOR_PHRASES : CAMPAIGN_PHRASES;
}

/**
 * The document's topic of the type when the window names it among others: in a report on the
 * Winnti Group, "a campaign attributed to APT41. ... the threat actor leveraged X" is the group
 * the report is about. A window without the topic, or naming two of them side by side ("APT28
 * and APT29 hit NATO"), leaves the phrase standing for none.
 */
function topicNamedSince(
  text: string,
  sorted: readonly EntityMention[],
  from: number,
  to: number,
): ResolvedEntity | undefined {
  const topic = topicOf(sorted.filter((mention) => mention.start < to));
  const named = sorted.filter((mention) => mention.start >= from && mention.start < to);
  const coordinated = named.some((mention, index) => {
    const next = named[index + 1];
    return (
      next !== undefined &&
      next.entity !== mention.entity &&
      COORDINATION.test(text.slice(mention.end, next.start))
    );
  });
  return !coordinated && named.some((mention) => mention.entity === topic) ? topic : undefined;
}
/**
 * Only a comma or one of the packs' `connectives.listCoordinators` between two names: "APT28 and
 * APT29", "APT28, APT29 et Turla"; the Arabic "و" may be glued to the next name.
 */
const COORDINATION = new RegExp(
  String.raw`^\s*(?:,|,?\s*(?:${alternation(
    PACKS.filter((pack) => pack.lang !== 'ar').flatMap((pack) => pack.connectives.listCoordinators),
  )})\s|\s*(?:${alternation(packFor('ar').connectives.listCoordinators)})\s*)\s*$`,
  'u',
);

/** A description of the type agrees with that type alone, and is resolved in its window only. */
function agreementOf(entry: ReferringEntry): Agreement {
  const types = new Set([entry.type]);
  return { types, plausible: types, topical: false, subjectOnly: entry.subjectOrTopic === true };
}

/** The last mention starting before `offset` in a list sorted by start. Binary search. */
function lastBefore(sorted: readonly EntityMention[], offset: number): EntityMention | undefined {
  return sorted[firstStartingFrom(sorted, offset) - 1];
}

/** Whether mentions starting in [from, to) name more than one entity. */
function namesSeveral(sorted: readonly EntityMention[], from: number, to: number): boolean {
  let first: string | undefined;
  for (let index = firstStartingFrom(sorted, from); index < sorted.length; index++) {
    const mention = sorted[index];
    if (!mention || mention.start >= to) break;
    if (first === undefined) first = mention.entity.key;
    else if (mention.entity.key !== first) return true;
  }
  return false;
}

/**
 * After an actor or a malware, an apposition set off by commas, then a copula and an article:
 * "X, classified as an APT, is a sophisticated threat actor ...", "X est un groupe ...", "X is
 * the group behind Y".
 */
const COPULA_AFTER_SUBJECT = /^(?:\s*,[^,.;:()]{1,120},)?\s+(?:is|was|est|était)\s+(?:an?|the|un|une)\s+/iu;
/** Up to five words of description, then the noun the predicate is headed by. */
const PREDICATE_HEAD = new RegExp(
  String.raw`^(?:[\p{L}\p{N}’'-]+\s+){0,5}?(${[
    'threat actor',
    'actor',
    'group',
    'team',
    'gang',
    'APT',
    'collective',
    'organi[sz]ation',
    'backdoor',
    'malware',
    'ransomware',
    'trojan',
    'implant',
    'worm',
    'groupe',
    'équipe',
    'logiciel',
    'rançongiciel',
  ].join('|')})(?![\p{L}\p{N}-])`,
  'iu',
);
const PREDICATED_TYPES = new Set<EntityType>(['ThreatActor', 'Malware']);
/** How far after its subject a predicate noun is looked for. */
const PREDICATE_REACH = 200;

/**
 * A noun predicated of an actor or a malware names it again: in "Leviathan is an APT associated
 * with X", the relation's left argument is the APT, which is Leviathan. The predicate noun
 * becomes a reference to the subject, so that the words after it find their argument close by.
 */
function predicateNominals(text: string, local: readonly EntityMention[]): EntityMention[] {
  const found: EntityMention[] = [];
  for (const subject of local) {
    if (!PREDICATED_TYPES.has(subject.entity.type) || subject.anaphoric) continue;
    const after = text.slice(subject.end, subject.end + PREDICATE_REACH);
    const copula = COPULA_AFTER_SUBJECT.exec(after);
    if (!copula) continue;
    const head = PREDICATE_HEAD.exec(after.slice(copula[0].length));
    const noun = head?.[1];
    if (!head || noun === undefined) continue;
    const end = subject.end + copula[0].length + head[0].length;
    const start = end - noun.length;
    // A name inside the predicate ("is a tool of APT28") is an argument, not the subject again.
    if (local.some((mention) => mention !== subject && mention.start < end && mention.end > subject.end))
      continue;
    found.push({ start, end, surface: text.slice(start, end), entity: subject.entity, anaphoric: true });
  }
  return found;
}

/**
 * "their targets", "its victims", "leurs cibles", the packs' `references.targetOwners`: a
 * possessive, the phrase's first word, before the noun for an actor's targets.
 */
const TARGET_OWNER = (() => {
  const nounsByPossessive = new Map<string, string[]>();
  for (const phrase of PACKS.flatMap((pack) => pack.references.targetOwners)) {
    const possessive = phrase.slice(0, phrase.indexOf(' '));
    nounsByPossessive.set(possessive, [
      ...(nounsByPossessive.get(possessive) ?? []),
      phrase.slice(possessive.length + 1),
    ]);
  }
  const owners = [...nounsByPossessive].map(
    ([possessive, nouns]) =>
      String.raw`${escapeRegExp(possessive)}(?=\s+(?:${alternation(nouns)})(?![\p{L}]))`,
  );
  return new RegExp(String.raw`(?<![\p{L}])(?:${owners.join('|')})`, 'giu');
})();
/**
 * "واستهدفت هجماتها ...", "حملته", the packs' `references.attachedOwners`: an Arabic noun for an
 * actor's attacks or campaigns with its possessive attached. The whole word stands for the owner,
 * as "their" does, so that it is the subject a verb before it finds (the clitics و/ف and a
 * preposition stay outside).
 */
const ATTACHED_OWNER = new RegExp(
  String.raw`(?<![\p{L}])(?:[وف])?(?:[بل])?(${alternation(PACKS.flatMap((pack) => pack.references.attachedOwners))})(?![\p{L}])`,
  'gu',
);
/** "its backdoor, X", "son logiciel malveillant X": one of the packs' `connectives.possessivePronouns` before a noun for malware. */
const TOOL_OWNER = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(connectiveWords('possessivePronouns'))})(?=\s+${OWNED_TOOL_NOUN})`,
  'giu',
);
/** How many sentences back the owner of "their targets" may be named before the text's topic stands for it. */
const OWNER_WINDOW = 2;

/**
 * "Most of their targets have been in Iran": the possessive stands for the one actor named in
 * the sentences just before, or, when none is, for the text's topic actor.
 */
function targetOwners(
  text: string,
  sentences: readonly Sentence[],
  index: number,
  actors: readonly EntityMention[],
): EntityMention[] {
  const sentence = sentences[index];
  if (!sentence) return [];
  const windowStart = sentences[Math.max(0, index - OWNER_WINDOW)]?.start ?? 0;
  const found: EntityMention[] = [];
  for (const match of matchesOf(TARGET_OWNER, text.slice(sentence.start, sentence.end))) {
    const start = sentence.start + match.index;
    const entity = ownerBefore(actors, start, windowStart);
    if (entity)
      found.push({ start, end: start + match[0].length, surface: match[0], entity, anaphoric: true });
  }
  for (const match of matchesOf(ATTACHED_OWNER, text.slice(sentence.start, sentence.end))) {
    const word = match[1] ?? '';
    const start = sentence.start + match.index + match[0].length - word.length;
    const entity = ownerBefore(actors, start, windowStart);
    if (entity) found.push({ start, end: start + word.length, surface: word, entity, anaphoric: true });
  }
  return found;
}

/**
 * "APT28 is a Russian group. Its backdoor, X-Agent, ...": the possessive stands for the owner
 * as in "their targets", unless an organisation or a malware is named before it in its
 * sentence ("Microsoft said its backdoor ...", "Emotet and its loader"): either may own it.
 * `local`: the names of the sentence.
 */
function toolOwners(
  text: string,
  sentences: readonly Sentence[],
  index: number,
  actors: readonly EntityMention[],
  local: readonly EntityMention[],
): EntityMention[] {
  const sentence = sentences[index];
  if (!sentence) return [];
  const windowStart = sentences[Math.max(0, index - OWNER_WINDOW)]?.start ?? 0;
  const found: EntityMention[] = [];
  for (const match of matchesOf(TOOL_OWNER, text.slice(sentence.start, sentence.end))) {
    const start = sentence.start + match.index;
    if (local.some((mention) => mention.start < start && OTHER_OWNERS.has(mention.entity.type))) continue;
    const entity = ownerBefore(actors, start, windowStart);
    if (entity)
      found.push({ start, end: start + match[0].length, surface: match[0], entity, anaphoric: true });
  }
  return found;
}
const OTHER_OWNERS = new Set<EntityType>(['Organization', 'Malware', 'Person']);

/** Who else may own servers, tools or ties: a country too ("Estonia denied its ties to X"). */
const HOLDING_OWNERS = new Set<EntityType>([...OTHER_OWNERS, 'Location']);
/** "its toolset", "their C2 servers", "son arsenal": a possessive pronoun before one of the packs' `references.holdings`. */
const HOLDING_OWNER = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(connectiveWords('possessivePronouns'))})(?=\s+(?:${HOLDING_NOUN})(?![\p{L}]))`,
  'giu',
);

/**
 * "Greyfin is an espionage group. Its toolset includes X": the possessive stands for the one
 * actor named in the sentences just before, or for the text's topic actor when none is, as
 * "their targets" does. A bank, a ministry or a country has servers and ties too, so an
 * organisation, a person, a place or a malware named after that actor, or before the possessive
 * in its sentence, may be their owner: then it stands for none.
 */
function holdingOwners(
  text: string,
  sentences: readonly Sentence[],
  index: number,
  mentions: readonly EntityMention[],
  actors: readonly EntityMention[],
): EntityMention[] {
  const sentence = sentences[index];
  if (!sentence || PACKS.every((pack) => pack.references.holdings.length === 0)) return [];
  const windowStart = sentences[Math.max(0, index - OWNER_WINDOW)]?.start ?? 0;
  const found: EntityMention[] = [];
  for (const match of matchesOf(HOLDING_OWNER, text.slice(sentence.start, sentence.end))) {
    const start = sentence.start + match.index;
    const entity = ownerBefore(actors, start, windowStart);
    if (!entity) continue;
    const lastActor = lastBefore(actors, start);
    const from = lastActor && lastActor.start >= windowStart ? lastActor.end : windowStart;
    const otherOwner = mentions.some(
      (mention) => HOLDING_OWNERS.has(mention.entity.type) && mention.start >= from && mention.end <= start,
    );
    if (!otherOwner)
      found.push({ start, end: start + match[0].length, surface: match[0], entity, anaphoric: true });
  }
  return found;
}

/** "its systems", "their patient data": a possessive pronoun before one of the packs' `references.victimHoldings`. */
const VICTIM_HOLDING_OWNER = new RegExp(
  String.raw`(?<![\p{L}])(?:${alternation(connectiveWords('possessivePronouns'))})(?=\s+(?:${VICTIM_HOLDING_NOUN})(?![\p{L}]))`,
  'giu',
);
/** Who may be named between the owner and its possessive and so be the owner instead. */
const OTHER_VICTIM_OWNERS = new Set<EntityType>(['ThreatActor', 'Person', 'Malware']);

/**
 * "Harbour Bank said its systems had been breached by X": the possessive stands for the
 * organisation named last before it in its sentence, as "Harbour Bank's systems" would, so
 * that the attack on the holding is one on the organisation. An actor, a person or a malware
 * named between them may own the holding instead ("the bank said APT99 hid its servers"): then
 * it stands for none.
 */
function victimHoldingOwners(
  text: string,
  sentence: Sentence | undefined,
  mentions: readonly EntityMention[],
): EntityMention[] {
  if (!sentence || PACKS.every((pack) => pack.references.victimHoldings.length === 0)) return [];
  const found: EntityMention[] = [];
  for (const match of matchesOf(VICTIM_HOLDING_OWNER, text.slice(sentence.start, sentence.end))) {
    const start = sentence.start + match.index;
    const owner = mentions.findLast(
      (mention) =>
        mention.end <= start && mention.start >= sentence.start && mention.entity.type === 'Organization',
    );
    if (!owner) continue;
    const otherOwner = mentions.some(
      (mention) =>
        OTHER_VICTIM_OWNERS.has(mention.entity.type) && mention.start >= owner.end && mention.end <= start,
    );
    if (!otherOwner)
      found.push({
        start,
        end: start + match[0].length,
        surface: match[0],
        entity: owner.entity,
        anaphoric: true,
      });
  }
  return found;
}

/** The one actor named in the window before `start`, or the text's topic when none is there. */
function ownerBefore(
  actors: readonly EntityMention[],
  start: number,
  windowStart: number,
): ResolvedEntity | undefined {
  const before = actors.filter((mention) => mention.start < start);
  const named = new Set(
    before.filter((mention) => mention.start >= windowStart).map((mention) => mention.entity),
  );
  return named.size === 1 ? [...named][0] : named.size === 0 ? topicOf(before) : undefined;
}

/**
 * "the latter", "ce dernier a" (the packs' `latter`): the last entity of these types named in
 * the sentence or the one before.
 */
const LATTER = new PhraseMatcher(
  PACKS.flatMap((pack) => pack.references.latter).map((phrase) => ({ phrase, value: true })),
);
const LATTER_TYPES = new Set<EntityType>(['ThreatActor', 'Malware', 'Organization', 'Person']);

function latterReferences(
  text: string,
  sentences: readonly Sentence[],
  index: number,
  mentions: readonly EntityMention[],
): EntityMention[] {
  return referencesInSentence(text, sentences, index, LATTER, (match, windowStart) => {
    const { start } = match;
    const phrase = text.slice(start, match.end);
    const words = phrase.split(/\s+/u);
    // "ce dernier a": the verb that follows is in the phrase, not in the reference.
    const end =
      words.length > 2
        ? start + phrase.slice(0, phrase.lastIndexOf(words.at(-1) ?? '')).trimEnd().length
        : match.end;
    const antecedent = mentions.findLast(
      (mention) =>
        mention.end <= start && mention.start >= windowStart && LATTER_TYPES.has(mention.entity.type),
    );
    return antecedent
      ? { start, end, surface: text.slice(start, end), entity: antecedent.entity, anaphoric: true }
      : undefined;
  });
}

/**
 * The references a matcher of referring phrases finds in sentence `index`, each resolved by
 * `resolve` against the mentions from `windowStart` on, the start of the sentence before: how
 * far back "the latter" and "the two groups" look.
 */
function referencesInSentence(
  text: string,
  sentences: readonly Sentence[],
  index: number,
  matcher: PhraseMatcher<boolean>,
  resolve: (match: Span, windowStart: number) => EntityMention | undefined,
): EntityMention[] {
  const sentence = sentences[index];
  if (!sentence) return [];
  const windowStart = sentences[Math.max(0, index - 1)]?.start ?? 0;
  return matcher
    .find(text, sentence.start, sentence.end)
    .flatMap((match) => resolve(match, windowStart) ?? []);
}

/** "the two groups", "les deux groupes" (the packs' `actorPairs`). */
const ACTOR_PAIRS = new PhraseMatcher(
  PACKS.flatMap((pack) => pack.references.actorPairs).map((phrase) => ({
    phrase,
    value: true,
    arabicPrefix: '(?:[وف])?(?:[بلك])?',
  })),
);

/**
 * "the two groups": the last two threat actors named in the sentence or the one before, both,
 * as one mention of the nearer that stands for the other too. With one actor named there, or a
 * name of the phrase's own (inside a name), it stands for none.
 */
function actorPairReferences(
  text: string,
  sentences: readonly Sentence[],
  index: number,
  actors: readonly EntityMention[],
): EntityMention[] {
  return referencesInSentence(text, sentences, index, ACTOR_PAIRS, ({ start, end }, windowStart) => {
    if (actors.some((mention) => mention.start < end && start < mention.end)) return undefined;
    const named: ResolvedEntity[] = [];
    for (const mention of actors
      .filter((actor) => actor.end <= start && actor.start >= windowStart)
      .reverse()) {
      if (!named.some((entity) => entity.key === mention.entity.key)) named.push(mention.entity);
      if (named.length === 2) break;
    }
    const [nearer, other] = named;
    return nearer && other
      ? { start, end, surface: text.slice(start, end), entity: nearer, anaphoric: true, alsoFor: [other] }
      : undefined;
  });
}

const MEMBERS = new PhraseMatcher(
  PACKS.flatMap((pack) => pack.references.members).map((phrase) => ({ phrase, value: true })),
);
/** "APT28's operators", "the group's hackers": the nouns of the English member phrases after a genitive. */
const GENITIVE_MEMBERS = new RegExp(
  String.raw`^['’]s\s+(?:${[
    ...new Set(packFor('en').references.members.map((phrase) => phrase.split(/\s+/u).at(-1) ?? phrase)),
  ]
    .map(escapeRegExp)
    .join('|')})(?![\p{L}])`,
  'iu',
);

/**
 * "Its operators targeted X", "ses membres", "عناصرها", "APT28's operators": an actor's people
 * stand for the actor. A possessive stands for the one actor named in the sentences just before,
 * and for none when a malware is named there too ("Emotet ... its operators" are whoever runs
 * Emotet) or when no actor is (the people of a company or a ministry are no actor's).
 * `sentenceMentions`: the names and references of the sentence.
 */
function memberOwners(
  text: string,
  sentences: readonly Sentence[],
  index: number,
  sentenceMentions: readonly EntityMention[],
  byType: ReadonlyMap<EntityType, readonly EntityMention[]>,
): EntityMention[] {
  const sentence = sentences[index];
  if (!sentence) return [];
  const found: EntityMention[] = [];
  const windowStart = sentences[Math.max(0, index - OWNER_WINDOW)]?.start ?? 0;
  const inWindow = (type: EntityType, start: number) =>
    (byType.get(type) ?? []).filter((mention) => mention.start >= windowStart && mention.start < start);
  for (const { start, end } of MEMBERS.find(text, sentence.start, sentence.end)) {
    if (inWindow('Malware', start).length > 0) continue;
    const actors = new Set(inWindow('ThreatActor', start).map((mention) => mention.entity));
    const [entity] = actors;
    if (actors.size === 1 && entity)
      found.push({ start, end, surface: text.slice(start, end), entity, anaphoric: true });
  }
  for (const owner of sentenceMentions) {
    if (owner.entity.type !== 'ThreatActor') continue;
    const genitive = GENITIVE_MEMBERS.exec(text.slice(owner.end, sentence.end));
    if (!genitive) continue;
    const end = owner.end + genitive[0].length;
    const start = end - (genitive[0].split(/\s+/u).at(-1) ?? '').length;
    found.push({ start, end, surface: text.slice(start, end), entity: owner.entity, anaphoric: true });
  }
  return found;
}
