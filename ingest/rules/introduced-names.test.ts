import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LanguageTag } from '../../graph-schema/model.ts';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';
import { findIntroducedNames } from './introduced-names.ts';

const introduced = (text: string) => findIntroducedNames(text).map((name) => `${name.type}:${name.surface}`);

function entities(text: string, lang: LanguageTag = 'en') {
  const result = extractWithRules({ text, lang, sentences: splitSentences(text, lang) });
  return result.entities.map((entity) => ({
    label: `${entity.type}:${entity.name}`,
    at: entity.mentions.map((mention) => mention.start),
  }));
}

const offsets = (text: string, word: string) =>
  [...text.matchAll(new RegExp(`${word}(?![a-z])`, 'gu'))].map((m) => m.index);

describe('names a text introduces', () => {
  test('the kind named before or after the naming verb types the name', () => {
    assert.deepEqual(introduced('They installed a new backdoor we named Reedcask on the server.'), [
      'Malware:Reedcask',
    ]);
    assert.deepEqual(introduced('The group, which we track as Pinewhistle, sent lures.'), [
      'ThreatActor:Pinewhistle',
    ]);
    assert.deepEqual(introduced('We have named this new threat actor Pinewhistle.'), [
      'ThreatActor:Pinewhistle',
    ]);
    assert.deepEqual(introduced('The activity cluster, tracked by us as Saltmarsh, reused certificates.'), [
      'ThreatActor:Saltmarsh',
    ]);
    assert.deepEqual(introduced('A loader for mail servers we call "Thornpipe" fetched it.'), [
      'Malware:Thornpipe',
    ]);
  });

  test('a bracket naming what it follows, and a name the text says it calls so', () => {
    assert.deepEqual(introduced('A new threat actor (hereafter Kestrelwind) sent lures.'), [
      'ThreatActor:Kestrelwind',
    ]);
    assert.deepEqual(introduced('The loader, Thornpipe as we call it, fetched the rest.'), [
      'Malware:Thornpipe',
    ]);
  });

  test('a party or a pronoun naming it after the kind: "the group Quillsec tracks as X", "qu\'ils ont baptisé X"', () => {
    assert.deepEqual(introduced('The group Quillsec tracks as Pinewhistle sent lures.'), [
      'ThreatActor:Pinewhistle',
    ]);
    assert.deepEqual(introduced("Ils ont décrit le programme destructeur, qu'ils ont baptisé Roselame."), [
      'Malware:Roselame',
    ]);
    assert.deepEqual(introduced('The group Quillsec tracks as the most active one sent lures.'), []);
    assert.deepEqual(introduced('Quillsec tracks this actor under the name Pinewhistle.'), [
      'ThreatActor:Pinewhistle',
    ]);
    assert.deepEqual(introduced('It tracks 40 groups as Pinewhistle does.'), []);
  });

  test('a participle of naming opening the sentence, the kind after the comma', () => {
    assert.deepEqual(introduced('Internally referred to as Thornpipe, the loader fetches more.'), [
      'Malware:Thornpipe',
    ]);
    assert.deepEqual(introduced('Baptisé Brumevent, le groupe a visé trois ministères.'), [
      'ThreatActor:Brumevent',
    ]);
    assert.deepEqual(introduced('Called Lisbon, the city is old.'), []);
  });

  test('French: "que nous appelons", "nous avons baptisé ce ...", "(ci-après X)"', () => {
    assert.deepEqual(introduced('Ils ont utilisé une porte dérobée que nous avons baptisée Roselame.'), [
      'Malware:Roselame',
    ]);
    assert.deepEqual(introduced('Nous avons baptisé ce mode opératoire Brumevent.'), [
      'ThreatActor:Brumevent',
    ]);
    assert.deepEqual(
      introduced('Un nouvel acteur malveillant (ci-après Brumevent) a visé trois ministères.'),
      ['ThreatActor:Brumevent'],
    );
  });

  test('Arabic: the kind, then the naming words and a quoted or Latin name', () => {
    assert.deepEqual(introduced('رصدنا مجموعة تهديد جديدة أطلقنا عليها اسم Pinewhistle في مارس.'), [
      'ThreatActor:Pinewhistle',
    ]);
    assert.deepEqual(introduced('واستخدم المهاجمون بابا خلفيا جديدا نسميه «Reedcask» ضد الوزارة.'), [
      'Malware:Reedcask',
    ]);
    assert.deepEqual(introduced('وقالت الوزارة التي نسميها هنا الجهة المختصة إن الخدمة عادت.'), []);
  });

  test('Arabic: a name others give is introduced too, and it names the nearest kind', () => {
    assert.deepEqual(introduced('ورصد الباحثون عصابة جديدة تعرف باسم «Saltmarsh» في أبريل.'), [
      'ThreatActor:Saltmarsh',
    ]);
    assert.deepEqual(introduced('ونشرت مجموعة كويلسك برمجية خبيثة تدعى Thornpipe على الخوادم.'), [
      'Malware:Thornpipe',
    ]);
  });

  test('no kind, no name, or a function word: nothing is introduced', () => {
    assert.deepEqual(introduced('This is what we call Spring cleaning.'), []);
    assert.deepEqual(introduced('The group we call on Monday will answer.'), []);
    assert.deepEqual(introduced('We track the group as The report says.'), []);
    assert.deepEqual(introduced('The group named Pinewhistle by the press sent lures.'), []);
  });

  test('a program a word of malware names ("a wiper dubbed X") is followed to the heading before it', () => {
    const text = '## Ashfall Analysis\n\nThe intruders ran a wiper dubbed Ashfall. Ashfall erased the disks.';
    const wiper = entities(text).find((entity) => entity.label === 'Malware:Ashfall');
    assert.deepEqual(wiper?.at, offsets(text, 'Ashfall'));
  });

  test('every mention of the name is the entity: the title before it, a possessive, a sentence it opens', () => {
    const text =
      '# Pinewhistle Targets Baltic Ministries\n\nSince March we have watched a new group. We have named this threat actor Pinewhistle. Pinewhistle sent lures in April. Pinewhistle’s servers were in Romania.';
    const actor = entities(text).find((entity) => entity.label === 'ThreatActor:Pinewhistle');
    assert.deepEqual(actor?.at, offsets(text, 'Pinewhistle'));
  });

  test('a name the text also writes as a word, or inside a longer word, is followed no further', () => {
    const word = 'We call the group Tidewater. The tidewater rose at night. Tidewater flooded the port.';
    const found = entities(word).find((entity) => entity.label === 'ThreatActor:Tidewater');
    assert.deepEqual(found?.at, [offsets(word, 'Tidewater')[0]]);
    const joined = 'We call the group Reedline. Reedline-style lures and Reedline.dll came later.';
    assert.deepEqual(entities(joined).find((entity) => entity.label === 'ThreatActor:Reedline')?.at, [
      offsets(joined, 'Reedline')[0],
    ]);
  });
});
