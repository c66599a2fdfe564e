import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  FRENCH_PLACES_PATH,
  generateFrenchPlaces,
  serializeFrenchPlaces,
} from '../../scripts/build-french-places.ts';
import { buildFrenchPlaces, MIN_POPULATION } from './build-french-places.ts';
import { loadGazetteer } from './index.ts';

describe('generated French places', () => {
  test('the committed file is what the generator produces from the administrative division', () => {
    const expected = serializeFrenchPlaces(generateFrenchPlaces());
    assert.ok(
      readFileSync(FRENCH_PLACES_PATH, 'utf8') === expected,
      'run: node scripts/build-french-places.ts',
    );
  });

  test('departments keep their former names; towns are found under their INSEE code', () => {
    const gazetteer = loadGazetteer();
    const [cotes] = gazetteer.byName('Côtes-du-Nord');
    assert.equal(cotes?.name, "Côtes-d'Armor");
    assert.equal(cotes?.type, 'Location');
    assert.equal(gazetteer.byName('Morlaix')[0]?.key, 'insee:29151');
    assert.equal(gazetteer.byName('Havre')[0]?.name, 'Le Havre', '"au Havre" drops the article');
  });

  test('a name goes to the larger place; short, ambiguous and taken names are left out', () => {
    const places = buildFrenchPlaces({
      regions: [],
      departments: [{ code: '99', nom: 'Montagne' }],
      communes: [
        { code: '1', nom: 'Villebourg', type: 'commune-actuelle', population: MIN_POPULATION },
        { code: '2', nom: 'Villebourg', type: 'commune-actuelle', population: MIN_POPULATION * 4 },
        { code: '3', nom: 'Petitbourg', type: 'commune-actuelle', population: MIN_POPULATION - 1 },
        { code: '4', nom: 'Orange', type: 'commune-actuelle', population: MIN_POPULATION * 9 },
        { code: '5', nom: 'Eu', type: 'commune-actuelle', population: MIN_POPULATION * 2 },
        { code: '6', nom: 'Paris', type: 'commune-actuelle', population: MIN_POPULATION * 9 },
        { code: '7', nom: 'Montagne', type: 'commune-actuelle', population: MIN_POPULATION * 9 },
      ],
      taken: new Set(['paris']),
    });
    assert.deepEqual(
      places.map((place) => [place.key, place.name]),
      [
        ['insee-departement:99', 'Montagne'],
        ['insee:2', 'Villebourg'],
      ],
    );
  });
});
