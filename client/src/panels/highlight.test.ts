import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitOnTerms } from './highlight.ts';

function marked(text: string, terms: string[]): string[] {
  return splitOnTerms(text, terms)
    .filter((piece) => piece.marked)
    .map((piece) => piece.text);
}

describe('splitOnTerms', () => {
  test('keeps the whole text when nothing matches', () => {
    assert.deepEqual(splitOnTerms('nothing here', ['GRU']), [{ text: 'nothing here', marked: false }]);
  });

  test('pieces join back to the original text', () => {
    const text = 'Selon Flashpoint, le groupe APT 28 serait lié au GRU.';
    const pieces = splitOnTerms(text, ['APT 28', 'GRU', 'Flashpoint']);
    assert.equal(pieces.map((piece) => piece.text).join(''), text);
    assert.deepEqual(marked(text, ['APT 28', 'GRU', 'Flashpoint']), ['Flashpoint', 'APT 28', 'GRU']);
  });

  test('prefers the longest name and ignores Latin case', () => {
    assert.deepEqual(marked('apt 28 and APT', ['APT', 'APT 28']), ['apt 28', 'APT']);
  });

  test('finds Arabic names attached to a prefix letter', () => {
    const text = 'نُسب الهجوم لبون ستورم';
    assert.deepEqual(marked(text, ['بون ستورم']), ['بون ستورم']);
  });

  test('treats regular-expression characters literally and skips one-letter names', () => {
    assert.deepEqual(marked('a (b) c+ d', ['(b)', 'c+', 'd']), ['(b)', 'c+']);
  });
});
