/**
 * Names the gazetteer knows for an entity, whether or not a document ever wrote them:
 * STRONTIUM, Forest Blizzard and "بون ستورم" are all APT28. Search uses this to find an entity
 * under a name the stored documents never used; the graph itself is left as the documents made it.
 */
import { entityId } from '../../graph-schema/model.ts';
import type { EntityType } from '../../graph-schema/schema.ts';
import { foldKey } from '../normalize/fold.ts';
import { loadGazetteer } from './index.ts';

export interface KnownAlias {
  /** The id the entity has in any store, from its gazetteer key. */
  id: string;
  type: EntityType;
  /** The gazetteer's name for it. */
  name: string;
  /** The query as the gazetteer writes it among the entity's names. */
  alias: string;
}

/** Entities the gazetteer knows under this exact name or alias (compared folded), of the given types if any. */
export function knownAliases(query: string, types?: readonly EntityType[]): KnownAlias[] {
  const folded = foldKey(query);
  return loadGazetteer()
    .byName(query)
    .filter((entry) => !types || types.includes(entry.type))
    .map((entry) => ({
      id: entityId(entry.type, entry.key),
      type: entry.type,
      name: entry.name,
      // A demonym ("Russian") also finds its country; it is then the alias the query matched.
      alias: [entry.name, ...entry.aliases].find((alias) => foldKey(alias) === folded) ?? query.trim(),
    }));
}
