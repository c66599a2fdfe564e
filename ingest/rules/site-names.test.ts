import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';
import { findSiteNames } from './site-names.ts';

const typedNames = (text: string) =>
  extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') }).entities.map(
    (entity) => `${entity.type}:${entity.name}`,
  );

describe('a source named by the site whose address follows it', () => {
  test('words that spell the site name its owner, even where a place opens them', () => {
    const cited = '[3] North Sea Courier. <https://www.northseacourier.com/2020/ports-report/>';
    assert.deepEqual(
      findSiteNames(cited).map((candidate) => `${candidate.type}:${candidate.surface}`),
      ['Organization:North Sea Courier'],
    );
    assert.ok(typedNames(cited).includes('Organization:North Sea Courier'), typedNames(cited).join(', '));
    const linked = 'As the [North Sea Courier](https://northseacourier.com/ports) wrote, the port shut.';
    assert.deepEqual(
      findSiteNames(linked).map((candidate) => candidate.surface),
      ['North Sea Courier'],
    );
  });

  test('only the words that spell the site, and only when they do', () => {
    const tail = '[5] Weekly North Sea Courier. <https://northseacourier.com/a>';
    assert.deepEqual(
      findSiteNames(tail).map((candidate) => candidate.surface),
      ['North Sea Courier'],
    );
    assert.deepEqual(findSiteNames('[6] North Sea Courier. <https://www.portnews.com/a>'), []);
  });
});
