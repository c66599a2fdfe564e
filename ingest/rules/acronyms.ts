/**
 * An acronym in brackets right after its long form ("Commission nationale de contrôle de la
 * campagne électorale (CNCCEP)", "Front national (FN)"): both name one organisation. The
 * long form is accepted when the acronym's letters are the initials of its last content words
 * in order (small words such as "de", "la", "of" may be skipped; a word may give two letters),
 * and when it has a word that heads organisation names ("Commission", "Front", "Agency"):
 * reports spell out terms of every kind this way ("Dynamic Link Library (DLL)", "Natural
 * Language Processing (NLP)"), and only those name a body.
 */
import { NAMES } from '../extract/lang/names.ts';
import { ORGANIZATION_HEADS } from './cues.ts';
import type { Candidate } from './types.ts';

const ACRONYM_IN_BRACKETS = /\(\s*(\p{Lu}[\p{Lu}\p{N}&.-]{1,9})\s*\)/gu;
const WORD_BEFORE = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const SMALL_WORDS = new Set(
  'de du des d la le les l et en à au aux pour sur of the and for on in a an'.split(' '),
);
const MAX_LONG_FORM_WORDS = 14;
/** Heads of state bodies that spelled-out acronyms use beside the general head words. */
const STATE_BODY_HEADS = ['Directorate', 'Corps', 'Command', 'Forces', 'Guard', 'Headquarters', 'Operations'];
/** Head words of bodies, compared in lower case: French writes "ministère", "direction" so. */
const BODY_HEADS = new Set([...ORGANIZATION_HEADS, ...STATE_BODY_HEADS].map((word) => word.toLowerCase()));
const TECHNICAL_TERMS = new Set(NAMES.technicalTerms);

export interface AcronymLink {
  longForm: Candidate;
  acronym: Candidate;
}

export function findAcronymLinks(text: string): AcronymLink[] {
  const links: AcronymLink[] = [];
  for (const match of text.matchAll(ACRONYM_IN_BRACKETS)) {
    const acronymStart = match.index + match[0].indexOf(match[1] ?? '');
    const longStart = longFormBefore(text, match);
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
): number | undefined {
  const allowedMissing = letters.length >= 4 ? 1 : 0;
  let best: number | undefined;
  for (let first = words.length - 1; first >= 0; first--) {
    const head = words[first];
    if (!head || !/^\p{Lu}/u.test(head.text) || initial(head.text) !== letters[0]) continue;
    if (initialsFit(words.slice(first), letters, allowedMissing)) best = head.start;
  }
  return best;
}

function initialsFit(
  words: ReadonlyArray<{ text: string }>,
  letters: string,
  allowedMissing: number,
): boolean {
  let letterIndex = 0;
  for (const word of words) {
    if (SMALL_WORDS.has(word.text.toLowerCase())) continue;
    if (initial(word.text) !== letters[letterIndex]) return false;
    letterIndex++;
  }
  return letterIndex >= letters.length - allowedMissing && letterIndex <= letters.length;
}

function initial(word: string): string {
  return word
    .replace(/^[dlDL]['’]/u, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .charAt(0)
    .toUpperCase();
}

/**
 * Acronyms the text spells out as something other than a body ("One Belt One Road (OBOR)",
 * "Dynamic Link Library (DLL)"): the text itself says what they stand for, and it is no
 * organisation, whatever article stands before them elsewhere.
 */
export function acronymsOfTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const match of text.matchAll(ACRONYM_IN_BRACKETS)) {
    const longStart = longFormBefore(text, match);
    if (longStart !== undefined && !namesABody(text.slice(longStart, match.index))) terms.add(match[1] ?? '');
  }
  return terms;
}

/** Where the long form of the acronym in brackets `match` starts, if the words before spell it. */
function longFormBefore(text: string, match: RegExpExecArray): number | undefined {
  const letters = (match[1] ?? '').replace(/[^\p{Lu}\p{N}]/gu, '');
  const windowStart = Math.max(0, match.index - 160);
  const words = [...text.slice(windowStart, match.index).matchAll(WORD_BEFORE)]
    .map((word) => ({ text: word[0], start: windowStart + word.index }))
    .slice(-MAX_LONG_FORM_WORDS);
  return longFormStart(words, letters);
}

function namesABody(longForm: string): boolean {
  return longForm.split(/[^\p{L}\p{M}]+/u).some((word) => BODY_HEADS.has(word.toLowerCase()));
}
