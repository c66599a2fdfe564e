/**
 * Arabic press that names what no gazetteer knows: transliterated firms and bodies after the
 * noun of their kind ("شركة نوردفيك لاينز", "مستشفى سانت ماري", "بنك ميريديان"), bodies named by a
 * construct with the article ("وكالة الأمن السيبراني السنغافورية", "مؤسسة النقد العربي السعودي"),
 * people after a title or a post ("المتحدث باسم بلدية X، مارك ديفيس،"), groups and programs in
 * Latin letters after a word of naming ("مجموعة قراصنة تطلق على نفسها اسم X", "برمجية تُدعى X"),
 * and where such names stop (a conjunction and a second body, the object of the verb after
 * them). The paragraphs are our own; each lists the relations a careful reader takes from it.
 * The extractor must find at least RECALL_FLOOR of them, and nothing the reader would not take.
 */
import { test } from 'node:test';
import { assertNewsRecall, type NewsParagraph } from './news-paragraphs-harness.ts';

/** The share of the expected relations found (19 of 24; 16 of 21 before state bodies were placed by their adjective, 11 before the rules they led to, with one wrong). */
const RECALL_FLOOR = 0.79;

const PARAGRAPHS: readonly NewsParagraph[] = [
  {
    text: 'قالت شركة نوردفيك لاينز الدنماركية للشحن إن مجموعة قراصنة تطلق على نفسها اسم Velkor اخترقت خوادمها الشهر الماضي. وأوضح المدير التنفيذي للشركة، جون ميلر، أن الهجوم لم يؤثر على السفن.',
    expect: [
      'LOCATED_IN نوردفيك لاينز -> Denmark',
      'TARGETED Velkor -> نوردفيك لاينز',
      'LEADS جون ميلر -> نوردفيك لاينز',
    ],
  },
  {
    text: 'أعلن مستشفى سانت ماري في لندن أن برمجية خبيثة تُدعى Grisoule عطلت أنظمة الحجز. وقالت الباحثة سارة الخطيب، التي تعمل في شركة سيكيورلاين، إن مجموعة Velkor استخدمت Grisoule في الهجوم.',
    expect: [
      'LOCATED_IN مستشفى سانت ماري -> London',
      'TARGETED Grisoule -> مستشفى سانت ماري',
      'USES Velkor -> Grisoule',
      'WORKS_FOR سارة الخطيب -> سيكيورلاين',
    ],
  },
  {
    text: 'وقال المتحدث باسم بلدية ريفرتون، مارك ديفيس، إن مجموعة Darkmoth استهدفت جامعة هارتفيلد ومستشفى ريفرتون العام.',
    expect: [
      'WORKS_FOR مارك ديفيس -> بلدية ريفرتون',
      'TARGETED Darkmoth -> جامعة هارتفيلد',
      'TARGETED Darkmoth -> مستشفى ريفرتون العام',
    ],
  },
  {
    text: 'أكد رئيس هيئة تنظيم الاتصالات الأردنية خالد العمري أن مجموعة Darkmoth هاجمت بنك الإسكان. وقالت وزارة الصحة الأردنية إن مستشفى البشير لم يتأثر.',
    expect: [
      'LEADS خالد العمري -> هيئة تنظيم الاتصالات الأردنية',
      'TARGETED Darkmoth -> بنك الإسكان',
      'LOCATED_IN هيئة تنظيم الاتصالات الأردنية -> Jordan',
      'LOCATED_IN وزارة الصحة الأردنية -> Jordan',
    ],
  },
  {
    text: 'قالت وكالة الأمن السيبراني السنغافورية إن مجموعة Darkmoth استخدمت برمجية تُدعى Quillrot ضد بنك ميريديان في سنغافورة.',
    expect: [
      'TARGETED Darkmoth -> بنك ميريديان',
      'USES Darkmoth -> Quillrot',
      'LOCATED_IN وكالة الأمن السيبراني السنغافورية -> Singapore',
      'LOCATED_IN بنك ميريديان -> Singapore',
    ],
  },
  {
    text: 'ويعمل المهندس سامر يوسف حداد لدى شركة تيلكوم نوفا الإسبانية منذ عام 2019، بحسب مكتب التحقيقات الفيدرالي.',
    expect: ['WORKS_FOR سامر يوسف حداد -> تيلكوم نوفا', 'LOCATED_IN تيلكوم نوفا -> Spain'],
  },
  {
    text: 'وأعلنت منصة كورفكس للتداول أن قراصنة سرقوا أموال عملائها، فيما نسب الباحث أحمد الخطيب من جامعة هارتفيلد الهجوم إلى مجموعة Lazarus.',
    expect: ['WORKS_FOR أحمد الخطيب -> جامعة هارتفيلد', 'TARGETED Lazarus Group -> كورفكس'],
  },
  {
    text: 'وقالت مؤسسة النقد العربي السعودي إن مصرف الراجحي تعرض لهجوم ببرمجية فدية تدعى Rookblack، وإن مجموعة Darkmoth تقف وراء الهجوم.',
    expect: ['TARGETED Rookblack -> مصرف الراجحي', 'USES Darkmoth -> Rookblack'],
  },
];

test('Arabic press: names no list knows, and the relations they carry', () => {
  assertNewsRecall(PARAGRAPHS, 'ar', RECALL_FLOOR);
});
