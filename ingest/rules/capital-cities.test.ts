import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractWithRules } from './index.ts';
import { splitSentences } from '../sentences.ts';

function placesIn(text: string): string[] {
  const result = extractWithRules({ text, lang: 'ar', sentences: splitSentences(text, 'ar') });
  return result.entities
    .filter((entity) => entity.type === 'Location')
    .map((entity) => entity.name)
    .sort();
}

test('after the capital noun with its article, a city spelt like a country is the city', () => {
  assert.deepEqual(placesIn('وقع الهجوم في العاصمة عمان أمس.'), ['Amman']);
  assert.deepEqual(placesIn('أعلنت الشرطة بالعاصمة الأردنية عمان توقيف شخصين.'), ['Amman']);
});

test('without the capital noun in apposition the country stays', () => {
  // "عاصمة عمان" is the capital of Oman: the noun is in construct, without its article.
  assert.deepEqual(placesIn('قال إن عاصمة عمان هي مسقط.'), ['Oman']);
  assert.deepEqual(placesIn('زار الوزير عمان والأردن.'), ['Jordan', 'Oman']);
  assert.deepEqual(placesIn('وقعت المجموعة في مدينة الرياض وسلطنة عمان.'), ['Oman', 'Riyadh']);
});

test("a country's adjective after the capital noun is no place of its own", () => {
  assert.deepEqual(placesIn('أعلنت الشرطة في العاصمة الأردنية أنها أوقفت شخصين.'), []);
});
