/**
 * A post written between an organisation and a person's name says the person works there:
 * "Mandiant analyst Jane Ortiz", "Kaspersky's senior researcher Ivo Marsh", "the White House
 * Press Secretary, Josh Earnest", and the possessive alone, "Google's Shane Huntley", or the
 * person alone in brackets after it, "Quillon (Jane Ortiz) wrote". The post
 * is the article's description of the person, whoever the sentence then quotes; the employer
 * of a speaker stays no party to what the speaker says (./relations.ts reads the claim).
 */
import { headsBetweenEmployerAndName, postsBetweenEmployerAndName } from '../extract/lang/index.ts';
import type { Span } from '../types.ts';
import { nextStartingFrom } from './possessives.ts';
import type { EntityMention } from './types.ts';

const POSTS = new Set(postsBetweenEmployerAndName().map((post) => post.toLowerCase()));
const HEADS = new Set(headsBetweenEmployerAndName().map((post) => post.toLowerCase()));
/** The longest post, in words. */
const POST_WORDS = Math.max(1, ...[...POSTS].map((post) => post.split(/\s+/u).length));
/**
 * Capitalised words of the post's field before it ("Threat Intelligence Analyst"); lower-case
 * words there may be a verb ("Mandiant told analyst X"), which would relate nothing.
 */
const MAX_FIELD_WORDS = 2;
const POSSESSIVE = /^['’]s?(?=\s)/u;
/** How many times the article must name a person a bare possessive relates. */
const MIN_MENTIONS_AFTER_POSSESSIVE = 2;
/**
 * Between the post and the name: a space, a comma of apposition or a dash, and the bracket of a
 * cited name or an emphasis mark ("Analyst [Jane Roe](https://…)", "analyst *Jane Roe*").
 */
const BEFORE_NAME = /\s*(?:[,–—-]\s*)?[[*_]*$/u;
/** A post set off by a comma before the name it describes: "'s head of security, ". */
const APPOSED_NAME = /,\s*$/u;

export interface TitledEmployee {
  person: EntityMention;
  employer: EntityMention;
  /** The words between the two names: the post, or the possessive mark. */
  at: Span;
  /** Whether the post is the organisation's head's ("Quillsoft President Ana Bryce"). */
  leads: boolean;
}

/** Persons a post or a possessive after an organisation describes. Mentions must be sorted by start. */
export function findTitledEmployees(text: string, mentions: readonly EntityMention[]): TitledEmployee[] {
  const found: TitledEmployee[] = [];
  mentions.forEach((employer, index) => {
    if (employer.entity.type !== 'Organization') return;
    const person = nextStartingFrom(mentions, index, employer.end);
    if (!person || person.anaphoric || person.entity.type !== 'Person') return;
    const post = postBetween(text, employer.end, person.start, person.entity.mentions.length);
    // "the authority's director, Karen Holt": a body named by a reference has a head of its own
    // there; it holds other posts too ("the company's researcher"), but those need its name,
    // or the post set off as an apposition ("the bank's head of security, Ivo Marsh,").
    const referencedPost =
      post !== undefined &&
      POSSESSIVE.test(text.slice(employer.end)) &&
      (post.leads || APPOSED_NAME.test(text.slice(employer.end, person.start)));
    if (post && (!employer.anaphoric || referencedPost)) {
      found.push({ person, employer, ...post });
    }
    const at = post || employer.anaphoric ? undefined : bracketedAuthor(text, employer, person);
    if (at) found.push({ person, employer, at, leads: false });
  });
  return found;
}

/** The bracket opening right after the organisation, maybe a link's bracket after it. */
const OPENING_BRACKET = /^\s*\(\s*\[?$/u;
/** After the name: the link's address if it is one, then the bracket closes. */
const CLOSING_BRACKET = /^(?:\]\([^()\s]*\))?\s*\)/u;

/**
 * "Quillon's Unit 12 (Jane Ortiz) wrote", "Unit 12 ([Jane Ortiz](https://…))": a person alone in
 * brackets after an organisation is the one who speaks or writes for it there.
 */
function bracketedAuthor(text: string, employer: EntityMention, person: EntityMention): Span | undefined {
  return OPENING_BRACKET.test(text.slice(employer.end, person.start)) &&
    CLOSING_BRACKET.test(text.slice(person.end, person.end + 200))
    ? { start: employer.end, end: person.start }
    : undefined;
}

/**
 * The gap between an employer and a name, if a post (or the bare possessive) is all it holds, and
 * whether that post is the head's with no field before it ("Quillsoft President", not "Quillsoft
 * Cybersecurity Director": the head of a part of it).
 */
function postBetween(
  text: string,
  from: number,
  to: number,
  personMentions: number,
): { at: Span; leads: boolean } | undefined {
  const gap = text.slice(from, to);
  const possessive = POSSESSIVE.exec(gap)?.[0] ?? '';
  const rest = gap.slice(possessive.length);
  const words = rest.slice(0, rest.length - (BEFORE_NAME.exec(rest)?.[0].length ?? 0)).trim();
  if (words === '') {
    // "Google's Shane Huntley": the possessive alone, right before the name, of a person the
    // article names again; a title-case run named once ("Sofacy Group's Parallel Attacks", a
    // title) is no evidence of a person.
    return possessive !== '' && /^\s+$/u.test(rest) && personMentions >= MIN_MENTIONS_AFTER_POSSESSIVE
      ? { at: { start: from, end: from + possessive.length }, leads: false }
      : undefined;
  }
  if (!/^\s/u.test(rest) || /[,.;:()]/u.test(words)) return undefined;
  const parts = words.split(/\s+/u);
  for (let size = Math.min(POST_WORDS, parts.length); size >= 1; size--) {
    const field = parts.slice(0, -size);
    const post = parts.slice(-size).join(' ').toLowerCase();
    if (!POSTS.has(post) || field.length > MAX_FIELD_WORDS) continue;
    if (field.every((word) => /^\p{Lu}/u.test(word))) {
      return { at: { start: from, end: to }, leads: field.length === 0 && HEADS.has(post) };
    }
  }
  return undefined;
}
