/**
 * Simple, predictable anaphora for relation extraction: "ce groupe", "the group", "المجموعة"
 * stand for the last threat actor named shortly before; "cette opération", "the attack",
 * "هذه الهجمات" stand for the last incident (Event) named before in the document. Nothing
 * cleverer: a wrong guess here would put a relation on the wrong node.
 */
import type { EntityType } from '../../graph-schema/schema.ts';
import type { Sentence } from '../types.ts';
import { ARABIC_NOUN_PREFIX, phraseSource } from './text.ts';
import type { EntityMention } from './types.ts';

const REFERRING_PHRASES: ReadonlyArray<{ type: EntityType; phrases: readonly string[]; window: number }> = [
  {
    type: 'ThreatActor',
    window: 2,
    phrases: [
      'ce groupe',
      'le groupe',
      'ces pirates',
      'les pirates',
      'les hackers',
      'ces hackers',
      'this group',
      'the group',
      'the hackers',
      'the attackers',
      'هذه المجموعة',
      'المجموعة',
      'القراصنة',
      'المهاجمون',
    ],
  },
  {
    type: 'Event',
    window: Number.POSITIVE_INFINITY,
    phrases: [
      'cette opération',
      'cette attaque',
      'ces attaques',
      'ce piratage',
      'cette fuite',
      'cette divulgation',
      'le piratage',
      "l'attaque",
      'la fuite',
      'this attack',
      'the attack',
      'the hack',
      'the breach',
      'the leak',
      'the intrusion',
      'this operation',
      'هذه الهجمات',
      'هذا الهجوم',
      'هذا التسريب',
      'هذه التسريبات',
      'هذا الاختراق',
      'الاختراق',
      'الهجوم',
      'الهجمات',
    ],
  },
];

const COMPILED = REFERRING_PHRASES.map((entry) => ({
  ...entry,
  regex: new RegExp(
    [...entry.phrases]
      .sort((a, b) => b.length - a.length)
      .map((phrase) => phraseSource(phrase, ARABIC_NOUN_PREFIX.replace('(?:ال|لل)?', '')))
      .join('|'),
    'giu',
  ),
}));

/**
 * Mentions standing for earlier entities. `mentions` must be sorted by start; the result is
 * meant for relation extraction only, not stored as mentions of the entity.
 */
export function findAnaphora(
  sentences: readonly Sentence[],
  mentions: readonly EntityMention[],
): EntityMention[] {
  const found: EntityMention[] = [];
  sentences.forEach((sentence, sentenceIndex) => {
    for (const entry of COMPILED) {
      for (const match of sentence.text.matchAll(entry.regex)) {
        const start = sentence.start + match.index;
        const end = start + match[0].length;
        // Inside a name, or a cue word right before one ("le groupe «APT 28»"): not a reference.
        if (mentions.some((mention) => mention.start <= start && end <= mention.end)) continue;
        if (mentions.some((mention) => mention.start >= end && mention.start - end <= 3)) continue;
        const windowStart =
          entry.window === Number.POSITIVE_INFINITY
            ? 0
            : (sentences[Math.max(0, sentenceIndex - entry.window)]?.start ?? 0);
        const antecedent = lastBefore(mentions, entry.type, windowStart, start);
        if (antecedent)
          found.push({ start, end, surface: match[0], entity: antecedent.entity, anaphoric: true });
      }
    }
  });
  return found.sort((a, b) => a.start - b.start);
}

function lastBefore(
  mentions: readonly EntityMention[],
  type: EntityType,
  from: number,
  before: number,
): EntityMention | undefined {
  let best: EntityMention | undefined;
  for (const mention of mentions) {
    if (mention.start >= before) break;
    if (mention.start >= from && mention.entity.type === type) best = mention;
  }
  return best;
}
