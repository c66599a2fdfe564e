/**
 * "The leaks, dubbed X, drew accusations that the government of Y was responsible": who was
 * responsible is said, for what is not. It is the incident the sentence told of before: the
 * nearest one before the name, which is the first name of the clause that says so (past its
 * last comma, and never a name inside the incident's own designation: "the hack of TV5Monde").
 */
import type { RelationType } from '../../graph-schema/schema.ts';
import type { Span } from '../types.ts';
import type { EntityMention } from './types.ts';

interface Pair {
  type: RelationType;
  source: EntityMention;
  target: EntityMention;
}

/** What may be made responsible for an incident. */
const RESPONSIBLE_TYPES: ReadonlySet<string> = new Set(['ThreatActor', 'Organization', 'Location', 'Person']);

export function incidentOfSentence(
  text: string,
  sentence: Span,
  trigger: Span,
  candidates: readonly EntityMention[],
): Pair[] {
  const before = candidates.filter((mention) => mention.end <= trigger.start);
  const incident = before.findLast((mention) => mention.entity.type === 'Event');
  if (!incident) return [];
  const clauseStart = Math.max(
    incident.end,
    sentence.start + text.slice(sentence.start, trigger.start).search(/[,;:][^,;:]*$/u) + 1,
  );
  const subject = before.find(
    (mention) => mention.start >= clauseStart && !/[,;:]/u.test(text.slice(mention.end, trigger.start)),
  );
  if (!subject || !RESPONSIBLE_TYPES.has(subject.entity.type)) return [];
  return [{ type: 'ATTRIBUTED_TO', source: incident, target: subject }];
}
