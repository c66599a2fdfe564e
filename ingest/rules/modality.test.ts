import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { confidenceOf, settleClaim } from './modality.ts';

describe('settleClaim', () => {
  test('a named claimant makes a plain statement reported, at a lower confidence', () => {
    assert.deepEqual(
      settleClaim({
        source: 'apt28',
        target: 'gru',
        modality: 'asserted',
        claimants: ['mandiant'],
        strength: 1,
      }),
      { modality: 'reported', assertedBy: ['mandiant'], confidence: 0.7 },
    );
    assert.deepEqual(
      settleClaim({ source: 'apt28', target: 'gru', modality: 'asserted', claimants: [], strength: 1 }),
      { modality: 'asserted', assertedBy: [], confidence: 0.85 },
    );
  });
  test('what a sentence says about its own claimant is the article’s word, unless it speaks of itself', () => {
    const aboutClaimant = {
      source: 'jean-dupont',
      target: 'mandiant',
      claimants: ['jean-dupont'],
      strength: 0.9,
    };
    assert.deepEqual(settleClaim({ ...aboutClaimant, modality: 'reported' }), {
      modality: 'asserted',
      assertedBy: [],
      confidence: 0.77,
    });
    assert.deepEqual(settleClaim({ ...aboutClaimant, modality: 'reported', selfReport: true }), {
      modality: 'reported',
      assertedBy: ['jean-dupont'],
      confidence: 0.63,
    });
    // A denial keeps its denier, even about itself.
    assert.deepEqual(settleClaim({ ...aboutClaimant, modality: 'denied' }).assertedBy, ['jean-dupont']);
  });
  test('hedges and denials keep their modality; confidence is rounded once, to two decimals', () => {
    assert.equal(
      settleClaim({ source: 'a', target: 'b', modality: 'suspected', claimants: ['c'], strength: 1 })
        .modality,
      'suspected',
    );
    assert.equal(confidenceOf('suspected', 0.8), 0.4);
    assert.equal(confidenceOf('asserted', 0.9), 0.77);
    assert.equal(confidenceOf('denied', 1), 0.85);
  });
});
