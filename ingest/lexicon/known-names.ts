/**
 * Names the store knows beyond the gazetteer (from imported STIX bundles) as gazetteer entries
 * of their own, with the same ordinary-word rule as the generated lists: "Play" or a country
 * name given as an actor's alias is matched only with a cue nearby.
 */
import type { KnownName } from '../extractor.ts';
import { isContextOnlyAlias } from '../gazetteer/context-only.ts';
import { loadOrdinaryWords, loadPlaceEntries, type GazetteerEntry } from '../gazetteer/index.ts';
import { foldKey } from '../normalize/fold.ts';

let words: { ordinary: Set<string>; places: Set<string> } | undefined;

function commonWords(): { ordinary: Set<string>; places: Set<string> } {
  words ??= {
    ordinary: loadOrdinaryWords(),
    places: new Set(
      loadPlaceEntries()
        .flatMap((entry) => [entry.name, ...entry.aliases])
        .map(foldKey),
    ),
  };
  return words;
}

/** One entry per key (a name known from two bundles has their aliases together), in key order. */
export function knownNameEntries(known: readonly KnownName[]): GazetteerEntry[] {
  const { ordinary, places } = commonWords();
  const byKey = new Map<string, KnownName & { aliases: string[] }>();
  for (const name of known) {
    const seen = byKey.get(name.key);
    if (seen === undefined) byKey.set(name.key, { ...name, aliases: [...name.aliases] });
    else seen.aliases.push(name.name, ...name.aliases);
  }
  return [...byKey.values()]
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ key, type, name, aliases, externalIds }) => {
      const others = [...new Set(aliases)].filter((alias) => alias !== name);
      // A place's own names are not ordinary words for the place.
      const placeNames = type === 'Location' ? new Set<string>() : places;
      return {
        key,
        type,
        name,
        aliases: others,
        contextOnly: [name, ...others].filter((alias) => isContextOnlyAlias(alias, ordinary, placeNames)),
        demonyms: [],
        externalIds: [...externalIds],
        domains: [],
      };
    });
}
