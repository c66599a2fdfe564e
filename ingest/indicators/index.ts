/**
 * Technical indicators written in a text: domains, URLs, e-mail and IP addresses, file hashes,
 * CVE ids, hashtags and social handles. Defanged forms (`hxxp`, `[.]`, `(dot)`, `[@]`) are
 * recognised; offsets always point into the text as written.
 */
import { isIPv6 } from 'node:net';
import { TakenSpans } from '../taken-spans.ts';
import { isReportableHostname } from './hostname.ts';
import { platformAround } from './platforms.ts';
import { refang } from './refang.ts';
import { matchesAtMarkedRuns, matchesOf } from '../regex-matches.ts';
import { letterNumberOr } from '../characters.ts';

export type IndicatorType =
  'Domain' | 'Url' | 'Email' | 'IpAddress' | 'Hash' | 'Vulnerability' | 'Hashtag' | 'Account';

export interface IndicatorMention {
  /** [start, end) in the original text, defanging included. */
  start: number;
  end: number;
  /** The text at [start, end), as written. */
  surface: string;
  type: IndicatorType;
  /**
   * Normalised form: lower-case host names, e-mails, IPs and hashes; URLs refanged with
   * scheme and host lower-cased (path kept; one written without a scheme, such as
   * `pic.twitter.com/x`, is given none); CVE ids upper-case; hashtags lower-case without `#`;
   * accounts as lower-case `@handle`.
   */
  value: string;
  /** For accounts: the platform named around the handle (`twitter`, `telegram`...), if one is. */
  platform?: string;
}

interface Candidate {
  start: number;
  end: number;
  type: IndicatorType;
  value: string;
}

/** When candidates overlap, the earlier type in this list wins (a URL swallows its domain). */
const PRECEDENCE: readonly IndicatorType[] = [
  'Url',
  'Email',
  'IpAddress',
  'Vulnerability',
  'Hash',
  'Domain',
  'Account',
  'Hashtag',
];

// Characters that end a URL in running text: spaces, quotes and brackets used around links,
// and Arabic letters glued to a link with no space.
const URL_BODY = String.raw`[^\s<>"'«»“”‘’\x60{}|\\^\p{Script=Arabic}]`;
const HOST = String.raw`(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]`;
const IPV4_OCTET = String.raw`(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)`;

const SCHEME_URL = new RegExp(String.raw`\b(?:https?|ftp)://${URL_BODY}+`, 'giu');
const HOST_TOKEN = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@./\\-])${HOST}(?![\p{L}\p{N}_-])(?::\d{1,5})?(?:/${URL_BODY}*)?`,
  'iuy',
);
/**
 * The characters of HOST_TOKEN's look-behind, which hold every character of a host: a host
 * token starts a run of them and holds a dot in it, so it is tried at such runs only.
 */
const inHostRun = letterNumberOr('_@./\\-');
const EMAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}._%+-])[a-z0-9][a-z0-9._%+-]{0,63}@(${HOST})(?![\p{L}\p{N}_-])`,
  'giu',
);
const IPV4 = new RegExp(
  String.raw`(?<![\p{L}\p{N}.])(?:${IPV4_OCTET}\.){3}${IPV4_OCTET}(?![\p{N}]|\.\d)`,
  'gu',
);
const IPV6_CANDIDATE =
  /(?<![\p{L}\p{N}:.])(?:[0-9a-f]{0,4}:){2,7}(?:[0-9a-f]{1,4}|(?:\d{1,3}\.){3}\d{1,3})?(?![\p{L}\p{N}:])/giu;
const HEX_RUN = /(?<![\p{L}\p{N}_])[0-9a-f]{32,64}(?![\p{L}\p{N}_])/giu;
/** The shortest run HEX_RUN takes. */
const MIN_HEX_RUN = 32;
const CVE = /\bCVE[-‐‑–](\d{4})[-‐‑–](\d{4,7})\b/giu;
// An Arabic conjunction or preposition may be written glued to the tag (و#فرنسا).
const HASHTAG =
  /(?:(?<![\p{L}\p{M}\p{N}_&#/])|(?<=(?:^|[^\p{L}])[وفبل]))#([\p{L}\p{M}\p{N}_]*\p{L}[\p{L}\p{M}\p{N}_]*)/gu;
const HANDLE = /(?<![\p{L}\p{N}_@./])@([a-z0-9_]{1,30})(?![\p{L}\p{N}_@]|\.[a-z])/giu;

const HASH_LENGTHS = new Set([32, 40, 64]);

// Most texts hold none of these indicators. The large Unicode regexes above cost far more than a
// search for what each of them cannot match without, so that is looked for first.
/** Two colons with at most four hex digits between them, as every IPv6 candidate has. */
const IPV6_COLONS = /:[0-9a-f]{0,4}:/i;
/** "CVE" in any case: no other character folds to these three letters. */
const CVE_LETTERS = /cve/i;

export function findIndicators(text: string): IndicatorMention[] {
  const refanged = refang(text);
  const candidates = [
    ...schemeUrls(refanged.text),
    ...emails(refanged.text),
    ...hostTokens(refanged.text, refanged.defanged),
    ...ipAddresses(refanged.text),
    ...hashes(refanged.text),
    ...vulnerabilities(refanged.text),
    ...hashtags(refanged.text),
    ...handles(refanged.text),
  ];
  const rank = (type: IndicatorType) => PRECEDENCE.indexOf(type);
  candidates.sort((a, b) => rank(a.type) - rank(b.type) || a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  const taken = TakenSpans.coveringAll(candidates);
  for (const candidate of candidates) {
    if (taken.overlaps(candidate)) continue;
    taken.take(candidate);
    kept.push(candidate);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map((candidate) => {
    const start = refanged.toOriginal(candidate.start);
    const end = refanged.toOriginal(candidate.end);
    const mention: IndicatorMention = {
      start,
      end,
      surface: text.slice(start, end),
      type: candidate.type,
      value: candidate.value,
    };
    if (candidate.type === 'Account') {
      const platform = platformAround(text, start, end);
      if (platform) mention.platform = platform;
    }
    return mention;
  });
}

function* schemeUrls(text: string): Generator<Candidate> {
  if (!text.includes('://')) return;
  for (const match of matchesOf(SCHEME_URL, text)) {
    const url = trimTrailingPunctuation(match[0]);
    const normalised = normaliseUrl(url);
    if (normalised)
      yield { start: match.index, end: match.index + url.length, type: 'Url', value: normalised };
  }
}

/** Host names standing alone (Domain) or followed by a path (a URL written without scheme). */
function* hostTokens(text: string, defanged: (start: number, end: number) => boolean): Generator<Candidate> {
  for (const match of matchesAtMarkedRuns(HOST_TOKEN, text, '.', inHostRun)) {
    const token = trimTrailingPunctuation(match[0]);
    const host = /^[^:/]+/.exec(token)?.[0] ?? token;
    // "globalenergycertification[.]Net": a defanged dot is no missing space between sentences.
    if (looksLikeGluedSentences(host) && !defanged(match.index, match.index + host.length)) continue;
    const lowerHost = host.toLowerCase();
    const hasPath = token.length > host.length;
    const explicit = lowerHost.startsWith('www.') || hasPath;
    if (!isReportableHostname(lowerHost, { explicit })) continue;
    if (hasPath) {
      yield {
        start: match.index,
        end: match.index + token.length,
        type: 'Url',
        value: lowerHost + token.slice(host.length),
      };
    } else {
      yield { start: match.index, end: match.index + host.length, type: 'Domain', value: lowerHost };
    }
  }
}

function* emails(text: string): Generator<Candidate> {
  if (!text.includes('@')) return;
  for (const match of matchesOf(EMAIL, text)) {
    const host = (match[1] ?? '').toLowerCase();
    if (!isReportableHostname(host, { explicit: true })) continue;
    yield {
      start: match.index,
      end: match.index + match[0].length,
      type: 'Email',
      value: match[0].toLowerCase(),
    };
  }
}

function* ipAddresses(text: string): Generator<Candidate> {
  for (const match of matchesOf(IPV4, text)) {
    yield { start: match.index, end: match.index + match[0].length, type: 'IpAddress', value: match[0] };
  }
  if (!IPV6_COLONS.test(text)) return;
  for (const match of matchesOf(IPV6_CANDIDATE, text)) {
    const address = match[0];
    // "::" alone or a clock time never counts; a real address has hex digits and validates.
    if (!/[0-9a-f]/i.test(address) || !isIPv6(address)) continue;
    yield {
      start: match.index,
      end: match.index + address.length,
      type: 'IpAddress',
      value: address.toLowerCase(),
    };
  }
}

function* hashes(text: string): Generator<Candidate> {
  if (!holdsHexRun(text, MIN_HEX_RUN)) return;
  for (const match of matchesOf(HEX_RUN, text)) {
    const hex = match[0];
    // A run of digits alone is a number, and a run of letters alone a word: hashes mix both.
    if (!HASH_LENGTHS.has(hex.length) || !/\d/.test(hex) || !/[a-f]/i.test(hex)) continue;
    yield { start: match.index, end: match.index + hex.length, type: 'Hash', value: hex.toLowerCase() };
  }
}

/** Whether `length` hexadecimal digits stand in a row somewhere: most texts hold no such run, and HEX_RUN is not run on them. */
function holdsHexRun(text: string, length: number): boolean {
  let run = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66)) {
      if (++run >= length) return true;
    } else run = 0;
  }
  return false;
}

function* vulnerabilities(text: string): Generator<Candidate> {
  if (!CVE_LETTERS.test(text)) return;
  for (const match of matchesOf(CVE, text)) {
    yield {
      start: match.index,
      end: match.index + match[0].length,
      type: 'Vulnerability',
      value: `CVE-${match[1] ?? ''}-${match[2] ?? ''}`,
    };
  }
}

function* hashtags(text: string): Generator<Candidate> {
  if (!text.includes('#')) return;
  for (const match of matchesOf(HASHTAG, text)) {
    yield {
      start: match.index,
      end: match.index + match[0].length,
      type: 'Hashtag',
      value: (match[1] ?? '').toLowerCase(),
    };
  }
}

function* handles(text: string): Generator<Candidate> {
  if (!text.includes('@')) return;
  for (const match of matchesOf(HANDLE, text)) {
    yield {
      start: match.index,
      end: match.index + match[0].length,
      type: 'Account',
      value: match[0].toLowerCase(),
    };
  }
}

/**
 * Prose ends links with punctuation that is not part of them; a closing bracket stays only
 * when the link opened one itself (as Wikipedia addresses do).
 */
function trimTrailingPunctuation(candidate: string): string {
  let url = candidate;
  for (;;) {
    const last = url.at(-1) ?? '';
    if (/[.,;:!?…»"'”’]/.test(last)) {
      url = url.slice(0, -1);
    } else if (last === ')' && count(url, '(') < count(url, ')')) {
      url = url.slice(0, -1);
    } else if (last === ']' && count(url, '[') < count(url, ']')) {
      url = url.slice(0, -1);
    } else {
      return url;
    }
  }
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Scheme and host lower-cased, the rest as written; undefined when the host is not real. */
function normaliseUrl(url: string): string | undefined {
  const match = /^([a-z]+):\/\/(?:[^@/?#\s]*@)?(\[[0-9a-f:.]+\]|[^:/?#]+)(.*)$/isu.exec(url);
  if (!match) return undefined;
  const [, scheme = '', host = '', rest = ''] = match;
  const lowerHost = host.toLowerCase();
  const isAddress =
    new RegExp(`^(?:${IPV4_OCTET}\\.){3}${IPV4_OCTET}$`).test(lowerHost) ||
    isIPv6(lowerHost.replace(/^\[|\]$/g, ''));
  if (!isAddress && !isReportableHostname(lowerHost, { explicit: true })) return undefined;
  const userInfo = url.slice(scheme.length + 3, url.length - host.length - rest.length);
  return `${scheme.toLowerCase()}://${userInfo}${lowerHost}${rest}`;
}

/**
 * "word.Il" is two sentences glued without a space, not a host under Israel's suffix: real host
 * names are not written with a capitalised label after a lower-case one.
 */
function looksLikeGluedSentences(host: string): boolean {
  const labels = host.split('.');
  return labels
    .slice(1)
    .some((label, index) => /^\p{Lu}\p{Ll}/u.test(label) && /\p{Ll}$/u.test(labels[index] ?? ''));
}
