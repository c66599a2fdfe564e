import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { matchesAtMarkedRuns, matchesOf } from './regex-matches.ts';

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

describe('matchesAtMarkedRuns', () => {
  // A dotted name starting a run of name characters, then anything but white space after a slash:
  // a match may run past its run ("a.b/x=c.d" holds the run "c.d", which the search passes over).
  const source = String.raw`(?<![\p{L}\p{N}_./-])[\p{L}\p{N}_-]+(?:\.[\p{L}\p{N}_-]+)+(?:/\S*)?`;
  const inRun = (codePoint: number) => /^[\p{L}\p{N}_./-]$/u.test(String.fromCodePoint(codePoint));
  const texts = [
    'setup.exe and report.v2.pdf, then /tmp/x.sh or -a.b',
    'a.b/x=c.d e.f',
    '𝐀b.c 😀d.e .f g.',
    '',
    'no dots here',
  ];
  for (const text of texts) {
    test(`gives what matchesOf gives on ${JSON.stringify(text)}`, () => {
      assert.deepEqual(
        shape(matchesAtMarkedRuns(new RegExp(source, 'uy'), text, '.', inRun)),
        shape(matchesOf(new RegExp(source, 'gu'), text)),
      );
    });
  }

  test('refuses an expression that is not sticky', () => {
    assert.throws(() => matchesAtMarkedRuns(/a\./gu, 'a.', '.', () => true), TypeError);
  });
});
