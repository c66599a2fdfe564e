/**
 * Search folding and ranking shared by every backend, so "apt 28", "APT-28" and "Apt28" find
 * the same entity, and "بون ستورم" is found whatever hamza, harakat or tatweel were typed.
 */
import type { EntityType } from '../graph-schema/schema.ts';
import type { SearchHit } from './graph-store.ts';

/** Letters that readers treat as the same in Arabic search: hamza-bearing alefs, final forms. */
const ARABIC_EQUIVALENTS: Readonly<Record<string, string>> = {
  '\u0671': '\u0627', // alef wasla -> alef (NFKD does not decompose it)
  '\u0649': '\u064A', // alef maqsura -> yeh
  '\u0629': '\u0647', // teh marbuta -> heh
};

/** Arabic-Indic and extended Arabic-Indic digits, so "APT٢٨" matches "APT28". */
function asciiDigit(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  return char;
}

/**
 * The comparison form of a name: compatibility-decomposed (so أ إ آ lose their hamza or madda
 * and Latin letters their accents), marks removed (accents, harakat), Arabic variants unified,
 * tatweel, spaces and punctuation dropped, lower case.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u0671\u0649\u0629]/g, (char) => ARABIC_EQUIVALENTS[char] ?? char)
    .replace(/\u0640/g, '') // tatweel, a letter to Unicode but only stretching to readers
    .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, asciiDigit)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Score bands: any exact name beats any exact alias beats any prefix beats any substring beats
 * any near spelling (a misspelt name is a guess; a name containing the query is not).
 */
const EXACT_NAME = 4;
const EXACT_ALIAS = 3;
const PREFIX = 2;
const SUBSTRING = 1;
const FUZZY = 0;
/** Within a band, a match covering more of the name ranks higher (stays below the next band). */
const COVERAGE_WEIGHT = 0.5;

/**
 * Edits a query key of this length may be away from a name or one of its words: none below 4
 * letters (every short key is near too many names), one up to 7 ("macorn", "ماكرن"), two beyond.
 */
export function maxEdits(length: number): number {
  return length < 4 ? 0 : length < 8 ? 1 : 2;
}

/** Rows of the distance table, kept between calls: a search compares a query with every name. */
let rows = [new Int32Array(32), new Int32Array(32), new Int32Array(32)] as const;

/**
 * Optimal-string-alignment distance between two keys (insertions, deletions, substitutions and
 * swaps of neighbours each cost one), or undefined when it exceeds `max`. Only the diagonal band
 * of width 2·max + 1 is computed, and rows stop as soon as every cell is past the bound, so a far
 * name costs a few comparisons and no allocation.
 */
export function editDistanceWithin(a: string, b: string, max: number): number | undefined {
  const m = a.length;
  const n = b.length;
  if (Math.abs(m - n) > max) return undefined;
  if (rows[0].length <= n + 1) {
    const size = 2 * (n + 1);
    rows = [new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  }
  const far = max + 1;
  let [before, previous, current] = rows;
  for (let j = 0; j <= n; j++) previous[j] = j <= max ? j : far;
  for (let i = 1; i <= m; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(n, i + max);
    // Cells just outside the band read as "too far".
    current[lo - 1] = lo === 1 ? i : far;
    if (hi + 1 <= n) current[hi + 1] = far;
    if (i + max <= n) previous[i + max] = far;
    let rowMin = lo === 1 ? i : far;
    const ai = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = Math.min(
        (previous[j] ?? far) + 1,
        (current[j - 1] ?? far) + 1,
        (previous[j - 1] ?? far) + (ai === bj ? 0 : 1),
      );
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj)
        value = Math.min(value, (before[j - 2] ?? far) + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return undefined;
    [before, previous, current] = [previous, current, before];
  }
  const distance = previous[n] ?? far;
  return distance <= max ? distance : undefined;
}

/**
 * Three-letter pieces of a query key and how many of them a name within `maxEdits` must still
 * contain (each edit breaks at most three): how a backend that cannot compute distances picks
 * the few names worth comparing.
 */
export function fuzzyGrams(queryKey: string): { grams: string[]; minShared: number } {
  const edits = maxEdits(queryKey.length);
  if (edits === 0) return { grams: [], minShared: 0 };
  const grams = new Set<string>();
  for (let index = 0; index + 3 <= queryKey.length; index++) grams.add(queryKey.slice(index, index + 3));
  return { grams: [...grams].sort(), minShared: Math.max(1, queryKey.length - 2 - 3 * edits) };
}
export const DEFAULT_SEARCH_LIMIT = 20;

export interface SearchCandidate {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
}

function matchScore(queryKey: string, key: string, exactBand: number): number | undefined {
  if (key.length === 0) return undefined;
  if (key === queryKey) return exactBand + COVERAGE_WEIGHT;
  if (key.startsWith(queryKey)) return prefixScore(queryKey.length, key.length);
  if (key.includes(queryKey)) return SUBSTRING + COVERAGE_WEIGHT * (queryKey.length / key.length);
  return undefined;
}

/** Score of a longer key starting with the query: the shorter the key, the higher. */
export function prefixScore(queryLength: number, keyLength: number): number {
  return PREFIX + COVERAGE_WEIGHT * (queryLength / keyLength);
}

/** A candidate with its comparison keys computed once, so a search only compares strings. */
export interface IndexedCandidate extends SearchCandidate {
  nameKey: string;
  aliasKeys: string[];
  /** Keys of the words of the name and of the aliases ("macron" of "Emmanuel Macron"), for near spellings. */
  nameWordKeys: string[];
  aliasWordKeys: string[];
}

export function indexCandidate(candidate: SearchCandidate): IndexedCandidate {
  const nameKey = searchKey(candidate.name);
  const aliasKeys = candidate.aliases.map(searchKey);
  const nameWordKeys = wordKeys([candidate.name], [nameKey]);
  return {
    ...candidate,
    nameKey,
    aliasKeys,
    nameWordKeys,
    // Aliases repeat the name and its words more often than not: compared once is enough.
    aliasWordKeys: wordKeys(candidate.aliases, [nameKey, ...aliasKeys, ...nameWordKeys]),
  };
}

/** Keys of the words of some names, of three letters or more, other than the whole keys. */
function wordKeys(names: readonly string[], wholeKeys: readonly string[]): string[] {
  const keys = new Set<string>();
  for (const text of names) {
    for (const word of text.split(/[^\p{L}\p{M}\p{N}]+/u)) {
      const key = searchKey(word);
      if (key.length >= 3 && !wholeKeys.includes(key)) keys.add(key);
    }
  }
  return [...keys];
}

/**
 * The digits of a key, in order. A near spelling must keep them: letters are misspelt, but
 * "apt29" is another group than "apt28", and "storm0559" another cluster than "storm0558".
 */
export function digitsOf(key: string): string {
  return key.replace(/\D+/g, '');
}

/** Fewest edits from the query to one of the keys (but `skip`), within the bound, or undefined. */
function nearest(
  queryKey: string,
  keys: readonly string[],
  max: number,
  best?: number,
  skip?: string,
): number | undefined {
  const digits = digitsOf(queryKey);
  for (const key of keys) {
    if (best === 0) break;
    if (key === skip || digitsOf(key) !== digits) continue;
    const distance = editDistanceWithin(queryKey, key, best === undefined ? max : best - 1);
    if (distance !== undefined) best = distance;
  }
  return best;
}

/**
 * Score of the nearest spelling, fewer edits first; at equal edits a word of the name beats a
 * word of an alias, as an exact name beats an exact alias.
 */
function fuzzyScore(queryKey: string, candidate: IndexedCandidate): number | undefined {
  const max = maxEdits(queryKey.length);
  if (max === 0) return undefined;
  const byName = nearest(queryKey, candidate.nameWordKeys, max, nearest(queryKey, [candidate.nameKey], max));
  const byAlias = nearest(
    queryKey,
    candidate.aliasWordKeys,
    max,
    nearest(queryKey, candidate.aliasKeys, max),
  );
  const closeness = (distance: number | undefined, weight: number) =>
    distance === undefined ? Number.NEGATIVE_INFINITY : FUZZY + weight * (1 - distance / (max + 1));
  const score = Math.max(closeness(byName, COVERAGE_WEIGHT), closeness(byAlias, COVERAGE_WEIGHT * 0.8));
  return Number.isFinite(score) ? score : undefined;
}

/** Score of one key of a candidate (its name's or an alias's) containing the query, or undefined. */
export function keyScore(queryKey: string, key: string, isName: boolean): number | undefined {
  return matchScore(queryKey, key, isName ? EXACT_NAME : EXACT_ALIAS);
}

/** Best score of a candidate over its name and aliases, or undefined when nothing matches. */
export function scoreCandidate(queryKey: string, candidate: IndexedCandidate): number | undefined {
  let best = matchScore(queryKey, candidate.nameKey, EXACT_NAME);
  for (const aliasKey of candidate.aliasKeys) {
    const score = matchScore(queryKey, aliasKey, EXACT_ALIAS);
    if (score !== undefined && (best === undefined || score > best)) best = score;
  }
  return best ?? fuzzyScore(queryKey, candidate);
}

/** Best first: higher score, then shorter name, then id (deterministic). */
function compareScored(a: Scored, b: Scored): number {
  return (
    b.score - a.score ||
    a.candidate.name.length - b.candidate.name.length ||
    (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0)
  );
}

/** A candidate with its score, rounded as hits show it (so ties compare as the hits do). */
export interface Scored {
  candidate: IndexedCandidate;
  score: number;
}

export function scored(candidate: IndexedCandidate, score: number): Scored {
  return { candidate, score: roundedScore(score) };
}

/** A score as hits show it: three decimals. */
export function roundedScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/**
 * The first `limit` in compareScored order, kept while scanning: a short query matches tens of
 * thousands of names of a large store, and sorting them all costs more than finding them.
 */
function best(scored: Iterable<Scored>, limit: number): Scored[] {
  const kept: Scored[] = [];
  for (const item of scored) {
    const last = kept[kept.length - 1];
    if (kept.length >= limit && last && compareScored(item, last) >= 0) continue;
    let at = kept.length;
    while (at > 0 && compareScored(item, kept[at - 1] as Scored) < 0) at--;
    kept.splice(at, 0, item);
    if (kept.length > limit) kept.pop();
  }
  return kept;
}

/** Ranks candidates for a query: best score first, then shorter name, then id (deterministic). */
export function rankCandidates(
  query: string,
  candidates: Iterable<IndexedCandidate>,
  options: { types?: readonly EntityType[]; limit?: number } = {},
): SearchHit[] {
  const queryKey = searchKey(query);
  if (queryKey.length === 0) return [];
  const types = options.types && options.types.length > 0 ? new Set(options.types) : undefined;
  const matches: Scored[] = [];
  for (const candidate of candidates) {
    if (types && !types.has(candidate.type)) continue;
    const score = scoreCandidate(queryKey, candidate);
    if (score !== undefined) matches.push(scored(candidate, score));
  }
  return rankScored(matches, options.limit ?? DEFAULT_SEARCH_LIMIT);
}

/** The hits of the first `limit` scored candidates, best first. */
export function rankScored(matches: Scored[], limit: number): SearchHit[] {
  const ranked = limit > 0 ? best(matches, limit) : matches.sort(compareScored).slice(0, limit);
  return ranked.map(({ candidate: { id, type, name, aliases }, score }) => ({
    id,
    type,
    name,
    aliases: [...aliases],
    score,
  }));
}
