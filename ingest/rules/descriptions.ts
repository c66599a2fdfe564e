/**
 * Definite descriptions beyond the fixed referring phrases of ./anaphora.ts:
 *
 * - an actor described with modifiers, "the Iranian group", "this state-sponsored threat
 *   actor", "these North Korean hackers": the modifiers are lower-case words or demonyms, never
 *   a name ("the Lazarus group" is a name the finders missed, not a reference) and never a word
 *   that sets the description apart from the one named before ("the other group");
 * - an organisation named by the head noun of its own name, "the agency" for the National
 *   Security Agency, "the government" for the Iranian government, "l'agence" for the Agence
 *   nationale de la sécurité des systèmes d'information, "الوزارة" for وزارة الخارجية;
 * - a company, "the security firm", "la société", "الشركة", for the organisation that is the
 *   subject of the sentence before.
 */
import type { Sentence, Span } from '../types.ts';
import { escapeRegExp, hasArabic, startsWithOneOf, within } from './text.ts';
import { salientAntecedent, type Agreement } from './pronouns.ts';
import type { EntityMention, ResolvedEntity } from './types.ts';
import { matchesOf } from '../regex-matches.ts';
import { connectiveWords, PACKS } from '../extract/lang/index.ts';
import { alternation } from './patterns.ts';

/** The packs' words of an actor's description: its determiners and head nouns. */
const ACTOR_DETERMINERS = connectiveWords('descriptionDeterminers');
const ACTOR_HEADS = PACKS.flatMap((pack) => pack.references.actorDescriptionHeads);
/** Modifiers that set the description apart from an actor named before (`references.contrastiveModifiers`). */
const CONTRASTIVE = new Set(PACKS.flatMap((pack) => pack.references.contrastiveModifiers));
/** How many modifier words a description may put between its determiner and its head. */
const MAX_MODIFIERS = 3;

const ACTOR_DESCRIPTION = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${alternation(ACTOR_DETERMINERS)})\s+((?:[\p{L}-]+\s+){1,${MAX_MODIFIERS}}?)(?:${alternation(ACTOR_HEADS)})(?![\p{L}\p{N}-])`,
  'giu',
);

/**
 * "the Iranian group": the spans of actor descriptions with at least one modifier in the
 * sentence. `demonyms` are the spans of demonyms in the text, sorted by start, the one kind of
 * capitalised modifier allowed.
 */
export function describedActors(text: string, sentence: Sentence, demonyms: readonly Span[]): Span[] {
  const found: Span[] = [];
  for (const match of matchesOf(ACTOR_DESCRIPTION, text.slice(sentence.start, sentence.end))) {
    const start = sentence.start + match.index;
    const inside = within(demonyms, { start, end: start + match[0].length });
    const modifiers = match[1] ?? '';
    const modifierStart = start + match[0].indexOf(modifiers);
    let offset = modifierStart;
    const allowed = modifiers.split(/(\s+)/u).every((part) => {
      const at = offset;
      offset += part.length;
      if (part.trim() === '') return true;
      if (CONTRASTIVE.has(part.toLowerCase())) return false;
      if (part === part.toLowerCase()) return true;
      // A capitalised word must be (part of) a demonym: "North Korean", "Iranian".
      return inside.some((demonym) => demonym.start <= at && at + part.length <= demonym.end);
    });
    if (allowed) found.push({ start, end: start + match[0].length });
  }
  return found;
}

/**
 * After the preposition ل an Arabic article loses its alef ("للوزارة" = ل + الوزارة, "متحدث
 * للوزارة", "the ministry's spokesman"): the reference written so is the same.
 */
/** The preposition ل before such a reference, which is no part of the mention ("للشركة": "لشركة"). */
function prepositionLength(phrase: string): number {
  return phrase.startsWith('لل') ? 1 : 0;
}

function withArabicPreposition<T extends { reference: string }>(entries: readonly T[]): T[] {
  return entries.flatMap((entry) =>
    entry.reference.startsWith('ال')
      ? [entry, { ...entry, reference: `لل${entry.reference.slice(2)}` }]
      : [entry],
  );
}

/** A phrase as written with either apostrophe: "l'agence", "l’agence". */
function withEitherApostrophe(phrase: string): string[] {
  return phrase.includes("'") ? [phrase, phrase.replace(/'/gu, '’')] : [phrase];
}

/**
 * The noun of a reference as an organisation's name holds it: its last word without the article
 * ("the agency": "agency", "l'agence": "agence", "الوزارة": "وزارة"), with it where the name
 * holds it too ("البنك المركزي").
 */
function ownHead(phrase: string, articleInName: boolean): string {
  const noun = phrase.split(/[\s'’]+/u).at(-1) ?? phrase;
  return articleInName ? noun : noun.replace(/^ال/u, '');
}

/**
 * The packs' references to an organisation by the head noun of its name (`references.organisations`),
 * each with the head nouns a name must hold for it, its own first ("the regime": a regime, else a
 * government); an Arabic one also after the preposition ل.
 */
const ORGANISATION_HEADS: ReadonlyArray<{ reference: string; heads: readonly string[] }> =
  withArabicPreposition(
    PACKS.flatMap((pack) =>
      pack.references.organisations.flatMap(({ phrase, standsAlsoFor, articleInName }) =>
        withEitherApostrophe(phrase).map((reference) => ({
          reference,
          heads: [ownHead(phrase, articleInName), ...standsAlsoFor],
        })),
      ),
    ),
  );

/** The heads each reference may stand for, by the reference in lower case, in the packs' order. */
const HEADS_BY_REFERENCE = new Map<string, string[]>();
for (const { reference, heads } of ORGANISATION_HEADS) {
  const key = reference.toLowerCase();
  HEADS_BY_REFERENCE.set(key, [...(HEADS_BY_REFERENCE.get(key) ?? []), ...heads]);
}

const ORGANISATION_REFERENCE = new RegExp(
  String.raw`${startsWithOneOf(['و', 'ف', ...ORGANISATION_HEADS.map((entry) => entry.reference)])}(?<![\p{L}\p{N}])(?:[وف])?(${ORGANISATION_HEADS.map((entry) => escapeRegExp(entry.reference)).join('|')})(?![\p{L}\p{N}])`,
  'giu',
);

/** Whether one of the entity's names holds the head noun as a word of its own. */
function namedWith(entity: ResolvedEntity, head: string): boolean {
  const word = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(head)}(?![\p{L}\p{N}])`, 'iu');
  return word.test(entity.name) || [...entity.aliases].some((alias) => word.test(alias));
}

/**
 * The organisations whose names hold a head noun, in the order they are first named: `starts`
 * the start of each mention of them, `entities` the entity when exactly one is named up to that
 * mention, undefined once two are.
 */
interface HeadedNames {
  starts: number[];
  entities: Array<ResolvedEntity | undefined>;
}

/**
 * The organisations the text names with an Arabic head noun written right before a mention, a
 * clitic glued to it or not ("مجموعة NSO", "لمجموعة NSO"): their names need not hold the head.
 */
function headedInText(
  text: string,
  organisations: readonly EntityMention[],
  head: string,
): Set<ResolvedEntity> {
  if (!hasArabic(head)) return new Set();
  const headBefore = new RegExp(String.raw`(?:^|[^\p{L}\p{M}])[وف]?[بلك]?${escapeRegExp(head)}\s+$`, 'u');
  const reach = head.length + 4;
  return new Set(
    organisations
      .filter(
        (mention) =>
          !mention.anaphoric &&
          headBefore.test(text.slice(Math.max(0, mention.start - reach), mention.start)),
      )
      .map((mention) => mention.entity),
  );
}

function headedNames(
  text: string,
  organisations: readonly EntityMention[],
  head: string,
  defined: ReadonlyMap<ResolvedEntity, string>,
): HeadedNames {
  const holds = new Map<ResolvedEntity, boolean>();
  const headed = headedInText(text, organisations, head);
  const names: HeadedNames = { starts: [], entities: [] };
  let only: ResolvedEntity | undefined;
  let several = false;
  for (const mention of organisations) {
    let held = holds.get(mention.entity);
    if (held === undefined) {
      held =
        namedWith(mention.entity, head) ||
        definesWith(defined.get(mention.entity), head) ||
        headed.has(mention.entity);
      holds.set(mention.entity, held);
    }
    if (!held) continue;
    if (only === undefined) only = mention.entity;
    else if (only !== mention.entity) several = true;
    names.starts.push(mention.start);
    names.entities.push(several ? undefined : only);
  }
  return names;
}

/** A preposition of a complement after a head noun (`connectives.genitivePrepositions`: "of", "de"). */
const GENITIVE_AFTER = new RegExp(
  String.raw`^\s+(?:${alternation(connectiveWords('genitivePrepositions'))})(?![\p{L}])`,
  'iu',
);
/** Before a definition's phrase repeated as a reference (`connectives.repeatingDeterminers`: "this", "the"). */
const REPEATING_DETERMINERS = alternation(connectiveWords('repeatingDeterminers'));

/**
 * After a name, its gloss in brackets at most, a copula (`connectives.definitionCopulas`) and an
 * article: what follows up to the
 * clause's end is the definition the article gives of the name ("The X Office (XO) is the
 * principal security agency of Y").
 */
const DEFINITION = new RegExp(
  String.raw`^\s*(?:\([^()]{1,80}\)\s*)?,?\s*(?:${alternation(connectiveWords('definitionCopulas'))})\s+(?:the|an?|le|la|l['’]|une?)\s*([^,;:.()]{1,80})`,
  'iu',
);

/** The definitions the text gives of organisations right after their names ("X is the security agency of Y"). */
function definitions(text: string, organisations: readonly EntityMention[]): Map<ResolvedEntity, string> {
  const found = new Map<ResolvedEntity, string>();
  for (const mention of organisations) {
    if (mention.anaphoric || found.has(mention.entity)) continue;
    const definition = DEFINITION.exec(text.slice(mention.end, mention.end + 200))?.[1];
    if (definition) found.set(mention.entity, definition);
  }
  return found;
}

/** The packs' words that close a noun phrase ("of", "that", "qui"). */
const NOUN_PHRASE_CLOSERS = alternation(connectiveWords('nounPhraseClosers'));
/** A closer between two words: the noun phrase before it ends there. */
const PHRASE_CLOSED = new RegExp(String.raw`\s(?:${NOUN_PHRASE_CLOSERS})\s`, 'iu');

/** Whether the head noun is a word of the definition's noun phrase, before any complement or clause. */
function definesWith(definition: string | undefined, head: string): boolean {
  if (!definition) return false;
  const phrase = definition.split(PHRASE_CLOSED)[0] ?? '';
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(head)}(?![\p{L}\p{N}])`, 'iu').test(phrase);
}

/** The one entity of `names` named before `offset`, if exactly one is. Binary search. */
function onlyBefore(names: HeadedNames, offset: number): ResolvedEntity | undefined {
  let low = 0;
  let high = names.starts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((names.starts[middle] ?? 0) < offset) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? undefined : names.entities[low - 1];
}

/**
 * "The agency said ...": the head noun of an organisation's name, or of the definition the text
 * gives of it ("X is the security agency of Y"), stands for the one organisation named so far
 * whose name or definition holds it; with two ("the Iranian government", "the US
 * government"), it stands for none. `organisations`: the organisation mentions, sorted by start.
 */
export function organisationReferences(
  text: string,
  sentences: readonly Sentence[],
  organisations: readonly EntityMention[],
): EntityMention[] {
  const byHead = new Map<string, HeadedNames>();
  const defined = definitions(text, organisations);
  const found: EntityMention[] = [];
  for (const sentence of sentences) {
    const local = within(organisations, sentence);
    for (const match of matchesOf(ORGANISATION_REFERENCE, text.slice(sentence.start, sentence.end))) {
      const phrase = match[1] ?? '';
      const start =
        sentence.start + match.index + match[0].length - phrase.length + prepositionLength(phrase);
      const end = start + phrase.length;
      // A phrase may stand for a name holding one of several heads ("the regime": a regime, else a government).
      const heads = HEADS_BY_REFERENCE.get(phrase.toLowerCase()) ?? [];
      if (heads.length === 0) continue;
      // Inside a name ("the Ministry of Defence", "the Bank of England"): not a reference.
      if (local.some((mention) => mention.start <= start && end <= mention.end)) continue;
      // "the agency's director X", "the government of Iran": the name follows, the phrase is part of it.
      if (GENITIVE_AFTER.test(text.slice(end, end + 5))) continue;
      let entity: ResolvedEntity | undefined;
      for (const head of heads) {
        let names = byHead.get(head);
        if (!names) {
          names = headedNames(text, organisations, head, defined);
          byHead.set(head, names);
        }
        entity = onlyBefore(names, start);
        if (entity) break;
      }
      if (entity) found.push({ start, end, surface: text.slice(start, end), entity, anaphoric: true });
    }
  }
  return [...found, ...describedOrganisations(text, organisations, defined)];
}

/**
 * The noun phrase a definition opens on, a modifier or two and the head noun, up to an adverb, a
 * participle or one of the packs' closers ("terrorist group supposedly funded by ...":
 * "terrorist group").
 */
const DEFINED_PHRASE = new RegExp(
  String.raw`^((?:[\p{Ll}-]+\s+){1,2}?[\p{Ll}-]+)(?=\s+(?:\p{Ll}+ly|\p{Ll}+ed|${NOUN_PHRASE_CLOSERS})(?![\p{L}])|\s*$)`,
  'u',
);

/**
 * "X is a terrorist group ... This terrorist group was born in Y": a demonstrative or "the" before
 * the whole noun phrase of an organisation's definition, modifiers and head, stands for that
 * organisation when it is the only one so defined before it (one word alone is a head noun,
 * read above).
 */
function describedOrganisations(
  text: string,
  organisations: readonly EntityMention[],
  defined: ReadonlyMap<ResolvedEntity, string>,
): EntityMention[] {
  const byPhrase = new Map<string, { entity: ResolvedEntity; from: number } | undefined>();
  for (const [entity, definition] of defined) {
    const phrase = DEFINED_PHRASE.exec(definition)?.[1]?.toLowerCase();
    if (!phrase) continue;
    // The reference comes after the definition, never inside it.
    const named = organisations.find((mention) => mention.entity === entity && !mention.anaphoric)?.end ?? 0;
    const from = text.indexOf(definition, named) + definition.length;
    byPhrase.set(phrase, byPhrase.has(phrase) ? undefined : { entity, from });
  }
  const found: EntityMention[] = [];
  for (const [phrase, owner] of byPhrase) {
    if (!owner) continue;
    const reference = new RegExp(
      String.raw`(?<![\p{L}])(?:${REPEATING_DETERMINERS})\s+${escapeRegExp(phrase).replace(/\s+/gu, String.raw`\s+`)}(?![\p{L}])`,
      'giu',
    );
    for (const match of matchesOf(reference, text)) {
      const start = match.index;
      const end = start + match[0].length;
      if (start < owner.from) continue;
      if (organisations.some((mention) => mention.start < end && start < mention.end)) continue;
      found.push({ start, end, surface: match[0], entity: owner.entity, anaphoric: true });
    }
  }
  return found;
}

/**
 * The packs' phrases for a company (`references.companies`): a determiner, up to two lower-case
 * modifiers where the pattern allows them ("the security firm"), and the noun; or the phrase as
 * written, an Arabic one also after the preposition ل ("للشركة").
 */
const COMPANIES = PACKS.flatMap((pack) => pack.references.companies);
const COMPANY_DETERMINERS = [
  ...new Set(COMPANIES.filter((entry) => entry.modifiers).map(({ phrase }) => phrase.split(/\s+/u)[0] ?? '')),
];
const COMPANY_NOUNS = [
  ...new Set(
    COMPANIES.filter((entry) => entry.modifiers).map(({ phrase }) => phrase.split(/\s+/u).slice(1).join(' ')),
  ),
];
const COMPANY_PHRASES = withArabicPreposition(
  COMPANIES.filter((entry) => !entry.modifiers).flatMap(({ phrase }) =>
    withEitherApostrophe(phrase).map((reference) => ({ reference })),
  ),
).map((entry) => entry.reference);
const COMPANY_DESCRIPTION = new RegExp(
  String.raw`${startsWithOneOf([...COMPANY_DETERMINERS, 'و', 'ف', ...COMPANY_PHRASES])}(?<![\p{L}\p{N}])(?:(?:${COMPANY_DETERMINERS.map(escapeRegExp).join('|')})\s+((?:[\p{Ll}-]+\s+){0,2}?)(?:${COMPANY_NOUNS.map(escapeRegExp).join('|')})|[وف]?(?:${COMPANY_PHRASES.map(escapeRegExp).join('|')}))(?![\p{L}\p{N}-])`,
  'giu',
);
/**
 * A company description stands for the organisation that is the subject of the nearest sentence
 * naming one: the only organisation of a sentence may be its object ("broke into the DNC"),
 * where a reader takes "the company" for the one the text spoke of before.
 */
const COMPANY_AGREEMENT: Agreement = {
  types: new Set(['Organization']),
  plausible: new Set(['Organization']),
  topical: false,
  subjectOnly: true,
};

/**
 * "Microsoft said ... The company attributed ...", "la société", "الشركة": the organisation
 * that is the subject of the nearest sentence naming one (see salientAntecedent). "the parent company", "another firm" stand for none; a name right after
 * the phrase ("the firm Mandiant") is the phrase's own. `organisations`: the organisation
 * mentions, sorted by start.
 */
export function companyReferences(
  text: string,
  sentences: readonly Sentence[],
  index: number,
  organisations: readonly EntityMention[],
): EntityMention[] {
  const sentence = sentences[index];
  if (!sentence) return [];
  const found: EntityMention[] = [];
  const local = within(organisations, sentence);
  for (const match of matchesOf(COMPANY_DESCRIPTION, text.slice(sentence.start, sentence.end))) {
    const modifiers = (match[1] ?? '').split(/\s+/u).filter((word) => word !== '');
    if (modifiers.some((word) => CONTRASTIVE.has(word.toLowerCase()))) continue;
    const phrase = match[0].replace(/^[وف](?=ال|لل|هذه)/u, '');
    const end = sentence.start + match.index + match[0].length;
    const start = end - phrase.length + prepositionLength(phrase);
    if (local.some((mention) => mention.start < end + 3 && start < mention.end)) continue;
    const entity = salientAntecedent(
      text,
      sentences,
      index,
      start,
      (span) => within(organisations, span),
      COMPANY_AGREEMENT,
    );
    if (entity) found.push({ start, end, surface: text.slice(start, end), entity, anaphoric: true });
  }
  return found;
}
