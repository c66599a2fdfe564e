/**
 * "X was the victim of an attack by Y", "victime d'une attaque menée par Y", "a subi une
 * cyberattaque de Y", "ضحية حملة
 * قرصنة من جانب Y", "la cible d'une campagne de Y": the attack the victim suffered was done by
 * Y. In a document about one incident that attack is the incident, so the caller attributes
 * the incident to Y, with the modality and claimant of the sentence.
 */
import { allowsEndpoints } from '../../graph-schema/schema.ts';
import type { Span } from '../types.ts';
import { packFor } from '../extract/lang/index.ts';
import type { PackLanguage } from '../extract/lang/types.ts';
import { alternation } from './patterns.ts';
import { wordsBetween } from './text.ts';
import type { EntityMention } from './types.ts';
import { matchesOf } from '../regex-matches.ts';

/** Up to two qualifying words after the incident noun ("حملة قرصنة", "an attack", "attaque informatique"). */
const QUALIFIERS = String.raw`(?:\s+[\p{L}\p{M}-]+){0,2}?`;

/**
 * A pack's victim words (`incidents.agentVictims`), then a deed (`agentDeeds`), its qualifiers
 * and the words before its author (`agentLinkers`). A phrase ending on an elided article ("victime
 * d'") runs into the deed; in Arabic the victim word may take "و" or "ف", the deed "ل".
 */
function victimOfIncidentBy(lang: PackLanguage): RegExp {
  const { agentVictims, agentDeeds, agentLinkers } = packFor(lang).incidents;
  const elided = agentVictims.filter((phrase) => /['’]$/u.test(phrase));
  const spaced = agentVictims.filter((phrase) => !/['’]$/u.test(phrase));
  const victims = [
    ...(elided.length > 0 ? [`(?:${alternation(elided)})`] : []),
    ...(spaced.length > 0 ? [String.raw`(?:${alternation(spaced)})\s+`] : []),
  ].join('|');
  const arabic = lang === 'ar';
  return new RegExp(
    String.raw`(?<![\p{L}\p{M}])${arabic ? '[وف]?' : ''}(?:${victims})${arabic ? '(?:ل)?' : ''}(?:${alternation(agentDeeds)})${QUALIFIERS}\s+(?:${alternation(agentLinkers)})(?![\p{L}\p{M}])`,
    'giu',
  );
}

const VICTIM_OF_INCIDENT_BY = (['ar', 'fr', 'en'] as const).map(victimOfIncidentBy);

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
