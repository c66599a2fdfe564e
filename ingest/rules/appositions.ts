/**
 * A description set off by commas right after a name names the same thing: "le GRU, le
 * service russe de renseignement militaire," or "Flashpoint, a New York intelligence firm".
 * The description becomes an alias of the entity (with the rule in mergeReasons), so a search
 * for the description finds it. Only descriptions headed by an organisation noun count.
 */
import type { EntityMention, ResolvedEntity } from './types.ts';

const DESCRIBED_TYPES = new Set(['Organization', 'ThreatActor']);
const DESCRIPTION =
  /^\s*,\s*(?:(?:le|la|les|l['’]|un|une|the|a|an)\s*)((?:service|agence|groupe|unité|organisation|société|entreprise|firme|parti|mouvement|ministère|direction|bureau|agency|service|group|unit|organisation|organization|company|firm|party|movement|ministry|office|intelligence agency)[^,.;()\n]{0,80}?)\s*(?=[,.;)]|$)/iu;
const ADJECTIVE_FIRST =
  /^\s*,\s*(?:(?:the|a|an)\s+)((?:[\p{L}-]+\s+){1,3}(?:agency|service|group|unit|organisation|organization|company|firm|party|movement|ministry|office))(?=[,.;)\s]|$)/iu;

export interface Apposition {
  entity: ResolvedEntity;
  descriptor: string;
  reason: string;
}

export function findDescriptiveAppositions(text: string, mentions: readonly EntityMention[]): Apposition[] {
  const found: Apposition[] = [];
  for (const mention of mentions) {
    if (!DESCRIBED_TYPES.has(mention.entity.type)) continue;
    const after = text.slice(mention.end, mention.end + 120);
    const match = DESCRIPTION.exec(after) ?? ADJECTIVE_FIRST.exec(after);
    const descriptor = match?.[1]?.trim();
    if (!descriptor) continue;
    found.push({
      entity: mention.entity,
      descriptor,
      reason: `apposition: "${mention.surface}, ${descriptor}" describes ${mention.entity.name}`,
    });
  }
  return found;
}
