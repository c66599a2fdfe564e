/**
 * A sentence that says what an attack used, or whom a thing used in it was aimed at, without
 * saying whose the attack was:
 *
 * - "The malware used was Blackpine.", "The tools used in the campaign were Blackpine and
 *   Greyfox.": a subject and its copula of the packs' `enumerations.unsaidUserSubjects`, at the
 *   start of the sentence; the software named right after the copula (an article or an opening
 *   quote between them) and the names listed with it are what the attack used;
 * - "We assess that this sample was used to target Quillbank.": a passive of use and its purpose,
 *   the packs' `enumerations.unsaidUserPurposes`, anywhere in the sentence; the organisation,
 *   place or person named right after it, and those listed with it, are whom the attack targeted.
 *
 * Whose the attack was the sentence leaves to the report: its topic actor, as for the tools of a
 * list whose lead leaves the user unsaid (./producers.ts).
 */
import type { EntityType, RelationType } from '../../graph-schema/schema.ts';
import { connectiveWords, PACKS } from '../extract/lang/index.ts';
import type { Sentence, Span } from '../types.ts';
import { allArticles, openingWord } from './articles.ts';
import { alternation } from './patterns.ts';
import type { EntityMention } from './types.ts';

/** The phrases of a pack concept as one alternation, or none when no pack has any. */
function phrasePattern(phrases: readonly string[], opening: string): RegExp | undefined {
  return phrases.length === 0
    ? undefined
    : new RegExp(String.raw`${opening}(?:${alternation(phrases)})(?![\p{L}\p{N}])`, 'iu');
}

/**
 * The longest word of each phrase, which a text holding the phrase holds: a text holding none
 * of them is not searched for the phrases, sentence by sentence.
 */
function phraseWords(phrases: readonly string[]): RegExp | undefined {
  const longest = (phrase: string) =>
    phrase.split(/\s+/u).reduce((word, next) => (next.length > word.length ? next : word));
  return phrases.length === 0 ? undefined : new RegExp(alternation([...new Set(phrases.map(longest))]), 'iu');
}

const SUBJECTS = PACKS.flatMap((pack) => pack.enumerations.unsaidUserSubjects);
const PURPOSES = PACKS.flatMap((pack) => pack.enumerations.unsaidUserPurposes);
/** The subject and copula at the start of a sentence, after any bullet or markup. */
const SUBJECT_AND_COPULA = phrasePattern(SUBJECTS, String.raw`^[\s*•·\-–—#>]*`);
const SUBJECT_WORDS = phraseWords(SUBJECTS);
/** The passive of use and its purpose, as a phrase of its own. */
const USED_FOR = phrasePattern(PURPOSES, String.raw`(?<![\p{L}\p{N}])`);
const PURPOSE_WORDS = phraseWords(PURPOSES);
/** Between the phrase and the first name: nothing, an article (any of the packs'), an opening quote. */
const TO_FIRST_NAME = new RegExp(String.raw`^\s*${openingWord(allArticles())}?["“‘«]?\s*$`, 'iu');
/** Between two names of one list: a comma, a coordinator, or both, and quotes. */
const BETWEEN_LISTED = new RegExp(
  String.raw`^["”’»]?\s*(?:,\s*)?(?:(?:${alternation(connectiveWords('listCoordinators'))})\s+)?["“‘«]?$`,
  'u',
);
/** What an attack uses that such a sentence may name: software and the flaws it exploits. */
const TOOLS: ReadonlySet<EntityType> = new Set(['Malware', 'Vulnerability']);
/** Whom an attack may be aimed at. */
const VICTIMS: ReadonlySet<EntityType> = new Set(['Organization', 'Location', 'Person']);

export interface UnsaidUse {
  /** The sentence, which states the relation. */
  sentence: Span;
  /** The phrase that states it: the claims before its end frame the relation ("we assess ... likely used to"). */
  at: Span;
  /** `USES` for the tools named, `TARGETED` for the victims. */
  type: Extract<RelationType, 'USES' | 'TARGETED'>;
  /** The ends the actor is related to. */
  ends: EntityMention[];
}

/** `mentions`: the document's, sorted by start. */
export function findUnsaidUses(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly EntityMention[],
): UnsaidUse[] {
  const found: UnsaidUse[] = [];
  const subjects = SUBJECT_WORDS?.test(text) ? SUBJECT_AND_COPULA : undefined;
  const purposes = PURPOSE_WORDS?.test(text) ? USED_FOR : undefined;
  if (!subjects && !purposes) return found;
  let index = 0;
  for (const sentence of sentences) {
    while (index < mentions.length && (mentions[index]?.start ?? 0) < sentence.start) index++;
    const kinds = [
      { type: 'USES' as const, phrase: subjects?.exec(sentence.text), types: TOOLS },
      { type: 'TARGETED' as const, phrase: purposes?.exec(sentence.text), types: VICTIMS },
    ];
    for (const { type, phrase, types } of kinds) {
      if (!phrase) continue;
      const at = {
        start: sentence.start + phrase.index,
        end: sentence.start + phrase.index + phrase[0].length,
      };
      const ends = listedAfter(text, at.end, sentence, mentions.slice(index), types);
      if (ends.length > 0) found.push({ sentence, at, type, ends });
    }
  }
  return found;
}

/** The name of one of `types` right after `after`, and those listed with it, in the sentence. */
function listedAfter(
  text: string,
  after: number,
  sentence: Span,
  mentions: readonly EntityMention[],
  types: ReadonlySet<EntityType>,
): EntityMention[] {
  const inSentence = mentions.filter((mention) => mention.start >= after && mention.end <= sentence.end);
  const [first] = inSentence;
  if (!first || !types.has(first.entity.type) || !TO_FIRST_NAME.test(text.slice(after, first.start)))
    return [];
  const ends = [first];
  for (const listed of inSentence.slice(1)) {
    const previous = ends.at(-1) ?? first;
    if (!types.has(listed.entity.type) || !BETWEEN_LISTED.test(text.slice(previous.end, listed.start))) break;
    ends.push(listed);
  }
  return ends;
}
