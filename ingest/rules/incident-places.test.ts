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

describe('incidents in places', () => {
  test('a verb of happening places the incident named before it', () => {
    assert.deepEqual(placements('The intrusion into the county payroll system took place in Ohio.'), [
      'intrusion into the county payroll system -> Ohio',
    ]);
    assert.deepEqual(placements('The hack of the Quillon Bank occurred in Lisbon.'), [
      'Hack of Quillon Bank -> Lisbon',
    ]);
  });

  test('a place opening what there was places the incident after it', () => {
    assert.deepEqual(placements('Recently in Illinois there was an intrusion into the state voter rolls.'), [
      'intrusion into the state voter rolls -> Illinois',
    ]);
    assert.deepEqual(placements('En Bretagne, il y a eu une ingérence dans le scrutin régional.', 'fr'), [
      'ingérence dans le scrutin régional -> Bretagne',
    ]);
  });

  test('no incident, or a place that is no place of it, places nothing', () => {
    assert.deepEqual(placements('APT99 officials met in Oslo. The meeting took place in Paris.'), []);
    assert.deepEqual(placements('Norway said there was an intrusion into the harbour registry.'), []);
    assert.deepEqual(
      placements('Investigators from Norway found that there was an intrusion into the harbour registry.'),
      [],
    );
  });
});
