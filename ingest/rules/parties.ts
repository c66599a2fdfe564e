/**
 * "حزب ماكرون", "le parti de Macron", "Macron's party": a person's party is the organisation
 * that person is known to have founded, so the phrase names that organisation, as a victim or
 * as the one who speaks. Only when the founder is known for exactly one organisation the
 * document itself names; otherwise the phrase keeps naming the person.
 */
import type { GazetteerEntry } from '../gazetteer/index.ts';
import { ARABIC_NOUN_PREFIX, NOT_AFTER_WORD } from './text.ts';
import type { EntityMention, ResolvedEntity } from './types.ts';

const PARTY_BEFORE = new RegExp(
  String.raw`${NOT_AFTER_WORD}(?:(?:le\s+)?(?:parti|mouvement)\s+(?:de\s+|d['’]\s*)|(?:the\s+)?(?:party|movement)\s+of\s+|${ARABIC_NOUN_PREFIX}(?:حزب|حركة)\s+)$`,
  'iu',
);
const PARTY_AFTER = /['’]s\s+(?:party|movement)(?![\p{L}])/iuy;
const CONTEXT = 24;

/**
 * Replaces each person mention named as "X's party" by a mention of X's organisation spanning the
 * whole phrase, and records it among that organisation's mentions.
 */
export function resolvePartyMentions(
  text: string,
  mentions: readonly EntityMention[],
  entities: readonly ResolvedEntity[],
  foundedBy: (personKey: string) => readonly GazetteerEntry[],
): EntityMention[] {
  return mentions.map((mention) => {
    if (mention.entity.type !== 'Person' || mention.anaphoric) return mention;
    const span = partySpan(text, mention);
    if (!span) return mention;
    const named = foundedBy(mention.entity.key).flatMap((entry) =>
      entities.filter((entity) => entity.key === entry.key),
    );
    const [organisation, ...others] = named;
    if (!organisation || others.length > 0) return mention;
    const surface = text.slice(span.start, span.end);
    organisation.mentions.push({ start: span.start, end: span.end, surface });
    organisation.mentions.sort((a, b) => a.start - b.start);
    organisation.mergeReasons.add(
      `party of its founder: "${surface}" names ${organisation.name}, founded by ${mention.entity.name}`,
    );
    return { start: span.start, end: span.end, surface, entity: organisation };
  });
}

function partySpan(text: string, mention: EntityMention): { start: number; end: number } | undefined {
  const before = PARTY_BEFORE.exec(text.slice(Math.max(0, mention.start - CONTEXT), mention.start));
  if (before) return { start: mention.start - before[0].length, end: mention.end };
  PARTY_AFTER.lastIndex = mention.end;
  const after = PARTY_AFTER.exec(text);
  if (after) return { start: mention.start, end: mention.end + after[0].length };
  return undefined;
}
