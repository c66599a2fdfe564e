import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

function uses(text: string): string[] {
  const result = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  return result.relations
    .filter((relation) => relation.type === 'USES')
    .map(
      (relation) => `${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)} ${relation.modality}`,
    )
    .sort();
}

describe('indicators an actor-owned compound qualifies', () => {
  test('"the TA999-controlled domain X": the actor uses the indicator, and every one listed after it', () => {
    assert.deepEqual(uses('The lures linked to the TA999-controlled domain billing-portal[.]net.'), [
      'TA999 -> billing-portal.net asserted',
    ]);
    assert.deepEqual(
      uses('In June the mails came from APT99-run servers, 198.51.100[.]2 and 198.51.100[.]3, mostly.'),
      ['APT99 -> 198.51.100.2 asserted', 'APT99 -> 198.51.100.3 asserted'],
    );
  });

  test('the claims of the sentence frame the use', () => {
    assert.deepEqual(
      uses('Quillsec said the lures linked to the TA999-controlled domain billing-portal[.]net.'),
      ['TA999 -> billing-portal.net reported'],
    );
  });

  test('no participle of ownership, another name before the indicator, or a clause between: no use', () => {
    assert.deepEqual(uses('The lures linked to the TA999-themed domain billing-portal[.]net.'), []);
    assert.deepEqual(
      uses('The TA999-controlled page imitated Contoso on the domain contoso-mail[.]net in May.'),
      [],
    );
    assert.deepEqual(uses('TA999-controlled servers went dark; later billing-portal[.]net came up.'), []);
  });
});
