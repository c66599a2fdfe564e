/**
 * What the rules need from the gazetteer beyond the lexicon's matches, derived once: the real
 * web sites of known organisations (not indicators; the models look-alikes imitate), the
 * organisations known people founded, and an index of long names for spelling variants.
 */
import { getDomain } from 'tldts';
import { loadGazetteer, type GazetteerEntry } from '../gazetteer/index.ts';
import { FuzzyNameIndex } from './fuzzy.ts';

const FUZZY_TYPES = new Set(['Person', 'Organization', 'ThreatActor']);

export interface KnownNames {
  /** Registrable domain -> the entry whose own site it is. */
  siteOwners: ReadonlyMap<string, GazetteerEntry>;
  /** Person key -> the organisations that person founded. */
  foundedBy: ReadonlyMap<string, readonly GazetteerEntry[]>;
  fuzzy: FuzzyNameIndex;
}

let cached: KnownNames | undefined;

export function knownNames(): KnownNames {
  cached ??= build(loadGazetteer().entries);
  return cached;
}

function build(entries: readonly GazetteerEntry[]): KnownNames {
  const siteOwners = new Map<string, GazetteerEntry>();
  const foundedBy = new Map<string, GazetteerEntry[]>();
  const fuzzy = new FuzzyNameIndex();
  for (const entry of entries) {
    for (const domain of entry.domains) siteOwners.set(domain.toLowerCase(), entry);
    for (const founder of entry.founders ?? [])
      foundedBy.set(founder, [...(foundedBy.get(founder) ?? []), entry]);
    if (!FUZZY_TYPES.has(entry.type)) continue;
    for (const name of [entry.name, ...entry.aliases]) {
      if (!entry.contextOnly.includes(name))
        fuzzy.add(name, { key: entry.key, type: entry.type, name: entry.name });
    }
  }
  return { siteOwners, foundedBy, fuzzy };
}

/** The organisation whose own site `host` is (or is a subdomain of), if known. */
export function siteOwner(host: string): GazetteerEntry | undefined {
  const registrable = getDomain(host) ?? host;
  return knownNames().siteOwners.get(registrable.toLowerCase());
}
