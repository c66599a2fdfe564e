/**
 * Which of our languages a text is written in.
 *
 * Script decides first: links, addresses and handles aside, a text whose letters are at least
 * two-fifths Arabic is Arabic, however many Latin names and acronyms it quotes (French or
 * English prose quoting that much Arabic does not occur in news). For Latin-script text the
 * commonest French and English function words decide when one language clearly leads; when
 * they do not, `franc`'s trigram statistics (restricted to French and English, and reached
 * with less work than franc's own, french-or-english.ts) decide, given enough letters; failing both, the answer is `und`. Short or mixed texts are therefore best
 * effort: a one-line English quote inside a French article is recognised once it has a few
 * words, a lone name is not. Function words come first because they are as reliable on
 * sentences and far cheaper than trigrams (about 0.5 ms a sentence here).
 */
import type { LanguageTag } from '../graph-schema/model.ts';
import { isLetter, isWhiteSpace } from './characters.ts';
import { frenchOrEnglish } from './french-or-english.ts';

/** Below this many Latin letters trigram statistics are noise. */
const TRIGRAM_MIN_LETTERS = 40;
/** Counting stops here: a sample this long is as conclusive as the whole text. */
const SAMPLE_CHARS = 20_000;
/** Words and trigrams of this much text are conclusive, and franc's cost grows with length. */
const TRIGRAM_SAMPLE_CHARS = 2_000;

/** Share of Arabic among Arabic and Latin letters from which a text is Arabic. */
const ARABIC_SHARE = 0.4;

/** Links, e-mail addresses, domains, handles and tags are written in Latin whatever the language. */
const TECHNICAL_TOKEN = /^[#@]|@|\/\/|[\p{L}\p{N}-]\.[\p{L}\p{N}]/u;

const FUNCTION_WORDS: Record<'fr' | 'en', ReadonlySet<string>> = {
  fr: new Set(
    'le la les un une des du de et est sont au aux pour par dans sur avec qui que pas ce cette il elle ont été'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the an of and is are was were to in for with by that this it he she they has have had been not'.split(
      ' ',
    ),
  ),
};

export interface DetectOptions {
  /** Fewer Arabic and Latin letters than this (links and handles aside) give `und`. */
  minLetters?: number;
}

export function detectLanguage(text: string, { minLetters = 1 }: DetectOptions = {}): LanguageTag {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  const { arabic, latin } = countScripts(sample);
  if (arabic + latin < minLetters) return 'und';
  if (arabic >= ARABIC_SHARE * (arabic + latin)) return 'ar';
  const { french, english } = functionWords(sample.slice(0, TRIGRAM_SAMPLE_CHARS));
  const leader = french > english ? 'fr' : 'en';
  const [more, fewer] = french > english ? [french, english] : [english, french];
  if (more >= 2 && more >= 2 * fewer) return leader;
  if (latin >= TRIGRAM_MIN_LETTERS) {
    const tag = frenchOrEnglish(sample.slice(0, TRIGRAM_SAMPLE_CHARS));
    if (tag) return tag;
  }
  return more > fewer ? leader : 'und';
}

/**
 * Letters per script by code point range, technical tokens left out. This runs on every
 * sentence, so it is one pass over the characters: tokens are split at white space as
 * /\s+/u splits them, and only a token holding one of # @ / . can be technical, so only
 * those are tried against TECHNICAL_TOKEN.
 */
function countScripts(text: string): { arabic: number; latin: number } {
  let arabic = 0;
  let latin = 0;
  let tokenArabic = 0;
  let tokenLatin = 0;
  let tokenStart = 0;
  let mayBeTechnical = false;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0x20;
    if (isWhiteSpace(code)) {
      if (!mayBeTechnical || !TECHNICAL_TOKEN.test(text.slice(tokenStart, i))) {
        arabic += tokenArabic;
        latin += tokenLatin;
      }
      tokenArabic = 0;
      tokenLatin = 0;
      tokenStart = i + 1;
      mayBeTechnical = false;
    } else if (code === 0x23 || code === 0x40 || code === 0x2f || code === 0x2e) {
      mayBeTechnical = true;
    } else if (code < 0x41) {
      continue;
    } else if (code <= 0x7a) {
      if (code <= 0x5a || code >= 0x61) tokenLatin++;
    } else if (isArabicLetter(code)) {
      tokenArabic++;
    } else if (
      (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
      (code >= 0x1e00 && code <= 0x1eff)
    ) {
      tokenLatin++;
    }
  }
  return { arabic, latin };
}

/** Arabic letters and presentation forms; the block's punctuation and digits do not count. */
function isArabicLetter(code: number): boolean {
  if (code >= 0x0620 && code <= 0x064a) return true;
  if (code >= 0x066e && code <= 0x06d3) return true;
  return (
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08ff) ||
    (code >= 0xfb50 && code <= 0xfdff) ||
    (code >= 0xfe70 && code <= 0xfefc)
  );
}

/** The longest function word: longer runs of letters are not looked up. */
const LONGEST_FUNCTION_WORD = Math.max(
  ...[...FUNCTION_WORDS.fr, ...FUNCTION_WORDS.en].map((word) => word.length),
);

/**
 * Function words among the words (runs of letters) of the text in lower case. This runs on
 * every sentence: the runs are found in one pass, and only those short enough to be a
 * function word are cut out and looked up.
 */
function functionWords(text: string): { french: number; english: number } {
  const lower = text.toLowerCase();
  let french = 0;
  let english = 0;
  let wordStart = -1;
  for (let index = 0; index <= lower.length;) {
    const code = index < lower.length ? (lower.codePointAt(index) ?? 0) : 0;
    const letter = index < lower.length && isLetter(code);
    if (letter && wordStart < 0) wordStart = index;
    if (!letter && wordStart >= 0) {
      if (index - wordStart <= LONGEST_FUNCTION_WORD) {
        const word = lower.slice(wordStart, index);
        if (FUNCTION_WORDS.fr.has(word)) french++;
        if (FUNCTION_WORDS.en.has(word)) english++;
      }
      wordStart = -1;
    }
    index += code > 0xffff ? 2 : 1;
  }
  return { french, english };
}
