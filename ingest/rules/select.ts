/**
 * Several finders may claim the same text. Indicators win outright (their syntax is exact);
 * otherwise the longer span wins ("Emmanuel Macron" over "Macron"), then the gazetteer over
 * cues over bare capitalisation. A longer name that swallows a gazetteer name of the same
 * type takes that gazetteer identity, so "Emmanuel Macron" found by a title cue is still the
 * gazetteer's Macron.
 */
import type { Candidate, CandidateSource } from './types.ts';
import { contains, overlaps } from './text.ts';

const SOURCE_RANK: Record<CandidateSource, number> = {
  indicator: 0,
  gazetteer: 1,
  acronym: 2,
  cue: 3,
  name: 4,
  event: 5,
};

export function selectCandidates(candidates: readonly Candidate[]): Candidate[] {
  const ordered = [...candidates].sort(
    (a, b) =>
      Number(b.source === 'indicator') - Number(a.source === 'indicator') ||
      b.end - b.start - (a.end - a.start) ||
      SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
      a.start - b.start,
  );
  const chosen: Candidate[] = [];
  for (const candidate of ordered) {
    if (chosen.some((taken) => overlaps(taken, candidate))) continue;
    if (yieldsToKnownName(candidate, candidates) || cueInsideKnownName(candidate, candidates)) continue;
    chosen.push(inheritGazetteerIdentity(candidate, candidates));
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * A name found by a cue or by its shape gives way to a gazetteer name inside it when the cue's
 * extent is the uncertain part: same type ("وزير الاقتصاد السابق ماكرون سابقاً" is Macron), or
 * a bare capitalised shape holding a known name of another type ("Présidentielle de France").
 */
function yieldsToKnownName(candidate: Candidate, all: readonly Candidate[]): boolean {
  if (candidate.source !== 'cue' && candidate.source !== 'name') return false;
  return all.some(
    (other) =>
      other.source === 'gazetteer' &&
      contains(candidate, other) &&
      (other.type === candidate.type
        ? /[\u0600-\u06ff]/u.test(candidate.surface)
        : candidate.source === 'name'),
  );
}

/**
 * A cue word that is part of a known name ("وكالة" in "وكالة الأنباء القطرية") belongs to that
 * name; it introduces nothing after it.
 */
function cueInsideKnownName(candidate: Candidate, all: readonly Candidate[]): boolean {
  const { cue } = candidate;
  if (!cue) return false;
  return all.some((other) => other.source === 'gazetteer' && contains(other, cue));
}

function inheritGazetteerIdentity(candidate: Candidate, all: readonly Candidate[]): Candidate {
  if (candidate.source === 'gazetteer' || candidate.source === 'indicator') return candidate;
  const inner = all.find(
    (other) =>
      other.source === 'gazetteer' &&
      other.type === candidate.type &&
      other !== candidate &&
      contains(candidate, other),
  );
  if (!inner?.key) return candidate;
  return {
    ...candidate,
    key: inner.key,
    name: inner.name,
    externalIds: inner.externalIds ?? [],
    domains: inner.domains ?? [],
    source: 'gazetteer',
    reason: `${candidate.reason}; contains the gazetteer name "${inner.surface}"`,
  };
}
