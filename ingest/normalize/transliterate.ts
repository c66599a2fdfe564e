/**
 * A script-independent consonant skeleton of a name, so that the Arabic and Latin spellings of
 * the same foreign name meet: "بون ستورم" and "Pawn Storm" both give "bn strm", "لوبان",
 * "لوبين" and "Le Pen" give "lbn".
 *
 * How: letters map to consonant classes; sounds one script does not distinguish share a class
 * (Arabic has no p or v, and writes g as ج, غ, ق or ك); vowels are dropped, since Arabic
 * mostly leaves short vowels unwritten, except that a word-initial vowel is kept as "a"
 * (إيمانويل / Emmanuel -> "amnl"); h-like letters are dropped (silent in French, ه/ح/ع
 * in Arabic); doubled classes collapse ("Twitter" / "تويتر" -> "tr").
 *
 * The price is false merges between names that differ only by vowels or within a class:
 * Putin / Patton ("btn"), Macron / Micron ("mkrn"), Le Pen / Lupin. The key is a hint to
 * compare candidates, never proof of identity: callers must also require the same entity type
 * and independent support (a shared gazetteer entry, an apposition, a co-reference).
 */
import { foldKey } from './fold.ts';

const ARABIC_CLASSES: Record<string, string> = {
  ب: 'b',
  پ: 'b',
  ف: 'f',
  ڤ: 'f',
  ت: 't',
  ط: 't',
  ث: 't',
  د: 'd',
  ض: 'd',
  ذ: 'd',
  ظ: 'd',
  ر: 'r',
  ز: 's',
  س: 's',
  ص: 's',
  ش: 's',
  چ: 's',
  ك: 'k',
  ق: 'k',
  ج: 'k',
  غ: 'k',
  خ: 'k',
  گ: 'k',
  ل: 'l',
  م: 'm',
  ن: 'n',
};
const ARABIC_VOWELS = new Set(['ا', 'و', 'ي']);
/** Letters read as a vowel at the start of a word (عباس / Abbas), dropped elsewhere. */
const ARABIC_GLOTTALS = new Set(['ع', 'ء']);
const ARABIC_SILENT = new Set(['ه', 'ح']);

/** Latin spellings of one sound, longest first; checked before single letters. */
const LATIN_DIGRAPHS: ReadonlyArray<readonly [string, string]> = [
  ['sch', 's'],
  ['ch', 's'],
  ['sh', 's'],
  ['ph', 'f'],
  ['th', 't'],
  ['kh', 'k'],
  ['gh', 'k'],
  ['ck', 'k'],
  ['qu', 'k'],
];
const LATIN_CLASSES: Record<string, string> = {
  b: 'b',
  p: 'b',
  f: 'f',
  v: 'f',
  t: 't',
  d: 'd',
  r: 'r',
  s: 's',
  z: 's',
  ç: 's',
  k: 'k',
  q: 'k',
  g: 'k',
  j: 'k',
  x: 'ks',
  l: 'l',
  m: 'm',
  n: 'n',
};
const LATIN_VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'w']);
const SOFT_C_BEFORE = new Set(['e', 'i', 'y']);

/** Particles written apart in Latin script and attached in Arabic: "Le Pen" / "لوبان", "de Gaulle" / "ديغول". */
const LATIN_PARTICLES = new Set(['le', 'la', 'de', 'du', 'di', 'da', 'van', 'von', 'al', 'el']);

function latinWordSkeleton(word: string): string {
  let skeleton = '';
  let index = 0;
  while (index < word.length) {
    const char = word[index] ?? '';
    const first = index === 0;
    const digraph = LATIN_DIGRAPHS.find(([spelling]) => word.startsWith(spelling, index));
    if (digraph) {
      skeleton += digraph[1];
      index += digraph[0].length;
      continue;
    }
    if (LATIN_VOWELS.has(char)) {
      if (first) skeleton += char === 'w' ? 'w' : char === 'y' ? 'y' : 'a';
    } else if (char === 'c') {
      skeleton += SOFT_C_BEFORE.has(word[index + 1] ?? '') ? 's' : 'k';
    } else if (/[0-9]/.test(char)) {
      skeleton += char;
    } else {
      skeleton += LATIN_CLASSES[char] ?? '';
    }
    index++;
  }
  return skeleton;
}

function arabicWordSkeleton(word: string): string {
  let skeleton = '';
  for (let index = 0; index < word.length; index++) {
    const char = word[index] ?? '';
    const first = index === 0;
    if (first && (char === 'ا' || ARABIC_GLOTTALS.has(char))) skeleton += 'a';
    else if (first && char === 'و') skeleton += 'w';
    else if (first && char === 'ي') skeleton += 'y';
    else if (ARABIC_VOWELS.has(char) || ARABIC_GLOTTALS.has(char) || ARABIC_SILENT.has(char)) continue;
    else if (/[0-9]/.test(char)) skeleton += char;
    else skeleton += ARABIC_CLASSES[char] ?? '';
  }
  return skeleton;
}

function collapseDoubles(skeleton: string): string {
  return skeleton.replace(/([a-z])\1+/g, '$1');
}

function words(name: string): string[] {
  // Apostrophes and dots join ("O'Neil", "U.S."); anything else that is not a letter or digit separates.
  const tokens = foldKey(name)
    .replace(/['.]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
  const joined: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] ?? '';
    const next = tokens[index + 1];
    if (next !== undefined && LATIN_PARTICLES.has(token)) {
      tokens[index + 1] = token + next;
      continue;
    }
    joined.push(token);
  }
  return joined;
}

/** The consonant skeleton of a name in any of our scripts: words kept apart by single spaces. */
export function phoneticKey(name: string): string {
  return words(name)
    .map((word) => {
      const arabic = /[\u0600-\u06ff]/.test(word);
      return collapseDoubles(arabic ? arabicWordSkeleton(word) : latinWordSkeleton(word));
    })
    .filter((skeleton) => skeleton.length > 0)
    .join(' ');
}
