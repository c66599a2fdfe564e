/**
 * "X a été victime d'une cyberattaque. L'attaque a été revendiquée par Y": the incident is told
 * only as something X underwent, with no designation of its own, and the next sentence lays it
 * on Y. The reader takes it that Y targeted X, as "X a été victime d'une cyberattaque revendiquée
 * par Y" says in one sentence; the incident's own relations stay beside it.
 */
import type { ExtractedRelation } from '../extractor.ts';
import type { Incidents } from './events.ts';
import type { ResolvedEntity } from './types.ts';

/**
 * Who may be said to have targeted a victim through an incident laid on them; an organisation
 * only on its own word ("le collectif X a revendiqué l'attaque"): a state or a body the incident
 * is laid on by others is its author, which says nothing of how it went about it.
 */
const AGENT_TYPES: ReadonlySet<string> = new Set(['ThreatActor', 'Person']);
const SELF_CLAIMING_TYPES: ReadonlySet<string> = new Set(['Organization']);

export function undergoneIncidentAgents(
  relations: readonly ExtractedRelation[],
  incidents: Incidents,
  entities: Iterable<ResolvedEntity>,
): ExtractedRelation[] {
  const typeOf = new Map([...entities].map((entity) => [entity.key, entity.type]));
  const victimOf = new Map(
    [...incidents.undergone].flatMap((event) => {
      const victim = incidents.subjects.get(event);
      return victim ? [[event.key, victim.key] as const] : [];
    }),
  );
  const targeted = new Set(
    relations
      .filter((relation) => relation.type === 'TARGETED')
      .map((relation) => `${relation.source}\u0000${relation.target}`),
  );
  const added: ExtractedRelation[] = [];
  for (const relation of relations) {
    const victim = victimOf.get(relation.source);
    if (relation.type !== 'ATTRIBUTED_TO' || victim === undefined || relation.modality === 'denied') continue;
    const agentType = typeOf.get(relation.target) ?? '';
    const ownWord = relation.assertedBy.length === 1 && relation.assertedBy[0] === relation.target;
    if (!AGENT_TYPES.has(agentType) && !(ownWord && SELF_CLAIMING_TYPES.has(agentType))) continue;
    const id = `${relation.target}\u0000${victim}`;
    if (targeted.has(id)) continue;
    targeted.add(id);
    added.push({
      ...relation,
      type: 'TARGETED',
      source: relation.target,
      target: victim,
      assertedBy: [...relation.assertedBy],
      evidence: { ...relation.evidence },
    });
  }
  return added;
}
