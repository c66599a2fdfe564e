/**
 * Embassies: "the Russian embassy in Washington", "the Embassy of Russia in the United States",
 * "l'ambassade de Russie à Paris", "السفارة الروسية في واشنطن". An embassy speaks and denies
 * for its state, so it is an organisation of its own, named from the state that sends it and
 * the place that hosts it ("Embassy of Russia in Washington", "Embassy of Russia in the United
 * States"), the same in every language.
 */
import type { GazetteerMention } from '../lexicon/index.ts';
import { ARABIC_NOUN_PREFIX, arabicTolerant, NOT_AFTER_WORD } from './text.ts';
import type { Candidate } from './types.ts';
import { matchesOf } from '../regex-matches.ts';

const EMBASSY = new RegExp(
  `${NOT_AFTER_WORD}(?:[Ee]mbassy|[Aa]mbassade|${ARABIC_NOUN_PREFIX}${arabicTolerant('سفارة')})(?![\\p{L}\\p{M}])`,
  'gu',
);
/** Between a state and "embassy" written after it: "Russia's embassy", "the Russian embassy". */
const STATE_BEFORE_GAP = /^(?:['’]s)?[ \u00a0]+$/u;
/** Between "embassy" and the state after it: "Embassy of Russia", "ambassade de Russie", "السفارة الروسية". */
const STATE_AFTER_GAP =
  /^[ \u00a0]+(?:of[ \u00a0]+(?:the[ \u00a0]+)?|de[ \u00a0]+(?:la[ \u00a0]+)?|du[ \u00a0]+|des[ \u00a0]+|d['’]|l['’]|ال)?$/u;
/** Between the state and its host place: "in Washington", "à Paris", "aux États-Unis", "في واشنطن". */
const HOST_GAP =
  /^[ \u00a0]+(?:in[ \u00a0]+(?:the[ \u00a0]+)?|à[ \u00a0]+|au[ \u00a0]+|aux[ \u00a0]+|en[ \u00a0]+|في[ \u00a0]+|ب|لدى[ \u00a0]+)$/u;

/**
 * English puts "the" before country names built on a common noun or written in the plural
 * ("the United States", "the Czech Republic", "the Netherlands"), and before a few others by usage.
 */
const TAKES_THE =
  /^(?:United|Democratic|Central African)\s|\s(?:Republic|Kingdom|Emirates|Islands|States|Federation)$|^(?:Netherlands|Philippines|Bahamas|Maldives|Comoros|Gambia|Vatican City)$/u;

export function withArticle(place: string): string {
  return TAKES_THE.test(place) ? `the ${place}` : place;
}

const isState = (mention: GazetteerMention) =>
  mention.entry.type === 'Location' && mention.entry.key.startsWith('iso3166:');
const isPlace = (mention: GazetteerMention) => mention.entry.type === 'Location' && mention.via !== 'demonym';

/** Written in every spelling EMBASSY takes: a text holding neither is not searched. */
const EMBASSY_LETTERS = ['mbass', 'س'];

export function findEmbassies(text: string, gazetteer: readonly GazetteerMention[]): Candidate[] {
  const found: Candidate[] = [];
  if (!EMBASSY_LETTERS.some((letters) => text.includes(letters))) return found;
  for (const match of matchesOf(EMBASSY, text)) {
    const wordStart = match.index;
    const wordEnd = wordStart + match[0].length;
    const before = gazetteer.findLast(
      (mention) =>
        mention.end <= wordStart &&
        isState(mention) &&
        STATE_BEFORE_GAP.test(text.slice(mention.end, wordStart)),
    );
    const after = before
      ? undefined
      : gazetteer.find(
          (mention) =>
            mention.start >= wordEnd &&
            isState(mention) &&
            STATE_AFTER_GAP.test(text.slice(wordEnd, mention.start)),
        );
    const state = before ?? after;
    if (!state) continue;
    const stateEnd = Math.max(state.end, wordEnd);
    const host = gazetteer.find(
      (mention) =>
        mention.start >= stateEnd &&
        isPlace(mention) &&
        mention.entry.key !== state.entry.key &&
        HOST_GAP.test(text.slice(stateEnd, mention.start)),
    );
    const start = Math.min(state.start, wordStart);
    const end = host?.end ?? stateEnd;
    const surface = text.slice(start, end);
    const name = `Embassy of ${withArticle(state.entry.name)}${host ? ` in ${withArticle(host.entry.name)}` : ''}`;
    found.push({
      start,
      end,
      surface,
      type: 'Organization',
      source: 'cue',
      name,
      reason: `embassy: "${surface}" is the ${name}`,
    });
  }
  return found;
}
