import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesOf } from './regex-matches.ts';

/** What matchAll gives, reduced to comparable values. */
const shape = (matches: Iterable<RegExpExecArray | RegExpMatchArray>) =>
  [...matches].map((match) => ({ index: match.index, groups: [...match], named: match.groups }));

describe('matchesOf', () => {
  const cases: Array<[RegExp, string]> = [
    [/(?<![\p{L}])(?<word>\p{Lu}\p{Ll}+)/gu, 'Paris, Lyon et la Défense; Köln and Zürich'],
    [/a*/g, 'baaac'],
    [/(?:)/gu, 'a😀b'],
    [/(?:)/g, 'a😀b'],
    [/\d+/gy, '12 34'],
    [/x/g, ''],
    [/مدينة\s+(\p{L}+)/gu, 'زار مدينة بيروت ثم مدينة دمشق'],
  ];
  for (const [regex, text] of cases) {
    test(`gives what matchAll gives for /${regex.source}/${regex.flags}`, () => {
      assert.deepEqual(shape(matchesOf(regex, text)), shape(text.matchAll(regex)));
    });
  }

  test('starts where the expression stands and leaves it there', () => {
    const regex = /o/g;
    regex.lastIndex = 5;
    const found = matchesOf(regex, 'foo boo');
    assert.deepEqual(
      found.map((match) => match.index),
      [5, 6],
    );
    assert.equal(regex.lastIndex, 5);
  });

  test('refuses an expression without the g flag, as matchAll does', () => {
    assert.throws(() => matchesOf(/a/u, 'a'), TypeError);
  });
});
