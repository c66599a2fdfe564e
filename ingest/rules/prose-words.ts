/**
 * The words a document writes in its prose, found in one pass: whether a lower-case word
 * occurs as a word of its own outside addresses was a scan of the whole text per word asked,
 * and a report asks it for each distinct capitalised word.
 */

/** A letter, mark or digit: what makes an occurrence part of a longer word. */
const WORD_LETTER = /[\p{L}\p{M}\p{N}]/u;

/**
 * Whether one UTF-16 unit is a WORD_LETTER, as `WORD_LETTER.test(text[i])` answers it (a
 * surrogate half alone is no letter), with ASCII answered without the expression.
 */
function isWordUnit(code: number): boolean {
  if (code < 0x80) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  }
  return WORD_LETTER.test(String.fromCharCode(code));
}

/**
 * Every maximal run of word letters that stands in prose: its token (what follows the last
 * space or line break before it) holds no "//", "www." or "@" before it
 * ("…/press-secretary-josh-earnest" is no prose).
 */
function proseRuns(text: string): Set<string> {
  const runs = new Set<string>();
  let addressEnd = Infinity; // where the token's first address mark ends
  let runStart = -1;
  for (let at = 0; at <= text.length; at++) {
    const code = at < text.length ? text.charCodeAt(at) : 0x20;
    if (isWordUnit(code)) {
      if (runStart < 0) runStart = at;
      continue;
    }
    if (runStart >= 0) {
      if (addressEnd > runStart) runs.add(text.slice(runStart, at));
      runStart = -1;
    }
    if (code === 0x20 || code === 0x0a) addressEnd = Infinity;
    else if (code === 0x40) addressEnd = Math.min(addressEnd, at + 1);
    else if (code === 0x2f && text.charCodeAt(at + 1) === 0x2f) addressEnd = Math.min(addressEnd, at + 2);
    // "www." starts with letters, so it is seen at its dot.
    else if (code === 0x2e && at >= 3 && text.startsWith('www', at - 3))
      addressEnd = Math.min(addressEnd, at + 1);
  }
  return runs;
}

/**
 * Questions about one text answered by scanning it before its words are indexed: a scan is a
 * native search, far cheaper than reading every word into a set, so a short news item asked
 * about a few names is better served without the index.
 */
const SCANS_BEFORE_INDEX = 24;

let lastText: string | undefined;
let questions = 0;
let lastRuns: Set<string> | undefined;

/** Whether `word` occurs in `text` as a word of its own, outside addresses. */
export function writtenInProse(text: string, word: string): boolean {
  if (word.length === 0) return false;
  if (lastText !== text) {
    lastText = text;
    questions = 0;
    lastRuns = undefined;
  }
  if (++questions <= SCANS_BEFORE_INDEX) return scanForProse(text, word);
  for (let i = 0; i < word.length; i++) {
    if (!isWordUnit(word.charCodeAt(i))) return scanForProse(text, word);
  }
  lastRuns ??= proseRuns(text);
  return lastRuns.has(word);
}

/** The same question answered by one scan, for any word ("e-mail" too, which no run of letters is). */
function scanForProse(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + word.length] ?? ' ';
    if (WORD_LETTER.test(before) || WORD_LETTER.test(after)) continue;
    const tokenStart = text.lastIndexOf(' ', at) + 1;
    const newline = text.lastIndexOf('\n', at) + 1;
    const token = text.slice(Math.max(tokenStart, newline), at);
    if (!/\/\/|www\.|@/u.test(token)) return true;
  }
  return false;
}
