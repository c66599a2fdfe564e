/**
 * Builds the threat-actor gazetteer from three public alias lists: MITRE ATT&CK groups (the
 * backbone: one entry per active group, revoked groups folded into their replacement,
 * deprecated ones left out), the MISP threat-actor galaxy and Microsoft's name mapping (merged
 * into an existing entry when they share a distinctive name with it, else entries of their own).
 * Pure: parsed JSON in, sorted entries out, so the output is the same on every run.
 */
import { foldKey } from '../normalize/fold.ts';
import { isContextOnlyAlias } from './context-only.ts';
import type { GazetteerEntry, ThreatActorFile } from './types.ts';

export interface AttackGroup {
  name: string;
  attack_id: string;
  aliases: string[];
  revoked: boolean;
  deprecated: boolean;
  revoked_by: string | null;
}

export interface MispCluster {
  value: string;
  uuid: string;
  meta?: { synonyms?: string[]; refs?: string[] };
}

export interface MicrosoftActor {
  'Threat actor name': string;
  'Other names': string;
}

export interface ThreatActorSources {
  attackGroups: AttackGroup[];
  mispClusters: MispCluster[];
  microsoftActors: MicrosoftActor[];
  /** Folded ordinary words and phrases (curated/ordinary-words.json). */
  ordinaryWords: ReadonlySet<string>;
  /** Folded place names (countries, cities): never distinctive as an actor name. */
  placeNames: ReadonlySet<string>;
}

export const THREAT_ACTOR_NOTICE = [
  'MITRE ATT&CK groups: © 2025 The MITRE Corporation. This work is reproduced and distributed with the permission of The MITRE Corporation. ATT&CK is a registered trademark of The MITRE Corporation.',
  'MISP threat-actor galaxy: MISP Project, dual-licensed CC0 1.0 / BSD 2-Clause.',
  "Microsoft threat actor naming: Microsoft's threat-actor name mapping, CC BY 4.0, © Microsoft Corporation.",
].join(' ');

const ATTACK_ID = /^G\d{4}$/;

/** Names compared for ownership: folded, spacing and punctuation ignored ("APT 38" = "APT38" = "APT-38"). */
function ownershipKey(name: string): string {
  return foldKey(name).replace(/[^\p{L}\p{N}]/gu, '');
}

interface Draft {
  key: string;
  name: string;
  /** Names in the order they were first seen, one spelling per folded form. */
  names: Map<string, string>;
  externalIds: Set<string>;
}

class ThreatActorBuilder {
  private readonly drafts = new Map<string, Draft>();
  /** Folded distinctive name -> keys of the drafts that carry it. */
  private readonly owners = new Map<string, Set<string>>();

  private readonly ordinaryWords: ReadonlySet<string>;
  private readonly placeNames: ReadonlySet<string>;

  constructor(ordinaryWords: ReadonlySet<string>, placeNames: ReadonlySet<string>) {
    this.ordinaryWords = ordinaryWords;
    this.placeNames = placeNames;
  }

  isContextOnly(name: string): boolean {
    return isContextOnlyAlias(name, this.ordinaryWords, this.placeNames);
  }

  create(key: string, name: string, externalIds: string[]): Draft {
    const draft: Draft = { key, name, names: new Map(), externalIds: new Set(externalIds) };
    this.drafts.set(key, draft);
    this.addName(draft, name);
    return draft;
  }

  get(key: string): Draft | undefined {
    return this.drafts.get(key);
  }

  /** Adds a name unless another entry already owns it: one distinctive name, one actor. */
  addName(draft: Draft, name: string): void {
    const trimmed = name.trim();
    const folded = ownershipKey(trimmed);
    if (folded.length === 0 || draft.names.has(folded)) return;
    const owners = this.owners.get(folded);
    if (owners && !owners.has(draft.key) && !this.isContextOnly(trimmed)) return;
    draft.names.set(folded, trimmed);
    if (this.isContextOnly(trimmed)) return;
    if (owners) owners.add(draft.key);
    else this.owners.set(folded, new Set([draft.key]));
  }

  /** Keys of the drafts owning a distinctive name. */
  ownersOf(name: string): ReadonlySet<string> {
    if (this.isContextOnly(name)) return new Set();
    return this.owners.get(ownershipKey(name)) ?? new Set();
  }

  entries(): GazetteerEntry[] {
    return [...this.drafts.values()]
      .map((draft) => {
        const aliases = [...draft.names.values()].filter((name) => name !== draft.name).sort();
        return {
          key: draft.key,
          type: 'ThreatActor' as const,
          name: draft.name,
          aliases,
          contextOnly: [draft.name, ...aliases].filter((name) => this.isContextOnly(name)).sort(),
          demonyms: [],
          externalIds: [...draft.externalIds].sort(),
          domains: [],
        };
      })
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}

/** The active group that replaced `id`, following chains of revocations; undefined for deprecated ones. */
function activeGroupId(id: string, groups: ReadonlyMap<string, AttackGroup>): string | undefined {
  const seen = new Set<string>();
  let current = groups.get(id);
  while (current && current.revoked && current.revoked_by && !seen.has(current.attack_id)) {
    seen.add(current.attack_id);
    current = groups.get(current.revoked_by);
  }
  return current && !current.revoked && !current.deprecated ? current.attack_id : undefined;
}

/**
 * Which existing entry an outside list's actor is: the entry owning its own name, else the
 * single entry most of its distinctive names point to (ATT&CK ids it cites break ties).
 * Undefined when nothing or several entries match equally: then it stays separate rather than
 * risk merging two actors.
 */
function chooseTarget(
  builder: ThreatActorBuilder,
  name: string,
  otherNames: readonly string[],
  citedKeys: ReadonlySet<string>,
): string | undefined {
  const ownersOfName = builder.ownersOf(name);
  if (ownersOfName.size === 1) return [...ownersOfName][0];
  const votes = new Map<string, number>();
  for (const other of new Map([name, ...otherNames].map((n) => [ownershipKey(n), n])).values()) {
    for (const key of builder.ownersOf(other)) votes.set(key, (votes.get(key) ?? 0) + 1);
  }
  const cited = [...votes.keys()].filter((key) => citedKeys.has(key));
  if (cited.length === 1) return cited[0];
  const best = Math.max(0, ...votes.values());
  const leaders = [...votes.entries()].filter(([, count]) => count === best).map(([key]) => key);
  if (best > 0 && leaders.length === 1) return leaders[0];
  if (votes.size === 0 && citedKeys.size === 1) return [...citedKeys][0];
  return undefined;
}

function byName<T>(name: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => (name(a) < name(b) ? -1 : name(a) > name(b) ? 1 : 0);
}

export function buildThreatActors(sources: ThreatActorSources): ThreatActorFile {
  const builder = new ThreatActorBuilder(sources.ordinaryWords, sources.placeNames);
  const groups = new Map(sources.attackGroups.map((group) => [group.attack_id, group]));
  const attackKey = (id: string) => `mitre-attack:${id}`;

  const sortedGroups = [...sources.attackGroups].sort(byName((group) => group.attack_id));
  const activeGroups = sortedGroups.filter((group) => !group.revoked && !group.deprecated);
  // Every group's own name first: when ATT&CK also lists it as another group's alias
  // ("Thrip", "LuminousMoth"), the group of that name keeps it.
  for (const group of activeGroups) {
    builder.create(attackKey(group.attack_id), group.name, [attackKey(group.attack_id)]);
  }
  for (const group of activeGroups) {
    const draft = builder.get(attackKey(group.attack_id));
    for (const alias of group.aliases) if (draft) builder.addName(draft, alias);
  }
  for (const group of sortedGroups) {
    if (!group.revoked) continue;
    const replacement = activeGroupId(group.attack_id, groups);
    const draft = replacement ? builder.get(attackKey(replacement)) : undefined;
    if (!draft) continue;
    draft.externalIds.add(attackKey(group.attack_id));
    for (const alias of [group.name, ...group.aliases]) builder.addName(draft, alias);
  }

  for (const cluster of [...sources.mispClusters].sort(byName((c) => c.value + '\u0000' + c.uuid))) {
    const synonyms = cluster.meta?.synonyms ?? [];
    const cited = [
      ...synonyms.filter((synonym) => ATTACK_ID.test(synonym)),
      ...(cluster.meta?.refs ?? []).flatMap(
        (ref) => /attack\.mitre\.org\/groups\/(G\d{4})/.exec(ref)?.[1] ?? [],
      ),
    ].flatMap((id) => {
      const active = activeGroupId(id, groups);
      return active ? [attackKey(active)] : [];
    });
    const names = synonyms.filter((synonym) => !ATTACK_ID.test(synonym));
    const target = chooseTarget(builder, cluster.value, names, new Set(cited));
    const draft =
      (target ? builder.get(target) : undefined) ??
      builder.create(`misp:${cluster.uuid}`, cluster.value.trim(), []);
    draft.externalIds.add(`misp:${cluster.uuid}`);
    for (const name of [cluster.value, ...names]) builder.addName(draft, name);
  }

  for (const actor of [...sources.microsoftActors].sort(byName((a) => a['Threat actor name']))) {
    const name = actor['Threat actor name'].trim();
    const others = actor['Other names']
      .split(',')
      .map((other) => other.trim())
      .filter((other) => other.length > 0);
    const target = chooseTarget(builder, name, others, new Set());
    const slug = foldKey(name).replace(/[^\p{L}\p{N}]+/gu, '-');
    const draft = (target ? builder.get(target) : undefined) ?? builder.create(`microsoft:${slug}`, name, []);
    for (const other of [name, ...others]) builder.addName(draft, other);
  }

  return {
    notice: THREAT_ACTOR_NOTICE,
    sources: [
      'MITRE ATT&CK v18.1 Enterprise intrusion sets',
      'MISP galaxy threat-actor cluster',
      'Microsoft threat actor naming mapping',
    ],
    entries: builder.entries(),
  };
}
