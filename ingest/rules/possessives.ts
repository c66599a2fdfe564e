/**
 * A possessive between two organisations states that the second is part of the first:
 * "Palo Alto's Unit 42", "NSA's Tailored Access Operations". Only a name written right after
 * the possessive counts: with words between ("Google's own research team X"), the possessive
 * may qualify those words. A place's organisation ("China's MSS") is left out: where a
 * national body is goes without saying, and the annotations do not state it.
 */
import type { Span } from '../types.ts';
import type { EntityMention } from './types.ts';

/** The possessive alone between the two names. */
const POSSESSIVE_GAP = /^['’]s?\s+$/u;

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
    const owned = mentions.slice(index + 1).find((mention) => mention.start >= owner.end);
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
