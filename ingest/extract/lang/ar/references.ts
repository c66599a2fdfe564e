/** Arabic descriptions that stand for an entity named shortly before (see ReferenceVocabulary). */
import type { ReferenceVocabulary } from '../types.ts';

export const references = {
  actors: [
    {
      phrases: ['هذه المجموعة', 'المجموعة', 'هذه الجماعة', 'الجماعة', 'العصابة', 'هذه العصابة'],
      examples: [
        {
          text: 'تنشط مجموعة APT28 منذ عام 2007. واستهدفت المجموعة وزارة الدفاع الألمانية.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'وزارة الدفاع الألمانية' },
        },
      ],
    },
    {
      phrases: [
        'القراصنة',
        'هؤلاء القراصنة',
        'المهاجمون',
        'المتسللون',
        'المخترقون',
        'الهاكرز',
        // "the attacking party": news that will not call the actor a group yet.
        'الجهة المهاجمة',
      ],
      examples: [
        {
          text: 'تنشط مجموعة APT28 منذ عام 2007. واستهدف المتسللون وزارة الدفاع الألمانية.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'وزارة الدفاع الألمانية' },
        },
        {
          text: 'تنشط مجموعة APT28 منذ عام 2007. واستهدفت الجهة المهاجمة وزارة الدفاع الألمانية.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'وزارة الدفاع الألمانية' },
        },
      ],
    },
  ],
  malware: [
    {
      phrases: ['البرمجية', 'البرمجية الخبيثة', 'هذه البرمجية', 'البرنامج الخبيث', 'هذا البرنامج الخبيث'],
      examples: [
        {
          text: 'انتشر فيروس Emotet في عام 2019. واستخدمت مجموعة TA542 البرمجية الخبيثة ضد المصارف.',
          expect: { source: 'TA542', type: 'USES', target: 'Emotet' },
        },
      ],
    },
  ],
  incidents: [
    {
      phrases: [
        'هذه الهجمات',
        'هذا الهجوم',
        'الهجوم',
        'الهجمات',
        'الهجوم الإلكتروني',
        'الهجوم السيبراني',
        'هذا التسريب',
        'هذه التسريبات',
        'هذا الاختراق',
        'الاختراق',
        // "the operation": how Arabic news often goes on about the incident it reports.
        'العملية',
        'هذه العملية',
      ],
      examples: [
        {
          text: 'تعرضت قناة TV5Monde للاختراق في عام 2015. ونُسب الهجوم إلى مجموعة APT28.',
          expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
        },
      ],
    },
  ],
  members: [
    {
      phrases: ['عناصرها', 'أعضاؤها', 'عناصرهم'],
      examples: [
        {
          text: 'تنشط مجموعة APT28 منذ عام 2007. واستهدف عناصرها وزارة الدفاع الألمانية.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'وزارة الدفاع الألمانية' },
        },
      ],
    },
  ],
  // Arabic attaches the possessive to the noun ("أدواتها"), which no rule reads yet.
  holdings: [],
  // No rule reads an Arabic indefinite campaign yet ("حملة" has no article to tell it by).
  unnamedCampaigns: [],
  // "الأخير" is as often an adjective ("الأسبوع الأخير"): no phrase until a rule tells them apart.
  latter: [],
  actorPairs: [
    {
      // The dual of "المجموعة", in either case.
      phrases: ['المجموعتان|المجموعتين'],
      examples: [
        {
          text: 'ربط المحللون مجموعة APT28 بمجموعة APT29. واستهدفت المجموعتان وزارة الدفاع الألمانية.',
          expect: { source: 'APT29', type: 'TARGETED', target: 'وزارة الدفاع الألمانية' },
        },
      ],
    },
  ],
  // Arabic always writes "أن" or "إن" before the clause.
  clauseVerbs: [],
  incidentObjects: [
    {
      // "X نفذه": X carried it out. "ه" agrees with a masculine incident noun ("هجوم", "اختراق"),
      // "ها" with a feminine or plural one ("عملية", "هجمات").
      phrases: ['نفذه|نفذته|نفذها|نفذتها', 'دبره|دبرته|دبرها|دبرتها', 'شنه|شنته|شنها|شنتها'],
      examples: [
        {
          text: 'استمر اختراق حملة ماكرون أياما. وقالت باريس إن مجموعة APT28 نفذته.',
          expect: { source: 'اختراق حملة ماكرون', type: 'ATTRIBUTED_TO', target: 'APT28' },
        },
        {
          // The verb first, its subject after it.
          text: 'تعرضت قناة TV5Monde للاختراق في عام 2015، ودبره قراصنة مجموعة APT28.',
          expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
        },
      ],
    },
  ],
  // No leak is named by a participle of naming after a reference in Arabic yet ("التسريبات
  // المسماة X"): no owner of the material is read.
  materialOwners: [],
  namingParticles: [],
  selfNamings: [],
  campaigns: [
    {
      // The demonstrative only: "الحملة" alone is as often a candidate's.
      phrases: ['هذه الحملة'],
      examples: [
        {
          // The actor through its campaign.
          text: 'تنشط مجموعة APT28 منذ عام 2007. واستهدفت هذه الحملة وزارة الدفاع الألمانية.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'وزارة الدفاع الألمانية' },
        },
        {
          // A campaign named before is the one spoken of, not the last actor named.
          text: 'تابع المحللون حملة Bluefin ضد شركات الشحن. وكانت مجموعة Turla نشطة أيضا. ونُسبت هذه الحملة إلى مجموعة APT99.',
          expect: { source: 'حملة Bluefin', type: 'ATTRIBUTED_TO', target: 'APT99' },
        },
      ],
    },
  ],
  subjectCopulas: [
    {
      phrases: ['هي|هو'],
      examples: [
        {
          text: 'هيئة الأمن السيبراني الوطنية هي الهيئة المسؤولة عن حماية الشبكات. وافتتحت وزارة المالية مكتبا جديدا. ويقع مقر الهيئة في موسكو.',
          expect: { source: 'هيئة الأمن السيبراني الوطنية', type: 'LOCATED_IN', target: 'موسكو' },
        },
      ],
    },
  ],
  subjectAliases: [
    {
      phrases: ['المعروفة|المعروف باسم', 'أو'],
      examples: [
        {
          text: 'هيئة الأمن السيبراني الوطنية، المعروفة باسم NCSA، هي الهيئة المسؤولة عن حماية الشبكات. وافتتحت وزارة المالية مكتبا جديدا. ويقع مقر الهيئة في موسكو.',
          expect: { source: 'هيئة الأمن السيبراني الوطنية', type: 'LOCATED_IN', target: 'موسكو' },
        },
      ],
    },
  ],
  othersAfter: [
    {
      phrases: ['الجديدة|الجديد|الأخرى|الآخر|الثانية|الثاني|المنافسة|المنافس|المقلدة'],
      examples: [
        {
          text: 'استهدفت مجموعة APT28 حلف الناتو. واخترقت المجموعة الأخرى Turla البوندستاغ.',
          expect: { source: 'Turla', type: 'TARGETED', target: 'البوندستاغ' },
        },
      ],
    },
  ],
  subjectDeterminers: [
    {
      phrases: ['هذه|هذا'],
      examples: [
        {
          text: 'هيئة الأمن السيبراني الوطنية هي الهيئة المسؤولة عن حماية الشبكات. وافتتحت وزارة المالية مكتبا جديدا. ويقع مقر هذه الهيئة في موسكو.',
          expect: { source: 'هيئة الأمن السيبراني الوطنية', type: 'LOCATED_IN', target: 'موسكو' },
        },
      ],
    },
  ],
  organisations: [
    {
      phrases: ['الحكومة|الوزارة|الوكالة|اللجنة|المديرية|الهيئة|الجهاز'],
      examples: [
        {
          text: 'أصدرت وزارة الخارجية النرويجية بيانا. ويقع مقر الوزارة في أوسلو.',
          expect: { source: 'وزارة الخارجية النرويجية', type: 'LOCATED_IN', target: 'أوسلو' },
        },
      ],
    },
    {
      // A company group named with "مجموعة" before its name ("مجموعة NSO"); an actor's
      // "المجموعة" is ingest/rules/anaphora.ts'.
      phrases: ['المجموعة'],
      sharedWithActors: true,
      examples: [
        {
          text: 'وباعت مجموعة NSO أنظمتها لعدة دول. وقال كريم ناصر، الرئيس التنفيذي للمجموعة، إن التقرير خاطئ.',
          expect: { source: 'كريم ناصر', type: 'LEADS', target: 'NSO Group' },
        },
      ],
    },
    {
      // A bank's name holds the article ("البنك المركزي ..."), unlike a ministry's construct.
      phrases: ['البنك|المصرف'],
      articleInName: true,
      examples: [
        {
          text: 'أصدر البنك المركزي النرويجي بيانا. ويقع مقر البنك في أوسلو.',
          expect: { source: 'البنك المركزي النرويجي', type: 'LOCATED_IN', target: 'أوسلو' },
        },
      ],
    },
    {
      // "النظام" stands for the one regime named so far ("النظام السوري", a state's government,
      // lang/ar/names.ts `regimeHeads`); after a government named otherwise it is as often "the
      // system" an attack reached, and stands for nothing.
      phrases: ['النظام'],
      articleInName: true,
      examples: [
        {
          text: 'قالت مايكروسوفت إن مجموعة APT33 تعمل لصالح النظام الإيراني. ويقع مقر النظام في طهران.',
          expect: { source: 'النظام الإيراني', type: 'LOCATED_IN', target: 'طهران' },
        },
      ],
    },
  ],
  companies: [
    {
      phrases: ['الشركة', 'هذه الشركة'],
      examples: [
        {
          text: 'أعلنت شركة كاسبرسكي عن تقرير جديد. ويقع مقر الشركة في موسكو.',
          expect: { source: 'Kaspersky', type: 'LOCATED_IN', target: 'Moscow' },
        },
      ],
    },
  ],
  pronouns: [
    {
      // The pronoun opening a nominal sentence, matched as written with its "و": "هي" agrees
      // with a group ("مجموعة") or a tool ("برمجية"), "هو" with a man or a program ("برنامج").
      phrases: ['هي', 'وهي', 'هو', 'وهو'],
      agrees: 'thingOrPerson',
      examples: [
        {
          text: 'ظهرت مجموعة APT28 عام 2007. وهي مرتبطة بالاستخبارات العسكرية الروسية.',
          expect: { source: 'APT28', type: 'ATTRIBUTED_TO', target: 'GRU' },
        },
      ],
    },
  ],
  sourcePronouns: [],
  targetOwners: [],
  attachedOwners: [
    {
      phrases: [
        'هجماتها|هجماتهم|هجماته',
        'هجومها|هجومهم|هجومه',
        'عملياتها|عملياتهم|عملياته',
        'حملاتها|حملاتهم|حملاته',
        'حملتها|حملتهم|حملته',
      ],
      examples: [
        {
          text: 'مجموعة APT28 روسية. واستهدفت هجماتها البرلمان الألماني.',
          expect: { source: 'APT28', type: 'TARGETED', target: 'Bundestag' },
        },
      ],
    },
  ],
  // Arabic glues an object pronoun to the word before it ("وراءه"): none stands apart.
  objectPronouns: [],
  victimHoldings: [],
  actorDescriptionHeads: [],
  contrastiveModifiers: [],
  incidentPronounParties: [],
} as const satisfies ReferenceVocabulary;
