/**
 * French places from the official administrative division (INSEE codes, populations): every
 * department and region, and the communes large enough to be named in the news. The lists are
 * facts; which of them become names, and how, is decided here. A commune whose name is also an
 * ordinary word or a person's name would be found wherever that word is capitalised, so such
 * names are left out: places of that kind need a curated entry with a cue.
 */
import { foldKey } from '../normalize/fold.ts';
import type { GazetteerEntry } from './types.ts';

export interface Commune {
  code: string;
  nom: string;
  type: string;
  population?: number;
}

export interface Division {
  code: string;
  nom: string;
}

export interface FrenchPlaceSources {
  communes: readonly Commune[];
  departments: readonly Division[];
  regions: readonly Division[];
  /** Folded names the gazetteer already gives a place or anything else: they keep their entry. */
  taken: ReadonlySet<string>;
}

/** Communes of at least this many inhabitants: about 5,500, every town a paper would name. */
export const MIN_POPULATION = 2000;

/**
 * Names the departments had before their renaming, still read in older text (and the
 * departments of the Seine, dissolved in 1968), by department code.
 */
const FORMER_DEPARTMENT_NAMES: Readonly<Record<string, readonly string[]>> = {
  '04': ['Basses-Alpes'],
  '17': ['Charente-Inférieure'],
  '22': ['Côtes-du-Nord'],
  '44': ['Loire-Inférieure'],
  '64': ['Basses-Pyrénées'],
  '75': ['Seine'],
  '76': ['Seine-Inférieure'],
  '78': ['Seine-et-Oise'],
};

/**
 * Commune names that are also ordinary words ("Orange", "Charmes", "Signes") or people's names
 * ("Albert", "Thiers") in French or English: capitalised, they name something else as often as
 * the town.
 */
const AMBIGUOUS_NAMES = new Set(
  (
    'Albert Angles Anse Avion Bailly Bonne Boos Bram Brie Canet Cassis Charly Charmes Cognac ' +
    'Contes Cours Crest Croix Dole Drap Fleury Gap Gorges Grans Grenade Isle Lorette Marck ' +
    'Marines Mercury Monnaie Monts Noves Olivet Orange Ormes Pannes Plaisir Rives Salles ' +
    'Salomé Sens Signes Thiers Tresses Ducos Passy Corbas Servon Mauron Pons Valmont Vernet'
  ).split(' '),
);

/** Names this short are syllables of other words as often as towns ("Eu", "Ham", "Die"). */
const MIN_NAME_LENGTH = 4;

/**
 * "Le Havre" is written "au Havre": large towns named with an article also go by their name
 * without it. Smaller ones keep the article, as their bare names are often first names or
 * words ("Le Robert", "Le François").
 */
const CONTRACTED_ARTICLE = /^(?:Le|Les) (?=\p{Lu})/u;
const MIN_POPULATION_WITHOUT_ARTICLE = 50_000;

function usable(name: string): boolean {
  return name.length >= MIN_NAME_LENGTH && !AMBIGUOUS_NAMES.has(name);
}

function place(key: string, name: string, aliases: readonly string[]): GazetteerEntry {
  return {
    key,
    type: 'Location',
    name,
    aliases: [...aliases],
    contextOnly: [],
    demonyms: [],
    externalIds: [key],
    domains: [],
  };
}

/**
 * Regions, then departments, then communes by population (largest first): a name is given to
 * the first place that has it, so "Paris" is the department and "Saint-Denis" the larger town.
 */
export function buildFrenchPlaces(sources: FrenchPlaceSources): GazetteerEntry[] {
  const taken = new Set(sources.taken);
  const claim = (names: readonly string[]) => {
    const free = names.filter((name) => usable(name) && !taken.has(foldKey(name)));
    for (const name of free) taken.add(foldKey(name));
    return free;
  };
  const entries: GazetteerEntry[] = [];
  const add = (key: string, names: readonly string[]) => {
    const [name, ...aliases] = claim(names);
    if (name !== undefined) entries.push(place(key, name, aliases));
  };
  for (const region of sources.regions) add(`insee-region:${region.code}`, [region.nom]);
  for (const department of sources.departments) {
    add(`insee-departement:${department.code}`, [
      department.nom,
      ...(FORMER_DEPARTMENT_NAMES[department.code] ?? []),
    ]);
  }
  const communes = sources.communes
    .filter((commune) => commune.type === 'commune-actuelle' && (commune.population ?? 0) >= MIN_POPULATION)
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || (a.code < b.code ? -1 : 1));
  for (const commune of communes) {
    const bare =
      (commune.population ?? 0) >= MIN_POPULATION_WITHOUT_ARTICLE
        ? commune.nom.replace(CONTRACTED_ARTICLE, '')
        : commune.nom;
    add(`insee:${commune.code}`, bare === commune.nom ? [commune.nom] : [commune.nom, bare]);
  }
  return entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
