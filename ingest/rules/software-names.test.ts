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

describe('a CamelCase name written apart', () => {
  const mentionsOf = (text: string, name: string) =>
    extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') })
      .entities.filter((entity) => entity.name === name)
      .flatMap((entity) => entity.mentions.map((mention) => `${entity.type}:${mention.surface}`));

  test('its words written apart elsewhere are the same program', () => {
    const text =
      'One tool in the leak was called QuillspySuite, a remote access and information stealing malware. ' +
      'A screenshot shows the Quillspy Suite control panel.';
    assert.deepEqual(mentionsOf(text, 'QuillspySuite'), ['Malware:QuillspySuite', 'Malware:Quillspy Suite']);
  });

  test('words that spell a name in one word without an inner capital, or spell none, are no mention', () => {
    const lower =
      'One tool in the leak was called Quillspysuite, a remote access malware. ' +
      'A screenshot shows the Quillspy Suite control panel.';
    assert.deepEqual(mentionsOf(lower, 'Quillspysuite'), ['Malware:Quillspysuite']);
    const other =
      'One tool in the leak was called QuillspySuite, a remote access malware. ' +
      'A screenshot shows the Quillspy Panel control panel.';
    assert.deepEqual(mentionsOf(other, 'QuillspySuite'), ['Malware:QuillspySuite']);
  });
});

describe('names joined by a slash or an underscore', () => {
  const mentionsOf = (text: string) =>
    extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') }).entities.flatMap((entity) =>
      entity.mentions.map(
        (mention) => `${entity.type}:${text.slice(mention.start, mention.end)}@${mention.start}`,
      ),
    );

  test('a name the text types elsewhere is a mention after a slash too', () => {
    const text =
      'The actor dropped the Quillbot backdoor in March. Analysts tied the Ravenfox/Quillbot activity to it.';
    assert.ok(
      mentionsOf(text).includes(`Malware:Quillbot@${text.indexOf('Quillbot', 60)}`),
      mentionsOf(text).join(', '),
    );
  });

  test('so is one an underscore joins, escaped in Markdown or not', () => {
    for (const joined of ['Decrypted\\_Quillbot', 'Decrypted_Quillbot']) {
      const text = `The actor dropped the Quillbot backdoor in March. **${joined} sample** (run.ps1)`;
      assert.ok(
        mentionsOf(text).includes(`Malware:Quillbot@${text.indexOf('Quillbot', 60)}`),
        mentionsOf(text).join(', '),
      );
    }
  });

  test('in a web address, or for a word named nowhere else, the slash joins no name', () => {
    const address =
      'The actor dropped the Quillbot backdoor. See https://example.com/Reports/Quillbot for more.';
    assert.deepEqual(
      mentionsOf(address).filter((mention) => mention.startsWith('Malware:')),
      [`Malware:Quillbot@${address.indexOf('Quillbot')}`],
    );
    assert.deepEqual(mentionsOf('Analysts tied the Ravenfox/Quillbot activity to it.'), []);
  });
});
