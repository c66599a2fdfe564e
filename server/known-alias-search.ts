/**
 * Entity search that also knows the gazetteer's names: APT28 is found by "STRONTIUM", "Forest
 * Blizzard" or "بون ستورم" on any store, even when no stored document wrote that name. The
 * graph is left as the documents made it (aliases stay what was seen); only the search reads
 * the gazetteer. An entity found this way is ranked as the store ranks a match on an alias.
 */
import type { EntityType } from '../graph-schema/schema.ts';
import { knownAliases } from '../ingest/gazetteer/known-aliases.ts';
import type { GraphStore, SearchHit } from '../store/graph-store.ts';
import { indexCandidate, rankCandidates } from '../store/search-key.ts';

/** How many hits to read when looking up one known entity by its own name. */
const LOOKUP_LIMIT = 5;

export async function searchWithKnownAliases(
  store: GraphStore,
  query: string,
  options: { limit: number; types?: EntityType[] },
): Promise<SearchHit[]> {
  const hits = await store.search(query, {
    limit: options.limit,
    ...(options.types ? { types: options.types } : {}),
  });
  const seen = new Set(hits.map((hit) => hit.id));
  const extra: Array<{ hit: SearchHit; alias: string }> = [];
  for (const known of knownAliases(query, options.types)) {
    if (seen.has(known.id)) continue;
    // The stored entity carries its gazetteer name, so a search by that name finds it by id.
    const stored = (await store.search(known.name, { limit: LOOKUP_LIMIT, types: [known.type] })).find(
      (hit) => hit.id === known.id,
    );
    if (!stored) continue;
    seen.add(known.id);
    extra.push({ hit: stored, alias: known.alias });
  }
  if (extra.length === 0) return hits;
  const storedAliases = new Map(
    [...hits, ...extra.map(({ hit }) => hit)].map((hit) => [hit.id, hit.aliases]),
  );
  const ranked = rankCandidates(
    query,
    [
      ...hits.map(indexCandidate),
      ...extra.map(({ hit, alias }) => indexCandidate({ ...hit, aliases: [...hit.aliases, alias] })),
    ],
    { limit: options.limit },
  );
  return ranked.map((hit) => ({ ...hit, aliases: storedAliases.get(hit.id) ?? hit.aliases }));
}
