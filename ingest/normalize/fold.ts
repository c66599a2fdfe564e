/**
 * Matching keys for text: case, accents, Arabic letter variants, digits, invisible marks and
 * spacing folded away, with a map from every folded offset back into the original text. The
 * original is never changed: stored text and reported spans stay exactly as written.
 */

export interface FoldedText {
  folded: string;
  /** Offset in the original text of the character that produced folded[offset]; text.length at the end. */
  toOriginal(offset: number): number;
  /**
   * Offset in the original text just past what produced folded[end - 1]: the end of a span.
   * Marks dropped after a letter (harakat, combining accents) belong to that letter, so a span
   * never cuts a letter from its vowel sign.
   */
  toOriginalEnd(end: number): number;
}

/** What one original character becomes: replacement text, or a drop of one of two kinds. */
type Folding = string | typeof DROP_MARK | typeof DROP_INVISIBLE;
/** Dropped, but part of the preceding letter (harakat, tatweel, combining accents). */
const DROP_MARK = 1;
/** Dropped and belonging to nothing (bidi controls, zero-width characters). */
const DROP_INVISIBLE = 2;

/**
 * Arabic letter variants that writers use interchangeably, folded to one letter:
 * - hamza seats and wasla on alef (أ إ آ ٱ) -> ا: news text very often omits the hamza
 *   ("ايمانويل" beside "إيمانويل");
 * - alef maqsura ى -> ي and taa marbuta ة -> ه: final letters typed either way, notably in
 *   Egyptian and Gulf writing ("أهميه" for "أهمية");
 * - hamza on waw ؤ -> و and on yeh ئ -> ي: the seat letter is what remains when the hamza
 *   is dropped, which is how transliterated foreign names are usually spelt;
 * - Persian keheh ک and farsi yeh ی -> ك and ي: same letters from Persian keyboards.
 * Bare hamza ء is kept: dropping it would merge unrelated words.
 */
const ARABIC_LETTERS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
  ک: 'ك',
  ی: 'ي',
};

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

const APOSTROPHES = new Set(['\u2019', '\u2018', '\u02BC', '\u02B9', '\u2032', '\u0060', '\u00B4']);

function isArabicMark(code: number): boolean {
  return (code >= 0x064b && code <= 0x0652) || code === 0x0670 || code === 0x0640;
}

function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0x061c ||
    code === 0xfeff
  );
}

/** Hyphens and dashes inside words: "new-yorkaise", "APT-28", "Jean‑Luc" fold to a space like any word break. */
function isDash(code: number): boolean {
  return code === 0x2d || (code >= 0x2010 && code <= 0x2015) || code === 0x2212;
}

const WHITESPACE = /^\s$/u;
const COMBINING = /\p{Mn}/gu;
/** Foldings of single code units by unit, of surrogate pairs by the pair: computed once each. */
const foldingOfUnit = new Array<Folding | undefined>(0x10000);
const foldingOfPair = new Map<string, Folding>();

function foldCharacterAt(text: string, index: number, width: number): Folding {
  if (width === 1) {
    const code = text.charCodeAt(index);
    let folding = foldingOfUnit[code];
    if (folding === undefined) {
      folding = computeFolding(text.charAt(index));
      foldingOfUnit[code] = folding;
    }
    return folding;
  }
  const pair = text.slice(index, index + width);
  let folding = foldingOfPair.get(pair);
  if (folding === undefined) {
    folding = computeFolding(pair);
    foldingOfPair.set(pair, folding);
  }
  return folding;
}

function computeFolding(char: string): Folding {
  const code = char.codePointAt(0) ?? 0;
  if (isArabicMark(code)) return DROP_MARK;
  if (isInvisible(code)) return DROP_INVISIBLE;
  if (code >= 0x0660 && code <= 0x0669) return String(code - 0x0660);
  if (code >= 0x06f0 && code <= 0x06f9) return String(code - 0x06f0);
  if (WHITESPACE.test(char) || isDash(code)) return ' ';
  if (APOSTROPHES.has(char)) return "'";
  const arabic = ARABIC_LETTERS[char];
  if (arabic) return arabic;
  const lower = char.toLowerCase();
  const ligature = LIGATURES[lower];
  if (ligature) return ligature;
  // Only Latin, Greek and Cyrillic letters lose their accents; Arabic marks were handled above.
  if (code < 0x0590 || (code >= 0x1e00 && code <= 0x1eff)) {
    const bare = lower.normalize('NFD').replace(COMBINING, '');
    return bare.length > 0 ? bare : DROP_MARK;
  }
  return lower;
}

/** Growable buffers of folded code units and their source spans. */
class FoldBuffer {
  units: Uint16Array;
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.units = new Uint16Array(capacity);
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  push(unit: number, start: number, end: number): void {
    if (this.length === this.units.length) this.grow();
    this.units[this.length] = unit;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.length++;
  }

  private grow(): void {
    const capacity = this.units.length * 2 + 16;
    const units = new Uint16Array(capacity);
    const starts = new Int32Array(capacity);
    const ends = new Int32Array(capacity);
    units.set(this.units);
    starts.set(this.starts);
    ends.set(this.ends);
    this.units = units;
    this.starts = starts;
    this.ends = ends;
  }

  text(): string {
    const chunks: string[] = [];
    const chunk = 0x2000;
    for (let at = 0; at < this.length; at += chunk) {
      // Apply, not spread: spreading a typed array walks an iterator and is several times slower.
      chunks.push(
        Reflect.apply(String.fromCharCode, null, this.units.subarray(at, Math.min(this.length, at + chunk))),
      );
    }
    return chunks.join('');
  }
}

const SPACE = 0x20;

/** Fold a whole text, keeping the offset map. Linear in the length of the text. */
export function foldText(text: string): FoldedText {
  const buffer = new FoldBuffer(text.length + 16);
  foldInto(text, buffer);
  const { starts, ends, length } = buffer;
  return {
    folded: buffer.text(),
    toOriginal: (offset) => (offset < length ? (starts[offset] ?? text.length) : text.length),
    toOriginalEnd: (end) =>
      end <= 0 ? (length > 0 ? (starts[0] ?? 0) : 0) : (ends[Math.min(end, length) - 1] ?? text.length),
  };
}

/** Appends the folding of `text` to an empty buffer. */
function foldInto(text: string, buffer: FoldBuffer): void {
  let lastWasSpace = true; // no leading space in the folded text
  let index = 0;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code < 0x80) {
      // ASCII fast path: the bulk of most texts.
      let unit = code;
      if (code === SPACE || (code >= 0x09 && code <= 0x0d) || code === 0x2d) unit = SPACE;
      else if (code >= 0x41 && code <= 0x5a) unit = code + 32;
      else if (code === 0x60) unit = 0x27;
      if (unit !== SPACE) {
        buffer.push(unit, index, index + 1);
        lastWasSpace = false;
      } else if (!lastWasSpace) {
        buffer.push(SPACE, index, index + 1);
        lastWasSpace = true;
      }
      index++;
      continue;
    }
    const width = code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? 2 : 1;
    const folding = foldCharacterAt(text, index, width);
    if (folding === DROP_MARK) {
      // The mark belongs to the letter before it: extend that letter's source span.
      if (buffer.length > 0 && !lastWasSpace) buffer.ends[buffer.length - 1] = index + width;
    } else if (folding === ' ') {
      if (!lastWasSpace) {
        buffer.push(SPACE, index, index + width);
        lastWasSpace = true;
      }
    } else if (folding !== DROP_INVISIBLE) {
      for (let unit = 0; unit < folding.length; unit++) {
        buffer.push(folding.charCodeAt(unit), index, index + width);
      }
      lastWasSpace = false;
    }
    index += width;
  }
  if (lastWasSpace && buffer.length > 0) buffer.length--;
}

/** Names and aliases are folded again and again: keys are kept per string, up to a bound. */
const keyBuffer = new FoldBuffer(64);
const keyByValue = new Map<string, string>();
const KEYS_KEPT = 100_000;

/** The matching key of a short string (a name, an alias): same folding, no offsets. */
export function foldKey(value: string): string {
  let key = keyByValue.get(value);
  if (key === undefined) {
    if (keyByValue.size >= KEYS_KEPT) keyByValue.clear();
    keyBuffer.length = 0;
    foldInto(value, keyBuffer);
    key = keyBuffer.text();
    keyByValue.set(value, key);
  }
  return key;
}
