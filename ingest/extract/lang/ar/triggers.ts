/**
 * Arabic words of the relation triggers. What each trigger means (relation types, the side of
 * each argument, word class) is in ingest/rules/triggers.ts under the same id. Phrases are
 * written without short vowels and without the clitics that matching allows (و/ف, and for
 * nouns ب/ل/ك and the article); a phrase ending in a one-letter preposition ("مرتبطة ب") is
 * glued to the next word. Example sentences are our own.
 */
import type { TriggerVocabulary } from '../types.ts';

export const triggers = {
  affiliation: {
    phrases: [
      'المرتبطة|المرتبط|مرتبطة|مرتبط ب',
      'التابعة|التابع|تابعة|تابع|تابعون|تابعين ل',
      'على صلة ب',
      'تعمل(ان)|يعمل(ان)|يعملون لصالح|لحساب',
      'لصالح|لحساب',
    ],
    examples: [
      {
        text: 'مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
        expect: { source: 'APT28', type: 'ATTRIBUTED_TO', target: 'GRU' },
      },
      {
        // "التابعة" describes the body right before it, never the actor that hacked it.
        text: 'اخترقت مجموعة لازاروس هيئة الاتصالات التابعة لوزارة الداخلية.',
        expect: { source: 'هيئة الاتصالات', type: 'PART_OF', target: 'وزارة الداخلية' },
      },
    ],
  },
  proxy: {
    // "backed by": a group's sponsor, never a whole a body is part of ("خفر السواحل المدعوم من
    // الاتحاد الأوروبي" is no part of the union).
    phrases: ['المدعومة|المدعوم|مدعومة|مدعوم من'],
    examples: [
      {
        text: 'ونفذت الهجوم مجموعة APT28 المدعومة من الاستخبارات العسكرية الروسية.',
        expect: { source: 'APT28', type: 'ATTRIBUTED_TO', target: 'GRU' },
      },
    ],
  },
  linking: {
    // "ترتبط فانسي بير بالاستخبارات": the verb, which may come before its subject.
    phrases: ['ترتبط|يرتبط|ترتبطان|يرتبطان'],
    examples: [
      {
        text: 'ترتبط مجموعة APT28 بالاستخبارات العسكرية الروسية.',
        expect: { source: 'APT28', type: 'ATTRIBUTED_TO', target: 'GRU' },
      },
    ],
  },
  responsibility: {
    phrases: [
      'وراء',
      'المسؤولة|المسؤول|مسؤولة|مسؤول عن',
      // "الجيش الروسي نفذ هجوم نوت بيتيا": the author, then the verb and the incident.
      'نفذ(ت)(ا)|نفذوا|شن(ت)(ا)|شنوا',
      // "أن موسكو هي التي دبرت الهجوم": the one who planned it.
      'دبر|دبرت',
    ],
    examples: [
      {
        text: 'وقالت واشنطن إن مجموعة لازاروس نفذت هجوم وانا كراي.',
        expect: { source: 'هجوم وانا كراي', type: 'ATTRIBUTED_TO', target: 'لازاروس' },
      },
      {
        text: 'وقالت باريس إن مجموعة APT28 هي التي دبرت الهجوم على قناة TV5Monde.',
        expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
      {
        text: 'كانت مجموعة APT28 وراء اختراق حملة ماكرون.',
        expect: { source: 'اختراق حملة ماكرون', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
    ],
  },
  'self-claim': {
    // "تبنى الهجوم": to adopt an attack is to claim it.
    phrases: ['مسؤوليتها|مسؤوليته عن', 'تبنت|تبنى|تبنته|تبنتها'],
    examples: [
      {
        text: 'وأعلنت مجموعة APT28 مسؤوليتها عن اختراق حملة ماكرون.',
        expect: { source: 'اختراق حملة ماكرون', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
      {
        text: 'وتبنت الهجوم على قناة TV5Monde مجموعة APT28.',
        expect: { source: 'Hack of TV5Monde', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
    ],
  },
  attribution: {
    phrases: [
      'من عمل|صنع',
      'نسبت|تنسب إلى',
      'المنسوبة إلى',
      // The incident set first, the verb carrying its pronoun: "أما X فقد نسبته شركة Y إلى Z".
      'نسبته|نسبتها|نسبه|نسبها',
    ],
    // "الجيش نفذه لإضعاف أوكرانيا": a purpose follows the verb, and the name in it is no author.
    notBefore: ['لإضعاف|لتقويض|لزعزعة|لإرباك|لمعاقبة|لإحراج|لترهيب|لعرقلة|لتعطيل'],
    examples: [
      {
        text: 'اختراق حملة ماكرون من عمل مجموعة APT28.',
        expect: { source: 'اختراق حملة ماكرون', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
      {
        // The one who attributes, between the verb and "إلى", speaks and is no end of it.
        text: 'أما اختراق حملة ماكرون فقد نسبته شركة تريند مايكرو إلى مجموعة APT28.',
        expect: { source: 'اختراق حملة ماكرون', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
    ],
  },
  'deed-pronoun': {
    phrases: ['نفذتها|نفذها|نفذته|نفذه', 'دبرته|دبره|دبرها|دبرتها'],
    // "الجيش نفذه لإضعاف أوكرانيا": a purpose follows the verb, and the name in it is no author.
    notBefore: ['لإضعاف|لتقويض|لزعزعة|لإرباك|لمعاقبة|لإحراج|لترهيب|لعرقلة|لتعطيل'],
    examples: [
      {
        text: 'أما اختراق حملة ماكرون فقد نفذته مجموعة APT28.',
        expect: { source: 'اختراق حملة ماكرون', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
    ],
  },
  'attribution-split': {
    // The verb, its subject, then the source and the target: "نسبت واشنطن الهجوم إلى ...".
    phrases: ['نسبت|نسب|تنسب|ينسب|ربطت|ربط'],
    examples: [
      {
        text: 'وربطت مايكروسوفت هجوم وانا كراي بمجموعة لازاروس.',
        expect: { source: 'هجوم وانا كراي', type: 'ATTRIBUTED_TO', target: 'لازاروس' },
      },
      {
        // The party first, after "إلى", then what is ascribed to it.
        text: 'وتنسب واشنطن إلى مجموعة لازاروس برنامج وانا كراي.',
        expect: { source: 'وانا كراي', type: 'ATTRIBUTED_TO', target: 'لازاروس' },
      },
    ],
  },
  blame: {
    // "حمّل X Y مسؤولية Z": X holds Y responsible for Z; X is the claimant, not an argument.
    phrases: ['حملت|حمل|تحمل|يحمل'],
    between: ['مسؤولية'],
    examples: [
      {
        text: 'وحمّلت بريطانيا روسيا مسؤولية هجوم نوت بيتيا.',
        expect: { source: 'هجوم نوت بيتيا', type: 'ATTRIBUTED_TO', target: 'روسيا' },
      },
    ],
  },
  accusation: {
    phrases: ['اتهم|اتهمت|يتهم|تتهم'],
    examples: [
      {
        text: 'واتهمت فرنسا مجموعة APT28 باختراق حملة ماكرون.',
        expect: { source: 'اختراق حملة ماكرون', type: 'ATTRIBUTED_TO', target: 'APT28' },
      },
      {
        // The passive, written without vowels: the one name before the charge is the accused.
        text: 'واتهمت روسيا بالوقوف وراء اختراق حملة ماكرون.',
        expect: { source: 'اختراق حملة ماكرون', type: 'ATTRIBUTED_TO', target: 'روسيا' },
      },
    ],
  },
  registration: {
    phrases: ['سجلت|سجل', 'قامت|قام بتسجيل'],
    examples: [
      {
        text: 'سجلت مجموعة APT28 النطاق fake-login.com.',
        expect: { source: 'APT28', type: 'REGISTERED', target: 'fake-login.com' },
      },
    ],
  },
  'registered-by': {
    phrases: ['سجلتها|سجلها'],
    examples: [
      {
        text: 'النطاق fake-login.com سجلها مجموعة APT28.',
        expect: { source: 'APT28', type: 'REGISTERED', target: 'fake-login.com' },
      },
    ],
  },
  use: {
    phrases: ['استخدم|استخدمت|يستخدم|تستخدم|استعملت', 'استغلت|تستغل|يستغل|استغل'],
    examples: [
      {
        text: 'استخدمت مجموعة Sandworm برمجية NotPetya في أوكرانيا.',
        expect: { source: 'Sandworm', type: 'USES', target: 'NotPetya' },
      },
    ],
  },
  impersonation: {
    phrases: ['تنتحل|ينتحل', 'لانتحال صفة', 'تحاكي|يحاكي', 'انتحل|انتحلت|انتحلوا'],
    examples: [
      {
        text: 'النطاق microsoft-update.com ينتحل صفة مايكروسوفت.',
        expect: { source: 'microsoft-update.com', type: 'IMPERSONATES', target: 'Microsoft' },
      },
    ],
  },
  targeting: {
    phrases: [
      'أصاب|أصابت|ضرب|ضربت',
      // "شلّ فيروس واناكراي مستشفيات في بريطانيا": what an attack paralysed was its victim.
      'شل|شلت',
      // The past with its dual and plural endings ("استهدفتا", "اخترقوا"): two groups or a
      // band of hackers after the names they follow.
      'تسلل(ت)(ا)|تسللوا إلى',
      'استهدف(ت)(ا)|استهدفوا|يستهدف|تستهدف',
      'هاجم(ت)(ا)|هاجموا|اخترق(ت)(ا)|اخترقوا',
      // The present, also after "لم" and "لن": "لم تخترق المجموعة ...".
      'يهاجم|تهاجم|يخترق|تخترق',
      // The charge after an accusation, "اتهمت X مجموعة Y باستهداف Z", or what was done, "قامت
      // Y باستهداف Z" (a hack, "باختراق", is an incident of its own).
      'باستهداف',
    ],
    examples: [
      {
        text: 'واتهمت بريطانيا مجموعة APT31 باستهداف وزارة الدفاع الألمانية.',
        expect: { source: 'APT31', type: 'TARGETED', target: 'وزارة الدفاع الألمانية' },
      },
      {
        text: 'استهدفت مجموعة APT28 حلف الناتو.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'NATO' },
      },
      {
        // The dual after two names: each group targeted the alliance.
        text: 'وقال الباحث إن مجموعتي APT29 وTurla استهدفتا حلف الناتو.',
        expect: { source: 'Turla', type: 'TARGETED', target: 'NATO' },
      },
      {
        // The plural after members of a group.
        text: 'وقال الباحث إن قراصنة من مجموعة Salt Typhoon اخترقوا حلف الناتو.',
        expect: { source: 'Salt Typhoon', type: 'TARGETED', target: 'NATO' },
      },
      {
        // Without vowels the passive is spelled as the active: the agent after "من قبل" acted
        // (rules/arabic-passives.ts).
        text: 'واستهدفت وزارة الدفاع الألمانية من قبل مجموعة APT28.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'وزارة الدفاع الألمانية' },
      },
    ],
  },
  'attack-by': {
    // "الهجوم الذي نفذته X على Y", "الحملة التي شنتها X ضد Y": a relative clause of carrying out,
    // its agent, then the victim after "على"; the pack's `between` words must join the two.
    phrases: [
      'الذي نفذته|نفذه|شنته|شنه',
      'التي نفذتها|نفذها|شنتها|شنها',
      // "اختراق X لـ Y": a verbal noun, its agent in construct after it, its object after "ل".
      'اختراق|استهداف|مهاجمة|قرصنة',
      // "هجمات مجموعة X على Y": the attacks of a group, its victim after "على".
      'هجوم|هجمات',
    ],
    between: ['على|ضد', 'ل'],
    examples: [
      {
        text: 'واستمر الهجوم الذي شنته مجموعة APT28 على حلف الناتو أسابيع.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'NATO' },
      },
      {
        text: 'وتزايدت هجمات مجموعة APT28 على حلف الناتو خلال الصيف.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'NATO' },
      },
      {
        text: 'ويأتي اختراق مجموعة APT28 لوزارة الدفاع الألمانية بعد أشهر من التوتر.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'وزارة الدفاع الألمانية' },
      },
      {
        // The victim after the verbal noun and the agent after "من قبل": a passive
        // (rules/arabic-passives.ts reads it as `passive-targeting`).
        text: 'وأكدت الوزارة اختراق بلدية ريفرتون من قبل مجموعة APT28.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'بلدية ريفرتون' },
      },
    ],
  },
  'passive-targeting': {
    // Forms that are passive whatever the vowels: "هوجمت X", "تم استهداف X".
    phrases: ['هوجمت|هوجم', 'تم|جرى استهداف|اختراق|مهاجمة'],
    between: ['من قبل', 'من قبل مجموعة|جماعة|قراصنة|شركة|جهاز|وحدة'],
    examples: [
      {
        text: 'وهوجمت وزارة الدفاع الألمانية من قبل مجموعة APT28.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'وزارة الدفاع الألمانية' },
      },
      {
        text: 'وتم اختراق شبكة حلف الناتو من قبل مجموعة APT28.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'NATO' },
      },
    ],
  },
  opposition: {
    phrases: [
      'ضد',
      // "شنت مجموعة X هجوما على Y": an attack launched on Y, indefinite as the object of its
      // verb ("الهجوم على Y" is any attack on Y, told of by anyone).
      'هجوما على',
      'هجوما إلكترونيا|سيبرانيا على',
    ],
    notAfter: ['شكوى|شكاوى', 'دعوى|دعاوى', 'قضية|قضايا', 'تهم|اتهامات', 'عقوبات', 'إجراءات', 'احتجاج'],
    examples: [
      {
        text: 'شنت مجموعة APT28 حملة تصيد ضد حلف الناتو.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'NATO' },
      },
      {
        text: 'وشنت مجموعة Sandworm هجوما إلكترونيا على أوكرانيا.',
        expect: { source: 'Sandworm Team', type: 'TARGETED', target: 'Ukraine' },
      },
    ],
  },
  theft: {
    // "سرقت مجموعة لازاروس الأموال من البنك": the one robbed follows the loot and "من".
    phrases: ['سرق|سرقت|سرقوا|سرقا'],
    examples: [
      {
        text: 'وسرقت مجموعة لازاروس ملايين الدولارات من البنك المركزي البنغلاديشي.',
        expect: { source: 'لازاروس', type: 'TARGETED', target: 'البنك المركزي البنغلاديشي' },
      },
    ],
  },
  victim: {
    phrases: [
      'ضحايا|ضحية',
      'هدفا|هدفاً ل',
      // "تعرضت X لاختراق من قبل Y": what X underwent, then its agent.
      'اختراق|استهداف|هجوم من قبل',
      // "تعرضت X لهجوم إلكتروني من قبل Y": the attack's kind written before its agent.
      'اختراق|هجوم إلكتروني|سيبراني من قبل',
      'هجمات إلكترونية|سيبرانية من قبل',
      // "تعرض هاتف X لاختراق ببرنامج التجسس Y": the program the attack was made with, its kind
      // written (a bare "ب" would take any word opening on it: "اختراق بنك").
      'اختراق|استهداف|هجوم|تجسس ببرنامج|ببرمجية',
      'اختراق|استهداف|هجوم متكرر|متكررة ببرنامج|ببرمجية',
      // "لمحاولات اختراق ببرنامج Y": attempts, which end the victim's name before them.
      'محاولة|محاولات اختراق|استهداف|تجسس ببرنامج|ببرمجية',
      'محاولة|محاولات اختراق|استهداف|تجسس متكرر|متكررة ببرنامج|ببرمجية',
    ],
    examples: [
      {
        text: 'وقع حلف الناتو ضحية مجموعة APT28.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'NATO' },
      },
      {
        text: 'وتعرضت وزارة الخارجية الفرنسية لاختراق من قبل مجموعة APT28.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'وزارة الخارجية الفرنسية' },
      },
      {
        text: 'وتعرضت وزارة الخارجية الفرنسية لهجوم إلكتروني من قبل مجموعة APT28.',
        expect: { source: 'APT28', type: 'TARGETED', target: 'وزارة الخارجية الفرنسية' },
      },
      {
        text: 'وتعرض هاتف الصحفي سامي حداد لاختراق ببرنامج التجسس بيغاسوس.',
        expect: { source: 'Pegasus', type: 'TARGETED', target: 'سامي حداد' },
      },
      {
        text: 'وتعرض هاتف الصحفي سامي حداد لمحاولات اختراق متكررة ببرنامج التجسس بيغاسوس.',
        expect: { source: 'Pegasus', type: 'TARGETED', target: 'سامي حداد' },
      },
    ],
  },
  employment: {
    phrases: [
      'الباحث|الباحثة في',
      'الباحث لدى',
      // Without the article after "وهو": "X، وهو باحث في شركة Y", "وهو مسؤول فريق في منظمة Y".
      'باحث|باحثة في|لدى',
      'مسؤول|مسؤولة فريق في|لدى',
      // An adjective of the post before its preposition: "الباحث الأمني في شركة X".
      'الباحث|الباحثة الأمني|الأمنية|الرئيسي|الرئيسية|الأول|الأولى في|لدى',
      'يعمل|تعمل لدى|في',
      'المتحدث|المتحدثة باسم',
      'الناطق|الناطقة باسم',
      'ضابط|ضباط في',
      // "الضابط السابق في جهاز كي جي بي": a former officer of the service.
      'الضابط السابق في',
      'ضابط سابق في',
      'مستشار',
      // "مدير الأبحاث في X" heads a department of X and works for it; "مدير X" leads X.
      'مدير|مديرة|رئيس|رئيسة الأبحاث|البحوث|الأمن في|لدى',
      'كبير|كبيرة المحللين|الباحثين|الخبراء في|لدى',
      'المحلل|المحللة|محلل|محللة في|لدى',
      // A regional director runs an office of the organisation, not the organisation itself.
      'المدير|المديرة الإقليمي|الإقليمية ل',
      'مدير|مديرة إقليمي|إقليمية ل',
      // "رئيس ديوان بلدية X": the head of a body's office (its chancery) works for the body.
      'رئيس|رئيسة|مدير|مديرة ديوان',
    ],
    examples: [
      {
        text: 'وقال فلاديمير بوتين، الضابط السابق في جهاز كي جي بي، إن الاتهامات باطلة.',
        expect: { source: 'فلاديمير بوتين', type: 'WORKS_FOR', target: 'كي جي بي' },
      },
      {
        text: 'وقال الباحث كريم حداد الباحث في شركة كاسبرسكي إن الخلل أصلح.',
        expect: { source: 'كريم حداد', type: 'WORKS_FOR', target: 'كاسبرسكي' },
      },
      {
        text: 'وقال سامي حداد الباحث الأمني في شركة كاسبرسكي إن الخلل أصلح.',
        expect: { source: 'سامي حداد', type: 'WORKS_FOR', target: 'كاسبرسكي' },
      },
      {
        text: 'وقال علي حسن، مدير الأبحاث في شركة كاسبرسكي، إن الخلل أصلح.',
        expect: { source: 'علي حسن', type: 'WORKS_FOR', target: 'كاسبرسكي' },
      },
      {
        text: 'وقال جون هولتكويست، كبير المحللين في شركة مانديانت، إن الخلل أصلح.',
        expect: { source: 'جون هولتكويست', type: 'WORKS_FOR', target: 'مانديانت' },
      },
      {
        text: 'وقال سامي حداد، المدير الإقليمي لمنظمة الصحة العالمية، إن المساعدات وصلت.',
        expect: { source: 'سامي حداد', type: 'WORKS_FOR', target: 'منظمة الصحة العالمية' },
      },
      {
        text: 'رسالة من رئيس ديوان بلدية نابلس سامي حداد إلى الأهالي.',
        expect: { source: 'سامي حداد', type: 'WORKS_FOR', target: 'بلدية نابلس' },
      },
      {
        text: 'وقال سامي حداد، وهو مسؤول فريق في منظمة الإغاثة الدولية، إن المساعدات وصلت.',
        expect: { source: 'سامي حداد', type: 'WORKS_FOR', target: 'منظمة الإغاثة الدولية' },
      },
      {
        text: 'وقال كريم حداد، وهو باحث في شركة كاسبرسكي، إن الخلل أصلح.',
        expect: { source: 'كريم حداد', type: 'WORKS_FOR', target: 'كاسبرسكي' },
      },
    ],
  },
  'staff-of': {
    phrases: ['من شركة'],
    examples: [
      {
        text: 'وقالت الباحثة سارة الخطيب من شركة كاسبرسكي إن الخلل أصلح.',
        expect: { source: 'سارة الخطيب', type: 'WORKS_FOR', target: 'كاسبرسكي' },
      },
    ],
  },
  leadership: {
    phrases: [
      'يرأس|ترأس|يترأس|تترأس',
      'مدير|مديرة',
      'الأمين العام ل',
      'زعيم|زعيمة|رئيس|رئيسة|أمير|أميرة',
      'الرئيس التنفيذي ل',
      'الرئيس التنفيذي',
      'الرئيسة التنفيذية ل',
      // A village headman heads the village ("مختار قرية X"); the word is also a given name,
      // so only the place noun after it makes it the post.
      'مختار|مختارة قرية|بلدة|حي|مخيم',
    ],
    examples: [
      {
        text: 'وقال الباحث شاليف حوليو، الرئيس التنفيذي لمجموعة NSO، إن القائمة مزيفة.',
        expect: { source: 'شاليف حوليو', type: 'LEADS', target: 'NSO' },
      },
      {
        text: 'مقابلة مع السيد سالم عودة مختار قرية بيت فجار عن موسم الزيتون.',
        expect: { source: 'سالم عودة', type: 'LEADS', target: 'بيت فجار' },
      },
    ],
  },
  heading: {
    phrases: ['تتزعم|يتزعم|يقود|تقود'],
    examples: [
      {
        text: 'وقالت الوزارة إن الباحث كريم حداد يقود مجموعة APT28.',
        expect: { source: 'كريم حداد', type: 'LEADS', target: 'APT28' },
      },
    ],
  },
  'led-by': {
    // "under the presidency / the command of": the head follows the body it heads.
    phrases: [
      'برئاسة|بقيادة',
      // "X ممثلة برئيس مجلس إدارتها Y": the body represented by the chairman of its own board.
      'ممثلة|ممثلا|ممثلاً برئيس|برئيسة مجلس إدارتها|إدارته',
    ],
    examples: [
      {
        text: 'وقالت مجموعة NSO برئاسة الباحث شاليف حوليو إن القائمة مزيفة.',
        expect: { source: 'شاليف حوليو', type: 'LEADS', target: 'NSO' },
      },
      {
        text: 'شارك بنك فلسطين ممثلا برئيس مجلس إدارته سامي حداد في المعرض.',
        expect: { source: 'سامي حداد', type: 'LEADS', target: 'بنك فلسطين' },
      },
    ],
  },
  succession: {
    phrases: ['خلفا ل', 'خلفاً ل'],
    examples: [
      {
        text: 'وعين الباحث غيوم بوبار مديرا لمجموعة NSO خلفا للباحث باتريك بايو.',
        expect: { source: 'باتريك بايو', type: 'LEADS', target: 'NSO' },
      },
    ],
  },
  membership: {
    phrases: ['عضو|عضوة في', 'عضو', 'نائب رئيس'],
    examples: [
      {
        text: 'وقال الباحث كريم حداد، عضو في مجموعة APT28، إن الخلل أصلح.',
        expect: { source: 'كريم حداد', type: 'MEMBER_OF', target: 'APT28' },
      },
      {
        // "وهو" agrees with the man, not with "شركة", which would take "وهي".
        text: 'قال أحمد سالم، الباحث لدى شركة نورتك، وهو عضو في جمعية الإنترنت، إن الهجوم كان واسعا.',
        expect: { source: 'أحمد سالم', type: 'MEMBER_OF', target: 'جمعية الإنترنت' },
      },
    ],
  },
  founding: {
    phrases: ['المؤسس المشارك ل', 'المؤسس المشارك', 'مؤسس'],
    examples: [
      {
        text: 'والباحث شاليف حوليو مؤسس مجموعة NSO.',
        expect: { source: 'شاليف حوليو', type: 'FOUNDED', target: 'NSO' },
      },
    ],
  },
  'founded-by': {
    phrases: ['أسسه|أسسها', 'الذي أسسه', 'التي أسسها'],
    examples: [
      {
        text: 'مجموعة NSO التي أسسها الباحث شاليف حوليو.',
        expect: { source: 'شاليف حوليو', type: 'FOUNDED', target: 'NSO' },
      },
    ],
  },
  part: {
    // "قرية X قضاء Y", "X، محافظة Y": a village in the district or the governorate of a city.
    phrases: [
      'جزء من',
      'وحدة تابعة ل',
      'فرع',
      'قضاء',
      'محافظة',
      // "لجنة الإغاثة المتفرعة من اللجنة الوطنية", "المنبثقة عن": a body branching from another.
      'المتفرعة|المتفرع|متفرعة|متفرع من',
      'المنبثقة|المنبثق|منبثقة|منبثق عن|من',
    ],
    examples: [
      {
        text: 'مجموعة Sandworm جزء من الاستخبارات العسكرية الروسية.',
        expect: { source: 'Sandworm', type: 'PART_OF', target: 'GRU' },
      },
      {
        text: 'زار الوفد قرية بيت عوّا قضاء مدينة الخليل أمس.',
        expect: { source: 'بيت عوّا', type: 'PART_OF', target: 'الخليل' },
      },
      {
        text: 'وُلد الشاعر في قرية بيت عوّا، محافظة الخليل.',
        expect: { source: 'بيت عوّا', type: 'PART_OF', target: 'الخليل' },
      },
      {
        text: 'رسالة من لجنة الإغاثة المتفرعة من اللجنة الوطنية الأردنية إلى الأهالي.',
        expect: { source: 'لجنة الإغاثة', type: 'PART_OF', target: 'اللجنة الوطنية الأردنية' },
      },
      {
        text: 'وعقدت لجنة المتابعة المنبثقة عن مجلس الطلبة اجتماعا أمس.',
        expect: { source: 'لجنة المتابعة', type: 'PART_OF', target: 'مجلس الطلبة' },
      },
    ],
  },
  location: {
    phrases: [
      'تعمل من',
      'ينشط من',
      'مقرها في',
      'مقره في',
      // "شركة X مقرها موسكو": the predicate of a nominal sentence, read in its clause.
      'مقرها|مقره',
      // "X التي تتخذ من طهران مقرا لها": takes the city as its seat.
      'تتخذ|يتخذ|اتخذت|اتخذ من',
    ],
    examples: [
      {
        text: 'وقالت الوزارة إن مجموعة لازاروس تعمل من بيونغ يانغ.',
        expect: { source: 'لازاروس', type: 'LOCATED_IN', target: 'بيونغ يانغ' },
      },
      {
        text: 'شركة كاسبرسكي مقرها موسكو.',
        expect: { source: 'كاسبرسكي', type: 'LOCATED_IN', target: 'موسكو' },
      },
    ],
  },
  'seat-apposition': {
    phrases: ['ومقرها', 'ومقره', 'ومقرها في', 'ومقره في'],
    examples: [
      {
        text: 'تتابع شركة Group-IB ومقرها سنغافورة مجموعة لازاروس.',
        expect: { source: 'Group-IB', type: 'LOCATED_IN', target: 'Singapore' },
      },
      {
        // The speaker's own description, between commas.
        text: 'وقالت شركة كاسبرسكي، ومقرها موسكو، إن المجموعة نشطة.',
        expect: { source: 'كاسبرسكي', type: 'LOCATED_IN', target: 'موسكو' },
      },
    ],
  },
  seat: {
    // "ومقر X في Y" says it without a verb.
    phrases: ['يقع|يوجد مقر', 'مقر'],
    // A place noun may open the seat's name ("في مدينة هرتسليا").
    between: ['في', 'في مدينة|العاصمة|ولاية|إمارة'],
    examples: [
      {
        text: 'ويقع مقر شركة كاسبرسكي في موسكو.',
        expect: { source: 'كاسبرسكي', type: 'LOCATED_IN', target: 'موسكو' },
      },
      {
        text: 'ومقر مجموعة NSO في مدينة هرتسليا.',
        expect: { source: 'NSO Group', type: 'LOCATED_IN', target: 'هرتسليا' },
      },
    ],
  },
  'seat-taking': {
    // "وتتخذ شركة X من موسكو مقرا لها": takes the city as its seat.
    phrases: ['تتخذ|يتخذ|اتخذت|اتخذ'],
    between: ['من'],
    examples: [
      {
        text: 'وتتخذ شركة كاسبرسكي من موسكو مقرا لها.',
        expect: { source: 'كاسبرسكي', type: 'LOCATED_IN', target: 'موسكو' },
      },
    ],
  },
  'working-at': {
    // "ويعمل سامي حداد في شركة X", "عمل X لدى Y": the verb first, its subject, then the employer;
    // set after its subject the verb takes its preposition ("يعمل|تعمل لدى|في", employment).
    phrases: ['يعمل|تعمل|عمل|عملت'],
    between: ['في|لدى', 'في|لدى شركة|مجموعة|جهاز|وحدة|مختبرات'],
    examples: [
      {
        text: 'ويعمل سامي حداد في شركة كاسبرسكي منذ سنوات.',
        expect: { source: 'سامي حداد', type: 'WORKS_FOR', target: 'كاسبرسكي' },
      },
    ],
  },
  publication: {
    phrases: ['نشر|نشرت|سرب|سربت|بث|بثت'],
    examples: [
      {
        text: 'ونشرت مجموعة APT28 رسائل على النطاق fake-leaks.com.',
        expect: { source: 'APT28', type: 'PUBLISHED', target: 'fake-leaks.com' },
      },
    ],
  },
  resolution: {
    phrases: ['يشير|يحيل إلى', 'مستضاف على'],
    examples: [
      {
        text: 'النطاق fake-login.com يشير إلى 185.86.148.227.',
        expect: { source: 'fake-login.com', type: 'RESOLVES_TO', target: '185.86.148.227' },
      },
    ],
  },
} as const satisfies TriggerVocabulary;
