/**
 * Known names (from a store's bundles) matched beside the gazetteer: a longer known name wins
 * over the gazetteer name inside it, an ordinary word needs a cue as in the gazetteer, and the
 * rules give a mention of a known name the node the bundle made. Sentences are our own.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { KnownName } from '../extractor.ts';
import { extractWithRules } from '../rules/index.ts';
import { splitSentences } from '../sentences.ts';
import { findGazetteerMentions } from './index.ts';

const KNOWN: KnownName[] = [
  {
    key: 'mitre-attack:G0007',
    type: 'ThreatActor',
    name: 'APT28',
    aliases: ['Fancy Bear Alt'],
    externalIds: [],
  },
  {
    key: 'name:grey-heron',
    type: 'ThreatActor',
    name: 'Grey Heron',
    aliases: ['Heron Unit Nine', 'Castle'],
    externalIds: [],
  },
];

describe('known names beside the gazetteer', () => {
  test('the longer known name wins over the gazetteer name it contains', () => {
    const text = 'Analysts say Fancy Bear Alt sent the messages.';
    const [plain] = findGazetteerMentions(text, 'en');
    assert.equal(plain?.surface, 'Fancy Bear');
    const [known] = findGazetteerMentions(text, 'en', KNOWN);
    assert.equal(known?.surface, 'Fancy Bear Alt');
    assert.equal(known?.entry.key, 'mitre-attack:G0007');
  });

  test('where only the gazetteer knows a name, nothing changes', () => {
    const text = 'The report names APT28 and Sandworm.';
    assert.deepEqual(findGazetteerMentions(text, 'en', KNOWN), findGazetteerMentions(text, 'en'));
  });

  test('an ordinary word given as an alias is no mention on its own', () => {
    const mentions = findGazetteerMentions('Castle walls were repaired, the mayor said.', 'en', KNOWN);
    assert.deepEqual(mentions, []);
  });

  test('the rules give a known name the key its bundle gave it', () => {
    const text = 'Heron Unit Nine targeted the Ministry of Harbours in March.';
    const input = { text, lang: 'en' as const, sentences: splitSentences(text, 'en') };
    const before = extractWithRules(input).entities.find((entity) => entity.key === 'name:grey-heron');
    assert.equal(before, undefined);
    const after = extractWithRules({ ...input, knownNames: KNOWN }).entities.find(
      (entity) => entity.key === 'name:grey-heron',
    );
    assert.equal(after?.type, 'ThreatActor');
    assert.deepEqual(
      after?.mentions.map((mention) => mention.surface),
      ['Heron Unit Nine'],
    );
  });
});
