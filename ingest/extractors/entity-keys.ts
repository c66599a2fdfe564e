/**
 * The key that makes a name the same node as the rules would make it: a gazetteer identity
 * when the whole name is a known name or alias of an entry of that type, an indicator's
 * normalised value, otherwise the script-independent key of the name. An extractor beside the
 * rules keys its entities here, so its nodes and the rules' nodes meet.
 */
import type { EntityType } from '../../graph-schema/schema.ts';
import { findIndicators } from '../indicators/index.ts';
import { findGazetteerMentions } from '../lexicon/index.ts';
import { nameKey } from '../normalize/name-key.ts';
import type { LanguageTag } from '../../graph-schema/model.ts';

export interface EntityIdentity {
  key: string;
  /** The canonical name when the gazetteer knows the entity, else the name as given. */
  name: string;
  externalIds: readonly string[];
  /** Why the name got a known identity, for the entity's merge reasons. */
  reason?: string;
}

export function identityForName(name: string, type: EntityType, lang: LanguageTag): EntityIdentity {
  const whole = (mention: { start: number; end: number }) =>
    mention.start === 0 && mention.end === name.length;
  const indicator = findIndicators(name).find((mention) => whole(mention) && mention.type === type);
  if (indicator !== undefined) return { key: indicator.value, name: indicator.value, externalIds: [] };
  const known = findGazetteerMentions(name, lang).find(
    (mention) => whole(mention) && mention.entry.type === type && mention.via !== 'demonym',
  );
  if (known !== undefined)
    return {
      key: known.entry.key,
      name: known.entry.name,
      externalIds: known.entry.externalIds,
      reason: `gazetteer: "${name}" is ${known.via === 'name' ? 'the name' : 'an alias'} of ${known.entry.name}`,
    };
  return { key: nameKey(name), name, externalIds: [] };
}
