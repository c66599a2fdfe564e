/**
 * A name set off by commas right after a name is another name of the same thing: "l'ANSSI,
 * l'Agence nationale de la sécurité des systèmes d'information,". It becomes an alias of the
 * entity (with the rule in mergeReasons), so a search for it finds the entity. Only names
 * headed by an organisation noun count, and only when that noun is capitalised: a common-noun
 * phrase ("le GRU, le service russe de renseignement militaire", "APT28, a hacking group")
 * describes the entity and is no name of it.
 * A description that names another entity may state a relation with it: "Mandiant, the
 * FireEye incident-response unit", "Unit 42, Palo Alto Networks' threat intelligence team"
 * (part of), "Flashpoint, a New York threat intelligence firm" (located in), "Vantor Bank, the
 * central bank of Portugal" (located in).
 */
import { names as arabicNames } from '../extract/lang/ar/names.ts';
import { NAMED_KINDS } from '../extract/lang/names.ts';
import type { Span } from '../types.ts';
import { connectiveWords, packFor, PACKS } from '../extract/lang/index.ts';
import { allArticles, openingWord } from './articles.ts';
import { PLACED_KINDS } from './apposed-places.ts';
import { alternation } from './patterns.ts';
import type { EntityMention, ResolvedEntity } from './types.ts';

const DESCRIBED_TYPES = new Set(['Organization', 'ThreatActor']);
/** The packs' `roles.aliasHeads` ("agency", "agence"); English ones of one word after modifiers. */
const ALIAS_HEADS = PACKS.flatMap((pack) => pack.roles.aliasHeads);
const ENGLISH = packFor('en');
const ENGLISH_ARTICLES = [...ENGLISH.connectives.definiteArticles, ...ENGLISH.connectives.indefiniteArticles];
const DESCRIPTION = new RegExp(
  String.raw`^\s*,\s*(?:(?:le|la|les|l['’]|un|une|the|a|an)\s*)((${alternation(ALIAS_HEADS)})[^,.;()\n]{0,80}?)\s*(?=[,.;)]|$)`,
  'iu',
);
const ADJECTIVE_FIRST = new RegExp(
  String.raw`^\s*,\s*(?:(?:${alternation(ENGLISH_ARTICLES)})\s+)((?:[\p{L}-]+\s+){1,3}(${alternation(
    ENGLISH.roles.aliasHeads.filter((head) => !head.includes(' ')),
  )}))(?=[,.;)\s]|$)`,
  'iu',
);

const NAME_INITIAL = /^\p{Lu}/u;

export interface Apposition {
  entity: ResolvedEntity;
  descriptor: string;
  reason: string;
}

export function findDescriptiveAppositions(text: string, mentions: readonly EntityMention[]): Apposition[] {
  const found: Apposition[] = [];
  for (const mention of mentions) {
    if (!DESCRIBED_TYPES.has(mention.entity.type)) continue;
    const after = text.slice(mention.end, mention.end + 120);
    const match = DESCRIPTION.exec(after) ?? ADJECTIVE_FIRST.exec(after);
    const descriptor = match?.[1]?.trim();
    // "APT28, a hacking group run by ...", "le GRU, le service de renseignement ...": a common
    // noun describes the name, it is no other name of it; "l'ANSSI, l'Agence nationale de ..."
    // gives its name in full, its head noun capitalised.
    if (!descriptor || !NAME_INITIAL.test(match?.[2] ?? '')) continue;
    found.push({
      entity: mention.entity,
      descriptor,
      reason: `apposition: "${mention.surface}, ${descriptor}" describes ${mention.entity.name}`,
    });
  }
  return found;
}

/** ", the " / ", a " up to the name inside the description. */
const BEFORE_INNER_NAME = /^\s*,\s*(?:the|a|an|l['’]|le|la|un|une)\s*$/iu;
/** ", " alone before a name whose possessive opens the description ("Unit 42, Palo Alto Networks' team"). */
const BEFORE_POSSESSIVE_NAME = /^\s*,\s*$/u;
const POSSESSIVE_AFTER = /^['’]s?\s/u;
/** After the whole: "'s", up to three words, then one of the packs' `roles.partNouns` ("unit", "team"). */
const PART_NOUN_AFTER = new RegExp(
  String.raw`^(?:['’]s?)?\s+(?:[\p{L}-]+\s+){0,3}?(${alternation(ENGLISH.roles.partNouns)})(?![\p{L}])`,
  'iu',
);
/**
 * After a place: up to three words, then a noun for an organisation ("threat intelligence firm",
 * "data broker"; the kinds of ./apposed-places.ts).
 */
const ORGANISATION_NOUN_AFTER = new RegExp(
  String.raw`^(?:-based)?\s+(?:[\p{L}-]+\s+){0,3}?(${alternation(PLACED_KINDS)})(?![\p{L}])`,
  'iu',
);

/**
 * Between an organisation and a place: a description in apposition or after "is", its head noun
 * one for a body or a firm (`roles.placedBodyNouns`), then "of" ("Vantor Bank, the central
 * bank of Portugal", "the Kestrel Office is the national cyber agency of Norway"). A country's
 * body is placed in it.
 */
const BODY_OF_PLACE = new RegExp(
  String.raw`^(?:\s*,|\s+(?:${alternation(ENGLISH.connectives.definitionCopulas)}))\s+(?:${alternation(ENGLISH_ARTICLES)})\s+` +
    String.raw`(?:[\p{Ll}-]+\s+){0,3}?(${alternation(ENGLISH.roles.placedBodyNouns)})\s+` +
    String.raw`(?:${alternation(ENGLISH.connectives.genitivePrepositions)})\s+(?:(?:${alternation(ENGLISH.connectives.definiteArticles)})\s+)?$`,
  'u',
);
/** The same in French, where adjectives follow the head noun: "Banque X, la banque centrale du Portugal". */
const FRENCH = packFor('fr');
const BODY_OF_PLACE_FR = new RegExp(
  String.raw`^(?:\s*,|\s+(?:${alternation(FRENCH.connectives.definitionCopulas)}))\s+(?:la|le|l['’]|une?)\s*` +
    String.raw`(${alternation(FRENCH.roles.placedBodyNouns)})(?:\s+[\p{Ll}-]+){0,3}?\s+(?:de|du|des|de\s+la|de\s+l['’]|d['’])\s*$`,
  'u',
);
/** After the place: its phrase ends, so "of" names no larger phrase ("of Portugal's north"). */
const PLACE_PHRASE_END = /^\s*(?:[,.;:)]|$|\s(?:and|which|that|in|since|until|from|et|qui|depuis)\s)/u;

/**
 * After an actor's name, the kind of actor it is ("the Equation threat actor", "the Quillfish
 * group"): the packs' `namedKinds` for actors. The apposition follows the kind.
 */
const ACTOR_KIND_AFTER = new RegExp(
  String.raw`^\s+(?:${alternation(
    [...NAMED_KINDS].filter(([, kind]) => kind === 'ThreatActor').map(([phrase]) => phrase),
  )})(?![\p{L}])`,
  'iu',
);
/** Each noun for a kind of named thing in every pack's `namedKinds`, lower-cased, and the type it names. */
const KIND_OF_PHRASE = new Map(
  [
    ...NAMED_KINDS,
    ...arabicNames.namedKinds.flatMap(({ kind, phrases }) =>
      phrases.map((phrase) => [phrase, kind] as const),
    ),
  ].map(([phrase, kind]) => [phrase.toLowerCase(), kind]),
);
/**
 * A description set off by a comma, from its opening up to a trigger inside it: "NATO, a group
 * linked to", "حلف الناتو، وهي مجموعة مرتبطة" (the Arabic pronoun "وهي"/"وهو", "it is", may
 * open it).
 */
const INSIDE_DESCRIPTION = /^\s*[,،]\s*([^,،.;:()]*)$/u;
/**
 * How a description opens: the Arabic pronoun or an article, then a kind noun with up to two
 * modifiers before it ("a Russian hacking group", "un groupe", "وهي مجموعة"); a relative
 * pronoun or a preposition there makes the noun another one's ("l'OTAN, que le groupe X a
 * visée": the group is the subject of the relative clause).
 */
/** The articles that open an apposition (the packs' `connectives.appositionArticles`). */
const APPOSITION_ARTICLES = alternation(connectiveWords('appositionArticles'));
const KIND_OPENING = new RegExp(
  String.raw`^(?:و?(?:هي|هو)\s+|(?:${APPOSITION_ARTICLES})\s*)(?:(?!(?:que|qui|dont|of|de|du|des|that|which|who|by|par)\s)[\p{L}-]+\s+){0,2}?(${alternation([...KIND_OF_PHRASE.keys()])})(?![\p{L}\p{M}])`,
  'iu',
);
const ARABIC_PRONOUN = /^و?(?:هي|هو)$/u;

/**
 * Whether a trigger sits in a description of a kind the name before it is not ("APT28 targeted
 * NATO, a group linked to the GRU": a group is an actor, NATO is none).
 * Such a description is about another name, the actor named before, or about nothing; never
 * about this one. An Arabic pronoun read as standing for the name ("..., وهي مجموعة مرتبطة")
 * opens the same description.
 */
export function describedAsAnotherKind(text: string, mention: EntityMention, trigger: Span): boolean {
  if (mention.end > trigger.start) return false;
  const pronoun = mention.anaphoric === true && ARABIC_PRONOUN.test(mention.surface);
  const opening = pronoun
    ? text.slice(mention.start, trigger.start)
    : INSIDE_DESCRIPTION.exec(text.slice(mention.end, trigger.start))?.[1];
  if (opening === undefined || /[,،.;:()]/u.test(opening)) return false;
  // The kind noun heads the description before the trigger; one after it is the trigger's object
  // ("X، عضو في مجموعة Y": a member of a group).
  const kind = KIND_OPENING.exec(opening)?.[1];
  const type = kind === undefined ? undefined : KIND_OF_PHRASE.get(kind.toLowerCase());
  return type !== undefined && type !== mention.entity.type;
}

/**
 * A description's opening up to a modifier of its kind noun: ", a ", ", un ". Only where
 * modifiers come before the noun; an Arabic word after a comma is a verb or the noun itself.
 */
const DESCRIPTION_OPENED = new RegExp(String.raw`,\s*(?:${APPOSITION_ARTICLES})\s*(?:[\p{L}-]+\s+)?$`, 'iu');
/** A modifier is one Latin word ("hacking"), never a phrase with its preposition ("linked to"). */
const ONE_LATIN_WORD = /^[\p{Script=Latin}-]+$/u;
/** How far past a modifier its kind noun may end ("hacking group", "cyber espionage group"). */
const KIND_AFTER_REACH = 40;
/**
 * After a modifier: maybe one more, then the kind noun ("hacking group", "cyber espionage
 * group"); an article there (any of the packs') opens the object of a verb ("enregistrés par le
 * groupe").
 */
const KIND_AFTER_MODIFIER = new RegExp(
  String.raw`^\s+(?:(?!${openingWord(allArticles(), { full: String.raw`\s`, elided: String.raw`\s` })})[\p{L}-]+\s+)?(?:${alternation([...KIND_OF_PHRASE.keys()])})(?![\p{L}\p{M}])`,
  'iu',
);

/**
 * Whether a trigger is a modifier of the kind noun of a description set off by a comma ("NATO, a
 * hacking group tied to the GRU"): it says what kind of group, and relates no name.
 */
export function modifiesKindNoun(text: string, trigger: Span): boolean {
  return (
    ONE_LATIN_WORD.test(text.slice(trigger.start, trigger.end)) &&
    DESCRIPTION_OPENED.test(text.slice(Math.max(0, trigger.start - 40), trigger.start)) &&
    KIND_AFTER_MODIFIER.test(text.slice(trigger.end, trigger.end + KIND_AFTER_REACH))
  );
}

/** ", " or ", the " before the organisation whose unit an actor is ("APT99, the GRU's Unit 26165"). */
const BEFORE_OWNER = /^\s*,\s*(?:the\s+)?$/iu;
/** The possessive between the owner and its unit's name. */
const OWNER_POSSESSIVE = /^['’]s?\s+$/u;

export interface AppositionRelation {
  type: 'PART_OF' | 'LOCATED_IN' | 'ATTRIBUTED_TO';
  source: EntityMention;
  target: EntityMention;
  /** The noun that states the relation. */
  at: Span;
}

/**
 * Relations stated by a description in apposition that names another entity: "Mandiant, the
 * FireEye incident-response unit" (part of), "Flashpoint, a New York threat intelligence
 * firm" (located in). Mentions must be sorted by start.
 */
export function findAppositionRelations(
  text: string,
  mentions: readonly EntityMention[],
): AppositionRelation[] {
  const found: AppositionRelation[] = [];
  mentions.forEach((head, index) => {
    if (!DESCRIBED_TYPES.has(head.entity.type) || head.anaphoric) return;
    const placement = bodyOfPlace(text, head, mentions, index) ?? unitOfActor(text, head, mentions, index);
    if (placement) {
      found.push(placement);
      return;
    }
    const inner = mentions.slice(index + 1).find((mention) => mention.start >= head.end);
    if (!inner || inner.anaphoric || inner.entity.key === head.entity.key) return;
    const after = text.slice(inner.end, inner.end + 80);
    const gap = text.slice(head.end, inner.start);
    if (
      !BEFORE_INNER_NAME.test(gap) &&
      !(
        BEFORE_POSSESSIVE_NAME.test(gap) &&
        inner.entity.type === 'Organization' &&
        POSSESSIVE_AFTER.test(after)
      )
    )
      return;
    const relation =
      inner.entity.type === 'Organization'
        ? { type: 'PART_OF' as const, noun: PART_NOUN_AFTER.exec(after) }
        : inner.entity.type === 'Location'
          ? { type: 'LOCATED_IN' as const, noun: ORGANISATION_NOUN_AFTER.exec(after) }
          : undefined;
    const word = relation?.noun?.[1];
    if (!relation?.noun || !word) return;
    const end = inner.end + relation.noun[0].length;
    found.push({ type: relation.type, source: head, target: inner, at: { start: end - word.length, end } });
  });
  return found;
}

/** How far after an organisation the place of "the central bank of X" may start. */
const BODY_OF_PLACE_REACH = 80;

/**
 * "Vantor Bank, the central bank of Portugal": the organisation placed in the place its
 * description names. The description's own head noun may be a reference to the organisation
 * ("la banque centrale"), so the place is the first place after it, whatever lies between.
 */
function bodyOfPlace(
  text: string,
  head: EntityMention,
  mentions: readonly EntityMention[],
  index: number,
): AppositionRelation | undefined {
  if (head.entity.type !== 'Organization') return undefined;
  const place = mentions
    .slice(index + 1)
    .find(
      (mention) => mention.start >= head.end && !mention.anaphoric && mention.entity.key !== head.entity.key,
    );
  if (!place || place.entity.type !== 'Location' || place.start - head.end > BODY_OF_PLACE_REACH)
    return undefined;
  const gap = text.slice(head.end, place.start);
  const match = BODY_OF_PLACE.exec(gap) ?? BODY_OF_PLACE_FR.exec(gap);
  const word = match?.[1];
  if (!word || !PLACE_PHRASE_END.test(text.slice(place.end, place.end + 12))) return undefined;
  const start = head.end + gap.indexOf(word);
  return { type: 'LOCATED_IN', source: head, target: place, at: { start, end: start + word.length } };
}

/**
 * "the Quillfish threat actor, the GRU's Unit 26165": an actor set beside an organisation's named
 * unit is that unit, the state service behind it, as "identified X as Unit 26165 of the GRU" says:
 * the actor is attributed to the unit (./possessives.ts relates the unit to its owner).
 */
function unitOfActor(
  text: string,
  head: EntityMention,
  mentions: readonly EntityMention[],
  index: number,
): AppositionRelation | undefined {
  if (head.entity.type !== 'ThreatActor') return undefined;
  const [owner, unit] = mentions.slice(index + 1).filter((mention) => mention.start >= head.end);
  if (owner?.entity.type !== 'Organization' || unit?.entity.type !== 'Organization' || unit.anaphoric)
    return undefined;
  const kind = ACTOR_KIND_AFTER.exec(text.slice(head.end, owner.start));
  const gap = text.slice(head.end + (kind?.[0].length ?? 0), owner.start);
  if (!BEFORE_OWNER.test(gap) || !OWNER_POSSESSIVE.test(text.slice(owner.end, unit.start))) return undefined;
  // The whole apposition states it, the owner's possessive included: the attribution stays with
  // the unit it names, and is not passed on to the owner as one to a part named after it would be.
  const comma = head.end + (kind?.[0].length ?? 0) + gap.indexOf(',');
  return { type: 'ATTRIBUTED_TO', source: head, target: unit, at: { start: comma, end: unit.end } };
}
