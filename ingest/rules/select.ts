/**
 * Several finders may claim the same text. Indicators win outright (their syntax is exact);
 * otherwise the longer span wins ("Emmanuel Macron" over "Macron"), then a name after a civility
 * or a rank ("le cardinal Mathieu" is a person, whatever commune is called Mathieu), then the
 * gazetteer over cues over bare capitalisation. A longer name that swallows a gazetteer name of the same
 * type takes that gazetteer identity, so "Emmanuel Macron" found by a title cue is still the
 * gazetteer's Macron.
 *
 * Entity-dense documents hold tens of thousands of candidates, so every question asked of
 * them here is answered from an index (taken offsets, gazetteer names by start) rather than
 * by scanning all candidates: the selection stays O(n log n) in the number of candidates.
 */
import type { Candidate, CandidateSource } from './types.ts';
import { TakenSpans } from '../taken-spans.ts';
import type { Span } from '../types.ts';

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
      Number(b.titled === true) - Number(a.titled === true) ||
      SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
      a.start - b.start,
  );
  const gazetteer = new GazetteerIndex(candidates);
  const taken = TakenSpans.coveringAll(candidates);
  const chosen: Candidate[] = [];
  for (const candidate of ordered) {
    if (taken.overlaps(candidate)) continue;
    if (yieldsToKnownName(candidate, gazetteer) || cueInsideKnownName(candidate, gazetteer)) continue;
    taken.take(candidate);
    chosen.push(inheritGazetteerIdentity(candidate, gazetteer));
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The gazetteer candidates sorted by start, with their order among all candidates. */
class GazetteerIndex {
  private readonly sorted: { candidate: Candidate; order: number }[];
  /** Largest end among sorted[0..i]: whether some gazetteer name starting by i reaches an offset. */
  private readonly reach: number[];

  constructor(candidates: readonly Candidate[]) {
    this.sorted = candidates
      .map((candidate, order) => ({ candidate, order }))
      .filter(({ candidate }) => candidate.source === 'gazetteer')
      .sort((a, b) => a.candidate.start - b.candidate.start || a.order - b.order);
    let reach = -1;
    this.reach = this.sorted.map(({ candidate }) => (reach = Math.max(reach, candidate.end)));
  }

  /** The gazetteer candidates inside `outer`, in the order they were found. */
  inside(outer: Span): Candidate[] {
    const found: { candidate: Candidate; order: number }[] = [];
    for (let index = this.firstStartingAt(outer.start); index < this.sorted.length; index++) {
      const entry = this.sorted[index];
      if (!entry || entry.candidate.start > outer.end) break;
      if (entry.candidate.end <= outer.end) found.push(entry);
    }
    return found.sort((a, b) => a.order - b.order).map(({ candidate }) => candidate);
  }

  /** Whether some gazetteer candidate contains `inner`. */
  covers(inner: Span): boolean {
    const last = this.firstStartingAt(inner.start + 1) - 1;
    return last >= 0 && (this.reach[last] ?? -1) >= inner.end;
  }

  /** Index of the first entry starting at or after `offset`. */
  private firstStartingAt(offset: number): number {
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.sorted[middle]?.candidate.start ?? Infinity) < offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}

/**
 * A name found by a cue or by its shape gives way to a gazetteer name inside it when the cue's
 * extent is the uncertain part: same type ("وزير الاقتصاد السابق ماكرون سابقاً" is Macron), or
 * a bare capitalised shape holding a known name of another type ("Présidentielle de France").
 * A place of its own named after a known one ("مخيم جنين") keeps its name.
 */
function yieldsToKnownName(candidate: Candidate, gazetteer: GazetteerIndex): boolean {
  if ((candidate.source !== 'cue' && candidate.source !== 'name') || candidate.ownPlace) return false;
  return gazetteer
    .inside(candidate)
    .some((other) =>
      other.type === candidate.type
        ? /[\u0600-\u06ff]/u.test(candidate.surface)
        : candidate.source === 'name',
    );
}

/**
 * A cue word that is part of a known name ("وكالة" in "وكالة الأنباء القطرية") belongs to that
 * name; it introduces nothing after it.
 */
function cueInsideKnownName(candidate: Candidate, gazetteer: GazetteerIndex): boolean {
  const { cue } = candidate;
  return cue !== undefined && gazetteer.covers(cue);
}

/** What a report may write after a known actor's name: "Sofacy Group" is Sofacy. */
const ACTOR_GROUP_WORD = /^[ \u00a0]+(?:Group|Gang|Team|Crew)$/u;

function inheritGazetteerIdentity(candidate: Candidate, gazetteer: GazetteerIndex): Candidate {
  if (candidate.source === 'gazetteer' || candidate.source === 'indicator' || candidate.ownPlace)
    return candidate;
  const inside = gazetteer.inside(candidate);
  const actor = inside.find(
    (other) =>
      other.type === 'ThreatActor' &&
      other.start === candidate.start &&
      ACTOR_GROUP_WORD.test(candidate.surface.slice(other.end - candidate.start)),
  );
  const inner = actor ?? inside.find((other) => other.type === candidate.type);
  if (!inner?.key) return candidate;
  return {
    ...candidate,
    type: inner.type,
    key: inner.key,
    name: inner.name,
    externalIds: inner.externalIds ?? [],
    domains: inner.domains ?? [],
    source: 'gazetteer',
    reason: `${candidate.reason}; contains the gazetteer name "${inner.surface}"`,
  };
}
