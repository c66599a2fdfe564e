/**
 * "la société new-yorkaise Flashpoint", "the Russian group Turla", "شركة راس غاز القطرية": a
 * demonym right next to an organisation or actor places it (before the name in French and
 * English, after it in Arabic, where adjectives follow their noun). A demonym that closes the
 * organisation's own name ("وزارة الخارجية الأردنية", "ministère américain de la Justice"), or
 * opens a name the article gives it elsewhere, places nothing (docs/samples.md). The demonym is not a mention of the place (the gazetteer
 * says so), so the place joins the extraction as an entity without mentions of its own, and
 * the LOCATED_IN edge carries the sentence as evidence.
 */
import { names as ARABIC_NAMES } from '../extract/lang/ar/names.ts';
import { connectiveWords, packFor } from '../extract/lang/index.ts';
import { NAMES } from '../extract/lang/names.ts';
import { findGazetteerMentions, type GazetteerMention } from '../lexicon/index.ts';
import type { Span } from '../types.ts';
import { ARABIC_CUES, ORGANIZATION_CUES_LATIN, THREAT_ACTOR_CUES_LATIN } from './cues.ts';
import { alternation } from './patterns.ts';
import { escapeRegExp, hasArabic, wordsBetween } from './text.ts';
import type { EntityMention, ResolvedEntity } from './types.ts';

const PLACED_TYPES = new Set(['Organization', 'ThreatActor']);
const MAX_WORDS_BETWEEN = 1;
/**
 * The organisation cues and the name packs' `descriptionHeads`, head nouns of a description of
 * an organisation: "the Chilean interbank network Redbanc", "Maersk, the Danish shipping giant".
 */
const HEADS = [...ORGANIZATION_CUES_LATIN, ...NAMES.descriptionHeads]
  .map((head) => escapeRegExp(head).replace(/\s+/gu, String.raw`\s+`))
  .join('|');
/** How many lower-case words a description may put between a demonym and its head noun. */
const MAX_DESCRIPTION_WORDS = 2;
/** "the Saudi energy company Aramco": lower-case words ending in a head noun, then the name. */
const HEADED_GAP = new RegExp(
  String.raw`^\s+(?:[\p{Ll}-]+\s+){0,${MAX_DESCRIPTION_WORDS}}(?:${HEADS})\s+$`,
  'u',
);
/**
 * "l'agence allemande de cybersécurité BSI": in French the demonym follows the head noun, and a
 * complement of the head (the packs' `connectives.complementPrepositions`, maybe a
 * `complementArticles` after it, and a word) may come between it and the name.
 */
const COMPLEMENT_GAP = new RegExp(
  String.raw`^\s+(?:${alternation(connectiveWords('complementPrepositions'))})\s*(?:(?:${alternation(
    connectiveWords('complementArticles'),
  )})\s*)?[\p{Ll}-]+\s+$`,
  'u',
);
/** The head noun right before a French demonym. */
const HEAD_BEFORE = new RegExp(String.raw`(?:^|[\s'’])(?:${HEADS})\s+$`, 'iu');
/** The English pack's `connectives.appositionArticles` ("a", "an", "the"): English sets its demonym before the head. */
const ENGLISH_ARTICLES = alternation(packFor('en').connectives.appositionArticles);
/** "X, a Taiwanese company": a comma and an article between the name and the demonym. */
const APPOSITION_OPENING = new RegExp(String.raw`^\s*,\s*(?:${ENGLISH_ARTICLES})\s+$`, 'iu');
/** After the demonym of an apposition, its head noun. */
const APPOSITION_HEAD = new RegExp(
  String.raw`^\s+(?:[\p{Ll}-]+\s+){0,${MAX_DESCRIPTION_WORDS}}(?:${HEADS})(?![\p{L}\p{N}])`,
  'u',
);
/** The head nouns of an actor ("groupe", "groupe de pirates"), which a demonym may follow too. */
const ACTOR_HEADS = THREAT_ACTOR_CUES_LATIN.map((head) =>
  escapeRegExp(head).replace(/\s+/gu, String.raw`\s+`),
).join('|');
/** The French pack's `connectives.appositionArticles` ("un", "le", "l'"). */
const FRENCH_ARTICLES = alternation(packFor('fr').connectives.appositionArticles);
/**
 * "X, un groupe russe,", "X, un groupe de pirates nord-coréen,": in French the apposition's
 * head noun, maybe with a bare complement ("de pirates"; never "du groupe", whose demonym would
 * be another body's), comes before the demonym.
 */
const FRENCH_APPOSITION_OPENING = new RegExp(
  String.raw`^,\s*(?:${FRENCH_ARTICLES})\s*(?:${HEADS}|${ACTOR_HEADS})(?:\s+(?:de|d['’])\s*[\p{Ll}-]+)?\s+$`,
  'iu',
);
/** Enough characters before a French demonym for ", un groupe de pirates ". */
const FRENCH_APPOSITION_REACH = 40;
/** Enough characters before a demonym for ", the " and spaces. */
const APPOSITION_REACH = 12;
/** Emphasis marks around a name ("*IQ Soft*, a Taiwanese company"), which set off nothing. */
const EMPHASIS_MARKS = /[*_]*$/u;
/** An article right before a demonym that opens a description ("a German broadcaster, X,"). */
const ARTICLE_BEFORE = new RegExp(String.raw`(?:^|[\s(])(?:${ENGLISH_ARTICLES})\s+$`, 'iu');
/**
 * After such a demonym: its head noun, a comma, and maybe the article or an emphasis mark before
 * the name ("the Norwegian parliament, the Storting,").
 */
const DESCRIPTION_BEFORE_NAME = new RegExp(
  String.raw`^\s+(?:[\p{Ll}-]+\s+){0,${MAX_DESCRIPTION_WORDS}}(?:${HEADS})\s*,\s*(?:the\s+)?[*_]*$`,
  'u',
);
/** After the name the description opens: the apposition closes (a list would go on with "and"). */
const APPOSITION_CLOSE = /^[*_]*\s*[,.;)]/u;
/** Before an Arabic adjective in its word: the article or nothing. */
const ARABIC_ADJECTIVE_ARTICLE = /^(?:ال)?$/u;
/** Between an Arabic name and its adjective: at most the article, which the demonym's surface leaves out. */
const ARABIC_ADJECTIVE_GAP = /^\s+(?:ال)?$/u;

/**
 * "شركة الشحن الدنماركية ميرسك": an Arabic kind noun of an organisation, maybe with one definite
 * noun of its own, then the demonym, then the name: the demonym describes the named company.
 */
const ARABIC_KIND_BEFORE_DEMONYM = new RegExp(
  String.raw`(?:^|\s)[وبل]?(?:${ARABIC_CUES.filter(
    (cue) => cue.type === 'Organization' && !cue.quotedOnly && !cue.phrase.includes(' '),
  )
    .map((cue) => cue.phrase)
    .join('|')})\s+(?:ال[\u0621-\u064a]+\s+)?(?:ال)?$`,
  'u',
);
/** How far before an Arabic demonym its kind noun may begin. */
const ARABIC_KIND_REACH = 30;
/**
 * "وزارة الخارجية الإيرانية": the first word of a state body's name (the Arabic names pack's
 * `bodiesPlacedByClosingAdjective`), maybe after a clitic and the article, then a word of its
 * own before the adjective ("الوزارة الإيرانية" alone describes a ministry, it names none).
 */
const ARABIC_STATE_BODY_OPENING = new RegExp(
  String.raw`^[وبل]?(?:ال)?(?:${alternation(ARABIC_NAMES.bodiesPlacedByClosingAdjective)})\s+\S`,
  'u',
);

export interface Placement {
  placed: EntityMention;
  place: ResolvedEntity;
  /** Where the demonym is written, to find its sentence. */
  at: Span;
}

export function findPlacements(
  text: string,
  demonyms: readonly GazetteerMention[],
  mentions: readonly EntityMention[],
): Placement[] {
  const places = new Map<string, ResolvedEntity>();
  const found: Placement[] = [];
  const near = new MentionsNear(mentions);
  const spellings = new SpellingsOf();
  for (const demonym of demonyms) {
    if (demonym.entry.type !== 'Location') continue;
    const placed = hasArabic(demonym.surface)
      ? (near.lastEndingJustBefore(
          demonym.start,
          arabicGapBound(text, demonym.start),
          (mention) =>
            PLACED_TYPES.has(mention.entity.type) &&
            ARABIC_ADJECTIVE_GAP.test(text.slice(mention.end, demonym.start)),
        ) ?? arabicNameAfterKind(text, demonym, near))
      : (near.firstStartingJustAfter(
          demonym.end,
          // Further mentions are further away: once one is too far, so is every later one.
          (mention) =>
            wordsBetween(text, demonym.end, mention.start) <= MAX_DESCRIPTION_WORDS + 1 &&
            !/[,.;:()]/.test(text.slice(demonym.end, mention.start)),
          (mention) =>
            PLACED_TYPES.has(mention.entity.type) &&
            (wordsBetween(text, demonym.end, mention.start) <= MAX_WORDS_BETWEEN ||
              HEADED_GAP.test(text.slice(demonym.end, mention.start)) ||
              (COMPLEMENT_GAP.test(text.slice(demonym.end, mention.start)) &&
                HEAD_BEFORE.test(text.slice(Math.max(0, demonym.start - 30), demonym.start)))),
        ) ??
        apposedName(text, demonym, near) ??
        frenchApposedName(text, demonym, near) ??
        describedName(text, demonym, near));
    if (
      !placed ||
      sponsorshipEnd(text, demonym) !== undefined ||
      afterStance(text, demonym) ||
      opensOwnName(spellings.of(placed.entity), demonym.surface)
    )
      continue;
    let place = places.get(demonym.entry.key);
    if (!place) {
      place = demonymPlace(demonym);
      places.set(demonym.entry.key, place);
    }
    found.push({ placed, place, at: { start: demonym.start, end: demonym.end } });
  }
  for (const mention of mentions) {
    const closing = closingDemonym(text, mention);
    if (!closing) continue;
    let place = places.get(closing.entry.key);
    if (!place) {
      place = demonymPlace(closing);
      places.set(closing.entry.key, place);
    }
    found.push({ placed: mention, place, at: { start: closing.start, end: closing.end } });
  }
  return found;
}

/**
 * "وزارة الاستخبارات الإيرانية": the demonym that closes a state body's Arabic name, the way
 * English puts the country's possessive before it ("Iran's intelligence ministry"). The name may
 * be a gazetteer alias, which holds its demonym, so the last word is looked up on its own.
 */
function closingDemonym(text: string, mention: EntityMention): GazetteerMention | undefined {
  if (mention.entity.type !== 'Organization') return undefined;
  const name = text.slice(mention.start, mention.end);
  const lastWord = name.lastIndexOf(' ') + 1;
  if (!ARABIC_STATE_BODY_OPENING.test(name.slice(0, lastWord))) return undefined;
  const word = name.slice(lastWord);
  const [demonym] = findGazetteerMentions(word, 'ar');
  if (demonym?.via !== 'demonym' || demonym.entry.type !== 'Location' || demonym.end !== word.length)
    return undefined;
  if (!ARABIC_ADJECTIVE_ARTICLE.test(word.slice(0, demonym.start))) return undefined;
  const start = mention.start + lastWord;
  return { ...demonym, start, end: mention.end };
}

/**
 * "the Iranian MOIS" where the article also writes "Iranian Ministry of Intelligence": the
 * demonym opens a name the organisation goes by, so it is part of that name and places nothing.
 */
function opensOwnName(spellings: ReadonlySet<string>, demonym: string): boolean {
  const opening = `${demonym.toLocaleLowerCase()} `;
  for (const spelling of spellings) if (spelling.startsWith(opening)) return true;
  return false;
}

/**
 * The distinct lower-case spellings of each entity's mentions, gathered once per document: an
 * entity named thousands of times has few spellings, and every demonym asks about them.
 */
class SpellingsOf {
  private readonly byEntity = new Map<ResolvedEntity, Set<string>>();

  of(entity: ResolvedEntity): ReadonlySet<string> {
    let spellings = this.byEntity.get(entity);
    if (!spellings) {
      spellings = new Set(entity.mentions.map((mention) => mention.surface.toLocaleLowerCase()));
      this.byEntity.set(entity, spellings);
    }
    return spellings;
  }
}

/**
 * The place a demonym names, as an entity without mentions of its own (the demonym is not a
 * mention of the place).
 */
export function demonymPlace(demonym: GazetteerMention): ResolvedEntity {
  return {
    key: demonym.entry.key,
    type: 'Location',
    name: demonym.entry.name,
    aliases: new Set(),
    externalIds: new Set(demonym.entry.externalIds),
    mergeReasons: new Set([`gazetteer: "${demonym.surface}" is a demonym of ${demonym.entry.name}`]),
    mentions: [],
    known: true,
    domains: [],
  };
}

/**
 * "Chinese state-sponsored", "Iranian-backed", "Russian government-linked": the demonym names
 * the state behind what it qualifies, not where that is (./sponsorships.ts). The packs'
 * `connectives.sponsorNouns` and `sponsorshipParticiples`.
 */
const SPONSORSHIP_AFTER = new RegExp(
  String.raw`^(?:-|\s+(?:${alternation(connectiveWords('sponsorNouns'))})-?)(?:${alternation(
    connectiveWords('sponsorshipParticiples'),
  )})(?![\p{L}\p{N}-])`,
  'iu',
);

/** "pro-Russian", "anti-Western": a stance glued before a demonym (the packs' `connectives.stancePrefixes`). */
const STANCE_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${alternation(connectiveWords('stancePrefixes'))})[-‑]$`,
  'iu',
);

/** Whether a stance prefix is glued before the demonym: it then places nothing. */
function afterStance(text: string, demonym: Span): boolean {
  return STANCE_BEFORE.test(text.slice(Math.max(0, demonym.start - 10), demonym.start));
}

/** Where the sponsorship compound after a demonym ends, if one follows it. */
export function sponsorshipEnd(text: string, demonym: Span): number | undefined {
  const compound = SPONSORSHIP_AFTER.exec(text.slice(demonym.end, demonym.end + 30));
  return compound ? demonym.end + compound[0].length : undefined;
}

/** "شركة الشحن الدنماركية ميرسك": the name right after a demonym that follows a kind noun. */
function arabicNameAfterKind(text: string, demonym: Span, near: MentionsNear): EntityMention | undefined {
  if (
    !ARABIC_KIND_BEFORE_DEMONYM.test(
      text.slice(Math.max(0, demonym.start - ARABIC_KIND_REACH), demonym.start),
    )
  )
    return undefined;
  return near.firstStartingJustAfter(
    demonym.end,
    (mention) => /^\s+$/u.test(text.slice(demonym.end, mention.start)),
    (mention) => PLACED_TYPES.has(mention.entity.type),
  );
}

/** "Maersk, the Danish shipping giant": the name an apposition headed by the demonym describes. */
function apposedName(text: string, demonym: Span, near: MentionsNear): EntityMention | undefined {
  const before = text.slice(Math.max(0, demonym.start - APPOSITION_REACH), demonym.start);
  const opening = /,[^,]*$/u.exec(before);
  if (!opening || !APPOSITION_OPENING.test(opening[0]) || !APPOSITION_HEAD.test(text.slice(demonym.end)))
    return undefined;
  const comma = demonym.start - opening[0].length;
  const emphasis =
    EMPHASIS_MARKS.exec(text.slice(Math.max(0, comma - APPOSITION_REACH), comma))?.[0].length ?? 0;
  return near.lastEndingJustBefore(
    comma,
    emphasis,
    (mention) => PLACED_TYPES.has(mention.entity.type) && /^[*_]*$/u.test(text.slice(mention.end, comma)),
  );
}

/** "Lazarus, un groupe de pirates nord-coréen, a visé Y": the name before the apposition's comma. */
function frenchApposedName(text: string, demonym: Span, near: MentionsNear): EntityMention | undefined {
  const before = text.slice(Math.max(0, demonym.start - FRENCH_APPOSITION_REACH), demonym.start);
  const opening = /,[^,]*$/u.exec(before);
  if (
    !opening ||
    !FRENCH_APPOSITION_OPENING.test(opening[0]) ||
    !APPOSITION_CLOSE.test(text.slice(demonym.end))
  )
    return undefined;
  const comma = demonym.start - opening[0].length;
  return near.lastEndingJustBefore(
    comma,
    0,
    (mention) => PLACED_TYPES.has(mention.entity.type) && /^\s*$/u.test(text.slice(mention.end, comma)),
  );
}

/**
 * "a German broadcaster, Tagesschau, reported": a description opened by an article and the
 * demonym, set off by commas before the name it describes.
 */
function describedName(text: string, demonym: Span, near: MentionsNear): EntityMention | undefined {
  if (!ARTICLE_BEFORE.test(text.slice(Math.max(0, demonym.start - APPOSITION_REACH), demonym.start)))
    return undefined;
  return near.firstStartingJustAfter(
    demonym.end,
    (mention) => DESCRIPTION_BEFORE_NAME.test(text.slice(demonym.end, mention.start)),
    (mention) => PLACED_TYPES.has(mention.entity.type) && APPOSITION_CLOSE.test(text.slice(mention.end)),
  );
}

/** The longest gap ARABIC_ADJECTIVE_GAP can accept before `offset`: spaces, then maybe "ال". */
function arabicGapBound(text: string, offset: number): number {
  const spacesBefore = (end: number) => {
    let start = end;
    while (start > 0 && /\s/u.test(text[start - 1] ?? '')) start--;
    return end - start;
  };
  const withArticle = text.slice(offset - 2, offset) === 'ال' ? spacesBefore(offset - 2) + 2 : 0;
  return Math.max(spacesBefore(offset), withArticle);
}

/**
 * Mentions by start and by end, so that the mentions right next to a demonym are found
 * without a scan of the whole document per demonym. Answers are the ones `find` and
 * `findLast` over the original list would give (the earliest, or latest, in its order).
 */
class MentionsNear {
  private readonly mentions: readonly EntityMention[];
  private readonly byStart: number[];
  private readonly byEnd: number[];

  constructor(mentions: readonly EntityMention[]) {
    this.mentions = mentions;
    const indexes = mentions.map((_, index) => index);
    this.byStart = [...indexes].sort((a, b) => this.at(a).start - this.at(b).start || a - b);
    this.byEnd = [...indexes].sort((a, b) => this.at(a).end - this.at(b).end || a - b);
  }

  /**
   * The first mention (in list order) starting at or after `offset` that is `near` and
   * `wanted`; `near` must fail for every mention after the first that fails it.
   */
  firstStartingJustAfter(
    offset: number,
    near: (mention: EntityMention) => boolean,
    wanted: (mention: EntityMention) => boolean,
  ): EntityMention | undefined {
    let best: number | undefined;
    for (
      let at = this.firstAtLeast(this.byStart, (index) => this.at(index).start, offset);
      at < this.byStart.length;
      at++
    ) {
      const index = this.byStart[at] ?? 0;
      const mention = this.at(index);
      if (!near(mention)) break;
      if (wanted(mention) && (best === undefined || index < best)) best = index;
    }
    return best === undefined ? undefined : this.at(best);
  }

  /** The last mention (in list order) ending at most `maxGap` before `offset` that `wanted` accepts. */
  lastEndingJustBefore(
    offset: number,
    maxGap: number,
    wanted: (mention: EntityMention) => boolean,
  ): EntityMention | undefined {
    let best: number | undefined;
    const from = this.firstAtLeast(this.byEnd, (index) => this.at(index).end, offset - maxGap);
    for (let at = from; at < this.byEnd.length; at++) {
      const index = this.byEnd[at] ?? 0;
      const mention = this.at(index);
      if (mention.end > offset) break;
      if (wanted(mention) && (best === undefined || index > best)) best = index;
    }
    return best === undefined ? undefined : this.at(best);
  }

  private at(index: number): EntityMention {
    const mention = this.mentions[index];
    if (!mention) throw new Error(`no mention ${index}`);
    return mention;
  }

  private firstAtLeast(sorted: readonly number[], key: (index: number) => number, value: number): number {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (key(sorted[middle] ?? 0) < value) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
