import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LanguageTag } from '../../graph-schema/model.ts';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

/** The PART_OF lines of a text, "place -> region", and the places it names. */
function placesOf(text: string, lang: LanguageTag = 'fr'): { partOf: string[]; places: string[] } {
  const result = extractWithRules({ text, lang, sentences: splitSentences(text, lang) });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  return {
    partOf: result.relations
      .filter((relation) => relation.type === 'PART_OF')
      .map((relation) => `${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)}`)
      .sort(),
    places: result.entities
      .filter((entity) => entity.type === 'Location')
      .map((entity) => entity.name)
      .sort(),
  };
}

describe('places named inside a region', () => {
  test('"dans la région, notamment à A, B et C": every town of the list is part of the region', () => {
    const { partOf, places } = placesOf(
      'Une secousse a été ressentie hier dans la Bretagne, notamment à Quimper, Plouvenez et Kerlouan.',
    );
    assert.deepEqual(partOf, ['Kerlouan -> Bretagne', 'Plouvenez -> Bretagne', 'Quimper -> Bretagne']);
    assert.ok(places.includes('Plouvenez') && places.includes('Kerlouan'), places.join(', '));
  });

  test('"en Région, à A et à B": the opener may be repeated before each town', () => {
    const { partOf } = placesOf('Des ouvriers ont manifesté en Bretagne, à Vannes et à Lorient.');
    assert.deepEqual(partOf, ['Lorient -> Bretagne', 'Vannes -> Bretagne']);
  });

  test('"à Ville (Région)": the place in brackets right after a town holds it', () => {
    const { partOf } = placesOf('Une explosion a eu lieu à Lorient (Morbihan), hier soir.');
    assert.deepEqual(partOf, ['Lorient -> Morbihan']);
  });

  test('"à Ville, dans la Région,": the region after a town\'s comma holds it, when the phrase ends there', () => {
    assert.deepEqual(placesOf('Un incendie a éclaté à Plouvenez, dans le Finistère, hier soir.').partOf, [
      'Plouvenez -> Finistère',
    ]);
    assert.deepEqual(placesOf('Des grèves ont éclaté à Plouvenez, en Bretagne et en Normandie.').partOf, []);
    assert.deepEqual(placesOf('Un incendie a éclaté à Plouvenez, près de Brest, hier soir.').partOf, []);
  });

  test('towns listed after "à" are no region of one another', () => {
    assert.deepEqual(placesOf('Des grèves ont éclaté à Lyon, à Lille et à Nantes.').partOf, []);
    assert.deepEqual(placesOf('Des grèves ont éclaté en France, en Italie et en Espagne.').partOf, []);
  });

  test('a list after "à" that does not close its phrase types no name: "à Paris, Dupont et Durand ont"', () => {
    const { places } = placesOf('Hier à Paris, Dupont et Durand ont signé le contrat.');
    assert.deepEqual(places, ['Paris']);
  });

  test('English: "in Region, notably in A and B"', () => {
    const { partOf } = placesOf('Storms were felt in Texas, especially in Austin and Houston.', 'en');
    assert.deepEqual(partOf, ['Austin -> Texas', 'Houston -> Texas']);
  });
});
