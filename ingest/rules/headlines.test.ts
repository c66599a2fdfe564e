import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findHeadlineRegions } from './headlines.ts';

test('a line of headlines separated by runs of spaces (no-break spaces too) is a list', () => {
  const text =
    'Un titre ici\u00a0\u00a0\u00a0\u00a0Un autre titre    Encore un titre\nUne phrase complète du texte, avec un point.';
  const { lists, titles } = findHeadlineRegions(text);
  assert.deepEqual(lists, [{ start: 0, end: text.indexOf('\n') }]);
  assert.deepEqual(titles, []);
});

test('a short line without a full stop is a title; sentences are neither', () => {
  const text = 'Le piratage de la campagne\n\nLe groupe a enregistré deux domaines.';
  const { lists, titles } = findHeadlineRegions(text);
  assert.deepEqual(lists, []);
  assert.deepEqual(titles, [{ start: 0, end: 26 }]);
});

test("a table's rows are neither headline lists nor titles", () => {
  const text = '| Domain | IP |\n| fake-agency[.]org | 198.51.100[.]23 |\nShort title here';
  const { lists, titles } = findHeadlineRegions(text);
  assert.deepEqual(lists, []);
  assert.deepEqual(titles, [{ start: text.lastIndexOf('\n') + 1, end: text.length }]);
});

test('a defanged indicator alone on its line is an item of a list, not a title; a plain host stays one', () => {
  const text = 'Hosts seen in May:\n- billing-portal[.]net\nexample.org\nhxxps://cdn-update[.]io/get';
  const { titles } = findHeadlineRegions(text);
  const plain = text.indexOf('example.org');
  assert.deepEqual(titles, [{ start: plain, end: plain + 'example.org'.length }]);
});

test('a clause announcing the one defanged indicator after its colon is a sentence, with or without a full stop', () => {
  const text =
    'Pivoting on the certificate, we found one more C2 domain: files.cdn-update[.]io\nAll systems:';
  const { titles } = findHeadlineRegions(text);
  const heading = text.indexOf('All systems:');
  assert.deepEqual(titles, [{ start: heading, end: text.length }]);
});

test('a byline under the title is one even with a full stop; "By" deep in the text opens a sentence', () => {
  const byline = 'By Nora Vale, CEO of Quarry Labs.';
  const late = 'By March, Stormhollow had hit ten ports.';
  const text = `A report on ports\n${byline}\nOne.\nTwo.\nThree.\nFour.\n${late}`;
  const { titles } = findHeadlineRegions(text);
  const start = text.indexOf(byline);
  assert.deepEqual(titles, [
    { start: 0, end: 17 },
    { start, end: start + byline.length },
  ]);
});
