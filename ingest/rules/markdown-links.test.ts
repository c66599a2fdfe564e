import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';
import { findLinkTitles } from './markdown-links.ts';

function namesIn(text: string): string[] {
  return extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') }).entities.map(
    (entity) => entity.name,
  );
}

describe('titles of Markdown links', () => {
  test('the title of a link, in double or single quotes, is found with its quotes', () => {
    const text =
      '[Follow](https://social.example/quillsec "Follow on Quillnet") and ' +
      "[read](https://www.example.org/post 'Brightwave report')";
    assert.deepEqual(
      findLinkTitles(text).map((span) => text.slice(span.start, span.end)),
      ['"Follow on Quillnet"', "'Brightwave report'"],
    );
  });

  test('a link without a title, or quoted words after a link, hold no title', () => {
    const text = 'See [the post](https://www.example.org/post) "as written" by the team.';
    assert.deepEqual(findLinkTitles(text), []);
  });

  test('a name only in a link title is no mention; the same name in a sentence is one', () => {
    const footer =
      'Quillsec researchers found the loader in March.\n\n' +
      '* [Follow](https://social.example/quillsec "Brightwave researchers")';
    assert.ok(!namesIn(footer).includes('Brightwave'));
    assert.ok(namesIn(footer).includes('Quillsec'));
    assert.ok(namesIn('Brightwave researchers found the loader in March.').includes('Brightwave'));
  });
});
