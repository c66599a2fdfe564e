/**
 * A name set off by commas right after a name is another name of the same thing: "l'ANSSI,
 * l'Agence nationale de la sécurité des systèmes d'information,". It becomes an alias of the
 * entity (with the rule in mergeReasons), so a search for it finds the entity. Only names
 * headed by an organisation noun count, and only when that noun is capitalised: a common-noun
 * phrase ("le GRU, le service russe de renseignement militaire", "APT28, a hacking group")
 * describes the entity and is no name of it.
 * A description that names another entity may state a relation with it: "Mandiant, the
 * FireEye incident-response unit", "Unit 42, Palo Alto Networks' threat intelligence team"
 * (part of), "Flashpoint, a New York threat intelligence firm" (located in).
 */
import type { Span } from '../types.ts';
import type { EntityMention, ResolvedEntity } from './types.ts';

const DESCRIBED_TYPES = new Set(['Organization', 'ThreatActor']);
const DESCRIPTION =
  /^\s*,\s*(?:(?:le|la|les|l['’]|un|une|the|a|an)\s*)((service|agence|groupe|unité|organisation|société|entreprise|firme|parti|mouvement|ministère|direction|bureau|agency|service|group|unit|organisation|organization|company|firm|party|movement|ministry|office|intelligence agency)[^,.;()\n]{0,80}?)\s*(?=[,.;)]|$)/iu;
const ADJECTIVE_FIRST =
  /^\s*,\s*(?:(?:the|a|an)\s+)((?:[\p{L}-]+\s+){1,3}(agency|service|group|unit|organisation|organization|company|firm|party|movement|ministry|office))(?=[,.;)\s]|$)/iu;

const NAME_INITIAL = /^\p{Lu}/u;

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
    // "APT28, a hacking group run by ...", "le GRU, le service de renseignement ...": a common
    // noun describes the name, it is no other name of it; "l'ANSSI, l'Agence nationale de ..."
    // gives its name in full, its head noun capitalised.
    if (!descriptor || !NAME_INITIAL.test(match?.[2] ?? '')) continue;
    found.push({
      entity: mention.entity,
      descriptor,
      reason: `apposition: "${mention.surface}, ${descriptor}" describes ${mention.entity.name}`,
    });
  }
  return found;
}

/** ", the " / ", a " up to the name inside the description. */
const BEFORE_INNER_NAME = /^\s*,\s*(?:the|a|an|l['’]|le|la|un|une)\s*$/iu;
/** ", " alone before a name whose possessive opens the description ("Unit 42, Palo Alto Networks' team"). */
const BEFORE_POSSESSIVE_NAME = /^\s*,\s*$/u;
const POSSESSIVE_AFTER = /^['’]s?\s/u;
/** After the whole: "'s", up to three words, then the noun for a part ("unit", "subsidiary", "team"). */
const PART_NOUN_AFTER =
  /^(?:['’]s?)?\s+(?:[\p{L}-]+\s+){0,3}?(unit|subsidiary|division|arm|branch|department|team)(?![\p{L}])/iu;
/** After a place: up to three words, then a noun for an organisation ("threat intelligence firm"). */
const ORGANISATION_NOUN_AFTER =
  /^(?:-based)?\s+(?:[\p{L}-]+\s+){0,3}?(firm|company|group|agency|organi[sz]ation|start-up|startup|vendor|gang)(?![\p{L}])/iu;

export interface AppositionRelation {
  type: 'PART_OF' | 'LOCATED_IN';
  source: EntityMention;
  target: EntityMention;
  /** The noun that states the relation. */
  at: Span;
}

/**
 * Relations stated by a description in apposition that names another entity: "Mandiant, the
 * FireEye incident-response unit" (part of), "Flashpoint, a New York threat intelligence
 * firm" (located in). Mentions must be sorted by start.
 */
export function findAppositionRelations(
  text: string,
  mentions: readonly EntityMention[],
): AppositionRelation[] {
  const found: AppositionRelation[] = [];
  mentions.forEach((head, index) => {
    if (!DESCRIBED_TYPES.has(head.entity.type) || head.anaphoric) return;
    const inner = mentions.slice(index + 1).find((mention) => mention.start >= head.end);
    if (!inner || inner.anaphoric || inner.entity.key === head.entity.key) return;
    const after = text.slice(inner.end, inner.end + 80);
    const gap = text.slice(head.end, inner.start);
    if (
      !BEFORE_INNER_NAME.test(gap) &&
      !(
        BEFORE_POSSESSIVE_NAME.test(gap) &&
        inner.entity.type === 'Organization' &&
        POSSESSIVE_AFTER.test(after)
      )
    )
      return;
    const relation =
      inner.entity.type === 'Organization'
        ? { type: 'PART_OF' as const, noun: PART_NOUN_AFTER.exec(after) }
        : inner.entity.type === 'Location'
          ? { type: 'LOCATED_IN' as const, noun: ORGANISATION_NOUN_AFTER.exec(after) }
          : undefined;
    const word = relation?.noun?.[1];
    if (!relation?.noun || !word) return;
    const end = inner.end + relation.noun[0].length;
    found.push({ type: relation.type, source: head, target: inner, at: { start: end - word.length, end } });
  });
  return found;
}
