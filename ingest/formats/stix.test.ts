/**
 * STIX bundles read as known entities and stated relations: types through graph-schema's STIX
 * names, aliases and ATT&CK ids kept, evidence that is exactly the relationship object in the
 * bundle's text, claimants from created_by_ref, what the schema does not allow skipped and
 * counted, malformed objects named while the rest lands. The bundle is our own.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { entityId } from '../../graph-schema/model.ts';
import { ingestDocument } from '../pipeline.ts';
import { readSources } from '../read.ts';
import { IngestError, type RawDocument } from '../types.ts';
import {
  importStixBundle,
  knownNamesOfBundle,
  STIX_MEDIA_TYPE,
  STIX_SOURCE,
  stixRawDocument,
} from './stix.ts';
import { bundleObjectSpans } from './stix-spans.ts';

const IDS = {
  author: 'identity--0a6b1c1e-1111-4c1e-9d55-000000000001',
  heron: 'intrusion-set--0a6b1c1e-1111-4c1e-9d55-000000000002',
  apt28: 'intrusion-set--0a6b1c1e-1111-4c1e-9d55-000000000003',
  ministry: 'identity--0a6b1c1e-1111-4c1e-9d55-000000000004',
  analyst: 'identity--0a6b1c1e-1111-4c1e-9d55-000000000005',
  quill: 'malware--0a6b1c1e-1111-4c1e-9d55-000000000006',
  scraper: 'tool--0a6b1c1e-1111-4c1e-9d55-000000000007',
  france: 'location--0a6b1c1e-1111-4c1e-9d55-000000000008',
  operation: 'campaign--0a6b1c1e-1111-4c1e-9d55-000000000009',
  domain: 'indicator--0a6b1c1e-1111-4c1e-9d55-00000000000a',
  address: 'ipv4-addr--0a6b1c1e-1111-4c1e-9d55-00000000000b',
  technique: 'attack-pattern--0a6b1c1e-1111-4c1e-9d55-00000000000c',
};

const common = {
  spec_version: '2.1',
  created: '2024-01-02T00:00:00.000Z',
  modified: '2024-01-02T00:00:00.000Z',
};
const relationship = (n: number, type: string, source: string, target: string, extra = {}) => ({
  type: 'relationship',
  id: `relationship--0a6b1c1e-2222-4c1e-9d55-${String(n).padStart(12, '0')}`,
  ...common,
  relationship_type: type,
  source_ref: source,
  target_ref: target,
  ...extra,
});

const OBJECTS = [
  { type: 'identity', id: IDS.author, ...common, name: 'Vigie Labs', identity_class: 'organization' },
  {
    type: 'intrusion-set',
    id: IDS.heron,
    ...common,
    name: 'Grey Heron',
    aliases: ['Grey Heron', 'Heron Unit Nine'],
    x_mitre_aliases: ['Ash Wader'],
  },
  {
    type: 'threat-actor',
    id: IDS.apt28,
    ...common,
    name: 'APT28',
    aliases: ['Fancy Bear Alt'],
    external_references: [
      { source_name: 'mitre-attack', external_id: 'G0007', url: 'https://attack.mitre.org/groups/G0007/' },
      { source_name: 'some-blog', external_id: 'post-12' },
    ],
  },
  {
    type: 'identity',
    id: IDS.ministry,
    ...common,
    name: 'Ministry of Harbours',
    identity_class: 'organization',
  },
  { type: 'identity', id: IDS.analyst, ...common, name: 'Lea Marchetti', identity_class: 'individual' },
  { type: 'malware', id: IDS.quill, ...common, name: 'QuillDrop', is_family: true },
  { type: 'tool', id: IDS.scraper, ...common, name: 'NetScraper' },
  { type: 'location', id: IDS.france, ...common, country: 'fr' },
  { type: 'campaign', id: IDS.operation, ...common, name: 'Operation Low Tide' },
  {
    type: 'indicator',
    id: IDS.domain,
    ...common,
    pattern: "[domain-name:value = 'harbour-login.example']",
    pattern_type: 'stix',
    valid_from: '2024-01-02T00:00:00Z',
  },
  { type: 'ipv4-addr', id: IDS.address, spec_version: '2.1', value: '198.51.100.7' },
  { type: 'attack-pattern', id: IDS.technique, ...common, name: 'Spearphishing' },
  relationship(1, 'attributed-to', IDS.operation, IDS.heron, { created_by_ref: IDS.author, confidence: 70 }),
  relationship(2, 'uses', IDS.heron, IDS.quill),
  relationship(3, 'targets', IDS.apt28, IDS.ministry),
  relationship(4, 'uses', IDS.apt28, IDS.technique),
  relationship(5, 'related-to', IDS.analyst, IDS.ministry),
  relationship(6, 'uses', IDS.france, IDS.quill),
  relationship(7, 'uses', IDS.heron, 'malware--0a6b1c1e-1111-4c1e-9d55-0000000000ff'),
  relationship(8, 'uses', IDS.heron, IDS.domain),
  relationship(9, 'located-at', IDS.ministry, IDS.france),
  relationship(10, 'uses', IDS.heron, IDS.scraper),
  {
    type: 'relationship',
    id: 'relationship--0a6b1c1e-2222-4c1e-9d55-0000000000aa',
    ...common,
    relationship_type: 'uses',
    source_ref: IDS.heron,
  },
  { type: 'malware', ...common, name: 'No Id' },
  {
    type: 'indicator',
    id: 'indicator--0a6b1c1e-1111-4c1e-9d55-0000000000d1',
    ...common,
    pattern: "[mac-addr:value = 'd2:fb:49:24:37:18']",
    pattern_type: 'stix',
  },
  {
    type: 'indicator',
    id: 'indicator--0a6b1c1e-1111-4c1e-9d55-0000000000d2',
    ...common,
    pattern: "[domain-name:value = 'a.example'] OR [domain-name:value = 'b.example']",
    pattern_type: 'stix',
  },
];

/** Indented as platforms write them, with an escaped character to keep the offsets honest. */
const BUNDLE = JSON.stringify(
  {
    type: 'bundle',
    id: 'bundle--0a6b1c1e-3333-4c1e-9d55-000000000001',
    objects: OBJECTS,
    note: 'caf\u00e9 "x"',
  },
  null,
  2,
);

function imported() {
  return ingestDocument(stixRawDocument('platform/export.json', BUNDLE));
}

function nodeNamed(name: string) {
  const entity = imported().batch.entities.find((candidate) => candidate.name === name);
  assert.ok(entity, `no entity named ${name}`);
  return entity;
}

describe('STIX bundle import', () => {
  test('objects become entities of the types graph-schema names for them', () => {
    const types = Object.fromEntries(imported().batch.entities.map((entity) => [entity.name, entity.type]));
    assert.deepEqual(types, {
      'Vigie Labs': 'Organization',
      'Grey Heron': 'ThreatActor',
      APT28: 'ThreatActor',
      'Ministry of Harbours': 'Organization',
      'Lea Marchetti': 'Person',
      QuillDrop: 'Malware',
      NetScraper: 'Malware',
      France: 'Location',
      'Operation Low Tide': 'Event',
      'harbour-login.example': 'Domain',
      '198.51.100.7': 'IpAddress',
    });
  });

  test('aliases from every alias property, and ATT&CK ids as external ids that meet the gazetteer', () => {
    assert.deepEqual(nodeNamed('Grey Heron').aliases, ['Ash Wader', 'Grey Heron', 'Heron Unit Nine']);
    const apt28 = nodeNamed('APT28');
    assert.ok(apt28.externalIds.includes('mitre-attack:G0007'));
    assert.ok(!apt28.externalIds.some((id) => id.startsWith('some-blog')), 'a blog post is no identifier');
    // The same node the rules make for APT28 in any text.
    assert.equal(apt28.id, entityId('ThreatActor', 'mitre-attack:G0007'));
    // A place given by its code alone is named as the gazetteer names the country.
    assert.deepEqual(nodeNamed('France').externalIds, ['iso3166:FR']);
    assert.equal(nodeNamed('France').id, entityId('Location', 'iso3166:FR'));
  });

  test('relationships become relations whose evidence is exactly the relationship object', () => {
    const { batch, document } = imported();
    const name = new Map(batch.entities.map((entity) => [entity.id, entity.name]));
    const relations = batch.relations.map(
      (relation) => `${name.get(relation.source)} ${relation.type} ${name.get(relation.target)}`,
    );
    assert.deepEqual(
      relations.sort(),
      [
        'Grey Heron USES NetScraper',
        'Grey Heron USES QuillDrop',
        'Grey Heron USES harbour-login.example',
        'Ministry of Harbours LOCATED_IN France',
        'Operation Low Tide ATTRIBUTED_TO Grey Heron',
        'APT28 TARGETED Ministry of Harbours',
      ].sort(),
    );
    for (const relation of batch.relations) {
      assert.equal(relation.modality, 'asserted');
      for (const piece of relation.evidence) {
        assert.equal(document.text.slice(piece.start, piece.end), piece.text);
        const object = JSON.parse(piece.text) as { type: string; source_ref: string };
        assert.equal(object.type, 'relationship');
      }
    }
    const attribution = batch.relations.find((relation) => relation.type === 'ATTRIBUTED_TO');
    assert.deepEqual(attribution?.evidence[0]?.assertedBy, [nodeNamed('Vigie Labs').id]);
    assert.equal(attribution?.evidence[0]?.confidence, 0.7);
  });

  test('each entity is mentioned at its name inside its own object', () => {
    const { batch, document } = imported();
    for (const mention of batch.mentions)
      assert.equal(document.text.slice(mention.start, mention.end), mention.surface);
    const heron = nodeNamed('Grey Heron');
    const mention = batch.mentions.find((candidate) => candidate.entityId === heron.id);
    assert.equal(mention?.surface, 'Grey Heron');
  });

  test('the bundle is the document: its text as written, marked as a bundle, read by no extractor', () => {
    const result = imported();
    assert.equal(result.document.text, BUNDLE);
    assert.equal(result.document.source, STIX_SOURCE);
    assert.equal(result.document.title, 'STIX bundle bundle--0a6b1c1e-3333-4c1e-9d55-000000000001');
    assert.equal(result.extractor, 'stix');
  });

  test('what the schema does not allow is skipped and counted; malformed objects are named', () => {
    const { warnings } = imported();
    const skipped = warnings.find((warning) => warning.startsWith('skipped'));
    assert.ok(skipped, warnings.join('\n'));
    assert.match(skipped, /^skipped 4 relationship\(s\)/);
    assert.match(skipped, /1 an end with no entity type \(attack-pattern\)/);
    assert.match(skipped, /1 ambiguous: related-to from Person to Organization/);
    assert.match(skipped, /1 not allowed: uses from Location to Malware/);
    assert.match(skipped, /1 an end not in the bundle/);
    assert.ok(
      warnings.includes(
        'left out 3 object(s) with no entity type: 1 attack-pattern; 1 indicator (of mac-addr); 1 indicator (pattern other than one value)',
      ),
      warnings.join('\n'),
    );
    assert.ok(
      warnings.some((warning) =>
        /relationship--0a6b1c1e-2222-4c1e-9d55-0000000000aa\) needs a source_ref and a target_ref/.test(
          warning,
        ),
      ),
    );
    assert.ok(warnings.some((warning) => /^object 24 is not a STIX object/.test(warning)));
  });

  test('the same bundle always gives the same batch', () => {
    assert.deepEqual(imported().batch, imported().batch);
  });

  test('our own modality and relation type are kept when the bundle carries them', () => {
    const bundle = JSON.stringify({
      type: 'bundle',
      id: 'bundle--1',
      objects: [
        OBJECTS[3],
        {
          type: 'identity',
          id: 'identity--0a6b1c1e-1111-4c1e-9d55-0000000000c1',
          ...common,
          name: 'Harbour Union',
          identity_class: 'organization',
        },
        relationship(1, 'related-to', 'identity--0a6b1c1e-1111-4c1e-9d55-0000000000c1', IDS.ministry, {
          x_evigraph_relation_type: 'DENIES',
          x_evigraph_modality: 'denied',
        }),
      ],
    });
    const [relation] = ingestDocument(stixRawDocument('b.json', bundle)).batch.relations;
    assert.equal(relation?.type, 'DENIES');
    assert.equal(relation?.modality, 'denied');
  });

  test('what is not a bundle is refused with the reason', () => {
    assert.throws(
      () => importStixBundle('x.json', '{"type": "bundle", "objects": 3}'),
      (error: unknown) => error instanceof IngestError && /"objects" is not an array/.test(error.message),
    );
    assert.throws(
      () =>
        ingestDocument({
          uri: 'y.json',
          bytes: new TextEncoder().encode('plain words'),
          mediaType: STIX_MEDIA_TYPE,
        }),
      (error: unknown) => error instanceof IngestError && error.code === 'malformed',
    );
  });

  test('the names a bundle teaches carry the keys of the nodes it made', () => {
    const known = knownNamesOfBundle('platform/export.json', BUNDLE);
    const heron = known.find((name) => name.name === 'Grey Heron');
    assert.ok(heron);
    assert.equal(entityId(heron.type, heron.key), nodeNamed('Grey Heron').id);
    assert.ok(heron.aliases.includes('Heron Unit Nine'));
  });
});

const ATTACK_GROUPS = join(import.meta.dirname, '..', '..', '..', 'shared', 'data', 'attack-groups.json');

interface AttackGroup {
  id: string;
  attack_id: string;
  name: string;
  aliases: string[];
  modified: string;
  revoked: boolean;
  deprecated: boolean;
}

describe(
  'ATT&CK intrusion sets as a bundle',
  {
    skip: existsSync(ATTACK_GROUPS) ? false : `no ATT&CK group list at ${ATTACK_GROUPS}`,
  },
  () => {
    test('every current group lands on the node the gazetteer and the rules give it', () => {
      const groups = (JSON.parse(readFileSync(ATTACK_GROUPS, 'utf8')) as { intrusion_sets: AttackGroup[] })
        .intrusion_sets;
      const objects = groups.map((group) => ({
        type: 'intrusion-set',
        spec_version: '2.1',
        id: group.id,
        created: group.modified,
        modified: group.modified,
        name: group.name,
        aliases: group.aliases,
        revoked: group.revoked,
        external_references: [{ source_name: 'mitre-attack', external_id: group.attack_id }],
      }));
      const text = JSON.stringify({ type: 'bundle', id: 'bundle--attack', objects });
      const { batch, warnings } = ingestDocument(stixRawDocument('attack.json', text));
      const ids = new Set(batch.entities.map((entity) => entity.id));
      const current = groups.filter((group) => !group.revoked && !group.deprecated);
      assert.ok(current.length > 100);
      const missed = current.filter(
        (group) => !ids.has(entityId('ThreatActor', `mitre-attack:${group.attack_id}`)),
      );
      assert.deepEqual(
        missed.map((group) => group.attack_id),
        [],
      );
      const revoked = groups.filter((group) => group.revoked).length;
      assert.ok(
        warnings.includes(
          `left out ${revoked} object(s) with no entity type: ${revoked} intrusion-set (revoked)`,
        ),
      );
    });
  },
);

describe('bundle detection by content', () => {
  test('a JSON file holding a bundle is a bundle, whatever its name; records stay records', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'evigraph-stix-'));
    try {
      writeFileSync(join(dir, 'platform-export.json'), `\ufeff${BUNDLE}`);
      writeFileSync(join(dir, 'bundle.json'), JSON.stringify({ text: 'A bundle of words.' }));
      const items: Array<RawDocument | IngestError> = [];
      for await (const item of readSources([dir])) items.push(item);
      const byName = new Map(items.map((item) => [item.uri.slice(dir.length + 1), item]));
      const bundle = byName.get('platform-export.json') as RawDocument;
      assert.equal(bundle.mediaType, STIX_MEDIA_TYPE);
      assert.equal(new TextDecoder().decode(bundle.bytes), BUNDLE);
      assert.equal((byName.get('bundle.json') as RawDocument).mediaType, 'text/plain');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('bundleObjectSpans', () => {
  test('finds each object, past escapes, nesting and keys in any order', () => {
    const objects = [{ a: 'x"}]', b: [{ c: '\\' }] }, { d: 1 }, 'text', [1, [2]]];
    const text = `{ "id" : "b\\"{", "nested": {"objects": [0]},\n "objects" :[ ${objects.map((o) => JSON.stringify(o)).join(' ,\n ')} ] , "z": null }`;
    const spans = bundleObjectSpans(text);
    assert.deepEqual(
      spans.map((span) => JSON.parse(text.slice(span.start, span.end))),
      objects,
    );
  });

  test('no objects array, no spans', () => {
    assert.deepEqual(bundleObjectSpans('{"type": "bundle"}'), []);
    assert.deepEqual(bundleObjectSpans('[1, 2]'), []);
  });
});
