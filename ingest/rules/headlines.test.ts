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

test('a sentence with its full stop, then only a mark or a number, is no title; a title with a word after its stop is', () => {
  for (const text of ['وقال سامي حداد إن الوضع صعب. $#$', 'The group registered two domains. 12']) {
    assert.deepEqual(findHeadlineRegions(text).titles, [], text);
  }
  const caption = 'Le siège de la banque. Photo AFP';
  assert.deepEqual(findHeadlineRegions(caption).titles, [{ start: 0, end: caption.length }]);
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

test('a list of works cited runs from its heading to the next heading, in every language', () => {
  const text =
    'APT99 hacked the Kestrel Office.\n**References:**\n[1] Harlow Press. (2019).\nNorway’s Kestrel Office: a profile.\n**Indicators of Compromise**\nAPT99 used kestrel-login[.]com.';
  const { citations } = findHeadlineRegions(text);
  const start = text.indexOf('**References');
  assert.deepEqual(citations, [{ start, end: text.indexOf('**Indicators') }]);
  const french = 'Le groupe a piraté le site.\nBibliographie\nDupont, 2019, Le groupe APT99 en Norvège.';
  assert.deepEqual(findHeadlineRegions(french).citations, [
    { start: french.indexOf('Bibliographie'), end: french.length },
  ]);
  const arabic = 'اخترقت المجموعة الموقع.\n## المراجع\nتقرير عن المجموعة.';
  assert.deepEqual(findHeadlineRegions(arabic).citations, [
    { start: arabic.indexOf('## المراجع'), end: arabic.length },
  ]);
  // A sentence that mentions references is no heading.
  assert.deepEqual(findHeadlineRegions('The references below name APT99.\nAPT99 used X.').citations, []);
});
