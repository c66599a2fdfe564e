/**
 * "Hackers knocked the website of X offline. APT99 claimed responsibility hours later": a claim
 * of responsibility with no object claims the incident the text told just before. The claimant
 * is the name nearest before the claim in its clause ("Mandiant said the group claimed"), or,
 * when nothing but an adverb is left of that clause past an apposition ("X, a pro-Russian group,
 * claimed"), the sentence's first name; the incident is the one told in the
 * claim's sentence or the two before it (two told there, the claim is about either, so about
 * neither a reader could tell).
 */
import { packFor } from '../extract/lang/index.ts';
import type { PackLanguage } from '../extract/lang/types.ts';
import type { Sentence } from '../types.ts';
import { alternation } from './patterns.ts';
import { within, wordsBetween } from './text.ts';
import type { EntityMention } from './types.ts';
import { matchesOf } from '../regex-matches.ts';

/** How many sentences back the claimed incident may be told. */
const SENTENCES_BACK = 2;
/** Words between the claimant and its claim: an adverb and an auxiliary ("later has claimed"). */
const MAX_WORDS_SUBJECT_TO_CLAIM = 2;
/** Who may claim an incident for itself. */
const CLAIMANT_TYPES: ReadonlySet<string> = new Set(['ThreatActor', 'Organization']);

function objectlessClaim(lang: PackLanguage): RegExp | undefined {
  const { objectlessClaims, claimObjectWords } = packFor(lang).incidents;
  if (objectlessClaims.length === 0) return undefined;
  const object =
    claimObjectWords.length > 0
      ? String.raw`(?!\s+(?:${alternation(claimObjectWords)})(?![\p{L}\p{M}]))`
      : '';
  return new RegExp(
    String.raw`(?<![\p{L}\p{M}])(?:${alternation(objectlessClaims)})(?![\p{L}\p{M}])${object}`,
    'giu',
  );
}

const OBJECTLESS_CLAIMS = (['ar', 'fr', 'en'] as const).flatMap((lang) => objectlessClaim(lang) ?? []);

export interface UnstatedClaim {
  claimant: EntityMention;
  incident: EntityMention;
  /** Where the claim's words start. */
  at: number;
}

/**
 * Every objectless claim in `sentences` with its claimant among `names` and its incident among
 * `incidents` (named or referred to, occasions left out, sorted by start).
 */
export function findUnstatedClaims(
  text: string,
  sentences: readonly Sentence[],
  incidents: readonly EntityMention[],
  names: readonly EntityMention[],
): UnstatedClaim[] {
  const found: UnstatedClaim[] = [];
  sentences.forEach((sentence, index) => {
    for (const pattern of OBJECTLESS_CLAIMS) {
      for (const match of matchesOf(pattern, sentence.text)) {
        const at = sentence.start + match.index;
        const clauseStart = sentence.start + text.slice(sentence.start, at).search(/(?:^|[,;:])[^,;:]*$/u);
        // The subject right before the claim ("APT99 later claimed"), or past an apposition.
        const nearest = within(names, { start: clauseStart, end: at }).at(-1);
        const claimant =
          nearest && wordsBetween(text, nearest.end, at) <= MAX_WORDS_SUBJECT_TO_CLAIM
            ? nearest
            : nearest === undefined && wordsBetween(text, clauseStart, at) <= 1
              ? within(names, sentence)[0]
              : undefined;
        if (!claimant || !CLAIMANT_TYPES.has(claimant.entity.type)) continue;
        const from = sentences[Math.max(0, index - SENTENCES_BACK)]?.start ?? sentence.start;
        const told = incidents.filter((mention) => mention.start >= from && mention.end <= at);
        const [incident] = told;
        if (incident && told.every((mention) => mention.entity === incident.entity)) {
          found.push({ claimant, incident, at });
        }
      }
    }
  });
  return found;
}
