/**
 * Phrases written as "auxiliary participle" found also with adverbs between the two words
 * ("a durement frappé", "ont officiellement attribué", "has also hit", "a toutefois assuré"),
 * or with a French negation around the auxiliary ("n'a pas piraté", "n'ont jamais visé"), for
 * every matcher whose phrases are compound tenses: relation triggers and claim cues.
 */
import type { PhraseMatch, PhraseMatcher } from './phrase-matcher.ts';
import { overlaps } from './text.ts';
import { alternation } from './patterns.ts';
import { connectiveWords, PACKS } from '../extract/lang/index.ts';
import { matchesOf } from '../regex-matches.ts';

/** The auxiliaries of a compound past, the packs' `perfectAuxiliaries` and `conditionalAuxiliaries`. */
const AUXILIARIES = [...connectiveWords('perfectAuxiliaries'), ...connectiveWords('conditionalAuxiliaries')];
/** A word ending as an adverb of manner does ("durement", "repeatedly"): the packs' `adverbEndings`. */
const MANNER_ADVERB = String.raw`\p{L}+(?:${alternation(connectiveWords('adverbEndings'))})`;
/**
 * An auxiliary, then one or two adverbs (the packs' `auxiliaryAdverbs`, or of manner). Negations
 * are left out: they are cues of their own. The auxiliaries' first letters are tested before the
 * look-behind, so the search skips most positions at once.
 */
const AUXILIARY_ADVERBS = new RegExp(
  String.raw`(?=[${[...new Set(AUXILIARIES.map((word) => word.charAt(0)))].join('')}])(?<![\p{L}\p{M}])(${alternation(AUXILIARIES)})\s+(?:(?:${MANNER_ADVERB}|${alternation(connectiveWords('auxiliaryAdverbs'))})\s+){1,2}(?=\p{L})`,
  'giu',
);
/** The packs that write a negation around the auxiliary (French: "n'a pas"). */
const NEGATING_PACKS = PACKS.filter(({ connectives }) => connectives.negationClitics.length > 0);
/** Those packs' words of one kind. */
function negatingWords(kind: keyof (typeof PACKS)[number]['connectives']): string[] {
  return [...new Set(NEGATING_PACKS.flatMap(({ connectives }) => connectives[kind]))];
}
/**
 * An auxiliary in a negation ("n'a pas", "n'avaient jamais": the packs' `negationClitics`, an
 * auxiliary of their language and `negationParticles`), one or two `adverbsAfterNegation` or
 * adverbs of manner at most after it. The negation is a cue of its own, so the phrase found here
 * starts at the participle: the negation stands before it and frames it.
 */
const NEGATED_AUXILIARY = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${alternation(negatingWords('negationClitics'))})(${alternation([
    ...negatingWords('perfectAuxiliaries'),
    ...negatingWords('conditionalAuxiliaries'),
  ])})\s+(?:${alternation(negatingWords('negationParticles'))})\s+(?:(?:\p{L}+(?:${alternation(
    negatingWords('adverbEndings'),
  )})|${alternation(negatingWords('adverbsAfterNegation'))})\s+){0,2}(?=\p{L})`,
  'giu',
);
/** How far after the adverbs a compound phrase may reach. */
const COMPOUND_REACH = 80;

/**
 * The matcher's phrases in text[start, end), plus those split by adverbs (spanning from the
 * auxiliary to the end of the phrase) where no plain match overlaps them; in text order.
 */
export function findWithCompoundTenses<T>(
  matcher: PhraseMatcher<T>,
  text: string,
  start: number,
  end: number,
  options: CompoundOptions = {},
): Array<PhraseMatch<T>> {
  const plain = matcher.find(text, start, end);
  const compounds = findCompounds(matcher, text, start, end)
    .filter(({ negated }) => !negated || options.throughNegation === true)
    .map(({ match }) => match)
    .filter((compound) => !plain.some((match) => overlaps(match, compound)));
  return [...plain, ...compounds].sort((a, b) => a.start - b.start);
}

export interface CompoundOptions {
  /**
   * Find phrases inside a negation too ("n'a pas piraté"): for relation triggers, whose
   * negation cue then frames them; not for claim cues, where "n'a jamais confirmé" is no report.
   */
  throughNegation?: boolean;
}

function findCompounds<T>(
  matcher: PhraseMatcher<T>,
  text: string,
  start: number,
  end: number,
): Array<{ match: PhraseMatch<T>; negated: boolean }> {
  const found: Array<{ match: PhraseMatch<T>; negated: boolean }> = [];
  for (const { auxiliary, at, verbAt, negated } of auxiliaryRuns(text, start, end)) {
    // The auxiliary joined to the participle, as a phrase writes it.
    const joined = `${auxiliary} ${text.slice(verbAt, Math.min(end, verbAt + COMPOUND_REACH))}`;
    const phrase = matcher.findAtStart(joined);
    if (!phrase || phrase.end <= auxiliary.length + 1) continue;
    found.push({
      match: {
        value: phrase.value,
        start: negated ? verbAt : at,
        end: verbAt + phrase.end - auxiliary.length - 1,
      },
      negated,
    });
  }
  return found;
}

/** An auxiliary and its adverbs: where it starts, and where the word after the adverbs starts. */
interface AuxiliaryRun {
  auxiliary: string;
  at: number;
  verbAt: number;
  /** Inside a negation ("n'a pas"): the phrase found starts at the participle. */
  negated: boolean;
}

/**
 * The auxiliary runs of text[start, end), searched once per range of the last text asked about:
 * every matcher (triggers, claim cues) asks about the same sentences of the same document.
 */
let runsOfText: { text: string; byRange: Map<string, AuxiliaryRun[]> } | undefined;

function auxiliaryRuns(text: string, start: number, end: number): AuxiliaryRun[] {
  if (runsOfText?.text !== text) runsOfText = { text, byRange: new Map() };
  // An equal text in another string object: keep the caller's, so later checks are identity checks.
  else runsOfText.text = text;
  const range = `${start}:${end}`;
  let runs = runsOfText.byRange.get(range);
  if (!runs) {
    runs = [];
    const body = text.slice(start, end);
    for (const [pattern, negated] of [
      [AUXILIARY_ADVERBS, false],
      [NEGATED_AUXILIARY, true],
    ] as const) {
      for (const match of matchesOf(pattern, body)) {
        runs.push({
          auxiliary: match[1] ?? '',
          at: start + match.index,
          verbAt: start + match.index + match[0].length,
          negated,
        });
      }
    }
    runs.sort((a, b) => a.at - b.at);
    runsOfText.byRange.set(range, runs);
  }
  return runs;
}
