/** Arabic words that open the examples of an object (see EnumerationVocabulary). */
import type { EnumerationVocabulary } from '../types.ts';

export const enumerations = {
  opening: [
    {
      phrases: ['منها', 'من بينها', 'بينها'],
      examples: [
        {
          text: 'استهدفت مجموعة APT28 عدة دول أوروبية، منها ألمانيا وفرنسا وإيطاليا.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'إيطاليا' },
        },
        {
          text: 'استهدف القراصنة من مجموعة APT28 مؤسسات حكومية في عدة دول بينها فرنسا وألمانيا.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'ألمانيا' },
        },
      ],
    },
  ],
  comparing: [
    {
      phrases: ['مثل'],
      examples: [
        {
          text: 'استهدفت مجموعة APT28 عدة دول أوروبية مثل ألمانيا وفرنسا.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'ألمانيا' },
        },
      ],
    },
  ],
  beforeExample: ['في'],
  indicatorLeads: [
    {
      phrases: ['بنية تحتية|التحتية', 'مؤشرات اختراق|الاختراق', 'مؤشرات', 'نطاقات', 'عناوين', 'خوادم'],
      examples: [
        {
          text: 'البنية التحتية لمجموعة TA999\nbilling-portal[.]net\nsecure-invoice[.]org\n',
          expect: { source: 'TA999', type: 'USES', target: 'secure-invoice.org' },
        },
      ],
    },
  ],
  infrastructureVerbs: [
    {
      // "سجّل" is the registration trigger's already, and a noun ("a record") as often.
      phrases: ['أنشأ|أنشأت|ينشئ|تنشئ', 'استضاف|استضافت|يستضيف|تستضيف', 'أدار|أدارت|يدير|تدير'],
      examples: [
        {
          text: 'تتابع شركة Quillsec مجموعة TA999 منذ عام 2019.\nأنشأت المجموعة الحسابات التالية:\nbilling.desk[@]gmail.com\nsupport.team[@]gmail.com\n',
          expect: { source: 'TA999', type: 'USES', target: 'support.team@gmail.com' },
        },
      ],
    },
  ],
  ownershipCompounds: [],
  softwareKinds: [],
  victimPlaces: [],
  unsaidUserSubjects: [],
  unsaidUserPurposes: [],
  indicatorPlaceLinks: [],
  indicatorPlaceArticles: [],
  indicatorPlaceEnds: [],
  actorHoldings: [],
  holdingVerbs: [],
  holdingPrepositions: [],
  holdingParticiples: [],
  imitationWords: [
    {
      phrases: [
        'تشبه|يشبه',
        'مزيف|مزيفة|مزيفه|مزيفان|مزيفتان',
        'المزيف|المزيفة|المزيفه|المزيفان|المزيفتان',
        'مزورة|مزوره|المزورة|المزوره',
        'تحاكي|يحاكي',
        'تنتحل|ينتحل',
        'انتحال|لانتحال',
      ],
      examples: [
        {
          text: 'سجلت مجموعة APT99 النطاق المزيف wada-arna.org لاستهداف الوكالة العالمية لمكافحة المنشطات WADA.',
          expect: { source: 'wada-arna.org', type: 'IMPERSONATES', target: 'WADA' },
        },
      ],
    },
  ],
} as const satisfies EnumerationVocabulary;
