/**
 * The words of an Arabic sentence as the name finders read them: each with its offsets, its
 * folded key, and its readings as clitics + stem ("وبلدية" = و + ب + بلدية), plus the
 * particles and frequent verbs that end a name. Anything that is not an Arabic word
 * (punctuation, digits, Latin) is a boundary no Arabic name runs across.
 */
import { arabicReadings } from '../normalize/arabic.ts';
import { foldKey } from '../normalize/fold.ts';
import { packFor } from '../extract/lang/index.ts';
import type { Sentence } from '../types.ts';
import { matchesOf } from '../regex-matches.ts';

export interface ArabicToken {
  start: number;
  end: number;
  text: string;
  /** The folded word (no short vowels, alef and ta marbuta forms unified); empty for a boundary. */
  key: string;
}

/** An Arabic word (letters with their short vowels and tatweel), or any other run of non-space. */
const TOKEN = /([\u0621-\u063a\u0640-\u0652\u0670-\u06d3]+)|[^\s\u0621-\u063a\u0640-\u0652\u0670-\u06d3]+/gu;

/** Several finders read the same sentence: its tokens are made once. */
const tokensOf = new WeakMap<Sentence, readonly ArabicToken[]>();

export function arabicTokens(sentence: Sentence): readonly ArabicToken[] {
  let tokens = tokensOf.get(sentence);
  if (!tokens) {
    tokens = matchesOf(TOKEN, sentence.text).map((match) => ({
      start: sentence.start + match.index,
      end: sentence.start + match.index + match[0].length,
      text: match[0],
      key: match[1] === undefined ? '' : foldKey(match[1]),
    }));
    tokensOf.set(sentence, tokens);
  }
  return tokens;
}

/** Particles, pronouns and frequent verbs that end a name (checked without a clitic prefix too). */
const STOPWORDS = new Set(
  [
    ...(
      'هذا هذه ذلك تلك هؤلاء في من على الى إلى عن مع ان أن إن التي الذي الذين اللذين هو هي هم ' +
      'قد لقد كان كانت يكون تكون يوم امس أمس بعد قبل حول ضد عبر خلال منذ حتى لدى لم لن ما لا اي أي ' +
      'كل بين عند غير او أو ثم اذا إذا لكن بان بأن انه أنه إنه انها أنها إنها اكد ' +
      'اضاف اوضح اشار حيث مثل نحو فقط ايضا أيضا امام أمام وراء خلف تحت فوق دون سوى عدة بعض جميع ' +
      // Pronouns after a preposition, and adjectives of number and size that qualify a noun.
      'له لها لهم به بها بهم منه منها منهم فيه فيها فيهم عنه عنها عنهم ' +
      'واحد واحدة آخر أخرى أول أولى جديد جديدة كبير كبيرة صغير صغيرة أكثر أكبر أقل ضمن ' +
      // "باسم" is "in the name of" far more often than the given name Basem.
      'باسم ' +
      // Plural roles: after a title they are its holders ("رئيس وأعضاء", "وزير ... رؤساء البلديات").
      'رؤساء أعضاء اعضاء وزراء نواب مدراء مديري ' +
      // Dates: "بتاريخ", "عام 1990" after a name are when, not who.
      'تاريخ عام سنة'
    ).split(/\s+/),
  ].map(foldKey),
);
/**
 * Verbs of saying, denial and suspicion, and one-word hedges ("يبدو"), from the language pack. A verb takes
 * only a conjunction before it: "كيري" is a name, not "يرى" after the preposition "ك".
 */
const STOP_VERBS = new Set(
  (['saying', 'denials', 'hedges', 'suspicions'] as const)
    .flatMap((concept) => packFor('ar').claims[concept].filter((phrase) => !phrase.includes(' ')))
    .map(foldKey),
);

export function isStopword(word: string): boolean {
  const key = foldKey(word);
  if (STOPWORDS.has(key) || STOP_VERBS.has(key)) return true;
  const stem = key.slice(1);
  return (/^[وفبلك]/u.test(key) && STOPWORDS.has(stem)) || (/^[وف]/u.test(key) && STOP_VERBS.has(stem));
}

/** Whether the folded word carries the article, alone or after clitics ("وال", "بال", "لل"). */
/**
 * Verbal nouns of the derived forms افتعال, استفعال and انفعال ("اتهام", "انتقاد", "استخدام",
 * "انسحاب"), without the article: what a sentence says someone does, never a word of a name.
 */
const DERIVED_VERBAL_NOUN = /^(?:ا[^ا\s]?ت[^ا\s]ا[^ا\s]|است[^ا\s]{2}ا[^ا\s]|ان[^ا\s]{2}ا[^ا\s])$/u;

export function isDerivedVerbalNoun(word: string): boolean {
  return DERIVED_VERBAL_NOUN.test(word);
}

export function hasArticle(key: string): boolean {
  return /^(?:[وف]?[بكل]?ال|[وف]?لل)/u.test(key);
}

export interface StemReading {
  /** Characters of clitics before the stem, in the folded key (the same count in the text for plain letters). */
  prefixLength: number;
  stem: string;
  /** Whether the clitics end in the article. */
  definite: boolean;
}

/**
 * The word read as [و|ف][ب|ك|ل][ال] + stem, the unsplit word first. "للجنة" is also read as
 * ل + لجنة with the article's alef dropped, and counts as definite then.
 */
export function stemReadings(key: string): StemReading[] {
  return arabicReadings(key).map(({ prefixLength, stem }) => {
    const prefix = key.slice(0, prefixLength);
    return { prefixLength, stem, definite: prefix.endsWith('ال') || prefix.endsWith('لل') };
  });
}

/** Where in `token.text` the folded key's character `index` is: short vowels and tatweel fold away. */
export function textOffset(token: ArabicToken, index: number): number {
  let letters = 0;
  for (let offset = 0; offset < token.text.length; offset++) {
    if (MARK.test(token.text[offset] ?? '')) continue;
    if (letters === index) return offset;
    letters++;
  }
  return token.text.length;
}

const MARK = /^(?:\u0640|[\u064b-\u0652]|\u0670)$/u;
