/**
 * selectCandidates answers its questions from indexes; this checks it against the rules read
 * literally (every question a scan of all candidates) on random overlapping candidates.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntityType } from '../../graph-schema/schema.ts';
import { selectCandidates } from './select.ts';
import { contains, overlaps } from './text.ts';
import type { Candidate, CandidateSource } from './types.ts';
import { seededRandom } from '../../bench/seeded-random.ts';

const SOURCES: CandidateSource[] = ['indicator', 'gazetteer', 'acronym', 'cue', 'name', 'event'];
const RANK = new Map(SOURCES.map((source, rank) => [source, rank]));
const TYPES: EntityType[] = ['Person', 'Organization', 'Location'];

function literalSelection(candidates: readonly Candidate[]): Candidate[] {
  const known = candidates.filter((other) => other.source === 'gazetteer');
  const ordered = [...candidates].sort(
    (a, b) =>
      Number(b.source === 'indicator') - Number(a.source === 'indicator') ||
      b.end - b.start - (a.end - a.start) ||
      Number(b.titled === true) - Number(a.titled === true) ||
      (RANK.get(a.source) ?? 0) - (RANK.get(b.source) ?? 0) ||
      a.start - b.start,
  );
  const chosen: Candidate[] = [];
  for (const candidate of ordered) {
    if (chosen.some((taken) => overlaps(taken, candidate))) continue;
    const yields =
      (candidate.source === 'cue' || candidate.source === 'name') &&
      known.some(
        (other) =>
          contains(candidate, other) &&
          (other.type === candidate.type
            ? /[\u0600-\u06ff]/u.test(candidate.surface)
            : candidate.source === 'name'),
      );
    const { cue } = candidate;
    if (yields || (cue && known.some((other) => contains(other, cue)))) continue;
    const found = candidate.source === 'gazetteer' || candidate.source === 'indicator' ? [] : known;
    const actor = found.find(
      (other) =>
        other.type === 'ThreatActor' &&
        contains(candidate, other) &&
        other.start === candidate.start &&
        /^ (?:Group|Gang|Team|Crew)$/u.test(candidate.surface.slice(other.end - candidate.start)),
    );
    const inner = actor ?? found.find((other) => other.type === candidate.type && contains(candidate, other));
    chosen.push(
      inner?.key
        ? {
            ...candidate,
            type: inner.type,
            key: inner.key,
            name: inner.name,
            externalIds: inner.externalIds ?? [],
            domains: inner.domains ?? [],
            source: 'gazetteer',
            reason: `${candidate.reason}; contains the gazetteer name "${inner.surface}"`,
          }
        : candidate,
    );
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}

function randomCandidates(random: () => number): Candidate[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return Array.from({ length: 40 }, (_, index) => {
    const start = Math.floor(random() * 80);
    const end = start + 1 + Math.floor(random() * (random() < 0.5 ? 4 : 24));
    // Half gazetteer names, so that names inside names (the indexed questions) are common.
    const source = random() < 0.5 ? 'gazetteer' : pick(SOURCES);
    const cueStart = Math.max(0, start - 1 - Math.floor(random() * 6));
    return {
      start,
      end,
      surface: random() < 0.5 ? `name ${index}` : `اسم ${index}`,
      type: pick(TYPES),
      source,
      name: `name ${index}`,
      ...(random() < 0.7 ? { key: `key:${index}` } : {}),
      reason: `reason ${index}`,
      ...(random() < 0.3 ? { cue: { start: cueStart, end: cueStart + 1 + Math.floor(random() * 4) } } : {}),
      ...(source === 'cue' && random() < 0.3 ? { titled: true } : {}),
    };
  });
}

test('selection from indexes equals the literal rules on random overlapping candidates', () => {
  let inherited = 0;
  for (let seed = 1; seed <= 300; seed++) {
    const candidates = randomCandidates(seededRandom(seed));
    const selected = selectCandidates(candidates);
    assert.deepEqual(selected, literalSelection(candidates), `seed ${seed}`);
    inherited += selected.filter((candidate) => candidate.reason.includes('contains the gazetteer')).length;
  }
  // The generated candidates must exercise the identity a name takes from a gazetteer name inside it.
  assert.ok(inherited > 50, `only ${inherited} inherited identities`);
});

test("a known actor's name and a word for a group are that actor, whatever head word typed them", () => {
  const actor: Candidate = {
    start: 4,
    end: 10,
    surface: 'Sofacy',
    type: 'ThreatActor',
    source: 'gazetteer',
    name: 'APT28',
    key: 'mitre-attack:G0007',
    reason: 'gazetteer',
  };
  const organisation = (surface: string): Candidate => ({
    start: 4,
    end: 4 + surface.length,
    surface,
    type: 'Organization',
    source: 'cue',
    name: surface,
    reason: 'cue: organisation head word',
  });
  const [group] = selectCandidates([actor, organisation('Sofacy Group')]);
  assert.equal(group?.type, 'ThreatActor');
  assert.equal(group?.key, 'mitre-attack:G0007');
  assert.deepEqual(
    selectCandidates([actor, organisation('Sofacy Holdings')]).map((c) => c.type),
    ['Organization'],
  );
});

test('a name after a civility or a rank is a person, even where a place has the same name', () => {
  const place: Candidate = {
    start: 12,
    end: 19,
    surface: 'Mathieu',
    type: 'Location',
    source: 'gazetteer',
    name: 'Mathieu',
    key: 'place:mathieu',
    reason: 'gazetteer',
  };
  const person: Candidate = {
    start: 12,
    end: 19,
    surface: 'Mathieu',
    type: 'Person',
    source: 'cue',
    name: 'Mathieu',
    reason: 'cue: rank or calling before',
  };
  assert.deepEqual(
    selectCandidates([place, person]).map((candidate) => candidate.type),
    ['Location'],
  );
  assert.deepEqual(
    selectCandidates([place, { ...person, titled: true }]).map((candidate) => candidate.type),
    ['Person'],
  );
});
