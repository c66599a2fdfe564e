/**
 * "X was the victim of an attack by Y", "victime d'une attaque menée par Y", "a subi une
 * cyberattaque de Y", "ضحية حملة
 * قرصنة من جانب Y", "la cible d'une campagne de Y": the attack the victim suffered was done by
 * Y. In a document about one incident that attack is the incident, so the caller attributes
 * the incident to Y, with the modality and claimant of the sentence.
 */
import { allowsEndpoints } from '../../graph-schema/schema.ts';
import type { Span } from '../types.ts';
import { wordsBetween } from './text.ts';
import type { EntityMention } from './types.ts';
import { matchesOf } from '../regex-matches.ts';

const ARABIC_INCIDENT = String.raw`(?:هجوم|هجمات|حملة|عملية|اختراق|قرصنة|عمليات)`;
const FRENCH_INCIDENT = String.raw`(?:attaque|attaques|cyberattaque|cyberattaques|campagne|opération|piratage|intrusion)`;
const ENGLISH_INCIDENT = String.raw`(?:attack|attacks|cyberattack|cyberattacks|campaign|operation|hack|hacking|intrusion|breach)`;
/** Up to two qualifying words after the incident noun ("حملة قرصنة", "an attack", "attaque informatique"). */
const QUALIFIERS = String.raw`(?:\s+[\p{L}\p{M}-]+){0,2}?`;

const VICTIM_OF_INCIDENT_BY = [
  String.raw`(?<![\p{L}\p{M}])[وف]?(?:ضحية|ضحايا)\s+(?:ل)?${ARABIC_INCIDENT}${QUALIFIERS}\s+(?:من\s+جانب|من\s+قبل|على\s+يد|شنتها|شنها)(?![\p{L}\p{M}])`,
  String.raw`(?<![\p{L}\p{M}])(?:(?:victimes?|la\s+cible)\s+d['’]|subi\s+)(?:une?\s+)?${FRENCH_INCIDENT}${QUALIFIERS}\s+(?:menée?s?\s+par|orchestrée?s?\s+par|de\s+la\s+part\s+d[eu']|par|de|du|d['’])(?![\p{L}\p{M}])`,
  String.raw`(?<![\p{L}\p{M}])(?:victims?|the\s+target)\s+of\s+(?:an?\s+|the\s+)?${ENGLISH_INCIDENT}${QUALIFIERS}\s+(?:carried\s+out\s+by|conducted\s+by|launched\s+by|by|from)(?![\p{L}\p{M}])`,
].map((source) => new RegExp(source, 'giu'));

/** "مجموعة تسمى "بون ستورم"", "the group known as X": a few words may introduce the agent's name. */
const MAX_WORDS_TO_AGENT = 3;

export interface IncidentAgent {
  /** The "victim of an attack by" phrase. */
  at: Span;
  agent: EntityMention;
}

/** Every "victim of an attack by Y" in `text`, with Y the first name after it that an incident can be attributed to. */
export function findIncidentAgents(text: string, mentions: readonly EntityMention[]): IncidentAgent[] {
  const found: IncidentAgent[] = [];
  for (const pattern of VICTIM_OF_INCIDENT_BY) {
    for (const match of matchesOf(pattern, text)) {
      const end = match.index + match[0].length;
      const agent = mentions.find(
        (mention) =>
          mention.start >= end &&
          !mention.anaphoric &&
          wordsBetween(text, end, mention.start) <= MAX_WORDS_TO_AGENT &&
          !/[,،.;:!?]/u.test(text.slice(end, mention.start)),
      );
      if (agent && allowsEndpoints('ATTRIBUTED_TO', 'Event', agent.entity.type)) {
        found.push({ at: { start: match.index, end }, agent });
      }
    }
  }
  return found.sort((a, b) => a.at.start - b.at.start);
}
