import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { codePointBefore, countSpaceSeparatedParts, isLetter, isNumber, isWhiteSpace } from './characters.ts';

const SAMPLES = [
  '',
  'one',
  'one two  three',
  'a\u00a0b\u2003c\td\ne',
  'تقرير  جديد عن المجموعة',
  '  leading and trailing  ',
  'x'.repeat(5) + ' y'.repeat(40),
];

describe('character classes', () => {
  test('isWhiteSpace answers as /\\s/u for every BMP code unit', () => {
    for (let code = 0; code < 0x10000; code++)
      assert.equal(isWhiteSpace(code), /^\s$/u.test(String.fromCharCode(code)), `U+${code.toString(16)}`);
  });

  test('isLetter answers as /\\p{L}/u, astral letters and lone surrogates included', () => {
    for (const character of ['a', 'É', 'ß', 'ع', '中', '1', '-', ' ', '\u064b', '𝐀', '😀', '\ud835'])
      assert.equal(isLetter(character.codePointAt(0) ?? 0), /^\p{L}$/u.test(character), character);
  });

  test('countSpaceSeparatedParts counts what split(/\\s+/) gives, up to one past the limit', () => {
    for (const sample of SAMPLES) {
      const parts = sample.split(/\s+/).length;
      for (const limit of [0, 1, 2, 3, 16, 100])
        assert.equal(
          countSpaceSeparatedParts(sample, limit),
          Math.min(parts, limit + 1),
          `${sample} ${limit}`,
        );
    }
  });
});

describe('character classes beyond letters', () => {
  test('isNumber answers as /\\p{N}/u', () => {
    for (const character of ['1', '٣', '½', 'Ⅻ', 'a', ' ', '𝟙'])
      assert.equal(isNumber(character.codePointAt(0) ?? 0), /^\p{N}$/u.test(character), character);
  });

  test('codePointBefore reads a surrogate pair whole and a lone half alone', () => {
    assert.equal(codePointBefore('ab', 0), -1);
    assert.equal(codePointBefore('ab', 2), 0x62);
    assert.equal(codePointBefore('a😀', 3), 0x1f600);
    assert.equal(codePointBefore('a\ude00', 2), 0xde00);
  });
});
