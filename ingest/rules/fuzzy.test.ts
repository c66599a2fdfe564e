import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FuzzyNameIndex } from './fuzzy.ts';

test('long names one letter apart in their skeleton meet, in either script, with the same type only', () => {
  const index = new FuzzyNameIndex();
  index.add('مارين لوبان', { key: 'p:le-pen', type: 'Person', name: 'Marine Le Pen' });
  assert.equal(index.find('ماري لوبين', 'Person')?.key, 'p:le-pen');
  assert.equal(index.find('ماري لوبين', 'Organization'), undefined);
});

test('short names and ambiguous variants do not match', () => {
  const index = new FuzzyNameIndex();
  index.add('Paul Martin', { key: 'p:1', type: 'Person', name: 'Paul Martin' });
  index.add('Paule Marten', { key: 'p:2', type: 'Person', name: 'Paule Marten' });
  index.add('Macron', { key: 'p:3', type: 'Person', name: 'Macron' });
  assert.equal(index.find('Micron', 'Person'), undefined);
  assert.equal(index.find('Paul Martens', 'Person'), undefined);
});

test('a different first letter of a word makes another word, not a variant', () => {
  const index = new FuzzyNameIndex();
  index.add('قصر الإليزيه', { key: 'o:elysee', type: 'Organization', name: 'Élysée' });
  assert.equal(index.find('وزارة الصحة', 'Organization'), undefined);
});

test('two skeletons that share a deletion but are two edits apart are other names', () => {
  const index = new FuzzyNameIndex();
  index.add('ماري لوبين', { key: 'p:le-pen', type: 'Person', name: 'Marine Le Pen' });
  // "mr lnk" and "mr lbn" both lose a letter to "mr ln": a deletion and an insertion, two edits.
  assert.equal(index.find('Maria Lenk', 'Person'), undefined);
});

test('Latin names meet only on their whole skeleton: vowels may differ, a consonant may not', () => {
  const index = new FuzzyNameIndex();
  index.add('Sergei Lavrov', { key: 'p:lavrov', type: 'Person', name: 'Sergei Lavrov' });
  assert.equal(index.find('Sergueï Lavrov', 'Person')?.key, 'p:lavrov');
  assert.equal(index.find('Sergueï Lavrine', 'Person'), undefined);
  assert.equal(index.find('Sergei Lavrow', 'Person'), undefined);
});

test('two Arabic names whose skeletons meet but whose written consonants differ are other words', () => {
  const index = new FuzzyNameIndex();
  index.add('الدب المريح', { key: 'a:apt29', type: 'ThreatActor', name: 'APT29' });
  assert.equal(index.find('الذئب الأحمر', 'ThreatActor'), undefined);
  assert.equal(index.find('الدب المريخ', 'ThreatActor')?.key, 'a:apt29');
});
