/**
 * Removes what a web page wraps around an article when it is saved as text: runs of unrelated
 * headlines, navigation bars, share and report widgets, language switchers and "read more"
 * teasers. Decisions rest on the shape of a line (how it is segmented, how long its segments
 * are, whether they end like sentences) and on a short list of widget phrases in Arabic,
 * French and English; article prose never has that shape.
 */
import { tableRowLines } from '../tables.ts';
import { matchesOf } from '../regex-matches.ts';

/** Segments of a headline run or a navigation bar: separated by wide gaps or bar characters. */
const SEGMENT_SEPARATOR = /[ \t\u00a0]{3,}|\t+|\s+[|•·›]\s+|\s+>\s+/u;
const SENTENCE_END = /[.!?…؟»"”)]$/u;
const LETTER = /\p{L}/u;

/** A headline run has at least this many segments, mostly not ending like sentences. */
const MIN_HEADLINE_SEGMENTS = 4;
/** Navigation bars are short: this many words per item at most, on a line this long at most. */
const MAX_NAV_ITEM_WORDS = 4;
const MAX_NAV_LINE_CHARS = 300;
/** Widget phrases and teasers sit on short lines; a long line starting that way is prose. */
const MAX_WIDGET_LINE_CHARS = 200;
/** A glued teaser headline is at least this many words and at most this many. */
const MIN_TEASER_WORDS = 2;
const MAX_TEASER_WORDS = 20;

/** Whole lines that are only a widget label (compared lower-cased, punctuation stripped). */
const WIDGET_LINES = new Set([
  'share',
  'share this',
  'share this article',
  'tweet',
  'print',
  'email',
  'comments',
  'advertisement',
  'sponsored',
  'read more',
  'related articles',
  'partager',
  'partager cet article',
  'imprimer',
  'commentaires',
  'publicité',
  'lire aussi',
  'lire la suite',
  'articles similaires',
  'sur le même sujet',
  'مشاركة',
  'شارك',
  'شارك المقال',
  'طباعة',
  'تعليقات',
  'إعلان',
  'اقرأ أيضا',
  'اقرأ أيضاً',
  'إقرأ أيضا',
  'اقرأ المزيد',
  'إقرأ المزيد',
  'مواضيع ذات صلة',
]);

/** Beginnings of widget sentences (report buttons, source links, rights notices, newsletters). */
const WIDGET_PREFIXES = [
  'thanks for reporting',
  'thank you for reporting',
  'this image will be automatically blocked',
  'click here to read',
  'all rights reserved',
  'subscribe to our newsletter',
  'follow us on',
  'merci d’avoir signalé',
  "merci d'avoir signalé",
  'cette image sera automatiquement bloquée',
  'cliquez ici pour lire',
  'tous droits réservés',
  'abonnez-vous à notre newsletter',
  'suivez-nous sur',
  'شكرا على الإبلاغ',
  'شكراً على الإبلاغ',
  'سيتم حظر هذه الصورة تلقائيا',
  'اضغط هنا لقراءة',
  'انقر هنا لقراءة',
  'جميع الحقوق محفوظة',
  'تابعونا على',
  'اشترك في النشرة',
];

/**
 * A cookie notice speaks to the reader in the site's voice ("we", "this site"), names cookies
 * and asks for consent or choices; a news story about cookies does not do all three.
 */
const SITE_VOICE = /\b(?:we|our|this (?:web)?site|nous|notre|nos|ce site)\b|نستخدم|موقعنا|هذا الموقع/iu;
const COOKIE = /\bcookies?\b|ملفات تعريف الارتباط|الكوكيز/iu;
const CONSENT =
  /\b(?:accept|consent|preferences|privacy|partners|personali[sz]e|accepter|consentement|paramétrer|préférences|confidentialité|partenaires|personnaliser)|موافق|الخصوصية|قبول/iu;

const SOCIAL_WORDS = new Set(
  'share partager مشاركة شارك on sur على facebook twitter x whatsapp linkedin telegram email e-mail mail print imprimer pinterest reddit messenger فيسبوك تويتر واتساب'.split(
    ' ',
  ),
);

const LANGUAGE_NAMES = [
  'language',
  'languages',
  'langue',
  'langues',
  'اللغة',
  'english',
  'anglais',
  'français',
  'francais',
  'french',
  'العربية',
  'عربي',
  'arabic',
  'arabe',
  'español',
  'espagnol',
  'deutsch',
  'italiano',
  'português',
  'русский',
  'türkçe',
  'فارسی',
  'tamazight',
  'ⵜⴰⵎⴰⵣⵉⵖⵜ',
  '中文',
];
const LANGUAGE_CODES = new Set(['en', 'fr', 'ar', 'es', 'de', 'it', 'pt', 'ru', 'tr', 'fa', 'zh']);

/** Markers that introduce a teaser for another article. */
const TEASER_MARKER =
  /(?:إقرأ|اقرأ|طالع|شاهد)\s+(?:المزيد|أيضاً|أيضا|ايضا|كذلك)|(?:à |a )?lire aussi|lire la suite|lire également|voir aussi|read more|read also|also read|see also/giu;
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * Words that open an Arabic sentence once prefixed with the conjunction و or ف ("and
 * before...", "and he said..."): where a glued teaser headline gives way to the article.
 */
const ARABIC_SENTENCE_OPENERS = new Set(
  (
    'قبل بعد في من على عن إلى منذ خلال مع قال قالت أكد أكدت أضاف أضافت أوضح أوضحت كان كانت ذكر ذكرت ' +
    'أشار أشارت بحسب حسب تابع تابعت أعلن أعلنت جاء جاءت يذكر يشار لفت لفتت اعتبر اعتبرت شدد شددت أفاد ' +
    'أفادت نقل نقلت قد لم لا إن أن كما ذلك هذا هذه تم يأتي تأتي أظهرت أظهر رأى رأت دعا دعت'
  ).split(' '),
);

export function removeBoilerplate(text: string): string {
  // A report's table of tools or of domains is content, though its short cells split by bars
  // look like a headline run.
  const rows = new Set(tableRowLines(text).map((row) => row.start));
  let offset = 0;
  return text
    .split('\n')
    .filter((line) => {
      const start = offset;
      offset += line.length + 1;
      return rows.has(start) || !isBoilerplateLine(line);
    })
    .map(removeGluedTeasers)
    .join('\n');
}

function isBoilerplateLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed === '') return false;
  return (
    isHeadlineRun(trimmed) ||
    isNavigationBar(trimmed) ||
    isWidget(trimmed) ||
    isLanguageSwitcher(trimmed) ||
    isTeaserLine(trimmed)
  );
}

/** Many headline-like segments in a row: mostly without sentence-final punctuation. */
function isHeadlineRun(line: string): boolean {
  const segments = line.split(SEGMENT_SEPARATOR).filter((segment) => LETTER.test(segment));
  if (segments.length < MIN_HEADLINE_SEGMENTS) return false;
  const sentenceLike = segments.filter((segment) => SENTENCE_END.test(segment.trim())).length;
  return sentenceLike / segments.length < 0.5;
}

/** "Accueil | Politique | Économie | Sport": short items between bar characters. */
function isNavigationBar(line: string): boolean {
  if (line.length > MAX_NAV_LINE_CHARS) return false;
  const items = line.split(SEGMENT_SEPARATOR).filter((item) => LETTER.test(item));
  if (items.length < 3) return false;
  return items.every((item) => wordsOf(item).length <= MAX_NAV_ITEM_WORDS && !/[.!?؟]$/u.test(item.trim()));
}

function isWidget(line: string): boolean {
  if (line.length > MAX_WIDGET_LINE_CHARS * 2) return false;
  if (COOKIE.test(line) && CONSENT.test(line) && SITE_VOICE.test(line)) return true;
  if (line.length > MAX_WIDGET_LINE_CHARS) return false;
  const folded = fold(line);
  if (WIDGET_LINES.has(folded)) return true;
  if (WIDGET_PREFIXES.some((prefix) => folded.startsWith(prefix))) return true;
  const words = wordsOf(folded);
  return words.length >= 2 && words.every((word) => SOCIAL_WORDS.has(word));
}

/** "languageالعربية", "FR | EN | AR": nothing on the line but language names. */
function isLanguageSwitcher(line: string): boolean {
  if (line.length > 80) return false;
  let rest = line.toLowerCase();
  let names = 0;
  for (const name of LANGUAGE_NAMES) {
    if (rest.includes(name)) {
      names++;
      rest = rest.split(name).join(' ');
    }
  }
  const leftover = wordsOf(rest).filter((word) => !LANGUAGE_CODES.has(word));
  const codes = wordsOf(rest).length - leftover.length;
  return leftover.length === 0 && names + codes >= (names > 0 ? 1 : 2);
}

/**
 * A short line that starts with a teaser marker and does not end like a sentence is a link to
 * another article ("Read more books, says the minister." is prose).
 */
function isTeaserLine(line: string): boolean {
  if (line.length > MAX_WIDGET_LINE_CHARS || line.endsWith('.')) return false;
  TEASER_MARKER.lastIndex = 0;
  const match = TEASER_MARKER.exec(line);
  return match?.index === 0;
}

/**
 * "...للخطر.إقرأ المزيدمحاولة إحراق مقر حملة لوبان في باريس وقبل ساعات...": a teaser glued
 * into the article. The marker counts only when glued to what surrounds it (prose that says
 * "read more about it" is left alone); the teaser headline ends where an Arabic sentence
 * opener resumes the article. When that point cannot be found, only the marker goes.
 */
function removeGluedTeasers(line: string): string {
  let result = line;
  for (const match of matchesOf(TEASER_MARKER, line).reverse()) {
    const start = match.index;
    const end = start + match[0].length;
    const before = line[start - 1] ?? ' ';
    const after = line[end] ?? ' ';
    // A Latin letter right after a Latin marker makes a longer word ("read moreover").
    const continuesWord = LATIN_LETTER.test(after) && LATIN_LETTER.test(match[0].at(-1) ?? '');
    const glued = /[.!?؟…:;,»"”']/u.test(before) || (LETTER.test(after) && !continuesWord);
    if (!glued) continue;
    const resume = end + teaserLength(line.slice(end));
    const left = result.slice(0, start);
    const right = result.slice(resume);
    const needsSpace = left !== '' && right !== '' && !/\s$/u.test(left) && !/^\s/u.test(right);
    result = left + (needsSpace ? ' ' : '') + right;
  }
  return result;
}

/** Length of the teaser headline at the start of `rest`, or 0 when its end is not clear. */
function teaserLength(rest: string): number {
  const words = matchesOf(/\S+/gu, rest);
  for (let i = MIN_TEASER_WORDS; i < Math.min(words.length, MAX_TEASER_WORDS + 1); i++) {
    const word = words[i];
    if (word && /^[وف]/u.test(word[0]) && ARABIC_SENTENCE_OPENERS.has(word[0].slice(1))) return word.index;
  }
  return 0;
}

function fold(line: string): string {
  return line
    .toLowerCase()
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '')
    .replace(/\s+/gu, ' ');
}

function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}'’-]+/gu) ?? [];
}
