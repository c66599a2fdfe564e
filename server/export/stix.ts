/**
 * STIX 2.1 bundle, the exchange format of OpenCTI and MISP.
 *
 * - Entities become the STIX objects graph-schema names for their type (intrusion-set,
 *   identity, location, campaign, malware, vulnerability) or cyber observables (domain-name,
 *   url, email-addr, ipv4/ipv6-addr, file, user-account); relations become `relationship`s.
 *   Hashtags have no STIX object and are left out, with the relations that reach them.
 * - Ids are UUIDv5: objects from our ids in evigraph's namespace, so a re-export is identical
 *   and a re-import merges; observables from their value in STIX's own observable namespace,
 *   so they merge with the same observable from any other producer.
 * - A claim keeps its claimant: one claimant is the relationship's `created_by_ref`; several
 *   each get a `note` of their own, authored by them. Suspected, reported and denied relations
 *   carry `x_evigraph_modality`, and a denial is also an `opinion` of disagreement by the
 *   denier, so no consumer reads either as a plain fact.
 * - Every evidence sentence is a `note` on its relationship, with its document as external
 *   reference; timestamps come from the documents' publication dates (deterministic).
 */
import { v5 as uuidv5 } from 'uuid';
import type {
  GraphJson,
  GraphJsonDocument,
  GraphJsonEdge,
  GraphJsonEvidence,
  GraphJsonNode,
} from '../../graph-schema/graph-json.ts';
import { entityTypeSpec, relationTypeSpec, type EntityType } from '../../graph-schema/schema.ts';

/** evigraph's own UUIDv5 namespace for STIX ids (a fixed random UUID: never change it). */
export const EVIGRAPH_STIX_NAMESPACE = '3f1b1c5e-6c1e-4f0e-9d55-8a1c9f6e2b47';
/** The namespace STIX 2.1 (section 2.9) sets for deterministic cyber-observable ids. */
export const STIX_OBSERVABLE_NAMESPACE = '00abedb4-aa42-466c-9c01-fed23315a9b7';
/** Used as `created`/`modified` when no document of an object says when it was published. */
export const STIX_EPOCH = '1970-01-01T00:00:00.000Z';

export type StixObject = Record<string, unknown> & { type: string; id: string };

export interface StixBundle {
  type: 'bundle';
  id: string;
  objects: StixObject[];
}

interface ExternalReference {
  source_name: string;
  external_id?: string;
  url?: string;
  description?: string;
}

/** Where a known identifier scheme can be looked up; other schemes keep only their id. */
const REFERENCE_URLS: Record<string, (value: string) => string> = {
  'mitre-attack': (value) => {
    const kind = value.startsWith('S') ? 'software' : value.startsWith('C') ? 'campaigns' : 'groups';
    return `https://attack.mitre.org/${kind}/${value}/`;
  },
};

const IDENTITY_CLASS: Partial<Record<EntityType, string>> = {
  Organization: 'organization',
  Person: 'individual',
};

/** Hash algorithm by hex length, with the names STIX's hash vocabulary uses. */
const HASH_ALGORITHMS: Record<number, string> = { 32: 'MD5', 40: 'SHA-1', 64: 'SHA-256', 128: 'SHA-512' };

export function toStix(graph: GraphJson): string {
  return `${JSON.stringify(buildStixBundle(graph), null, 2)}\n`;
}

export function buildStixBundle(graph: GraphJson): StixBundle {
  const documents = new Map(graph.documents.map((document) => [document.id, document]));
  const nodes = new Map(graph.nodes.map((node) => [node.id, node]));
  const objects = new Map<string, StixObject>();
  const add = (object: StixObject) => objects.set(object.id, object);

  const stixIds = new Map<string, string>();
  for (const node of graph.nodes) {
    const object = entityObject(node, timestamps(node.documents, documents));
    if (object === undefined) continue;
    stixIds.set(node.id, object.id);
    add(object);
  }

  // A claimant must be an identity to author anything; places and groups that claim get one.
  const claimantIdentities = new Map<string, string>();
  const claimantIdentity = (entityId: string): string | undefined => {
    const node = nodes.get(entityId);
    if (node === undefined) return undefined;
    if (IDENTITY_CLASS[node.type] !== undefined) return stixIds.get(entityId);
    let id = claimantIdentities.get(entityId);
    if (id === undefined) {
      const created = timestamps(node.documents, documents);
      id = sdoId('identity', `${entityId}:claimant`);
      add({
        type: 'identity',
        spec_version: '2.1',
        id,
        ...created,
        name: node.name,
        identity_class: node.type === 'ThreatActor' ? 'group' : 'organization',
        x_evigraph_speaks_for: entityId,
      });
      claimantIdentities.set(entityId, id);
    }
    return id;
  };

  for (const edge of graph.edges) {
    const source = stixIds.get(edge.source);
    const target = stixIds.get(edge.target);
    if (source === undefined || target === undefined) continue;
    const evidenceDocuments = unique(edge.evidence.map((piece) => piece.documentId));
    const created = timestamps(evidenceDocuments, documents);
    const claimants = edge.assertedBy
      .map((claimant) => claimantIdentity(claimant))
      .filter((id): id is string => id !== undefined);
    const relationship: StixObject = {
      type: 'relationship',
      spec_version: '2.1',
      id: sdoId('relationship', edge.id),
      ...created,
      relationship_type: relationTypeSpec(edge.type)?.stix ?? 'related-to',
      source_ref: source,
      target_ref: target,
      confidence: Math.round(edge.confidence * 100),
      description: describeEdge(edge, nodes),
      ...(claimants.length === 1 ? { created_by_ref: claimants[0] } : {}),
      external_references: evidenceDocuments.flatMap((id) => documentReference(documents.get(id), id)),
      x_evigraph_relation_type: edge.type,
      x_evigraph_modality: edge.modality,
      x_evigraph_asserted_by: edge.assertedBy.map((claimant) => nodes.get(claimant)?.name ?? claimant),
    };
    add(relationship);

    if (claimants.length > 1)
      for (const claimant of claimants)
        add({
          type: 'note',
          spec_version: '2.1',
          id: sdoId('note', `${edge.id}:claimed-by:${claimant}`),
          ...created,
          created_by_ref: claimant,
          abstract: `Claim (${edge.modality})`,
          x_evigraph_claim: true,
          content: describeEdge(edge, nodes),
          object_refs: [relationship.id],
        });

    for (const piece of edge.evidence) add(evidenceNote(edge, piece, relationship.id, documents));

    if (edge.modality === 'denied') {
      const denier = claimantIdentity(edge.source);
      if (denier !== undefined)
        add({
          type: 'opinion',
          spec_version: '2.1',
          id: sdoId('opinion', edge.id),
          ...created,
          created_by_ref: denier,
          opinion: 'disagree',
          explanation: edge.evidence.map((piece) => piece.text).join('\n'),
          object_refs: [target, ...attributionsOf(edge.target, graph.edges, stixIds)],
        });
    }
  }

  const sorted = [...objects.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    type: 'bundle',
    id: sdoId('bundle', sorted.map((object) => object.id).join('\n')),
    objects: sorted,
  };
}

function entityObject(node: GraphJsonNode, created: Timestamps): StixObject | undefined {
  const stixType = entityTypeSpec(node.type)?.stix;
  const aliases = node.aliases.filter((alias) => alias !== node.name);
  const common = {
    spec_version: '2.1',
    ...created,
    name: node.name,
    ...externalReferences(node),
    x_evigraph_entity_id: node.id,
    x_evigraph_entity_type: node.type,
  };
  switch (node.type) {
    case 'ThreatActor':
      return { type: 'intrusion-set', id: sdoId('intrusion-set', node.id), ...common, ...aliasList(aliases) };
    case 'Organization':
    case 'Person':
      return {
        type: 'identity',
        id: sdoId('identity', node.id),
        ...common,
        identity_class: IDENTITY_CLASS[node.type],
        ...(aliases.length > 0 ? { x_evigraph_aliases: aliases } : {}),
      };
    case 'Location':
      return {
        type: 'location',
        id: sdoId('location', node.id),
        ...common,
        ...placeOf(node),
        ...(aliases.length > 0 ? { x_evigraph_aliases: aliases } : {}),
      };
    case 'Event':
      return { type: 'campaign', id: sdoId('campaign', node.id), ...common, ...aliasList(aliases) };
    case 'Malware':
      return {
        type: 'malware',
        id: sdoId('malware', node.id),
        ...common,
        is_family: true,
        ...aliasList(aliases),
      };
    case 'Vulnerability':
      return {
        type: 'vulnerability',
        id: sdoId('vulnerability', node.id),
        ...common,
        external_references: [{ source_name: 'cve', external_id: node.name.toUpperCase() }],
      };
    default:
      return stixType === undefined ? undefined : observable(node);
  }
}

/** The observable for an indicator entity, its id derived from its value as STIX prescribes. */
function observable(node: GraphJsonNode): StixObject | undefined {
  const value = node.name;
  const aliases = node.aliases.filter((alias) => alias !== value);
  const make = (type: string, properties: Record<string, unknown>): StixObject => ({
    type,
    spec_version: '2.1',
    id: `${type}--${uuidv5(canonicalJson(properties), STIX_OBSERVABLE_NAMESPACE)}`,
    ...properties,
    x_evigraph_entity_id: node.id,
    x_evigraph_entity_type: node.type,
    // Observables have no aliases in STIX; the defanged spellings seen ("evil[.]com") are kept here.
    ...(aliases.length > 0 ? { x_evigraph_aliases: aliases } : {}),
  });
  switch (node.type) {
    case 'Domain':
      return make('domain-name', { value });
    case 'Url':
      return make('url', { value });
    case 'Email':
      return make('email-addr', { value });
    case 'IpAddress':
      return make(value.includes(':') ? 'ipv6-addr' : 'ipv4-addr', { value });
    case 'Hash': {
      const algorithm = HASH_ALGORITHMS[value.length];
      return algorithm === undefined
        ? undefined
        : make('file', { hashes: { [algorithm]: value.toLowerCase() } });
    }
    case 'Account':
      return make('user-account', { account_login: value });
    default:
      return undefined;
  }
}

/** A country place carries its ISO code; any other place is named as a region. */
function placeOf(node: GraphJsonNode): Record<string, string> {
  const iso = node.externalIds?.find((id) => id.startsWith('iso3166:'));
  return iso !== undefined ? { country: iso.slice('iso3166:'.length) } : { region: node.name };
}

function aliasList(aliases: readonly string[]): { aliases?: string[] } {
  return aliases.length > 0 ? { aliases: [...aliases] } : {};
}

function externalReferences(node: GraphJsonNode): { external_references?: ExternalReference[] } {
  const references = (node.externalIds ?? []).map((externalId): ExternalReference => {
    const colon = externalId.indexOf(':');
    const scheme = colon > 0 ? externalId.slice(0, colon) : 'evigraph';
    const value = externalId.slice(colon + 1);
    const url = REFERENCE_URLS[scheme]?.(value);
    return { source_name: scheme, external_id: value, ...(url !== undefined ? { url } : {}) };
  });
  return references.length > 0 ? { external_references: references } : {};
}

function evidenceNote(
  edge: GraphJsonEdge,
  piece: GraphJsonEvidence,
  relationshipId: string,
  documents: ReadonlyMap<string, GraphJsonDocument>,
): StixObject {
  return {
    type: 'note',
    spec_version: '2.1',
    id: sdoId('note', `${edge.id}:${piece.documentId}:${piece.start}:${piece.end}`),
    ...timestamps([piece.documentId], documents),
    abstract: `Evidence (${piece.lang})`,
    content: piece.text,
    ...(piece.lang !== 'und' ? { lang: piece.lang } : {}),
    object_refs: [relationshipId],
    external_references: documentReference(documents.get(piece.documentId), piece.documentId),
    x_evigraph_offsets: [piece.start, piece.end],
  };
}

function documentReference(document: GraphJsonDocument | undefined, id: string): ExternalReference[] {
  const url = document !== undefined && /^https?:\/\//i.test(document.uri) ? document.uri : undefined;
  return [
    {
      source_name: document?.source ?? 'evigraph-document',
      external_id: id,
      ...(document !== undefined ? { description: document.title || document.uri } : {}),
      ...(url !== undefined ? { url } : {}),
    },
  ];
}

/** The ids of the relationships that attribute `entityId` to someone: what a denial disputes. */
function attributionsOf(
  entityId: string,
  edges: readonly GraphJsonEdge[],
  stixIds: ReadonlyMap<string, string>,
): string[] {
  return edges
    .filter((edge) => edge.type === 'ATTRIBUTED_TO' && edge.source === entityId && edge.modality !== 'denied')
    .filter((edge) => stixIds.has(edge.source) && stixIds.has(edge.target))
    .map((edge) => sdoId('relationship', edge.id))
    .sort();
}

function describeEdge(edge: GraphJsonEdge, nodes: ReadonlyMap<string, GraphJsonNode>): string {
  const name = (id: string) => nodes.get(id)?.name ?? id;
  const claimants = edge.assertedBy.map(name);
  const by = claimants.length > 0 ? `, according to ${claimants.join(', ')}` : '';
  return `${name(edge.source)} ${edge.type} ${name(edge.target)} (${edge.modality}${by})`;
}

interface Timestamps {
  created: string;
  modified: string;
}

/** Earliest and latest publication date of the given documents, as STIX timestamps. */
function timestamps(
  documentIds: readonly string[],
  documents: ReadonlyMap<string, GraphJsonDocument>,
): Timestamps {
  const dates = documentIds
    .map((id) => stixTimestamp(documents.get(id)?.publishedAt))
    .filter((date): date is string => date !== undefined)
    .sort();
  return { created: dates[0] ?? STIX_EPOCH, modified: dates.at(-1) ?? STIX_EPOCH };
}

function stixTimestamp(date: string | undefined): string | undefined {
  if (date === undefined) return undefined;
  const time = Date.parse(date);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

function sdoId(type: string, name: string): string {
  return `${type}--${uuidv5(name, EVIGRAPH_STIX_NAMESPACE)}`;
}

/** JSON with sorted keys: what STIX hashes for an observable's id (RFC 8785 for these values). */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}
