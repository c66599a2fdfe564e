import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

function typesOf(text: string, name: string): string[] {
  return extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') })
    .entities.filter((entity) => entity.name === name)
    .map((entity) => entity.type);
}

describe('a known gang named by its program', () => {
  test('"the X ransomware program" makes every mention of X in the document the malware', () => {
    const text =
      'An affiliate of the LockBit ransomware program posted a new leak site. ' +
      'The forum said LockBit would keep running under another name.';
    assert.deepEqual(typesOf(text, 'LockBit'), ['Malware']);
  });

  test('a text that also calls it a gang speaks of the actor', () => {
    const text =
      'The LockBit ransomware gang claimed the intrusion. ' +
      'Victims of the LockBit ransomware program paid within a week.';
    assert.deepEqual(typesOf(text, 'LockBit'), ['ThreatActor']);
  });

  test('the bare name, or "the X ransomware" alone, keeps the gazetteer type', () => {
    assert.deepEqual(typesOf('LockBit claimed the attack on the port on Monday.', 'LockBit'), [
      'ThreatActor',
    ]);
    assert.deepEqual(typesOf('The LockBit ransomware encrypted the servers.', 'LockBit'), ['ThreatActor']);
  });
});
