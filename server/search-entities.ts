/**
 * Entity search as the API answers it: the store's ranked search (names, aliases, near
 * spellings), the gazetteer's names (known-alias-search.ts), and the query read with and
 * without the Arabic article, so "الكرملين" finds the Kremlin stored as "كرملين" and the
 * other way round.
 */
import type { EntityType } from '../graph-schema/schema.ts';
import { arabicReadings } from '../ingest/normalize/arabic.ts';
import { foldKey } from '../ingest/normalize/fold.ts';
import type { GraphStore, SearchHit } from '../store/graph-store.ts';
import { searchWithKnownAliases } from './known-alias-search.ts';

/** Clitic sequences that end in the article: ال, وال, بال, لل ... (the article's alef unwritten after ل). */
const ENDS_WITH_ARTICLE = /(?:ال|لل)$/u;
const ARABIC_WORD = /^\p{Script=Arabic}+$/u;

/**
 * The query, then the query with the article (and the conjunction or preposition written
 * before it) taken off its first word, then with the article put on, when that word is Arabic.
 */
export function articleVariants(query: string): string[] {
  const trimmed = query.trim();
  const [first = '', ...rest] = trimmed.split(/\s+/u);
  const folded = foldKey(first);
  if (!ARABIC_WORD.test(folded)) return [trimmed];
  const join = (word: string) => [word, ...rest].join(' ');
  const stems = arabicReadings(folded)
    .filter((reading) => ENDS_WITH_ARTICLE.test(folded.slice(0, reading.prefixLength)))
    .map((reading) => join(reading.stem));
  const withArticle = stems.length === 0 ? [join(`ال${folded}`)] : [];
  return [...new Set([trimmed, ...stems, ...withArticle])];
}

/**
 * Hits for every variant, each entity at its best score; the same order as the store's ranking
 * (score, shorter name, id), cut to the limit.
 */
export async function searchEntities(
  store: GraphStore,
  query: string,
  options: { limit: number; types?: EntityType[] },
): Promise<SearchHit[]> {
  const best = new Map<string, SearchHit>();
  for (const variant of articleVariants(query)) {
    for (const hit of await searchWithKnownAliases(store, variant, options)) {
      const known = best.get(hit.id);
      if (!known || hit.score > known.score) best.set(hit.id, hit);
    }
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        b.score - a.score || a.name.length - b.name.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .slice(0, options.limit);
}
