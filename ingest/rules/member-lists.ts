/**
 * Indictments and reports list a group's people by name: "two APT99 members, Ivo Marsh and Lena
 * Kral, were named", or "a court charged four APT99 officers. The officers, Ivo Marsh (…), Lena
 * Kral (…) and Odile Brenn, were ...". A noun for a group's people right after the group's name
 * (the pack's `roles.membersAfterName`) and the persons listed in apposition to it, at once or
 * after the same noun opening the next sentence, make each person a member of the group. A
 * bracket after a listed name glosses it (the name in another script) and is skipped.
 */
import { memberNounsAfterName } from '../extract/lang/index.ts';
import type { Sentence, Span } from '../types.ts';
import { alternation } from './patterns.ts';
import { escapeRegExp, spanIndexAt } from './text.ts';
import type { EntityMention } from './types.ts';

/** The groups whose people a list names: actors (a unit an indictment names is one). */
const GROUP_TYPES = new Set(['ThreatActor']);
const PEOPLE_NOUN_AFTER = new RegExp(
  String.raw`^\s+(${alternation(memberNounsAfterName())})(?![\p{L}\p{N}])`,
  'iu',
);
/** Between the noun and the first listed name: a comma or a colon, or a space alone ("APT99 members Ivo Marsh and ..."). */
const LIST_OPENING = /^\s*[,:]?\s*$/u;
/** Between two listed names: a comma, "and", or both. */
const BETWEEN_ITEMS = /^\s*(?:,\s*)?(?:and\s+)?$/u;
/** A bracket glossing the name before it ("Ivo Marsh (Иво Марш)"). */
const GLOSS = /\([^()]*\)/gu;

export interface ListedMember {
  member: EntityMention;
  group: EntityMention;
  /** The noun for the group's people, whose sentence is the claim context. */
  at: Span;
}

/** Members a list names after a noun for a group's people. Mentions must be sorted by start. */
export function findListedMembers(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly EntityMention[],
): ListedMember[] {
  const found: ListedMember[] = [];
  for (const group of mentions) {
    if (!GROUP_TYPES.has(group.entity.type) || group.anaphoric) continue;
    const noun = PEOPLE_NOUN_AFTER.exec(text.slice(group.end, group.end + 40));
    if (!noun?.[1]) continue;
    const at = { start: group.end + noun[0].length - noun[1].length, end: group.end + noun[0].length };
    const sentenceIndex = spanIndexAt(sentences, at.start);
    const sentence = sentences[sentenceIndex];
    if (!sentence) continue;
    let listed = listedPersons(text, at.end, sentence.end, mentions);
    const next = sentences[sentenceIndex + 1];
    if (listed.length === 0 && next) {
      // "The officers, A, B and C, were charged": the same noun, definite, opens the next sentence.
      const repeated = new RegExp(
        String.raw`^\s*(?:the|these|those)\s+${escapeRegExp(noun[1])}\s*,`,
        'iu',
      ).exec(text.slice(next.start, next.end));
      if (repeated) listed = listedPersons(text, next.start + repeated[0].length, next.end, mentions);
    }
    for (const member of listed) found.push({ member, group, at });
  }
  return found;
}

/** The persons listed from `from` on, up to the first thing that is neither a name of the list nor its gloss. */
function listedPersons(
  text: string,
  from: number,
  end: number,
  mentions: readonly EntityMention[],
): EntityMention[] {
  const listed: EntityMention[] = [];
  let previousEnd = from;
  for (const mention of mentions) {
    if (mention.start < previousEnd) continue;
    if (mention.end > end) break;
    const gap = text.slice(previousEnd, mention.start);
    // A name inside the bracket that glosses the last one.
    if (gap.split('(').length > gap.split(')').length) continue;
    const separator = gap.replace(GLOSS, ' ');
    if (!(listed.length === 0 ? LIST_OPENING : BETWEEN_ITEMS).test(separator)) break;
    if (mention.entity.type !== 'Person' || mention.anaphoric) break;
    listed.push(mention);
    previousEnd = mention.end;
  }
  return listed;
}
