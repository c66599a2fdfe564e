/**
 * How a sentence puts what it says, and who says it. A relation takes the modality of the
 * nearest cue before its trigger in the same sentence (a later cue overrides an earlier one:
 * "ونفى الكرملين ... ، وتؤكد المعلومات أن ..." denies the first clause and reports the
 * second), and none reaches into or out of a concession ("although ...,", "على الرغم من
 * ...،"); with no cue before it, a reporting cue after it in the sentence ("..., a affirmé
 * X") applies unless its conjunction opens what it says after it ("X, rattaché à Y, a rappelé
 * que ..."), and a denial that closes the sentence ("..., a démenti X"), but not a later hedge
 * or another denial, which belongs to another clause.
 * What the modality and claimants then make of a relation is settled in ./modality.ts.
 */
import type { Modality } from '../../graph-schema/schema.ts';
import type { Sentence, Span } from '../types.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { findWithCompoundTenses } from './compound-tenses.ts';
import {
  ARABIC_NOUN_PREFIX,
  arabicTolerant,
  escapeRegExp,
  hasArabic,
  overlaps,
  phraseParts,
  within,
  wordsBetween,
} from './text.ts';
import type { EntityMention } from './types.ts';
import { alternation, RELATIVE_PRONOUNS } from './patterns.ts';
import { claimPhrases, connectiveWords, PACKS } from '../extract/lang/index.ts';
import { matchesOf } from '../regex-matches.ts';
import { PRONOUN_OPENING } from './pronouns.ts';

/**
 * `unconfirmed`: a speaker who does not vouch for what follows ("has not confirmed").
 * `concession`: a clause of its own, which cues outside it do not frame (its match spans the clause).
 * `open`: what follows is raised, not stated ("if", "whether", a question).
 * `imitation`: "imitating X", "posing as X": the name right after it did nothing (`imitatedBy`); it frames nothing.
 * `relative`: a relative clause set off by commas ("X, which Microsoft links to Y, targeted Z"):
 * its cues frame nothing outside it (its match spans the clause). */
type CueKind =
  | 'reported'
  | 'unconfirmed'
  | 'suspected'
  | 'doubted'
  | 'denied'
  | 'negated'
  | 'concession'
  | 'open'
  | 'imitation'
  | 'relative';

export interface CueMatch {
  kind: CueKind;
  start: number;
  end: number;
  /** Where the claimant is looked for. */
  claimant: 'after' | 'subject' | 'none';
  /**
   * A denial that closes its sentence after a comma ("X a ciblé Y, a démenti Moscou", "X hacked
   * Y, Moscow denied"): what the sentence said before it is what is denied.
   */
  closing?: true;
}

const CUE_KINDS: ReadonlyArray<{
  phrases: readonly string[];
  kind: CueKind;
  claimant: CueMatch['claimant'];
  prefix?: string;
}> = [
  // "Selon X" / "according to X" / "وفقا لـ X": the claimant follows the cue.
  { phrases: claimPhrases('sources'), kind: 'reported', claimant: 'after', prefix: ARABIC_NOUN_PREFIX },
  // Verbs of saying: the claimant is their subject (before in French/English, after in Arabic).
  { phrases: claimPhrases('saying'), kind: 'reported', claimant: 'subject' },
  // "X has not confirmed that ...": X speaks, and is no argument, but vouches for nothing.
  { phrases: claimPhrases('unconfirmed'), kind: 'unconfirmed', claimant: 'subject' },
  { phrases: claimPhrases('hedges'), kind: 'suspected', claimant: 'none' },
  // "X suspects that ...", "رجحت X أن ...": suspected, and X holds the suspicion.
  { phrases: claimPhrases('suspicions'), kind: 'suspected', claimant: 'subject' },
  // "..., though this could not be confirmed", "... n'a jamais été prouvé": a doubt after what it
  // governs, which is only suspected.
  { phrases: claimPhrases('laterDoubts'), kind: 'doubted', claimant: 'none' },
  { phrases: claimPhrases('denials'), kind: 'denied', claimant: 'subject' },
  // "... was rejected by X": the denier follows, and what was said before is denied.
  { phrases: claimPhrases('passiveDenials'), kind: 'denied', claimant: 'after' },
  // A negated statement ("ne pas être à l'origine", "was not behind") is a denial of it.
  { phrases: claimPhrases('negations'), kind: 'negated', claimant: 'none' },
  // A concession opens a clause of its own, up to the next comma: a cue outside it frames
  // nothing inside it, and the other way round ("X denied it, although Y complained of Z").
  { phrases: claimPhrases('concessions'), kind: 'concession', claimant: 'none' },
  // "If X was behind Y, ...", "on ignore si ...", "لا دليل على أن ...": no one states what follows.
  { phrases: claimPhrases('conditions'), kind: 'open', claimant: 'none' },
  // "A group mimicking X targeted Y": X did not.
  { phrases: claimPhrases('imitations'), kind: 'imitation', claimant: 'none' },
];

/** "Had X hacked Y, ...": an auxiliary opening the sentence before its subject makes its clause a condition. */
const INVERTED_CONDITION = new RegExp(
  String.raw`^[\s"“«]*(?:${alternation(connectiveWords('invertedConditions'))})\s`,
  'iu',
);

// "The office reports to the ministry", "لا يزال", "was indicted": a verb of saying or a
// negation in another sense, which frames nothing.
const OTHER_SENSES = new PhraseMatcher(
  PACKS.flatMap((pack) => pack.claims.otherSenses).map((phrase) => ({ phrase, value: true })),
);

/**
 * The negations alone, to find one an aside splits ("n'a, selon ses dirigeants, jamais été visé"):
 * a regular expression, as the phrase matcher keeps the words of the one document it is asked about.
 */
const NEGATION_PHRASES = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${claimPhrases('negations')
    .map((phrase) => phraseParts(phrase).body)
    .join('|')})(?![\p{L}\p{M}])`,
  'giu',
);

const CUE_MATCHER = new PhraseMatcher(
  CUE_KINDS.flatMap(({ phrases, kind, claimant, prefix }) =>
    phrases.map((phrase) => ({
      phrase,
      value: { kind, claimant },
      ...(prefix ? { arabicPrefix: prefix } : {}),
    })),
  ),
);

/**
 * Every modality cue and concession of a sentence, in order; compound tenses with adverbs
 * included ("a toutefois assuré").
 */
export function findCues(sentence: Sentence, text: string): CueMatch[] {
  // "reports to" starts where the verb does; "was indicted" ends where it does, its auxiliary
  // first (a hedge "was blamed on" ends where "blamed on" does, and starts before it).
  const otherSenses = OTHER_SENSES.find(text, sentence.start, sentence.end);
  const otherSense = (match: { start: number; end: number }) =>
    otherSenses.some(
      (other) => other.start === match.start || (other.end === match.end && other.start < match.start),
    );
  const cues: CueMatch[] = findWithCompoundTenses(CUE_MATCHER, text, sentence.start, sentence.end)
    .filter((match) => !otherSense(match))
    .map((match): CueMatch => ({
      ...match.value,
      start: match.start,
      end: SPANS_CLAUSE.has(match.value.kind) ? clauseEnd(text, match.end, sentence.end) : match.end,
      ...(match.value.kind === 'denied' && closesStatement(text, sentence, match) ? { closing: true } : {}),
    }));
  cues.push(...splitNegations(sentence, text, cues));
  cues.push(...dismissiveCalls(sentence, text));
  cues.push(...revisions(sentence, text));
  if (INVERTED_CONDITION.test(text.slice(sentence.start, sentence.end))) {
    cues.push({
      kind: 'open',
      claimant: 'none',
      start: sentence.start,
      end: clauseEnd(text, sentence.start, sentence.end),
    });
  }
  cues.sort((a, b) => a.start - b.start);
  // "Mandiant did not say whether ...": a condition right after a speaker's verb is what the
  // speaker's words frame, and that verb decides.
  const framed = cues.filter(
    (cue, index) =>
      cue.kind !== 'open' ||
      !cues.slice(0, index).some((other) => /^\s*$/u.test(text.slice(other.end, cue.start))),
  );
  // "X said, citing sources, that ...": after a speaker's verb and a phrase set off by commas, the
  // clause is what is said, not a relative clause.
  const relatives = relativeClauses(text, sentence).filter(
    (clause) =>
      !framed.some(
        (cue) =>
          cue.kind === 'reported' &&
          cue.claimant === 'subject' &&
          cue.end <= clause.start &&
          SAID_THEN_PARENTHESIS.test(text.slice(cue.end, clause.start)),
      ),
  );
  // "Was China behind the attack?": a question asks all it names.
  return isQuestion(sentence)
    ? [{ kind: 'open', claimant: 'none', start: sentence.start, end: sentence.end }, ...framed, ...relatives]
    : [...framed, ...relatives];
}

/**
 * "X called the claim that Y hacked Z a fabrication", "ووصفت X الاتهام بأن ... بأنه كذب": a verb of
 * calling the claim (the packs' `claims.dismissiveCalls`) denies what follows it, its subject the
 * denier, when the sentence goes on to a word of dismissal (`claims.dismissals`); any other verdict
 * ("called the report that ... credible") leaves the clause as the sentence's other cues frame it.
 */
function dismissiveCalls(sentence: Sentence, text: string): CueMatch[] {
  return DISMISSIVE_CALL_MATCHER.find(text, sentence.start, sentence.end)
    .filter((call) =>
      DISMISSAL_MATCHER.find(text, call.end, sentence.end).some((dismissal) =>
        // The claim's own clause stands between them: "the accusations" alone name no deed.
        CLAIM_CLAUSE.test(text.slice(call.start, dismissal.start)),
      ),
    )
    .map((call): CueMatch => ({ kind: 'denied', claimant: 'subject', start: call.start, end: call.end }));
}
/**
 * "Investigators initially blamed X for Y, later Z", "اتهم المحققون في البداية X ...، ثم اتهموا Z":
 * a first account of blame (the packs' `claims.revisionOpenings`) that the sentence turns from
 * (`claims.revisionTurns`) was revised: a doubt at the turn leaves what came before it suspected.
 */
function revisions(sentence: Sentence, text: string): CueMatch[] {
  const opening = REVISION_OPENING_MATCHER.find(text, sentence.start, sentence.end)[0];
  if (!opening) return [];
  const turn = REVISION_TURN_MATCHER.find(text, opening.end, sentence.end)[0];
  return turn ? [{ kind: 'doubted', claimant: 'none', start: turn.start, end: turn.end }] : [];
}
const REVISION_OPENING_MATCHER = new PhraseMatcher(
  PACKS.flatMap((pack) => pack.claims.revisionOpenings).map((phrase) => ({ phrase, value: true })),
);
const REVISION_TURN_MATCHER = new PhraseMatcher(
  PACKS.flatMap((pack) => pack.claims.revisionTurns).map((phrase) => ({ phrase, value: true })),
);

/** A complementizer ("that", "أن", glued to a preposition as in "بأن") opening the claim's clause. */
const CLAIM_CLAUSE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])${ARABIC_NOUN_PREFIX}(?:${alternation(connectiveWords('complementizers'))})(?![\p{L}\p{M}])`,
  'u',
);
const DISMISSIVE_CALL_MATCHER = new PhraseMatcher(
  PACKS.flatMap((pack) => pack.claims.dismissiveCalls).map((phrase) => ({ phrase, value: true })),
);
const DISMISSAL_MATCHER = new PhraseMatcher(
  PACKS.flatMap((pack) => pack.claims.dismissals).map((phrase) => ({ phrase, value: true })),
);

/**
 * An aside set off by commas inside a clause: a comma, a few words without other
 * punctuation, and the comma that closes it ("has not, as far as anyone knows, been"). The words
 * are apart by white space, so that a long word is read one way only (a word the expression
 * could cut anywhere made it backtrack exponentially on long lines without a second comma).
 */
const ASIDE = /[,،]\s*[^\s,،;:.!?()"«»“”]+(?:\s+[^\s,،;:.!?()"«»“”]+){0,7}\s*[,،]/gu;

/** The text of a sentence with each aside blanked out, so that offsets are kept. */
function withoutAsides(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(ASIDE, (aside) => ' '.repeat(aside.length));
}

/**
 * "X n'a, selon ses dirigeants, jamais été visé par Y": a negation an aside splits is read as if
 * the aside were not there; the cue starts where the negation resumes after the aside, so the
 * aside's own cues ("selon ...") come before it and it stays the nearest to the predicate.
 */
function splitNegations(sentence: Sentence, text: string, found: readonly CueMatch[]): CueMatch[] {
  const masked = withoutAsides(text, sentence.start, sentence.end);
  if (masked === text.slice(sentence.start, sentence.end)) return [];
  return matchesOf(NEGATION_PHRASES, masked)
    .map((match) => ({ start: match.index, end: match.index + match[0].length }))
    .filter((match) => /\s{3,}/u.test(masked.slice(match.start, match.end)))
    .map((match): CueMatch => {
      const resumes = match.start + masked.slice(match.start, match.end).search(/\s{3,}\S/u);
      const after = masked.slice(resumes).search(/\S/u);
      return {
        kind: 'negated',
        claimant: 'none',
        start: sentence.start + resumes + after,
        end: sentence.start + match.end,
      };
    })
    .filter((cue) => !found.some((other) => other.kind === 'negated' && overlaps(other, cue)));
}

/**
 * "..., a démenti le Kremlin." / "..., the Kremlin denied.": a denial after a comma with no clause
 * of its own after it: in a Latin script, its verb right after the comma and only its subject
 * after it (a few words), or its subject between the comma and it and nothing after it. In
 * Arabic a verb after a comma opens a clause of its own ("، ونفت موسكو أي تورط").
 */
function closesStatement(text: string, sentence: Sentence, cue: { start: number; end: number }): boolean {
  if (hasArabic(text.slice(cue.start, cue.end))) return false;
  const lead = text.slice(sentence.start, cue.start).match(CLOSING_LEAD);
  const rest = text.slice(cue.end, sentence.end);
  if (!lead || !CLOSING_REST.test(rest)) return false;
  const subject = (lead[1] ?? '').trim();
  // "..., which Moscow denied", "..., ce que Moscou dément": a relative clause of its own.
  if (RELATIVE_WORD.test(subject)) return false;
  return subject !== ''
    ? /^[\s.!»”"']*$/u.test(rest)
    : !RELATIVE_WORD.test(rest.split(/\s+/u).find(Boolean) ?? '');
}

/** A comma, then at most three words (the denier, when it comes first) before the denial. */
const CLOSING_LEAD = /[,]\s*["»”’]?((?:\s*[\p{L}\p{M}'’.-]+){0,3})\s*$/u;
/** After the denial, up to the sentence's end: at most five words, no new clause. */
const CLOSING_REST = /^(?:\s*[\p{L}\p{M}\p{N}'’.-]+){0,5}[\s.!»”"']*$/u;
const RELATIVE_WORD = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${RELATIVE_PRONOUNS})(?![\p{L}\p{M}])`, 'iu');

/**
 * ", which ...,", "، التي ...،": a relative pronoun right after a comma, up to the next comma; or
 * after an apposition's article and its head of one to three words (", a group that officials say
 * works for Y,"; the packs' `connectives.appositionArticles`): the clause still describes the
 * name before the comma, and a speaker inside it speaks of it alone.
 */
const RELATIVE_AFTER_COMMA = new RegExp(
  String.raw`[,،]\s*(?:(?:${alternation(connectiveWords('appositionArticles'))})(?:\s+|(?<=['’]))(?:[\p{L}\p{M}-]+\s+){1,3})?(?:${RELATIVE_PRONOUNS})(?![\p{L}\p{M}])`,
  'giu',
);

/**
 * "X, dont Microsoft affirme qu'il travaille pour Y,": a relative pronoun of the packs'
 * `claims.sayingRelatives`, a speaker of at most five words, then a verb of saying.
 */
export const SAYING_RELATIVE_AFTER_COMMA = new RegExp(
  String.raw`[,،]\s*(?:${alternation(PACKS.flatMap((pack) => pack.claims.sayingRelatives))})\s+(?:[^\s,،;:.]+\s+){1,5}?(?:${alternation(PACKS.filter((pack) => !pack.verbFirst).flatMap((pack) => pack.claims.saying))})(?![\p{L}\p{M}])`,
  'giu',
);

/** The relative clauses of a sentence set off by commas on both sides: the main clause goes on after them. */
function relativeClauses(text: string, sentence: Sentence): CueMatch[] {
  const body = text.slice(sentence.start, sentence.end);
  const found: CueMatch[] = [];
  for (const match of [
    ...matchesOf(RELATIVE_AFTER_COMMA, body),
    ...matchesOf(SAYING_RELATIVE_AFTER_COMMA, body),
  ]) {
    const start = sentence.start + match.index + 1;
    const end = clauseEnd(text, sentence.start + match.index + match[0].length, sentence.end);
    found.push({ kind: 'relative', claimant: 'none', start, end });
  }
  return found;
}

/** A verb of saying's end up to a relative pronoun: a comma, one phrase, and the comma that closes it. */
const SAID_THEN_PARENTHESIS = /^\s*[,،][^,،;:.]+[,،]\s*$/u;

/** Whether a cue lies in a relative clause that `offset` is outside of. */
function enclosedApart(cues: readonly CueMatch[], cue: CueMatch, offset: number): boolean {
  return cues.some(
    (clause) =>
      clause.kind === 'relative' &&
      clause.start <= cue.start &&
      cue.end <= clause.end &&
      (offset < clause.start || offset >= clause.end),
  );
}

/**
 * Whether `offset` lies in a relative clause set off by a comma that `cue` is outside of: such a
 * clause describes its antecedent in the writer's own words ("X blames Y for Z, which crippled
 * hospitals"), as an apposition does, and only a cue of its own frames it.
 */
function outsideRelativeAt(cues: readonly CueMatch[], cue: CueMatch, offset: number): boolean {
  return cues.some(
    (clause) =>
      clause.kind === 'relative' &&
      clause.start <= offset &&
      offset < clause.end &&
      (cue.start < clause.start || cue.end > clause.end),
  );
}

/** A sentence that ends with a question mark (Latin or Arabic), closing quotes aside. */
function isQuestion(sentence: Sentence): boolean {
  return /[?؟][\s"'»”’)\]]*$/u.test(sentence.text);
}

/**
 * Cues whose match spans their clause, up to the next comma: a concession, and a condition
 * ("if the file is renamed, ..." leaves the main clause stated).
 */
const SPANS_CLAUSE: ReadonlySet<CueKind> = new Set(['concession', 'open', 'relative']);

function clauseEnd(text: string, from: number, sentenceEnd: number): number {
  const comma = text.slice(from, sentenceEnd).search(/[,،;]/u);
  return comma < 0 ? sentenceEnd : from + comma;
}

/** "a group imitating X", "تقلد مجموعة X": the name right after an imitation, its kind noun between at most. */
export function imitatedBy(cues: readonly CueMatch[], text: string, mention: Span): boolean {
  return cues.some(
    (cue) =>
      cue.kind === 'imitation' &&
      cue.end <= mention.start &&
      IMITATED_NEXT.test(text.slice(cue.end, mention.start)),
  );
}

/** What may stand between an imitation's words and the name imitated: an article or a kind noun. */
const IMITATED_NEXT = /^\s*(?:[^\s,،.;:]+\s+)?$/u;

/** Whether two offsets of a sentence lie in the same clause: the same concession, or none. */
export function sameClause(cues: readonly CueMatch[], a: number, b: number): boolean {
  return concessionAt(cues, a) === concessionAt(cues, b);
}

function concessionAt(cues: readonly CueMatch[], offset: number): CueMatch | undefined {
  return cues.find((cue) => cue.kind === 'concession' && cue.start <= offset && offset < cue.end);
}

export interface ClaimContext {
  modality: Modality;
  /** The cue that decided the modality, if any: its claimant is looked up around it. */
  cue?: CueMatch;
  /** The nearest reporting cue (selon, said, نفى...) whose claimant vouches for the claim. */
  claimCue?: CueMatch;
  /**
   * When `claimCue` is a verb of suspicion, the vouching cue before it, else after it; when it is
   * another verb with a subject, the vouching cue after it: it holds the claim when the verb names
   * no subject ("ووفقا لـ X، يُرجح أن ...", "يُعتقد أن ...، وفقا لـ X", a quote's "We believe ...", said X).
   */
  outerClaimCue?: CueMatch;
  /** Raised without being stated (a condition, a question): no relation comes of it. */
  unstated?: true;
}

/**
 * The modality at a trigger: the nearest cue before it; else the first reporting cue after it. Negation
 * counts only right before the trigger (within a few words), where it negates that predicate.
 */
export function claimAt(cues: readonly CueMatch[], triggerStart: number, text: string): ClaimContext {
  if (cues.some((cue) => cue.kind === 'open' && cue.start <= triggerStart && triggerStart < cue.end)) {
    return { modality: 'asserted', unstated: true };
  }
  const framing = cues.filter(
    (cue) =>
      cue.kind !== 'concession' &&
      cue.kind !== 'open' &&
      cue.kind !== 'imitation' &&
      cue.kind !== 'relative' &&
      sameClause(cues, cue.start, triggerStart) &&
      // "..., which was never proven": a doubt that is all its relative clause says is about
      // the clause before it.
      (!enclosedApart(cues, cue, triggerStart) ||
        (cue.kind === 'doubted' && afterRelativePronoun(text, cue.start))) &&
      !outsideRelativeAt(cues, cue, triggerStart),
  );
  // A hedge or a report the trigger's words share ("aurait piraté", "aurait utilisé", "was
  // blamed for", "was named as the one responsible for") frames the trigger too, and so does a
  // denial whose words hold it ("described the accusations as": the noun is what is dismissed).
  const before = framing.filter(
    (cue) =>
      (cue.kind !== 'doubted' && cue.end <= triggerStart) ||
      (cue.kind === 'suspected' && cue.start <= triggerStart) ||
      (cue.kind === 'denied' && cue.start < triggerStart && triggerStart < cue.end) ||
      (cue.kind === 'reported' && cue.start < triggerStart),
  );
  // A hedge or a denial later in the sentence belongs to another clause ("..., which Moscow denied"),
  // except a denial in the passive, whose subject is what came before ("X was rejected by Y"),
  // and one that closes the sentence after a comma ("X a ciblé Y, a démenti Moscou").
  const after = framing.filter(
    (cue) =>
      cue.start >= triggerStart &&
      ((cue.kind === 'reported' &&
        !opensItsStatement(text, cue) &&
        !SAYING_CONTRAST.test(text.slice(triggerStart, cue.start)) &&
        // "X hacked Y; Mandiant said the group used Z": a semicolon closes the statement before it.
        !/[;؛]/u.test(text.slice(triggerStart, cue.start))) ||
        (cue.kind === 'denied' && (cue.claimant === 'after' || cue.closing))),
  );
  const nearest = before.findLast((cue) => cue.kind !== 'negated' || governs(text, cue, triggerStart));
  // "X aurait piraté Y, a démenti Moscou": the denier closing the sentence denies the rumour;
  // it is never the one who holds the suspicion.
  const closingDenial = after.find((cue) => cue.closing);
  const denial =
    deniedReport(before, nearest, text) ?? (nearest?.kind === 'suspected' ? closingDenial : undefined);
  if (denial) return { modality: 'denied', cue: denial, claimCue: denial };
  const vouches = (cue: CueMatch) => cue.claimant !== 'none' && cue.kind !== 'unconfirmed';
  const claimCue = before.findLast(vouches) ?? after.find(vouches);
  // "X hacked Y, though this could not be confirmed": a doubt after a plain or reported statement
  // leaves it suspected, still its speaker's; a hedge or a denial before it already says more.
  // "X claimed it hacked Y, but experts said the claim was false": a doubt in another speaker's
  // words after a contrast is their dispute with the one who made the claim, whose report it stays.
  const laterDoubt = framing.find(
    (cue) =>
      cue.kind === 'doubted' &&
      cue.start >= triggerStart &&
      !(
        nearest?.kind === 'reported' &&
        framing.some(
          (speaker) =>
            speaker.kind === 'reported' &&
            speaker.start >= triggerStart &&
            speaker.end <= cue.start &&
            SAYING_CONTRAST.test(text.slice(triggerStart, speaker.start)),
        )
      ),
  );
  if (laterDoubt && (!nearest || nearest.kind === 'reported')) {
    return { modality: 'suspected', cue: laterDoubt, ...(claimCue ? { claimCue } : {}) };
  }
  const deciding = hedgeBeforeSource(before, nearest, text) ?? nearest ?? after[0];
  const laterVouching = after.find((cue) => cue !== claimCue && vouches(cue));
  // A quote's "We believe X hacked Y", said Z; "officials believe ..., Z said": whoever closes the
  // sentence relays a speaker the verb's subject does not name.
  const outerClaimCue =
    claimCue?.kind === 'suspected'
      ? (before.slice(0, before.indexOf(claimCue)).findLast(vouches) ?? laterVouching)
      : claimCue?.claimant === 'subject'
        ? laterVouching
        : undefined;
  if (!deciding) return { modality: 'asserted' };
  return {
    modality: MODALITY_OF_CUE[deciding.kind],
    cue: deciding,
    ...(claimCue ? { claimCue } : {}),
    ...(outerClaimCue ? { outerClaimCue } : {}),
  };
}

/** "that", "que", "أن": the conjunctions that open what a verb of saying says. */
const COMPLEMENTIZER_AFTER = new RegExp(
  String.raw`^\s*(?:${alternation(connectiveWords('complementizers'))})(?![\p{L}\p{M}])`,
  'iu',
);

/** "..., but the bank later blamed ...": a clause of contrast, whose verb of saying says its own. */
const SAYING_CONTRAST = new RegExp(
  String.raw`[,;]\s*(?:${alternation(claimPhrases('contrasts'))})(?![\p{L}\p{M}])`,
  'iu',
);

/** After an Arabic verb of saying, its subject (a few words, no punctuation), then "إن" or "أن". */
const ARABIC_SUBJECT_THEN_COMPLEMENTIZER = new RegExp(
  String.raw`^(?:\s+[\u0621-\u064a\p{M}A-Za-z0-9-]+){1,6}\s+(?:${alternation(
    connectiveWords('complementizers').filter(hasArabic),
  )})(?![\p{L}\p{M}])`,
  'u',
);
/** Enough characters for six words and the conjunction. */
const ARABIC_SUBJECT_REACH = 80;
/** "وقالت": a verb of saying (the packs' `claims.saying`) with the conjunction glued to it. */
const GLUED_SAYING = new RegExp(
  String.raw`(?:^|\s)[وف](?:${alternation(claimPhrases('saying').filter(hasArabic))})$`,
  'u',
);

/**
 * "X, rattachée à Y, a rappelé que ...", "X, attached to Y, said that ...": a verb of saying
 * followed by its conjunction says what comes after it, so it frames nothing written before it;
 * "..., a affirmé X" with nothing after it closes, and frames, the statement before it.
 */
function opensItsStatement(text: string, cue: CueMatch): boolean {
  const after = text.slice(cue.end, cue.end + 12);
  // "..., but the bank later said it was an insider": a pronoun opens the statement without "that".
  return (
    cue.claimant === 'subject' &&
    (COMPLEMENTIZER_AFTER.test(after) ||
      PRONOUN_OPENING.test(after) ||
      // "... وقالت شركة Z إن ...": a verb joined by "و" opens a clause of its own, and Arabic sets
      // its speaker between the verb and its conjunction.
      (GLUED_SAYING.test(text.slice(Math.max(0, cue.start - 2), cue.end)) &&
        ARABIC_SUBJECT_THEN_COMPLEMENTIZER.test(text.slice(cue.end, cue.end + ARABIC_SUBJECT_REACH))))
  );
}

/**
 * "It is believed, according to X, that ...", "ويُرجَّح، وفق تقرير لـ X، أن ...": a source set
 * right after a hedge, only punctuation between, names who holds the suspicion and leaves it
 * hedged (the claimant is still read from the source).
 */
function hedgeBeforeSource(
  before: readonly CueMatch[],
  nearest: CueMatch | undefined,
  text: string,
): CueMatch | undefined {
  if (nearest?.kind !== 'reported' || nearest.claimant !== 'after') return undefined;
  const previous = before[before.indexOf(nearest) - 1];
  if (previous?.kind !== 'suspected') return undefined;
  return /^[\s,،]*$/u.test(text.slice(previous.end, nearest.start)) ? previous : undefined;
}

/**
 * "Moscow rejected claims that ...", "le Kremlin a démenti les accusations selon lesquelles ...":
 * a report or an allegation that a denial takes as its object, a few words on, is what the
 * denier denies; the denier is its claimant, never the author of what it rejects. An author
 * named with the report ("claims by Washington that") keeps it theirs.
 */
function deniedReport(
  before: readonly CueMatch[],
  nearest: CueMatch | undefined,
  text: string,
): CueMatch | undefined {
  if (
    !nearest ||
    (nearest.kind !== 'suspected' && !(nearest.kind === 'reported' && nearest.claimant === 'subject'))
  ) {
    return undefined;
  }
  // "rejected the accusations that it would be behind ...", "rejected claims that X may have
  // ...": a hedge or a report inside the rejected report, in one stretch of words, is still what
  // is rejected, so the denial is looked for before the first of them.
  let rejected = before.indexOf(nearest);
  while (rejected > 0 && rejectedAlong(before[rejected - 1], before[rejected], text)) rejected -= 1;
  const previous = before[rejected - 1];
  const report = before[rejected];
  if (!report || previous?.kind !== 'denied' || previous.claimant !== 'subject') return undefined;
  return DENIAL_OBJECT.test(text.slice(previous.end, report.start)) ? previous : undefined;
}

/** Whether the hedge or report `inner` is part of the report `outer` that a denial may reject. */
function rejectedAlong(outer: CueMatch | undefined, inner: CueMatch | undefined, text: string): boolean {
  if (!outer || !inner) return false;
  const framesReport =
    outer.kind === 'suspected' || (outer.kind === 'reported' && outer.claimant === 'subject');
  return framesReport && !/[,;:،؛]/u.test(text.slice(outer.end, inner.start));
}

/** What may stand between a denial and the report it rejects: up to three words, no punctuation. */
const DENIAL_OBJECT = /^\s*(?:[\p{L}\p{M}'’]+\s+){0,3}$/u;

const MODALITY_OF_CUE: Record<CueKind, Modality> = {
  reported: 'reported',
  unconfirmed: 'suspected',
  suspected: 'suspected',
  doubted: 'suspected',
  denied: 'denied',
  negated: 'denied',
  // Never deciding: a concession or a relative clause only bounds a clause, and what an open
  // cue spans is unstated.
  concession: 'asserted',
  open: 'asserted',
  imitation: 'asserted',
  relative: 'asserted',
};

/**
 * Whether a negation governs the predicate at `to`. In a Latin script it sits in the verb group,
 * so at most four words (auxiliaries, adverbs) come between them once an aside is left out
 * ("has not, as far as anyone knows, been targeted by"). An Arabic negation comes first in its
 * clause and governs the verb after it, that verb's subject however long and its complements,
 * up to the clause's end ("لم يتعرض هاتف الصحفي X لاختراق"): a punctuation mark, a conjunction
 * opening what is said or a relative pronoun.
 */
function governs(text: string, negation: CueMatch, to: number): boolean {
  const between = withoutAsides(text, negation.end, to);
  if (hasArabic(text.slice(negation.start, negation.end)))
    return !CLAUSE_BREAK.test(between.replace(CLEFT, ' '));
  // "accused APT28, not Turla, of hacking Y": a negation that opens an aside after a comma
  // denies what the aside names, and reaches no further than the comma that closes it.
  if (
    /,\s*$/u.test(text.slice(Math.max(0, negation.start - 3), negation.start)) &&
    text.slice(negation.end, to).includes(',')
  )
    return false;
  return !CONTRAST.test(between) && wordsBetween(between, 0, between.length) <= 4;
}

/** "but", "mais", "بل": a conjunction of contrast opens a clause no negation before it reaches. */
const CONTRAST = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:[وف]?(?:${alternation(claimPhrases('contrasts'))}))(?![\p{L}\p{M}])`,
  'iu',
);

/**
 * "ليست مجموعة X هي التي اخترقت Y": a pronoun and a relative pronoun after the negated subject
 * (the packs' `claims.clefts`) make a cleft, whose relative clause is the negated predicate, not
 * a clause of its own.
 */
const CLEFT = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${alternation(PACKS.flatMap((pack) => pack.claims.clefts))})(?![\p{L}\p{M}])`,
  'gu',
);

/** What ends the clause of an Arabic negation before a later predicate. */
const CLAUSE_BREAK = new RegExp(
  String.raw`[,،;:.!?؟]|${CONTRAST.source}|(?<![\p{L}\p{M}])(?:${alternation(connectiveWords('complementizers'))}|${RELATIVE_PRONOUNS})(?![\p{L}\p{M}])`,
  'iu',
);

/** "Le spécialiste ajoute que ...", "The company said ...", "وأضاف ...": a sentence that continues the previous claimant's account. */
const CONTINUATION = new RegExp(
  PACKS.map(({ verbFirst, claims: { continuation } }) => {
    const subjects = alternation(continuation.subjects);
    const verbs = alternation(continuation.verbs);
    const sources = continuation.sources.length > 0 ? [alternation(continuation.sources)] : [];
    if (!verbFirst) {
      return [String.raw`(?:${subjects})\s+(?:${verbs})`, ...sources]
        .map((form) => String.raw`^\s*(?:${form})(?![\p{L}])`)
        .join('|');
    }
    const alone = continuation.verbsAlone.length > 0 ? [alternation(continuation.verbsAlone)] : [];
    return [...alone, ...sources, String.raw`(?:${verbs})\s+(?:${subjects})`]
      .map((form) => String.raw`^\s*[وف]?(?:${form})(?![\p{L}])`)
      .join('|');
  }).join('|'),
  'iu',
);

export function continuesPreviousClaimant(sentence: Sentence): boolean {
  return CONTINUATION.test(sentence.text);
}

const latinPacks = PACKS.filter((pack) => !pack.verbFirst);
/** "Après avoir accusé ...", "After accusing ...": a sentence that opens on a participle clause. */
const LEADING_PARTICIPLE = new RegExp(
  String.raw`^[\s"«“]*(?:${alternation(latinPacks.flatMap((pack) => pack.claims.participles))})\s+$`,
  'iu',
);
const RELATIVE_BEFORE = new RegExp(
  String.raw`(?:^|[\s,])(?:${alternation(latinPacks.flatMap((pack) => pack.claims.relatives))})\s*$`,
  'iu',
);

/**
 * Whether a verb of saying at `cueStart` opens its sentence inside a participle clause
 * ("Après avoir accusé l'Iran ..., Washington a ..."): its subject is then the main clause's.
 */
export function inLeadingParticiple(text: string, sentence: Sentence, cueStart: number): boolean {
  return LEADING_PARTICIPLE.test(text.slice(sentence.start, cueStart));
}

/** Whether a relative pronoun ends right before `offset` ("X, which | Microsoft has linked to Y"). */
export function afterRelativePronoun(text: string, offset: number): boolean {
  return RELATIVE_BEFORE.test(text.slice(Math.max(0, offset - 12), offset));
}

/** An apposition's article and kind noun after a comma (the packs' `claims.contactRelatives`). */
const CONTACT_RELATIVE_BEFORE = new RegExp(
  String.raw`,\s*(?:${alternation(latinPacks.flatMap((pack) => pack.claims.contactRelatives))})\s+$`,
  'iu',
);
/** Enough characters for the comma, the article and the kind noun. */
const CONTACT_RELATIVE_REACH = 24;

/** Whether a relative clause without its pronoun opens at `offset` ("X, a group | Microsoft links to Y"). */
export function afterContactRelative(text: string, offset: number): boolean {
  return CONTACT_RELATIVE_BEFORE.test(text.slice(Math.max(0, offset - CONTACT_RELATIVE_REACH), offset));
}

/**
 * "قال باحث في شركة X", "a précisé un porte-parole de l'ANSSI": a noun for an unnamed speaker, its
 * preposition, and at most one head noun or an elided article.
 */
const UNNAMED_SPEAKER = new RegExp(
  String.raw`^\s*(?:${PACKS.flatMap((pack) =>
    pack.claims.unnamedSpeakers.map((phrase) =>
      hasArabic(phrase)
        ? arabicTolerant(escapeRegExp(phrase)).replace(/ /gu, String.raw`\s+`)
        : alternation([phrase]),
    ),
  ).join('|')})\s+(?:[^\s,،.;:]+\s+)?(?:l['’])?$`,
  'iu',
);

/** Whether text[from, to) is an unnamed speaker's description up to their employer's name. */
export function unnamedSpeakerBetween(text: string, from: number, to: number): boolean {
  return UNNAMED_SPEAKER.test(text.slice(from, to));
}

/**
 * The claim cues of each sentence, found once, by sentence index. "the United States": a cue
 * word inside a name is part of the name (a concession or a condition spans its clause).
 */
export function findSentenceCues(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly EntityMention[],
): CueMatch[][] {
  return sentences.map((sentence) => {
    const inSentence = within(mentions, sentence);
    return findCues(sentence, text).filter(
      (cue) =>
        SPANS_CLAUSE.has(cue.kind) ||
        !inSentence.some((mention) => !mention.anaphoric && overlaps(mention, cue)),
    );
  });
}
