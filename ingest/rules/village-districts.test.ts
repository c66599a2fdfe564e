/**
 * A village and the district after its name (./village-districts.ts), in our own sentences: each
 * way of writing the district, and what must place nothing.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

/** The PART_OF edges of an Arabic text, as "source -> target modality"; one relation found twice is one edge. */
function partsOf(text: string): string[] {
  const result = extractWithRules({ text, lang: 'ar', sentences: splitSentences(text, 'ar') });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  const edges = result.relations
    .filter((relation) => relation.type === 'PART_OF')
    .map(
      (relation) => `${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)} ${relation.modality}`,
    );
  return [...new Set(edges)];
}

describe('a village and its district', () => {
  for (const [written, text] of [
    ['after a comma and "لواء"', 'صور من قرية الزيتون، لواء بيسان.'],
    ['after a slash and "قضاء"', 'صورة قديمة من قرية الزيتون / قضاء بيسان.'],
    ['after a dash', 'صورة لكنيسة في قرية الزيتون - بيسان.'],
    ['after "في مدينة"', 'تبليغ ولادة في قرية الزيتون في مدينة بيسان عام 1930.'],
    ['right after the village, in a place phrase', 'بناء مدرسة في قرية الزيتون مدينة بيسان بتاريخ أمس.'],
  ] as const) {
    test(`the district ${written} holds the village`, () => {
      assert.deepEqual(partsOf(text), ["الزيتون -> Beit She'an asserted"]);
    });
  }

  test('a state after the village name is no part of it: "قرية التلة المدمرة"', () => {
    assert.deepEqual(partsOf('صورة قديمة من قرية التلة المدمرة / قضاء مدينة بيسان.'), [
      "التلة -> Beit She'an asserted",
    ]);
  });

  test('a direction between the names places nothing: "north of"', () => {
    assert.deepEqual(partsOf('زار الوفد قرية الزيتون شمال مدينة بيسان.'), []);
  });

  test('a camp after a slash is where the refugees of the village live, not its district', () => {
    assert.deepEqual(partsOf('حديث مع السيدة سلمى من قرية الزيتون / مخيم بلاطة.'), []);
  });

  test('a list of places that goes on places nothing', () => {
    assert.deepEqual(partsOf('زار الوفد قرية الزيتون، مدينة بيسان، ومخيم بلاطة.'), []);
  });

  test('without a separator, after a verb, the second name may be its object: nothing', () => {
    assert.deepEqual(partsOf('لا تتبع قرية الزيتون مدينة بيسان بل مدينة جنين.'), []);
  });
});
