/**
 * What one STIX 2.1 object means in our graph: its entity type (through graph-schema's STIX
 * names; `STIX_SYNONYMS` only folds STIX types the schema does not name into ones it does), its
 * name, aliases and external ids, the key the rules would give the same thing, and for a
 * relationship our relation type, modality and confidence. The bundle reader (stix.ts) walks
 * the objects; this module reads each one.
 */
import {
  allowsEndpoints,
  ENTITY_TYPES,
  isRelationType,
  MODALITIES,
  RELATION_TYPES,
  type EntityType,
  type Modality,
  type RelationType,
} from '../../graph-schema/schema.ts';
import { identityForName } from '../extractors/entity-keys.ts';
import { loadGazetteer, type GazetteerEntry } from '../gazetteer/index.ts';
import { nameKey } from '../normalize/name-key.ts';

export type StixObject = Record<string, unknown>;

/** Confidence of a relationship that states none: a platform's curated statement. */
const UNSTATED_CONFIDENCE = 0.9;

/** STIX types the schema does not name, read as the type it names for the same kind of thing. */
const STIX_SYNONYMS: Record<string, string> = {
  'threat-actor': 'intrusion-set',
  tool: 'malware',
  'ipv6-addr': 'ipv4-addr',
};

/** Which of the entity types sharing STIX's `identity` an identity_class means. */
const IDENTITY_TYPES: Record<string, EntityType> = { individual: 'Person' };
const IDENTITY_DEFAULT: EntityType = 'Organization';

/** Hash algorithms in order of preference, as STIX's hash vocabulary spells them. */
const HASH_PREFERENCE = ['SHA-256', 'SHA-1', 'MD5', 'SHA-512'];

/** Properties holding other names, as STIX, ATT&CK, OpenCTI and our own export write them. */
const ALIAS_PROPERTIES = ['aliases', 'x_mitre_aliases', 'x_opencti_aliases', 'x_evigraph_aliases'];

/** `[domain-name:value = 'x']`, `[file:hashes.'SHA-256' = 'x']`: one observable, one comparison. */
const SINGLE_COMPARISON =
  /^\s*\[\s*([a-z0-9-]+):(value|account_login|hashes\.(?:'[^']+'|[A-Za-z0-9-]+))\s*=\s*'((?:[^'\\]|\\.)*)'\s*\]\s*$/;

/** The STIX type the schema names for an object's type. */
export function stixTypeOf(type: string): string {
  return STIX_SYNONYMS[type] ?? type;
}

/**
 * The observable an indicator's pattern names, when it is one comparison on one value
 * (`[domain-name:value = 'x']`); undefined for any other pattern.
 */
export function observableOfPattern(pattern: string): { stixType: string; object: StixObject } | undefined {
  const match = SINGLE_COMPARISON.exec(pattern);
  if (!match) return undefined;
  const [, type = '', property = '', quoted = ''] = match;
  const value = quoted.replace(/\\(.)/g, '$1');
  const object: StixObject = property.startsWith('hashes.')
    ? { hashes: { [property.slice('hashes.'.length).replace(/'/g, '')]: value } }
    : { [property]: value };
  return { stixType: stixTypeOf(type), object };
}

/** Our entity type for a STIX type; an identity's class tells a person from an organisation. */
export function entityTypeOf(stixType: string, object: StixObject): EntityType | undefined {
  const types: EntityType[] = ENTITY_TYPES.filter((spec) => spec.stix === stixType).map((spec) => spec.name);
  if (types.length <= 1) return types[0];
  const wanted = IDENTITY_TYPES[String(object.identity_class)] ?? IDENTITY_DEFAULT;
  return types.includes(wanted) ? wanted : types[0];
}

/** The name an entity of this type takes from the object: a hash, a login, a value or a name. */
export function nameOf(type: EntityType, stixType: string, object: StixObject): string | undefined {
  const text = (value: unknown) =>
    typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  if (type === 'Hash') {
    const hashes = isObject(object.hashes) ? object.hashes : {};
    const algorithm =
      HASH_PREFERENCE.find((name) => text(hashes[name]) !== undefined) ?? Object.keys(hashes)[0];
    return algorithm === undefined ? undefined : text(hashes[algorithm])?.toLowerCase();
  }
  if (type === 'Account') return text(object.account_login) ?? text(object.user_id);
  if (stixType === 'location')
    return text(object.name) ?? countryName(text(object.country)) ?? text(object.region);
  return text(object.value) ?? text(object.name);
}

/** A place given only by its ISO code is named as the gazetteer names that country. */
function countryName(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  return gazetteerByExternalId(`iso3166:${code.toUpperCase()}`)?.name ?? code.toUpperCase();
}

/** Every other name the object gives; a property that is not a list of names is reported. */
export function aliasesOf(object: StixObject, problem: (message: string) => void): string[] {
  const aliases: string[] = [];
  for (const property of ALIAS_PROPERTIES) {
    const value = object[property];
    if (value === undefined) continue;
    if (!Array.isArray(value) || !value.every((alias) => typeof alias === 'string')) {
      problem(`has a "${property}" that is not a list of names`);
      continue;
    }
    aliases.push(...value.map((alias) => alias.trim()).filter((alias) => alias !== ''));
  }
  return aliases;
}

let schemes: Set<string> | undefined;

/** The identifier schemes our entities record (`mitre-attack`, `misp`, `iso3166`): the gazetteer's. */
function knownSchemes(): Set<string> {
  schemes ??= new Set(
    loadGazetteer().entries.flatMap((entry) => entry.externalIds.map((id) => id.slice(0, id.indexOf(':')))),
  );
  return schemes;
}

/** External ids in the schemes our entities record, from references and a location's country. */
export function externalIdsOf(object: StixObject, described: StixObject): string[] {
  const references = Array.isArray(object.external_references) ? object.external_references : [];
  const ids = references.flatMap((reference: unknown) =>
    isObject(reference) &&
    typeof reference.source_name === 'string' &&
    typeof reference.external_id === 'string' &&
    knownSchemes().has(reference.source_name)
      ? [`${reference.source_name}:${reference.external_id}`]
      : [],
  );
  // A country's code is its ISO identity, as the gazetteer records it.
  if (typeof described.country === 'string' && /^[A-Za-z]{2}$/.test(described.country))
    ids.push(`iso3166:${described.country.toUpperCase()}`);
  return unique(ids);
}

let byExternalId: Map<string, GazetteerEntry> | undefined;

function gazetteerByExternalId(id: string): GazetteerEntry | undefined {
  byExternalId ??= new Map(
    loadGazetteer().entries.flatMap((entry) => entry.externalIds.map((x) => [x, entry] as const)),
  );
  return byExternalId.get(id);
}

/**
 * The key the rules would give the same thing, so a bundle's entity and a text's mention of it
 * are one node: the gazetteer entry its external ids, name or an alias identify, an indicator's
 * normalised value, else the script-independent key of its name.
 */
export function identityOf(
  type: EntityType,
  name: string,
  aliases: readonly string[],
  externalIds: readonly string[],
): { key: string; externalIds: readonly string[]; reason?: string } {
  for (const id of externalIds) {
    const entry = gazetteerByExternalId(id);
    if (entry !== undefined && entry.type === type)
      return { key: entry.key, externalIds: entry.externalIds, reason: `gazetteer: ${id} is ${entry.name}` };
  }
  for (const form of [name, ...aliases]) {
    const identity = identityForName(form, type, 'und');
    if (identity.key !== nameKey(form)) return identity;
  }
  return { key: nameKey(name), externalIds: [] };
}

/** Our own relation type when the bundle names it (our export does), else the schema's by STIX name. */
export function relationTypeOf(
  object: StixObject,
  sourceType: EntityType,
  targetType: EntityType,
): RelationType | { candidates: number } {
  const own = object.x_evigraph_relation_type;
  if (typeof own === 'string' && isRelationType(own))
    return allowsEndpoints(own, sourceType, targetType) ? own : { candidates: 0 };
  const candidates: RelationType[] = RELATION_TYPES.filter(
    (spec) => spec.stix === object.relationship_type && allowsEndpoints(spec.name, sourceType, targetType),
  ).map((spec) => spec.name);
  return candidates.length === 1 && candidates[0] !== undefined
    ? candidates[0]
    : { candidates: candidates.length };
}

/** As the bundle says: asserted, unless it is our own export keeping a claim's modality. */
export function modalityOf(object: StixObject): Modality {
  const stated = object.x_evigraph_modality;
  return MODALITIES.find((modality) => modality === stated) ?? 'asserted';
}

/** STIX's 0–100 as our 0–1, or the confidence of a statement that gives none. */
export function confidenceOf(value: unknown): number {
  return typeof value === 'number' && value >= 0 && value <= 100 ? value / 100 : UNSTATED_CONFIDENCE;
}

/** A JSON object (not an array, not null). */
export function isObject(value: unknown): value is StixObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Sorted, without repeats. */
export function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
