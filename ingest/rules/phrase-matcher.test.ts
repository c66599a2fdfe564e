import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseMatcher } from './phrase-matcher.ts';

const matcher = new PhraseMatcher([
  { phrase: 'lié au', value: 'tie' },
  { phrase: 'a enregistré', value: 'registered' },
  { phrase: 'a enregistré puis utilisé', value: 'long' },
  { phrase: 'المرتبطة ب', value: 'tie' },
  { phrase: 'نفى', value: 'deny' },
]);
const found = (text: string) =>
  matcher.find(text).map((match) => `${match.value}:${text.slice(match.start, match.end)}`);

test('whole words only, longest phrase at a position, case folded', () => {
  assert.deepEqual(found('APT28 est Lié au GRU ; il a enregistré puis utilisé x.'), [
    'tie:Lié au',
    'long:a enregistré puis utilisé',
  ]);
  assert.deepEqual(found('Un alliéau et un relié au'), []);
});

test('Arabic: attached clitics before, a glued preposition after, letter variants', () => {
  assert.deepEqual(found('ونفى الكرملين'), ['deny:ونفى']);
  assert.deepEqual(found('المجموعة المرتبطه بالاستخبارات'), ['tie:المرتبطه ب']);
});

test('offsets are into the whole text when searching a range', () => {
  const text = 'Phrase une. APT28 est lié au GRU.';
  const [match] = matcher.find(text, 12, text.length);
  assert.equal(text.slice(match?.start, match?.end), 'lié au');
});
