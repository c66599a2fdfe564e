import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { franc } from 'franc';
import { expressions } from 'franc/expressions.js';
import { frenchOrEnglish } from './french-or-english.ts';

const CORPUS_TEXTS = join(import.meta.dirname, '../../shared/corpus/texts');
const SAMPLES = join(import.meta.dirname, '../data/samples');

/** franc's own answer, as detectLanguage asked it before. */
function francAnswer(text: string): 'fr' | 'en' | undefined {
  const code = franc(text, { only: ['fra', 'eng'], minLength: 1 });
  return code === 'fra' ? 'fr' : code === 'eng' ? 'en' : undefined;
}

/** Sentences (roughly) and 2,000-character windows of a text: what detectLanguage hands over. */
function piecesOf(text: string): string[] {
  const pieces = text.split(/(?<=[.!?\n])\s+/u).filter((piece) => piece.length > 0);
  for (let at = 0; at < text.length; at += 1500) pieces.push(text.slice(at, at + 2000));
  return pieces;
}

function textsUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.txt'))
    .map((file) => readFileSync(join(directory, file), 'utf8'));
}

describe('frenchOrEnglish', () => {
  test("gives franc's answer on sentences of ours and on odd texts", () => {
    const texts = [
      "Le groupe a revendiqué l'attaque contre le ministère.",
      'The group claimed the attack on the ministry.',
      'Microsoft Threat Intelligence Center',
      'Sandworm GRU Unit 74455',
      'Emmanuel Macron, Paris, 2017',
      ' ',
      'ab',
      '1234 5678 !!',
      'THE QUICK BROWN FOX',
      'İSTANBUL İzmir Ankara',
      'Привет мир, hello world',
      '東京 Tokyo 東京東京東京',
      'x'.repeat(3000),
      "l'origine d'après l’attaque",
    ];
    for (const text of texts) assert.equal(frenchOrEnglish(text), francAnswer(text), JSON.stringify(text));
  });

  test("gives franc's answer on every sentence of the samples and of the shared corpus", (context) => {
    const texts = textsUnder(SAMPLES);
    if (existsSync(CORPUS_TEXTS)) texts.push(...textsUnder(CORPUS_TEXTS));
    else context.diagnostic('shared corpus not found in ../shared/corpus/texts: samples only');
    let compared = 0;
    for (const text of texts) {
      for (const piece of piecesOf(text)) {
        assert.equal(frenchOrEnglish(piece), francAnswer(piece), JSON.stringify(piece.slice(0, 80)));
        compared++;
      }
    }
    assert.ok(compared > 1000, `only ${compared} pieces compared`);
  });

  test('no character of the Latin script belongs to another script (the shortcut counts on it)', () => {
    const latin = expressions.Latin;
    assert.ok(latin);
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const character = String.fromCodePoint(code);
      if ((character.match(latin)?.length ?? 0) === 0) continue;
      for (const [script, expression] of Object.entries(expressions)) {
        if (script !== 'Latin') assert.equal(character.match(expression), null, `${script} ${code}`);
      }
    }
  });
});
