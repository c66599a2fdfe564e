/**
 * Arabic persons named by their full name, with no title before it: a given name from the
 * list of lang/ar/names.ts, then more name words — given names ("نمر محمد الرياحي"), lineage
 * chains ("حمد بن خليفة", "أبو العز"), a compound "عبد" name ("جمال عبد الناصر"), and at
 * most one family name, bare ("صابر مسعد") or in the nisba form with the article
 * ("خليل السكاكيني"). A given name alone is not taken: too many of them are everyday words.
 */
import { names } from '../extract/lang/ar/names.ts';
import { loadGazetteer } from '../gazetteer/index.ts';
import { foldKey } from '../normalize/fold.ts';
import type { Sentence } from '../types.ts';
import {
  isDerivedVerbalNoun,
  arabicTokens,
  hasArticle,
  isStopword,
  stemReadings,
  textOffset,
  type ArabicToken,
} from './arabic-words.ts';
import { isHeadNoun } from './names-arabic-heads.ts';
import type { Candidate } from './types.ts';

const fold = (words: readonly string[]) => new Set(words.map(foldKey));
const GIVEN_NAMES = fold(names.givenNames);
const ALSO_WORDS = fold(names.givenNamesAlsoWords);
const KUNYAS = fold(names.kunyas);
const LINEAGE = fold(names.lineage);
const TITLES = fold(names.personTitles);
const SERVANT_OF = foldKey(names.servantOf);
const DIVINE_NAME = foldKey(names.divineName);
/** A family name of the nisba form with the article ("السكاكيني", "الحسيني"). */
const NISBA_SURNAME = /^ال[^\s]{2,}ي$/u;
/** The most words a full name runs to, lineage words included. */
const MAX_NAME_WORDS = 6;
/** Clitics a name may carry in the text ("لجمال", "وياسر"): a conjunction or a preposition, no article. */
const NAME_CLITICS = new Set(['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فل', 'فب']);

interface NamePart {
  /** Index of the part's last token. */
  last: number;
  /** Whether the part is a name word on its own (a given name, a lineage or "عبد" chain). */
  strong: boolean;
}

export function findArabicGivenNames(text: string, sentences: readonly Sentence[]): Candidate[] {
  const found: Candidate[] = [];
  for (const sentence of sentences) {
    if (!/[\u0600-\u06ff]/u.test(sentence.text)) continue;
    const tokens = arabicTokens(sentence);
    const speaker = speakerLabel(text, tokens);
    if (speaker) found.push(speaker);
    let index = speaker ? 1 : 0;
    while (index < tokens.length) {
      const candidate = fullNameAt(text, tokens, index);
      if (candidate) {
        found.push(candidate.candidate);
        index = candidate.next;
      } else index++;
    }
  }
  return found;
}

/**
 * "سمير: ..." at the head of a sentence: a given name alone before a colon labels who speaks,
 * in a transcript or a script, as a full name would.
 */
function speakerLabel(text: string, tokens: readonly ArabicToken[]): Candidate | undefined {
  const [name, colon] = tokens;
  if (!name || colon?.text !== ':' || !GIVEN_NAMES.has(name.key) || tokens.length < 3) return undefined;
  return {
    start: name.start,
    end: name.end,
    surface: name.text,
    type: 'Person',
    source: 'name',
    name: name.text,
    reason: `name: "${name.text}" is a given name that labels a speaker`,
  };
}

function fullNameAt(
  text: string,
  tokens: readonly ArabicToken[],
  index: number,
): { candidate: Candidate; next: number } | undefined {
  const token = tokens[index];
  if (!token?.key || (isStopword(token.key) && !opensWithFamilyName(tokens, index))) return undefined;
  const opening = openingName(tokens, index);
  if (!opening) return undefined;
  const parts: NamePart[] = [opening.part];
  let surnameTaken = false;
  let next = opening.part.last + 1;
  while (parts.length < MAX_NAME_WORDS && !surnameTaken) {
    const word = tokens[next];
    if (word?.key === DIVINE_NAME) break;
    if (!word?.key || isStopword(word.key) || TITLES.has(word.key) || isHeadNoun(word.text)) break;
    const following = tokens[next + 1];
    if ((LINEAGE.has(word.key) || word.key === SERVANT_OF) && following?.key && !isStopword(following.key)) {
      parts.push({ last: next + 1, strong: true });
    } else if (GIVEN_NAMES.has(word.key)) {
      // Two everyday words in a row ("جهاد نصر", struggle and victory) are no name.
      parts.push({ last: next, strong: !ALSO_WORDS.has(word.key) });
    } else if (hasArticle(word.key)) {
      if (!NISBA_SURNAME.test(word.key)) break;
      parts.push({ last: next, strong: true });
      surnameTaken = true;
    } else {
      // A bare family name: not a verb in the present tense, not a second name joined by "و",
      // and not after a kunya, which is a whole name ("وكتب أبو غسان رسالة").
      const verbLike = /^[يتو]/u.test(word.key) && !isNounOnTa(word.text);
      if (verbLike || isDerivedVerbalNoun(word.key) || opening.complete) break;
      parts.push({ last: next, strong: false });
      surnameTaken = true;
    }
    next = (parts.at(-1)?.last ?? next) + 1;
  }
  // "نصر الله", "فضل الله": the name of God closes the compound its last word opens.
  const closing = parts.at(-1);
  if (closing && parts.length > 1 && tokens[closing.last + 1]?.key === DIVINE_NAME) {
    parts[parts.length - 1] = { last: closing.last + 1, strong: true };
  }
  const second = parts[1];
  // A kunya ("أبو غسان") is a name in itself; a given name needs a second name word.
  if (!second && !opening.complete) return undefined;
  // "أمين عام", "صالح للاستخدام": a given name that is also a word needs a name word after it.
  if (opening.alsoWord && !second?.strong) return undefined;
  const last = tokens[parts.at(-1)?.last ?? index];
  if (!last) return undefined;
  const start = token.start + textOffset(token, opening.prefixLength);
  const surface = text.slice(start, last.end);
  return {
    candidate: {
      start,
      end: last.end,
      surface,
      type: 'Person',
      source: 'name',
      name: surface,
      reason: `name: "${surface}" opens with a given name and goes on with name words`,
    },
    next: (parts.at(-1)?.last ?? index) + 1,
  };
}

/**
 * "علي الكناني": a given name spelled like a function word ("علي", as the preposition "على" is
 * often written) opens a name when a family name of the nisba form follows it, which no
 * preposition takes as its object unless it is a demonym ("على الإيراني").
 */
function opensWithFamilyName(tokens: readonly ArabicToken[], index: number): boolean {
  const token = tokens[index];
  const family = tokens[index + 1]?.key;
  // Folding writes "على" as "علي" and "المستوى" as "المستوي": the name and its family end on a
  // dotted yaa as written.
  const written = (word: ArabicToken | undefined) => word !== undefined && /ي$/u.test(word.text);
  if (!token || !GIVEN_NAMES.has(token.key) || !written(token)) return false;
  if (!family || !NISBA_SURNAME.test(family) || !written(tokens[index + 1])) return false;
  const gazetteer = loadGazetteer();
  return gazetteer.byName(family).length === 0 && gazetteer.byName(family.slice(2)).length === 0;
}

/**
 * A word opening on "ت" and ending in "ة" is a noun, never a verb ("تفاحة"), and may be a family
 * name; not the verbal noun تفعلة ("تنمية", "تعبئة"), which heads what the sentence says.
 */
function isNounOnTa(word: string): boolean {
  return /^ت[\u0621-\u064a]{2,}ة$/u.test(word) && !/^ت[\u0621-\u064a]{1,3}(?:ية|ئة)$/u.test(word);
}

/** The word that opens a full name: a given name, "عبد" + a divine name, or a kunya before a given name. */
/** The stems that may open a name; most words have no reading among them. */
const OPENING_STEMS = new Set([...GIVEN_NAMES, SERVANT_OF, ...KUNYAS]);
const readingsByKey = new Map<string, ReturnType<typeof stemReadings>>();
const KEYS_KEPT = 50_000;

/** A word's readings as clitics a name may carry + a stem that may open a name, worked out once per word. */
function nameReadings(key: string): ReturnType<typeof stemReadings> {
  let readings = readingsByKey.get(key);
  if (!readings) {
    if (readingsByKey.size >= KEYS_KEPT) readingsByKey.clear();
    readings = stemReadings(key).filter(
      (reading) =>
        !reading.definite &&
        NAME_CLITICS.has(key.slice(0, reading.prefixLength)) &&
        OPENING_STEMS.has(reading.stem),
    );
    readingsByKey.set(key, readings);
  }
  return readings;
}

function openingName(
  tokens: readonly ArabicToken[],
  index: number,
): { part: NamePart; prefixLength: number; alsoWord: boolean; complete: boolean } | undefined {
  const token = tokens[index];
  const following = tokens[index + 1];
  if (!token) return undefined;
  for (const { prefixLength, stem } of nameReadings(token.key)) {
    if (GIVEN_NAMES.has(stem)) {
      return {
        part: { last: index, strong: true },
        prefixLength,
        alsoWord: ALSO_WORDS.has(stem),
        complete: false,
      };
    }
    if (stem === SERVANT_OF && following?.key && hasArticle(following.key)) {
      return { part: { last: index + 1, strong: true }, prefixLength, alsoWord: false, complete: false };
    }
    if (KUNYAS.has(stem) && following?.key && GIVEN_NAMES.has(following.key)) {
      return { part: { last: index + 1, strong: true }, prefixLength, alsoWord: false, complete: true };
    }
  }
  return undefined;
}
