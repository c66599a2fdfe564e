/**
 * A known threat actor's name that a document gives to a program ("the Quartzlock ransomware
 * program", "the X malware family"): several gangs are known by the name of the ransomware they
 * rent out, and a text that speaks of the program by that name speaks of the software throughout
 * ("X would keep operating", "announcements from X"), so every mention of the name in the document
 * is the malware. A text that also calls it a group ("the X ransomware gang", "the X group")
 * speaks of the actor, and the name keeps the gazetteer's type.
 */
import { MALWARE_PROGRAM_AFTER, THREAT_ACTOR_CUE_AFTER } from './patterns.ts';
import type { Candidate } from './types.ts';

/** How far after a name its kind is looked for: " ransomware program" and a little more. */
const AFTER_CHARS = 40;
/** A plain word for a group right after the name: "the X group", "X gang". */
const GROUP_AFTER = /^\s+(?:group|gang|crew)(?![\p{L}])/iu;

export function typeActorsNamedAsPrograms(text: string, candidates: readonly Candidate[]): Candidate[] {
  const after = (candidate: Candidate) => text.slice(candidate.end, candidate.end + AFTER_CHARS);
  const actors = candidates.filter(
    (candidate) => candidate.type === 'ThreatActor' && candidate.source === 'gazetteer' && candidate.key,
  );
  const programs = new Set(
    actors.filter((actor) => MALWARE_PROGRAM_AFTER.test(after(actor))).map((actor) => actor.key),
  );
  if (programs.size === 0) return [...candidates];
  for (const actor of actors) {
    const rest = after(actor);
    if (THREAT_ACTOR_CUE_AFTER.test(rest) || GROUP_AFTER.test(rest)) programs.delete(actor.key);
  }
  return candidates.map((candidate) =>
    candidate.type === 'ThreatActor' && candidate.source === 'gazetteer' && programs.has(candidate.key)
      ? {
          ...candidate,
          type: 'Malware' as const,
          reason: `${candidate.reason}; the document names a program "${candidate.name}"`,
        }
      : candidate,
  );
}
