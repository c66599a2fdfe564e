/**
 * A deterministic synthetic news corpus in Arabic, French and English for benchmarks:
 * sentence templates of our own filled with names from pools, plus filler prose, so throughput
 * is measured on text shaped like the news evigraph reads. A seed fixes every word: the same
 * seed and count give the same documents, byte for byte, on every machine.
 */
import type { RawDocument } from '../ingest/types.ts';
import { seededRandom } from './seeded-random.ts';

export type Lang = 'ar' | 'fr' | 'en';

interface Pools {
  /** Given names and family names, combined: a large corpus meets many people, as news does. */
  given: string[];
  family: string[];
  actors: string[];
  agencies: string[];
  firms: string[];
  places: string[];
  victims: string[];
}

const POOLS: Record<Lang, Pools> = {
  en: {
    given: ['Anna', 'Marcus', 'Sofia', 'David', 'Laura', 'Peter', 'Helen', 'James', 'Olivia', 'Samuel'],
    family: ['Keller', 'Lindqvist', 'Marin', 'Okafor', 'Chen', 'Hartley', 'Novak', 'Brennan', 'Ito', 'Walsh'],
    actors: ['APT28', 'Fancy Bear', 'Sandworm', 'Lazarus Group', 'APT29', 'Turla', 'OilRig', 'MuddyWater'],
    agencies: ['the GRU', 'the FSB', 'the SVR', 'the NSA', 'the FBI'],
    firms: ['CrowdStrike', 'Mandiant', 'Flashpoint', 'ESET', 'Kaspersky', 'Trend Micro'],
    places: ['Moscow', 'Kyiv', 'Paris', 'Berlin', 'Washington', 'London'],
    victims: ['the Democratic Party', 'the Bundestag', 'TV5Monde', 'Saudi Aramco', 'Sony Pictures'],
  },
  fr: {
    given: ['Claire', 'Julien', 'Nadia', 'Thomas', 'Inès', 'Camille', 'Hugo', 'Léa', 'Mathieu', 'Sarah'],
    family: [
      'Dubois',
      'Moreau',
      'Benali',
      'Lefèvre',
      'Garnier',
      'Rousseau',
      'Fontaine',
      'Chevalier',
      'Girard',
      'Mercier',
    ],
    actors: ['APT28', 'Fancy Bear', 'Sandworm', 'le groupe Lazarus', 'APT29', 'Turla', 'OilRig'],
    agencies: ['le GRU', 'le FSB', 'le SVR', "l'ANSSI", 'la DGSE'],
    firms: ['CrowdStrike', 'Mandiant', 'Flashpoint', 'ESET', 'Kaspersky', 'Trend Micro'],
    places: ['Moscou', 'Kiev', 'Paris', 'Berlin', 'Washington', 'Londres'],
    victims: ['En Marche !', 'TV5Monde', 'le Bundestag', 'Saudi Aramco', 'le Parti démocrate'],
  },
  ar: {
    given: ['سارة', 'كريم', 'ليلى', 'يوسف', 'مريم', 'عمر', 'هدى', 'خالد', 'نور', 'سامي'],
    family: ['الحسيني', 'منصور', 'عبد الله', 'الخطيب', 'الزين', 'حداد', 'النجار', 'العلي', 'الشامي', 'يعقوب'],
    actors: ['APT28', 'بون ستورم', 'فانسي بير', 'مجموعة لازاروس', 'ساندوورم', 'تورلا'],
    agencies: ['الاستخبارات العسكرية الروسية', 'جهاز الأمن الفيدرالي الروسي', 'وكالة الأمن القومي'],
    firms: ['كراودسترايك', 'مانديانت', 'فلاشبوينت', 'كاسبرسكي', 'تريند مايكرو'],
    places: ['موسكو', 'كييف', 'باريس', 'برلين', 'واشنطن', 'لندن'],
    victims: ['حملة ماكرون', 'أرامكو السعودية', 'قناة تي في 5 موند', 'الحزب الديمقراطي'],
  },
};

const TEMPLATES: Record<Lang, string[]> = {
  en: [
    'According to {firm}, {actor} was behind the intrusion at {victim}.',
    '{actor} is linked to {agency}, investigators in {place} said on Tuesday.',
    '{person}, a researcher at {firm}, said the group registered {domain} to imitate {victim}.',
    'The attackers reportedly used the address {ip} and a file with hash {hash}.',
    '{agency} denied any involvement in the campaign against {victim}.',
    'Officials in {place} allegedly traced the phishing pages to {domain}.',
  ],
  fr: [
    'Selon {firm}, {actor} serait derrière le piratage subi par {victim}.',
    '{actor} est lié à {agency}, ont indiqué des enquêteurs à {place}.',
    '{person}, chercheuse chez {firm}, affirme que le groupe a enregistré {domain} pour imiter {victim}.',
    "Les pirates auraient utilisé l'adresse {ip} et un fichier dont l'empreinte est {hash}.",
    '{agency} a démenti toute implication dans la campagne visant {victim}.',
    'Des responsables à {place} ont relié les pages frauduleuses au domaine {domain}.',
  ],
  ar: [
    'وفقا لشركة {firm}، يعتقد أن {actor} كانت وراء اختراق {victim}.',
    'قال محققون في {place} إن {actor} المرتبطة ب{agency} نفذت الهجوم.',
    'قالت {person} من شركة {firm} إن المجموعة سجلت النطاق {domain} لانتحال صفة {victim}.',
    'استخدم المهاجمون العنوان {ip} وملفا بصمته {hash} بحسب التقرير.',
    'ونفت {agency} أي علاقة لها بالهجمات على {victim}.',
    'وأشار مسؤولون في {place} إلى أن الصفحات المزيفة مرتبطة بالنطاق {domain}.',
  ],
};

const FILLER: Record<Lang, string[]> = {
  en: [
    'The incident comes weeks before a closely watched vote.',
    'Security teams spent the weekend restoring e-mail accounts and rotating passwords.',
    'Several outlets published excerpts of the leaked documents before the embargo.',
  ],
  fr: [
    "L'incident survient quelques semaines avant un scrutin très attendu.",
    'Les équipes de sécurité ont passé le week-end à rétablir les comptes de messagerie.',
    'Plusieurs médias ont publié des extraits des documents avant la fin de la campagne.',
  ],
  ar: [
    'ويأتي الحادث قبل أسابيع من انتخابات تحظى بمتابعة واسعة.',
    'وأمضت فرق الأمن عطلة نهاية الأسبوع في استعادة حسابات البريد الإلكتروني.',
    'ونشرت عدة وسائل إعلام مقتطفات من الوثائق المسربة قبل انتهاء الحملة.',
  ],
};

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('empty pool');
  return item;
}

function hex(random: () => number, length: number): string {
  let out = '';
  while (out.length < length) out += Math.floor(random() * 16).toString(16);
  return out;
}

function fillTemplate(template: string, lang: Lang, random: () => number): string {
  const pools = POOLS[lang];
  const values: Record<string, () => string> = {
    actor: () => pick(random, pools.actors),
    agency: () => pick(random, pools.agencies),
    firm: () => pick(random, pools.firms),
    person: () => `${pick(random, pools.given)} ${pick(random, pools.family)}`,
    place: () => pick(random, pools.places),
    victim: () => pick(random, pools.victims),
    domain: () => `${pick(random, ['mail', 'login', 'secure', 'docs'])}-${hex(random, 6)}.com`,
    ip: () => Array.from({ length: 4 }, () => 1 + Math.floor(random() * 254)).join('.'),
    hash: () => hex(random, 64),
  };
  return template.replace(/\{(\w+)\}/g, (_, slot: string) => values[slot]?.() ?? slot);
}

export const BENCH_LANGUAGES = ['ar', 'fr', 'en'] as const;

export interface CorpusOptions {
  /** Any integer; the default is the one every recorded benchmark used. */
  seed?: number;
  /** Sentences per article (the default gives documents of about 1.5–3 KB). */
  sentences?: number;
}

const encoder = new TextEncoder();

export const DEFAULT_SEED = 20261203;

/** One article; the same (lang, index, seed) always gives the same text. */
export function generateArticle(lang: Lang, index: number, options: CorpusOptions = {}): string {
  const { seed = DEFAULT_SEED, sentences = 12 } = options;
  const random = seededRandom(Math.imul(index + 1, 7919) ^ Math.imul(seed, 31) ^ lang.charCodeAt(0));
  const body: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const useTemplate = random() < 0.6;
    body.push(
      useTemplate ? fillTemplate(pick(random, TEMPLATES[lang]), lang, random) : pick(random, FILLER[lang]),
    );
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < body.length; i += 3) paragraphs.push(body.slice(i, i + 3).join(' '));
  return paragraphs.join('\n\n');
}

/** Document number `index` of the corpus (languages take turns: ar, fr, en, ar, ...). */
export function generateDocument(index: number, options: CorpusOptions = {}): RawDocument {
  const lang = BENCH_LANGUAGES[index % BENCH_LANGUAGES.length] ?? 'en';
  const bytes = encoder.encode(generateArticle(lang, index, options));
  return { uri: `bench:${lang}/${index}.txt`, bytes, mediaType: 'text/plain' };
}

/** Documents `start` to `start + count - 1`, one at a time, so a 100k-document corpus never
 *  has to sit in memory whole. */
export function* generateDocuments(
  count: number,
  options: CorpusOptions = {},
  start = 0,
): Generator<RawDocument> {
  for (let index = start; index < start + count; index++) yield generateDocument(index, options);
}

/** The language a generated document's URI names. */
export function benchLanguage(uri: string): Lang {
  const lang = /^bench:(ar|fr|en)\//.exec(uri)?.[1];
  if (lang !== 'ar' && lang !== 'fr' && lang !== 'en') throw new Error(`not a bench document: ${uri}`);
  return lang;
}
