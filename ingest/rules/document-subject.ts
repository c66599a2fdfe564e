/**
 * The document's subject: the name its first sentence defines, as encyclopaedic leads and many
 * articles open ("The 2019 X Bank robbery was a theft ...", "X, also known as Y, is a ...", "X ou
 * Y est un ...", "X هي ..."; the packs' `references.subjectCopulas` and `subjectAliases`). A text
 * goes on about its subject through the head noun of its name or of that definition ("the
 * robbery", "the theft", "l'agence", "ce service", "الوكالة", with the packs'
 * `references.subjectDeterminers`): such a reference stands for the subject wherever it comes,
 * even after another name, where the references of ./anaphora.ts would take the name named last.
 */
import type { EntityType } from '../../graph-schema/schema.ts';
import { PACKS } from '../extract/lang/index.ts';
import type { PackLanguage } from '../extract/lang/types.ts';
import type { Sentence } from '../types.ts';
import { ANY_SPACE, articlesOf, openingWord } from './articles.ts';
import { isHeading } from './pronouns.ts';
import { escapeRegExp, firstStartingFrom } from './text.ts';
import type { EntityMention, ResolvedEntity } from './types.ts';
import { matchesOf } from '../regex-matches.ts';

export interface DocumentSubject {
  entity: ResolvedEntity;
  /** Where the defining sentence ends: references to the subject come after it. */
  definedAt: number;
  /** The head nouns a reference to it may use, lower case ("robbery", "theft", "agence"); maybe none. */
  heads: ReadonlySet<string>;
}

/** What a document may be about: an incident, a body, an actor or a piece of malware. */
const SUBJECT_TYPES: ReadonlySet<EntityType> = new Set(['Event', 'Organization', 'ThreatActor', 'Malware']);

function alternation(phrases: readonly string[]): string {
  return [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => escapeRegExp(phrase).replace(/'/gu, "['’]"))
    .join('|');
}

interface LeadGrammar {
  lang: PackLanguage;
  /** After the subject's name: a gloss in brackets, other names, then the copula. */
  definition: RegExp;
  /** A determiner (or none) before the subject's name opening the sentence. */
  opening: RegExp;
  determiners: readonly string[];
  /** The article a definition opens on ("is an agency"): without one, "X is behind the attack" defines nothing. */
  article: RegExp;
  /**
   * A word that closes a definition's noun phrase (the pack's `connectives.nounPhraseClosers`),
   * after which the head's complement or clause comes ("agency of Russia", "theft that took place").
   */
  closer: RegExp;
}

const GRAMMARS: readonly LeadGrammar[] = PACKS.map((pack) => {
  const copulas = alternation(pack.references.subjectCopulas);
  const aliases = alternation(pack.references.subjectAliases);
  const determiners = pack.references.subjectDeterminers;
  // Other names set off by commas, or after a word that gives them, up to the copula.
  const otherNames = String.raw`(?:\s*[,،][^.;]{1,240}?[,،]|[\s,،]+(?:${aliases})\s[^.;]{1,240}?(?:[,،]|(?=\s+(?:${copulas})\s)))?`;
  return {
    lang: pack.lang,
    definition: new RegExp(
      String.raw`^(?:\s*\([^()]{1,80}\))?${otherNames}\s*(?:${copulas})\s+(?:\p{Ll}+ly\s+)?([^,;:.()]{1,120})`,
      'iu',
    ),
    opening: new RegExp(String.raw`^[\s*"“«]*${openingWord(determiners, ANY_SPACE)}?$`, 'iu'),
    determiners,
    article: new RegExp(`^${openingWord(articlesOf(pack.lang))}`, 'iu'),
    closer: new RegExp(String.raw`\s(?:${alternation(pack.connectives.nounPhraseClosers)})(?:\s|$)`, 'iu'),
  };
});

/** A participle or adjective after the head, before its complement: "actor suspected of", "agency responsible for". */
const POSTPOSED_QUALIFIER = /(?:ed|ing|ible|able|ive)$/iu;
/** The Arabic article and the clitics before it, not part of a head noun. */
const ARABIC_ARTICLE = /^(?:[وف])?(?:[بلك])?(?:ال)?/u;

/**
 * The head noun of a definition as the language writes it: English last, French and Arabic first.
 * In English and French a definition opens on one of the pack's articles: "X is behind the
 * attack" defines nothing.
 */
function definitionHead(grammar: LeadGrammar, definition: string): string | undefined {
  const { lang, article, closer } = grammar;
  if (lang === 'en') {
    if (!article.test(definition)) return undefined;
    const phrase = definition.replace(article, '').split(closer)[0] ?? '';
    const words = phrase.trim().split(/\s+/u);
    while (words.length > 1 && POSTPOSED_QUALIFIER.test(words.at(-1) ?? '')) words.pop();
    return lowerCaseWord(words.at(-1));
  }
  if (lang === 'fr') {
    if (!article.test(definition)) return undefined;
    return lowerCaseWord(definition.replace(article, '').split(/\s+/u)[0]);
  }
  return arabicNoun(definition.trim().split(/\s+/u)[0]);
}

/** An Arabic word without its clitics and article, long enough to be a noun ("الذي" is none). */
function arabicNoun(word: string | undefined): string | undefined {
  const noun = word?.replace(ARABIC_ARTICLE, '');
  return noun && /^\p{L}{3,}$/u.test(noun) ? noun : undefined;
}

/**
 * The head noun of a name: the last word before any "of" complement in English, the first
 * elsewhere. In Latin script only a head written in lower case is a common noun ("the Bangladesh
 * Bank robbery", "the 2016 X election leaks"): a capitalised one may be a name's own word
 * ("Fancy Bear", "Agence nationale").
 */
function nameHead(lang: PackLanguage, surface: string): string | undefined {
  const words = surface.split(/\s+(?:of|de|du|des)\s+/iu)[0]?.split(/\s+/u) ?? [];
  if (words.length < 2) return undefined;
  if (lang === 'ar') return arabicNoun(words[0]);
  const head = lang === 'en' ? words.at(-1) : words[0];
  return head === head?.toLowerCase() ? lowerCaseWord(head) : undefined;
}

/** A word of letters only, lower-cased, long enough to be a noun. */
function lowerCaseWord(word: string | undefined): string | undefined {
  return word && /^\p{L}{3,}$/u.test(word) ? word.toLowerCase() : undefined;
}

/**
 * The subject the document's first sentence (past any heading) opens on and defines, if it
 * does. `mentions`: the names and incidents, sorted by start (longest first at a start), without
 * the occasions (an election, the Games), which a text is never about in this sense.
 */
export function findDocumentSubject(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly EntityMention[],
): DocumentSubject | undefined {
  const lead = sentences.find((sentence) => !isHeading(text, sentence));
  if (!lead) return undefined;
  const first = mentions[firstStartingFrom(mentions, lead.start)];
  if (!first || first.start >= lead.end || first.anaphoric || !SUBJECT_TYPES.has(first.entity.type)) return;
  const before = text.slice(lead.start, first.start);
  const after = text.slice(first.end, lead.end);
  for (const grammar of GRAMMARS) {
    if (!grammar.opening.test(before)) continue;
    const definition = grammar.definition.exec(after)?.[1];
    if (definition === undefined) continue;
    // "The X Office was created in 1990": what the lead is about, with no noun to refer to it by.
    const heads = new Set(
      [definitionHead(grammar, definition), nameHead(grammar.lang, first.surface)].filter(
        (head) => head !== undefined,
      ),
    );
    return { entity: first.entity, definedAt: lead.end, heads };
  }
  return undefined;
}

/** Each grammar's references: a determiner right before a head noun ("the robbery", "cette agence"). */
const REFERENCE_DETERMINERS = GRAMMARS.map((grammar) => ({
  lang: grammar.lang,
  determiners: grammar.determiners,
}));

/** A complement naming another owner: "the agency of X", "l'agence de X". */
const COMPLEMENT_AFTER = /^\s+(?:of|de|du|des)(?![\p{L}])/iu;
/** How close after a reference a name must start to be the reference's own ("the group Turla"). */
const NAME_GAP = 3;
/** How far before a reference a name holding it may start. */
const NAME_REACH = 200;

function isArabic(word: string): boolean {
  return /\p{Script=Arabic}/u.test(word);
}

/** The expressions finding references by the subject's heads; the reference is the first group. */
function referencePatterns(heads: ReadonlySet<string>, countable: boolean): RegExp[] {
  const latin = [...heads]
    .filter((head) => !isArabic(head))
    .map((head) => (countable ? `${escapeRegExp(head.replace(/s$/u, ''))}s?` : escapeRegExp(head)));
  const arabic = [...heads].filter(isArabic).map(escapeRegExp);
  const patterns: RegExp[] = [];
  if (latin.length > 0) {
    const determiners = REFERENCE_DETERMINERS.filter((entry) => entry.lang !== 'ar').flatMap(
      (entry) => entry.determiners,
    );
    patterns.push(
      new RegExp(
        String.raw`(?<![\p{L}\p{N}])(${openingWord(determiners)}(?:${latin.join('|')}))(?![\p{L}\p{N}])`,
        'giu',
      ),
    );
  }
  if (arabic.length > 0) {
    const determiners = REFERENCE_DETERMINERS.find((entry) => entry.lang === 'ar')?.determiners ?? [];
    patterns.push(
      new RegExp(
        String.raw`(?<![\p{L}\p{M}])(?:[وف])?(${openingWord(determiners)}?(?:[بلك])?ال(?:${arabic.join('|')}))(?![\p{L}\p{M}])`,
        'gu',
      ),
    );
  }
  return patterns;
}

/**
 * The definite references to the subject after its definition: a determiner right before one of
 * its head nouns (for an incident, an English plural "s" either way: "the leak" for "the leaks"), or in Arabic the
 * noun with its article. Inside a name, before "of" or right before a name, the words are that
 * name's or another owner's. `mentions`: every name, sorted by start.
 */
export function subjectReferences(
  text: string,
  subject: DocumentSubject,
  mentions: readonly EntityMention[],
): EntityMention[] {
  const body = text.slice(subject.definedAt);
  const found: EntityMention[] = [];
  // An incident is told of as one or as a series ("the leak", "the leaks"); a body or a group is one.
  for (const pattern of referencePatterns(subject.heads, subject.entity.type === 'Event')) {
    for (const match of matchesOf(pattern, body)) {
      const phrase = match[1] ?? '';
      const end = subject.definedAt + match.index + match[0].length;
      const start = end - phrase.length;
      const near: EntityMention[] = [];
      for (let index = firstStartingFrom(mentions, start - NAME_REACH); index < mentions.length; index++) {
        const mention = mentions[index];
        if (!mention || mention.start >= end + NAME_GAP) break;
        near.push(mention);
      }
      if (near.some((mention) => mention.start < end && start < mention.end)) continue;
      if (near.some((mention) => mention.start >= end)) continue;
      if (COMPLEMENT_AFTER.test(text.slice(end, end + 5))) continue;
      found.push({ start, end, surface: phrase, entity: subject.entity, anaphoric: true });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
