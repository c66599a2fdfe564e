import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import {
  DEFAULT_DATA_DIR,
  THREAT_ACTORS_PATH,
  generateThreatActors,
  serializeThreatActors,
} from '../../scripts/build-gazetteer.ts';
import { buildThreatActors } from './build-threat-actors.ts';
import { isContextOnlyAlias } from './context-only.ts';
import { loadGazetteer } from './index.ts';
import type { GazetteerEntry } from './types.ts';

const gazetteer = loadGazetteer();
const entry = (key: string): GazetteerEntry => {
  const found = gazetteer.byKey(key);
  assert.ok(found, `missing ${key}`);
  return found;
};
const names = (found: GazetteerEntry) => [found.name, ...found.aliases];

describe('generated threat actors', () => {
  test('the committed file is what the generator produces from ../shared/data', (t) => {
    if (!existsSync(DEFAULT_DATA_DIR)) {
      t.skip(`alias data not found at ${DEFAULT_DATA_DIR}`);
      return;
    }
    const expected = serializeThreatActors(generateThreatActors(DEFAULT_DATA_DIR));
    assert.ok(readFileSync(THREAT_ACTORS_PATH, 'utf8') === expected, 'run: node scripts/build-gazetteer.ts');
  });

  test('APT28 carries its vendors’ names under its ATT&CK id', () => {
    const apt28 = entry('mitre-attack:G0007');
    assert.equal(apt28.type, 'ThreatActor');
    assert.ok(apt28.externalIds.includes('mitre-attack:G0007'));
    for (const alias of ['Pawn Storm', 'Fancy Bear', 'Sofacy', 'STRONTIUM', 'Forest Blizzard', 'Sednit']) {
      assert.ok(names(apt28).includes(alias), alias);
    }
    assert.ok(apt28.aliases.includes('بون ستورم'), 'curated Arabic overlay');
  });

  test('revoked groups live on in their replacement; deprecated ones are gone', () => {
    assert.equal(gazetteer.byKey('mitre-attack:G0058'), undefined);
    const magicHound = entry('mitre-attack:G0059');
    assert.ok(magicHound.aliases.includes('Charming Kitten'));
    assert.ok(magicHound.externalIds.includes('mitre-attack:G0058'));
    assert.ok(entry('mitre-attack:G0049').aliases.includes('APT34'));
    assert.equal(gazetteer.byKey('mitre-attack:G0014'), undefined);
  });

  test('common-word aliases are kept but marked context-only', () => {
    const turla = entry('mitre-attack:G0010');
    assert.ok(turla.aliases.includes('Snake'));
    assert.ok(turla.contextOnly.includes('Snake'));
    assert.ok(!turla.contextOnly.includes('Turla'));
    const ticks = gazetteer.byName('Tick').filter((found) => found.type === 'ThreatActor');
    assert.ok(ticks.length > 0 && ticks.every((found) => found.contextOnly.includes('Tick')));
  });

  test('an overlay spelling that folds to an ordinary word is context-only too', () => {
    // "إلفين" (Elfin, APT33) folds to "ألفين", two thousand.
    const apt33 = entry('mitre-attack:G0064');
    assert.ok(apt33.aliases.includes('إلفين'));
    assert.ok(apt33.contextOnly.includes('إلفين'));
    assert.ok(!apt33.contextOnly.includes('APT33'));
  });

  test('a distinctive name belongs to one actor only', () => {
    const owners = new Map<string, string[]>();
    for (const found of gazetteer.entries.filter((e) => e.type === 'ThreatActor')) {
      const contextOnly = new Set(found.contextOnly);
      for (const name of names(found).filter((n) => !contextOnly.has(n) && !/[\u0600-\u06ff]/.test(n))) {
        const key = name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
        owners.set(key, [...(owners.get(key) ?? []), found.key]);
      }
    }
    const shared = [...owners].filter(([, keys]) => new Set(keys).size > 1);
    assert.deepEqual(shared, []);
  });
});

describe('buildThreatActors merging rules', () => {
  const base = {
    attackGroups: [
      {
        name: 'Alpha',
        attack_id: 'G9001',
        aliases: ['Alpha', 'Red Fox'],
        revoked: false,
        deprecated: false,
        revoked_by: null,
      },
      {
        name: 'Beta',
        attack_id: 'G9002',
        aliases: ['Beta', 'Mantis'],
        revoked: false,
        deprecated: false,
        revoked_by: null,
      },
    ],
    ordinaryWords: new Set(['mantis']),
    placeNames: new Set<string>(),
  };

  test('a shared ordinary word never merges two actors', () => {
    const built = buildThreatActors({
      ...base,
      mispClusters: [{ value: 'Gamma', uuid: 'u1', meta: { synonyms: ['Mantis'] } }],
      microsoftActors: [],
    });
    assert.deepEqual(
      built.entries.map((e) => e.key),
      ['misp:u1', 'mitre-attack:G9001', 'mitre-attack:G9002'],
    );
  });

  test('a shared distinctive name merges, and names of other actors are not taken', () => {
    const built = buildThreatActors({
      ...base,
      mispClusters: [{ value: 'Red Fox', uuid: 'u2', meta: { synonyms: ['Crimson Fox', 'Beta'] } }],
      microsoftActors: [{ 'Threat actor name': 'Amber Storm', 'Other names': 'Crimson Fox, Alpha' }],
    });
    assert.equal(built.entries.length, 2);
    const alpha = built.entries.find((e) => e.key === 'mitre-attack:G9001');
    assert.deepEqual(alpha?.aliases, ['Amber Storm', 'Crimson Fox', 'Red Fox']);
    assert.ok(alpha?.externalIds.includes('misp:u2'));
  });
});

describe('context-only rule', () => {
  const ordinary = new Set(['play', 'snake']);
  const places = new Set(['iran']);
  test('short bare acronyms, ordinary words and place names need context', () => {
    for (const alias of ['UPS', 'TA', 'Play', 'SNAKE', 'Iran'])
      assert.ok(isContextOnlyAlias(alias, ordinary, places), alias);
  });
  test('distinctive names and short names with digits do not', () => {
    for (const alias of ['APT3', 'Turla', 'Fancy Bear', 'TA505'])
      assert.ok(!isContextOnlyAlias(alias, ordinary, places), alias);
  });
});

describe('curated and country entries', () => {
  test('the states of the United States are places, but not the names first of a country or a city', () => {
    assert.deepEqual(entry('curated:region-illinois').aliases, ['إلينوي']);
    assert.ok(entry('curated:region-pennsylvania').aliases.includes('Pennsylvanie'));
    assert.equal(gazetteer.byKey('curated:region-georgia'), undefined);
    assert.equal(gazetteer.byKey('curated:region-washington'), undefined);
  });
  test('countries have ISO keys, names in three languages and demonyms', () => {
    const russia = entry('iso3166:RU');
    assert.equal(russia.type, 'Location');
    assert.equal(russia.name, 'Russia');
    for (const alias of ['Russie', 'روسيا']) assert.ok(russia.aliases.includes(alias), alias);
    for (const demonym of ['russe', 'russes', 'Russian', 'روسي', 'روسية'])
      assert.ok(russia.demonyms.includes(demonym), demonym);
    assert.ok(entry('iso3166:US').demonyms.includes('américaines'));
    // Countries the ISO tables name but give no adjective to: the curated list adds theirs.
    for (const demonym of ['Danish', 'danoise', 'دنماركية']) {
      assert.ok(entry('iso3166:DK').demonyms.includes(demonym), demonym);
    }
  });

  test('cities resolve their adjectives', () => {
    const newYork = entry('curated:city-new-york');
    assert.ok(newYork.demonyms.includes('new-yorkaise'));
    assert.ok(newYork.aliases.includes('نيويورك'));
  });

  test('organisations carry their own websites and their Arabic names', () => {
    assert.deepEqual(entry('curated:en-marche').domains, ['en-marche.fr', 'parti-renaissance.fr']);
    assert.deepEqual(entry('curated:twitter').domains, ['twitter.com', 'x.com']);
    assert.ok(entry('curated:gru').aliases.includes('مصلحة الاستخبارات العسكرية الروسية'));
    assert.ok(entry('curated:gru').aliases.includes('service russe de renseignement militaire'));
  });

  test('the French presidential campaign watchdog is one body under its usual French names', () => {
    for (const name of [
      'Commission nationale de contrôle de la campagne électorale',
      'Commission nationale de contrôle de la campagne présidentielle',
      'CNCCEP',
    ]) {
      assert.ok(
        gazetteer.byName(name).some((found) => found.key === 'curated:cnccep'),
        name,
      );
    }
  });

  test('every entry is well formed and keys are unique', () => {
    const keys = new Set<string>();
    for (const found of gazetteer.entries) {
      assert.ok(!keys.has(found.key), found.key);
      keys.add(found.key);
      assert.ok(found.name.trim().length > 0, found.key);
      assert.ok(!found.aliases.includes(found.name), `${found.key} repeats its name`);
      const all = new Set(names(found));
      for (const alias of found.contextOnly) assert.ok(all.has(alias), `${found.key}: ${alias}`);
    }
    assert.ok(gazetteer.entries.length > 1000);
  });

  test('looks names up folded', () => {
    assert.ok(gazetteer.byName('إيمانويل ماكرون').some((found) => found.key === 'curated:emmanuel-macron'));
    assert.ok(gazetteer.byName('fancy BEAR').some((found) => found.key === 'mitre-attack:G0007'));
  });
});
