/**
 * Whether a verb set first opens a clause of its own, so that its subject is the name written
 * after it and not one of the clause before: "هاجمت مجموعة X ألمانيا ثم هاجمت مجموعة Y فرنسا"
 * (the second verb's subject is Y). The verb carries a conjunction glued to it ("واستهدفت"), or
 * only white space stands between it and the start of the text, a punctuation mark that ends a
 * clause, or a word that opens one ("ثم", "وقد", "بعد أن"). The words are the packs'
 * `connectives.clauseClitics` and `connectives.clauseOpeners`.
 */
import { connectiveWords } from '../extract/lang/index.ts';
import type { Span } from '../types.ts';
import { arabicTolerant, escapeRegExp } from './text.ts';

const CLITICS = connectiveWords('clauseClitics');
const OPENERS = connectiveWords('clauseOpeners');

/** Tolerant alternation of phrases, longest first, any run of white space between their words. */
function tolerantAlternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => arabicTolerant(escapeRegExp(phrase)).replace(/\s+/gu, String.raw`\s+`))
    .join('|');
}

const CLITIC_SOURCE = tolerantAlternation(CLITICS);
/** A verb opening on a glued conjunction, three letters of the verb at least after it ("وصف" is a verb of its own). */
const GLUED_CONJUNCTION = CLITICS.length > 0 ? new RegExp(`^(?:${CLITIC_SOURCE})\\p{L}{3}`, 'u') : undefined;
/** What ends the text before a verb that opens its clause: nothing, a punctuation mark, an opening word. */
const OPENING_BEFORE = new RegExp(
  String.raw`(?:^|[,،.;:؛!?]` +
    (OPENERS.length > 0
      ? String.raw`|(?<![\p{L}\p{M}])(?:${CLITICS.length > 0 ? `(?:${CLITIC_SOURCE})?` : ''}(?:${tolerantAlternation(OPENERS)}))`
      : '') +
    String.raw`)\s*$`,
  'u',
);
/** How far back the opening word is looked for. */
const LOOK_BACK = 40;

/**
 * Whether the verb at `verb` opens its clause. `from` is where the text it may follow starts
 * (its sentence's start; by default the text's).
 */
export function opensClause(text: string, verb: Span, from = 0): boolean {
  if (GLUED_CONJUNCTION?.test(text.slice(verb.start, verb.end))) return true;
  return OPENING_BEFORE.test(text.slice(Math.max(from, verb.start - LOOK_BACK), verb.start));
}
