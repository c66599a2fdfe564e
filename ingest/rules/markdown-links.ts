/**
 * Reports written in Markdown cite their sources inline: "[Brad Duncan](https://…) wrote",
 * "the backdoor, which [BAE attributes](https://…) to DPRK actors". For the relation rules the
 * brackets and the address are not words of the sentence: they would put a URL, and a bracket
 * that closes a clause, between a name and the words about it. The address is a citation, never
 * an argument of what the sentence states.
 *
 * A link may also carry a title, "[Follow](https://… "Follow on Quillnet")": the tooltip a reader
 * sees on hovering, not a word of the text, so the names in it are no mentions.
 */
import { matchesOf } from '../regex-matches.ts';
import type { Span } from '../types.ts';

/** "[words](address)": the words stay, the brackets and the address go. */
const LINK = /\[([^[\]\n]{1,300})\]\(((?:https?:\/\/|www\.)[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)\)/gu;

export interface MaskedLinks {
  /** The text with every link's brackets and address turned to spaces: same length, same offsets. */
  text: string;
  /** Where the addresses were, brackets included. */
  targets: Span[];
}

export function maskLinkTargets(text: string): MaskedLinks {
  const targets: Span[] = [];
  const masked = text.replace(LINK, (whole: string, words: string, _address: string, offset: number) => {
    const targetStart = offset + 1 + words.length;
    targets.push({ start: targetStart, end: offset + whole.length });
    return ` ${words}${' '.repeat(whole.length - words.length - 1)}`;
  });
  return { text: masked, targets };
}

/** "](address "title")" or "](address 'title')": the title, its quotes included. */
const LINK_TITLE =
  /\]\((?:https?:\/\/|www\.)[^\s()]*(?:\([^\s()]*\)[^\s()]*)*[ \t]+("[^"\n]{0,300}"|'[^'\n]{0,300}')\)/gu;

/** Where the text writes the titles of its links. */
export function findLinkTitles(text: string): Span[] {
  if (!text.includes('](')) return [];
  return matchesOf(LINK_TITLE, text).map((match) => {
    const title = match[1] ?? '';
    const end = match.index + match[0].length - 1;
    return { start: end - title.length, end };
  });
}
