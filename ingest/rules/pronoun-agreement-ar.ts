/**
 * Gender agreement of an Arabic pronoun opening an apposed clause with the name it stands for:
 * "أحمد سالم، الباحث لدى شركة Z، وهو عضو في Y" says the man is a member, not the firm, which
 * "شركة" (feminine) would have take "وهي". A body named with a noun in "ة" before its name
 * ("شركة Z", "لدى منظمة Z") or opening it ("منظمة الصحة العالمية") is feminine.
 */
import { names } from '../extract/lang/ar/names.ts';
import { alternation } from './patterns.ts';
import type { EntityMention } from './types.ts';

/** A comma, then a masculine pronoun, right before the trigger. */
const MASCULINE_PRONOUN_LAST = new RegExp(
  String.raw`[،,]\s*(?:${alternation(names.masculinePronouns)})\s+$`,
  'u',
);
/** A noun in "ة" (the feminine ending) right before a name, or opening it. */
const FEMININE_NOUN_BEFORE = /(?:^|\s)[\u0621-\u064a]+ة\s+$/u;
const FEMININE_NOUN_OPENING = /^[\u0621-\u064a]+ة(?:\s|$)/u;
/** How far back the noun of a name is looked for. */
const NOUN_LOOKBACK = 30;

/**
 * Whether the masculine pronoun right before `triggerStart` cannot stand for `mention`: a body
 * named with a feminine noun. A person's name may end in "ة" ("حمزة") and is never excluded.
 */
export function masculinePronounDisagrees(
  text: string,
  mention: EntityMention,
  triggerStart: number,
): boolean {
  if (mention.entity.type === 'Person') return false;
  if (!MASCULINE_PRONOUN_LAST.test(text.slice(mention.end, triggerStart))) return false;
  return (
    FEMININE_NOUN_OPENING.test(text.slice(mention.start, mention.end)) ||
    FEMININE_NOUN_BEFORE.test(text.slice(Math.max(0, mention.start - NOUN_LOOKBACK), mention.start))
  );
}
