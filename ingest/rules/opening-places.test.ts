import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

function placements(text: string, lang: 'en' | 'fr' = 'en'): string[] {
  const result = extractWithRules({ text, lang, sentences: splitSentences(text, lang) });
  const name = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  return result.relations
    .filter((relation) => relation.type === 'LOCATED_IN')
    .map((relation) => `${name.get(relation.source)} -> ${name.get(relation.target)}`);
}

describe('bodies in the place a sentence opens on', () => {
  test('a body named in a sentence or a clause that opens on a place is in that place', () => {
    assert.deepEqual(placements('In Norway, the Harbour Data Commission reported two breaches.'), [
      'Harbour Data Commission -> Norway',
    ]);
    assert.deepEqual(
      placements(
        'Recall that in Ukraine, days before the vote, the servers of the Central Polling Commission were hit.',
      ),
      ['Central Polling Commission -> Ukraine'],
    );
    assert.deepEqual(placements('En Norvège, la Commission des données portuaires a publié un avis.', 'fr'), [
      'Commission des données portuaires -> Norway',
    ]);
  });

  test('a body with a place of its own, a known one, one "from" elsewhere or a second place: nothing', () => {
    assert.deepEqual(placements('In Ukraine, the European Commission sent experts.'), []);
    assert.deepEqual(placements('In Ukraine, the FBI sent experts.'), []);
    assert.deepEqual(placements('In Ukraine, investigators from the Harbour Bureau of Inquiry helped.'), []);
    assert.deepEqual(
      placements('En Norvège, des enquêteurs venus de la Commission des données portuaires ont aidé.', 'fr'),
      [],
    );
    assert.deepEqual(
      placements("En Norvège, un avis de la part de l'Agence nationale des réseaux a circulé.", 'fr'),
      [],
    );
    assert.deepEqual(placements('In Ukraine, the Harbour Data Commission of Poland was hit.'), []);
    assert.deepEqual(placements('In Ukraine, Quillsoft Labs was hit.'), []);
  });
});
