/**
 * Finds gazetteer names in a text in one pass: the text is folded (fold.ts), an Aho–Corasick
 * automaton over every folded alias reports all occurrences, and each is kept only when it is
 * a whole word (Arabic proclitics and French elisions allowed before it), written the way a
 * name is written, and, for ordinary-word aliases, supported by a cue. Of overlapping
 * survivors the leftmost, then longest, wins. Offsets are into the original text.
 */
import type { LanguageTag } from '../../graph-schema/model.ts';
import {
  ARABIC_PROCLITICS,
  isArabicLetter,
  isArabicProclitic,
  MIN_ARABIC_STEM,
} from '../normalize/arabic.ts';
import { capitalisedFunctionWords } from '../extract/lang/index.ts';
import { foldKey, foldText } from '../normalize/fold.ts';
import { isFrenchElision } from '../normalize/french.ts';
import type { KnownName } from '../extractor.ts';
import { createGazetteer, loadGazetteer, type Gazetteer, type GazetteerEntry } from '../gazetteer/index.ts';
import { buildAutomaton, type PatternAutomaton } from './automaton.ts';
import { hasCue } from './cues.ts';
import { knownNameEntries } from './known-names.ts';

export type MentionVia = 'name' | 'alias' | 'demonym';

export interface GazetteerMention {
  /** [start, end) in the original text, attached clitics and elisions excluded. */
  start: number;
  end: number;
  /** The original text at [start, end). */
  surface: string;
  entry: GazetteerEntry;
  /** The gazetteer form that matched, as the gazetteer spells it. */
  alias: string;
  via: MentionVia;
  /** True when the alias is an ordinary word and was accepted on a nearby cue: weaker evidence. */
  needsContext: boolean;
  /** Other entries with the same form at the same place ("Washington" the city and the person). */
  alternatives: GazetteerEntry[];
}

interface PatternTarget {
  entry: GazetteerEntry;
  alias: string;
  via: MentionVia;
  contextOnly: boolean;
  /** Short all-capital acronyms ("US", "FN") match only in capitals: "us" is a pronoun. */
  capitalsOnly: boolean;
  /** A capitalised Latin name must start with a capital in the text too ("Trump", not "trump"). */
  capitalised: boolean;
  /**
   * A name opening on a capitalised article ("La Réunion", "Le Havre") names the place only with
   * its next word capitalised too: "La réunion a duré" opens a sentence on a common noun.
   */
  capitalisedAfterArticle: boolean;
  /** The article-less form of an ال name, valid only after لل ("للجبهة" = ل + الجبهة). */
  afterLamLam: boolean;
}

const VIA_RANK: Record<MentionVia, number> = { name: 0, alias: 1, demonym: 2 };
const MAX_ACRONYM = 4;
const LATIN_UPPER = /^\p{Lu}/u;
/** The word after the first, in the text, starts with a capital. */
const SECOND_WORD_UPPER = /^[^\s'’]+(?:\s+|['’])\p{Lu}/u;
const CAPITALISED_FUNCTION_WORDS = capitalisedFunctionWords();

/** "La Réunion", "Le Havre", "The Hague": a capitalised article, then a capitalised word. */
function opensOnCapitalisedArticle(alias: string): boolean {
  const [article, next] = alias.split(/\s+|(?<=['’])/u);
  return (
    next !== undefined &&
    CAPITALISED_FUNCTION_WORDS.has(article?.replace(/['’]$/u, '') ?? '') &&
    /^\p{Lu}/u.test(next)
  );
}
const PREFIX_SCAN = 8;

/** Letter-or-digit of every UTF-16 code unit, computed once: the test runs for every candidate. */
const WORD_UNITS = (() => {
  const table = new Uint8Array(0x10000);
  const word = /[\p{L}\p{N}]/u;
  for (let code = 0; code < 0x10000; code++) if (word.test(String.fromCharCode(code))) table[code] = 1;
  // Surrogates: characters outside the BMP (mostly symbols and emoji) never join words.
  return table;
})();

function isWordCode(code: number): boolean {
  return WORD_UNITS[code] === 1;
}

/** Spelling variants of a folded key that news writes interchangeably: "apt28" / "apt 28". */
function keyVariants(key: string): string[] {
  const compact = key.replace(/(\p{L}) (\p{N})/gu, '$1$2');
  const spaced = compact.replace(/(\p{Ll})(\p{N})/gu, '$1 $2');
  return [...new Set([key, compact, spaced])];
}

function targetsOf(entry: GazetteerEntry): Array<Omit<PatternTarget, 'afterLamLam'>> {
  const contextOnly = new Set(entry.contextOnly.map(foldKey));
  const forms: Array<[string, MentionVia]> = [
    [entry.name, 'name'],
    ...entry.aliases.map((alias): [string, MentionVia] => [alias, 'alias']),
    ...entry.demonyms.map((demonym): [string, MentionVia] => [demonym, 'demonym']),
  ];
  return forms.map(([alias, via]) => {
    const letters = alias.replace(/[^\p{L}]/gu, '');
    return {
      entry,
      alias,
      via,
      contextOnly: contextOnly.has(foldKey(alias)),
      capitalsOnly:
        letters.length > 0 &&
        letters.length <= MAX_ACRONYM &&
        letters === letters.toUpperCase() &&
        /[A-Z]/.test(letters),
      capitalised: /^[A-Z]/.test(alias.normalize('NFD')),
      capitalisedAfterArticle: opensOnCapitalisedArticle(alias),
    };
  });
}

export interface Lexicon {
  readonly patternCount: number;
  find(text: string, lang: LanguageTag): GazetteerMention[];
}

interface Candidate {
  start: number;
  end: number;
  originalStart: number;
  originalEnd: number;
  target: PatternTarget;
}

function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    a.start - b.start ||
    b.end - a.end ||
    VIA_RANK[a.target.via] - VIA_RANK[b.target.via] ||
    Number(a.target.contextOnly) - Number(b.target.contextOnly) ||
    (a.target.entry.key < b.target.entry.key ? -1 : a.target.entry.key > b.target.entry.key ? 1 : 0)
  );
}

/** Compiles a gazetteer into a matcher. */
export function createLexicon(gazetteer: Gazetteer): Lexicon {
  const byKey = new Map<string, PatternTarget[]>();
  const add = (key: string, target: PatternTarget) => {
    const list = byKey.get(key);
    if (list) list.push(target);
    else byKey.set(key, [target]);
  };
  for (const entry of gazetteer.entries) {
    for (const target of targetsOf(entry)) {
      const key = foldKey(target.alias);
      if (key.length < 2) continue;
      for (const variant of keyVariants(key)) add(variant, { ...target, afterLamLam: false });
      if (key.startsWith('ال') && key.length - 2 >= MIN_ARABIC_STEM)
        add(key.slice(2), { ...target, afterLamLam: true });
    }
  }
  const keys = [...byKey.keys()];
  const targets = keys.map((key) => byKey.get(key) ?? []);
  const automaton: PatternAutomaton = buildAutomaton(keys);

  return {
    patternCount: keys.length,
    find(text, lang) {
      const { folded, toOriginal, toOriginalEnd } = foldText(text);
      const elisions = lang === 'fr' || lang === 'und';
      const candidates: Candidate[] = [];
      // An ordinary-word alias a cue confirmed once names the entity in the rest of the text too
      // ("برمجية عرفت باسم شمعون ... ثم ضرب شمعون شركة ...").
      const confirmed = new Set<GazetteerEntry>();
      automaton.scan(folded, (pattern, end) => {
        if (end < folded.length && isWordCode(folded.charCodeAt(end))) return;
        const length = keys[pattern]?.length ?? 0;
        const start = end - length;
        const prefix = wordPrefix(folded, start);
        const arabic = isArabicLetter(folded.charCodeAt(start));
        for (const target of targets[pattern] ?? []) {
          if (!namedIn(target.entry, lang)) continue;
          if (!prefixAllowed(prefix, target, arabic, elisions, length)) continue;
          const originalStart = toOriginal(start);
          const originalEnd = toOriginalEnd(end);
          const surface = text.slice(originalStart, originalEnd);
          if (target.capitalsOnly && surface !== surface.toUpperCase()) continue;
          if ((target.capitalised || (target.contextOnly && !arabic)) && !LATIN_UPPER.test(surface)) continue;
          if (target.capitalisedAfterArticle && !SECOND_WORD_UPPER.test(surface)) continue;
          if (target.contextOnly) {
            if (hasCue(folded, start, end, target.entry.type)) confirmed.add(target.entry);
            else if (!confirmed.has(target.entry)) continue;
          }
          candidates.push({ start, end, originalStart, originalEnd, target });
        }
      });
      return selectLeftmostLongest(candidates, text);
    },
  };
}

/** Whether text in `lang` names the entry: any text does, unless the entry says which; undetermined text may. */
function namedIn(entry: GazetteerEntry, lang: LanguageTag): boolean {
  return entry.languages === undefined || lang === 'und' || entry.languages.includes(lang);
}

/** The part of the word before `start`: clitics or an elision, or '' at a word start. */
function wordPrefix(folded: string, start: number): string {
  let wordStart = start;
  while (wordStart > 0 && start - wordStart <= PREFIX_SCAN) {
    const code = folded.charCodeAt(wordStart - 1);
    if (!isWordCode(code) && code !== 0x27) break;
    wordStart--;
  }
  return folded.slice(wordStart, start);
}

function prefixAllowed(
  prefix: string,
  target: PatternTarget,
  arabic: boolean,
  elisions: boolean,
  length: number,
): boolean {
  if (target.afterLamLam) return prefix.endsWith('لل') && ARABIC_PROCLITICS.has(prefix);
  if (prefix.length === 0) return true;
  if (arabic) return isArabicProclitic(prefix, length);
  // Arabic clitics glue to a Latin name too ("وZebrocy", "بـAPT28"); the name starts after them.
  return (elisions && isFrenchElision(prefix)) || isArabicProclitic(prefix, length);
}

function selectLeftmostLongest(candidates: Candidate[], text: string): GazetteerMention[] {
  candidates.sort(compareCandidates);
  const mentions: GazetteerMention[] = [];
  let taken = 0;
  for (let index = 0; index < candidates.length; index++) {
    const best = candidates[index];
    if (!best || best.start < taken) continue;
    const alternatives: GazetteerEntry[] = [];
    while (candidates[index + 1]?.start === best.start && candidates[index + 1]?.end === best.end) {
      const twin = candidates[++index]?.target.entry;
      if (twin && twin !== best.target.entry && !alternatives.includes(twin)) alternatives.push(twin);
    }
    mentions.push({
      start: best.originalStart,
      end: best.originalEnd,
      surface: text.slice(best.originalStart, best.originalEnd),
      entry: best.target.entry,
      alias: best.target.alias,
      via: best.target.via,
      needsContext: best.target.contextOnly,
      alternatives,
    });
    taken = best.end;
  }
  return mentions;
}

let defaultLexicon: Lexicon | undefined;

/** The lexicon of the project's gazetteer, compiled on first use. */
export function defaultGazetteerLexicon(): Lexicon {
  defaultLexicon ??= createLexicon(loadGazetteer());
  return defaultLexicon;
}

/**
 * Gazetteer names in `text`, leftmost-longest, no overlaps, offsets into `text`; with `known`,
 * the store's own known names too (an automaton of their own, built once per list).
 */
export function findGazetteerMentions(
  text: string,
  lang: LanguageTag,
  known: readonly KnownName[] = [],
): GazetteerMention[] {
  const mentions = defaultGazetteerLexicon().find(text, lang);
  if (known.length === 0) return mentions;
  return mergeMentions(mentions, knownNamesLexicon(known).find(text, lang));
}

let knownLexicon: { fingerprint: string; lexicon: Lexicon } | undefined;

/**
 * The lexicon of a known-names list. A run hands every document the same list (through a
 * worker's message, so not the same array): the last one is kept, recognised by its content.
 */
function knownNamesLexicon(known: readonly KnownName[]): Lexicon {
  const fingerprint = JSON.stringify(known);
  if (knownLexicon?.fingerprint !== fingerprint)
    knownLexicon = { fingerprint, lexicon: createLexicon(createGazetteer(knownNameEntries(known))) };
  return knownLexicon.lexicon;
}

/**
 * Two leftmost-longest selections as one: the longer of overlapping mentions wins, the
 * gazetteer's on a tie, and a known name at the very same place becomes an alternative.
 */
function mergeMentions(
  gazetteer: readonly GazetteerMention[],
  known: readonly GazetteerMention[],
): GazetteerMention[] {
  const all = [...gazetteer, ...known].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: GazetteerMention[] = [];
  let taken = 0;
  for (const mention of all) {
    const last = merged.at(-1);
    if (last !== undefined && last.start === mention.start && last.end === mention.end) {
      if (mention.entry.key !== last.entry.key && !last.alternatives.includes(mention.entry))
        last.alternatives.push(mention.entry);
      continue;
    }
    if (mention.start < taken) continue;
    merged.push({ ...mention, alternatives: [...mention.alternatives] });
    taken = mention.end;
  }
  return merged;
}
