/**
 * How a sentence puts what it says, and who says it. A relation takes the modality of the
 * nearest cue before its trigger in the same sentence (a later cue overrides an earlier one:
 * "ونفى الكرملين ... ، وتؤكد المعلومات أن ..." denies the first clause and reports the
 * second), and none reaches into or out of a concession ("although ...,", "على الرغم من
 * ...،"); with no cue before it, a reporting cue after it in the sentence ("..., a affirmé
 * X") applies, but not a later hedge or denial, which belongs to another clause.
 *
 * Confidence follows the STIX scale (High 85, Medium 50, Low 15), by modality:
 * asserted 0.85, reported 0.7 (someone named vouches for it), suspected 0.5, denied 0.85 (the
 * denial itself is certain); a pattern's strength scales it down for looser triggers.
 */
import type { Modality } from '../../graph-schema/schema.ts';
import type { Sentence } from '../types.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { findWithCompoundTenses } from './compound-tenses.ts';
import { ARABIC_NOUN_PREFIX } from './text.ts';

export const MODALITY_CONFIDENCE: Record<Modality, number> = {
  asserted: 0.85,
  reported: 0.7,
  suspected: 0.5,
  denied: 0.85,
};

/** `concession`: a clause of its own, which cues outside it do not frame (its match spans the clause). */
type CueKind = 'reported' | 'suspected' | 'denied' | 'negated' | 'concession';

/** "Selon X" / "according to X" / "وفقا لـ X": the claimant follows the cue. */
const SOURCE_BEFORE = [
  'selon',
  "d'après",
  'de source',
  'according to',
  'citing',
  'وفقا ل',
  'وفقاً ل',
  'وفقا',
  'بحسب',
  'حسب',
  'حسبما',
  'نقلا عن',
  'طبقا ل',
];
/** Verbs of saying: the claimant is their subject (before in French/English, after in Arabic). */
const SAYING = [
  'affirme',
  'affirment',
  'a affirmé',
  'avait affirmé',
  'avaient affirmé',
  'indique',
  'indiquent',
  'a indiqué',
  'déclare',
  'a déclaré',
  'avait déclaré',
  'avaient déclaré',
  'ajoute',
  'a ajouté',
  'explique',
  'a expliqué',
  'estime',
  'a estimé',
  'assure',
  'a assuré',
  'avait assuré',
  'précise',
  'a précisé',
  'rapporte',
  'a rapporté',
  'a annoncé',
  'annonce',
  'confirme',
  'a confirmé',
  'avait confirmé',
  'avaient confirmé',
  'soutient',
  'pense',
  'considère',
  'accuse',
  'a accusé',
  'relève',
  'relèvent',
  'a relevé',
  'ont relevé',
  'a conclu',
  'ont conclu',
  'conclut',
  'said',
  'says',
  'say',
  'told',
  'reported',
  'reports',
  'stated',
  'states',
  'claimed',
  'claims',
  'added',
  'adds',
  'confirmed',
  'confirms',
  'explained',
  'wrote',
  'writes',
  'noted',
  'accused',
  'announced',
  'concluded',
  'concludes',
  'blamed',
  'blames',
  'believes',
  'believe',
  'thinks',
  'assesses',
  'assessed',
  'قال',
  'قالت',
  'ذكر',
  'ذكرت',
  'أكد',
  'أكدت',
  'تؤكد',
  'يؤكد',
  'أضاف',
  'أضافت',
  'أوضح',
  'أوضحت',
  'أشار',
  'أشارت',
  'صرح',
  'صرحت',
  'أفاد',
  'أفادت',
  'كشف',
  'كشفت',
  'اتهم',
  'اتهمت',
  'أعلن',
  'أعلنت',
  'يقول',
  'تقول',
  'ربط',
  'ربطت',
  'نسب',
  'نسبت',
  'خلص',
  'خلصت',
];
const SUSPECTED = [
  'serait',
  'seraient',
  'aurait',
  'auraient',
  'sans doute',
  'probablement',
  'vraisemblablement',
  'soupçonné',
  'soupçonnée',
  'soupçonnés',
  'présumé',
  'présumée',
  'supposé',
  'pourrait',
  'pourraient',
  'semble',
  'semblent',
  'possiblement',
  'reportedly',
  'allegedly',
  'alleged',
  'likely',
  'probably',
  'suspected',
  'believed to',
  'thought to',
  'may have',
  'might have',
  'could have',
  'appears to',
  'possibly',
  'presumably',
  'suspect',
  'يعتقد',
  'يُعتقد',
  'يشتبه',
  'يُشتبه',
  'ربما',
  'يرجح',
  'يُرجح',
  'من المرجح',
  'المشتبه',
  'يحتمل',
  'من المحتمل',
  'قد يكون',
  'يبدو',
];
const DENIED = [
  'nie',
  'nient',
  'a nié',
  'ont nié',
  'dément',
  'démentent',
  'a démenti',
  'ont démenti',
  'démenti',
  'rejette',
  'a rejeté',
  'récuse',
  'denied',
  'denies',
  'deny',
  'rejected',
  'rejects',
  'dismissed',
  'refuted',
  'نفى',
  'نفت',
  'ينفي',
  'تنفي',
  'ينفون',
  'نفوا',
  'نفته',
  'نفتها',
  'نفاه',
  'نفاها',
];
/** A negated statement ("ne pas être à l'origine", "was not behind") is a denial of it. */
const NEGATION = [
  'ne pas',
  "n'est pas",
  "n'a pas",
  "n'était pas",
  "n'ont pas",
  'ne sont pas',
  'not',
  'never',
  "wasn't",
  "isn't",
  "didn't",
  'لم يكن',
  'لم تكن',
  'ليس',
  'ليست',
  'لا علاقة',
];

/**
 * A concession opens a clause of its own, up to the next comma: a cue outside it frames
 * nothing inside it, and the other way round ("X denied it, although Y complained of Z";
 * "Selon X, même si A ..., B a attaqué C").
 */
const CONCESSIONS = [
  'although',
  'even though',
  'despite',
  'in spite of',
  'bien que',
  'quoique',
  'malgré',
  'en dépit de',
  'même si',
  'على الرغم من',
  'بالرغم من',
  'رغم',
  'برغم',
];

export interface CueMatch {
  kind: CueKind;
  start: number;
  end: number;
  /** Where the claimant is looked for. */
  claimant: 'after' | 'subject' | 'none';
}

const CUE_KINDS: ReadonlyArray<{
  phrases: readonly string[];
  kind: CueKind;
  claimant: CueMatch['claimant'];
  prefix?: string;
}> = [
  { phrases: SOURCE_BEFORE, kind: 'reported', claimant: 'after', prefix: ARABIC_NOUN_PREFIX },
  { phrases: SAYING, kind: 'reported', claimant: 'subject' },
  { phrases: SUSPECTED, kind: 'suspected', claimant: 'none' },
  { phrases: DENIED, kind: 'denied', claimant: 'subject' },
  { phrases: NEGATION, kind: 'negated', claimant: 'none' },
  { phrases: CONCESSIONS, kind: 'concession', claimant: 'none' },
];

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
  return findWithCompoundTenses(CUE_MATCHER, text, sentence.start, sentence.end).map((match) => ({
    ...match.value,
    start: match.start,
    end: match.value.kind === 'concession' ? clauseEnd(text, match.end, sentence.end) : match.end,
  }));
}

function clauseEnd(text: string, from: number, sentenceEnd: number): number {
  const comma = text.slice(from, sentenceEnd).search(/[,،;]/u);
  return comma < 0 ? sentenceEnd : from + comma;
}

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
}

/**
 * The modality at a trigger: the nearest cue before it; else the first reporting cue after it. Negation
 * counts only right before the trigger (within a few words), where it negates that predicate.
 */
export function claimAt(cues: readonly CueMatch[], triggerStart: number, text: string): ClaimContext {
  const framing = cues.filter(
    (cue) => cue.kind !== 'concession' && sameClause(cues, cue.start, triggerStart),
  );
  const before = framing.filter((cue) => cue.end <= triggerStart);
  // A hedge or a denial later in the sentence belongs to another clause ("..., which Moscow denied").
  const after = framing.filter((cue) => cue.start >= triggerStart && cue.kind === 'reported');
  const nearest = before.findLast((cue) => cue.kind !== 'negated' || isClose(text, cue.end, triggerStart));
  const deciding = nearest ?? after[0];
  const claimCue =
    before.findLast((cue) => cue.claimant !== 'none') ?? after.find((cue) => cue.claimant !== 'none');
  if (!deciding) return { modality: 'asserted' };
  return { modality: MODALITY_OF_CUE[deciding.kind], cue: deciding, ...(claimCue ? { claimCue } : {}) };
}

const MODALITY_OF_CUE: Record<CueKind, Modality> = {
  reported: 'reported',
  suspected: 'suspected',
  denied: 'denied',
  negated: 'denied',
  // Never deciding: a concession only bounds a clause.
  concession: 'asserted',
};

function isClose(text: string, from: number, to: number): boolean {
  return (text.slice(from, to).match(/[\p{L}\p{N}]+/gu) ?? []).length <= 4;
}

/** "Le spécialiste ajoute que ...", "The company said ...", "وأضاف ...": a sentence that continues the previous claimant's account. */
const CONTINUATION = new RegExp(
  `^\\s*(?:${[
    "l['’]expert",
    'le spécialiste',
    'le chercheur',
    "l['’]analyste",
    'il',
    'elle',
    'the expert',
    'the researcher',
    'the analyst',
    'he',
    'she',
    'the company',
    'the firm',
    'la société',
    "l['’]entreprise",
    'la firme',
  ].join(
    '|',
  )})\\s+(?:ajoute|a ajouté|précise|poursuit|explique|a expliqué|estime|indique|a indiqué|affirme|a affirmé|added|adds|explained|went on|said|says)|^\\s*[وف]?(?:أضاف|أضافت|تابع|تابعت|أوضح|أوضحت)(?![\\p{L}])|^\\s*[وف]?(?:قالت|ذكرت|أكدت)\\s+الشركة(?![\\p{L}])`,
  'iu',
);

export function continuesPreviousClaimant(sentence: Sentence): boolean {
  return CONTINUATION.test(sentence.text);
}
