/**
 * Names introduced by an Arabic cue phrase: "مجموعة تسمى «...»", "حساب يسمى EMLEAKS",
 * "شركة فلاشبوينت", "الرئيس الروسي فلاديمير بوتين". Arabic has no capital letters, so the cue
 * both finds and types the name; the name itself is a quoted string, a run of Latin words
 * (Latin inside Arabic text is almost always a name), or up to three Arabic words that are
 * neither particles nor words with the article (which describe rather than name).
 */
import { loadGazetteer } from '../gazetteer/index.ts';
import type { EntityType } from '../../graph-schema/schema.ts';
import type { Sentence } from '../types.ts';
import { ARABIC_CUES } from './cues.ts';
import { PhraseMatcher } from './phrase-matcher.ts';
import { startsWithTrigger } from './triggers.ts';
import type { Candidate } from './types.ts';
import { arabicTolerant } from './text.ts';
import { alternation } from './patterns.ts';
import { packFor } from '../extract/lang/index.ts';
import { names } from '../extract/lang/ar/names.ts';
import { isDerivedVerbalNoun, isStopword } from './arabic-words.ts';
import { foldKey } from '../normalize/fold.ts';
import { findArabicGivenNames } from './names-arabic-given.ts';
import {
  describesUnnamed,
  findArabicHeadNames,
  isHeadNoun,
  organisationEndAfter,
} from './names-arabic-heads.ts';
import { matchesOf } from '../regex-matches.ts';

/**
 * The cues of rules/cues.ts and the pack's titles. After the preposition ل the article loses
 * its alef ("للسيد" = ل + السيد), so a cue with the article is also written that way.
 */
const CUES: ReadonlyArray<{ phrase: string; type: EntityType; quotedOnly?: boolean }> = [
  ...ARABIC_CUES,
  ...[...names.personTitles, ...names.abbreviatedTitles].map((phrase) => ({
    phrase,
    type: 'Person' as const,
  })),
].flatMap((cue) =>
  cue.phrase.startsWith('ال') ? [cue, { ...cue, phrase: `لل${cue.phrase.slice(2)}` }] : [cue],
);
const CUE_MATCHER = new PhraseMatcher(
  CUES.map((cue) => ({ phrase: cue.phrase, value: cue, arabicPrefix: '(?:[وف])?(?:[بلك])?' })),
);

/** A verb or noun of naming right after the cue ("تدعى", "عُرفت باسم", "اسمها"): the pack's `namingWords`. */
export const NAMING = String.raw`(?:${[...names.namingWords]
  .sort((a, b) => b.length - a.length)
  .map((phrase) => arabicTolerant(phrase).replace(/\s+/gu, String.raw`\s+`))
  .join('|')})`;
/** A quoted name, possibly after a word of naming ("عُرفت باسم «...»"). */
const QUOTED = new RegExp(String.raw`^\s*(?:${NAMING}\s*)?(["“«„])\s*([^"“”«»„\n]{1,48}?)\s*["”»]`, 'u');
/** A run of Latin words, possibly after a word of naming ("برمجية تدعى BlueFalcon"). */
const LATIN_RUN = new RegExp(
  String.raw`^\s*(?:${NAMING}\s+)?([A-Za-z][A-Za-z0-9._&-]*(?:\s+(?:[A-Z0-9][A-Za-z0-9._&-]*))*)`,
  'u',
);
const TRAILING_PUNCTUATION = /[._&-]+$/u;
const ARABIC_WORD = /^\s*((?:[\u0621-\u064a\u0671-\u06d3\u0640]|[\u064b-\u0652])+)/u;
/** An Arabic letter or a short vowel, shadda or tatweel written on it: diacritics never split a word. */
const LETTER = String.raw`[\u0621-\u064a\u064b-\u0652\u0640]`;
const MAX_DESCRIPTORS = 3;
const MAX_PERSON_WORDS = 3;
const MAX_OTHER_WORDS = 2;
/** English letters spelled out in Arabic script, an acronym (the pack's `spelledLetters`: "بي إيه إي سيستمز"). */
const SPELLED_LETTERS: ReadonlySet<string> = new Set(names.spelledLetters);
/** How much of the text after a word is enough to tell whether a relation trigger starts there. */
const TRIGGER_LOOKAHEAD = 40;
/**
 * Nouns that head a post or a department rather than begin a name (the pack's `postNouns`):
 * "رئيس قسم الأبحاث" is the head of a research department, not a person called "قسم".
 */
const POST_NOUNS: ReadonlySet<string> = new Set(names.postNouns);

const GIVEN_NAMES = new Set(names.givenNames.map(foldKey));
/**
 * An incident noun of the pack after the preposition ل ("لهجوم", "لاختراق"): what a body
 * underwent ("تعرضت X لهجوم"), which ends its name.
 */
const UNDERGONE_INCIDENTS: ReadonlySet<string> = new Set(
  packFor('ar')
    .incidents.nouns.map((phrase) => phrase.split(/\s+/u)[0] ?? '')
    .filter((noun) => noun !== '' && !noun.startsWith('ال'))
    .map((noun) => foldKey(`ل${noun}`)),
);
/** A reflexive pronoun a word or two after a verb: "تطلق على نفسها", "تسمي نفسها". */
const CALLS_ITSELF = /^\s+(?:[\u0621-\u064a]+\s+)?نفس(?:ها|ه|هم|هما)(?![\u0621-\u064a])/u;
const PRESS_HEADS: ReadonlySet<string> = new Set(names.pressHeads);
/**
 * A present-tense verb opens on "ي" or "ت" ("يكتب", "تعمل"); so do some given names ("يوسف",
 * "تميم"), so the test is made only where a verb is expected: after a title and its adjective.
 */
const IMPERFECT_VERB = /^[يت][\u0621-\u064a]{2,}$/u;
const CUE_WORDS = new Set(CUES.flatMap((cue) => cue.phrase.split(/\s+/)));
/**
 * A past tense of the fifth or sixth form in the feminine ("تضررت", "تعرضت", "تراجعت"): after a
 * cue's noun or the name that follows it, the verb they are the subject of, no name.
 */
const FEMININE_DERIVED_PERFECT = /^ت[\u0621-\u064a]{3,4}ت$/u;
/**
 * A past tense in the feminine of the first, seventh or eighth form, of a sound root ("حللت",
 * "رصدت", "انتشرت", "اكتشفت"): after the name that follows a feminine cue noun ("شركة نورتك
 * حللت ...") it is the verb agreeing with that noun, no word of the name. A transliterated name
 * ending in "ت" has its vowels written ("مايكروسوفت"), which these shapes leave out.
 */
const FEMININE_SOUND_PERFECT = /^(?:[\u0621-\u064a][^اآويى]{2}|ان[^اآويى]{3}|ا[^اآويى]ت[^اآويى]{2})ت$/u;

/** A noun in "ة" ("شركة", "مجموعة"): the verb that describes it agrees in the feminine. */
const FEMININE_NOUN = /ة$/u;
/**
 * A verb or a participle in the feminine: the present opens on "ت", the past ends on "ت", the
 * participle on "ة" ("مرتبطة"). After a feminine cue noun, a trigger word of none of these forms
 * is no predicate of it but the name ("شركة شل").
 */
const FEMININE_VERB = /^ت|ت$|ة$/u;

/** Time adverbs and ranks between a title and the name (the pack's `titleAdverbs`: "وزير الدفاع آنذاك ..."). */
const TITLE_ADVERBS: ReadonlySet<string> = new Set(names.titleAdverbs);
/**
 * Words that chain the parts of a lineage name ("تميم بن حمد آل ثاني", the pack's `lineage` and
 * `servantOf`); they do not count as name words.
 */
const LINEAGE_WORDS: ReadonlySet<string> = new Set([...names.lineage, names.servantOf]);
/** A family name with the article, in the nisba form ("عمر الراضي"): taken after a single given name. */
const NISBA_SURNAME = /^ال[\u0621-\u064a]{2,}ي$/u;
/** "نصر الله", "الحمد الله": the name of God right after a person's last name word closes it. */
const DIVINE_NAME_AFTER = new RegExp(
  String.raw`^\s+${arabicTolerant(names.divineName)}(?![\p{L}\p{M}])`,
  'u',
);
/** Adjectives of that form that follow names without being part of them. */
const NISBA_ADJECTIVES: ReadonlySet<string> = new Set(names.nisbaAdjectives);
/** Everyday adjectives that may follow a given name without being a family name. */
const PLAIN_ADJECTIVES: ReadonlySet<string> = new Set(names.plainAdjectives);
/**
 * A verb of saying, then a name set off by a comma: "وقال توم بوسرت، مستشار ...", "وقالت سارة،
 * وهي ...".
 */
const SPEECH_THEN_NAME = new RegExp(
  String.raw`(?<![\u0600-\u06ff])[وف]?(?:${arabicTolerant(packFor('ar').claims.speakerVerbs.join('|'))})\s+((?:${LETTER}{2,}\s+){0,2}${LETTER}{2,})\s*،\s*(${LETTER}+)`,
  'gu',
);
/**
 * The same after a preposition of whom something goes to (the pack's `recipientPrepositions`):
 * "تصريح منسوب إلى سيرجان كوبالي، المدير ...", "اتهامات إلى بوريس كوفاليف، وهو موظف ...". A name of
 * two or three words, then a post with the article, or "وهو"/"وهي" and a post, right after the
 * comma: nothing else but a person is described so.
 */
const RECIPIENT_THEN_NAME = new RegExp(
  String.raw`(?<![\u0600-\u06ff])(?:${alternation(packFor('ar').connectives.recipientPrepositions)})\s+((?:${LETTER}{2,}\s+){1,2}${LETTER}{2,})\s*،\s*(?:(?:${names.personalAppositions.join('|')})\s+|ال)(${LETTER}+)`,
  'gu',
);
/** "وهو", "وهي" opening the apposition after a speaker's name: "and he is ...". */
const PERSONAL_APPOSITION: ReadonlySet<string> = new Set(names.personalAppositions);
/** Given names that are no everyday word: one alone after a verb of saying is a speaker's name. */
const PLAIN_GIVEN_NAMES = new Set(
  [...GIVEN_NAMES].filter((name) => !names.givenNamesAlsoWords.some((word) => foldKey(word) === name)),
);
/** What the apposition after a speaker's name opens with when it describes a person. */
const ROLE_NOUNS: ReadonlySet<string> = new Set(names.speakerRoles);
const ROLE_KEYS: ReadonlySet<string> = new Set(names.speakerRoles.map(foldKey));
/** Nouns that stand for an unnamed source ("مسؤول أمريكي"), never a name. */
const UNNAMED_SOURCES: ReadonlySet<string> = new Set(names.unnamedSources);

/** Every Arabic name finder: cue phrases, head nouns and full names opened by a given name. */
export function findArabicNames(text: string, sentences: readonly Sentence[]): Candidate[] {
  const found = [
    ...findArabicCueNames(text, sentences),
    ...findArabicHeadNames(text, sentences),
    ...findArabicGivenNames(text, sentences),
  ];
  return [...found, ...familyNamesAlone(text, found)];
}

/** A family name with the article after a clitic or none, as a whole word. */
const FAMILY_NAME_OCCURRENCE = /(?<![\u0621-\u065f])[وفبك]?(ال[\u0621-\u064a]{2,}ي)(?![\u0621-\u065f])/gu;

/**
 * "أحمد الطنطاوي ... ويعمل الطنطاوي": once a person is named in full, news goes on with the
 * family name alone; in the nisba form with the article it is a name, unless it is an adjective
 * of origin ("المصري") or one of those that follow any name ("الحالي").
 */
function familyNamesAlone(text: string, found: readonly Candidate[]): Candidate[] {
  const families = new Set<string>();
  for (const candidate of found) {
    if (candidate.type !== 'Person') continue;
    const family = candidate.surface.split(/\s+/u).at(-1) ?? '';
    if (candidate.surface.includes(' ') && NISBA_SURNAME.test(family) && !NISBA_ADJECTIVES.has(family)) {
      if (!isOrigin(family)) families.add(family);
    }
  }
  if (families.size === 0) return [];
  const alone: Candidate[] = [];
  for (const match of matchesOf(FAMILY_NAME_OCCURRENCE, text)) {
    const family = match[1] ?? '';
    if (!families.has(family)) continue;
    const start = match.index + match[0].length - family.length;
    const end = start + family.length;
    if (found.some((candidate) => candidate.start < end && start < candidate.end)) continue;
    alone.push({
      start,
      end,
      surface: family,
      type: 'Person',
      source: 'cue',
      name: family,
      reason: `cue: "${family}" is the family name of a person named in full in the document`,
    });
  }
  return alone;
}

/** An adjective of origin ("المصري", "الإيراني"): the gazetteer knows it as a demonym. */
function isOrigin(word: string): boolean {
  const bare = word.replace(/^ال/u, '');
  return [bare, bare.replace(/ي$/u, '')].some((form) =>
    loadGazetteer()
      .byName(form)
      .some((entry) => entry.type === 'Location'),
  );
}

export function findArabicCueNames(text: string, sentences: readonly Sentence[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const sentence of sentences) {
    if (!/[\u0600-\u06ff]/.test(sentence.text)) continue;
    candidates.push(...speakersNamed(sentence));
    for (const match of CUE_MATCHER.find(text, sentence.start, sentence.end)) {
      const cue = match.value;
      const afterCue = match.end;
      // "صحيفة الغد": a title with the article is the head noun's name (names-arabic-heads.ts).
      if (PRESS_HEADS.has(cue.phrase) && /^\s*(?:ال|لل)/u.test(text.slice(afterCue, afterCue + 4))) continue;
      const person = cue.type === 'Person';
      const feminine = FEMININE_NOUN.test(cue.phrase.split(/\s+/u)[0] ?? '');
      let found = nameAfterCue(text.slice(afterCue, sentence.end), person, cue.quotedOnly, feminine);
      let from = afterCue;
      // "رئيس بلدية نابلس سامي حجاوي": the title's organisation comes first, then its holder.
      const organisationEnd = person && !found ? organisationEndAfter(text, sentence, afterCue) : undefined;
      if (organisationEnd !== undefined) {
        from = organisationEnd;
        found = holderAfter(text.slice(from, sentence.end)) ?? holderSetOff(text.slice(from, sentence.end));
      }
      if (!found) continue;
      const start = from + found.offset;
      const surface = text.slice(start, start + found.length);
      candidates.push({
        start,
        end: start + found.length,
        surface,
        type: cue.type,
        source: 'cue',
        name: surface,
        reason: `cue: "${text.slice(match.start, match.end)}" introduces ${cue.type} "${surface}"`,
        cue: { start: match.start, end: match.end },
      });
    }
  }
  return candidates;
}

/** People named right after a verb of saying or a preposition of recipient, followed by the comma of their apposition. */
function speakersNamed(sentence: Sentence): Candidate[] {
  const found: Candidate[] = [];
  for (const match of matchesOf(SPEECH_THEN_NAME, sentence.text)) {
    const name = match[1] ?? '';
    const apposition = match[2] ?? '';
    if (!/^ال/u.test(apposition) && !ROLE_NOUNS.has(apposition) && !PERSONAL_APPOSITION.has(apposition))
      continue;
    const words = name.split(/\s+/);
    // "وقال أحمد، وهو مسؤول ...": one word is a name only if it is a given name and no everyday word.
    if (words.length === 1 && !PLAIN_GIVEN_NAMES.has(foldKey(name))) continue;
    const notAName = (word: string, index: number) =>
      // "وقال علي رضا، مدير ...": a given name that is also a function word ("علي") opens the name.
      !(index === 0 && GIVEN_NAMES.has(foldKey(word))) &&
      // "وقال خالد العتيبي، مدير ...": after a given name, a family name may carry the article.
      !(index === 1 && opensFullName(words[0] ?? '', word)) &&
      (/^(?:[وفبك]?ال|لل)/u.test(word) || isStopword(word) || isCueWord(word) || UNNAMED_SOURCES.has(word));
    if (words.some(notAName)) continue;
    const start = sentence.start + match.index + match[0].indexOf(name);
    found.push({
      start,
      end: start + name.length,
      surface: name,
      type: 'Person',
      source: 'cue',
      name,
      reason: `cue: "${name}" speaks and is described after a comma`,
    });
  }
  for (const match of matchesOf(RECIPIENT_THEN_NAME, sentence.text)) {
    const name = match[1] ?? '';
    if (!ROLE_KEYS.has(foldKey(match[2] ?? ''))) continue;
    const words = name.split(/\s+/);
    const notAName = (word: string) =>
      /^(?:[وفبك]?ال|لل)/u.test(word) ||
      isStopword(word) ||
      isCueWord(word) ||
      isHeadNoun(word) ||
      UNNAMED_SOURCES.has(word);
    if (words.some(notAName)) continue;
    const start = sentence.start + match.index + match[0].indexOf(name);
    found.push({
      start,
      end: start + name.length,
      surface: name,
      type: 'Person',
      source: 'cue',
      name,
      reason: `cue: "${name}" is described by a post after a comma`,
    });
  }
  return found;
}

/**
 * The holder named right after a title's organisation: name words only, with no descriptor
 * skipped, since an adjective there still belongs to the organisation.
 */
function holderAfter(rest: string): FoundName | undefined {
  const first = ARABIC_WORD.exec(rest);
  const word = first?.[1];
  if (!first || !word || /^(?:[وفبك]?ال|لل)/u.test(word) || isHeadNoun(word)) return undefined;
  const second = ARABIC_WORD.exec(rest.slice(first[0].length))?.[1] ?? '';
  if (isStopword(word) && !opensFullName(word, second)) return undefined;
  // "لمنحه": a preposition and a verbal noun with its pronoun, what the letter is for.
  if (/^[لب][\u0621-\u064a]{2,}(?:ه|ها|هم)$/u.test(word)) return undefined;
  const found = arabicWordsAfter(rest, true);
  if (!found || /\s/u.test(rest.slice(found.offset, found.offset + found.length))) return found;
  // One word: a holder is named in full, with a family name that has the article ("رئيس بلدية
  // رام الله سليم الخطيب"), or by a given name; otherwise it is the clause's participle
  // ("رئيس بلدية طولكرم موجهة إلى ...").
  const afterWord = rest.slice(found.offset + found.length);
  const family = /^\s+([\u0621-\u064a]+)/u.exec(afterWord)?.[1];
  if (family && (isNisbaSurname(family) || isFamilyWithArticle(family))) {
    return { offset: found.offset, length: found.length + afterWord.indexOf(family) + family.length };
  }
  return GIVEN_NAMES.has(foldKey(word)) ? found : undefined;
}

/** A comma opening an apposition, and one closing it. */
const OPENING_COMMA = /^\s*،\s*/u;
const CLOSING_COMMA = /^\s*،/u;

/**
 * The holder set off by commas after a title's organisation ("المتحدث باسم وزارة الخارجية
 * الإيرانية، حسين رضائي، ..."): only a name closed by its comma, or a clause would be taken.
 */
function holderSetOff(rest: string): FoundName | undefined {
  const comma = OPENING_COMMA.exec(rest);
  if (!comma) return undefined;
  const afterComma = rest.slice(comma[0].length);
  const found = holderAfter(afterComma) ?? arabicWordsAfter(afterComma, true);
  if (!found || !/\s/u.test(afterComma.slice(found.offset, found.offset + found.length))) return undefined;
  if (!CLOSING_COMMA.test(afterComma.slice(found.offset + found.length))) return undefined;
  return { offset: comma[0].length + found.offset, length: found.length };
}

interface FoundName {
  offset: number;
  length: number;
}

function nameAfterCue(
  rest: string,
  person: boolean,
  quotedOnly = false,
  feminine = false,
): FoundName | undefined {
  const quoted = QUOTED.exec(rest);
  if (quoted?.[2]) {
    const offset = rest.indexOf(quoted[2], quoted.index);
    return { offset, length: quoted[2].length };
  }
  const latin = LATIN_RUN.exec(rest);
  // Dots and dashes belong inside a name (Pastebin.com), not after it: that is the sentence's end.
  const run = latin?.[1]?.replace(TRAILING_PUNCTUATION, '');
  if (latin?.[1] && run) return { offset: rest.indexOf(latin[1]), length: run.length };
  if (quotedOnly) return undefined;
  return arabicWordsAfter(rest, person, feminine);
}

/** Skips descriptive words with the article, then takes the name words that follow. */
function arabicWordsAfter(rest: string, person: boolean, feminine = false): FoundName | undefined {
  let offset = 0;
  let skipped = 0;
  let start = -1;
  let end = -1;
  let taken = 0;
  const maxWords = person ? MAX_PERSON_WORDS : MAX_OTHER_WORDS;
  let afterLineageWord = false;
  let inLetters = false;
  while (taken < maxWords) {
    const match = ARABIC_WORD.exec(rest.slice(offset));
    const word = match?.[1];
    if (!match || !word) break;
    const wordStart = offset + match[0].length - word.length;
    const hasArticle = /^(?:[وفبك]?ال|لل)/u.test(word);
    const next = ARABIC_WORD.exec(rest.slice(offset + match[0].length))?.[1] ?? '';
    if (person && taken > 0 && LINEAGE_WORDS.has(word)) {
      afterLineageWord = true;
    } else if (person && taken === 1 && !afterLineageWord && isNisbaSurname(word)) {
      end = wordStart + word.length;
      break;
    } else if (
      person &&
      taken === 1 &&
      !afterLineageWord &&
      GIVEN_NAMES.has(foldKey(rest.slice(start, end))) &&
      isFamilyWithArticle(word)
    ) {
      // "الباحثة سارة الخطيب": after a title and a given name, a word with the article is the family name.
      end = wordStart + word.length;
      break;
    } else if (!person && SPELLED_LETTERS.has(word) && (inLetters || SPELLED_LETTERS.has(next))) {
      if (!inLetters) taken++;
      inLetters = true;
      if (start < 0) start = wordStart;
      end = wordStart + word.length;
    } else if (person && taken === 0 && TITLE_ADVERBS.has(word)) {
      if (skipped >= MAX_DESCRIPTORS) break;
      skipped++;
    } else if (
      taken === 0 &&
      (POST_NOUNS.has(word) ||
        isHeadNoun(word) ||
        (!person && describesUnnamed(word, true)) ||
        (startsWithTrigger(rest.slice(wordStart, wordStart + TRIGGER_LOOKAHEAD)) &&
          !(feminine && !FEMININE_VERB.test(word))))
    ) {
      // "مجموعة تعمل لصالح ...", "برمجية تستهدف ...": the cue's noun is described by a verb, not named.
      break;
    } else if (
      person &&
      taken === 0 &&
      /^و/u.test(word) &&
      !GIVEN_NAMES.has(foldKey(word)) &&
      !isNisbaSurname(next) &&
      !isFamilyWithArticle(next)
    ) {
      // "رئيس وأعضاء ...": a word joined by "و" is a second holder of the title, not a name,
      // unless a family name follows it: a given name opening on "و" ("السيد وسيم الحلبي").
      break;
    } else if (!person && UNDERGONE_INCIDENTS.has(foldKey(word))) {
      // "تعرضت وكالة الأنباء السورية لهجوم ...": what the body underwent, no word of its name.
      break;
    } else if (!person && FEMININE_DERIVED_PERFECT.test(word)) {
      // "أقل من 1500 شركة تضررت من الهجوم", "شركة كويلسك تعرضت لهجوم": the verb whose subject
      // the cue's noun, or the name after it, is; no part of a name.
      break;
    } else if (
      person &&
      taken === 0 &&
      skipped > 0 &&
      IMPERFECT_VERB.test(word) &&
      !GIVEN_NAMES.has(foldKey(word))
    ) {
      // "الكاتب الفلسطيني يكتب مقالا": after the title and its adjective, the verb of their clause.
      break;
    } else if (
      !person &&
      taken === 0 &&
      IMPERFECT_VERB.test(word) &&
      CALLS_ITSELF.test(rest.slice(wordStart + word.length))
    ) {
      // "مجموعة قراصنة تطلق على نفسها اسم ..."، "تسمي نفسها": the verb by which the group names
      // itself, no name.
      break;
    } else if (!person && feminine && taken > 0 && FEMININE_SOUND_PERFECT.test(word)) {
      // "شركة نورتك حللت العينات": the feminine verb after the name agrees with the cue's noun.
      break;
    } else if (taken > 0 && startsWithTrigger(rest.slice(wordStart, wordStart + TRIGGER_LOOKAHEAD))) {
      // "المبرمج كريم حداد عضو في ...": the predicate after the name is no part of it.
      break;
    } else if (!person && taken > 0 && next !== '' && PLAIN_GIVEN_NAMES.has(foldKey(word))) {
      // "مدير شركة كويلسك سمير حداد": a given name and one more word after the body's name is
      // the person the post before it belongs to.
      break;
    } else if (taken > 0 && isHeadNoun(word)) {
      // "الرئيس محمود عباس مدينة نابلس": a head noun opens the next name.
      break;
    } else if (
      (hasArticle || isStopword(word) || isCueWord(word)) &&
      !(person && taken === 0 && opensFullName(word, next))
    ) {
      if (taken > 0 || !hasArticle || skipped >= MAX_DESCRIPTORS) break;
      skipped++;
    } else if (person && taken === 2 && !afterLineageWord && isDerivedVerbalNoun(word)) {
      // "المتحدث ناصر كنعاني اتهام بلاده": a verbal noun of a derived form heads what the person does.
      break;
    } else if (person && taken === 2 && !afterLineageWord && /^ال/u.test(next)) {
      // A third word followed by a word with the article is the head of a phrase ("انتشار الهجوم"), not a name.
      break;
    } else {
      afterLineageWord = false;
      inLetters = false;
      if (start < 0) start = wordStart;
      end = wordStart + word.length;
      taken++;
    }
    offset += match[0].length;
  }
  if (person && start >= 0) end += DIVINE_NAME_AFTER.exec(rest.slice(end))?.[0].length ?? 0;
  return start >= 0 && end - start >= 2 ? { offset: start, length: end - start } : undefined;
}

/**
 * A given name that is also a function word ("علي", spelled like the preposition "على") opens a
 * person's name when a family name with the article follows it ("الدكتور علي الكناني").
 */
function opensFullName(word: string, next: string): boolean {
  // As written: "على المستوى" is a preposition and its object, whatever folding makes of them.
  if (/ى$/u.test(word) || /ى$/u.test(next)) return false;
  return GIVEN_NAMES.has(foldKey(word)) && (isNisbaSurname(next) || isFamilyWithArticle(next));
}

/** A family name with the article that is not of the nisba form ("الخطيب", "الشريف"): no adjective, no place. */
function isFamilyWithArticle(word: string): boolean {
  return (
    /^ال[\u0621-\u064a]{3,}$/u.test(word) &&
    !NISBA_SURNAME.test(word) &&
    !PLAIN_ADJECTIVES.has(word) &&
    !/[ةه]$/u.test(word) &&
    !isStopword(word) &&
    !isCueWord(word) &&
    !isHeadNoun(word) &&
    loadGazetteer().byName(word).length === 0 &&
    loadGazetteer().byName(word.slice(2)).length === 0
  );
}

function isNisbaSurname(word: string): boolean {
  if (!NISBA_SURNAME.test(word) || NISBA_ADJECTIVES.has(word)) return false;
  // Demonyms are listed without the article ("فرنسي"): "الفرنسي" qualifies, it does not name.
  const gazetteer = loadGazetteer();
  return gazetteer.byName(word).length === 0 && gazetteer.byName(word.slice(2)).length === 0;
}

function isCueWord(word: string): boolean {
  return CUE_WORDS.has(word) || (/^[وفبلك]/u.test(word) && CUE_WORDS.has(word.slice(1)));
}
