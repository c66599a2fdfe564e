/**
 * The keys of incidents told of through their victim, written and read here only: an incident
 * is keyed by its kind and its victim ("hack:Organization:<key>"), so that reports of one hack
 * meet; when a text dates that victim's incidents in several years, each year is an incident of
 * its own, keyed with its year after the victim's key ("hack:Organization:<key>:2017").
 */

/** What an incident is: an intrusion (hack), a malware's attack, an investigation (project). */
export type IncidentKind = 'hack' | 'attack' | 'project';

export interface Victim {
  type: string;
  key: string;
}

const DATED_TAIL = /^:((?:19|20)\d{2})$/u;

/** The key of the incident of `kind` whose victim is `victim`, undated. */
export function incidentKey(kind: IncidentKind, victim: Victim): string {
  return `${kind}:${victim.type}:${victim.key}`;
}

/** The key of the incident of one year among several on the same victim. */
export function datedIncidentKey(undatedKey: string, year: string): string {
  if (!/^(?:19|20)\d{2}$/u.test(year)) throw new Error(`not a year: ${year}`);
  return `${undatedKey}:${year}`;
}

/** Whether `key` is the incident of `kind` on `victim`, undated or of any one year. */
export function isIncidentOn(key: string, kind: IncidentKind, victim: Victim): boolean {
  const undatedKey = incidentKey(kind, victim);
  return key === undatedKey || (key.startsWith(undatedKey) && DATED_TAIL.test(key.slice(undatedKey.length)));
}

/** Whether `key` is an incident of `kind`, whoever its victim. */
export function isIncidentOfKind(key: string, kind: IncidentKind): boolean {
  return key.startsWith(`${kind}:`);
}
