import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PhraseMatcher } from './phrase-matcher.ts';
import { NOT_BEFORE_WORD, phraseParts } from './text.ts';

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

test('a range behaves as a text of its own: words cut by its ends are read from inside it', () => {
  const text = 'xlié au GRU, il a enregistréx';
  assert.deepEqual(
    matcher.find(text, 1, text.length - 1).map((match) => text.slice(match.start, match.end)),
    ['lié au', 'a enregistré'],
  );
  assert.deepEqual(matcher.find(text), []);
});

test('two-word phrases need only white space between their first two words', () => {
  assert.deepEqual(found('il a \n enregistré x'), ['registered:a \n enregistré']);
  assert.deepEqual(found('il a, enregistré x'), []);
});

test('texts asked about in turn each get their own words', () => {
  const first = 'ونفى الكرملين';
  const second = 'lié au GRU';
  assert.deepEqual(found(first), ['deny:ونفى']);
  assert.deepEqual(found(second), ['tie:lié au']);
  assert.deepEqual(found(first), ['deny:ونفى']);
});

test('a matcher made after a text was read still finds its own phrases in it', () => {
  const text = 'Le groupe a revendiqué l’attaque.';
  assert.deepEqual(matcher.find(text), []);
  const later = new PhraseMatcher([{ phrase: 'a revendiqué', value: 'claimed' }]);
  assert.deepEqual(
    later.find(text).map((match) => text.slice(match.start, match.end)),
    ['a revendiqué'],
  );
});

test('a phrase ends where a word ends: not before a letter, a combining mark or a digit', () => {
  const latin = new PhraseMatcher([{ phrase: 'said', value: 'said' }]);
  const ends = (text: string) => latin.find(text).map((match) => text.slice(match.start, match.end));
  assert.deepEqual(ends('He said, then said.'), ['said', 'said']);
  assert.deepEqual(ends('saids said2 said\u0301 said𝐀'), []);
  assert.deepEqual(ends('said😀 (said)'), ['said', 'said']);
});

test('the phrase at the start of a short text: longest, whole words, none when it starts later', () => {
  const atStart = (text: string) => {
    const match = matcher.findAtStart(text);
    return match && `${match.value}:${text.slice(match.start, match.end)}`;
  };
  assert.equal(atStart('a enregistré puis utilisé x'), 'long:a enregistré puis utilisé');
  assert.equal(atStart('A \n enregistré x'), 'registered:A \n enregistré');
  assert.equal(atStart('ونفى الكرملين'), 'deny:ونفى');
  assert.equal(atStart('il a enregistré'), undefined);
  assert.equal(atStart(' a enregistré'), undefined);
  assert.equal(atStart('aa enregistré'), undefined);
});

test('an Arabic phrase ends where the expression with the word-end look-ahead ends it', () => {
  const phrases = ['وكالة', 'فرع', 'نفى', 'شركة الأمن', 'هجوم', 'بحسب ما أفاد'];
  const arabic = new PhraseMatcher(phrases.map((phrase) => ({ phrase, value: phrase })));
  const references = phrases.map(
    (phrase) => new RegExp(`${phraseParts(phrase).body}${NOT_BEFORE_WORD}`, 'iuy'),
  );
  const piece = fc.constantFrom(
    'و',
    'ف',
    'وكالة',
    'فرع',
    'نفى',
    'ني',
    'شركة',
    'الامن',
    'الأمن',
    'هجوم',
    'ات',
    'وبحسب ما أفاد',
    'بحسب ما',
    ' أفاد',
    'ت',
    'ُ',
    'ـ',
    ' ',
    '  ',
    '1',
  );
  // The first reading runs on into the word ("أفادت"): no reading ends with a word.
  assert.equal(arabic.findAtStart('وبحسب ما أفادت شركة'), undefined);
  assert.equal(arabic.findAtStart('وبحسب ما أفاد شركة')?.end, 'وبحسب ما أفاد'.length);
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
      const text = pieces.join('');
      const match = arabic.findAtStart(text);
      const readings = references.map((reference) => {
        reference.lastIndex = 0;
        return reference.exec(text)?.[0].length ?? -1;
      });
      if (match) assert.ok(readings.includes(match.end - match.start), `${text}: ${match.value}`);
      if (readings.every((length) => length < 0)) assert.equal(match, undefined, text);
    }),
    { numRuns: 3000 },
  );
});

test('a Latin phrase is read as its expression reads it: any case, any white space, either apostrophe', () => {
  const phrases = ["l'origine", 'at the behest of', 'a déclaré', 'said', 'said that'];
  const latin = new PhraseMatcher(phrases.map((phrase) => ({ phrase, value: phrase })));
  const references = phrases.map(
    (phrase) => new RegExp(`${phraseParts(phrase).body}${NOT_BEFORE_WORD}`, 'iuy'),
  );
  assert.equal(latin.findAtStart('L’ORIGINE du')?.value, "l'origine");
  assert.equal(latin.findAtStart('At \u00a0the\nBEHEST of them')?.value, 'at the behest of');
  assert.equal(latin.findAtStart('A DÉCLARÉ hier')?.value, 'a déclaré');
  // Under the `iu` flags the long s is an "s" and the Kelvin sign a "k".
  assert.equal(latin.findAtStart('at the behe\u017Ft of')?.value, 'at the behest of');
  assert.equal(latin.findAtStart('said \u212A')?.value, 'said');
  assert.equal(latin.findAtStart('saidx'), undefined);
  const piece = fc.constantFrom(
    "l'",
    'L’',
    'l`',
    'origine',
    'ORIGINE',
    'at',
    'AT',
    'the',
    'behest',
    'of',
    'a',
    'A',
    'déclaré',
    'DÉCLARÉ',
    'declare',
    'said',
    'saïd',
    'behe\u017Ft',
    'that',
    'THAT',
    '\u212A',
    ' ',
    '  ',
    '\u00a0',
    '\t',
    '\n',
    'x',
    '1',
    '\u0301',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
      const text = pieces.join('');
      const match = latin.findAtStart(text);
      const longest = Math.max(
        ...references.map((reference) => {
          reference.lastIndex = 0;
          return reference.exec(text)?.[0].length ?? -1;
        }),
      );
      assert.equal(match ? match.end - match.start : -1, longest, text);
    }),
    { numRuns: 3000 },
  );
});
