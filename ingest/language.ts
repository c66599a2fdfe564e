/**
 * Which of our languages a text is written in.
 *
 * Script decides first: links, addresses and handles aside, a text whose letters are at least
 * two-fifths Arabic is Arabic, however many Latin names and acronyms it quotes (French or
 * English prose quoting that much Arabic does not occur in news). Latin-script text goes to `franc`, restricted to French
 * and English. Texts with too few letters for trigram statistics fall back to counting the
 * commonest French and English function words; when those do not tip the balance, or the text
 * has no letters at all, the answer is `und`. Short or mixed texts are therefore best effort:
 * a one-line quote in English inside a French article is recognised once it has a few words,
 * a lone name is not.
 */
import { franc } from 'franc';
import type { LanguageTag } from '../graph-schema/model.ts';

/** Below this many Latin letters trigram statistics are noise; function words decide instead. */
const TRIGRAM_MIN_LETTERS = 40;
/** franc's cost grows with length; a sample this long is as conclusive as the whole text. */
const SAMPLE_CHARS = 20_000;

/** Share of Arabic among Arabic and Latin letters from which a text is Arabic. */
const ARABIC_SHARE = 0.4;

const ARABIC_LETTER = /\p{Script=Arabic}/u;
/** Links, e-mail addresses, domains, handles and tags are written in Latin whatever the language. */
const LATIN_TECHNICAL_TOKEN =
  /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+|\S+@\S+|[#@]\w+|[\w-]+(?:\.[\w-]+)+(?:\/\S*)?/giu;
const LATIN_LETTER = /\p{Script=Latin}/u;

const FUNCTION_WORDS: Record<'fr' | 'en', ReadonlySet<string>> = {
  fr: new Set(
    'le la les un une des du de et est sont au aux pour par dans sur avec qui que pas ce cette il elle ont a été'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the a an of and is are was were to in on for with by that this it he she they has have had been not'.split(
      ' ',
    ),
  ),
};

const FRANC_CODES: Record<string, LanguageTag> = { arb: 'ar', fra: 'fr', eng: 'en' };

export function detectLanguage(text: string): LanguageTag {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const { arabic, latin } = countScripts(sample.replace(LATIN_TECHNICAL_TOKEN, ' '));
  if (arabic === 0 && latin === 0) return 'und';
  if (arabic >= ARABIC_SHARE * (arabic + latin)) return 'ar';
  if (latin >= TRIGRAM_MIN_LETTERS) {
    const code = franc(sample, { only: ['fra', 'eng'], minLength: 1 });
    const tag = FRANC_CODES[code];
    if (tag) return tag;
  }
  return byFunctionWords(sample);
}

function countScripts(text: string): { arabic: number; latin: number } {
  let arabic = 0;
  let latin = 0;
  for (const char of text) {
    if (ARABIC_LETTER.test(char)) arabic++;
    else if (LATIN_LETTER.test(char)) latin++;
  }
  return { arabic, latin };
}

function byFunctionWords(text: string): LanguageTag {
  let french = 0;
  let english = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (FUNCTION_WORDS.fr.has(word)) french++;
    if (FUNCTION_WORDS.en.has(word)) english++;
  }
  if (french === english) return 'und';
  return french > english ? 'fr' : 'en';
}
