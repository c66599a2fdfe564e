/**
 * Attributions, uses and targets between named ends in English prose: who the subject of a
 * verb is, and which names are only part of a description.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

/** Relations as "TYPE source -> target" lines, by entity name. */
function relationLines(text: string): string[] {
  const result = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  return result.relations.map(
    (relation) => `${relation.type} ${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)}`,
  );
}

describe('a verb phrase joined by "and" keeps the first clause’s subject', () => {
  test('the object of a preposition before it is not its subject', () => {
    const lines = relationLines(
      'The group promotes the interests of the Russian government, and is known for hacking the Democratic National Committee. ' +
        'APT28 stole data from NATO and targeted the OSCE.',
    );
    assert.ok(lines.includes('TARGETED APT28 -> OSCE'), lines.join('\n'));
    assert.ok(
      !lines.some((line) => /^TARGETED (?:Government of Russia|NATO) /u.test(line)),
      lines.join('\n'),
    );
  });

  test('names joined by "and" before the verb are still its subjects', () => {
    const lines = relationLines('Attacks by APT28 and Turla targeted NATO.');
    assert.ok(lines.includes('TARGETED APT28 -> NATO'), lines.join('\n'));
    assert.ok(lines.includes('TARGETED Turla -> NATO'), lines.join('\n'));
  });
});
