import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { detectLanguage } from './language.ts';

const SEEDS = join(import.meta.dirname, '../../shared/seeds');

describe('detectLanguage', () => {
  test('Arabic script decides even with Latin names and links inside', () => {
    assert.equal(
      detectLanguage('نشرت مجموعة APT 28 رسائل EMLEAKS عبر موقع Pastebin.com و https://example.com/x'),
      'ar',
    );
  });

  test('French and English prose', () => {
    assert.equal(
      detectLanguage("Le mouvement a été victime d'une opération de piratage massive et coordonnée."),
      'fr',
    );
    assert.equal(
      detectLanguage(
        'The campaign said it had been the target of a massive and coordinated hacking operation.',
      ),
      'en',
    );
  });

  test('short texts fall back to function words, and give up when they cannot tell', () => {
    assert.equal(detectLanguage('Il est à la maison'), 'fr');
    assert.equal(detectLanguage('It is in the house'), 'en');
    assert.equal(detectLanguage('Emmanuel Macron'), 'und');
    assert.equal(detectLanguage('2017 — 42 !'), 'und');
  });

  test('minLetters: too few letters, links and handles aside, is undetermined', () => {
    assert.equal(detectLanguage('Il est parti.', { minLetters: 25 }), 'und');
    assert.equal(
      detectLanguage('@wikileaks https://example.com/long-path-here le', { minLetters: 25 }),
      'und',
    );
    assert.equal(detectLanguage('Il est parti de la maison avec le chien.', { minLetters: 25 }), 'fr');
  });

  test('seed articles: two Arabic, two French', (context) => {
    if (!existsSync(SEEDS)) {
      context.skip('seed articles not found in ../shared/seeds');
      return;
    }
    const tags = readdirSync(SEEDS)
      .filter((file) => file.endsWith('.txt'))
      .sort()
      .map((file) => detectLanguage(readFileSync(join(SEEDS, file), 'utf8')));
    assert.deepEqual(tags, ['ar', 'ar', 'fr', 'fr']);
  });
});
