/**
 * Names introduced by an Arabic cue phrase: "مجموعة تسمى «...»", "حساب يسمى EMLEAKS",
 * "شركة فلاشبوينت", "الرئيس الروسي فلاديمير بوتين". Arabic has no capital letters, so the cue
 * both finds and types the name; the name itself is a quoted string, a run of Latin words
 * (Latin inside Arabic text is almost always a name), or up to three Arabic words that are
 * neither particles nor words with the article (which describe rather than name).
 */
import type { Sentence } from '../types.ts';
import { ARABIC_CUES } from './cues.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import type { Candidate } from './types.ts';

const CUE_MATCHER = new PhraseMatcher(
  ARABIC_CUES.map((cue) => ({ phrase: cue.phrase, value: cue, arabicPrefix: '(?:[وف])?(?:[بلك])?' })),
);

const QUOTED = /^\s*(["“«„])\s*([^"“”«»„\n]{1,48}?)\s*["”»]/u;
const LATIN_RUN = /^\s*([A-Za-z][A-Za-z0-9._&-]*(?:\s+(?:[A-Z0-9][A-Za-z0-9._&-]*))*)/u;
const ARABIC_WORD = /^\s*((?:[\u0621-\u064a\u0671-\u06d3\u0640]|[\u064b-\u0652])+)/u;
const MAX_DESCRIPTORS = 3;
const MAX_PERSON_WORDS = 3;
const MAX_OTHER_WORDS = 2;

/** Particles, pronouns and frequent verbs that end a name (checked without a clitic prefix too). */
const STOPWORDS = new Set(
  (
    'هذا هذه ذلك تلك هؤلاء في من على الى إلى عن مع ان أن إن التي الذي الذين اللذين هو هي هم ' +
    'قد لقد كان كانت يكون تكون يوم امس أمس بعد قبل حول ضد عبر خلال منذ حتى لدى لم لن ما لا اي أي ' +
    'كل بين عند غير او أو ثم اذا إذا لكن بان بأن انه أنه إنه انها أنها إنها وقال قال قالت اكد أكد ' +
    'أكدت ذكر ذكرت اضاف أضاف اوضح أوضح اشار أشار صرح نفى نفت يبدو حيث مثل نحو فقط ايضا أيضا ' +
    'امام أمام وراء خلف تحت فوق دون سوى عدة بعض جميع'
  ).split(/\s+/),
);
const CUE_WORDS = new Set(ARABIC_CUES.flatMap((cue) => cue.phrase.split(/\s+/)));

export function findArabicCueNames(text: string, sentences: readonly Sentence[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const sentence of sentences) {
    if (!/[\u0600-\u06ff]/.test(sentence.text)) continue;
    for (const match of CUE_MATCHER.find(text, sentence.start, sentence.end)) {
      const cue = match.value;
      const afterCue = match.end;
      const found = nameAfterCue(text.slice(afterCue, sentence.end), cue.type === 'Person', cue.quotedOnly);
      if (!found) continue;
      const start = afterCue + found.offset;
      const surface = text.slice(start, start + found.length);
      candidates.push({
        start,
        end: start + found.length,
        surface,
        type: cue.type,
        source: 'cue',
        name: surface,
        reason: `cue: "${text.slice(match.start, match.end)}" introduces ${cue.type} "${surface}"`,
      });
    }
  }
  return candidates;
}

interface FoundName {
  offset: number;
  length: number;
}

function nameAfterCue(rest: string, person: boolean, quotedOnly = false): FoundName | undefined {
  const quoted = QUOTED.exec(rest);
  if (quoted?.[2]) {
    const offset = rest.indexOf(quoted[2], quoted.index);
    return { offset, length: quoted[2].length };
  }
  const latin = LATIN_RUN.exec(rest);
  if (latin?.[1]) return { offset: rest.indexOf(latin[1]), length: latin[1].length };
  if (quotedOnly) return undefined;
  return arabicWordsAfter(rest, person);
}

/** Skips descriptive words with the article, then takes the name words that follow. */
function arabicWordsAfter(rest: string, person: boolean): FoundName | undefined {
  let offset = 0;
  let skipped = 0;
  let start = -1;
  let end = -1;
  let taken = 0;
  const maxWords = person ? MAX_PERSON_WORDS : MAX_OTHER_WORDS;
  while (taken < maxWords) {
    const match = ARABIC_WORD.exec(rest.slice(offset));
    const word = match?.[1];
    if (!match || !word) break;
    const wordStart = offset + match[0].length - word.length;
    const hasArticle = /^(?:[وفبك]?ال|لل)/u.test(word);
    if (hasArticle || isStopword(word) || isCueWord(word)) {
      if (taken > 0 || !hasArticle || skipped >= MAX_DESCRIPTORS) break;
      skipped++;
    } else {
      if (start < 0) start = wordStart;
      end = wordStart + word.length;
      taken++;
    }
    offset += match[0].length;
  }
  return start >= 0 && end - start >= 2 ? { offset: start, length: end - start } : undefined;
}

function isCueWord(word: string): boolean {
  return CUE_WORDS.has(word) || (/^[وفبلك]/u.test(word) && CUE_WORDS.has(word.slice(1)));
}

function isStopword(word: string): boolean {
  return STOPWORDS.has(word) || (/^[وفبلك]/u.test(word) && STOPWORDS.has(word.slice(1)));
}
