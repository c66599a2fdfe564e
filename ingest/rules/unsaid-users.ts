/**
 * A sentence that names what an attack used without saying whose: "The malware used was
 * Blackpine.", "The tools used in the campaign were Blackpine and Greyfox." Its subject, with
 * the copula after it, is one of the packs' `enumerations.unsaidUserSubjects`; the software named
 * right after the copula (an article or an opening quote between them) and the names listed with
 * it are what the attack used. Whose they are the sentence leaves to the report: its topic actor,
 * as for the tools of a list whose lead leaves the user unsaid (./producers.ts).
 */
import type { EntityType } from '../../graph-schema/schema.ts';
import { connectiveWords, PACKS } from '../extract/lang/index.ts';
import type { Sentence, Span } from '../types.ts';
import { alternation } from './patterns.ts';
import type { EntityMention } from './types.ts';

const SUBJECTS = PACKS.flatMap((pack) => pack.enumerations.unsaidUserSubjects);
/** The subject and copula at the start of a sentence, after any bullet or markup. */
const SUBJECT_AND_COPULA =
  SUBJECTS.length === 0
    ? undefined
    : new RegExp(String.raw`^[\s*•·\-–—#>]*(?:${alternation(SUBJECTS)})(?![\p{L}\p{N}])`, 'iu');
/** Between the copula and the first name: nothing, an article, an opening quote. */
const TO_FIRST_NAME = /^\s*(?:(?:the|a|an|le|la|les|l['’]|un|une)\s+)?["“‘«]?\s*$/iu;
/** Between two names of one list: a comma, a coordinator, or both, and quotes. */
const BETWEEN_LISTED = new RegExp(
  String.raw`^["”’»]?\s*(?:,\s*)?(?:(?:${alternation(connectiveWords('listCoordinators'))})\s+)?["“‘«]?$`,
  'u',
);
/** What an attack uses that such a sentence may name: software and the flaws it exploits. */
const TOOLS: ReadonlySet<EntityType> = new Set(['Malware', 'Vulnerability']);

export interface UnsaidUse {
  /** The sentence, which states the use. */
  sentence: Span;
  tools: EntityMention[];
}

/** `mentions`: the document's, sorted by start. */
export function findUnsaidUses(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly EntityMention[],
): UnsaidUse[] {
  if (!SUBJECT_AND_COPULA) return [];
  const found: UnsaidUse[] = [];
  let index = 0;
  for (const sentence of sentences) {
    while (index < mentions.length && (mentions[index]?.start ?? 0) < sentence.start) index++;
    const subject = SUBJECT_AND_COPULA.exec(sentence.text);
    if (!subject) continue;
    const afterCopula = sentence.start + subject[0].length;
    const inSentence = mentions
      .slice(index)
      .filter((mention) => mention.start >= afterCopula && mention.end <= sentence.end);
    const [first] = inSentence;
    if (!first || !TOOLS.has(first.entity.type)) continue;
    if (!TO_FIRST_NAME.test(text.slice(afterCopula, first.start))) continue;
    const tools = [first];
    for (const listed of inSentence.slice(1)) {
      const previous = tools.at(-1) ?? first;
      if (!TOOLS.has(listed.entity.type) || !BETWEEN_LISTED.test(text.slice(previous.end, listed.start)))
        break;
      tools.push(listed);
    }
    found.push({ sentence, tools });
  }
  return found;
}
