/**
 * A village and the district or the city it belongs to, written right after its name: "قرية
 * التلة، لواء السهل", "قرية التلة محافظة المدينة", "قرية التلة / قضاء المدينة", "قرية التلة في
 * مدينة الميناء", "قرية التلة - الميناء". The village is a place named after a village noun of
 * the pack (`villageHeads`); between the two names only a comma, a slash or a dash, "في" and a
 * district noun (`districtHeads`) may stand, so "north of" ("قرية التلة شمال مدينة الميناء")
 * places nothing. A camp is no district: "قرية التلة / مخيم الميناء" names the village its
 * refugees came from, then the camp (`placeHeadsInName`) they live in. A list of places ("قرية التلة، مدينة الميناء، ومخيم ...", "في قرية التلة في
 * الميناء والسهل") goes on after the second name: no relation then.
 */
import { names } from '../extract/lang/ar/names.ts';
import { packFor } from '../extract/lang/index.ts';
import type { Span } from '../types.ts';
import { alternation } from './patterns.ts';
import type { EntityMention } from './types.ts';

/** The village noun right before the name, maybe with a clitic ("بقرية", "وقرية"). */
const VILLAGE_BEFORE = new RegExp(
  String.raw`(?:^|[\s،,(])[وفبل]?(?:${alternation(names.villageHeads)})\s+$`,
  'u',
);
const { placePrepositions, placeClitics } = packFor('ar').connectives;
/** A separator, "في" (the pack's `placePrepositions`), a district noun: at least one of them. */
const BETWEEN = new RegExp(
  String.raw`^\s*(?:[،,/-]\s*)?(?:(?:${alternation(placePrepositions)})\s+)?(?:(?:${alternation(names.districtHeads)})\s+)?$`,
  'u',
);
const SET_OFF = /[،,/-]/u;
/**
 * With nothing set off, the village stands in a place phrase ("في قرية التلة مدينة الميناء",
 * "بقرية ...", the pack's `placeClitics`) or opens its phrase: after a verb ("لا تتبع قرية التلة مدينة الميناء") the second
 * name may be the verb's object.
 */
const IN_PLACE_PHRASE = new RegExp(
  String.raw`(?:^|[.:;،؛,(«"]\s*|(?:^|\s)(?:${alternation(placePrepositions)})\s+|(?:^|\s)[وف]?(?:${alternation(placeClitics)}))(?:${alternation(names.villageHeads)})\s+$`,
  'u',
);
/** After the district, a list of places going on: "، ومخيم ...", "، مدينة ...". */
const LIST_GOES_ON = new RegExp(
  String.raw`^\s*(?:[،,]\s*|\s)و?(?:${alternation([...names.placeHeads, ...names.placeHeadsInName, ...names.villageHeads])})\s`,
  'u',
);
/** A camp's name, which opens with its camp noun ("مخيم الميناء"). */
const CAMP_NAME = new RegExp(String.raw`^(?:${alternation(names.placeHeadsInName)})\s`, 'u');
/** Between the district and a next place: "و", maybe after a comma ("في فلسطين والأردن"). */
const AND_BEFORE_NEXT = /^\s*(?:[،,]\s*)?و$/u;

export interface VillageDistrict {
  village: EntityMention;
  district: EntityMention;
  /** The words between the two names. */
  at: Span;
  /**
   * A comma, a slash or a dash sets the district off: the article's own description of the
   * village. Without one ("قرية التلة مدينة الميناء") the district may be a verb's object ("لا
   * تتبع قرية التلة مدينة الميناء"), so the placement is read in its clause.
   */
  setOff: boolean;
}

/** Villages stated to lie in the district named right after them. Mentions must be sorted by start. */
export function findVillageDistricts(text: string, mentions: readonly EntityMention[]): VillageDistrict[] {
  const found: VillageDistrict[] = [];
  mentions.forEach((village, index) => {
    if (village.entity.type !== 'Location' || village.anaphoric) return;
    if (!VILLAGE_BEFORE.test(text.slice(Math.max(0, village.start - 12), village.start))) return;
    const district = mentions.slice(index + 1).find((mention) => mention.start >= village.end);
    if (
      !district ||
      district.anaphoric ||
      district.entity.type !== 'Location' ||
      district.entity === village.entity ||
      CAMP_NAME.test(text.slice(district.start, district.end))
    )
      return;
    const gap = text.slice(village.end, district.start);
    if (gap.trim() === '' || !BETWEEN.test(gap)) return;
    if (LIST_GOES_ON.test(text.slice(district.end, district.end + 12))) return;
    const next = mentions.slice(index + 1).find((mention) => mention.start >= district.end);
    if (next?.entity.type === 'Location' && AND_BEFORE_NEXT.test(text.slice(district.end, next.start)))
      return;
    const setOff = SET_OFF.test(gap);
    if (!setOff && !IN_PLACE_PHRASE.test(text.slice(Math.max(0, village.start - 16), village.start))) return;
    found.push({ village, district, at: { start: village.end, end: district.start }, setOff });
  });
  return found;
}
