/**
 * Arabic names of an incident after its victim. The noun is often joined to its victim with
 * no linking word ("اختراق حملة ماكرون"). Example sentences are our own.
 */
import type { IncidentVocabulary } from '../types.ts';

export const incidents = {
  nouns: [
    {
      phrases: [
        'اختراق|اختراقات|قرصنة',
        'الهجوم الإلكتروني على',
        'هجوم إلكتروني على',
        'الهجوم|هجوم|هجمات على',
        'هجوم|الهجوم|هجمات',
        'تسريب|تسريبات',
        // "سرقة البنك المركزي البنغلاديشي": a theft names its victim the same way.
        'سرقة',
        'السطو على',
      ],
      examples: [
        { text: 'استمر اختراق حملة ماكرون أياما.', expect: { event: 'Hack of En Marche!' } },
        { text: 'وقع هجوم على حملة ماكرون في أبريل.', expect: { event: 'Hack of En Marche!' } },
      ],
    },
  ],
  adjectives: ['الكبير', 'الإلكتروني'],
  victimLinkers: [
    {
      phrases: [
        'تطال|طالت|استهدف|استهدفت',
        'حملة|لحملة',
        // "الهجوم الذي استهدف X": the definite noun takes its verb through a relative pronoun.
        'الذي|التي استهدف|استهدفت|طال|طالت',
      ],
      examples: [
        { text: 'وقعت هجمات استهدفت قناة TV5Monde في أبريل.', expect: { event: 'Hack of TV5Monde' } },
        {
          text: 'الهجوم الذي استهدف قناة TV5Monde نفذته مجموعة APT28.',
          expect: { event: 'Hack of TV5Monde' },
        },
      ],
    },
    {
      // "اختراق هاتف الصحفي": the device or account hacked is the victim's own.
      phrases: ['هاتف|هواتف|حساب|حسابات|بريد'],
      examples: [
        { text: 'بدأ اختراق هاتف ماكرون في عام 2019.', expect: { event: 'Hack of Emmanuel Macron' } },
      ],
    },
    {
      // "الهجوم على شركة سوني بيكتشرز": the kind of victim before a name that does not include it.
      phrases: ['شركة|مؤسسة|منظمة|هيئة|وكالة|مصرف|بنك|موقع|صحيفة|قناة|شبكة|أنظمة|خوادم'],
      examples: [
        { text: 'وقع الهجوم على شركة سوني بيكتشرز عام 2014.', expect: { event: 'Hack of Sony Pictures' } },
        {
          text: 'استمرت سرقة البنك المركزي البنغلاديشي أياما.',
          expect: { event: 'Hack of البنك المركزي البنغلاديشي' },
        },
      ],
    },
  ],
  afterVictim: [],
  afterName: [],
  // Arabic names what was hit after the incident noun, and the date after the incident.
  datedNouns: [],
  targetNouns: [],
  victimQuantifiers: [],
  months: [],
  againstVictim: ['ضد'],
  victimPrepositions: ['على'],
  onVictim: ['هجمات|هجوم|اختراق على|في'],
  partyMarkers: ['إلى'],
  leakedMaterial: [
    {
      phrases: ['الوثائق|الرسائل|الملفات المسربة|المسروقة'],
      examples: [
        {
          text: 'تم اكتشاف اختراق حملة ماكرون في مايو. وبعد أسبوعين نشر موقع ويكيليكس الوثائق المسربة.',
          expect: { event: 'اختراق حملة ماكرون' },
        },
      ],
    },
  ],
  // Arabic writes the year after the election with "عام": not read yet.
  elections: [],
  intrusionNouns: [
    {
      phrases: ['التدخل|تدخل في'],
      examples: [
        {
          text: 'نفت الحكومة التدخل في الانتخابات البلدية الأخيرة.',
          expect: { event: 'تدخل في الانتخابات البلدية الأخيرة' },
        },
      ],
    },
  ],
  complementEnds: ['التي|الذي|الذين|من|عبر|على|عن|إلى|مع|خلال|بعد|قبل|منذ|حسب|وفق'],
  // Arabic tells of an incident undergone by the verb first, "تعرضت X لهجوم" (rules/events.ts).
  undergoneNouns: [],
  undergoneVerbs: [],
  // Arabic tells of what happened verb first, "وقع الهجوم في ...": none of these yet.
  occurrenceVerbs: [],
  existentials: [],
  agentVictims: [
    {
      phrases: ['ضحية|ضحايا'],
      examples: [
        {
          text: 'تعرضت شركة سوني بيكتشرز لاختراق كبير. وقال مكتب التحقيقات الفيدرالي إن سوني بيكتشرز كانت ضحية لعملية قرصنة على يد مجموعة لازاروس.',
          expect: { source: 'Hack of Sony Pictures', type: 'ATTRIBUTED_TO', target: 'لازاروس' },
        },
      ],
    },
  ],
  agentDeeds: ['هجوم|هجمات', 'حملة', 'عملية|عمليات', 'اختراق', 'قرصنة'],
  agentLinkers: ['من جانب|قبل', 'على يد', 'شنتها|شنها'],
  namedIncidentNouns: [
    {
      phrases: ['حملة'],
      kind: 'campaign',
      examples: [{ text: 'تابع الباحثون حملة Quillsoft لعدة أشهر.', expect: { event: 'حملة Quillsoft' } }],
    },
    {
      phrases: ['اختراق'],
      kind: 'hack',
      examples: [{ text: 'درس المحققون اختراق Quillsoft في مايو.', expect: { event: 'Quillsoft hack' } }],
    },
  ],
  namedIncidentDeterminers: [],
  incidentNaming: [
    {
      phrases: ['أطلق عليها', 'أطلق عليها اسم'],
      examples: [
        { text: 'شن القراصنة هجمات أطلق عليها اسم «QuillLeaks» ضد البنوك.', expect: { event: 'QuillLeaks' } },
      ],
    },
  ],
  projectNouns: [
    {
      phrases: ['مشروع'],
      examples: [{ text: 'عمل صحفيون على مشروع بيغاسوس.', expect: { event: 'Pegasus Project' } }],
    },
  ],
  projectNounsAfter: [],
  militaryMeans: [
    'بطائرات|بالطائرات مسيرة|المسيرة|مسيّرة|المسيّرة|حربية|الحربية',
    'بالصواريخ|بصواريخ|بالقذائف|بقذائف|بالمدفعية|بالدبابات',
  ],
  cyberStems: [
    'إلكترون',
    'الكترون',
    'سيبران',
    'اختراق',
    'قرصن',
    'قراصن',
    'برمجي',
    'فدية',
    'تجسس',
    'خوادم',
    'تسريب',
    'تسريبات',
  ],
  // Not yet written for this language.
  unnamedIntruders: [],
  unnamedIntruderDeeds: [],
  unnamedIntruderDoubts: [],
  objectlessClaims: [],
  claimObjectWords: [],
  personCampaignNouns: [
    {
      phrases: ['حملة|حملات|فريق|حزب|معسكر'],
      examples: [
        {
          text: 'تعرضت حملة المرشح الرئاسي جان لوك ميلانشون لهجوم إلكتروني في مايو.',
          expect: { event: 'حملة المرشح الرئاسي جان لوك ميلانشون' },
        },
      ],
    },
  ],
  personCampaignLinks: [
    {
      phrases: ['مرشح(ة)', 'المرشح(ة)'],
      examples: [
        {
          text: 'تعرضت حملة المرشح الرئاسي جان لوك ميلانشون لهجوم إلكتروني في مايو.',
          expect: { event: 'حملة المرشح الرئاسي جان لوك ميلانشون' },
        },
      ],
    },
  ],
  personCampaignModifiers: [],
  games: [
    {
      kind: 'Olympic Games',
      phrases: ['العاب|الالعاب اولمبية|الاولمبية', 'دورة العاب|الالعاب اولمبية|الاولمبية', 'اولمبياد'],
      examples: [
        { text: 'هاجم قراصنة موقع الألعاب الأولمبية في طوكيو.', expect: { event: 'Olympic Games in Tokyo' } },
      ],
    },
    {
      kind: 'Winter Olympics',
      phrases: [
        'العاب|الالعاب اولمبية|الاولمبية شتوية|الشتوية',
        'دورة العاب|الالعاب اولمبية|الاولمبية شتوية|الشتوية',
      ],
      examples: [
        {
          text: 'عطل قراصنة افتتاح دورة الألعاب الأولمبية الشتوية في بيونغ تشانغ.',
          expect: { event: 'Winter Olympics in Pyeongchang' },
        },
      ],
    },
    {
      kind: 'Summer Olympics',
      phrases: [
        'العاب|الالعاب اولمبية|الاولمبية صيفية|الصيفية',
        'دورة العاب|الالعاب اولمبية|الاولمبية صيفية|الصيفية',
      ],
      examples: [
        {
          text: 'هاجم قراصنة الألعاب الأولمبية الصيفية في باريس.',
          expect: { event: 'Summer Olympics in Paris' },
        },
      ],
    },
    {
      kind: 'World Cup',
      phrases: ['كأس العالم', 'مونديال'],
      examples: [{ text: 'هاجم قراصنة موقع كأس العالم في قطر.', expect: { event: 'World Cup in Qatar' } }],
    },
  ],
  gamesPlaceLinks: [
    {
      phrases: ['في'],
      examples: [{ text: 'هاجم قراصنة موقع كأس العالم في قطر.', expect: { event: 'World Cup in Qatar' } }],
    },
  ],
  // Not yet given: what a body holds that an attack reaches, opening a sentence.
  holdingsOfVictim: [],
  holdingsHit: [],
} as const satisfies IncidentVocabulary;
