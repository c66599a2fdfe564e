/**
 * An actor's name joined by a hyphen to a participle of ownership qualifies the indicators named
 * after it: "the TA999-controlled domain billing-portal[.]net", "an APT99-operated Gmail account,
 * anna.berg[@]gmail.com" say the actor uses each. The compound is an adjective, so no trigger
 * word stands between the two ends; the indicators follow it in the same clause, past the noun
 * the compound qualifies, and may be listed ("the TA999-run servers 198.51.100[.]2 and ...").
 * The participles are the packs' `enumerations.ownershipCompounds`.
 */
import type { EntityType } from '../../graph-schema/schema.ts';
import { connectiveWords, PACKS } from '../extract/lang/index.ts';
import type { Span } from '../types.ts';
import { alternation } from './patterns.ts';
import { escapeRegExp } from './text.ts';
import type { EntityMention } from './types.ts';

const PARTICIPLES = PACKS.flatMap((pack) => pack.enumerations.ownershipCompounds);
const COMPOUND =
  PARTICIPLES.length === 0
    ? undefined
    : new RegExp(String.raw`^-(?:${PARTICIPLES.map(escapeRegExp).join('|')})(?![\p{L}\p{N}-])`, 'iu');
/** What an actor may own: addresses. */
const INDICATOR_TYPES: ReadonlySet<EntityType> = new Set(['Domain', 'Url', 'Email', 'IpAddress']);
/**
 * Between the compound and the first indicator: the noun phrase it qualifies, four words at most
 * ("domain", "Gmail account,", "command and control servers"), no verb's clause.
 */
const TO_FIRST_INDICATOR = /^\s+(?:[\p{L}\p{N}&/-]+\s+){0,3}(?:[\p{L}\p{N}&/-]+,?\s+)?$/u;
/** Between two indicators of one list. */
const BETWEEN_LISTED = new RegExp(
  String.raw`^\s*(?:,\s*)?(?:(?:${alternation(connectiveWords('listCoordinators'))})\s+)?$`,
  'u',
);

export interface OwnedIndicator {
  actor: EntityMention;
  indicator: EntityMention;
  /** The compound's participle, which states the relation. */
  at: Span;
}

/** `mentions`: one sentence's, sorted by start. */
export function findOwnedIndicators(text: string, mentions: readonly EntityMention[]): OwnedIndicator[] {
  if (!COMPOUND) return [];
  const found: OwnedIndicator[] = [];
  mentions.forEach((actor, index) => {
    if (actor.entity.type !== 'ThreatActor') return;
    const compound = COMPOUND.exec(text.slice(actor.end, actor.end + 20));
    if (!compound) return;
    const at = { start: actor.end, end: actor.end + compound[0].length };
    // The next name must be the indicator: another name in between is what the compound qualifies.
    const first = mentions[index + 1];
    if (!first || !INDICATOR_TYPES.has(first.entity.type)) return;
    if (!TO_FIRST_INDICATOR.test(text.slice(at.end, first.start))) return;
    found.push({ actor, indicator: first, at });
    let previous = first;
    for (const listed of mentions.slice(index + 2)) {
      if (
        !INDICATOR_TYPES.has(listed.entity.type) ||
        !BETWEEN_LISTED.test(text.slice(previous.end, listed.start))
      )
        break;
      found.push({ actor, indicator: listed, at });
      previous = listed;
    }
  });
  return found;
}
