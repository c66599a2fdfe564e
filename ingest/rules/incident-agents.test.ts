import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LanguageTag } from '../../graph-schema/model.ts';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

/** Each relation as "TYPE source -> target (modality; claimants)". */
function relationLines(text: string, lang: LanguageTag): string[] {
  const result = extractWithRules({ text, lang, sentences: splitSentences(text, lang) });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  return result.relations.map(
    (relation) =>
      `${relation.type} ${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)} (${relation.modality}; ${relation.assertedBy.map((key) => nameOf.get(key)).join(', ')})`,
  );
}

describe('the attack a victim suffered, by its author', () => {
  test('"ضحية حملة ... من جانب", "victime d\'une attaque menée par", "victim of an attack by" attribute the one incident', () => {
    const texts: [string, LanguageTag][] = [
      [
        'تعرضت شركة أرامكو لهجوم إلكتروني مدمر. وقالت مايكروسوفت إن أرامكو كانت ضحية حملة تجسس من جانب مجموعة لازاروس.',
        'ar',
      ],
      [
        "Le piratage de Saudi Aramco a paralysé l'entreprise. Selon Microsoft, Saudi Aramco a été victime d'une attaque menée par Lazarus.",
        'fr',
      ],
      [
        'The hack of Saudi Aramco crippled the company. Microsoft said Saudi Aramco was the victim of an attack by Lazarus.',
        'en',
      ],
    ];
    for (const [text, lang] of texts) {
      const lines = relationLines(text, lang);
      assert.ok(
        lines.includes('ATTRIBUTED_TO Hack of Saudi Aramco -> Lazarus Group (reported; Microsoft)'),
        `${text}\n${lines.join('\n')}`,
      );
    }
  });

  test('no author named, or two incidents to choose from: no attribution', () => {
    const texts: [string, LanguageTag][] = [
      ['The hack of Saudi Aramco crippled the company. It was the victim of an attack in August.', 'en'],
      [
        "Le piratage de Saudi Aramco a paralysé l'entreprise, puis le piratage de Sony a suivi. Saudi Aramco a été la cible d'une campagne de Lazarus.",
        'fr',
      ],
    ];
    for (const [text, lang] of texts) {
      const lines = relationLines(text, lang);
      assert.ok(!lines.some((line) => line.startsWith('ATTRIBUTED_TO')), `${text}\n${lines.join('\n')}`);
    }
  });
});

describe('a claimant before a pluperfect verb of saying', () => {
  test('"وكان X قد أكد أن", "X avait affirmé que", "X had confirmed that" make X the claimant', () => {
    const texts: [string, LanguageTag][] = [
      ['وكانت شركة مايكروسوفت قد أكدت أن مجموعة لازاروس مرتبطة بكوريا الشمالية.', 'ar'],
      ['Microsoft avait affirmé que Lazarus était lié à la Corée du Nord.', 'fr'],
      ['Microsoft had confirmed that Lazarus was linked to North Korea.', 'en'],
    ];
    for (const [text, lang] of texts) {
      const lines = relationLines(text, lang);
      assert.deepEqual(lines, ['ATTRIBUTED_TO Lazarus Group -> North Korea (reported; Microsoft)'], text);
    }
  });

  test('a victim saying it was attacked is the claimant of its own targeting and of the attribution', () => {
    const texts: [string, LanguageTag][] = [
      [
        'تعرضت شركة أرامكو لهجوم إلكتروني مدمر. وكانت شركة أرامكو قد أكدت أنها كانت ضحية حملة قرصنة من قبل مجموعة لازاروس.',
        'ar',
      ],
      [
        "Le piratage de Saudi Aramco a paralysé l'entreprise. Saudi Aramco avait affirmé qu'elle avait été la cible d'une campagne de Lazarus.",
        'fr',
      ],
      [
        'The hack of Saudi Aramco crippled the company. Saudi Aramco had confirmed that it was the victim of an attack by Lazarus.',
        'en',
      ],
    ];
    for (const [text, lang] of texts) {
      const lines = relationLines(text, lang);
      for (const expected of [
        'TARGETED Lazarus Group -> Saudi Aramco (reported; Saudi Aramco)',
        'ATTRIBUTED_TO Hack of Saudi Aramco -> Lazarus Group (reported; Saudi Aramco)',
      ]) {
        assert.ok(lines.includes(expected), `${text}\n${lines.join('\n')}`);
      }
    }
  });
});
