import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LanguageTag } from '../../graph-schema/model.ts';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

/** Relations as "TYPE source -> target modality", by entity name. */
function relationLines(text: string, lang: LanguageTag): string[] {
  const result = extractWithRules({ text, lang, sentences: splitSentences(text, lang) });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  return result.relations.map(
    (relation) =>
      `${relation.type} ${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)} ${relation.modality}`,
  );
}

describe('a sentence opening on where its subject is', () => {
  test('places the subject, named or referred to, in English and French', () => {
    assert.ok(
      relationLines('Headquartered in Moscow, the security firm Kaspersky tracks APT28.', 'en').includes(
        'LOCATED_IN Kaspersky -> Moscow asserted',
      ),
    );
    assert.ok(
      relationLines(
        'The Harbour Cyber Office was created in 1990. Based in Bergen, it answers to the Ministry of Defence.',
        'en',
      ).includes('LOCATED_IN Harbour Cyber Office -> Bergen asserted'),
    );
    assert.ok(
      relationLines('Basée à Moscou, la société Kaspersky suit APT28.', 'fr').includes(
        'LOCATED_IN Kaspersky -> Moscow asserted',
      ),
    );
  });

  test('a place and its country come before the subject; a name after a verb is no subject', () => {
    const country = relationLines('Based in Lyon, France, Kaspersky opened an office.', 'en');
    assert.ok(country.includes('LOCATED_IN Kaspersky -> Lyon asserted'), country.join('\n'));
    // "the agency tracks APT28": APT28 is the object of the main verb, not where it is.
    const object = relationLines('Based in Bergen, the agency tracks APT28.', 'en');
    assert.ok(!object.some((line) => line.startsWith('LOCATED_IN APT28')), object.join('\n'));
    // A participle inside the sentence describes the name before it, not the subject after it.
    const inside = relationLines('Analysts say that, based in Moscow, Kaspersky is safe.', 'en');
    assert.ok(!inside.some((line) => line.startsWith('LOCATED_IN Kaspersky')), inside.join('\n'));
  });
});
