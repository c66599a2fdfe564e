/**
 * Title, date and outlet of an article saved as text: a headline on the first line, a
 * dateline such as "Publié dans H24 Info le 06 - 05 - 2017" near the top or the bottom.
 */

export interface Publication {
  /** ISO date, `YYYY-MM-DD`. */
  publishedAt?: string;
  source?: string;
  /** The dateline itself, [start, end) in the text, so it can be removed from the body. */
  line: { start: number; end: number };
}

/** Datelines sit among the first or last lines of an article. */
const HEAD_LINES = 15;
const TAIL_LINES = 5;
const MAX_DATELINE_CHARS = 160;
const MAX_TITLE_CHARS = 200;
const MAX_TITLE_WORDS = 30;
/** A title made from a first sentence is cut to this length at a word boundary. */
const SHORT_TITLE_CHARS = 120;

const MONTHS: Record<string, number> = {
  janvier: 1, février: 2, fevrier: 2, mars: 3, avril: 4, mai: 5, juin: 6, juillet: 7, août: 8,
  aout: 8, septembre: 9, octobre: 10, novembre: 11, décembre: 12, decembre: 12,
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  يناير: 1, فبراير: 2, مارس: 3, أبريل: 4, ابريل: 4, مايو: 5, يونيو: 6, يوليو: 7, أغسطس: 8,
  سبتمبر: 9, أكتوبر: 10, اكتوبر: 10, نوفمبر: 11, ديسمبر: 12,
  'كانون الثاني': 1, شباط: 2, آذار: 3, نيسان: 4, أيار: 5, حزيران: 6, تموز: 7, آب: 8, أيلول: 9,
  'تشرين الأول': 10, 'تشرين الثاني': 11, 'كانون الأول': 12,
}; // prettier-ignore

const MONTH_NAME = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const DATE = String.raw`(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{4}|\d{1,2}(?:er)?\s+(?:${MONTH_NAME})\.?\s+\d{4}|(?:${MONTH_NAME})\.?\s+\d{1,2},?\s+\d{4})`;

/** "Publié dans SOURCE le DATE", "Published in SOURCE on DATE", "نشر في SOURCE يوم DATE". */
const DATELINES = [
  new RegExp(
    String.raw`^(?:publié|publie|mis en ligne|paru)\s*(?:(?:dans|sur|par)\s+(.+?)\s+)?(?:le\s+)?:?\s*(${DATE})`,
    'iu',
  ),
  new RegExp(String.raw`^(?:published|posted)\s*(?:(?:in|by|on)\s+(.+?)\s+)?(?:on\s+)?:?\s*(${DATE})`, 'iu'),
  new RegExp(
    String.raw`^(?:نشر|نُشر|نشرت|تاريخ النشر)\s*(?:(?:في|على)\s+(.+?)\s+)?(?:يوم|بتاريخ|في)?\s*:?\s*(${DATE})`,
    'u',
  ),
];

export function findPublication(text: string): Publication | undefined {
  const lines = linesOf(text);
  const candidates = [...lines.slice(0, HEAD_LINES), ...lines.slice(-TAIL_LINES)];
  for (const line of candidates) {
    const content = text.slice(line.start, line.end).trim();
    if (content.length > MAX_DATELINE_CHARS) continue;
    for (const pattern of DATELINES) {
      const match = pattern.exec(westernDigits(content));
      if (!match) continue;
      const publishedAt = isoDate(match[2] ?? '');
      const source = match[1]?.trim();
      return {
        ...(publishedAt ? { publishedAt } : {}),
        ...(source ? { source } : {}),
        line,
      };
    }
  }
  return undefined;
}

/** The first line when it reads as a headline, else the first sentence, shortened. */
export function findTitle(text: string): string {
  const firstLine =
    text
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? '';
  const words = firstLine.split(/\s+/u).length;
  if (firstLine.length <= MAX_TITLE_CHARS && words <= MAX_TITLE_WORDS && !/[.:;,]$/u.test(firstLine)) {
    return firstLine;
  }
  const firstSentence = /^.+?[.!?؟](?=\s|$)/u.exec(firstLine)?.[0] ?? firstLine;
  return shorten(firstSentence);
}

/** A date written in any of our patterns as `YYYY-MM-DD`, or undefined when it is not valid. */
export function isoDate(written: string): string | undefined {
  const text = westernDigits(written).toLowerCase();
  let year: number;
  let month: number;
  let day: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})/u.exec(text);
  const numeric = /^(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})/u.exec(text);
  const named = new RegExp(String.raw`^(\d{1,2})(?:er)?\s+(${MONTH_NAME})\.?\s+(\d{4})`, 'u').exec(text);
  const monthFirst = new RegExp(String.raw`^(${MONTH_NAME})\.?\s+(\d{1,2}),?\s+(\d{4})`, 'u').exec(text);
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (numeric) {
    // Day first, as French and Arabic write it, unless that cannot be (05/13/2017).
    const [first, second] = [Number(numeric[1]), Number(numeric[2])];
    [day, month] = second > 12 ? [second, first] : [first, second];
    year = Number(numeric[3]);
  } else if (named) {
    [day, month, year] = [Number(named[1]), MONTHS[named[2] ?? ''] ?? 0, Number(named[3])];
  } else if (monthFirst) {
    [month, day, year] = [MONTHS[monthFirst[1] ?? ''] ?? 0, Number(monthFirst[2]), Number(monthFirst[3])];
  } else {
    return undefined;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function shorten(sentence: string): string {
  if (sentence.length <= SHORT_TITLE_CHARS) return sentence;
  const cut = sentence.slice(0, SHORT_TITLE_CHARS);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > SHORT_TITLE_CHARS / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:،]+$/u, '')}…`;
}

function linesOf(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    if (text.slice(start, end).trim() !== '') lines.push({ start, end });
    if (newline < 0) return lines;
    start = newline + 1;
  }
}

/** Arabic-Indic and Eastern Arabic-Indic digits as 0-9 (same length, so offsets hold). */
function westernDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (digit) => String((digit.codePointAt(0) ?? 0) % 16));
}
