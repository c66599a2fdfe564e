/**
 * The STIX 2.1 export on a real graph (the sample corpus through the pipeline into a real
 * embedded store): every object checked against the requirements STIX 2.1 states for its type,
 * every reference resolved, and the bundle read back into the graph it came from.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import type { GraphJson } from '../../graph-schema/graph-json.ts';
import { ingestDocument } from '../../ingest/pipeline.ts';
import type { MediaType } from '../../ingest/types.ts';
import { openStore } from '../../store/open.ts';
import { buildStixBundle, toStix, type StixObject } from './stix.ts';

const SAMPLES = join(import.meta.dirname, '..', '..', 'data', 'samples');
const MEDIA_TYPES: Record<string, MediaType> = {
  '.txt': 'text/plain',
  '.html': 'text/html',
  '.md': 'text/markdown',
};

// What STIX 2.1 defines for the objects this export writes: the common properties of its
// objects, then each type's own (facts from the specification, sections 3, 4, 5 and 6).
const COMMON = [
  'type',
  'spec_version',
  'id',
  'created',
  'modified',
  'created_by_ref',
  'external_references',
  'lang',
  'confidence',
  'labels',
  'revoked',
  'object_marking_refs',
  'granular_markings',
  'extensions',
];
const OWN_PROPERTIES: Record<string, string[]> = {
  'intrusion-set': [
    'name',
    'description',
    'aliases',
    'first_seen',
    'last_seen',
    'goals',
    'resource_level',
    'primary_motivation',
    'secondary_motivations',
  ],
  identity: ['name', 'description', 'roles', 'identity_class', 'sectors', 'contact_information'],
  location: [
    'name',
    'description',
    'latitude',
    'longitude',
    'precision',
    'region',
    'country',
    'administrative_area',
    'city',
    'street_address',
    'postal_code',
  ],
  campaign: ['name', 'description', 'aliases', 'first_seen', 'last_seen', 'objective'],
  malware: [
    'name',
    'description',
    'malware_types',
    'is_family',
    'aliases',
    'kill_chain_phases',
    'first_seen',
    'last_seen',
    'operating_system_refs',
    'architecture_execution_envs',
    'implementation_languages',
    'capabilities',
    'sample_refs',
  ],
  vulnerability: ['name', 'description'],
  relationship: ['relationship_type', 'description', 'source_ref', 'target_ref', 'start_time', 'stop_time'],
  note: ['abstract', 'content', 'authors', 'object_refs'],
  opinion: ['explanation', 'authors', 'opinion', 'object_refs'],
  'domain-name': ['value', 'resolves_to_refs', 'defanged'],
  url: ['value', 'defanged'],
  'email-addr': ['value', 'display_name', 'belongs_to_ref', 'defanged'],
  'ipv4-addr': ['value', 'resolves_to_refs', 'belongs_to_refs', 'defanged'],
  'ipv6-addr': ['value', 'resolves_to_refs', 'belongs_to_refs', 'defanged'],
  file: ['hashes', 'size', 'name', 'name_enc', 'magic_number_hex', 'mime_type', 'defanged'],
  'user-account': ['user_id', 'credential', 'account_login', 'account_type', 'display_name', 'defanged'],
};
const OBSERVABLES = new Set([
  'domain-name',
  'url',
  'email-addr',
  'ipv4-addr',
  'ipv6-addr',
  'file',
  'user-account',
]);
const OPINIONS = new Set(['strongly-disagree', 'disagree', 'neutral', 'agree', 'strongly-agree']);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** Every STIX 2.1 requirement that applies to `object`, as a list of broken ones. */
function violations(object: StixObject, byId: ReadonlyMap<string, StixObject>): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(`${object.id}: ${message}`);
  const own = OWN_PROPERTIES[object.type];
  if (own === undefined) return [`${object.id}: type ${object.type} is not one this export may write`];
  const [type, uuid] = object.id.split('--');
  if (type !== object.type || uuid === undefined || !UUID.test(uuid)) fail('id is not TYPE--UUID');
  if (object.spec_version !== '2.1') fail('spec_version is not 2.1');
  for (const key of Object.keys(object))
    if (!COMMON.includes(key) && !own.includes(key) && !/^x_evigraph_[a-z0-9_]+$/.test(key))
      fail(`unknown property ${key}`);
  if (!OBSERVABLES.has(object.type)) {
    for (const key of ['created', 'modified'])
      if (typeof object[key] !== 'string' || !TIMESTAMP.test(object[key] as string))
        fail(`${key} is no timestamp`);
    if (String(object.modified) < String(object.created)) fail('modified before created');
  }
  if ('confidence' in object) {
    const confidence = object.confidence;
    if (!Number.isInteger(confidence) || (confidence as number) < 0 || (confidence as number) > 100)
      fail('confidence outside 0..100');
  }
  for (const reference of (object.external_references ?? []) as Record<string, unknown>[]) {
    if (typeof reference.source_name !== 'string' || reference.source_name === '')
      fail('reference without source_name');
    if (!['description', 'url', 'external_id'].some((key) => typeof reference[key] === 'string'))
      fail('reference with neither description, url nor external_id');
  }
  const resolves = (reference: unknown, types?: string[]) => {
    const target = typeof reference === 'string' ? byId.get(reference) : undefined;
    if (target === undefined) fail(`reference ${String(reference)} not in the bundle`);
    else if (types !== undefined && !types.includes(target.type)) fail(`reference to a ${target.type}`);
  };
  if ('created_by_ref' in object) resolves(object.created_by_ref, ['identity']);
  const nonEmpty = (key: string) => typeof object[key] === 'string' && (object[key] as string).length > 0;
  switch (object.type) {
    case 'intrusion-set':
    case 'identity':
    case 'campaign':
    case 'vulnerability':
      if (!nonEmpty('name')) fail('no name');
      break;
    case 'malware':
      if (typeof object.is_family !== 'boolean') fail('is_family missing');
      if (object.is_family === true && !nonEmpty('name')) fail('a family needs a name');
      break;
    case 'location':
      if (!nonEmpty('region') && !nonEmpty('country') && !('latitude' in object && 'longitude' in object))
        fail('a location needs region, country or coordinates');
      break;
    case 'relationship':
      if (!/^[a-z0-9-]+$/.test(String(object.relationship_type)))
        fail('relationship_type not lowercase-hyphen');
      resolves(object.source_ref);
      resolves(object.target_ref);
      break;
    case 'note':
    case 'opinion':
      if (object.type === 'note' && !nonEmpty('content')) fail('a note needs content');
      if (object.type === 'opinion' && !OPINIONS.has(String(object.opinion)))
        fail('opinion outside its enumeration');
      if (!Array.isArray(object.object_refs) || object.object_refs.length === 0) fail('object_refs empty');
      for (const reference of (object.object_refs ?? []) as unknown[]) resolves(reference);
      break;
    case 'file':
      if (typeof object.hashes !== 'object' && !nonEmpty('name')) fail('a file needs hashes or a name');
      break;
    default:
      if (OBSERVABLES.has(object.type) && object.type !== 'user-account' && !nonEmpty('value'))
        fail('no value');
  }
  return problems;
}

const directory = mkdtempSync(join(tmpdir(), 'evigraph-stix-'));
let graph: GraphJson;

before(async () => {
  const store = await openStore(`kuzu:${join(directory, 'store')}`);
  try {
    for (const lang of ['ar', 'fr', 'en'])
      for (const file of readdirSync(join(SAMPLES, lang)).sort()) {
        const mediaType = MEDIA_TYPES[extname(file)];
        if (mediaType === undefined) continue;
        const path = join(SAMPLES, lang, file);
        await store.writeBatch(ingestDocument({ uri: path, bytes: readFileSync(path), mediaType }).batch);
      }
    graph = await store.exportGraph();
  } finally {
    await store.close();
  }
});
after(() => rmSync(directory, { recursive: true, force: true }));

describe('STIX 2.1 export', () => {
  test('every object meets the requirements of its type and every reference resolves', () => {
    const bundle = buildStixBundle(graph);
    assert.equal(bundle.type, 'bundle');
    assert.match(bundle.id, /^bundle--/);
    const byId = new Map(bundle.objects.map((object) => [object.id, object]));
    assert.equal(byId.size, bundle.objects.length, 'ids are unique');
    const problems = bundle.objects.flatMap((object) => violations(object, byId));
    assert.deepEqual(problems, []);
    const types = new Set(bundle.objects.map((object) => object.type));
    for (const expected of [
      'intrusion-set',
      'identity',
      'location',
      'campaign',
      'malware',
      'relationship',
      'note',
      'opinion',
      'domain-name',
    ])
      assert.ok(types.has(expected), `the samples give a ${expected}`);
  });

  test('reads back into the graph it came from: entities, relations, modality, claimants, evidence', () => {
    const bundle = buildStixBundle(graph);
    const entityOf = new Map(
      bundle.objects
        .filter((object) => typeof object.x_evigraph_entity_id === 'string')
        .map((object) => [object.id, String(object.x_evigraph_entity_id)]),
    );
    const exportable = new Set(graph.nodes.filter((node) => node.type !== 'Hashtag').map((node) => node.id));
    assert.deepEqual(new Set(entityOf.values()), exportable);
    const relationships = bundle.objects.filter((object) => object.type === 'relationship');
    const readBack = relationships
      .map((object) =>
        [
          object.x_evigraph_relation_type,
          entityOf.get(String(object.source_ref)),
          entityOf.get(String(object.target_ref)),
          object.x_evigraph_modality,
          object.confidence,
        ].join(' '),
      )
      .sort();
    const expected = graph.edges
      .filter((edge) => exportable.has(edge.source) && exportable.has(edge.target))
      .map((edge) =>
        [edge.type, edge.source, edge.target, edge.modality, Math.round(edge.confidence * 100)].join(' '),
      )
      .sort();
    assert.deepEqual(readBack, expected);

    const notes = bundle.objects.filter(
      (object) => object.type === 'note' && String(object.abstract).startsWith('Evidence'),
    );
    const evidence = graph.edges
      .filter((edge) => exportable.has(edge.source) && exportable.has(edge.target))
      .flatMap((edge) => edge.evidence);
    assert.deepEqual(notes.map((note) => note.content).sort(), evidence.map((piece) => piece.text).sort());

    const byId = new Map(bundle.objects.map((object) => [object.id, object]));
    for (const relationship of relationships) {
      const edge = graph.edges.find(
        (candidate) =>
          candidate.type === relationship.x_evigraph_relation_type &&
          candidate.source === entityOf.get(String(relationship.source_ref)) &&
          candidate.target === entityOf.get(String(relationship.target_ref)) &&
          candidate.modality === relationship.x_evigraph_modality,
      );
      assert.ok(edge);
      const claimantNames = edge.assertedBy.map((id) => graph.nodes.find((node) => node.id === id)?.name);
      assert.deepEqual(relationship.x_evigraph_asserted_by, claimantNames);
      if (edge.assertedBy.length === 1)
        assert.equal((byId.get(String(relationship.created_by_ref)) as StixObject).name, claimantNames[0]);
      if (edge.assertedBy.length > 1) {
        const authors = bundle.objects.filter(
          (object) =>
            object.type === 'note' &&
            Array.isArray(object.object_refs) &&
            object.object_refs.includes(relationship.id) &&
            String(object.abstract).startsWith('Claim'),
        );
        assert.deepEqual(
          authors.map((note) => (byId.get(String(note.created_by_ref)) as StixObject).name).sort(),
          [...claimantNames].sort(),
        );
      }
    }
  });

  test('denials are opinions of disagreement by the denier, never plain facts', () => {
    const bundle = buildStixBundle(graph);
    const denials = graph.edges.filter((edge) => edge.modality === 'denied');
    assert.ok(denials.length > 0, 'the samples hold denials');
    const opinions = bundle.objects.filter((object) => object.type === 'opinion');
    assert.equal(opinions.length, denials.length);
    for (const opinion of opinions) assert.equal(opinion.opinion, 'disagree');
    for (const relationship of bundle.objects.filter((object) => object.type === 'relationship'))
      assert.ok(
        typeof relationship.x_evigraph_modality === 'string',
        `${relationship.id} says how it is claimed`,
      );
  });

  test('ATT&CK ids and source documents are external references', () => {
    const bundle = buildStixBundle(graph);
    const apt28 = bundle.objects.find((object) => object.type === 'intrusion-set' && object.name === 'APT28');
    assert.ok(apt28, 'APT28 is an intrusion set');
    assert.deepEqual(
      (apt28.external_references as Record<string, string>[]).find(
        (reference) => reference.source_name === 'mitre-attack',
      ),
      {
        source_name: 'mitre-attack',
        external_id: 'G0007',
        url: 'https://attack.mitre.org/groups/G0007/',
      },
    );
    const documentIds = new Set(graph.documents.map((document) => document.id));
    for (const note of bundle.objects.filter(
      (object) => object.type === 'note' && String(object.abstract).startsWith('Evidence'),
    )) {
      const [reference] = note.external_references as Record<string, string>[];
      assert.ok(
        reference !== undefined && documentIds.has(reference.external_id ?? ''),
        'an evidence note names its document',
      );
    }
  });

  test('the same graph in any order gives the same bundle, byte for byte', () => {
    const reversed: GraphJson = {
      documents: [...graph.documents].reverse(),
      nodes: [...graph.nodes].reverse(),
      edges: [...graph.edges].reverse(),
    };
    assert.equal(toStix(reversed), toStix(graph));
  });

  test('an empty graph is an empty bundle', () => {
    const bundle = buildStixBundle({ documents: [], nodes: [], edges: [] });
    assert.deepEqual(bundle.objects, []);
  });
});
