/**
 * The gazetteer: known threat actors (generated from ATT&CK, MISP and Microsoft lists, with a
 * curated overlay of Arabic and other spellings), countries (ISO names plus curated names and
 * demonyms), cities, organisations and people we curate. Loaded once, then shared.
 */
import { readFileSync } from 'node:fs';
import { applyOverlay, entryFromCurated } from './entries.ts';
import { countryEntries } from './countries.ts';
import { foldKey } from '../normalize/fold.ts';
import type {
  CuratedEntry,
  GazetteerEntry,
  GeneratedPlaceFile,
  OverlayEntry,
  ThreatActorFile,
} from './types.ts';

export type { GazetteerEntry } from './types.ts';

export interface Gazetteer {
  readonly entries: readonly GazetteerEntry[];
  byKey(key: string): GazetteerEntry | undefined;
  /** Entries carrying this name, alias or demonym (compared folded). */
  byName(name: string): readonly GazetteerEntry[];
}

function readJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(new URL(relativePath, import.meta.url), 'utf8')) as T;
}

function withOverlays(entries: GazetteerEntry[], overlays: readonly OverlayEntry[]): GazetteerEntry[] {
  const byKey = new Map(overlays.map((overlay) => [overlay.key, overlay]));
  return entries.map((entry) => {
    const overlay = byKey.get(entry.key);
    return overlay ? applyOverlay(entry, overlay) : entry;
  });
}

/** Builds a gazetteer from entries; keys must be unique. */
export function createGazetteer(entries: readonly GazetteerEntry[]): Gazetteer {
  const byKey = new Map<string, GazetteerEntry>();
  const byName = new Map<string, GazetteerEntry[]>();
  for (const entry of entries) {
    if (byKey.has(entry.key)) throw new Error(`gazetteer: duplicate key ${entry.key}`);
    byKey.set(entry.key, entry);
    const names = new Set([entry.name, ...entry.aliases, ...entry.demonyms].map(foldKey));
    for (const name of names) {
      const list = byName.get(name);
      if (list) list.push(entry);
      else byName.set(name, [entry]);
    }
  }
  return {
    entries,
    byKey: (key) => byKey.get(key),
    byName: (name) => byName.get(foldKey(name)) ?? [],
  };
}

function curatedEntries(file: string): GazetteerEntry[] {
  return readJson<{ entries: CuratedEntry[] }>(`./curated/${file}.json`).entries.map(entryFromCurated);
}

/** Countries and cities: the places, which the threat-actor generator also needs. */
export function loadPlaceEntries(): GazetteerEntry[] {
  const countryOverlays = readJson<{ entries: OverlayEntry[] }>('./curated/countries.json').entries;
  return [
    ...withOverlays(countryEntries().map(entryFromCurated), countryOverlays),
    ...curatedEntries('cities'),
    ...curatedEntries('regions'),
    ...curatedEntries('arab-world-places'),
  ];
}

/** Folded ordinary words that some lists use as actor names (see context-only.ts). */
export function loadOrdinaryWords(): Set<string> {
  return new Set(readJson<{ words: string[] }>('./curated/ordinary-words.json').words.map(foldKey));
}

/**
 * The generated lists fold some personas into the group said to be behind them ("Guardians of
 * Peace" under Lazarus Group); a curated actor of that name takes it back, so the persona is a
 * node of its own and its attribution to the group stays an edge.
 */
function withoutCuratedNames(
  entries: readonly GazetteerEntry[],
  curated: readonly GazetteerEntry[],
): GazetteerEntry[] {
  const taken = new Set(curated.flatMap((entry) => [entry.name, ...entry.aliases]).map(foldKey));
  const free = (name: string) => !taken.has(foldKey(name));
  return entries.map((entry) =>
    entry.aliases.every(free)
      ? entry
      : { ...entry, aliases: entry.aliases.filter(free), contextOnly: entry.contextOnly.filter(free) },
  );
}

/**
 * The generated file marks its ordinary words as context-only when it is built; an overlay's
 * spelling is added here, so it is marked here: "إلفين" folds to "ألفين" (two thousand).
 */
function withOrdinaryAliasesMarked(
  entries: readonly GazetteerEntry[],
  ordinaryWords: ReadonlySet<string>,
): GazetteerEntry[] {
  return entries.map((entry) => {
    const ordinary = entry.aliases.filter(
      (alias) => ordinaryWords.has(foldKey(alias)) && !entry.contextOnly.includes(alias),
    );
    return ordinary.length === 0
      ? entry
      : { ...entry, contextOnly: [...entry.contextOnly, ...ordinary].sort() };
  });
}

/** Every entry but the generated French places, which are built around these names. */
export function loadEntriesWithoutFrenchPlaces(): GazetteerEntry[] {
  const threatActors = readJson<ThreatActorFile>('./data/threat-actors.json');
  const overlay = readJson<{ entries: OverlayEntry[] }>('./curated/threat-actor-overlay.json');
  const curatedActors = curatedEntries('threat-actors');
  return [
    ...withoutCuratedNames(
      withOrdinaryAliasesMarked(withOverlays(threatActors.entries, overlay.entries), loadOrdinaryWords()),
      curatedActors,
    ),
    ...curatedActors,
    ...curatedEntries('malware'),
    ...loadPlaceEntries(),
    ...curatedEntries('organizations'),
    ...curatedEntries('arab-world-organizations'),
    ...curatedEntries('people'),
  ];
}

/** The generated communes' keys: `insee:` and the commune's code (regions and departments have their own schemes). */
const COMMUNE_KEY = /^insee:/u;

function loadEntries(): GazetteerEntry[] {
  return [
    ...loadEntriesWithoutFrenchPlaces(),
    // Other languages name the big French cities only, which cities.json holds.
    ...readJson<GeneratedPlaceFile>('./data/french-places.json').entries.map((entry) =>
      COMMUNE_KEY.test(entry.key) ? { ...entry, languages: ['fr' as const] } : entry,
    ),
  ];
}

let cached: Gazetteer | undefined;

/** The project's gazetteer, read from disk on first use. */
export function loadGazetteer(): Gazetteer {
  cached ??= createGazetteer(loadEntries());
  return cached;
}
