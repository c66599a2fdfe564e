/**
 * Supporting cues for names that are also ordinary words. A context-only alias counts as a
 * mention only when one of these words for its kind of entity stands within the same
 * sentence, a few words away: "the Snake group", "les pirates de Tick", "مجموعة سنيك".
 * Deliberately a short word list, not a model: easy to read, to test and to extend.
 */
import type { EntityType } from '../../graph-schema/schema.ts';
import { arabicReadings, isArabicLetter } from '../normalize/arabic.ts';
import { foldKey } from '../normalize/fold.ts';
import { PACKS } from '../extract/lang/index.ts';

const THREAT_CUES = [
  'group',
  'groups',
  'groupe',
  'groupes',
  'apt',
  'hacker',
  'hackers',
  'hacking',
  'pirate',
  'pirates',
  'piratage',
  'actor',
  'actors',
  'acteur',
  'acteurs',
  'threat',
  'menace',
  'campaign',
  'campagne',
  'cyber',
  'cyberattack',
  'cyberattacks',
  'cyberattaque',
  'cyberattaques',
  'cyberespionage',
  'cyberespionnage',
  'espionage',
  'espionnage',
  'malware',
  'ransomware',
  'intrusion',
  'intrusions',
  'attacker',
  'attackers',
  'attaquant',
  'attaquants',
  'phishing',
  'hameçonnage',
  'backdoor',
  'مجموعة',
  'قراصنة',
  'قرصنة',
  'هاكرز',
  'مخترقين',
  'اختراق',
  'هجوم',
  'هجمات',
  'تجسس',
  'تهديد',
  'برمجية',
  'برمجيات',
];
const ORGANIZATION_CUES = [
  'party',
  'parti',
  'movement',
  'mouvement',
  'company',
  'société',
  'entreprise',
  'firm',
  'agency',
  'agence',
  'group',
  'groupe',
  'campaign',
  'campagne',
  'spokesman',
  'spokeswoman',
  'parole',
  'حزب',
  'حركة',
  'حملة',
  'شركة',
  'وكالة',
  'قناة',
  'شبكة',
  'صحيفة',
  'متحدث',
  'المتحدث',
];
const PERSON_CUES = [
  'president',
  'président',
  'présidente',
  'former',
  'ancien',
  'minister',
  'ministre',
  'candidate',
  'candidat',
  'candidate',
  'الرئيس',
  'المرشح',
  'المرشحة',
  'الوزير',
  'وفق',
  // Who speaks: the verb of saying ("a déclaré") and the word that opens a source ("selon").
  ...PACKS.flatMap((pack) => [
    ...pack.claims.speakerVerbs.map((phrase) => phrase.split(' ').at(-1) ?? phrase),
    ...pack.claims.sources.map((phrase) => phrase.split(' ')[0] ?? phrase),
  ]),
];
const PLACE_CUES = [
  'city',
  'ville',
  'capital',
  'capitale',
  'country',
  'pays',
  'government',
  'gouvernement',
  'embassy',
  'ambassade',
  'مدينة',
  'العاصمة',
  'دولة',
  'حكومة',
  'سفارة',
];

function folded(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.map(foldKey));
}

const CUES_BY_TYPE: Partial<Record<EntityType, ReadonlySet<string>>> = {
  ThreatActor: folded(THREAT_CUES),
  Malware: folded(THREAT_CUES),
  Organization: folded(ORGANIZATION_CUES),
  Person: folded(PERSON_CUES),
  Location: folded(PLACE_CUES),
};

/** How far around a mention a cue may stand, in folded characters, within one sentence. */
export const CUE_WINDOW = 60;
/** A semicolon joins two clauses of one sentence: "one of the most active groups; X, ...". */
const SENTENCE_END = /[.!?؟]/;

/**
 * Whether a cue for `type` stands near folded[start, end). Arabic words are also looked up
 * without their attached clitics ("والقراصنة" supports like "قراصنة").
 */
export function hasCue(folded: string, start: number, end: number, type: EntityType): boolean {
  const cues = CUES_BY_TYPE[type];
  if (!cues) return false;
  const before = folded.slice(Math.max(0, start - CUE_WINDOW), start);
  const after = folded.slice(end, end + CUE_WINDOW);
  const sentenceBefore = before.split(SENTENCE_END).pop() ?? '';
  const sentenceAfter = after.split(SENTENCE_END)[0] ?? '';
  const words = `${sentenceBefore} ${sentenceAfter}`.split(/[^\p{L}\p{N}'-]+/u);
  return words.some((word) => {
    if (cues.has(word)) return true;
    if (!isArabicLetter(word.charCodeAt(0))) return false;
    return arabicReadings(word).some((reading) => cues.has(reading.stem));
  });
}
