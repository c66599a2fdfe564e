import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARABIC_NOUN_PREFIX, phraseSource, phrasesSource, spellingKey, wordsBetween } from './text.ts';

test('wordsBetween counts runs of letters and digits in every script', () => {
  const text = 'Le GRU, selon 2 sources — قالت الوزارة — a agi.';
  assert.equal(wordsBetween(text, 0, text.length), 9);
  assert.equal(wordsBetween(text, text.indexOf(','), text.indexOf('2')), 1);
  assert.equal(wordsBetween(text, 5, 5), 0);
  assert.equal(wordsBetween(text, 9, 3), 0);
});

test('wordsBetween reads only the range: a word cut by its ends still counts once', () => {
  const text = 'cyberattaque massive';
  assert.equal(wordsBetween(text, 5, 15), 2);
  assert.equal(wordsBetween(text, 5, 8), 1);
});

test('wordsBetween: marks and punctuation split words, letters outside the BMP join them', () => {
  assert.equal(wordsBetween('l’ANSSI e\u0301te', 0, 13), 4);
  assert.equal(wordsBetween('𝐀𝐁C d', 0, 7), 2);
  assert.equal(wordsBetween('a 😀 b', 0, 6), 2);
});

test('phrasesSource matches exactly where the phrases joined one by one match', () => {
  const phrases = ['court', 'high court', "l'audience", 'procès', 'محكمة', 'دعوى ب'];
  const joined = new RegExp(
    `(?:${phrases.map((phrase) => phraseSource(phrase, ARABIC_NOUN_PREFIX)).join('|')})`,
    'giu',
  );
  const grouped = new RegExp(phrasesSource(phrases, ARABIC_NOUN_PREFIX), 'giu');
  const text =
    "The High Court heard it; a courtroom, overcourt and court-martial; à l'audience du procès, " +
    'procèsverbal; والمحكمة قالت، بمحكمة، ودعوى بالتعويض، ودعوىب';
  const matches = (regex: RegExp) => [...text.matchAll(regex)].map((match) => `${match.index}:${match[0]}`);
  assert.deepEqual(matches(grouped), matches(joined));
  assert.ok(matches(joined).length >= 5);
});

test('spellingKey: one key for the straight and the curly apostrophe, the cases and Arabic spellings', () => {
  assert.equal(spellingKey('Qu’il présente comme'), "qu'il présente comme");
  assert.equal(spellingKey("qu'il présente comme"), "qu'il présente comme");
  assert.equal(spellingKey('مُؤكِّدةً'), spellingKey('مؤكده'));
  assert.equal(spellingKey('إلى'), 'الي');
  assert.notEqual(spellingKey('présente'), spellingKey('presente'));
});
