/**
 * Relations from trigger words between typed mentions of one sentence, each with its
 * modality, claimants and confidence. For a trigger, the nearest mentions on each side are
 * tried in order of distance; the first pair graph-schema allows for one of the trigger's
 * relation types is taken. Role nouns may also have both arguments after them ("le
 * vice-président du FN Florian Philippot"). Sentences in titles and headline lists are skipped.
 */
import { allowsEndpoints, type EntityType, type RelationType } from '../../graph-schema/schema.ts';
import type { ExtractedRelation } from '../extractor.ts';
import type { Sentence, Span } from '../types.ts';
import {
  claimAt,
  continuesPreviousClaimant,
  findCues,
  MODALITY_CONFIDENCE,
  type CueMatch,
} from './claims.ts';
import { hasArabic, overlaps, within, wordsBetween } from './text.ts';
import { findTriggers, type TriggerMatch } from './triggers.ts';
import type { EntityMention } from './types.ts';

const MAX_LEFT_WORDS = 14;
const MAX_RIGHT_WORDS = 10;
const CANDIDATES_PER_SIDE = 4;
/** Quotes, brackets and semicolons close the clause a trigger's arguments must share; so does a comma on the right. */
const LEFT_BARRIER = /[();«“]|["»”],/u;
const COORDINATION = /^\s*(?:,|،|et|and|ou|or|as well as|ainsi que)?\s*(?:(?:the|le|la|les|l['’])\s*)?[و]?$/u;
const RIGHT_BARRIER = /[();,،]|["»”],/u;
const ROLE_TRIGGERS = new Set(['employment', 'leadership', 'membership', 'founding']);
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

export interface RelationInput {
  text: string;
  sentences: readonly Sentence[];
  /** Named, event and anaphoric mentions, sorted by start. */
  mentions: readonly EntityMention[];
  /** Spans where no relation may come from (titles, headline lists). */
  silent: readonly Span[];
}

export interface SentenceClaims {
  /** Claimant keys of each sentence, by sentence index (for relations found elsewhere, e.g. impersonation). */
  claimants: string[][];
  cues: CueMatch[][];
}

export function extractRelations(input: RelationInput): {
  relations: ExtractedRelation[];
  claims: SentenceClaims;
} {
  const relations: ExtractedRelation[] = [];
  const claims: SentenceClaims = { claimants: [], cues: [] };
  let previousClaimants: string[] = [];
  input.sentences.forEach((sentence, index) => {
    const cues = findCues(sentence, input.text);
    claims.cues[index] = cues;
    if (input.silent.some((span) => overlaps(span, sentence))) {
      claims.claimants[index] = [];
      previousClaimants = [];
      return;
    }
    const mentions = within(input.mentions, sentence);
    const continuation = continuesPreviousClaimant(sentence);
    const carried = continuation ? previousClaimants : [];
    const found = sentenceRelations(input.text, sentence, mentions, continuation ? [] : cues, carried);
    relations.push(...found.relations);
    claims.claimants[index] = found.claimants;
    // "Le spécialiste ajoute ..." may come after sentences without a claimant: keep the last one known.
    if (found.claimants.length > 0) previousClaimants = found.claimants;
  });
  return { relations, claims };
}

interface SentenceResult {
  relations: ExtractedRelation[];
  claimants: string[];
}

function sentenceRelations(
  text: string,
  sentence: Sentence,
  mentions: readonly EntityMention[],
  cues: readonly CueMatch[],
  carried: readonly string[],
): SentenceResult {
  const triggers = findTriggers(text, sentence.start, sentence.end).filter(
    (trigger) =>
      !mentions.some(
        (mention) =>
          mention.start <= trigger.start && trigger.end <= mention.end && mention.entity.type !== 'Event',
      ),
  );
  const arabic = hasArabic(sentence.text);
  const pending: Array<{
    relation: Omit<ExtractedRelation, 'assertedBy' | 'modality' | 'confidence'>;
    trigger: TriggerMatch;
    strength: number;
  }> = [];
  // "APT 28 المرتبطة بالاستخبارات ... كانت وراء": the thing an affiliation clause describes is the subject.
  const heads = new Map<EntityMention, EntityMention>();
  for (const trigger of triggers) {
    const pairs = argumentPairs(text, trigger, mentions, heads);
    if (trigger.spec.id === 'affiliation') {
      for (const pair of pairs) heads.set(pair.target, pair.source);
    }
    for (const pair of pairs) {
      pending.push({
        relation: {
          type: pair.type,
          source: pair.source.entity.key,
          target: pair.target.entity.key,
          evidence: { start: sentence.start, end: sentence.end },
        },
        trigger,
        strength: trigger.spec.strength,
      });
    }
  }

  const employers = (person: string) =>
    pending
      .filter((item) => item.relation.type === 'WORKS_FOR' && item.relation.source === person)
      .map((item) => item.relation.target);
  const claimantsOf = (cue: CueMatch | undefined): string[] => {
    if (!cue) return [];
    const speaker = claimantFor(text, cue, mentions, arabic);
    if (!speaker) return [];
    return [speaker.entity.key, ...(speaker.entity.type === 'Person' ? employers(speaker.entity.key) : [])];
  };

  const relations: ExtractedRelation[] = [];
  const sentenceClaimants = new Set<string>();
  for (const item of pending) {
    const claim = claimAt(cues, item.trigger.start, text);
    let assertedBy = claimantsOf(claim.claimCue);
    if (assertedBy.length === 0 && carried.length > 0) assertedBy = [...carried];
    let modality = claim.modality === 'asserted' && assertedBy.length > 0 ? 'reported' : claim.modality;
    // "Selon X, directeur chez Y, ...": that X works for Y is the article's statement, not X's claim.
    const aboutClaimant =
      assertedBy.includes(item.relation.source) || assertedBy.includes(item.relation.target);
    if (aboutClaimant && modality !== 'denied') {
      assertedBy = [];
      if (modality === 'reported') modality = 'asserted';
    }
    for (const key of assertedBy) sentenceClaimants.add(key);
    relations.push({
      ...item.relation,
      modality,
      confidence: round(MODALITY_CONFIDENCE[modality] * item.strength),
      assertedBy,
    });
    if (modality === 'denied' && claim.cue) {
      const denier = claimantFor(
        text,
        claim.cue.kind === 'denied' ? claim.cue : (claim.claimCue ?? claim.cue),
        mentions,
        arabic,
      );
      const denied =
        denier?.entity.key === item.relation.target ? item.relation.source : item.relation.target;
      if (denier && denier.entity.key !== denied) {
        relations.push(denial(denier.entity.key, denied, item.relation.evidence));
      }
    }
  }
  for (const cue of cues) {
    if (cue.kind !== 'denied') continue;
    const denier = claimantFor(text, cue, mentions, arabic);
    if (
      !denier ||
      relations.some((relation) => relation.type === 'DENIES' && relation.source === denier.entity.key)
    )
      continue;
    const object = mentions.find(
      (mention) =>
        mention.start >= cue.end &&
        (mention.entity.type === 'Event' || mention.entity.type === 'ThreatActor') &&
        mention.entity.key !== denier.entity.key,
    );
    if (object)
      relations.push(
        denial(denier.entity.key, object.entity.key, { start: sentence.start, end: sentence.end }),
      );
  }
  if (sentenceClaimants.size === 0) {
    for (const cue of cues)
      for (const key of claimantsOf(cue.claimant === 'none' ? undefined : cue)) sentenceClaimants.add(key);
  }
  return { relations, claimants: [...(sentenceClaimants.size > 0 ? sentenceClaimants : carried)] };
}

/** A denial is a claim of its own: the denier, the thing denied, modality denied. */
function denial(denier: string, object: string, evidence: Span): ExtractedRelation {
  return {
    type: 'DENIES',
    source: denier,
    target: object,
    modality: 'denied',
    confidence: MODALITY_CONFIDENCE.denied,
    assertedBy: [denier],
    evidence,
  };
}

interface ArgumentPair {
  type: RelationType;
  source: EntityMention;
  target: EntityMention;
}

function argumentPairs(
  text: string,
  trigger: TriggerMatch,
  mentions: readonly EntityMention[],
  heads: ReadonlyMap<EntityMention, EntityMention>,
): ArgumentPair[] {
  const maxLeft = trigger.spec.maxLeftWords ?? MAX_LEFT_WORDS;
  const left = mentions
    .filter(
      (mention) =>
        mention.end <= trigger.start &&
        wordsBetween(text, mention.end, trigger.start) <= maxLeft &&
        !LEFT_BARRIER.test(text.slice(mention.end, trigger.start)),
    )
    .sort((a, b) => b.end - a.end || a.start - b.start)
    .map((mention) => heads.get(mention) ?? mention)
    .slice(0, CANDIDATES_PER_SIDE);
  // A list of indicators may run to the end of the sentence; a single argument stays in its clause.
  const rest = mentions
    .filter((mention) => mention.start >= trigger.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const right = rest.filter(
    (mention) =>
      wordsBetween(text, trigger.end, mention.start) <= MAX_RIGHT_WORDS &&
      !RIGHT_BARRIER.test(text.slice(trigger.end, mention.start)),
  );
  const { spec } = trigger;
  for (const type of spec.types) {
    const pairOf = (l: EntityMention, r: EntityMention): ArgumentPair | undefined => {
      const [source, target] = spec.source === 'left' ? [l, r] : [r, l];
      if (source.entity.key === target.entity.key || isOwnVictim(source, target)) return undefined;
      return allowsEndpoints(type, source.entity.type, target.entity.type)
        ? { type, source, target }
        : undefined;
    };
    if (spec.many) {
      const listed = rest.filter((mention) => INDICATOR_TARGETS.has(mention.entity.type));
      for (const anchor of left) {
        const pairs = listed.flatMap((mention) => pairOf(anchor, mention) ?? []);
        if (pairs.length > 0) return dedupe(pairs);
      }
    }
    const pair = firstPair(left, right.slice(0, CANDIDATES_PER_SIDE), pairOf);
    if (pair && spec.source === 'left') return [pair, ...coordinated(text, pair, rest, pairOf)];
    if (pair) return [pair];
    if (ROLE_TRIGGERS.has(spec.id)) {
      // "vice-président du FN Florian Philippot": the organisation, then the person, both after.
      const [organisation, person] = right;
      if (organisation && person) {
        const roleFirst = allowsEndpoints(type, person.entity.type, organisation.entity.type);
        if (roleFirst && person.entity.key !== organisation.entity.key)
          return [{ type, source: person, target: organisation }];
      }
    }
  }
  return [];
}

/** "a ciblé l'Arabie saoudite, le Koweït et les Émirats": the targets listed after the first. */
function coordinated(
  text: string,
  first: ArgumentPair,
  rest: readonly EntityMention[],
  pairOf: (l: EntityMention, r: EntityMention) => ArgumentPair | undefined,
): ArgumentPair[] {
  const pairs: ArgumentPair[] = [];
  let previous = first.target;
  for (const mention of rest) {
    if (mention.start < previous.end) continue;
    if (!COORDINATION.test(text.slice(previous.end, mention.start))) break;
    const pair = pairOf(first.source, mention);
    if (!pair) break;
    pairs.push(pair);
    previous = mention;
  }
  return pairs;
}

/** An incident is never attributed to, nor said to target, the victim it is keyed by. */
function isOwnVictim(source: EntityMention, target: EntityMention): boolean {
  return (
    source.entity.type === 'Event' && source.entity.key === `hack:${target.entity.type}:${target.entity.key}`
  );
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

/** Who makes the claim a cue introduces: after "selon"; the subject of a verb of saying. */
function claimantFor(
  text: string,
  cue: CueMatch,
  mentions: readonly EntityMention[],
  arabic: boolean,
): EntityMention | undefined {
  const fits = (mention: EntityMention) => CLAIMANT_TYPES.has(mention.entity.type);
  // "selon le chercheur X", "وفقا لشركة X" leave a word or two; a verb of saying has its subject right after it.
  const reach = cue.claimant === 'after' ? 2 : 1;
  const after = mentions.find(
    (mention) =>
      mention.start >= cue.end &&
      fits(mention) &&
      !mention.anaphoric &&
      wordsBetween(text, cue.end, mention.start) <= reach,
  );
  if (cue.claimant === 'after' || arabic) return after;
  const before = [...mentions]
    .reverse()
    .find(
      (mention) =>
        mention.end <= cue.start && fits(mention) && wordsBetween(text, mention.end, cue.start) <= 6,
    );
  return before ?? after;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
