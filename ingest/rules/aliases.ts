/**
 * Names a text gives as other names of an actor or a malware it has just named: "Leviathan,
 * also known as TEMP.Periscope or Mudcarp", "APT33 (aka Elfin Group)". Each is a mention of
 * that same entity, whatever its shape would make of it alone: it takes the type of the name
 * before it, and resolution joins the two.
 */
import type { EntityType } from '../../graph-schema/schema.ts';
import { SAME_AS } from './names-units.ts';
import type { MentionLink } from './resolve.ts';
import { spanIndexAt, within } from './text.ts';
import type { Span } from '../types.ts';
import type { Candidate } from './types.ts';

/** Types whose other names a report lists this way: an alias of a company is a brand, not the firm. */
const ALIASED_TYPES: ReadonlySet<EntityType> = new Set(['ThreatActor', 'Malware']);
/** ", also known as ", " (aka ", " (*aka* " (Markdown emphasis): right after the name. */
const ALIAS_LEAD = new RegExp(
  String.raw`^[ \u00a0]*[,(][ \u00a0]*[*_]{0,2}(?:${SAME_AS})[*_]{0,2}[ \u00a0]+`,
  'u',
);
/** How far after the name its list of aliases may open. */
const LEAD_REACH = 40;
/** One alias: capitalised words (dots and hyphens inside, "TEMP.Periscope"), or a code with digits. */
const ALIAS =
  /["“]?((?:\p{Lu}|\p{N})[\p{L}\p{N}]*(?:[.-][\p{L}\p{N}]+)*(?:[ \u00a0]\p{Lu}[\p{L}\p{N}]*(?:[.-][\p{L}\p{N}]+)*){0,3})["”]?/uy;
/** Between two aliases: a comma, "or", "and", or both. */
const SEPARATOR = /[ \u00a0]*(?:,[ \u00a0]*(?:(?:and|or)[ \u00a0]+)?|[ \u00a0]+(?:and|or)[ \u00a0]+)/uy;
const MAX_ALIASES = 8;

export interface AliasNames {
  /** The selected candidates, those written as an alias retyped to their name's type. */
  selected: Candidate[];
  /** Aliases no finder had typed, as candidates of their name's type. */
  added: Candidate[];
  links: MentionLink[];
}

/** `selected` must be sorted by start, as selection leaves it. */
export function findAliasNames(text: string, selected: readonly Candidate[]): AliasNames {
  const byStart = new Map(selected.map((candidate) => [candidate.start, candidate]));
  const retyped = new Map<Candidate, Candidate>();
  const added: Candidate[] = [];
  const links: MentionLink[] = [];
  for (const named of selected) {
    if (!ALIASED_TYPES.has(named.type)) continue;
    const lead = ALIAS_LEAD.exec(text.slice(named.end, named.end + LEAD_REACH));
    if (!lead) continue;
    const reason = `alias: "${text.slice(named.start, named.end)}" is said to be known by other names`;
    let at = named.end + lead[0].length;
    for (let count = 0; count < MAX_ALIASES; count++) {
      ALIAS.lastIndex = at;
      const match = ALIAS.exec(text);
      const name = match?.[1];
      if (!match || name === undefined) break;
      const start = match.index + match[0].indexOf(name);
      const end = start + name.length;
      const found = byStart.get(start);
      if (found && found.end === end) {
        // A gazetteer or indicator match keeps its own identity; a typed guess takes the name's.
        if (found.source !== 'gazetteer' && found.source !== 'indicator') {
          const alias = found.type === named.type ? found : { ...found, type: named.type, reason };
          if (alias !== found) retyped.set(found, alias);
          links.push({ a: named, b: alias, reason });
        }
      } else if (isFree(selected, { start, end })) {
        const alias: Candidate = {
          start,
          end,
          surface: name,
          type: named.type,
          source: 'name',
          name,
          reason,
        };
        added.push(alias);
        links.push({ a: named, b: alias, reason });
      }
      SEPARATOR.lastIndex = match.index + match[0].length;
      if (!SEPARATOR.exec(text)) break;
      at = SEPARATOR.lastIndex;
    }
  }
  return { selected: selected.map((candidate) => retyped.get(candidate) ?? candidate), added, links };
}

/** Whether no selected candidate overlaps `span`. */
function isFree(selected: readonly Candidate[], span: Span): boolean {
  return (
    spanIndexAt(selected, span.start) < 0 &&
    spanIndexAt(selected, span.end - 1) < 0 &&
    within(selected, span).length === 0
  );
}
