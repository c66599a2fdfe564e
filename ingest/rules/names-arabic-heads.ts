/**
 * Arabic organisations and places named after a head noun (lang/ar/names.ts). An organisation's
 * head belongs to its name and takes the construct chain after it: "وزارة الداخلية الأردنية",
 * "بلدية نابلس", "هيئة سوق رأس المال" (indefinite words, then words with the article, which
 * only adjectives and further definite nouns may follow). With the article, the head needs an
 * adjective of relation after it to be a name ("المجلس التشريعي الفلسطيني"): "المجلس" alone is
 * a reference, not a name. A place head introduces the name after it ("مدينة نابلس",
 * "مخيم الدهيشة") and is not part of it.
 */
import { names } from '../extract/lang/ar/names.ts';
import { packFor } from '../extract/lang/index.ts';
import { loadGazetteer } from '../gazetteer/index.ts';
import { foldKey } from '../normalize/fold.ts';
import type { Sentence } from '../types.ts';
import {
  arabicTokens,
  hasArticle,
  isStopword,
  stemReadings,
  textOffset,
  type ArabicToken,
} from './arabic-words.ts';
import type { Candidate } from './types.ts';

type HeadKind = 'organisation' | 'press' | 'place' | 'state' | 'regime';

interface Head {
  kind: HeadKind;
  /** Folded clitics before the head noun (with the article, when it has one). */
  prefixLength: number;
  definite: boolean;
  /** A place head that stays in the name it opens ("مخيم جنين"). */
  inName: boolean;
  /** A head that opens a name only with the article and more than one word ("وكالة الأمن السيبراني"). */
  definiteNameOnly: boolean;
}

const HEADS = new Map<string, HeadKind>([
  ...names.organisationHeads.map((word) => [foldKey(word), 'organisation'] as const),
  ...names.definiteNameHeads.map((word) => [foldKey(word), 'organisation'] as const),
  ...names.pressHeads.map((word) => [foldKey(word), 'press'] as const),
  ...names.placeHeads.map((word) => [foldKey(word), 'place'] as const),
  ...names.placeHeadsInName.map((word) => [foldKey(word), 'place'] as const),
  ...names.statePlaceHeads.map((word) => [foldKey(word), 'state'] as const),
  ...names.regimeHeads.map((word) => [foldKey(word), 'regime'] as const),
]);

const PLACE_HEADS_IN_NAME: ReadonlySet<string> = new Set(names.placeHeadsInName.map(foldKey));
const DEFINITE_NAME_HEADS: ReadonlySet<string> = new Set(names.definiteNameHeads.map(foldKey));
const INCIDENT_NOUNS: ReadonlySet<string> = new Set(names.incidentNounsAfterName.map(foldKey));
const BOARD_NOUNS: ReadonlySet<string> = new Set(names.boardNouns.map(foldKey));
const GIVEN_NAMES = new Set(names.givenNames.map(foldKey));
const HONORIFICS: ReadonlySet<string> = new Set(names.honorificsInBodyNames.map(foldKey));
const SERVANT_OF = foldKey(names.servantOf);
/** After an honorific, a given name that is also a word ("حسن") is the name. */
const HONOURED_NAMES: ReadonlySet<string> = new Set(
  [...names.givenNames, ...names.givenNamesAlsoWords].map(foldKey),
);
const DIRECTIONS = new Set(names.directions.map(foldKey));
const PLACE_STATES = new Set(names.placeStates.map(foldKey));
const ORDINALS = new Set(names.ordinals.map(foldKey));
const PLACE_NAME_ADJECTIVES = new Set(names.placeNameAdjectives.map(foldKey));
const CLOSING_BODY_ADJECTIVES: ReadonlyMap<string, 'masculine' | 'feminine'> = new Map(
  names.closingBodyAdjectives.flatMap(({ masculine, feminine }) => [
    [foldKey(masculine), 'masculine'] as const,
    [foldKey(feminine), 'feminine'] as const,
  ]),
);
/** How many indefinite words a construct chain runs to before a definite one ("هيئة سوق رأس المال"). */
const MAX_INDEFINITE = 3;
/** How many words after the head a name may run to. */
const MAX_WORDS: Record<HeadKind, number> = { organisation: 5, press: 3, place: 2, state: 3, regime: 1 };

/**
 * An adjective of relation (nisba) or an elative, folded: "الفلسطينيه", "التشريعي", "الاعلي".
 * With the article it qualifies the head; without it, right after the head, it describes an
 * unnamed one ("منظمة دولية").
 */
const NISBA = /ي(?:ه|ين|ون|ان)?$/u;
/** A possessive pronoun ends the noun it is attached to ("مجلس إدارتها"): no name runs past it. */
const POSSESSIVE = /(?:ها|هم|هما)$/u;
/**
 * "مجلس إدارته": "his" on a noun in "ة" is written "ته"; folding writes "ة" as "ه", so it is read
 * on the word as written.
 */
const POSSESSIVE_ON_TA_MARBUTA = /ته$/u;
/** Tanwin (nunation), the mark of an indefinite word: "ًا", "ٌ", "ٍ". */
const TANWIN = /[\u064b-\u064d]/u;
/** Verbs: a past tense with "ت" of the forms أفعلت/افتعلت, a future with "س". They follow a subject; they name nothing. */
const VERB = /^(?:[اأإ]\S{2,}ت|س[يتن]\S{2,})$/u;
/**
 * Verbal nouns of the derived forms with the article ("الاختبار", "الاستيطان", "الانسحاب"):
 * after a place noun they describe its purpose ("منطقة الاختبار"), they do not name it.
 */
const VERBAL_NOUN = /^ال(?:است|ان|[اإ]\Sت)/u;

/** The verbal noun of the second form, "تسجيل", "تنظيم": a present-tense verb is shorter ("تسجل"). */
const TAFIL = /^ت\S{2}ي\S$/u;

/**
 * "وزارة الاستخبارات والأمن", "معهد البحث العلمي للكيمياء والميكانيكا": a second complement joined by
 * "و" to a definite complement of the name (not to an adjective) is part of it, once.
 */
function joinsComplement(words: readonly ArabicToken[], token: ArabicToken): boolean {
  const previous = words.at(-1);
  // Only "و" joins: "بالإضافة" after the name opens a phrase of its own ("in addition").
  if (!previous || !token.key.startsWith('و') || !/^(?:ال|لل)/u.test(previous.key)) return false;
  // The first definite word is the noun of the body's remit even when it ends as an adjective
  // does ("وزارة التربية والتعليم"); after a later one ("المياه الإسرائيلية والتلاعب") "و" opens
  // the next noun.
  const remitNoun = words.filter((word) => hasArticle(word.key)).length === 1;
  if (NISBA.test(previous.key) && !remitNoun) return false;
  if (words.some((word) => word.key.startsWith('وال'))) return false;
  const joined = token.key.slice(1);
  return /^ال/u.test(joined) && !NISBA.test(joined) && headOf({ ...token, key: joined }) === undefined;
}

/**
 * How many words of a given name follow at `index` when the chain so far ends on an honorific:
 * one ("الملك عبدالله", "الأمير سلطان"), two for "عبد" written apart ("الملك عبد العزيز").
 */
function honouredNameLength(
  tokens: readonly ArabicToken[],
  index: number,
  words: readonly ArabicToken[],
): number {
  const token = tokens[index];
  if (!token || !HONORIFICS.has(words.at(-1)?.key ?? '')) return 0;
  if (token.key === SERVANT_OF) return tokens[index + 1] ? 2 : 0;
  return HONOURED_NAMES.has(token.key) ? 1 : 0;
}

/** A direction or its adjective, with the article ("الشمالية" → "شمالي"). */
function isDirection(key: string): boolean {
  const stem = key.replace(/^ال/u, '').replace(/ه$/u, '');
  return DIRECTIONS.has(stem);
}

function isDemonym(token: ArabicToken): boolean {
  const bare = token.text.replace(/^(?:[وفبكل]?ال|لل)/u, '');
  return loadGazetteer()
    .byName(bare)
    .some((entry) => entry.type === 'Location');
}

/** A known place that is no country: a town or a region. */
function isKnownTown(token: ArabicToken): boolean {
  return loadGazetteer()
    .byName(token.text)
    .some((entry) => entry.type === 'Location' && !entry.externalIds.some((id) => id.startsWith('iso3166:')));
}

function isKnownPlace(token: ArabicToken | undefined): boolean {
  return (
    token !== undefined &&
    loadGazetteer()
      .byName(token.text)
      .some((entry) => entry.type === 'Location')
  );
}

/**
 * An adjective without the article right after a head describes it: "منظمة دولية" is an
 * unnamed organisation. `feminine` keeps to the feminine ending "ية", for the feminine heads
 * of rules/cues.ts, after which a name in "ي" is mostly a transliteration ("شركة كاسبرسكي").
 */
export function describesUnnamed(word: string, feminine = false): boolean {
  const key = foldKey(word);
  return !hasArticle(key) && (feminine ? FEMININE_NISBA : SINGULAR_NISBA).test(key);
}

const FEMININE_NISBA = /يه$/u;
/**
 * The heads are singular nouns (or non-human plurals, which take the feminine singular), so an
 * adjective of one ends "ي" or "ية"; a word in "يان", "يين", "يون" after it is no dual or plural
 * adjective of it but a name ("بنك ميريديان").
 */
const SINGULAR_NISBA = /يه?$/u;

/** A verb's shape: a present opens on "ي" or "ت", a feminine past ends on "ت". */
const VERB_SHAPE = /^[يت]|ت$/u;

/**
 * Whether the word right after `index`, with nothing between, reads as a name: no article, no
 * particle, no conjunction, no verb's shape.
 */
function nameFollows(text: string, tokens: readonly ArabicToken[], index: number): boolean {
  const word = tokens[index];
  const next = tokens[index + 1];
  if (!word || !next || !/^\s+$/u.test(text.slice(word.end, next.start))) return false;
  return (
    /^[\u0621-\u064a]/u.test(next.key) &&
    !hasArticle(next.key) &&
    !isStopword(next.key) &&
    !/^[وف]/u.test(next.key) &&
    !VERB_SHAPE.test(next.key)
  );
}

/** Words repeat: the head reading of a folded word is worked out once. */
const headByKey = new Map<string, Head | null>();
const KEYS_KEPT = 50_000;

/** The head noun a word is, with its clitics, if any. */
export function headOf(token: ArabicToken): Head | undefined {
  if (token.key === '') return undefined;
  let head = headByKey.get(token.key);
  if (head === undefined) {
    if (headByKey.size >= KEYS_KEPT) headByKey.clear();
    head = readHead(token.key) ?? null;
    headByKey.set(token.key, head);
  }
  return head ?? undefined;
}

function readHead(key: string): Head | undefined {
  for (const reading of stemReadings(key)) {
    const kind = HEADS.get(reading.definite ? `ال${reading.stem}` : reading.stem) ?? HEADS.get(reading.stem);
    if (kind === undefined) continue;
    // A state or regime head is written with its article; the others name nothing with it but organisations.
    if ((kind === 'state' || kind === 'regime') && !reading.definite) continue;
    if (kind === 'place' && reading.definite && !HEADS.has(`ال${reading.stem}`)) continue;
    const inName = PLACE_HEADS_IN_NAME.has(reading.stem);
    const definiteNameOnly = DEFINITE_NAME_HEADS.has(reading.stem);
    // "الشركة", "الوكالة": with the article these are references to a body named before.
    if (definiteNameOnly && reading.definite) continue;
    return { kind, prefixLength: reading.prefixLength, definite: reading.definite, inName, definiteNameOnly };
  }
  return undefined;
}

/** Whether `token` is a closing adjective of a body's name that agrees in gender with `before`. */
function closesBodyName(before: ArabicToken | undefined, token: ArabicToken): boolean {
  const gender = CLOSING_BODY_ADJECTIVES.get(token.key);
  if (!before || gender === undefined) return false;
  return (gender === 'feminine') === /[ةه]$/u.test(before.text);
}

/** Whether a word is a head noun: it ends a person's name that runs into it ("... عباس مدينة"). */
export function isHeadNoun(word: string): boolean {
  return headOf({ start: 0, end: word.length, text: word, key: foldKey(word) }) !== undefined;
}

export function findArabicHeadNames(text: string, sentences: readonly Sentence[]): Candidate[] {
  const found: Candidate[] = [];
  for (const sentence of sentences) {
    if (!/[\u0600-\u06ff]/u.test(sentence.text)) continue;
    const tokens = arabicTokens(sentence);
    tokens.forEach((token, index) => {
      const head = headOf(token);
      if (!head) return;
      const candidate = nameAfterHead(text, tokens, index, head);
      if (candidate) found.push(candidate);
    });
  }
  return found;
}

/** Words between a title and the organisation it is held in ("مدير عام ...", "الناطق باسم ..."). */
const TITLE_LINKS = new Set(['عام', 'باسم'].map(foldKey));

/**
 * Where the organisation named by a head noun right after `offset` ends, in "رئيس بلدية نابلس
 * سامي حجاوي" or "الناطق باسم وزارة الصحة أشرف القدرة": the title's holder is named after it.
 */
export function organisationEndAfter(text: string, sentence: Sentence, offset: number): number | undefined {
  const tokens = arabicTokens(sentence).filter((token) => token.start >= offset);
  const index = TITLE_LINKS.has(tokens[0]?.key ?? '') ? 1 : 0;
  const token = tokens[index];
  const head = token && headOf(token);
  if (!head || head.kind !== 'organisation') return undefined;
  return nameAfterHead(text, tokens, index, head)?.end;
}

/**
 * "قرية صفورية، محافظة ..." or "قرية سبسطية المهجورة": a word after a place noun that ends like an
 * adjective is the place's name when a place noun or the place's state follows it, which an
 * adjective of the noun ("قرية عربية") would not take.
 */
function placeNamedBefore(tokens: readonly ArabicToken[], index: number): boolean {
  // A comma, a slash or a dash may come between ("قرية صفورية، محافظة ...").
  const next = SEPARATOR.test(tokens[index]?.text ?? '') ? tokens[index + 1] : tokens[index];
  if (!next) return false;
  return headOf(next)?.kind === 'place' || PLACE_STATES.has(next.key);
}

const SEPARATOR = /^[،,/-]$/u;

const PLACE_PREPOSITIONS = new Set(packFor('ar').connectives.placePrepositions.map(foldKey));

/** "في طولكرم", "في مدينة طولكرم": the preposition of place and a town, at `index`. */
function inTownAfter(tokens: readonly ArabicToken[], index: number): boolean {
  if (!PLACE_PREPOSITIONS.has(tokens[index]?.key ?? '')) return false;
  const next = tokens[index + 1];
  if (!next) return false;
  const nextHead = headOf(next);
  return (nextHead?.kind === 'place' && !nextHead.definite) || isKnownTown(next);
}

/** "لنقابة المحامين" at `index`: "ل" glued to an organisation's head and its name. */
function ownerAfter(text: string, tokens: readonly ArabicToken[], index: number): Candidate | undefined {
  const token = tokens[index];
  const head = token && headOf(token);
  if (
    !head ||
    head.kind !== 'organisation' ||
    head.definite ||
    head.prefixLength !== 1 ||
    !token.key.startsWith('ل')
  )
    return undefined;
  return nameAfterHead(text, tokens, index, head);
}

function nameAfterHead(
  text: string,
  tokens: readonly ArabicToken[],
  index: number,
  head: Head,
): Candidate | undefined {
  const headToken = tokens[index];
  if (!headToken) return undefined;
  // Only organisations and states take a head with the article, and then an adjective must follow.
  if (head.definite && head.kind === 'place') return undefined;
  const needsAdjective = head.definite;
  const words: ArabicToken[] = [];
  let definiteSeen = false;
  for (let next = index + 1; next < tokens.length && words.length < MAX_WORDS[head.kind]; next++) {
    const token = tokens[next];
    if (!token?.key || isStopword(token.key)) break;
    const nested = headOf(token);
    // "قضاء مدينة عكا": a place head after a place head; the name is after the second one.
    if (head.kind === 'place' && words.length === 0 && nested?.kind === 'place' && !nested.definite) continue;
    // "العاصمة الأردنية عمان": the country's adjective places the capital; the name follows it.
    if (head.kind === 'place' && words.length === 0 && hasArticle(token.key) && isDemonym(token)) continue;
    // "مجلس إدارة الشركة": the board of the body named after it, no body of its own.
    if (head.kind === 'organisation' && !head.definite && words.length === 0 && BOARD_NOUNS.has(token.key))
      return undefined;
    // "مستشفى الملك عبدالله": the person a body is named after, with the honorific, is its name's.
    const honoured = head.kind === 'organisation' ? honouredNameLength(tokens, next, words) : 0;
    if (honoured > 0) {
      words.push(...tokens.slice(next, next + honoured));
      next += honoured - 1;
      continue;
    }
    // Past the first word, a head noun, a given name or a direction opens what comes next:
    // "بلدية عقربا جنوب مدينة نابلس", "بلدية طولكرم محمد أمين بشناق".
    if (
      words.length > 0 &&
      (nested || DIRECTIONS.has(token.key) || (head.kind !== 'place' && GIVEN_NAMES.has(token.key)))
    ) {
      // "مجلس إدارة بورصة فلسطين": an indefinite common noun is in construct with the body named
      // after it, so the first head names that body's organ (its board), no body of its own. A
      // place's name ends the chain instead ("حكومة فلسطين دائرة ...": two bodies).
      // "جامعة هارتفيلد ومستشفى البلدة": a head joined by "و" opens a second body, in no construct.
      const joinedByAnd = nested !== undefined && nested.prefixLength > 0 && token.key.startsWith('و');
      if (
        head.kind === 'organisation' &&
        !definiteSeen &&
        nested?.kind === 'organisation' &&
        !nested.definite &&
        !joinedByAnd &&
        !isKnownPlace(words.at(-1))
      )
        return undefined;
      break;
    }
    const joined = joinsComplement(words, token);
    const definite = joined || hasArticle(token.key);
    // "صحيفة واشنطن بوست": a title without the article is a transliteration, the cue's to take.
    if (head.kind === 'press' && !head.definite && words.length === 0 && !definite) return undefined;
    // "شركة كاسبرسكي" likewise; "شركة الكهرباء الوطنية" is the head's.
    if (head.definiteNameOnly && words.length === 0 && !definite) return undefined;
    // "مكتب وغيره": a word joined by "و" is a second noun, not part of the name; right after a
    // place noun it is the name ("قرية وادي فوكين", "مخيم ويفل"), unless a head noun follows.
    const namesPlace = head.kind === 'place' && words.length === 0 && !nested;
    if (!definite && (VERB.test(token.key) || (token.key.startsWith('و') && !namesPlace))) break;
    if (definite) {
      if (head.kind === 'place' && words.length === 0 && VERBAL_NOUN.test(token.key)) break;
      if (words.length > 0 && INCIDENT_NOUNS.has(token.key)) break;
      // "قرية التلة المدمرة": what became of the place follows its name, no part of it.
      if (head.kind === 'place' && PLACE_STATES.has(token.key)) break;
      // "جلسة المجلس التشريعي الأولى": the ordinal counts the sittings, it names no body.
      if (head.kind !== 'place' && ORDINALS.has(token.key)) break;
      // "لجنة للتحقيق" is "a committee for investigation"; "مخيم عسكر للاجئين" a camp for
      // refugees: a place's name takes no such complement.
      if ((words.length === 0 || head.kind === 'place') && token.key.startsWith('لل')) break;
      if (/^[وف]/u.test(token.key) && !token.key.startsWith('ال') && !joined) break;
      // "الجبهة الشمالية" is a front by where it lies, not a body by its name.
      if (needsAdjective && words.length === 0 && (!NISBA.test(token.key) || isDirection(token.key))) break;
      // Past the first definite word only adjectives and complements follow: "رفضت وزارة
      // الداخلية التعليق" (declined to comment) ends the name before the verbal noun.
      // A place's name may end on the adjective that tells it from its twin ("المسمية الكبيرة").
      const twinAdjective = head.kind === 'place' && PLACE_NAME_ADJECTIVES.has(token.key);
      // "مديرية الأمن العام", "النيابة العامة": a body's adjective agrees with the word it
      // follows and closes the name; "وزارة الصحة العام الماضي" is the year, not the ministry's.
      const closing = head.kind === 'organisation' && closesBodyName(words.at(-1), token);
      if (
        definiteSeen &&
        !NISBA.test(token.key) &&
        !token.key.startsWith('لل') &&
        !joined &&
        !twinAdjective &&
        !closing
      )
        break;
      definiteSeen = true;
      words.push(token);
      if (closing) break;
    } else {
      // A place noun in the chain ("لجنة قرية كفر مالك") introduces a name of its own length.
      const placeNoun = words[0] !== undefined && headOf(words[0])?.kind === 'place' ? 1 : 0;
      if (definiteSeen || needsAdjective || words.length >= MAX_INDEFINITE + placeNoun) break;
      // "نفت بلدية X اختراق أنظمتها": an incident's noun ends the name with or without the
      // article, and with a preposition glued to it ("تعرضت بلدية X لهجوم", "... بهجوم").
      if (
        INCIDENT_NOUNS.has(`ال${token.key}`) ||
        INCIDENT_NOUNS.has(`ال${token.key.replace(/^[وف]?[بل]/u, '')}`)
      )
        break;
      // "جامعة تورنتو نشرت ...": a known place completes the name; a word without the article after it is the next one.
      if (isKnownPlace(words.at(-1))) break;
      // Present-tense verbs ("لجنة تعمل", "شركة يملكها") describe the head; they name nothing.
      // A known place that begins like one ("جامعة تونس", "بنك تركيا") is the name's own.
      // A verbal noun of the form تفعيل is a noun ("دائرة تسجيل الأراضي", "لجنة تنظيم ...").
      if (/^[يت]/u.test(token.key) && !TAFIL.test(token.key) && !isKnownPlace(token)) break;
      words.push(token);
    }
    if (POSSESSIVE.test(token.key) || POSSESSIVE_ON_TA_MARBUTA.test(token.text)) return undefined;
    // "حكومة مستقرة نسبيًا", "شركةٌ كبيرةٌ": a word with tanwin is indefinite, and so is the
    // phrase it ends or describes; a name in construct takes none.
    if (TANWIN.test(token.text)) return undefined;
  }
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return undefined;
  // "وكالة الأنباء", "شركة النفط": one complement alone is any such body, no name; "شركة الشحن
  // الدنماركية ميرسك": a name right after the chain is the body's, the chain its description.
  if (head.definiteNameOnly && (words.length < 2 || nameFollows(text, tokens, tokens.indexOf(last))))
    return undefined;
  // "النظام السوري" is the Syrian government; "النظام الصحي" is a health system.
  if (head.kind === 'regime' && !isDemonym(first)) return undefined;
  // "لجنة قرية عقربا": the body of a place named after a place noun ("قرية", which only looks
  // like an adjective); "لجنة قرية" alone is any village's committee.
  const ofPlace = headOf(first)?.kind === 'place';
  if (ofPlace && words.length < 2) return undefined;
  // "منظمة دولية", "شركة عالمية متخصصة": an adjective without the article describes an unnamed
  // head, unless a known place follows it ("مجلس محلي البيرة") or it is a town that ends like
  // an adjective (a municipality of such a town); a country so written ("سورية") is as often
  // the adjective of origin ("منظمة سورية").
  if (
    describesUnnamed(first.text) &&
    !ofPlace &&
    !isKnownTown(first) &&
    !isKnownPlace(words[1]) &&
    !(head.kind === 'place' && placeNamedBefore(tokens, tokens.indexOf(last) + 1))
  )
    return undefined;
  // "الحزب السياسي" is any political party: with the article, one adjective names a body only
  // when it is one of origin ("الحكومة اليمنية"), or when the town it sits in follows
  // ("المحكمة الشرعية في مدينة X": that town's court).
  // "اللجنة الفرعية لنقابة المحامين": or when "ل" and the name of the body it belongs to follow,
  // with which it is named (that body's sub-committee).
  let end = last.end;
  if (needsAdjective && words.length === 1 && !isDemonym(first)) {
    const owner = ownerAfter(text, tokens, tokens.indexOf(first) + 1);
    if (owner) end = owner.end;
    else if (!inTownAfter(tokens, tokens.indexOf(first) + 1)) return undefined;
  }
  // "حزب ماكرون", "حكومة نتنياهو": a known person's party or office, which rules/parties.ts resolves.
  if (
    loadGazetteer()
      .byName(first.text)
      .some((entry) => entry.type === 'Person')
  )
    return undefined;

  if (head.kind === 'place') {
    const start = head.inName ? headToken.start + textOffset(headToken, head.prefixLength) : first.start;
    const surface = text.slice(start, last.end);
    return {
      start,
      end: last.end,
      surface,
      type: 'Location',
      source: 'cue',
      name: surface,
      reason: `cue: the place noun "${headToken.text}" introduces the place "${surface}"`,
      cue: { start: headToken.start, end: headToken.end },
      exactSpelling: true,
      ...(head.inName ? { ownPlace: true } : {}),
    };
  }
  // The article stays in the name; clitics before it do not ("وبالمجلس" names "المجلس ...").
  const articleLength = head.definite && headToken.key.slice(0, head.prefixLength).endsWith('ال') ? 2 : 0;
  const start = head.definite
    ? headToken.start + textOffset(headToken, head.prefixLength - articleLength)
    : headToken.start + textOffset(headToken, head.prefixLength);
  const written = text.slice(start, end);
  const name = head.definite && articleLength === 0 ? `ال${written}` : written;
  return {
    start,
    end,
    surface: written,
    type: head.kind === 'state' ? 'Location' : 'Organization',
    source: 'cue',
    name,
    reason: `cue: the head noun "${headToken.text}" opens the name "${name}"`,
    cue: { start: headToken.start, end: headToken.end },
    exactSpelling: true,
  };
}
