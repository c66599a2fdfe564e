/**
 * Turns the hand-written files and the country tables into gazetteer entries: names grouped
 * by language become one alias list, one spelling per folded form, demonyms expanded.
 */
import { foldKey } from '../normalize/fold.ts';
import type { CuratedEntry, GazetteerEntry, OverlayEntry } from './types.ts';

type ByLanguage = { ar?: string[]; fr?: string[]; en?: string[] } | undefined;

function allLanguages(forms: ByLanguage): string[] {
  return [...(forms?.en ?? []), ...(forms?.fr ?? []), ...(forms?.ar ?? [])];
}

/** One spelling per folded form, first seen first, nothing already covered by `taken`. */
function distinct(names: readonly string[], taken: ReadonlySet<string>): string[] {
  const seen = new Set(taken);
  const kept: string[] = [];
  for (const raw of names) {
    const name = raw.trim();
    const key = foldKey(name);
    if (key.length === 0 || seen.has(key)) continue;
    seen.add(key);
    kept.push(name);
  }
  return kept;
}

const ARABIC_NISBA = /^[\u0600-\u06ff]+ي$/;

/**
 * Arabic demonyms are written in the masculine singular; the feminine (ـية) and the regular
 * plurals (ـيون, ـيين) follow from it for single words ending in the nisba ي. Broken plurals
 * (روس) and compounds are listed by hand.
 */
function arabicDemonymForms(forms: readonly string[]): string[] {
  return forms.flatMap((form) =>
    ARABIC_NISBA.test(form) ? [form, `${form}ة`, `${form}ون`, `${form}ين`] : [form],
  );
}

function demonymForms(demonyms: ByLanguage): string[] {
  return [...(demonyms?.en ?? []), ...(demonyms?.fr ?? []), ...arabicDemonymForms(demonyms?.ar ?? [])];
}

/** Sorts by code point: the order is the same everywhere, whatever the locale. */
function sorted(values: Iterable<string>): string[] {
  return [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

export function entryFromCurated(curated: CuratedEntry): GazetteerEntry {
  const nameKey = new Set([foldKey(curated.name)]);
  const aliases = distinct(allLanguages(curated), nameKey);
  const allNames = new Set([foldKey(curated.name), ...aliases.map(foldKey)]);
  return {
    key: curated.key,
    type: curated.type,
    name: curated.name,
    aliases: sorted(aliases),
    contextOnly: sorted(curated.contextOnly ?? []),
    demonyms: sorted(distinct(demonymForms(curated.demonyms), allNames)),
    externalIds: sorted(curated.externalIds ?? []),
    domains: sorted(curated.domains ?? []),
    ...(curated.founders ? { founders: sorted(curated.founders) } : {}),
    ...(curated.shortForms ? { shortForms: sorted(curated.shortForms) } : {}),
    ...(curated.ownedBy ? { ownedBy: curated.ownedBy } : {}),
  };
}

/** Adds an overlay's names and demonyms to an entry built elsewhere. */
export function applyOverlay(entry: GazetteerEntry, overlay: OverlayEntry): GazetteerEntry {
  const name = overlay.name ?? entry.name;
  const nameKey = new Set([foldKey(name)]);
  const aliases = distinct([...entry.aliases, entry.name, ...allLanguages(overlay)], nameKey);
  const allNames = new Set(aliases.map(foldKey)).add(foldKey(name));
  const demonyms = distinct([...entry.demonyms, ...demonymForms(overlay.demonyms)], allNames);
  return { ...entry, name, aliases: sorted(aliases), demonyms: sorted(demonyms) };
}
