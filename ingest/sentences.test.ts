import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from './sentences.ts';
import { detectLanguage } from './language.ts';

const SEEDS = join(import.meta.dirname, '../../shared/seeds');

function texts(text: string, lang: 'ar' | 'fr' | 'en' = 'fr'): string[] {
  const sentences = splitSentences(text, lang);
  for (const sentence of sentences) assert.equal(text.slice(sentence.start, sentence.end), sentence.text);
  return sentences.map((sentence) => sentence.text);
}

describe('splitSentences', () => {
  test('Arabic: period, question mark and Arabic semicolon, with or without a space after', () => {
    assert.deepEqual(
      texts('قال المتحدث إن الهجوم حقيقي.وبحسب المصادر فإن الحملة تضررت؟ نعم؛ وأضاف أنه سيرد! انتهى', 'ar'),
      ['قال المتحدث إن الهجوم حقيقي.', 'وبحسب المصادر فإن الحملة تضررت؟', 'نعم؛', 'وأضاف أنه سيرد!', 'انتهى'],
    );
  });

  test('Arabic: the dot of an abbreviated title ("د.") ends no sentence', () => {
    assert.deepEqual(texts('ألقى د. رؤوف قنديل كلمة. ثم غادر.', 'ar'), [
      'ألقى د. رؤوف قنديل كلمة.',
      'ثم غادر.',
    ]);
  });

  test('a line opened by a lone "o" bullet is an item of its own, a lower-case line carries on', () => {
    assert.deepEqual(
      texts('The flaws it used:\no    CVE-2017-0199\no\tCVE-2017-11882\nIt was\nonce more.', 'en'),
      ['The flaws it used:', 'o    CVE-2017-0199', 'o\tCVE-2017-11882', 'It was\nonce more.'],
    );
  });

  test('a line that a colon ends opens a list: its first item starts a sentence, even in lower case', () => {
    // Further lower-case lines still read as wrapped prose: only the lead is set apart.
    assert.deepEqual(texts('The hosts it registered:\noffice-login.com\nmail-secure.net', 'en'), [
      'The hosts it registered:',
      'office-login.com\nmail-secure.net',
    ]);
  });

  test('a defanged indicator alone on its line is a sentence of its own, under any lead', () => {
    assert.deepEqual(
      texts(
        'Other domains of the group were found.\noffice-login[.]com\n- mail-secure[.]net\nthen more prose',
        'en',
      ),
      [
        'Other domains of the group were found.',
        'office-login[.]com',
        '- mail-secure[.]net',
        'then more prose',
      ],
    );
  });

  test('Arabic text keeps Latin tokens and decimals inside one sentence', () => {
    assert.deepEqual(
      texts('نشرت مجموعة APT 28 نحو 9.5 جيجابايت عبر موقع Pastebin.com أمس. وقال الخبير ذلك.', 'ar'),
      ['نشرت مجموعة APT 28 نحو 9.5 جيجابايت عبر موقع Pastebin.com أمس.', 'وقال الخبير ذلك.'],
    );
  });

  test('French abbreviations, initials, numbers and domain names never split', () => {
    assert.deepEqual(
      texts(
        'M. Macron et Mme Dupont ont vu J. Martin à St. Malo, etc. Le groupe a enregistré ' +
          'onedrive-en-marche.fr et pic.twitter.com/x pour 4.3 millions. Puis il est parti.',
      ),
      [
        'M. Macron et Mme Dupont ont vu J. Martin à St. Malo, etc. Le groupe a enregistré ' +
          'onedrive-en-marche.fr et pic.twitter.com/x pour 4.3 millions.',
        'Puis il est parti.',
      ],
    );
  });

  test('French quotes: guillemets keep a quoted statement with its attribution', () => {
    assert.deepEqual(
      texts(
        '«La fuite arrive trop tard. Le but est étrange», a affirmé la plate-forme. « Non ! » Il se tut.',
      ),
      [
        '«La fuite arrive trop tard. Le but est étrange», a affirmé la plate-forme.',
        '« Non ! »',
        'Il se tut.',
      ],
    );
  });

  test('a straight quote after a space and before a capital opens the next sentence', () => {
    assert.deepEqual(
      texts(
        '"We know them," said Ana Bryce of Quillsec. "They work for the GRU." The U.S. "Cyber Command" agreed.',
        'en',
      ),
      [
        '"We know them," said Ana Bryce of Quillsec.',
        '"They work for the GRU."',
        'The U.S. "Cyber Command" agreed.',
      ],
    );
  });

  test('an elision "(...)" and a lower-case continuation do not split', () => {
    assert.deepEqual(
      texts('"Une opération plus importante (...) visant la campagne", indique-t-il. En Marche! a réagi.'),
      ['"Une opération plus importante (...) visant la campagne", indique-t-il.', 'En Marche! a réagi.'],
    );
  });

  test('English titles and dotted acronyms', () => {
    assert.deepEqual(texts('Mr. Smith of Acme Inc. met Dr. Jones in the U.S. on Monday. They spoke.', 'en'), [
      'Mr. Smith of Acme Inc. met Dr. Jones in the U.S. on Monday.',
      'They spoke.',
    ]);
  });

  test('paragraph breaks and headings end a sentence; hard-wrapped lines do not', () => {
    assert.deepEqual(
      texts('Un titre sans point\nLe texte commence ici et\ncontinue là.\n\nNouveau paragraphe'),
      ['Un titre sans point', 'Le texte commence ici et\ncontinue là.', 'Nouveau paragraphe'],
    );
  });

  test('each sentence gets its own language when long enough, else the document one', () => {
    const text =
      'WikiLeaks a publié un message sur le réseau social ce soir.\n' +
      'This massive leak is too late to shift the election, they said.\n' +
      'OK.';
    assert.deepEqual(
      splitSentences(text, 'fr').map((sentence) => sentence.lang),
      ['fr', 'en', 'fr'],
    );
  });

  test('seed articles: offsets hold, the glued Arabic period splits, quotes stay whole', (context) => {
    if (!existsSync(SEEDS)) {
      context.skip('seed articles not found in ../shared/seeds');
      return;
    }
    for (const name of readdirSync(SEEDS).filter((file) => file.endsWith('.txt'))) {
      const text = readFileSync(join(SEEDS, name), 'utf8');
      const sentences = splitSentences(text, detectLanguage(text));
      for (const sentence of sentences) {
        assert.equal(text.slice(sentence.start, sentence.end), sentence.text);
        assert.equal(sentence.text.trim(), sentence.text);
      }
      if (name.startsWith('001')) {
        assert.ok(sentences.some((sentence) => sentence.text.startsWith('وبحسب')));
      }
      if (name.startsWith('002')) {
        assert.ok(
          sentences.some((sentence) =>
            /^Le spécialiste .*onedrive-en-marche\.fr .*centriste\.$/.test(sentence.text),
          ),
        );
      }
      if (name.startsWith('003')) {
        assert.ok(
          sentences.some((sentence) =>
            /^«Cette fuite .* a affirmé la plate-forme sur Twitter\.$/.test(sentence.text),
          ),
        );
      }
    }
  });
});
