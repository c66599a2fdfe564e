import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readViewLink, viewLinkSearch, type ViewLink } from './permalink.ts';

describe('view links', () => {
  test('round-trip every field', () => {
    const link: ViewLink = {
      lang: 'ar',
      node: 'ta_0123456789abcdef',
      edge: 'rel_0123456789abcdef',
      hideWeak: true,
    };
    assert.deepEqual(readViewLink(viewLinkSearch(link)), link);
  });

  test('the default view has a bare address', () => {
    assert.equal(viewLinkSearch({ lang: 'en', hideWeak: false }), '');
    assert.deepEqual(readViewLink(''), { hideWeak: false });
  });

  test('ignores an unknown language', () => {
    assert.deepEqual(readViewLink('?lang=de&node=x'), { node: 'x', hideWeak: false });
  });
});
