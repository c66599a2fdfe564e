/**
 * Spelling variants of long names ("ماري لوبين" for "مارين لوبان"): phonetic skeletons at edit
 * distance at most one where either name is in Arabic script, with the same first letter in every
 * word. Arabic leaves most vowels unwritten and spells a foreign name's sounds several ways, so
 * one letter of its skeleton may differ; Latin script writes the vowels the skeleton drops, so
 * its variants ("Sergueï" for "Sergei") keep the skeleton whole, and a different consonant on top
 * ("Lavrine", "Lavrov") is another name. Only names of two words or
 * more with a long enough skeleton take part, since one letter on a short name is often a
 * different name; and a variant spells each word's first sound alike, whereas a different first
 * letter makes another word ("وزارة الصحة", ministry of health, is not "قصر الإليزيه"). Lookup uses a deletion index
 * (every skeleton and its one-letter deletions), so it costs a few map reads, not a scan.
 */
import { phoneticKey } from '../normalize/transliterate.ts';
import type { EntityType } from '../../graph-schema/schema.ts';

const MIN_SKELETON_LETTERS = 5;
const ARABIC_LETTER = /[\u0600-\u06ff]/u;

export interface FuzzyTarget {
  key: string;
  type: EntityType;
  name: string;
}

function isLongSkeleton(skeleton: string): boolean {
  return skeleton.includes(' ') && skeleton.replace(/ /g, '').length >= MIN_SKELETON_LETTERS;
}

/** The first letter of every word of a skeleton. */
function initials(skeleton: string): string {
  return skeleton
    .split(' ')
    .map((word) => word.charAt(0))
    .join('');
}

export class FuzzyNameIndex {
  private readonly byVariant = new Map<
    string,
    Array<FuzzyTarget & { initials: string; skeleton: string; arabic: boolean; written: string }>
  >();

  add(name: string, target: FuzzyTarget): void {
    const skeleton = phoneticKey(name);
    if (!isLongSkeleton(skeleton)) return;
    const entry = {
      ...target,
      initials: initials(skeleton),
      skeleton,
      arabic: ARABIC_LETTER.test(name),
      written: writtenConsonants(name),
    };
    for (const variant of deletions(skeleton)) {
      const list = this.byVariant.get(variant) ?? [];
      const same = (known: typeof entry) =>
        known.key === entry.key && known.type === entry.type && known.skeleton === entry.skeleton;
      if (!list.some(same)) list.push(entry);
      this.byVariant.set(variant, list);
    }
  }

  /** The single target of the same type within one edit of `name`, or undefined (none, or ambiguous). */
  find(name: string, type: EntityType): FuzzyTarget | undefined {
    const skeleton = phoneticKey(name);
    if (!isLongSkeleton(skeleton)) return undefined;
    const found = new Map<string, FuzzyTarget>();
    const wanted = initials(skeleton);
    const arabic = ARABIC_LETTER.test(name);
    const written = writtenConsonants(name);
    for (const variant of deletions(skeleton)) {
      for (const {
        initials: known,
        skeleton: knownSkeleton,
        arabic: knownArabic,
        written: knownWritten,
        ...target
      } of this.byVariant.get(variant) ?? []) {
        // Two strings that share a deletion may be two edits apart ("mr lnk", "mr lbn": both
        // give "mr ln"): only one edit makes a spelling variant, and only with Arabic script.
        const variantOf =
          arabic || knownArabic ? withinOneEdit(skeleton, knownSkeleton) : skeleton === knownSkeleton;
        // Two Arabic spellings must also keep their written consonants within one edit: the
        // skeleton merges letters Arabic keeps apart (ذ and د, a dropped ح), so "الذئب الأحمر"
        // (red wolf) and "الدب المريح" (Cozy Bear) share one, yet are different words.
        if (arabic && knownArabic && !withinOneEdit(written, knownWritten)) continue;
        if (target.type === type && known === wanted && variantOf) found.set(target.key, target);
      }
    }
    return found.size === 1 ? [...found.values()][0] : undefined;
  }
}

/**
 * The Arabic letters a spelling writes apart from its vowels: short vowels, long vowels and
 * hamza seats dropped, the article's alif with them, ta marbuta as ha ("مارين لوبان" -> "مرن لبن").
 */
function writtenConsonants(name: string): string {
  return name
    .replace(/[\u064b-\u065f\u0670\u0640]/gu, '')
    .replace(/\u0629/gu, '\u0647')
    .replace(/[\u0621-\u0626\u0627\u0648\u0649\u064a\u0671]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Whether one deletion, insertion or substitution turns `a` into `b`. */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  return endA - start <= 1 && endB - start <= 1;
}

/** The skeleton and every string one deletion away: two strings within one edit share one of these. */
function deletions(skeleton: string): string[] {
  const variants = new Set([skeleton]);
  for (let index = 0; index < skeleton.length; index++) {
    if (skeleton[index] === ' ') continue;
    variants.add(skeleton.slice(0, index) + skeleton.slice(index + 1));
  }
  return [...variants];
}
