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

/** Score bands: any exact name beats any exact alias beats any prefix beats any substring. */
const EXACT_NAME = 3;
const EXACT_ALIAS = 2;
const PREFIX = 1;
const SUBSTRING = 0;
/** Within a band, a match covering more of the name ranks higher (stays below the next band). */
const COVERAGE_WEIGHT = 0.5;
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
  const coverage = COVERAGE_WEIGHT * (queryKey.length / key.length);
  if (key.startsWith(queryKey)) return PREFIX + coverage;
  if (key.includes(queryKey)) return SUBSTRING + coverage;
  return undefined;
}

/** A candidate with its comparison keys computed once, so a search only compares strings. */
export interface IndexedCandidate extends SearchCandidate {
  nameKey: string;
  aliasKeys: string[];
}

export function indexCandidate(candidate: SearchCandidate): IndexedCandidate {
  return { ...candidate, nameKey: searchKey(candidate.name), aliasKeys: candidate.aliases.map(searchKey) };
}

/** Best score of a candidate over its name and aliases, or undefined when nothing matches. */
export function scoreCandidate(queryKey: string, candidate: IndexedCandidate): number | undefined {
  let best = matchScore(queryKey, candidate.nameKey, EXACT_NAME);
  for (const aliasKey of candidate.aliasKeys) {
    const score = matchScore(queryKey, aliasKey, EXACT_ALIAS);
    if (score !== undefined && (best === undefined || score > best)) best = score;
  }
  return best;
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
  const hits: SearchHit[] = [];
  for (const candidate of candidates) {
    if (types && !types.has(candidate.type)) continue;
    const score = scoreCandidate(queryKey, candidate);
    if (score === undefined) continue;
    const { id, type, name, aliases } = candidate;
    hits.push({ id, type, name, aliases: [...aliases], score: Math.round(score * 1000) / 1000 });
  }
  hits.sort(
    (a, b) => b.score - a.score || a.name.length - b.name.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  return hits.slice(0, options.limit ?? DEFAULT_SEARCH_LIMIT);
}
