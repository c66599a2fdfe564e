/**
 * A description set off by commas right after a name names the same thing: "le GRU, le
 * service russe de renseignement militaire," or "Flashpoint, a New York intelligence firm".
 * The description becomes an alias of the entity (with the rule in mergeReasons), so a search
 * for the description finds it. Only descriptions headed by an organisation noun count.
 * A description that names another organisation as the whole ("Mandiant, the FireEye
 * incident-response unit", "X, une filiale du groupe Y") makes the first a part of it.
 */
import type { Span } from '../types.ts';
import type { EntityMention, ResolvedEntity } from './types.ts';

const DESCRIBED_TYPES = new Set(['Organization', 'ThreatActor']);
const DESCRIPTION =
  /^\s*,\s*(?:(?:le|la|les|l['’]|un|une|the|a|an)\s*)((?:service|agence|groupe|unité|organisation|société|entreprise|firme|parti|mouvement|ministère|direction|bureau|agency|service|group|unit|organisation|organization|company|firm|party|movement|ministry|office|intelligence agency)[^,.;()\n]{0,80}?)\s*(?=[,.;)]|$)/iu;
const ADJECTIVE_FIRST =
  /^\s*,\s*(?:(?:the|a|an)\s+)((?:[\p{L}-]+\s+){1,3}(?:agency|service|group|unit|organisation|organization|company|firm|party|movement|ministry|office))(?=[,.;)\s]|$)/iu;

export interface Apposition {
  entity: ResolvedEntity;
  descriptor: string;
  reason: string;
}

export function findDescriptiveAppositions(text: string, mentions: readonly EntityMention[]): Apposition[] {
  const found: Apposition[] = [];
  for (const mention of mentions) {
    if (!DESCRIBED_TYPES.has(mention.entity.type)) continue;
    const after = text.slice(mention.end, mention.end + 120);
    const match = DESCRIPTION.exec(after) ?? ADJECTIVE_FIRST.exec(after);
    const descriptor = match?.[1]?.trim();
    if (!descriptor) continue;
    found.push({
      entity: mention.entity,
      descriptor,
      reason: `apposition: "${mention.surface}, ${descriptor}" describes ${mention.entity.name}`,
    });
  }
  return found;
}

const PART_TYPES = new Set(['Organization', 'ThreatActor']);
const WHOLE_TYPES = new Set(['Organization']);
/** ", the " / ", une filiale de " up to the name of the whole. */
const BEFORE_WHOLE = /^\s*,\s*(?:the|l['’]|le|la)\s*$/iu;
/** After the whole: "'s", up to three words, then the noun for a part ("unit", "subsidiary"). */
const PART_NOUN_AFTER =
  /^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,3}?(unit|subsidiary|division|arm|branch|department)(?![\p{L}])/iu;

export interface PartApposition {
  part: EntityMention;
  whole: EntityMention;
  /** The noun that says it is a part. */
  at: Span;
}

/** Mentions must be sorted by start. */
export function findPartAppositions(text: string, mentions: readonly EntityMention[]): PartApposition[] {
  const found: PartApposition[] = [];
  mentions.forEach((part, index) => {
    if (!PART_TYPES.has(part.entity.type) || part.anaphoric) return;
    const whole = mentions.slice(index + 1).find((mention) => mention.start >= part.end);
    if (!whole || !WHOLE_TYPES.has(whole.entity.type) || whole.entity.key === part.entity.key) return;
    if (!BEFORE_WHOLE.test(text.slice(part.end, whole.start))) return;
    const noun = PART_NOUN_AFTER.exec(text.slice(whole.end, whole.end + 80));
    if (!noun?.[1]) return;
    const end = whole.end + noun[0].length;
    found.push({ part, whole, at: { start: end - noun[1].length, end } });
  });
  return found;
}
