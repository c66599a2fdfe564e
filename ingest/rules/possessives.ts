/**
 * A possessive between two organisations states that the second is part of the first:
 * "Palo Alto's Unit 42", "NSA's Tailored Access Operations". Only a name written right after
 * the possessive counts: with words between ("Google's own research team X"), the possessive
 * may qualify those words. A place's possessive on an organisation ("Germany's BfV", "the
 * District of Columbia's Metropolitan Police Department") places it there, as a demonym does
 * ("the German BfV"; docs/samples.md).
 */
import { connectiveWords, packFor, PACKS } from '../extract/lang/index.ts';
import type { Span } from '../types.ts';
import { alternation } from './patterns.ts';
import type { EntityMention } from './types.ts';

/** The possessive alone between two names: "Russia's GRU", "Iran’s National Library". */
export const POSSESSIVE_GAP = /^['’]s?\s+$/u;

export interface PossessiveRelation {
  /** The organisation owned. */
  source: EntityMention;
  /** The organisation that owns it. */
  target: EntityMention;
  /** The possessive mark. */
  at: Span;
}

/** Parts stated by "<organisation>'s <organisation>". Mentions must be sorted by start. */
export function findPossessiveRelations(
  text: string,
  mentions: readonly EntityMention[],
): PossessiveRelation[] {
  const found: PossessiveRelation[] = [];
  mentions.forEach((owner, index) => {
    if (owner.entity.type !== 'Organization' || owner.anaphoric) return;
    const owned = organisationStartingAt(mentions, index, owner.end);
    if (
      !owned ||
      owned.anaphoric ||
      owned.entity.type !== 'Organization' ||
      owned.entity.key === owner.entity.key ||
      !POSSESSIVE_GAP.test(text.slice(owner.end, owned.start))
    )
      return;
    found.push({ source: owned, target: owner, at: { start: owner.end, end: owned.start } });
  });
  return found;
}

export interface PossessivePlacement {
  /** The organisation placed. */
  placed: EntityMention;
  /** The place whose possessive it follows. */
  place: EntityMention;
  /** The possessive mark. */
  at: Span;
}

/**
 * "Iran's government" names the state's government, which the possessive does not place: the
 * government of a country is placed there only in words of its own (docs/samples.md).
 */
const STATE_GOVERNMENT = /^(?:government|regime|administration|authorities)(?![\p{L}])/iu;

/**
 * The first mention after `mentions[index]` that starts at or after `offset`; mentions sorted by
 * start, so the search stops there instead of copying the rest of the list.
 */
export function nextStartingFrom(
  mentions: readonly EntityMention[],
  index: number,
  offset: number,
): EntityMention | undefined {
  for (let next = index + 1; next < mentions.length; next++) {
    const mention = mentions[next];
    if (mention && mention.start >= offset) return mention;
  }
  return undefined;
}

/**
 * The next mention after `mentions[index]` from `offset` on, or, when an incident whose
 * designation opens on an organisation starts there too ("Central Electoral Commission was
 * hacked"), that organisation's mention.
 */
function organisationStartingAt(
  mentions: readonly EntityMention[],
  index: number,
  offset: number,
): EntityMention | undefined {
  const next = nextStartingFrom(mentions, index, offset);
  if (next?.entity.type !== 'Event') return next;
  for (let later = index + 1; later < mentions.length; later++) {
    const mention = mentions[later];
    if (!mention || mention.start > next.start) break;
    if (mention.start === next.start && mention.entity.type === 'Organization') return mention;
  }
  return next;
}

/** Organisations placed by "<place>'s <organisation>". Mentions must be sorted by start. */
export function findPossessivePlacements(
  text: string,
  mentions: readonly EntityMention[],
): PossessivePlacement[] {
  const found: PossessivePlacement[] = [];
  mentions.forEach((place, index) => {
    if (place.entity.type !== 'Location' || place.anaphoric) return;
    const placed = organisationStartingAt(mentions, index, place.end);
    if (
      !placed ||
      placed.anaphoric ||
      placed.entity.type !== 'Organization' ||
      STATE_GOVERNMENT.test(placed.surface) ||
      !POSSESSIVE_GAP.test(text.slice(place.end, placed.start))
    )
      return;
    found.push({ placed, place, at: { start: place.end, end: placed.start } });
  });
  return found;
}

const { enumerations: ENGLISH_ENUMERATIONS, connectives: ENGLISH_CONNECTIVES } = packFor('en');
/**
 * After an actor's possessive: a few words ("strictly financially motivated team's"), then what
 * the actor owns of its tools or operations (the English pack's `enumerations.actorHoldings`).
 */
const OWNED_TOOLS = new RegExp(
  String.raw`^['’]s?\s+(?:[\p{Ll}-]+(?:['’]s)?\s+){0,5}(?:${alternation(ENGLISH_ENUMERATIONS.actorHoldings)})(?![\p{L}])`,
  'u',
);
/**
 * Between the program and the actor: its clause going on to one of the pack's
 * `holdingPrepositions` ("X was developed as a replacement in"), or an apposition of one of its
 * `holdingVerbs` ("X loader, used within the"), maybe with a definite article; no end of clause.
 */
const TOOL_TO_OWNER = new RegExp(
  String.raw`^(?:[^,.;:()]{0,80}|(?:\s+[\p{Ll}-]+){0,2}\s*,\s*(?:${alternation(ENGLISH_ENUMERATIONS.holdingVerbs)})[^,.;:()]{0,40})\s(?:${alternation(ENGLISH_ENUMERATIONS.holdingPrepositions)})\s+(?:(?:${alternation(ENGLISH_CONNECTIVES.definiteArticles)})\s+)?$`,
  'u',
);

export interface PossessiveUse {
  actor: EntityMention;
  /** What the actor uses: a program, or an indicator of its infrastructure. */
  tool: EntityMention;
  /** The possessive mark. */
  at: Span;
}

/**
 * Programs stated to be in an actor's arsenal or operations: "PowerRatankba was developed as a
 * replacement in Lazarus Group's arsenal", "Ratankba, used within the Lazarus group's attacks",
 * or owned by its possessive right before the program's name ("APT28's Zebrocy backdoor",
 * `ownedTool`); and indicators after an actor's noun for them ("APT28's C2 server at X",
 * `ownedIndicator`).
 * Mentions must be sorted by start.
 */
export function findPossessiveUses(text: string, mentions: readonly EntityMention[]): PossessiveUse[] {
  const found: PossessiveUse[] = [];
  mentions.forEach((actor, index) => {
    const owned = ownedTool(text, mentions, index) ?? ownedIndicator(text, mentions, index);
    if (owned) found.push(owned);
    if (actor.entity.type !== 'ThreatActor' || !OWNED_TOOLS.test(text.slice(actor.end, actor.end + 80)))
      return;
    const tool = mentions
      .slice(0, index)
      .findLast((mention) => mention.end <= actor.start && mention.entity.type === 'Malware');
    if (!tool || !TOOL_TO_OWNER.test(text.slice(tool.end, actor.start))) return;
    found.push({ actor, tool, at: { start: actor.end, end: actor.end + 2 } });
  });
  return found;
}

/**
 * Up to three lower-case modifiers ("new", "custom", "signature"), then one of the English and
 * French packs' nouns for malware (their reference phrases without the determiner): "backdoor",
 * "logiciel malveillant". Arabic attaches the possessive to the noun and is not read here.
 */
export const OWNED_TOOL_NOUN = String.raw`(?:(?!(?:of|on|the|a|an|and|de|du|des|le|la|les|sur|et)\s)[\p{Ll}-]+\s+){0,3}(?:${alternation(
  PACKS.filter((pack) => pack.lang !== 'ar').flatMap((pack) =>
    pack.references.malware.map((phrase) => phrase.replace(/^\S+\s+/u, '')),
  ),
)})(?![\p{L}])`;
/**
 * Up to two lower-case modifiers, then one of the packs' nouns for what belongs to someone
 * under `concept`: the same noun phrase serves an actor's holdings and a victim's.
 */
function ownedNoun(concept: 'holdings' | 'victimHoldings'): string {
  return String.raw`(?:[\p{Ll}-]+\s+){0,2}?(?:${alternation(PACKS.flatMap((pack) => pack.references[concept]))})`;
}
/**
 * After a possessive pronoun, what belongs to an actor, one of the packs' `references.holdings`
 * ("its new toolset", "their C2 servers", "its ties"; ./anaphora.ts decides whose the pronoun is).
 */
export const HOLDING_NOUN = ownedNoun('holdings');
/**
 * What a body owns that an attack reaches, one of the packs' `references.victimHoldings`
 * ("its booking systems", "their patient data").
 */
export const VICTIM_HOLDING_NOUN = ownedNoun('victimHoldings');
/** A holding's noun right after a possessive pronoun: "its C2 server X" is the actor's. */
const HOLDING_AFTER = new RegExp(String.raw`^\s+(?:${HOLDING_NOUN})(?![\p{L}])`, 'iu');
/** Between an actor's genitive or possessive and the malware it owns ("'s backdoor, ", "'s "). */
const TO_OWNED_TOOL = new RegExp(String.raw`^(?:['’]s?)?\s+(?:${OWNED_TOOL_NOUN}\s*,?\s*)?$`, 'iu');
/** One of the packs' `connectives.possessivePronouns`, which a reference to an actor may be. */
const POSSESSIVE_PRONOUN = new RegExp(
  String.raw`^(?:${alternation(connectiveWords('possessivePronouns'))})$`,
  'iu',
);

/**
 * "APT28's X-Agent", "APT28's backdoor, X-Agent", "its backdoor X-Agent", "son logiciel
 * malveillant X": a malware named right after an actor's possessive, a noun for malware at most
 * between, is the actor's tool. A name after a genitive needs the apostrophe; a possessive
 * pronoun (a reference, ./anaphora.ts) is its own mark.
 */
function ownedTool(
  text: string,
  mentions: readonly EntityMention[],
  index: number,
): PossessiveUse | undefined {
  const actor = mentions[index];
  if (actor?.entity.type !== 'ThreatActor') return undefined;
  const tool = nextStartingFrom(mentions, index, actor.end);
  if (tool?.entity.type !== 'Malware' || tool.start - actor.end > 80) return undefined;
  const gap = text.slice(actor.end, tool.start);
  // "its", or a reference that carries its genitive ("the group's"): the mark is in the mention.
  const pronoun = POSSESSIVE_PRONOUN.test(actor.surface) || /['’]s$/u.test(actor.surface);
  if (!TO_OWNED_TOOL.test(gap) || (!pronoun && !/^['’]/u.test(gap)) || (pronoun && /^['’]/u.test(gap)))
    return undefined;
  return { actor, tool, at: { start: actor.end, end: tool.start } };
}

/** Indicators an actor's infrastructure is made of. */
const INDICATOR_TYPES: ReadonlySet<string> = new Set(['Domain', 'Url', 'Email', 'IpAddress']);
/**
 * Between an actor and its indicator: its genitive or nothing (a compound, "APT99 C2 servers"),
 * up to two modifiers, one of the packs' nouns for an actor's indicators, then a comma opening an
 * apposition or a few words of the same clause ("'s C2 server at ", " IP addresses were seen in
 * China as ").
 */
const TO_OWNED_INDICATOR = new RegExp(
  String.raw`^(?:['’]s?)?\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?:${alternation(
    PACKS.filter((pack) => pack.lang !== 'ar').flatMap((pack) => pack.enumerations.indicatorLeads),
  )})(?![\p{L}])(?:\s*,\s*|(?:\s+[^\s,;:.()]+){0,8}?\s+)$`,
  'iu',
);

/**
 * "APT99's C2 server at 198.51.100[.]23", "some APT99 IP addresses were found in China as X":
 * an indicator after an actor's noun for its indicators, in the same clause, is one the actor
 * uses. A name or a reference with its genitive ("the group's") counts; a bare pronoun only
 * before one of the holdings it was resolved for ("its C2 server"): "its domain" is as often a
 * victim's.
 */
function ownedIndicator(
  text: string,
  mentions: readonly EntityMention[],
  index: number,
): PossessiveUse | undefined {
  const actor = mentions[index];
  if (actor?.entity.type !== 'ThreatActor') return undefined;
  if (POSSESSIVE_PRONOUN.test(actor.surface) && !HOLDING_AFTER.test(text.slice(actor.end))) return undefined;
  // Places may stand between ("found in China as X"); any other name ends the phrase.
  const indicator = mentions
    .slice(index + 1)
    .find((mention) => mention.start >= actor.end && mention.entity.type !== 'Location');
  if (!indicator || !INDICATOR_TYPES.has(indicator.entity.type) || indicator.start - actor.end > 120)
    return undefined;
  const gap = text.slice(actor.end, indicator.start);
  return TO_OWNED_INDICATOR.test(gap)
    ? { actor, tool: indicator, at: { start: actor.end, end: indicator.start } }
    : undefined;
}
