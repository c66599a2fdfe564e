import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writtenInProse } from './prose-words.ts';

const TEXT = [
  'The research team wrote a note.',
  'See https://example.org/press-secretary-jane-doe or www.example.net/briefing and mail desk@press.example.',
  'An e-mail arrived; the Key Findings follow.',
].join('\n');

test('a word of its own in prose is found, a part of a longer word is not', () => {
  assert.equal(writtenInProse(TEXT, 'research'), true);
  assert.equal(writtenInProse(TEXT, 'note'), true);
  assert.equal(writtenInProse(TEXT, 'resear'), false);
  assert.equal(writtenInProse(TEXT, 'findings'), false, 'only written with a capital');
  assert.equal(writtenInProse(TEXT, ''), false);
});

test('words inside addresses are no prose', () => {
  assert.equal(writtenInProse(TEXT, 'secretary'), false);
  assert.equal(writtenInProse(TEXT, 'briefing'), false);
  assert.equal(writtenInProse(TEXT, 'press'), false, 'after "@" in the same token');
  assert.equal(writtenInProse('the press office, desk@press', 'press'), true, 'also in prose');
});

test('a word with other characters than letters is found too', () => {
  assert.equal(writtenInProse(TEXT, 'e-mail'), true);
  assert.equal(writtenInProse(TEXT, 'jane-doe'), false);
});

test('the answer follows the text asked about, not the one before', () => {
  assert.equal(writtenInProse('une analyse des faits', 'analyse'), true);
  assert.equal(writtenInProse('les faits', 'analyse'), false);
});

test('a text asked about many words answers the same once its words are indexed', () => {
  const words = [
    'research',
    'note',
    'resear',
    'findings',
    'secretary',
    'briefing',
    'press',
    'e-mail',
    'follow',
  ];
  const text = `${TEXT}\nThe press office answered.`;
  const scanned = words.map((word) => writtenInProse(text, word));
  for (let question = 0; question < 40; question++) writtenInProse(text, `filler${question}`);
  assert.deepEqual(
    words.map((word) => writtenInProse(text, word)),
    scanned,
  );
  assert.deepEqual(scanned, [true, true, false, false, false, false, true, true, true]);
});
