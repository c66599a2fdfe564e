/**
 * An acronym in brackets right after its long form ("Commission nationale de contrôle de la
 * campagne électorale (CNCCEP)", "Front national (FN)"): both name one organisation. The
 * long form is accepted when the acronym's letters are the initials of its last content words
 * in order (small words such as "de", "la", "of" may be skipped; a word may give two letters),
 * and when it has a word that heads organisation names ("Commission", "Front", "Agency"), or,
 * written in lower case, opens on one ("le secrétariat général de la défense ... (SGDSN)"):
 * reports spell out terms of every kind this way ("Dynamic Link Library (DLL)", "Natural
 * Language Processing (NLP)"), and only those name a body.
 */
import { connectiveWords } from '../extract/lang/index.ts';
import { NAMES } from '../extract/lang/names.ts';
import { ORGANIZATION_HEADS } from './cues.ts';
import type { Candidate } from './types.ts';
import { matchesOf } from '../regex-matches.ts';

const ACRONYM_IN_BRACKETS = /\(\s*(\p{Lu}[\p{Lu}\p{N}&.-]{1,9})s?\s*\)/gu;
const WORD_BEFORE = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const FIRST_WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/u;
/** The packs' `connectives.acronymSmallWords`, which an acronym's letters skip ("of", "de", "la"). */
const SMALL_WORDS: ReadonlySet<string> = new Set(connectiveWords('acronymSmallWords'));
const MAX_LONG_FORM_WORDS = 14;
/**
 * Head words of bodies, the general ones and the name packs' `acronymBodyHeads` of state bodies,
 * compared in lower case: French writes "ministère", "direction" so.
 */
const BODY_HEADS = new Set(
  [...ORGANIZATION_HEADS, ...NAMES.acronymBodyHeads].map((word) => word.toLowerCase()),
);
const TECHNICAL_TERMS = new Set(NAMES.technicalTerms);

export interface AcronymLink {
  longForm: Candidate;
  acronym: Candidate;
}

export function findAcronymLinks(text: string): AcronymLink[] {
  const links: AcronymLink[] = [];
  for (const match of matchesOf(ACRONYM_IN_BRACKETS, text)) {
    const acronymStart = match.index + match[0].indexOf(match[1] ?? '');
    const longStart =
      longFormBefore(text, match) ?? bodyInLowerCase(text, match) ?? translatedLongForm(text, match);
    if (longStart === undefined) continue;
    const longEnd = text.slice(0, match.index).trimEnd().length;
    const longSurface = text.slice(longStart, longEnd);
    const acronym = match[1] ?? '';
    if (TECHNICAL_TERMS.has(acronym) || !namesABody(longSurface)) continue;
    const reason = `acronym: "${acronym}" is written in brackets after "${longSurface}"`;
    links.push({
      longForm: {
        start: longStart,
        end: longEnd,
        surface: longSurface,
        type: 'Organization',
        source: 'acronym',
        name: longSurface,
        reason,
      },
      acronym: {
        start: acronymStart,
        end: acronymStart + acronym.length,
        surface: acronym,
        type: 'Organization',
        source: 'acronym',
        name: acronym,
        reason,
      },
    });
  }
  return links;
}

/**
 * Where the long form starts: the earliest capitalised word from which every content word up
 * to the bracket gives the next letter of the acronym. Long acronyms may keep one letter no
 * word gives ("... campagne électorale (CNCCEP)" for "... en vue de l'élection présidentielle").
 */
function longFormStart(
  words: ReadonlyArray<{ text: string; start: number }>,
  letters: string,
  capitalised = true,
): number | undefined {
  // Terms (lower case allowed) may spell a letter with a small word; bodies' links keep the old reading.
  const smallWordLetters = !capitalised;
  const allowedMissing = letters.length >= 4 ? 1 : 0;
  let best: number | undefined;
  for (let first = words.length - 1; first >= 0; first--) {
    const head = words[first];
    if (!head || (capitalised && !/^\p{Lu}/u.test(head.text)) || initial(head.text) !== letters[0]) continue;
    if (initialsFit(words.slice(first), letters, allowedMissing, smallWordLetters)) best = head.start;
  }
  return best;
}

function initialsFit(
  words: ReadonlyArray<{ text: string }>,
  letters: string,
  allowedMissing: number,
  smallWordLetters = false,
): boolean {
  if (smallWordLetters) return spells(words, 0, letters, 0, allowedMissing);
  let letterIndex = 0;
  for (const word of words) {
    if (SMALL_WORDS.has(word.text.toLowerCase())) continue;
    if (initial(word.text) !== letters[letterIndex]) return false;
    letterIndex++;
  }
  return letterIndex >= letters.length - allowedMissing && letterIndex <= letters.length;
}

/**
 * Whether words[from..] give letters[at..] as initialsFit reads them, except that a small word
 * may also give its letter: terms keep theirs ("Indicators of Compromise (IOC)").
 */
function spells(
  words: ReadonlyArray<{ text: string }>,
  from: number,
  letters: string,
  at: number,
  allowedMissing: number,
): boolean {
  const word = words[from];
  if (word === undefined) return at >= letters.length - allowedMissing && at <= letters.length;
  const gives =
    initial(word.text) === letters[at] && spells(words, from + 1, letters, at + 1, allowedMissing);
  return (
    gives ||
    (SMALL_WORDS.has(word.text.toLowerCase()) && spells(words, from + 1, letters, at, allowedMissing))
  );
}

function initial(word: string): string {
  return word
    .replace(/^[dlDL]['’]/u, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .charAt(0)
    .toUpperCase();
}

/** An acronym followed by its long form in brackets: "OBOR (One Belt, One Road)". */
const ACRONYM_THEN_BRACKETS = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{N}&-]{1,9})\s*\(([^()\n]{3,120})\)/gu;

/**
 * Acronyms the text spells out as something other than a body ("Dynamic Link Library (DLL)",
 * "indicators of compromise (IOC)", "OBOR (One Belt, One Road)"): the text itself says what
 * they stand for, and it is no organisation, whatever article stands before them elsewhere
 * and whatever body elsewhere shares the letters. The long form may come before or after the
 * acronym, and may be written in lower case, as terms often are.
 */
export function acronymsOfTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const match of matchesOf(ACRONYM_IN_BRACKETS, text)) {
    const longStart = longFormBefore(text, match, false);
    if (longStart !== undefined && !namesABody(text.slice(longStart, match.index))) terms.add(match[1] ?? '');
  }
  for (const match of matchesOf(ACRONYM_THEN_BRACKETS, text)) {
    const acronym = match[1] ?? '';
    const longForm = match[2] ?? '';
    const words = matchesOf(WORD_BEFORE, longForm).map((word) => ({ text: word[0], start: word.index }));
    const letters = acronym.replace(/[^\p{Lu}\p{N}]/gu, '');
    // The whole bracket spells the acronym, from its first word: no more than a long form.
    if (longFormStart(words, letters, false) === 0 && !namesABody(longForm)) terms.add(acronym);
  }
  return terms;
}

/**
 * "the URL IOCs", "two NGOs": an acronym the text puts in the plural is a common noun there, a
 * kind of thing, as no one body is counted; so it names no organisation in that text.
 */
export function writtenInPlural(text: string, acronym: string): boolean {
  const escaped = acronym.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}s(?![\\p{L}\\p{N}])`, 'u').test(text);
}

/** Where the long form of the acronym in brackets `match` starts, if the words before spell it. */
function longFormBefore(text: string, match: RegExpExecArray, capitalised = true): number | undefined {
  const letters = (match[1] ?? '').replace(/[^\p{Lu}\p{N}]/gu, '');
  const windowStart = Math.max(0, match.index - 160);
  const words = matchesOf(WORD_BEFORE, text.slice(windowStart, match.index))
    .map((word) => ({ text: word[0], start: windowStart + word.index }))
    .slice(-MAX_LONG_FORM_WORDS);
  return longFormStart(words, letters, capitalised);
}

/**
 * "le secrétariat général de la défense et de la sécurité nationale (SGDSN)": French writes a
 * body's long form in lower case too; it names the body when its first word heads bodies' names.
 */
function bodyInLowerCase(text: string, match: RegExpExecArray): number | undefined {
  const start = longFormBefore(text, match, false);
  if (start === undefined) return undefined;
  const first = FIRST_WORD.exec(text.slice(start, match.index))?.[0];
  return first !== undefined && BODY_HEADS.has(first.toLowerCase()) ? start : undefined;
}

/** Fewest letters an acronym needs before its letters may come in another order. */
const MIN_TRANSLATED_LETTERS = 4;

/**
 * "the Secretariat-General for National Defence and Security (SGDSN)": a body's acronym kept
 * from the language it was named in, whose words come in another order. Every content word is
 * capitalised, each part of a compound gives a letter ("Secretariat-General": S and G), and
 * together they give the acronym's letters exactly, no more, no fewer, whatever their order.
 */
function translatedLongForm(text: string, match: RegExpExecArray): number | undefined {
  const letters = (match[1] ?? '').replace(/[^\p{Lu}]/gu, '');
  if (letters.length < MIN_TRANSLATED_LETTERS) return undefined;
  const wanted = [...letters].sort().join('');
  const windowStart = Math.max(0, match.index - 160);
  const words = [...matchesOf(WORD_BEFORE, text.slice(windowStart, match.index))]
    .map((word) => ({ text: word[0], start: windowStart + word.index }))
    .slice(-MAX_LONG_FORM_WORDS);
  const given: string[] = [];
  for (let first = words.length - 1; first >= 0; first--) {
    const word = words[first];
    if (!word) break;
    if (SMALL_WORDS.has(word.text.toLowerCase())) continue;
    const parts = word.text.split('-');
    if (!parts.every((part) => /^\p{Lu}/u.test(part))) return undefined;
    given.push(...parts.map(initial));
    if (given.length > letters.length) return undefined;
    if (given.length === letters.length)
      return [...given].sort().join('') === wanted ? word.start : undefined;
  }
  return undefined;
}

function namesABody(longForm: string): boolean {
  return longForm.split(/[^\p{L}\p{M}]+/u).some((word) => BODY_HEADS.has(word.toLowerCase()));
}
