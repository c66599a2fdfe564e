/**
 * Arabic press, second set: wire prose about cyberattacks in the Arab world and beyond, with the
 * forms the first set (test/arabic-press.test.ts) had few of: verbs in the dual and the plural
 * ("مجموعتا X وY شنتا", "قراصنة اخترقوا"), passives and verbal nouns ("جرى استهداف", "تم اختراق",
 * "نفت اختراق أنظمتها من قبل X"), place adjectives on bodies ("وزارة الخارجية المغربية"),
 * the Jordanian capital عمان beside Oman the country, a company's statement running into the
 * next clause, and Arabic names close to a known actor's. The paragraphs are our own; each lists
 * the relations a careful reader takes from it, and the extractor must find nothing else.
 *
 * HELD_OUT was written, with its relations, before the extractor was run on it and before any
 * rule was changed for it; rules are never shaped on it, so its recall is our estimate of how the
 * rules do on Arabic news they were not written for. DEV is the set rules may be fixed on.
 */
import { test } from 'node:test';
import { assertNewsRecall, type NewsParagraph } from './news-paragraphs-harness.ts';

/**
 * Held-out: the share of the expected relations found, one notch below what the rules find (8 of
 * 33 when it was written, before any rule was changed; 16 after the rules shaped on its dev set).
 */
const HELD_OUT_RECALL_FLOOR = 0.48;

/**
 * Wrong relations the rules gave on the held-out set when it was written, tolerated by name
 * (never tuned to); a fourth then, "TARGETED بنك مصر -> Kaspersky", is no longer given.
 */
const HELD_OUT_KNOWN_WRONG: readonly string[] = [
  'DENIES وزارة النقل والاتصالات -> Handala',
  'ATTRIBUTED_TO Volt Typhoon -> الحكومة الصينية',
  'PART_OF هيئة السايبر الوطنية الإسرائيلية -> Ministry of Intelligence and Security',
];

const HELD_OUT: readonly NewsParagraph[] = [
  {
    text: 'أفادت وكالة الأنباء الأردنية (بترا) بأن قراصنة اخترقوا مساء الثلاثاء الموقع الإلكتروني لوزارة التربية والتعليم الأردنية، ونشروا عليه صورا ورسائل سياسية. وتبنت مجموعة HomeLand Justice العملية عبر قناتها على تلغرام، فيما أكد مسؤول في الوزارة من العاصمة عمان أن بيانات الطلبة لم تتعرض للتسريب.',
    expect: [
      'LOCATED_IN وكالة الأنباء الأردنية -> Jordan',
      'LOCATED_IN وزارة التربية والتعليم الأردنية -> Jordan',
      'TARGETED HomeLand Justice -> وزارة التربية والتعليم الأردنية',
    ],
  },
  {
    text: 'وذكر تقرير نشرته شركة مانديانت الخميس أن مجموعتي APT28 وSandworm، المرتبطتين بالاستخبارات العسكرية الروسية، شنتا خلال الشتاء الماضي هجمات متتالية على شبكات شركة أورلين البولندية للطاقة. وأشار التقرير إلى أن المهاجمين حاولوا تعطيل محطات توزيع الوقود في عدة مدن.',
    expect: [
      'ATTRIBUTED_TO APT28 -> GRU',
      'ATTRIBUTED_TO Sandworm Team -> GRU',
      'LOCATED_IN GRU -> Russia',
      'TARGETED APT28 -> أورلين',
      'TARGETED Sandworm Team -> أورلين',
      'LOCATED_IN أورلين -> Poland',
    ],
  },
  {
    text: 'نفت وزارة النقل والاتصالات وتقنية المعلومات العمانية، في بيان مقتضب مساء الأحد، اختراق أنظمتها الإلكترونية من قبل مجموعة Handala، مؤكدة أن خدماتها تعمل بصورة طبيعية. وكانت حسابات مرتبطة بالمجموعة على منصة إكس قد نشرت وثائق قالت إنها سُربت من خوادم الوزارة.',
    expect: [
      'LOCATED_IN وزارة النقل والاتصالات وتقنية المعلومات العمانية -> Oman',
      'DENIES وزارة النقل والاتصالات وتقنية المعلومات العمانية -> Handala',
      'TARGETED Handala -> وزارة النقل والاتصالات وتقنية المعلومات العمانية',
    ],
  },
  {
    text: 'قالت شركة مايكروسوفت في تقرير حديث إن مجموعة Volt Typhoon، التي تعمل لصالح الحكومة الصينية بحسب تقديرات أمريكية، تسللت إلى أنظمة شركات اتصالات في جزيرة غوام منذ منتصف 2021. ورفضت بكين هذه الاتهامات، وقال المتحدث باسم وزارة الخارجية الصينية، ماو نينغ، إن الصين "هي نفسها أكبر ضحية للهجمات السيبرانية".',
    expect: [
      'ATTRIBUTED_TO Volt Typhoon -> Government of China',
      'TARGETED Volt Typhoon -> Guam',
      'DENIES Beijing -> Volt Typhoon',
      'WORKS_FOR ماو نينغ -> وزارة الخارجية الصينية',
      "LOCATED_IN وزارة الخارجية الصينية -> People's Republic of China",
    ],
  },
  {
    text: 'أعلنت هيئة السايبر الوطنية الإسرائيلية، الاثنين، أنه جرى استهداف مستشفى رمبام في حيفا بهجوم ببرمجيات الفدية أدى إلى تعطيل أنظمة الطوارئ لساعات. ورجحت الهيئة أن يكون قراصنة يعملون لصالح وزارة الاستخبارات الإيرانية وراء الهجوم، فيما لم تعلق طهران على الاتهام.',
    expect: [
      'LOCATED_IN هيئة السايبر الوطنية الإسرائيلية -> Israel',
      'LOCATED_IN مستشفى رمبام -> Haifa',
      'TARGETED Hack of مستشفى رمبام -> مستشفى رمبام',
      'ATTRIBUTED_TO Hack of مستشفى رمبام -> Ministry of Intelligence and Security',
      'LOCATED_IN Ministry of Intelligence and Security -> Iran',
    ],
  },
  {
    text: 'استهدف هجوم إلكتروني واسع شبكة بنك مصر وقالت شركة كاسبرسكي إن برمجية خبيثة تعرف باسم LockBit استُخدمت لتشفير بيانات العملاء. وأوضح أحمد منصور، الباحث في كاسبرسكي، أن أفراد العصابة اخترقوا الشبكة عبر ثغرة في أحد خوادم البريد.',
    expect: [
      'TARGETED Hack of بنك مصر -> بنك مصر',
      'TARGETED LockBit -> بنك مصر',
      'WORKS_FOR أحمد منصور -> Kaspersky',
    ],
  },
  {
    text: 'يُشتبه في أن مجموعة MuddyWater الإيرانية تقف وراء حملة تصيد استهدفت موظفين في وزارة الخارجية المغربية ووزارة المالية الإماراتية خلال الأسابيع الماضية، بحسب ما أفادت به شركة بروف بوينت. وقالت الشركة إن الرسائل انتحلت صفة منظمة الأمم المتحدة.',
    expect: [
      'LOCATED_IN MuddyWater -> Iran',
      'TARGETED MuddyWater -> وزارة الخارجية المغربية',
      'TARGETED MuddyWater -> وزارة المالية الإماراتية',
      'LOCATED_IN وزارة الخارجية المغربية -> Morocco',
      'LOCATED_IN وزارة المالية الإماراتية -> United Arab Emirates',
    ],
  },
  {
    text: 'كشفت صحيفة هآرتس أن عناصر من الوحدة 8200 التابعة للاستخبارات العسكرية الإسرائيلية زرعوا برمجيات تجسس في شبكة اتصالات تابعة لحزب الله خلال الأشهر التي سبقت الحرب. ونقلت الصحيفة عن مسؤول أمني سابق قوله إن العملية استمرت أكثر من عام.',
    expect: [
      'PART_OF Unit 8200 -> الاستخبارات العسكرية الإسرائيلية',
      'LOCATED_IN الاستخبارات العسكرية الإسرائيلية -> Israel',
      'TARGETED Unit 8200 -> Hezbollah',
    ],
  },
];

test('Arabic press paragraphs 2, held out: recall of what a reader takes, and nothing else', () => {
  assertNewsRecall(HELD_OUT, 'ar', HELD_OUT_RECALL_FLOOR, HELD_OUT_KNOWN_WRONG);
});

/**
 * Dev: the share of the expected relations found, one notch below what the rules find (4 of 25
 * when written; 19 of 27, then 25 of 31 with a paragraph on the capital Amman and an attack
 * carried out by a group, "بهجوم شنته").
 */
const DEV_RECALL_FLOOR = 0.8;

/** Wrong relations the rules still give on the dev set, each a gap to close. */
const DEV_KNOWN_WRONG: readonly string[] = [];

const DEV: readonly NewsParagraph[] = [
  {
    text: 'وقالت شركة إيسيت السلوفاكية إن مجموعتي Turla وGamaredon استهدفتا خلال الربيع وزارة الدفاع الأوكرانية. وأضافت الشركة أن Gamaredon تعمل لصالح جهاز الأمن الفيدرالي الروسي.',
    expect: [
      'LOCATED_IN ESET -> Slovakia',
      'TARGETED Turla -> وزارة الدفاع الأوكرانية',
      'TARGETED Gamaredon Group -> وزارة الدفاع الأوكرانية',
      'LOCATED_IN وزارة الدفاع الأوكرانية -> Ukraine',
      'ATTRIBUTED_TO Gamaredon Group -> FSB',
      'LOCATED_IN FSB -> Russia',
    ],
  },
  {
    text: 'وقال مسؤولون أمريكيون إن قراصنة من مجموعة Salt Typhoon استهدفوا شبكات شركتي فيرايزون وإيه تي آند تي، فيما أكدت وكالة الأمن القومي الأمريكية أن التحقيق ما زال مستمرا.',
    expect: [
      'TARGETED Salt Typhoon -> فيرايزون',
      'TARGETED Salt Typhoon -> إيه تي آند تي',
      'LOCATED_IN NSA -> United States',
    ],
  },
  {
    text: 'جرى استهداف شبكة وزارة الصحة الكويتية بهجوم نفذته مجموعة Rhysida، وفق ما أعلنته الوزارة الثلاثاء. وأكدت مصادر أن عملية اختراق بلدية الكويت جرت في الأسبوع ذاته.',
    expect: [
      'TARGETED Rhysida -> وزارة الصحة الكويتية',
      'LOCATED_IN وزارة الصحة الكويتية -> Kuwait',
      'TARGETED Hack of بلدية الكويت -> بلدية الكويت',
    ],
  },
  {
    text: 'أعلنت مديرية الأمن العام في العاصمة الأردنية عمان أنها أوقفت ثلاثة أشخاص يشتبه في تورطهم بعمليات احتيال إلكتروني. وقال الناطق باسم المديرية، عامر السرطاوي، إن المتهمين اخترقوا حسابات مصرفية لمواطنين.',
    expect: ['LOCATED_IN مديرية الأمن العام -> Amman', 'WORKS_FOR عامر السرطاوي -> مديرية الأمن العام'],
  },
  {
    text: 'وقالت شركة نورثبريدج الأمنية لاحظت فرقها ارتفاعا في هجمات مجموعة Charming Kitten على موظفي وزارة الخارجية البريطانية خلال الصيف.',
    expect: [
      'TARGETED Magic Hound -> وزارة الخارجية البريطانية',
      'LOCATED_IN وزارة الخارجية البريطانية -> United Kingdom',
    ],
  },
  {
    text: 'تعرض مستشفى الملك فيصل التخصصي لهجوم ببرمجية فدية الأسبوع الماضي. واستهدف الهجوم أنظمة المختبرات وقالت شركة تريند مايكرو إن مجموعة Black Basta تقف وراءه.',
    expect: [
      'TARGETED Hack of مستشفى الملك فيصل التخصصي -> مستشفى الملك فيصل التخصصي',
      'ATTRIBUTED_TO Hack of مستشفى الملك فيصل التخصصي -> Black Basta',
    ],
  },
  {
    text: 'وتبنت مجموعة تطلق على نفسها اسم "الذئب الأحمر" الهجوم على الموقع الإلكتروني لبلدية نابلس، في حين قالت البلدية إن الموقع عاد للعمل.',
    expect: [
      'TARGETED Hack of بلدية نابلس -> بلدية نابلس',
      'ATTRIBUTED_TO Hack of بلدية نابلس -> الذئب الأحمر',
    ],
  },
  {
    text: 'ونفت وزارة الاتصالات اللبنانية اختراق شبكتها من قبل مجموعة Predatory Sparrow، وقالت إن الانقطاع سببه عطل فني.',
    expect: [
      'LOCATED_IN وزارة الاتصالات اللبنانية -> Lebanon',
      'DENIES وزارة الاتصالات اللبنانية -> Predatory Sparrow',
    ],
  },
  {
    text: 'وذكر تقرير لشركة مايكروسوفت أن Peach Sandstorm وMint Sandstorm استهدفتا جامعات في الإمارات، وأن المجموعتين تعملان لصالح الحرس الثوري الإيراني.',
    expect: [
      'TARGETED APT33 -> United Arab Emirates',
      'TARGETED Magic Hound -> United Arab Emirates',
      'ATTRIBUTED_TO APT33 -> Islamic Revolutionary Guard Corps',
      'ATTRIBUTED_TO Magic Hound -> Islamic Revolutionary Guard Corps',
      'LOCATED_IN Islamic Revolutionary Guard Corps -> Iran',
    ],
  },
  {
    // Written after the capital-noun and glued-attack-noun rules, for them: dev, not held out.
    text: 'أعلنت هيئة الطيران المدني في العاصمة عمان أن مجموعة APT34 اخترقت موقع بلدية الزرقاء. وتم اختراق جامعة ريفرتون بهجوم شنته مجموعة Sandworm في الأسبوع ذاته.',
    expect: [
      'LOCATED_IN هيئة الطيران المدني -> Amman',
      'TARGETED OilRig -> بلدية الزرقاء',
      'TARGETED Hack of جامعة ريفرتون -> جامعة ريفرتون',
      'ATTRIBUTED_TO Hack of جامعة ريفرتون -> Sandworm Team',
    ],
  },
];

test('Arabic press paragraphs 2, dev: recall of what a reader takes, and nothing else', () => {
  assertNewsRecall(DEV, 'ar', DEV_RECALL_FLOOR, DEV_KNOWN_WRONG);
});
