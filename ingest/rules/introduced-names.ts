/**
 * Names a text introduces for what it reports, and every other place it writes them. A report
 * often gives an actor, a campaign or a program a name of its own ("a new backdoor we named
 * X", "the group, which we track as X", "we have named this threat actor X", "a new group
 * (hereafter X)", "the loader, X as we call it", "le groupe que nous appelons X") and then uses
 * it throughout, in its title and headings too, which come first. No list knows such a name,
 * and a capitalised word alone says nothing of its type: the naming construction does, through
 * the kind of thing it names (the packs' `namedKinds`), and the type then holds for every
 * mention of the name in the document.
 */
import { names as arabicNames } from '../extract/lang/ar/names.ts';
import { NAMED_KINDS, NAMES } from '../extract/lang/names.ts';
import { CAPITALISED_FUNCTION_WORDS } from './cues.ts';
import { alternation } from './patterns.ts';
import { writtenInProse } from './prose-words.ts';
import { arabicTolerant, NOT_AFTER_WORD, startsWithOneOf } from './text.ts';
import type { Candidate } from './types.ts';

type NamedKind = 'ThreatActor' | 'Malware';

const KIND_BY_WORDS = new Map([...NAMED_KINDS].map(([phrase, kind]) => [phrase.toLowerCase(), kind]));
/** The words around the name in any case ("We have named"), the name itself with its capital: `(?i:...)` alone. */
const KIND = `((?i:${alternation([...NAMED_KINDS.keys()])}))`;
/** The letters a phrase may open with, in either case: the search skips every other position at once. */
const opening = (phrases: readonly string[]) =>
  startsWithOneOf(phrases.flatMap((phrase) => [phrase.toLowerCase(), phrase[0]?.toUpperCase() ?? '']));
const KIND_FIRST = opening([...NAMED_KINDS.keys()]);
const VERB = `(?i:${alternation(NAMES.namingVerbs)})`;
const QUOTE_OPEN = String.raw`(?:["“«‘']\s*)?`;
/**
 * The name: one capitalised word, perhaps with dots or a number inside ("Reedcask",
 * "Win.Thornpipe"), then at most two more capitalised words or a number ("Frost Fang",
 * "Project 420").
 */
const NAME = String.raw`(\p{Lu}[\p{L}\p{N}_-]*(?:\.[\p{L}\p{N}_-]+)*(?:[ \u00a0](?:\p{Lu}[\p{L}\p{N}_-]*|\p{N}{1,4})(?![\p{L}\p{N}])){0,2})`;
/** Up to three lower-case words between the kind and what names it ("a backdoor for servers we named X"). */
const LOWER_WORDS = (max: number) => String.raw`(?:\s+[\p{Ll}][\p{Ll}\p{M}'’-]*){0,${max}}`;
/** A determiner before the kind a naming verb takes as its object ("we named this threat actor X"). */
const DETERMINER = String.raw`(?i:this|that|the|these|those|ce|cet|cette|ces|le|la|les|l['’])`;

/** "a new backdoor we named X", "the group, which we track as X", "le groupe que nous appelons X". */
const KIND_THEN_VERB = new RegExp(
  String.raw`${KIND_FIRST}${NOT_AFTER_WORD}${KIND}${LOWER_WORDS(3)}\s*,?\s+(?:(?i:which|that|que|qu['’])\s*)?${VERB}` +
    String.raw`(?:\s+(?i:as|sous\s+le\s+nom\s+de))?\s+${QUOTE_OPEN}${NAME}`,
  'dgu',
);
/**
 * Who else names it: a name of one to three capitalised words (its researchers after it), or a
 * pronoun ("the group Quillsec tracks as X", "qu'ils ont baptisé X").
 */
const NAMER = String.raw`(?:\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*){0,2}(?:\s+(?i:researchers|analysts|chercheurs))?|(?i:they|ils|elles|researchers|analysts|les\s+chercheurs))`;
/** "the group Quillsec tracks as X", "les pirates que Quillsec a baptisés X". */
const KIND_THEN_NAMER = new RegExp(
  String.raw`${KIND_FIRST}${NOT_AFTER_WORD}${KIND}${LOWER_WORDS(3)}\s*,?\s+(?:(?i:which|that|que|qu['’])\s*)?${NAMER}\s+(?i:${alternation(NAMES.othersNamingVerbs)})` +
    String.raw`(?:\s+(?i:as|sous\s+le\s+nom\s+de))?\s+${QUOTE_OPEN}${NAME}`,
  'dgu',
);
/** "we have named this threat actor X", "nous avons baptisé ce mode opératoire X". */
const VERB_THEN_KIND = new RegExp(
  String.raw`${opening(NAMES.namingVerbs)}${NOT_AFTER_WORD}${VERB}\s+${DETERMINER}\s*(?:[\p{Ll}][\p{Ll}\p{M}-]*\s+){0,2}?${KIND}` +
    String.raw`\s+(?:(?i:as|sous\s+le\s+nom\s+de)\s+)?${QUOTE_OPEN}${NAME}`,
  'dgu',
);
/** "a new threat actor (hereafter X)". */
const KIND_THEN_BRACKET = new RegExp(
  String.raw`${KIND_FIRST}${NOT_AFTER_WORD}${KIND}${LOWER_WORDS(3)}\s*\(\s*(?i:${alternation(NAMES.namingBrackets)})\s*[,:]?\s+${QUOTE_OPEN}${NAME}["”»’']?\s*\)`,
  'dgu',
);
/** "the loader, X as we call it". */
const KIND_THEN_NAME_AS_CALLED = new RegExp(
  String.raw`${KIND_FIRST}${NOT_AFTER_WORD}${KIND}${LOWER_WORDS(2)}\s*,?\s+${QUOTE_OPEN}${NAME}["”»’']?\s*,?\s*(?i:${alternation(NAMES.namingAfter)})(?![\p{L}])`,
  'dgu',
);

/** "Internally referred to as X, the malware ...": a participle of naming opening its sentence, the kind after the comma. */
const FRONTED_NAMING = new RegExp(
  String.raw`(?:^|[.!?:]\s+|\n)[\s*_>#-]*(?:\p{Lu}\p{Ll}+\s+)?(?i:${alternation(NAMES.namingFronted)})\s+${QUOTE_OPEN}${NAME}["”»’']?\s*,\s*` +
    String.raw`(?i:the|this|that|le|la|les|l['’]|ce|cet|cette)\s*(?:[\p{Ll}][\p{Ll}\p{M}-]*\s+){0,2}?${KIND}(?![\p{L}])`,
  'dgu',
);

/** Whether the text holds any of the phrases: most texts hold none, and their pattern is not run. */
const holdsAny = (phrases: readonly string[]) => {
  const test = new RegExp(`${NOT_AFTER_WORD}(?:${alternation(phrases)})`, 'iu');
  return (text: string) => test.test(text);
};
/** Each pattern of the Latin-script languages, with the words it cannot match without, and its groups. */
const LATIN_NAMINGS = [
  { pattern: KIND_THEN_VERB, holds: holdsAny(NAMES.namingVerbs), kind: 1, name: 2 },
  { pattern: VERB_THEN_KIND, holds: holdsAny(NAMES.namingVerbs), kind: 1, name: 2 },
  { pattern: KIND_THEN_NAMER, holds: holdsAny(NAMES.othersNamingVerbs), kind: 1, name: 2 },
  { pattern: KIND_THEN_BRACKET, holds: holdsAny(NAMES.namingBrackets), kind: 1, name: 2 },
  { pattern: KIND_THEN_NAME_AS_CALLED, holds: holdsAny(NAMES.namingAfter), kind: 1, name: 2 },
  // The name comes first in a fronted naming.
  { pattern: FRONTED_NAMING, holds: holdsAny(NAMES.namingFronted), kind: 2, name: 1 },
];

const ARABIC_LETTER = String.raw`\u0621-\u064a\u0671-\u06d3\u0640\u064b-\u0652`;
const arabicPhrases = (phrases: readonly string[]) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => arabicTolerant(phrase).replace(/ /gu, String.raw`\s+`))
    .join('|');
/** A kind's words each with the article or without it: "الباب الخلفي" is "باب خلفي". */
const arabicKinds = (phrases: readonly string[]) =>
  [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) =>
      phrase
        .split(' ')
        .map((word) => arabicTolerant(word))
        .join(String.raw`\s+(?:ال)?`),
    )
    .join('|');
const ARABIC_KIND_BY_WORDS = new Map(
  arabicNames.namedKinds.flatMap(({ kind, phrases }) => phrases.map((phrase) => [phrase, kind] as const)),
);
/**
 * "رصدنا مجموعة تهديد جديدة أطلقنا عليها اسم X", "بابا خلفيا نسميه «X»": the kind (its article and
 * the clitics before it allowed), up to three words of description, the naming words, then the
 * name, quoted or in Latin letters (Arabic has no capitals to tell where an unquoted name ends).
 */
const ARABIC_KIND_THEN_NAMING = new RegExp(
  String.raw`(?<![${ARABIC_LETTER}])[وفبلك]?(?:ال)?(${arabicKinds([...ARABIC_KIND_BY_WORDS.keys()])})` +
    String.raw`(?:\s+[${ARABIC_LETTER}]+){0,3}?\s+[وف]?(?:${arabicPhrases(arabicNames.namingPhrases)})\s+` +
    String.raw`(?:[«"“]\s*([^"“”«»\n]{1,40}?)\s*[»"”]|([A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*(?:\s+[A-Z][A-Za-z0-9_-]*){0,2}))`,
  'gu',
);
const ANY_ARABIC_NAMING = new RegExp(arabicPhrases(arabicNames.namingPhrases), 'u');

const ARABIC_KIND_SPELLINGS = [...ARABIC_KIND_BY_WORDS].map(
  ([phrase, kind]) => [new RegExp(`^(?:${arabicKinds([phrase])})$`, 'u'), kind] as const,
);

/** The Arabic kind a matched spelling is of ("مجموعه" is "مجموعة"). */
function arabicKind(written: string): NamedKind | undefined {
  return ARABIC_KIND_SPELLINGS.find(([spelling]) => spelling.test(written))?.[1];
}

/** The names the text introduces by a naming construction, typed by the kind it names. */
export function findIntroducedNames(text: string): Candidate[] {
  const found = new Map<number, Candidate>();
  if (ANY_ARABIC_NAMING.test(text)) {
    for (const match of text.matchAll(ARABIC_KIND_THEN_NAMING)) {
      const [whole, kindWords, quoted, latin] = match;
      const name = (quoted ?? latin)?.trim();
      const kind = kindWords === undefined ? undefined : arabicKind(kindWords);
      if (!kind || !name) continue;
      const start = match.index + whole.lastIndexOf(name);
      found.set(start, introduced(start, name, kind, kindWords ?? ''));
    }
  }
  const matches = LATIN_NAMINGS.filter(({ holds }) => holds(text)).flatMap(({ pattern, kind, name }) =>
    [...text.matchAll(pattern)].map((match) => ({
      kindWords: match[kind],
      name: match[name],
      start: match.indices?.[name]?.[0],
    })),
  );
  for (const { kindWords, name, start } of matches) {
    const kind = kindWords === undefined ? undefined : KIND_BY_WORDS.get(kindWords.toLowerCase());
    if (!kind || name === undefined || start === undefined) continue;
    if (CAPITALISED_FUNCTION_WORDS.has(name.split(/[ \u00a0]/u)[0] ?? '')) continue;
    if (!found.has(start)) found.set(start, introduced(start, name, kind, kindWords ?? ''));
  }
  return [...found.values()];
}

function introduced(start: number, name: string, kind: NamedKind, kindWords: string): Candidate {
  return {
    start,
    end: start + name.length,
    surface: name,
    type: kind,
    source: 'cue',
    name,
    introduced: true,
    reason: `introduced: the text gives the ${kindWords} it reports the name "${name}"`,
  };
}

/** Shortest name followed through the text: two letters are as often an abbreviation of anything. */
const MIN_NAME_LENGTH = 3;

/**
 * Every other place the text writes a name it introduced, as a mention of the same type: the
 * title and headings before the introduction, a possessive ("X's servers"), a sentence it opens.
 * A name the text also writes in lower case ("Frost" beside "frost") is a word there, and is
 * followed no further than its introduction.
 */
export function mentionsOfIntroducedNames(text: string, candidates: readonly Candidate[]): Candidate[] {
  const introductions = new Map<string, Candidate>();
  for (const candidate of candidates) {
    if (!candidate.introduced || introductions.has(candidate.surface)) continue;
    if (candidate.surface.length < MIN_NAME_LENGTH || writtenInProse(text, candidate.surface.toLowerCase()))
      continue;
    introductions.set(candidate.surface, candidate);
  }
  const introducedAt = new Set(
    candidates.filter((candidate) => candidate.introduced).map((candidate) => candidate.start),
  );
  const found: Candidate[] = [];
  for (const [surface, introduction] of introductions) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + surface.length)) {
      if (introducedAt.has(at) || !standsAlone(text, at, at + surface.length)) continue;
      found.push({
        start: at,
        end: at + surface.length,
        surface,
        type: introduction.type,
        source: 'cue',
        name: introduction.name,
        reason: `introduced name: "${surface}" is the ${introduction.type} the text names at ${introduction.start}`,
      });
    }
  }
  return found;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

/** Whether [start, end) is a whole word: no letter, digit or joining hyphen on either side. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? ' ';
  const after = text[end] ?? ' ';
  const joined = (char: string, next: string | undefined) =>
    char === '-' && next !== undefined && WORD_CHAR.test(next);
  return (
    !WORD_CHAR.test(before) &&
    !WORD_CHAR.test(after) &&
    !joined(before, text[start - 2]) &&
    !joined(after, text[end + 1]) &&
    // "X.Y": a file name or a host, not the name.
    !(after === '.' && WORD_CHAR.test(text[end + 1] ?? ' ')) &&
    !(before === '.' && WORD_CHAR.test(text[start - 2] ?? ' '))
  );
}
