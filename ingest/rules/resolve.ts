/**
 * Which mentions in one document name the same entity, and what key makes that entity meet
 * itself in other documents. Every merge leaves a line in mergeReasons saying which rule
 * joined which forms, so a user can see why two spellings are one node.
 *
 * Keys: the gazetteer id when the gazetteer knows the entity (directly, or because a long
 * name is one spelling away from a gazetteer name of the same type); the normalised value for
 * indicators; otherwise `name:` + the script-independent phonetic key of the fullest name
 * (so "Vitali Kremez" and "فيتالي كريميز" meet).
 *
 * In one document: identical keys; acronym and long form; apposition; a surname alone
 * ("Macron") joins the single person whose full name ends with it — with two such people it
 * joins neither; so does a company's name without the head word that closes it ("BAE" beside
 * "BAE Systems").
 */
import { preferredName } from '../../graph-schema/model.ts';
import { entityTypeSpec, type EntityType } from '../../graph-schema/schema.ts';
import { foldKey } from '../normalize/fold.ts';
import type { ExtractedRelation } from '../extractor.ts';
import { findGazetteerMentions } from '../lexicon/index.ts';
import { nameKey } from '../normalize/name-key.ts';
import { ORGANIZATION_CLOSING_HEADS } from './cues.ts';
import { CAMEL_CASE } from './patterns.ts';
import type { FuzzyNameIndex } from './fuzzy.ts';
import type { TentativeName } from './names-latin.ts';
import type { Candidate, EntityMention, ResolvedEntity } from './types.ts';

export interface MentionLink {
  a: Candidate;
  b: Candidate;
  reason: string;
}

export interface ResolutionInput {
  candidates: readonly Candidate[];
  tentative: readonly TentativeName[];
  /** Title-case words that may spell a CamelCase name written apart (names-latin.ts). */
  spaced: readonly TentativeName[];
  links: readonly MentionLink[];
  fuzzy: FuzzyNameIndex;
}

export interface Resolution {
  entities: ResolvedEntity[];
  mentions: EntityMention[];
}

const SOURCE_STRENGTH = ['indicator', 'gazetteer', 'acronym', 'cue', 'name', 'event'];

export function resolveEntities(input: ResolutionInput): Resolution {
  const candidates = shortFormsOfGroups(
    input.candidates.map((candidate) => withKnownKey(candidate, input.fuzzy)),
  );
  const groups = new EntityGroups(
    candidates.map((candidate) =>
      candidate.key && (candidate.source === 'gazetteer' || candidate.source === 'indicator')
        ? candidate.key
        : undefined,
    ),
  );
  const reasons = candidates.map((candidate) => [candidate.reason]);
  const indexOf = new Map(candidates.map((candidate, index) => [input.candidates[index], index]));

  const byKey = new Map<string, number>();
  candidates.forEach((candidate, index) => {
    if (!candidate.key) return;
    const known = byKey.get(typedKey(candidate.type, candidate.key));
    if (known === undefined) byKey.set(typedKey(candidate.type, candidate.key), index);
    else groups.union(known, index);
  });

  for (const link of input.links) {
    const a = indexOf.get(link.a);
    const b = indexOf.get(link.b);
    if (a === undefined || b === undefined) continue;
    if (!compatible(groups, a, b)) continue;
    groups.union(a, b);
    reasons[b]?.push(link.reason);
  }

  joinSameNames(candidates, groups);
  joinSurnames(candidates, groups, reasons);
  joinCompanyShortForms(candidates, groups, reasons);

  const entities = new Map<number, ResolvedEntity>();
  const mentions: EntityMention[] = [];
  const members = new Map<number, number[]>();
  candidates.forEach((_, index) => {
    const root = groups.find(index);
    const group = members.get(root);
    if (group) group.push(index);
    else members.set(root, [index]);
  });
  for (const [root, indices] of members) {
    const entity = buildEntity(
      indices.map((index) => candidates[index] as Candidate),
      indices.flatMap((i) => reasons[i] ?? []),
    );
    entities.set(root, entity);
  }
  candidates.forEach((candidate, index) => {
    const entity = entities.get(groups.find(index));
    if (entity)
      mentions.push({ start: candidate.start, end: candidate.end, surface: candidate.surface, entity });
  });

  const byName = namesIndex([...entities.values()]);
  for (const name of input.tentative) {
    const entity = linkTentative(name, byName);
    if (!entity) continue;
    entity.mentions.push({ start: name.start, end: name.end, surface: name.surface });
    entity.aliases.add(name.surface);
    entity.mergeReasons.add(
      `same name: "${name.surface}" is written as a name of ${entity.name} elsewhere in the document`,
    );
    mentions.push({ start: name.start, end: name.end, surface: name.surface, entity });
  }
  const byJoinedName = camelCaseNamesIndex([...entities.values()]);
  for (const name of input.spaced) {
    const matches = byJoinedName.get(foldKey(name.surface).replaceAll(' ', ''));
    const entity = matches?.size === 1 ? [...matches][0] : undefined;
    if (!entity) continue;
    entity.mentions.push({ start: name.start, end: name.end, surface: name.surface });
    entity.aliases.add(name.surface);
    entity.mergeReasons.add(
      `same name written apart: "${name.surface}" spells ${entity.name}, written elsewhere in the document`,
    );
    mentions.push({ start: name.start, end: name.end, surface: name.surface, entity });
  }
  for (const entity of entities.values()) entity.mentions.sort((a, b) => a.start - b.start);
  separateSoundAlikes([...entities.values()]);
  return {
    entities: [...entities.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)),
    mentions: mentions.sort((a, b) => a.start - b.start || a.end - b.end),
  };
}

/** One word in Latin letters: a surname as a French or English text writes it. */
const ONE_LATIN_WORD = /^[\p{Script=Latin}'’-]+$/u;

/**
 * "M. Rosse ... M. Roch", "Bertin ... Berton": two people of one document named by one word in
 * Latin letters, spelled differently, share the phonetic key that lets a name meet its spelling
 * in another script, and would be one node. Written so in one text they are two people: each
 * keeps its spelling in its key.
 */
function separateSoundAlikes(entities: readonly ResolvedEntity[]): void {
  const byKey = new Map<string, ResolvedEntity[]>();
  for (const entity of entities) {
    if (entity.type !== 'Person' || entity.known || !ONE_LATIN_WORD.test(entity.name)) continue;
    byKey.set(entity.key, [...(byKey.get(entity.key) ?? []), entity]);
  }
  for (const [key, people] of byKey) {
    if (new Set(people.map((person) => foldKey(person.name))).size < 2) continue;
    for (const person of people) person.key = `${key}~${foldKey(person.name)}`;
  }
}

/** The word that closes a group's full name after its short form ("Winnti Group", "Sandworm Team"). */
const GROUP_WORD = /^(?:group|team|gang|crew)$/iu;

/**
 * "Winnti" in a document that names the "Winnti Group": the short form is that group, even
 * where the gazetteer files the bare word under another actor. One full name only: with two
 * ("X Group", "X Team" known apart) the short form keeps its own key.
 */
function shortFormsOfGroups(candidates: readonly Candidate[]): Candidate[] {
  const fullNames = new Map<string, Candidate | null>();
  for (const candidate of candidates) {
    if (candidate.type !== 'ThreatActor' || candidate.source !== 'gazetteer' || !candidate.key) continue;
    const words = candidate.surface.split(/\s+/u);
    const last = words.at(-1) ?? '';
    if (words.length !== 2 || !GROUP_WORD.test(last)) continue;
    const short = foldKey(words[0] ?? '');
    const known = fullNames.get(short);
    fullNames.set(short, known === undefined || known?.key === candidate.key ? candidate : null);
  }
  if (fullNames.size === 0) return [...candidates];
  return candidates.map((candidate) => {
    const full = candidate.type === 'ThreatActor' ? fullNames.get(foldKey(candidate.surface)) : undefined;
    if (!full?.key || full.key === candidate.key || candidate.source !== 'gazetteer') return candidate;
    return {
      ...candidate,
      key: full.key,
      name: full.name,
      reason: `short form: "${candidate.surface}" is the ${full.name} the document names in full`,
    };
  });
}

function typedKey(type: EntityType, key: string): string {
  return `${type}\u0000${key}`;
}

/** Gives a name no finder could key a gazetteer identity when it is a spelling variant of one. */
function withKnownKey(candidate: Candidate, fuzzy: FuzzyNameIndex): Candidate {
  if (candidate.key || candidate.source === 'indicator' || candidate.exactSpelling) return candidate;
  const target = fuzzy.find(candidate.name, candidate.type);
  if (!target) return candidate;
  return {
    ...candidate,
    key: target.key,
    name: target.name,
    source: 'gazetteer',
    reason: `spelling variant: "${candidate.surface}" is one letter from the skeleton of ${target.name}`,
  };
}

function compatible(groups: EntityGroups, a: number, b: number): boolean {
  const keyA = groups.knownKey(a);
  const keyB = groups.knownKey(b);
  return keyA === undefined || keyB === undefined || keyA === keyB;
}

/** The same written name twice in a document, found by different finders, is one entity. */
function joinSameNames(candidates: readonly Candidate[], groups: EntityGroups): void {
  const seen = new Map<string, number>();
  candidates.forEach((candidate, index) => {
    if (entityTypeSpec(candidate.type)?.indicator) return;
    const name = typedKey(candidate.type, foldKey(candidate.name));
    const first = seen.get(name);
    if (first === undefined) seen.set(name, index);
    else if (compatible(groups, first, index)) groups.union(first, index);
  });
}

/** "Macron" joins "Emmanuel Macron" when exactly one person in the document has that surname. */
function joinSurnames(candidates: readonly Candidate[], groups: EntityGroups, reasons: string[][]): void {
  const ownersBySurname = new Map<string, Set<number>>();
  candidates.forEach((candidate, index) => {
    if (candidate.type !== 'Person') return;
    const words = foldKey(candidate.name).split(' ');
    for (let first = 1; first < words.length; first++) {
      const surname = words.slice(first).join(' ');
      const owners = ownersBySurname.get(surname) ?? new Set<number>();
      owners.add(index);
      ownersBySurname.set(surname, owners);
    }
  });
  candidates.forEach((candidate, index) => {
    if (candidate.type !== 'Person') return;
    const short = foldKey(candidate.name);
    if (short.includes(' ') && !isParticleSurname(short)) return;
    const owners = new Set([...(ownersBySurname.get(short) ?? [])].map((owner) => groups.find(owner)));
    const [owner] = owners;
    if (owners.size !== 1 || owner === undefined || !compatible(groups, owner, index)) return;
    groups.union(owner, index);
    reasons[index]?.push(
      `short form: "${candidate.surface}" is the surname of the only person so named in the document`,
    );
  });
}

/**
 * "BAE" joins "BAE Systems", "Kaspersky" joins "Kaspersky Lab": an organisation named without
 * the head word that closes a company's name is that company, when exactly one organisation in
 * the document is so named in full.
 */
function joinCompanyShortForms(
  candidates: readonly Candidate[],
  groups: EntityGroups,
  reasons: string[][],
): void {
  const ownersByShortForm = new Map<string, Set<number>>();
  candidates.forEach((candidate, index) => {
    if (candidate.type !== 'Organization') return;
    const words = candidate.name.split(/\s+/u);
    if (words.length < 2 || !ORGANIZATION_CLOSING_HEADS.has(words.at(-1) ?? '')) return;
    const short = foldKey(words.slice(0, -1).join(' '));
    const owners = ownersByShortForm.get(short) ?? new Set<number>();
    owners.add(index);
    ownersByShortForm.set(short, owners);
  });
  if (ownersByShortForm.size === 0) return;
  candidates.forEach((candidate, index) => {
    if (candidate.type !== 'Organization') return;
    const owners = new Set(
      [...(ownersByShortForm.get(foldKey(candidate.name)) ?? [])].map((owner) => groups.find(owner)),
    );
    const [owner] = owners;
    if (owners.size !== 1 || owner === undefined || owner === groups.find(index)) return;
    if (!compatible(groups, owner, index)) return;
    groups.union(owner, index);
    reasons[index]?.push(
      `short form: "${candidate.surface}" is the only company the document names in full with it`,
    );
  });
}

/** "Le Pen", "de Gaulle", "bin Salman": surnames that start with a particle. */
function isParticleSurname(short: string): boolean {
  return /^(?:le|la|de|du|van|von|bin|ben|al|el|da|di) \S+$/u.test(short);
}

/** Entities by every folded alias, and people also by their folded surname(s). */
function namesIndex(entities: readonly ResolvedEntity[]): Map<string, Set<ResolvedEntity>> {
  const index = new Map<string, Set<ResolvedEntity>>();
  const add = (key: string, entity: ResolvedEntity) => {
    const set = index.get(key) ?? new Set<ResolvedEntity>();
    set.add(entity);
    index.set(key, set);
  };
  for (const entity of entities) {
    const short = companyFirstWord(entity);
    if (short) add(short, entity);
    for (const alias of entity.aliases) {
      const key = foldKey(alias);
      add(key, entity);
      if (entity.type !== 'Person') continue;
      const words = key.split(' ');
      for (let first = 1; first < words.length; first++) add(words.slice(first).join(' '), entity);
    }
  }
  return index;
}

/**
 * "Hollins" for "Hollins Freight", "Kestrel's chief executive" after "Kestrel Analytics": wire
 * copy names a company it has named in full by the first of its two words. Only for a name no
 * list knows (a known one has its own aliases), and only where that word names nothing else in
 * the document (the index keeps a word that names two entities unlinked).
 */
function companyFirstWord(entity: ResolvedEntity): string | undefined {
  if (entity.type !== 'Organization' || entity.known) return undefined;
  const words = entity.name.split(/\s+/u);
  const [first] = words;
  if (words.length !== 2 || first === undefined || !COINED_FIRST_WORD.test(first)) return undefined;
  // "Chinese Army", "Norland Post": a word the gazetteer knows (a demonym, a place) is no
  // company's own name, and alone it means that place.
  if (findGazetteerMentions(first, 'en').length > 0) return undefined;
  return foldKey(first);
}

/** A capitalised word of letters, long enough to be a company's own name rather than an initial. */
const COINED_FIRST_WORD = /^\p{Lu}\p{Ll}{2,}$/u;

/** The entities by each one-word CamelCase name of theirs ("QuillspySuite"), folded. */
function camelCaseNamesIndex(entities: readonly ResolvedEntity[]): Map<string, Set<ResolvedEntity>> {
  const index = new Map<string, Set<ResolvedEntity>>();
  for (const entity of entities) {
    for (const alias of entity.aliases) {
      if (!CAMEL_CASE.test(alias)) continue;
      const key = foldKey(alias);
      index.set(key, (index.get(key) ?? new Set()).add(entity));
    }
  }
  return index;
}

/** A capitalised word no cue typed becomes a mention only if it is a known name of one entity in the document. */
function linkTentative(
  name: TentativeName,
  byName: ReadonlyMap<string, ReadonlySet<ResolvedEntity>>,
): ResolvedEntity | undefined {
  const matches = byName.get(foldKey(name.surface));
  return matches?.size === 1 ? [...matches][0] : undefined;
}

function buildEntity(members: readonly Candidate[], reasons: readonly string[]): ResolvedEntity {
  const strongest = [...members].sort(
    (a, b) => SOURCE_STRENGTH.indexOf(a.source) - SOURCE_STRENGTH.indexOf(b.source) || a.start - b.start,
  )[0] as Candidate;
  const known = strongest.source === 'gazetteer' || strongest.source === 'indicator';
  const name = known ? strongest.name : members.map((member) => member.name).reduce(preferredName);
  const key = known && strongest.key ? strongest.key : nameKey(name);
  return {
    key,
    type: strongest.type,
    name,
    aliases: new Set(members.flatMap((member) => [member.surface, ...(member.aliases ?? [])])),
    externalIds: new Set(members.flatMap((member) => member.externalIds ?? [])),
    mergeReasons: new Set(members.length > 1 || known ? reasons : []),
    mentions: members.map((member) => ({ start: member.start, end: member.end, surface: member.surface })),
    known: strongest.source === 'gazetteer',
    domains: strongest.domains ?? [],
  };
}

/** Union-find over candidate indices that also tracks each group's gazetteer or indicator key. */
class EntityGroups {
  private readonly parent: number[];
  private readonly known: Array<string | undefined>;
  constructor(knownKeys: Array<string | undefined>) {
    this.parent = knownKeys.map((_, index) => index);
    this.known = knownKeys;
  }
  find(index: number): number {
    let root = index;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    let current = index;
    while (this.parent[current] !== root) {
      const next = this.parent[current] ?? root;
      this.parent[current] = root;
      current = next;
    }
    return root;
  }
  knownKey(index: number): string | undefined {
    return this.known[this.find(index)];
  }
  /** The root stays the smaller index, so the result does not depend on the order of calls. */
  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return;
    const [root, child] = rootA < rootB ? [rootA, rootB] : [rootB, rootA];
    this.parent[child] = root;
    this.known[root] ??= this.known[child];
  }
}

/**
 * Points relations at the entities kept where others were folded into them after resolution
 * (an incident merged into its organisation's, see mergeAffiliatedIncidents): `remap` maps a
 * folded key to the kept one. Changes the relations in place; applied once, to every relation.
 */
export function remapKeys(relations: readonly ExtractedRelation[], remap: ReadonlyMap<string, string>): void {
  if (remap.size === 0) return;
  for (const relation of relations) {
    relation.source = remap.get(relation.source) ?? relation.source;
    relation.target = remap.get(relation.target) ?? relation.target;
  }
}
