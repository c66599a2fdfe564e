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
import { matchesOf } from '../regex-matches.ts';

type NamedKind = 'ThreatActor' | 'Malware';

const KIND_BY_WORDS = new Map([...NAMED_KINDS].map(([phrase, kind]) => [phrase.toLowerCase(), kind]));
/**
 * The words around the name are read in any case ("We have named"), the name with its capital:
 * the patterns carry no `i` flag, under which `\p{Lu}` matches any letter, only `(?i:...)`.
 */
const KIND = `(?<kind>(?i:${alternation([...NAMED_KINDS.keys()])}))`;
/** The letters a phrase may open with, in either case: the search skips every other position at once. */
const opening = (phrases: readonly string[]) =>
  startsWithOneOf(phrases.flatMap((phrase) => [phrase.toLowerCase(), phrase[0]?.toUpperCase() ?? '']));
const VERB = `(?i:${alternation(NAMES.namingVerbs)})`;
const QUOTE_OPEN = String.raw`(?:["“«‘']\s*)?`;
/**
 * The name: one capitalised word, perhaps with dots or a number inside ("Reedcask",
 * "Win.Thornpipe"), then at most two more capitalised words or a number ("Frost Fang",
 * "Project 420").
 */
const NAME = String.raw`(?:\p{Lu}[\p{L}\p{N}_-]*(?:\.[\p{L}\p{N}_-]+)*(?:[ \u00a0](?:\p{Lu}[\p{L}\p{N}_-]*|\p{N}{1,4})(?![\p{L}\p{N}])){0,2})`;
/** Up to three lower-case words between the kind and what names it ("a backdoor for servers we named X"). */
const LOWER_WORDS = (max: number) => String.raw`(?:\s+[\p{Ll}][\p{Ll}\p{M}'’-]*){0,${max}}`;
/** What may join a naming verb to the name: "we track it as X", "under the name X", "sous le nom de X". */
const NAMING_AS = String.raw`(?i:as|under\s+the\s+name(?:\s+of)?|sous\s+le\s+nom\s+de)`;
/** A determiner before the kind a naming verb takes as its object ("we named this threat actor X"). */
const DETERMINER = String.raw`(?i:this|that|the|these|those|ce|cet|cette|ces|le|la|les|l['’])`;

/**
 * Who else names it: a name of one to three capitalised words (its researchers after it), or a
 * pronoun ("the group Quillsec tracks as X", "qu'ils ont baptisé X").
 */
const NAMER = String.raw`(?:\p{Lu}[\p{L}\p{N}&'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&-]*){0,2}(?:\s+(?i:researchers|analysts|chercheurs))?|(?i:they|ils|elles|researchers|analysts|les\s+chercheurs))`;
const RELATIVE = String.raw`(?:(?i:which|that|que|qu['’])\s*)?`;
const OTHERS_VERB = `(?i:${alternation(NAMES.othersNamingVerbs)})`;
/** A verb, its object's determiner and kind, then the name: "we have named this threat actor X". */
const verbThenKind = (verb: string, verbs: readonly string[]) =>
  new RegExp(
    String.raw`${opening(verbs)}${NOT_AFTER_WORD}${verb}\s+${DETERMINER}\s*(?:[\p{Ll}][\p{Ll}\p{M}-]*\s+){0,2}?${KIND}` +
      String.raw`\s+(?:${NAMING_AS}\s+)?${QUOTE_OPEN}(?<name>${NAME})`,
    'dgu',
  );
/** A verb and the name after it, the kind written before the verb: "a new backdoor we named X". */
const verbThenName = (verb: string, verbs: readonly string[]) =>
  new RegExp(
    String.raw`${opening(verbs)}${NOT_AFTER_WORD}${verb}(?:\s+${NAMING_AS})?\s+${QUOTE_OPEN}(?<name>${NAME})`,
    'dgu',
  );
/** What must end right before such a verb: the kind, three lower-case words at most, a relative pronoun. */
const KIND_BEFORE_VERB = new RegExp(
  String.raw`${NOT_AFTER_WORD}${KIND}${LOWER_WORDS(3)}\s*,?\s+${RELATIVE}$`,
  'u',
);
/** The same with another party naming it: "the group Quillsec tracks as X", "les pirates que Quillsec a baptisés X". */
const KIND_BEFORE_NAMER = new RegExp(
  String.raw`${NOT_AFTER_WORD}${KIND}${LOWER_WORDS(3)}\s*,?\s+${RELATIVE}${NAMER}\s+$`,
  'u',
);
/** The party before a verb of naming with its object after it: "Quillsec tracks this actor as X". */
const NAMER_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{N}])${NAMER}\s+$`, 'u');
/** "a new threat actor (hereafter X)": the bracket, the kind before it. */
const BRACKET_NAME = new RegExp(
  String.raw`\(\s*(?i:${alternation(NAMES.namingBrackets)})\s*[,:]?\s+${QUOTE_OPEN}(?<name>${NAME})["”»’']?\s*\)`,
  'dgu',
);
const KIND_BEFORE_BRACKET = new RegExp(String.raw`${NOT_AFTER_WORD}${KIND}${LOWER_WORDS(3)}\s*$`, 'u');
/** "the loader, X as we call it": the name and the words saying it is the text's, the kind before the name. */
const NAME_AS_CALLED = new RegExp(
  String.raw`${QUOTE_OPEN}(?<name>${NAME})["”»’']?\s*,?\s*(?i:${alternation(NAMES.namingAfter)})(?![\p{L}])`,
  'dgu',
);
const KIND_BEFORE_NAME = new RegExp(String.raw`${NOT_AFTER_WORD}${KIND}${LOWER_WORDS(2)}\s*,?\s+$`, 'u');
/** "Internally referred to as X, the malware ...": a participle of naming opening its sentence, the kind after the comma. */
const FRONTED_NAMING = new RegExp(
  String.raw`(?:^|[.!?:]\s+|\n)[\s*_>#-]*(?:\p{Lu}\p{Ll}+\s+)?(?i:${alternation(NAMES.namingFronted)})\s+${QUOTE_OPEN}(?<name>${NAME})["”»’']?\s*,\s*` +
    String.raw`(?i:the|this|that|le|la|les|l['’]|ce|cet|cette)\s*(?:[\p{Ll}][\p{Ll}\p{M}-]*\s+){0,2}?${KIND}(?![\p{L}])`,
  'dgu',
);

/** Whether the text holds any of the phrases: most texts hold none, and their pattern is not run. */
const holdsAny = (phrases: readonly string[]) => {
  const test = new RegExp(`${opening(phrases)}${NOT_AFTER_WORD}(?:${alternation(phrases)})`, 'iu');
  return (text: string) => test.test(text);
};

/**
 * One way of naming, read from its rarest words (a verb, a bracket), as a kind or a capital
 * at every position of the text would cost a test each: what must come right before them is
 * tested on the few characters there.
 */
interface LatinNaming {
  pattern: RegExp;
  /** What must end right before the match, capturing the kind when the pattern does not. */
  before?: RegExp;
}

/** How far back what comes before a match is read: a kind, three words, a relative pronoun, a party of three words. */
const BEFORE_CHARS = 100;

/** The namings read from a verb: tried, sticky, only where one of their verbs stands. */
const VERB_NAMINGS: readonly LatinNaming[] = [
  { pattern: verbThenName(VERB, NAMES.namingVerbs), before: KIND_BEFORE_VERB },
  { pattern: verbThenKind(VERB, NAMES.namingVerbs) },
  { pattern: verbThenName(OTHERS_VERB, NAMES.othersNamingVerbs), before: KIND_BEFORE_NAMER },
  { pattern: verbThenKind(OTHERS_VERB, NAMES.othersNamingVerbs), before: NAMER_BEFORE },
].map((naming) => ({ ...naming, pattern: new RegExp(naming.pattern.source, 'dyu') }));
const ANY_VERB = [...NAMES.namingVerbs, ...NAMES.othersNamingVerbs];
const VERB_POSITIONS = new RegExp(`${opening(ANY_VERB)}${NOT_AFTER_WORD}(?:${alternation(ANY_VERB)})`, 'giu');

/** The namings read from rarer words, each run over the text only when it holds them. */
const OTHER_NAMINGS: ReadonlyArray<LatinNaming & { holds: (text: string) => boolean }> = [
  { pattern: BRACKET_NAME, holds: holdsAny(NAMES.namingBrackets), before: KIND_BEFORE_BRACKET },
  { pattern: NAME_AS_CALLED, holds: holdsAny(NAMES.namingAfter), before: KIND_BEFORE_NAME },
  { pattern: FRONTED_NAMING, holds: holdsAny(NAMES.namingFronted) },
];

/** Every naming match in the text, with the naming it is of. */
function namingMatches(text: string): Array<{ naming: LatinNaming; match: RegExpExecArray }> {
  const found: Array<{ naming: LatinNaming; match: RegExpExecArray }> = [];
  for (const { index } of matchesOf(VERB_POSITIONS, text)) {
    for (const naming of VERB_NAMINGS) {
      naming.pattern.lastIndex = index;
      const match = naming.pattern.exec(text);
      if (match) found.push({ naming, match });
    }
  }
  for (const naming of OTHER_NAMINGS) {
    if (naming.holds(text))
      for (const match of matchesOf(naming.pattern, text)) found.push({ naming, match });
  }
  return found;
}

/** The kind and the name a naming match gives, and where the name starts. */
function namingOf(text: string, naming: LatinNaming, match: RegExpExecArray) {
  const name = match.groups?.name;
  const start = match.indices?.groups?.name?.[0];
  if (!naming.before) return { kindWords: match.groups?.kind, name, start };
  const before = naming.before.exec(text.slice(Math.max(0, match.index - BEFORE_CHARS), match.index));
  // A pattern that names its kind itself only asks who names it.
  return before ? { kindWords: match.groups?.kind ?? before.groups?.kind, name, start } : undefined;
}

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
/** One of the kinds, its article and the clitics before it allowed. */
const ARABIC_KIND = String.raw`[وفبلك]?(?:ال)?(?:${arabicKinds([...ARABIC_KIND_BY_WORDS.keys()])})(?![${ARABIC_LETTER}])`;
/**
 * "رصدنا مجموعة تهديد جديدة أطلقنا عليها اسم X", "بابا خلفيا نسميه «X»": the kind (its article and
 * the clitics before it allowed), up to three words of description, the naming words, then the
 * name, quoted or in Latin letters (Arabic has no capitals to tell where an unquoted name ends).
 * No other kind among the words of description: the name is the nearest kind's ("مجموعة لازاروس
 * برمجية خبيثة تدعى X" names the malware, not the group).
 */
const ARABIC_KIND_THEN_NAMING = new RegExp(
  String.raw`(?<![${ARABIC_LETTER}])[وفبلك]?(?:ال)?(${arabicKinds([...ARABIC_KIND_BY_WORDS.keys()])})` +
    String.raw`(?:\s+(?!${ARABIC_KIND})[${ARABIC_LETTER}]+){0,3}?\s+[وف]?(?:${arabicPhrases(arabicNames.namingWords)})\s+` +
    String.raw`(?:[«"“]\s*([^"“”«»\n]{1,40}?)\s*[»"”]|([A-Za-z][A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]+)*(?:\s+[A-Z][A-Za-z0-9_-]*){0,2}))`,
  'gu',
);
const ANY_ARABIC_NAMING = new RegExp(arabicPhrases(arabicNames.namingWords), 'u');

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
    for (const match of matchesOf(ARABIC_KIND_THEN_NAMING, text)) {
      const [whole, kindWords, quoted, latin] = match;
      const name = (quoted ?? latin)?.trim();
      const kind = kindWords === undefined ? undefined : arabicKind(kindWords);
      if (!kind || !name) continue;
      const start = match.index + whole.lastIndexOf(name);
      found.set(start, introduced(start, name, kind, kindWords ?? ''));
    }
  }
  const matches = namingMatches(text).flatMap(({ naming, match }) => namingOf(text, naming, match) ?? []);
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
