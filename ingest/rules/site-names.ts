/**
 * A source cited by its name with its site's address right after it: "[17] Quill Daily Monitor.
 * <https://www.quilldailymonitor.com/...>", "[Quill Daily Monitor](https://quilldailymonitor.org/…)".
 * Capitalised words that, joined, spell the site's own name (its registrable domain without the
 * suffix) name the organisation the site belongs to, even where a place opens them ("Middle East
 * Monitor" is no place): the address says what the words are.
 */
import { getDomainWithoutSuffix } from 'tldts';
import { matchesOf } from '../regex-matches.ts';
import type { Candidate } from './types.ts';

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}\p{N}'’-]*`;
/** Up to six capitalised words, then a dot or the close of a link's words, then the address. */
const NAME_BEFORE_ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{M}\p{N}])(${NAME_WORD}(?:[ \u00a0]+${NAME_WORD}){0,5})\.?\]?[ \u00a0]*[<(]?(https?:\/\/[^\s<>()\]]+)`,
  'gu',
);

const WORD = /\S+/gu;

/** Letters and digits only, in lower case: how a name is written in a host. */
const hostForm = (words: string): string => words.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

export function findSiteNames(text: string): Candidate[] {
  if (!text.includes('http')) return [];
  return matchesOf(NAME_BEFORE_ADDRESS, text).flatMap((match): Candidate[] => {
    const run = match[1] ?? '';
    const host = /^https?:\/\/([^/:?#]+)/u.exec(match[2] ?? '')?.[1];
    const site = host === undefined ? undefined : getDomainWithoutSuffix(host);
    if (!site) return [];
    // The longest tail of the capitalised words that spells the site: "English Al-Arabiya" is Al-Arabiya.
    const words = matchesOf(WORD, run);
    const first = words.findIndex((word) => hostForm(run.slice(word.index)) === hostForm(site));
    const from = words[first]?.index;
    if (from === undefined || words.length - first < 2) return [];
    const start = match.index + from;
    const surface = run.slice(from);
    return [
      {
        start,
        end: start + surface.length,
        surface,
        type: 'Organization',
        source: 'cue',
        name: surface,
        reason: `cue: "${surface}" spells the site whose address follows it (${host})`,
      },
    ];
  });
}
