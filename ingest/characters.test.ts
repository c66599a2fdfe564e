import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  codePointBefore,
  countSpaceSeparatedParts,
  isLetter,
  isLetterOrNumber,
  isWhiteSpace,
  letterNumberOr,
} from './characters.ts';

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

  test('isLetterOrNumber answers as /[\\p{L}\\p{N}]/u, astral characters included', () => {
    for (const character of ['a', 'ع', '7', '٣', '½', '-', ' ', '\u064b', '𝐀', '𝟙', '😀'])
      assert.equal(
        isLetterOrNumber(character.codePointAt(0) ?? 0),
        /^[\p{L}\p{N}]$/u.test(character),
        character,
      );
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
  test('letterNumberOr adds its punctuation to letters and numbers, nothing else', () => {
    const inName = letterNumberOr('_.-');
    for (const character of ['a', 'ع', '7', '_', '.', '-', '@', '/', ' ', '😀', '𝟙'])
      assert.equal(inName(character.codePointAt(0) ?? 0), /^[\p{L}\p{N}_.-]$/u.test(character), character);
  });

  test('codePointBefore reads a surrogate pair whole and a lone half alone', () => {
    assert.equal(codePointBefore('ab', 0), -1);
    assert.equal(codePointBefore('ab', 2), 0x62);
    assert.equal(codePointBefore('a😀', 3), 0x1f600);
    assert.equal(codePointBefore('a\ude00', 2), 0xde00);
  });
});
