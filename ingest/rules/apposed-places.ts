/**
 * Wire copy places a company in the description it sets off after the name, with a town no list
 * knows: "Thornbury Analytics, a Leeds data broker,", "Kalvo, a payments start-up in Espoo,",
 * "Leeds-based Thornbury Analytics". The capitalised word there, before the kind of business or
 * after its "in", or before "-based", is a place; after "in", the organisation named before the
 * comma is located in it (the other two are read by the existing placements once the place is found).
 */
import { NAMES } from '../extract/lang/names.ts';
import { matchesOf } from '../regex-matches.ts';
import { ORGANIZATION_CUES_LATIN } from './cues.ts';
import { alternation } from './patterns.ts';
import type { Candidate, EntityMention } from './types.ts';

/** Kinds that say whose the organisation is rather than where ("a Quillmark subsidiary"; the packs' `ownershipKinds`). */
const OWNERSHIP_KINDS: ReadonlySet<string> = new Set(NAMES.ownershipKinds);
/** The kinds of organisation an apposition names (the organisation cues and description heads), less the phrases of naming ("a firm called"). */
const ALL_KINDS = [...ORGANIZATION_CUES_LATIN, ...NAMES.descriptionHeads].filter(
  (kind) => !/\s(?:called|named)$/u.test(kind),
);
/** Those a name before them locates: not the kinds of ownership. */
export const PLACED_KINDS: readonly string[] = ALL_KINDS.filter((kind) => !OWNERSHIP_KINDS.has(kind));
const KINDS = alternation(PLACED_KINDS);
/** A place's name: one or two capitalised words. */
const PLACE = String.raw`\p{Lu}\p{Ll}+(?:[ \u00a0]\p{Lu}\p{Ll}+)?`;
/** Lower-case words of the description before its kind ("data", "payments"). */
const DESCRIPTION_WORDS = String.raw`(?:[\p{Ll}-]+\s+){0,2}`;
/** The apposition closes: a comma, or the end of the sentence. */
const CLOSE = String.raw`\s*[,.;]`;
/** ", a Leeds data broker,": the place before the kind. */
const PLACE_BEFORE_KIND = new RegExp(
  String.raw`,\s+(?:a|an)\s+(${PLACE})\s+${DESCRIPTION_WORDS}(?:${KINDS})${CLOSE}`,
  'gu',
);
/** ", a payments start-up in Espoo,", ", a defence contractor in Plymouth,": the place after the kind and "in". */
const PLACE_AFTER_KIND = new RegExp(
  String.raw`,\s+(?:a|an)\s+${DESCRIPTION_WORDS}(?:${alternation(ALL_KINDS)})\s+in\s+(${PLACE})${CLOSE}`,
  'gu',
);
/** ", Sweden's third-largest insurer,": a place's possessive opens the description. */
const PLACE_POSSESSIVE_KIND = new RegExp(
  String.raw`,\s+(${PLACE})['’]s?\s+${DESCRIPTION_WORDS}(?:${KINDS})${CLOSE}`,
  'gu',
);
/** "Leeds-based Thornbury Analytics", "a Leeds-based insurer": a place's compound of being based there. */
const BASED_PLACE = new RegExp(
  String.raw`(?<![\p{L}\p{N}-])(${PLACE})[-‑](?:based|headquartered)\s+(?:${DESCRIPTION_WORDS}(?:${KINDS})(?![\p{L}])|\p{Lu})`,
  'gu',
);
/** Program and technical words that open compounds of their own ("Python-based", "Cloud-based"). */
const TECHNICAL_TERMS = new Set(NAMES.technicalTerms.map((term) => term.toLowerCase()));

interface ApposedPlace {
  /** Where the description opens, at its comma. */
  comma: number;
  /** The place's name. */
  start: number;
  end: number;
}

function apposedPlaces(text: string, forms: readonly RegExp[]): ApposedPlace[] {
  return forms
    .flatMap((form) => matchesOf(form, text))
    .flatMap((match) => {
      const name = match[1];
      if (name === undefined) return [];
      const start = match.index + match[0].lastIndexOf(name, match[0].length - 1);
      return [{ comma: match.index, start, end: start + name.length }];
    });
}

/** The places of such descriptions and compounds, as Location candidates. */
export function findApposedPlaces(text: string): Candidate[] {
  const spans = [
    ...apposedPlaces(text, [PLACE_BEFORE_KIND, PLACE_AFTER_KIND]),
    ...matchesOf(BASED_PLACE, text).flatMap((match) =>
      match[1] === undefined ? [] : [{ start: match.index, end: match.index + match[1].length }],
    ),
  ];
  return spans
    .filter((span) => !TECHNICAL_TERMS.has(text.slice(span.start, span.end).toLowerCase()))
    .map((span) => {
      const surface = text.slice(span.start, span.end);
      return {
        start: span.start,
        end: span.end,
        surface,
        type: 'Location',
        source: 'cue',
        name: surface,
        reason: `cue: "${surface}" places a company in the description of it`,
      };
    });
}

export interface ApposedPlacement {
  placed: EntityMention;
  place: EntityMention;
}

/** "Kalvo, a start-up in Espoo,", "Trygvik, Sweden's largest insurer,": the organisation before the comma is in the place. */
export function findApposedPlacements(text: string, mentions: readonly EntityMention[]): ApposedPlacement[] {
  const endingAt = new Map(
    mentions
      .filter((mention) => mention.entity.type === 'Organization')
      .map((mention) => [mention.end, mention]),
  );
  const startingAt = new Map(
    mentions
      .filter((mention) => mention.entity.type === 'Location')
      .map((mention) => [mention.start, mention]),
  );
  // A place before the kind ("a Leeds data broker") stands where a demonym would, and the
  // existing placements read it once the place is found; a place after "in", or one whose
  // possessive opens the description (a place a list knows: the form finds none), they do not.
  const after = apposedPlaces(text, [PLACE_AFTER_KIND]);
  // "the GRU, Russia's military intelligence agency": a known body's possessive apposition glosses
  // what it is (the samples' gold reads no placement there); a company no list knows has no other.
  const possessive = apposedPlaces(text, [PLACE_POSSESSIVE_KIND]).filter(
    ({ comma }) => endingAt.get(comma)?.entity.known === false,
  );
  return [...after, ...possessive].flatMap(({ comma, start }) => {
    const placed = endingAt.get(comma);
    const place = startingAt.get(start);
    return placed && place && !placed.anaphoric ? [{ placed, place }] : [];
  });
}
