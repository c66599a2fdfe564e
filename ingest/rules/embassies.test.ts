import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LanguageTag } from '../../graph-schema/model.ts';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

function organisations(text: string, lang: LanguageTag) {
  return extractWithRules({ text, lang, sentences: splitSentences(text, lang) })
    .entities.filter((entity) => entity.type === 'Organization')
    .map((entity) => ({
      key: entity.key,
      name: entity.name,
      surfaces: entity.mentions.map((m) => m.surface),
    }));
}

describe('embassies', () => {
  test('the state that sends it and the place that hosts it name one embassy in every language', () => {
    const en = organisations('On Friday the Iranian embassy in Paris rejected the report.', 'en');
    const fr = organisations("Vendredi, l'ambassade d'Iran à Paris a rejeté le rapport.", 'fr');
    const ar = organisations('ورفضت السفارة الإيرانية في باريس التقرير يوم الجمعة.', 'ar');
    for (const found of [en, fr, ar]) {
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.equal(found[0]?.name, 'Embassy of Iran in Paris');
    }
    assert.deepEqual(en[0]?.surfaces, ['Iranian embassy in Paris']);
    assert.equal(new Set([en, fr, ar].map((found) => found[0]?.key)).size, 1);
  });

  test('"X\'s embassy" and "Embassy of X" without a host; a city never sends an embassy', () => {
    assert.deepEqual(
      organisations("Germany's embassy issued a warning.", 'en').map((found) => found.name),
      ['Embassy of Germany'],
    );
    assert.deepEqual(
      organisations('The Embassy of Japan in Seoul was closed.', 'en').map((found) => found.name),
      ['Embassy of Japan in Seoul'],
    );
    assert.deepEqual(organisations('Staff left the Paris embassy district.', 'en'), []);
  });

  test('country names that take "the" in English keep it in the name, whatever the language', () => {
    const en = organisations('The Dutch embassy in the United Kingdom declined to comment.', 'en');
    const fr = organisations("L'ambassade des Pays-Bas au Royaume-Uni n'a pas commenté.", 'fr');
    const ar = organisations('ورفضت السفارة الهولندية في المملكة المتحدة التعليق.', 'ar');
    for (const found of [en, fr, ar]) {
      assert.deepEqual(
        found.map((embassy) => embassy.name),
        ['Embassy of the Netherlands in the United Kingdom'],
      );
    }
    assert.deepEqual(
      organisations('The Embassy of Brazil in Japan reopened.', 'en').map((embassy) => embassy.name),
      ['Embassy of Brazil in Japan'],
    );
  });
});
