/**
 * Military and intelligence units named by their number: "Unit 26165", "l'unité 74455",
 * "الوحدة 26165". The number is the unit's identity in every language, so all spellings share
 * one name ("Unit 26165") and meet across documents; the surface stays as written. A unit is
 * an Organization (graph-schema lets it be PART_OF another organisation); a threat actor the
 * gazetteer knows under a unit's name ("PLA Unit 61398") keeps its gazetteer identity, since
 * the longer known name wins selection.
 *
 * The service a unit belongs to is stated right after it: "Unit 26165 of the GRU",
 * "l'unité 74455 du GRU", "الوحدة 26165 التابعة للاستخبارات العسكرية".
 */
import type { Span } from '../types.ts';
import type { Candidate, EntityMention } from './types.ts';
import { matchesOf } from '../regex-matches.ts';

/** "Unit", "unité", "الوحدة" (with a clitic), then a number of three to six digits. */
const UNIT =
  /(?<![\p{L}\p{M}\p{N}])(?:[Uu]nit|[Uu]nité|[وفبل]?(?:ال)?وحدة)[ \u00a0]+(?:رقم[ \u00a0]+)?(\p{Nd}{3,6})(?!\p{N})/gu;
/** What joins a unit to the service it belongs to, up to where that service's name starts. */
const BELONGS_TO =
  /^\s*(?:,\s*)?(?:of(?:\s+the)?|from(?:\s+the)?|du|de\s+la|de\s+l['’]|des|de|d['’]|(?:ال)?تابع(?:ة)?\s+(?:ل|لـ)?|في|من)\s*(?:ال)?$/u;
/**
 * Words that say a unit and a threat actor are one name: "l'unité 74455, plus connue sous le
 * nom de Sandworm", "Unit 26165, also known as APT28". "identified as" is no name: it ties the
 * actor to the unit behind it (an attribution, see the identification triggers).
 */
export const SAME_AS = String.raw`(?:also\s+known\s+as|better\s+known\s+as|known\s+as|aka|a\.k\.a\.|alias|(?:plus\s+|aussi\s+|également\s+)?(?:connue?s?\s+sous\s+le\s+nom\s+de|appelée?s?|surnommée?s?)|(?:ال)?معروف(?:ة)?\s+باسم)`;
/** The unit first: ", also known as " right before the actor. */
const SAME_AS_AFTER_UNIT = new RegExp(String.raw`^\s*,?\s*${SAME_AS}\s*$`, 'u');
/** The actor first: up to eight words (", a group the US later"), then the words of identity. */
const SAME_AS_BEFORE_UNIT = new RegExp(
  String.raw`^\s*,?\s*(?:[^\s,.;:()]+\s+){0,8}?${SAME_AS}\s*(?:l['’])?$`,
  'u',
);
/** How far apart a unit and the actor it is said to be may be written. */
const SAME_AS_REACH = 80;

export interface UnitIdentity {
  unit: Candidate;
  actor: Candidate;
  reason: string;
}

/**
 * Units the text says are a threat actor it names. Candidates must be sorted by start; only
 * units from findUnits and threat actors are read.
 */
export function findUnitIdentities(
  text: string,
  units: readonly Candidate[],
  candidates: readonly Candidate[],
): UnitIdentity[] {
  const actors = candidates.filter((candidate) => candidate.type === 'ThreatActor');
  const found: UnitIdentity[] = [];
  for (const unit of units) {
    const after = actors.find(
      (actor) =>
        actor.start >= unit.end &&
        actor.start - unit.end <= SAME_AS_REACH &&
        SAME_AS_AFTER_UNIT.test(text.slice(unit.end, actor.start)),
    );
    const before = actors.findLast(
      (actor) =>
        actor.end <= unit.start &&
        unit.start - actor.end <= SAME_AS_REACH &&
        SAME_AS_BEFORE_UNIT.test(text.slice(actor.end, unit.start)),
    );
    const actor = after ?? before;
    if (!actor) continue;
    const [first, second] = after ? [unit, actor] : [actor, unit];
    found.push({
      unit,
      actor,
      reason: `identity: "${text.slice(first.start, second.end)}" says ${unit.surface} is ${actor.name}`,
    });
  }
  // The number is the unit's identity: once the text says the unit is an actor, every other
  // mention of the unit is that actor too ("six Unit 74455 officers" further on).
  const identified = new Set(found.map(({ unit }) => unit));
  for (const unit of units) {
    if (identified.has(unit)) continue;
    const same = found.find((identity) => identity.unit.name === unit.name);
    if (same) found.push({ unit, actor: same.actor, reason: same.reason });
  }
  return found;
}
/** Between a service and its unit named right after it: a space, or a possessive. */
const OWNER_BEFORE = /^(?:['’]s)?[ \u00a0]+$/u;
/** Within the sentence, how far after the unit the service's name may start. */
const BELONGS_REACH = 40;

/** Every unit and every owner of one is written with one of these words: a text without them is not searched. */
const UNIT_WORD = /[Uu]nit|وحدة/u;

export function findUnits(text: string): Candidate[] {
  if (!UNIT_WORD.test(text)) return [];
  return matchesOf(UNIT, text).map((match) => {
    const surface = match[0];
    const name = `Unit ${toAsciiDigits(match[1] ?? '')}`;
    return {
      start: match.index,
      end: match.index + surface.length,
      surface,
      type: 'Organization',
      source: 'cue',
      name,
      reason: `pattern: "${surface}" names a unit by its number (${name})`,
    };
  });
}

/**
 * "Palo Alto's Unit 42", "Quillsec's Unit 12": a capitalised name of up to three words whose
 * possessive stands on a numbered unit owns it, and what owns a unit is an organisation, whatever
 * else the name could be read as. A gazetteer name on the same span keeps its own type (a place
 * wins there, selection's order). A leading article is no part of the name.
 */
const UNIT_OWNER =
  /(?<![\p{L}\p{M}\p{N}&.-])(?:(?:The|A|An)[ \u00a0]+)?(\p{Lu}[\p{L}\p{N}&-]*(?:[ \u00a0]+\p{Lu}[\p{L}\p{N}&-]*){0,2})['’]s[ \u00a0]+[Uu]nit[ \u00a0]+\p{Nd}{2,6}(?!\p{N})/gu;

export function findUnitOwners(text: string): Candidate[] {
  if (!UNIT_WORD.test(text)) return [];
  return [...matchesOf(UNIT_OWNER, text)].flatMap((match) => {
    const name = match[1];
    if (!name) return [];
    const start = match.index + match[0].indexOf(name);
    return [
      {
        start,
        end: start + name.length,
        surface: name,
        type: 'Organization' as const,
        source: 'cue' as const,
        name,
        reason: `pattern: "${match[0]}": what owns a unit is an organisation`,
      },
    ];
  });
}

export interface UnitParent {
  unit: EntityMention;
  parent: EntityMention;
  /** The words that join them. */
  at: Span;
}

/**
 * Each unit with the organisation it belongs to, written right before it ("GRU Unit 26165") or
 * after it ("Unit 26165 of the GRU"), whatever entity the unit resolved to. Mentions must be
 * sorted by start.
 */
export function findUnitParents(
  text: string,
  mentions: readonly EntityMention[],
  units: readonly Span[],
): UnitParent[] {
  const found: UnitParent[] = [];
  if (units.length === 0) return found;
  const unitEnds = new Map(units.map((unit) => [unit.start, unit.end]));
  const isUnit = (mention: EntityMention) =>
    !mention.anaphoric && unitEnds.get(mention.start) === mention.end;
  mentions.forEach((unit, index) => {
    if (!isUnit(unit)) return;
    // "GRU Unit 26165", "the GRU's Unit 26165": the service written right before the unit.
    const owner = mentions.slice(0, index).findLast((mention) => mention.end <= unit.start);
    if (
      owner &&
      !owner.anaphoric &&
      owner.entity.type === 'Organization' &&
      owner.entity.key !== unit.entity.key &&
      OWNER_BEFORE.test(text.slice(owner.end, unit.start))
    ) {
      found.push({ unit, parent: owner, at: { start: owner.start, end: unit.start } });
      return;
    }
    const parent = mentions.slice(index + 1).find((mention) => mention.start >= unit.end);
    if (!parent || parent.anaphoric || parent.entity.type !== 'Organization') return;
    if (parent.entity.key === unit.entity.key || parent.start - unit.end > BELONGS_REACH) return;
    // A clitic article or preposition may be glued to the service's name ("للاستخبارات").
    const between = text.slice(unit.end, parent.start);
    if (!BELONGS_TO.test(between) && !BELONGS_TO.test(between.replace(/[لب]$/u, ''))) return;
    found.push({ unit, parent, at: { start: unit.end, end: parent.start } });
  });
  return found;
}

/** Arabic-Indic and Persian digits as ASCII, so "٢٦١٦٥" and "26165" name the same unit. */
function toAsciiDigits(digits: string): string {
  return digits.replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (digit) =>
    String((digit.codePointAt(0) ?? 0) & 0xf),
  );
}
