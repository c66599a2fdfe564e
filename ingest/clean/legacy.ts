/**
 * Which legacy code page a text that is not UTF-8 was written in. Two clues, in order:
 *
 * 1. chardet's byte statistics, taken when the guess is clear: sure enough and well ahead of
 *    the next different encoding.
 * 2. Otherwise, which of the code pages of our languages (Arabic windows-1256 and ISO-8859-6,
 *    Western windows-1252) gives a plausible text: one that decodes without undefined bytes or
 *    control characters, whose words each keep to one script, and which, if Latin, has few
 *    accented letters (French has a few per word at most; Arabic bytes read as Latin-1 are
 *    nearly all accented letters). The reading is taken when every plausible one gives the
 *    same text.
 *
 * Short texts defeat statistics (a few words score 20% and tie); the second clue is what
 * lets a two-line Arabic note with a Latin name in it through, while a wrong guess still
 * cannot pass.
 */
import { analyse } from 'chardet';
import { matchesOf } from '../regex-matches.ts';

export type LegacyReading = { encoding: string; text: string; how: string } | { refused: string };

/**
 * Measured on our own one-sentence windows-1256 and windows-1252 texts: they score 41-98 and
 * lead by 25 or more; a few words score below 20 and tie with unrelated code pages.
 */
const MIN_GUESS_CONFIDENCE = 35;
const MIN_GUESS_MARGIN = 15;

/** Code pages tried for plausibility: those of Arabic, French and English text. */
const OUR_CODE_PAGES = ['windows-1256', 'windows-1252'];
const OUR_SCRIPTS = ['Latin', 'Arabic'];
/** Fewer letters beyond ASCII than this is too little to judge a reading by. */
const MIN_NON_ASCII_LETTERS = 3;

/** Latin text in which more than this share of letters is accented is not French or English. */
const MAX_ACCENTED_LATIN_SHARE = 0.3;

export function readLegacy(bytes: Uint8Array): LegacyReading {
  const candidates = analyse(bytes)
    .filter((candidate) => !/^utf-/i.test(candidate.name) && decoderFor(candidate.name))
    .map((candidate) => ({
      encoding: decoderFor(candidate.name)?.encoding ?? candidate.name,
      confidence: candidate.confidence,
    }));
  const best = candidates[0];
  // ISO-8859-1 and windows-1252 are one encoding to a TextDecoder: the runner-up must differ.
  const runnerUp = candidates.find((candidate) => candidate.encoding !== best?.encoding);
  if (
    best &&
    best.confidence >= MIN_GUESS_CONFIDENCE &&
    best.confidence - (runnerUp?.confidence ?? 0) >= MIN_GUESS_MARGIN
  ) {
    const text = strictDecode(bytes, best.encoding);
    if (text !== undefined && plausible(text)) {
      return { encoding: best.encoding, text, how: `detected, ${best.confidence}% confidence` };
    }
  }
  const readings = new Map<string, string>();
  for (const encoding of OUR_CODE_PAGES) {
    const text = strictDecode(bytes, encoding);
    if (text !== undefined && plausible(text, OUR_SCRIPTS) && !readings.has(text))
      readings.set(text, encoding);
  }
  const [only] = [...readings];
  if (readings.size === 1 && only) {
    const [text, encoding] = only;
    return { encoding, text, how: `the only plausible reading among ${OUR_CODE_PAGES.join(', ')}` };
  }
  const guess = best
    ? `best statistical guess ${best.encoding} at ${best.confidence}%${runnerUp ? `, ${runnerUp.encoding} at ${runnerUp.confidence}%` : ''}`
    : 'no statistical guess';
  const readable =
    readings.size === 0
      ? 'no code page of ours reads it plausibly'
      : `${readings.size} code pages read it differently (${[...readings.values()].join(', ')})`;
  return { refused: `${guess}; ${readable}` };
}

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

/** The text, or undefined when a byte is undefined in that encoding. */
function strictDecode(bytes: Uint8Array, encoding: string): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const WORD = /\p{L}[\p{L}\p{M}]*/gu;
const SCRIPTS = [
  'Latin',
  'Arabic',
  'Cyrillic',
  'Greek',
  'Hebrew',
  'Thai',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
].map((name) => ({ name, pattern: new RegExp(`\\p{Script=${name}}`, 'u') }));

function scriptOf(letter: string): string {
  return SCRIPTS.find((script) => script.pattern.test(letter))?.name ?? 'other';
}

/**
 * No control characters; what lies beyond ASCII mostly letters; every word in one script (and,
 * when `scripts` is given, one of those); Latin words not mostly accented letters.
 */
export function plausible(text: string, scripts?: readonly string[]): boolean {
  if (firstControlCharacter(text) >= 0) return false;
  const beyondAscii = [...text].filter((char) => char > '\u007f');
  const letters = beyondAscii.filter((char) => /[\p{L}\p{M}]/u.test(char)).length;
  if (letters < MIN_NON_ASCII_LETTERS || letters * 2 < beyondAscii.length) return false;
  let latinLetters = 0;
  let accented = 0;
  for (const [word] of matchesOf(WORD, text)) {
    const wordLetters = [...word].filter((char) => /\p{L}/u.test(char));
    const wordScripts = new Set(wordLetters.map(scriptOf));
    if (wordScripts.size > 1) return false;
    const [script = 'other'] = wordScripts;
    if (scripts && !scripts.includes(script)) return false;
    if (script !== 'Latin') continue;
    latinLetters += wordLetters.length;
    accented += wordLetters.filter((char) => char > '\u007f').length;
  }
  return latinLetters === 0 || accented / latinLetters <= MAX_ACCENTED_LATIN_SHARE;
}

/** Index of the first C0/C1 control character other than tab, line breaks and form feed, or -1. */
export function firstControlCharacter(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const c0 = code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d;
    if (c0 || (code >= 0x7f && code <= 0x9f)) return i;
  }
  return -1;
}
