/**
 * The organs of a state named through the state: "the Iranian government", "Iran's government",
 * "the government of Iran", "le gouvernement russe", "le gouvernement de la Russie". Threat
 * reports attribute operations to them, so each is an organisation of its own, named from the
 * noun and the state ("Government of Iran") the same way whichever form the text uses.
 */
import type { GazetteerMention } from '../lexicon/index.ts';
import { NAMES, STATE_ORGANS, stateBodyKey } from '../extract/lang/names.ts';
import { CAPITALISED_FUNCTION_WORDS } from './cues.ts';
import { withArticle } from './embassies.ts';
import { cueAtWordStart } from './patterns.ts';
import type { Candidate } from './types.ts';
import { matchesOf } from '../regex-matches.ts';

const BODY = new RegExp(`${cueAtWordStart(NAMES.stateBodies)}(?![\\p{L}\\p{M}])`, 'giu');
/** Between a state and its organ written after it: "Iran's government", "the Iranian government". */
const STATE_BEFORE_GAP = /^(?:['’]s)?[ \u00a0]+$/u;
/** Between the organ and the state after it: "government of Iran", "gouvernement de la Russie", "gouvernement russe". */
const STATE_AFTER_GAP =
  /^[ \u00a0]+(?:of[ \u00a0]+(?:the[ \u00a0]+)?|de[ \u00a0]+(?:la[ \u00a0]+)?|de[ \u00a0]+l['’]|du[ \u00a0]+|des[ \u00a0]+|d['’])?$/u;
/**
 * After an organ named with the state before it, what ends the noun phrase: punctuation, a
 * possessive ("the Iranian regime's methods"), a word that is no noun, or an English past tense
 * ("the Iranian government sponsored ..."). "Russia's
 * military intelligence agency", "government officials" go on with nouns, and the organ is then
 * only a modifier of another name or noun.
 */
const PHRASE_END_AFTER =
  /^(?:['’]s(?![\p{L}\p{M}])|[ \u00a0]*(?:[,.;:()[\]"'’”»]|$)|[ \u00a0]+(?:is|was|were|are|has|had|have|and|or|but|of|in|to|for|that|which|who|as|on|at|by|with|from|behind|since|also|said|says|denied|denies|may|might|could|would|will|itself|like|such|including|a|est|a|et|ou|qui|que|dans|pour|par|avec|selon|comme|\p{Ll}+ed)(?![\p{L}\p{M}]))/u;
/**
 * The other way an organ's phrase ends: a lower-case word that is no noun of another body
 * ("US military bases", "The Iranian government funds"); "Russia's military intelligence
 * agency", "Iranian government officials" go on into another body or its people.
 */
const NEXT_WORD = /^[ \u00a0]+(\p{Ll}[\p{L}\p{M}-]*)/u;
const COMPOUND_NOUNS = new Set(NAMES.stateBodyCompounds);
const endsPhrase = (after: string): boolean => {
  if (PHRASE_END_AFTER.test(after)) return true;
  const next = NEXT_WORD.exec(after)?.[1];
  return next !== undefined && !COMPOUND_NOUNS.has(next);
};
/** A capitalised word right before, perhaps joined by "and"/"of": the noun continues a name. */
const INSIDE_NAME_BEFORE = /(?<![\p{L}\p{M}])(\p{Lu}[\p{L}\p{M}]*)[ \u00a0]+(?:(?:and|of|&)[ \u00a0]+)?$/u;
/** The longest gap either side: "’s " before, " de la " after. */
const MAX_GAP = 8;

const isState = (mention: GazetteerMention) =>
  mention.entry.type === 'Location' && mention.entry.key.startsWith('iso3166:');

export function findStateBodies(text: string, gazetteer: readonly GazetteerMention[]): Candidate[] {
  const states = gazetteer.filter(isState);
  const endingAt = new Map(states.map((mention) => [mention.end, mention]));
  const startingAt = new Map(states.map((mention) => [mention.start, mention]));
  const found: Candidate[] = [];
  for (const match of matchesOf(BODY, text)) {
    const wordStart = match.index;
    const wordEnd = wordStart + match[0].length;
    // "Ministry of Security and Intelligence of China": the noun is a word of a longer name.
    const nameWord = INSIDE_NAME_BEFORE.exec(text.slice(Math.max(0, wordStart - 40), wordStart))?.[1];
    const insideName = nameWord !== undefined && !CAPITALISED_FUNCTION_WORDS.has(nameWord);
    let state: GazetteerMention | undefined;
    for (let gap = 1; gap <= MAX_GAP && !state; gap++) {
      const before = endingAt.get(wordStart - gap);
      if (
        before &&
        STATE_BEFORE_GAP.test(text.slice(before.end, wordStart)) &&
        endsPhrase(text.slice(wordEnd, wordEnd + 24))
      )
        state = before;
      const after = startingAt.get(wordEnd + gap);
      if (!state && !insideName && after && STATE_AFTER_GAP.test(text.slice(wordEnd, after.start)))
        state = after;
    }
    if (!state) continue;
    const start = Math.min(state.start, wordStart);
    const end = Math.max(state.end, wordEnd);
    const surface = text.slice(start, end);
    const noun = stateBodyKey(match[0]);
    const organ = STATE_ORGANS.get(noun) ?? `${noun.charAt(0).toUpperCase()}${noun.slice(1)}`;
    const name = `${organ} of ${withArticle(state.entry.name)}`;
    found.push({
      start,
      end,
      surface,
      type: 'Organization',
      source: 'cue',
      name,
      reason: `state body: "${surface}" is the ${noun} of ${withArticle(state.entry.name)}`,
    });
  }
  return found;
}
