/**
 * Personal pronouns in subject position that stand for an actor or a malware named before
 * ("APT33 is an Iranian group. It targeted ...", "CrowdStrike said that it is tied to the GRU",
 * "In 2019, they hit ..."). The antecedent is chosen by salience and agreement, and a pronoun
 * with two plausible antecedents stands for none: a wrong guess would put a relation on the
 * wrong node, a missed one only costs that relation.
 */
import type { EntityType } from '../../graph-schema/schema.ts';
import type { Sentence, Span } from '../types.ts';
import { ARABIC_CUES, ORGANIZATION_CUES_LATIN, THREAT_ACTOR_CUES_LATIN } from './cues.ts';
import { claimPhrases, connectiveWords, packFor, PACKS } from '../extract/lang/index.ts';
import type { PronounPattern } from '../extract/lang/types.ts';
import { alternation } from './patterns.ts';
import { allArticles, openingWord } from './articles.ts';
import { escapeRegExp, within } from './text.ts';
import type { EntityMention, ResolvedEntity } from './types.ts';
import { matchesOf } from '../regex-matches.ts';

/**
 * Each pronoun: the types it may stand for (`types`: "it" a group or a tool, "he" a person,
 * "they" a group, its members), the types of everything else it could stand for (`plausible`:
 * a company, a country or a person named as the subject of the sentence before, as in
 * "Microsoft tracked APT28. It said ...", makes the pronoun theirs, and then it stands for
 * nothing the relations are about), and whether, with nothing named before, it stands for the
 * document's topic (`topical`: not "they", which may be the researchers or the victims, nor "he").
 */
export interface Agreement {
  types: ReadonlySet<EntityType>;
  plausible: ReadonlySet<EntityType>;
  topical: boolean;
  /** Only a subject may be the antecedent, never the one name of another place in the sentence. */
  subjectOnly?: boolean;
  /**
   * An entity the pronoun may stand for whatever its type: the organisation an encyclopedic
   * article is about ("The X Office is the security agency of Y. It is headquartered in Z").
   */
  articleSubject?: ResolvedEntity;
}

/**
 * What a pronoun of each class of the packs' `references.pronouns` may stand for: "it" a group
 * or a tool, "he" a person, "il" and "هي", in languages without a neuter, any of them; "they" a
 * group or its members.
 */
const AGREEMENTS: Readonly<Record<PronounPattern['agrees'], Agreement>> = {
  thing: {
    types: new Set(['ThreatActor', 'Malware']),
    plausible: new Set(['ThreatActor', 'Malware', 'Organization', 'Location']),
    topical: true,
  },
  person: {
    types: new Set(['Person']),
    plausible: new Set(['Person']),
    topical: false,
  },
  thingOrPerson: {
    types: new Set(['ThreatActor', 'Malware', 'Person']),
    plausible: new Set(['ThreatActor', 'Malware', 'Organization', 'Location', 'Person']),
    topical: true,
  },
  group: {
    types: new Set(['ThreatActor']),
    plausible: new Set(['ThreatActor', 'Organization']),
    topical: false,
  },
};

/** Every language's personal pronouns, in lower case, each with its agreement. */
const PRONOUNS: ReadonlyMap<string, Agreement> = new Map(
  PACKS.flatMap((pack) =>
    pack.references.pronouns.map(({ phrase, agrees }) => [phrase.toLowerCase(), AGREEMENTS[agrees]] as const),
  ),
);

const WORDS = alternation([...PRONOUNS.keys()]);
/** A personal pronoun opening what follows, a word on its own: "it was", "they had". */
export const PRONOUN_OPENING = new RegExp(String.raw`^\s+(?:${WORDS})\s`, 'iu');
/**
 * A personal pronoun, in a subject's form or only an object's (the packs'
 * `references.objectPronouns`: "them", "lui"), opening what follows: "behind it used", "derrière
 * lui ont".
 */
export const OBJECT_PRONOUN_OPENING = new RegExp(
  String.raw`^\s+(?:${WORDS}|${alternation(PACKS.flatMap((pack) => pack.references.objectPronouns))})\s`,
  'iu',
);
/**
 * "charged X, a programmer it said worked for Y", "X, un développeur qu'il dit lié à Y": a
 * description in apposition whose own verb has a personal pronoun for subject, up to that verb.
 */
export const DESCRIPTION_WITH_PRONOUN = new RegExp(
  String.raw`[,،]\s*(?:an?|the|une?|le|la)\s+(?:[\p{L}-]+\s+){1,3}(?:(?:who|that|qu['’])\s*)?(?:${WORDS})\s+$`,
  'iu',
);
/**
 * A short prepositional introduction with no comma after it ("In their campaigns they ...",
 * "Dans leurs campagnes ils ..."): a preposition of the packs' `connectives.introductionPrepositions`
 * and up to three words, none of their `questionWords` ("In what they called ..." opens no main
 * clause).
 */
const INTRODUCTION = String.raw`(?:${alternation(connectiveWords('introductionPrepositions'))})(?:\s+(?!(?:${alternation(
  connectiveWords('questionWords'),
)})\s)[\p{L}\p{N}’'-]+){1,3}\s+`;
/**
 * A conjunction opening a clause before the main one ("When it targeted X, it used Y", "Après
 * qu'il a ciblé X, ...", the packs' `connectives.subordinators`; an elided one runs into the
 * pronoun): its subject is a subject slot too.
 */
const SUBORDINATOR = (() => {
  const words = connectiveWords('subordinators');
  const elided = words.filter((word) => /['’]$/u.test(word));
  const whole = words.filter((word) => !/['’]$/u.test(word));
  return String.raw`(?:(?:${alternation(whole)})\s+|(?:${alternation(elided)})\s*)`;
})();
/**
 * A personal pronoun as the subject right after a subordinator and before a verb, maybe with an
 * auxiliary of a compound past ("after it targeted", "après qu'il a ciblé"): the verb has a
 * subject of its own, whether or not the pronoun was given an antecedent, so no name before it
 * is that subject.
 */
export const PRONOUN_SUBJECT_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${SUBORDINATOR}(?:${WORDS})\s+(?:(?:${alternation(connectiveWords('perfectAuxiliaries'))})\s+)?$`,
  'iu',
);
/**
 * The words before "qu'" in a subordinator written in two ("après qu'", "parce qu'"): inside a
 * sentence, the clause it opens is no that-clause of a speaker, whose subject would be the
 * sentence's; its pronoun may stand for the main clause's subject as well as for the name
 * before, so it stands for neither ("Zebrocy s'est propagé après qu'il a ciblé X").
 */
const SUBORDINATOR_BEFORE_QU = String.raw`(?:${alternation(
  connectiveWords('subordinators').flatMap((word) =>
    /\s+qu['’]$/u.exec(word) ? [word.replace(/\s+qu['’]$/u, '')] : [],
  ),
)})\s+`;
/**
 * The subject slots a pronoun is looked for in: opening the sentence, after a short
 * introduction set off by a comma ("In 2019, they ...") or a prepositional one without it,
 * opening a clause a conjunction subordinates or one after a semicolon, or opening a
 * that-clause ("said that it", "a déclaré qu'il").
 */
const SUBJECT_SLOT = new RegExp(
  String.raw`^(?:[\s*"“«]*|[^,;:.!?()]{1,60},\s+|[\s*"“«]*${INTRODUCTION}|[\s*"“«]*${SUBORDINATOR})$`,
  'iu',
);
/**
 * The slots that open a clause inside the sentence, read in the last CLAUSE_REACH characters
 * only: after a semicolon, a conjunction, or a verb of saying or judging that may go without one
 * ("officials said it", the packs' `references.clauseVerbs`).
 */
const CLAUSE_SLOT = new RegExp(
  String.raw`(?:;\s+|(?<![\p{L}])(?:that\s+|(?<!${SUBORDINATOR_BEFORE_QU})qu['’]\s*|que\s+|(?:${PACKS.flatMap(
    (pack) => pack.references.clauseVerbs,
  )
    .map(escapeRegExp)
    .join('|')})\s+))$`,
  'iu',
);
const CLAUSE_REACH = 40;

/** Whether the words of a sentence before a pronoun end in a subject slot. */
function inSubjectSlot(before: string): boolean {
  return (
    CLAUSE_SLOT.test(before.slice(Math.max(0, before.length - CLAUSE_REACH))) || SUBJECT_SLOT.test(before)
  );
}
/** The pronouns; each is a subject when the words of its sentence before it end in a subject slot. */
const PRONOUN_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])(${WORDS})(?=\s)`, 'giu');
/** The impersonal subject's words differ in shape between English and French. */
const ENGLISH = packFor('en').connectives;
const FRENCH = packFor('fr').connectives;
/**
 * An impersonal subject ("it is believed that", "it was reported whether", "it is important
 * to", "il est probable que", "il y a", "il s'agit"; the packs' `connectives.impersonalCopulas`,
 * `impersonalClauseOpeners`, `impersonalAdjectives` and `impersonalVerbs`): no pronoun of
 * anything. "It is believed to be behind X", "it appears to have" raise the pronoun's own
 * referent: those are subjects.
 */
const IMPERSONAL = new RegExp(
  // English: a clause opener as a whole word within three words, or an adjective and "to".
  String.raw`^\s+(?:(?:${alternation(ENGLISH.impersonalCopulas)})\s+(?:(?:[\p{L}-]+\s+){0,3}?(?:${alternation(ENGLISH.impersonalClauseOpeners)})|(?:${alternation(ENGLISH.impersonalAdjectives)}))(?![\p{L}])` +
    // French: an impersonal verb, or the copula and within two words an opener, maybe elided ("qu'").
    String.raw`|(?:${alternation(FRENCH.impersonalVerbs)}|(?:${alternation(FRENCH.impersonalCopulas)})\s+(?:[\p{L}-]+\s+){0,2}?(?:${alternation(FRENCH.impersonalClauseOpeners)})))`,
  'iu',
);
/**
 * "Il est soupçonné d'avoir visé X", "il est accusé de": a hedge after the auxiliary, no
 * complementizer after it, holds of the subject; the pronoun stands for the suspect, unlike
 * an impersonal "il est possible de" or "il est supposé que".
 */
const SUSPECT_SUBJECT = new RegExp(
  String.raw`^\s+(?:(?:${alternation(connectiveWords('passiveAuxiliaries'))})\s+)?(?:${alternation(
    PACKS.flatMap((pack) => pack.claims.hedges),
  )})(?:(?<=['’])|(?![\p{L}]))(?!\s+(?:${alternation(connectiveWords('complementizers'))})(?![\p{L}]))`,
  'iu',
);
/** How many sentences before the pronoun's own its antecedent may be named in. */
const WINDOW = 2;
/** How many words a line without closing punctuation may have to be a heading. */
const HEADING_WORDS = 12;
/** The types a text may be about, that a pronoun with nothing named before stands for. */
const TOPIC_TYPES = new Set<EntityType>(['ThreatActor', 'Malware']);
/** How much more often the topic is named than any other entity of its type, at least. */
const TOPIC_DOMINANCE = 2;

/**
 * Pronoun references in `sentences`. `mentions` holds the named mentions and the references
 * found already ("the group"), sorted by start. `articleSubject`: the organisation the
 * document's first sentence defines (./document-subject.ts: "The X Office (XO) is ... It is
 * headquartered in Z"), which pronouns may stand for as for an actor; any other organisation
 * stays out of their reach, as "Microsoft tracked APT28. It said" is the company's own word and
 * no relation's end.
 */
export function findPronouns(
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly EntityMention[],
  articleSubject?: ResolvedEntity,
): EntityMention[] {
  // A pronoun carries on a pronoun: "APT33 ... It targeted Saudi Arabia. It also used X."
  const found: EntityMention[] = [];
  const named = (span: Span) =>
    [...within(mentions, span), ...within(found, span)].sort((a, b) => a.start - b.start);
  const topic = runningTopic(mentions);
  // A pronoun found in a subject slot is its sentence's subject wherever the slot is ("In these
  // campaigns they used Google Drive. They also ..."), as a name opening the sentence would be.
  const subjects = new Set<EntityMention>();
  sentences.forEach((sentence, index) => {
    const body = text.slice(sentence.start, sentence.end);
    for (const match of matchesOf(PRONOUN_WORD, body)) {
      // Each pronoun is weighed on its own: "When it targeted X, it used Y" has two subjects.
      if (!inSubjectSlot(body.slice(0, match.index))) continue;
      const word = match[1] ?? '';
      const start = sentence.start + match.index;
      const end = start + word.length;
      const rest = text.slice(end, sentence.end);
      if (IMPERSONAL.test(rest) && !SUSPECT_SUBJECT.test(rest)) continue;
      // A name or a reference already covers these words.
      if (named(sentence).some((mention) => mention.start < end && start < mention.end)) continue;
      const entry = PRONOUNS.get(word.toLowerCase());
      if (!entry) continue;
      const agreement = entry.topical ? { ...entry, articleSubject } : entry;
      const entity = salientAntecedent(text, sentences, index, start, named, agreement, topic, subjects);
      if (!entity) continue;
      const pronoun: EntityMention = { start, end, surface: word, entity, anaphoric: true };
      found.push(pronoun);
      subjects.add(pronoun);
    }
    for (const match of matchesOf(SOURCE_SLOT, body)) {
      const word = match[1] ?? '';
      const end = sentence.start + match.index + match[0].length;
      const start = end - word.length;
      const entity = salientAntecedent(text, sentences, index, start, named, SOURCE_PERSON);
      if (entity) found.push({ start, end, surface: word, entity, anaphoric: true });
    }
  });
  return found;
}

/**
 * "According to him, ...", "selon elle, ...", the packs' `references.sourcePronouns`: a personal
 * pronoun as a source stands for the person who is the subject of the nearest sentence naming one
 * (two persons there: no one). Each phrase is a preposition and the pronoun, its last word.
 */
const SOURCE_SLOT = (() => {
  const phrases = PACKS.flatMap((pack) => pack.references.sourcePronouns);
  const prepositions = [...new Set(phrases.map((phrase) => phrase.slice(0, phrase.lastIndexOf(' '))))];
  const pronouns = [...new Set(phrases.map((phrase) => phrase.slice(phrase.lastIndexOf(' ') + 1)))];
  return new RegExp(
    String.raw`(?<![\p{L}])(?:${alternation(prepositions)})\s+(${alternation(pronouns)})(?![\p{L}])`,
    'giu',
  );
})();
const SOURCE_PERSON: Agreement = {
  types: new Set(['Person']),
  plausible: new Set(['Person']),
  topical: false,
};

/**
 * The topic of the mentions before an offset (see topicOf), for offsets asked in increasing
 * order: the counts grow as the offset does, so a long document is read once.
 */
function runningTopic(mentions: readonly EntityMention[]): (offset: number) => ResolvedEntity | undefined {
  const counts = new Map<ResolvedEntity, number>();
  let next = 0;
  return (offset) => {
    for (; next < mentions.length && (mentions[next]?.start ?? offset) < offset; next++) {
      const entity = mentions[next]?.entity;
      if (entity && TOPIC_TYPES.has(entity.type)) counts.set(entity, (counts.get(entity) ?? 0) + 1);
    }
    return dominant(counts);
  };
}

/**
 * The antecedent of a pronoun (or a description such as "the company") at `offset` in
 * sentence `index`: in the nearest sentence (its own before it, then the ones before) that
 * names anything it could stand for, the subject opening that sentence, or else the one
 * plausible entity named there. Its own sentence counts only when what the pronoun agrees with
 * opens it: "CrowdStrike said that it ..." speaks of the actor named before unless none is,
 * and then the speaker stands for itself (relations see to that). When no sentence of the
 * window names anything plausible, a topical pronoun stands for `topic` at the offset.
 * `named`: the mentions inside a span, sorted by start; `subjects`: pronouns found in a subject
 * slot, each its sentence's subject.
 */
export function salientAntecedent(
  text: string,
  sentences: readonly Sentence[],
  index: number,
  offset: number,
  named: (span: Span) => readonly EntityMention[],
  { types, plausible, topical, subjectOnly = false, articleSubject }: Agreement,
  topic?: (offset: number) => ResolvedEntity | undefined,
  subjects: ReadonlySet<EntityMention> = new Set(),
): ResolvedEntity | undefined {
  const agrees = (entity: ResolvedEntity) => types.has(entity.type) || entity === articleSubject;
  for (let back = index; back >= Math.max(0, index - WINDOW); back--) {
    const sentence = sentences[back];
    if (!sentence) continue;
    // A heading opens a new section: nothing before it is what the section's pronouns speak of.
    if (back < index && isHeading(text, sentence)) return undefined;
    const span = back === index ? { start: sentence.start, end: offset } : sentence;
    const candidates = named(span).filter((mention) => plausible.has(mention.entity.type));
    if (candidates.length === 0) continue;
    const subject = candidates.find(
      (mention) => subjects.has(mention) || opensSentence(text, sentence, mention),
    );
    // "APT28 and APT29 targeted ...": a subject of two names is no one antecedent.
    if (subject && candidates.some((other) => other !== subject && coordinated(text, subject, other)))
      return undefined;
    // "Alice Smith met Bob Jones. He ...": names do not tell a person's gender, so two persons are two candidates.
    if (
      subject?.entity.type === 'Person' &&
      candidates.some((other) => other.entity.type === 'Person' && other.entity !== subject.entity)
    )
      return undefined;
    if (back === index && !(subject && agrees(subject.entity))) continue;
    if (subject) return agrees(subject.entity) ? subject.entity : undefined;
    if (subjectOnly) return undefined;
    const entities = new Set(candidates.map((mention) => mention.entity));
    const [only] = entities;
    return entities.size === 1 && only && agrees(only) ? only : undefined;
  }
  const entity = topical ? topic?.(offset) : undefined;
  return entity && types.has(entity.type) ? entity : undefined;
}

/**
 * A markdown heading, a table row, a bold title line, or a short line with no closing
 * punctuation ("Technical analysis").
 */
export function isHeading(text: string, sentence: Sentence): boolean {
  const line = text.slice(sentence.start, sentence.end).trim();
  if (/^(?:#|\||\*\*)/u.test(line)) return true;
  return !/[.!?;:"”»)\]]$/u.test(line) && line.split(/\s+/u).length <= HEADING_WORDS;
}

/** Whether `other` is listed right after `first` ("X and Y", "X, Y", "X et Y", "X وY"). */
function coordinated(text: string, first: EntityMention, other: EntityMention): boolean {
  return (
    other.start >= first.end &&
    other.entity !== first.entity &&
    /^\s*(?:,|,?\s*and|et|و)?\s*$/iu.test(text.slice(first.end, other.start))
  );
}

/** One of the packs' `connectives.definiteArticles` and the space after it, if any. */
const DEFINITE_ARTICLE = openingWord(connectiveWords('definiteArticles'));
/** A cue written with its article ("le groupe"), which a second article never opens. */
const OPENS_ON_ARTICLE = new RegExp(String.raw`^${DEFINITE_ARTICLE}`, 'iu');

/**
 * Before a sentence's subject: an article at most, or in Arabic, where the verb comes first,
 * one word ("نشرت مايكروسوفت", "وقالت الشركة").
 */
const OPENING = new RegExp(String.raw`^[\s*"“«]*(?:${DEFINITE_ARTICLE}|\p{Script=Arabic}+\s+)?$`, 'iu');

/**
 * A source set before the subject and closed by a comma ("Selon des sources proches du dossier,
 * la clinique X a été visée", "According to Mandiant, the company ..."; the packs' claim
 * `sources`): the subject still opens what the sentence says.
 */
const FRONTED_SOURCE = new RegExp(
  String.raw`^[\s*"“«]*(?:${alternation(claimPhrases('sources'))})\s[^,.;:!?]{1,80},\s*`,
  'iu',
);

/**
 * In Arabic the verb may be followed by the noun that introduces a name of its type ("نشرت
 * شركة مايكروسوفت", "قال الباحث X"): the name is still the subject. Each cue by the type it
 * introduces, quoted-only cues left out (they announce a name only in quotes).
 */
const ARABIC_VERB_THEN_CUE = new Map(
  [...new Set(ARABIC_CUES.filter((cue) => cue.quotedOnly !== true).map((cue) => cue.type))].map((type) => [
    type,
    new RegExp(
      String.raw`^[\s*"“«]*\p{Script=Arabic}+\s+(?:${ARABIC_CUES.filter(
        (cue) => cue.type === type && cue.quotedOnly !== true,
      )
        .map((cue) => escapeRegExp(cue.phrase))
        .join('|')})\s+$`,
      'u',
    ),
  ]),
);

/**
 * An article and the noun that introduces a name of its type ("Le groupe APT28 ...", "The
 * hacking group Turla ...", "La société Sekoia ..."): the name is still the sentence's subject.
 */
const ARTICLE_THEN_CUE = new Map<EntityType, RegExp>(
  (
    [
      ['ThreatActor', THREAT_ACTOR_CUES_LATIN],
      ['Organization', ORGANIZATION_CUES_LATIN],
    ] as const
  ).map(([type, cues]) => [
    type,
    new RegExp(
      String.raw`^[\s*"“«]*${DEFINITE_ARTICLE}(?:${cues
        .filter((cue) => !OPENS_ON_ARTICLE.test(cue))
        .map(escapeRegExp)
        .join('|')})\s+$`,
      'iu',
    ),
  ]),
);

/**
 * An article, a noun, and the words by which it gives the name it goes by ("A persona calling
 * itself X ...", the packs' `references.selfNamings`): the name is the sentence's subject.
 */
const SELF_NAMING = new RegExp(
  String.raw`^[\s*"“«]*(?:an?|the)\s+\p{Ll}+\s+(?:${PACKS.flatMap((pack) => pack.references.selfNamings)
    .map(escapeRegExp)
    .join('|')})\s+$`,
  'iu',
);

/**
 * A description opening the sentence and set off by a comma, up to APPOSED_DESCRIPTION_WORDS
 * words from its article ("Le fondateur de la messagerie K, ", "A Russian national, "): the
 * person named right after it, between commas, is the sentence's subject ("..., Ilya Savin, a été
 * interpellé"), whatever the description names.
 */
const APPOSED_DESCRIPTION_WORDS = 8;
const OPENING_DESCRIPTION = new RegExp(
  String.raw`^[\s*"“«]*${openingWord(allArticles())}[^\s,;:.!?()«»"]+(?:\s+[^\s,;:.!?()«»"]+){0,${
    APPOSED_DESCRIPTION_WORDS - 2
  }},\s*$`,
  'iu',
);

/** Whether `mention` names a person set between commas right after an opening description. */
function apposedToOpening(text: string, sentence: Sentence, mention: EntityMention): boolean {
  return (
    mention.entity.type === 'Person' &&
    OPENING_DESCRIPTION.test(text.slice(sentence.start, mention.start)) &&
    /^\s*,/u.test(text.slice(mention.end, sentence.end))
  );
}

/** Whether the mention is the sentence's first words, after an article (or an Arabic verb) at most. */
function opensSentence(text: string, sentence: Sentence, mention: EntityMention): boolean {
  const before = text.slice(sentence.start, mention.start).replace(FRONTED_SOURCE, '');
  return (
    OPENING.test(before) ||
    apposedToOpening(text, sentence, mention) ||
    SELF_NAMING.test(before) ||
    ARABIC_VERB_THEN_CUE.get(mention.entity.type)?.test(before) === true ||
    ARTICLE_THEN_CUE.get(mention.entity.type)?.test(before) === true
  );
}

/** The entity named at least TOPIC_DOMINANCE times as often as any other of these mentions, if any. */
export function topicOf(mentions: readonly EntityMention[]): ResolvedEntity | undefined {
  const counts = new Map<ResolvedEntity, number>();
  for (const mention of mentions) counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
  return dominant(counts);
}

/** The entity counted at least TOPIC_DOMINANCE times as often as any other, if any. */
function dominant(counts: ReadonlyMap<ResolvedEntity, number>): ResolvedEntity | undefined {
  let first: [ResolvedEntity, number] | undefined;
  let second = 0;
  for (const [entity, count] of counts) {
    if (!first || count > first[1]) {
      second = first?.[1] ?? 0;
      first = [entity, count];
    } else if (count > second) second = count;
  }
  return first && first[1] >= TOPIC_DOMINANCE * second ? first[0] : undefined;
}
