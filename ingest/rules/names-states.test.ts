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

describe('organs of a state', () => {
  test('every spelling of a government, in English and French, and its regime are one organisation', () => {
    const en = organisations(
      "Analysts say the Iranian government is behind the group. Iran's government has denied it. " +
        'A later report blames the government of Iran for the campaign. The Iranian regime rejected the claim.',
      'en',
    );
    const fr = organisations(
      "Le gouvernement iranien a démenti. Les chercheurs lient le groupe au gouvernement de l'Iran. Le régime iranien se tait.",
      'fr',
    );
    for (const found of [en, fr]) {
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.equal(found[0]?.name, 'Government of Iran');
    }
    assert.deepEqual(en[0]?.surfaces, [
      'Iranian government',
      "Iran's government",
      'government of Iran',
      'Iranian regime',
    ]);
    assert.equal(en[0]?.key, fr[0]?.key);
  });

  test('other organs keep their own noun; a government that only modifies a noun is no organisation', () => {
    assert.deepEqual(
      organisations('The group works for the Iranian military.', 'en').map((found) => found.name),
      ['Military of Iran'],
    );
    assert.deepEqual(
      organisations('The ministry briefed Iranian government officials on the breach.', 'en'),
      [],
    );
  });
});
