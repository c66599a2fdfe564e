/**
 * Arabic claim vocabulary: who vouches for a statement and how firmly. Phrases are written
 * without short vowels (matching ignores them) and without the clitics و/ف, which matching
 * allows. Example sentences are our own.
 */
import type { ClaimVocabulary } from '../types.ts';

export const claims = {
  sources: [
    {
      // "وفقا لـ"، "طبقا لـ": the preposition is written glued to the source.
      phrases: ['وفقا|وفقاً ل', 'وفقا', 'بحسب|حسب|حسبما', 'نقلا عن', 'طبقا ل'],
      examples: [
        {
          text: 'بحسب مايكروسوفت، فإن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
          expect: { modality: 'reported', claimant: 'مايكروسوفت' },
        },
        {
          // Sources the sentence does not name, relayed by a speaker named right before them:
          // the speaker vouches for what they say.
          text: 'قالت رويترز نقلا عن مصادر مطلعة إن مجموعة APT28 استهدفت حلف الناتو.',
          expect: { modality: 'reported', claimant: 'رويترز' },
        },
      ],
    },
    {
      // The source given through its document or its words: "وفق تقرير لـ"، "بحسب ما أفادت".
      phrases: [
        'وفق|وفقا|بحسب|حسب تقرير|بيان|تحليل|دراسة ل',
        'بحسب|حسب|وفق ما أفاد|أفادت|ذكر|ذكرت|أعلن|أعلنت|أورد|أوردت|نشر|نشرت',
        // The verb carries the pronoun of what was said: "وفق ما أعلنته الوكالة".
        'بحسب|حسب|وفق ما أعلنته|أعلنه|ذكرته|ذكره|أوردته|أورده|نشرته|نشره|أكدته|أكده|كشفته|كشفه',
        // "استنادا إلى تقرير لشركة X", "استنادا إلى X": the source the writer relies on.
        'استنادا|استناداً إلى تقرير|بيان|تحليل ل',
        'استنادا|استناداً إلى',
        // "على حد قول X": in X's words.
        'على حد قول|تعبير',
      ],
      examples: [
        {
          text: 'ويُعتقد، وفق تقرير لشركة مانديانت، أن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
          expect: { modality: 'suspected', claimant: 'مانديانت' },
        },
        {
          text: 'وبحسب ما أفادت شركة إيسيت، فإن مجموعة APT28 استخدمت برنامج X-Agent.',
          expect: { modality: 'reported', claimant: 'إيسيت' },
        },
        {
          text: 'واستخدمت مجموعة APT28 برنامج X-Agent، وفق ما أعلنته شركة إيسيت.',
          expect: { modality: 'reported', claimant: 'إيسيت' },
        },
        {
          text: 'واستخدمت مجموعة APT28 برنامج X-Agent، استنادا إلى تقرير لشركة إيسيت.',
          expect: { modality: 'reported', claimant: 'إيسيت' },
        },
        {
          text: 'واستخدمت مجموعة APT28 برنامج X-Agent، على حد قول شركة إيسيت.',
          expect: { modality: 'reported', claimant: 'إيسيت' },
        },
      ],
    },
  ],
  saying: [
    {
      // Speaking to someone: the name after it is the listener, a newspaper or an agency
      // ("وفقا لمسؤول تحدث لصحيفة X"), never the one who speaks.
      phrases: ['تحدث|تحدثت|يتحدث|تتحدث'],
      namesListener: true,
      examples: [
        {
          text: 'استهدفت مجموعة APT33 أرامكو السعودية، وفقا لمسؤول تحدث لوكالة رويترز.',
          expect: { modality: 'reported' },
        },
      ],
    },
    {
      // Verbs of a spoken or written statement: a name right after them is a speaker.
      phrases: [
        'قال|قالت|أكد|أكدت|صرح|صرحت|أوضح|أوضحت|أضاف|أضافت|أعلن|أعلنت|كتب|كتبت',
        // The present tense of the same verbs, as news writes a quote: "يقول X، مدير ...، إن".
        'يقول|تقول|يؤكد|تؤكد|يوضح|توضح|يضيف|تضيف',
        // A boast is its speaker's word, no fact: "وتفاخر أحد أعضاء X بأن المجموعة اخترقت Y".
        'تفاخر|تفاخرت|تباهى|تباهت',
      ],
      marksSpeaker: true,
      examples: [
        {
          text: 'يقول مارك هولدن، مدير شركة كويلسك، إن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
          expect: { modality: 'reported', claimant: 'مارك هولدن, كويلسك' },
        },
        {
          text: 'قالت شركة مانديانت إن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
          expect: { modality: 'reported', claimant: 'مانديانت' },
        },
        {
          // A person named after their post speaks.
          text: 'قال رئيس الوزراء الألباني إيدي راما إن مجموعة APT34 استهدفت ألبانيا.',
          expect: { modality: 'reported', claimant: 'إيدي راما' },
        },
      ],
    },
    {
      // Verbs that report a finding, an accusation or a link.
      phrases: [
        'ذكر|ذكرت|أشار|أشارت|أفاد|أفادت|كشف|كشفت|اتهم|اتهمت|ربط|ربطت|نسب|نسبت|تنسب|ينسب|خلص|خلصت|شدد|شددت',
        // With the pronoun of what is attributed, set before: "أما X فقد نسبته شركة Y إلى Z".
        'نسبته|نسبتها|نسبه|نسبها',
        // A view or a claim held by its subject: "ورأى خبراء أن ..."، "وزعمت المجموعة أنها ..."
        // (not the present "يرى", which a name such as "كيري" would end on).
        'يرون|رأى|رأت|زعم|زعمت|زعموا',
        // The past only: the present "تدعي" is written as "تدعى" (is called) without its dots.
        'ادعى|ادعت|ادعوا',
        // Relaying what sources said: "نقلت رويترز عن مصادر أن ..." (as "قالت رويترز نقلا عن
        // مصادر"): the outlet vouches for the sources it relays.
        'نقل|نقلت|ينقل|تنقل',
      ],
      examples: [
        {
          text: 'وكشفت مايكروسوفت أن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
          expect: { modality: 'reported', claimant: 'مايكروسوفت' },
        },
        {
          text: 'أما الهجوم على قناة TV5Monde فقد نسبته شركة مايكروسوفت إلى مجموعة APT28.',
          expect: { modality: 'reported', claimant: 'مايكروسوفت' },
        },
        {
          text: 'ورأت شركة مانديانت أن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
          expect: { modality: 'reported', claimant: 'مانديانت' },
        },
        {
          text: 'ونقلت رويترز عن مصادر أمنية أن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
          expect: { modality: 'reported', claimant: 'رويترز' },
        },
      ],
    },
    {
      // A participle of saying after the main clause has its subject: "نشرت شركة X تقريرا،
      // مؤكدة أن ..."، "... مشيرا إلى أن ...".
      phrases: [
        'مؤكدا|مؤكدة|مؤكدين|موضحا|موضحة|موضحين|مضيفا|مضيفة|معتبرا|معتبرة|قائلا|قائلة|زاعما|زاعمة|زاعمين',
        'مشيرا|مشيرة|مشيرين إلى',
      ],
      subjectBefore: true,
      examples: [
        {
          text: 'نشرت شركة مايكروسوفت تقريرا، مؤكدة أن مجموعة APT28 استهدفت حلف الناتو.',
          expect: { modality: 'reported', claimant: 'مايكروسوفت' },
        },
        {
          text: 'نشرت شركة إيسيت تحليلا جديدا، مشيرة إلى أن مجموعة ساندوورم استخدمت برنامج إندستروير.',
          expect: { modality: 'reported', claimant: 'إيسيت' },
        },
        {
          // A claim of one's own deed: the group's word about itself.
          text: 'نشرت مجموعة لازاروس بيانا، زاعمة أنها اخترقت شركة سوني.',
          expect: { modality: 'reported', claimant: 'لازاروس' },
        },
        {
          // When the main verb says something too, its speaker is the participle's.
          text: 'أعلن رئيس الوزراء إيدي راما قطع العلاقات مع إيران، مؤكدا أن مجموعة APT34 استهدفت ألبانيا.',
          expect: { modality: 'reported', claimant: 'إيدي راما' },
        },
      ],
    },
    {
      // A public condemnation or warning: its subject speaks and does not act.
      phrases: ['أدان|أدانت|ندد|نددت|حذر|حذرت'],
      examples: [
        {
          text: 'وحذرت مايكروسوفت من أن مجموعة APT28 استهدفت حلف الناتو.',
          expect: { modality: 'reported', claimant: 'مايكروسوفت' },
        },
      ],
    },
  ],
  unconfirmed: [
    {
      phrases: [
        'لم يؤكد|تؤكد|يذكر|تذكر|يقل|تقل',
        // A belief denied ("لا تعتقد شركة X أن ..."): X holds no suspicion and vouches for nothing.
        'لا|لم يعتقد|تعتقد|يرجح|ترجح|يظن|تظن|يعتقدون|يرجحون|يظنون',
        'رفض|رفضت تأكيد|التعليق',
        // "تقارير غير مؤكدة", "معلومات غير مؤكدة": what nobody has confirmed.
        'غير مؤكدة|مؤكد',
      ],
      examples: [
        {
          text: 'ولم تؤكد مانديانت أن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'ولا تعتقد شركة مانديانت أن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'وتشير تقارير غير مؤكدة إلى أن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
          expect: { modality: 'suspected' },
        },
      ],
    },
  ],
  hedges: [
    {
      // Possibility and hearsay.
      phrases: [
        'من الممكن',
        'على الأرجح',
        'الأرجح',
        'يزعم|مزعوم|المزعوم|المزعومة',
        // Hearsay named as such: "وتفيد شائعات بأن ...".
        'شائعات|إشاعات',
        'قد تكون',
        'لا|لم يستبعد|تستبعد|يستبعدون',
      ],
      examples: [
        {
          text: 'من الممكن أن تكون مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'يُزعم أن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'قد تكون مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
          expect: { modality: 'suspected' },
        },
      ],
    },
    {
      // "قد" before a present verb is "may": "قد تقف المجموعة وراء ..."; before a past verb it
      // asserts ("قد استهدفت", "كانت قد نسبت"), so the present forms are listed, not "قد" alone
      // (a past like "تعرضت" looks like a present).
      phrases: [
        'قد تقف|يقف|تستهدف|يستهدف|تخترق|يخترق|تهاجم|يهاجم|ترتبط|يرتبط|تعمل|يعمل|تنتمي|ينتمي|تستخدم|يستخدم|تتبع|يتبع',
      ],
      examples: [
        { text: 'قد تقف مجموعة APT28 وراء الهجوم على قناة TV5Monde.', expect: { modality: 'suspected' } },
        { text: 'قد تستهدف مجموعة APT28 حلف الناتو.', expect: { modality: 'suspected' } },
      ],
    },
    {
      phrases: ['ربما|المشتبه|يحتمل|يبدو', 'من المرجح|المحتمل', 'قد يكون'],
      examples: [{ text: 'ربما تكون مجموعة APT33 مرتبطة بإيران.', expect: { modality: 'suspected' } }],
    },
    {
      // A guess, whoever makes it: "تكهنت مصادر بأن ...".
      phrases: ['تكهن|تكهنت|يتكهن|تتكهن'],
      examples: [
        {
          text: 'تكهنت مصادر مجهولة بأن مجموعة APT33 استهدفت أرامكو السعودية.',
          expect: { modality: 'suspected' },
        },
      ],
    },
    {
      // What reports or news say is only alleged, whoever comments on them: "لم تعلق X على
      // التقارير التي تفيد بأن ...".
      phrases: [
        'تقارير|التقارير|أنباء|الأنباء|معلومات|المعلومات تفيد|تقول|تشير بأن|أن|إلى',
        'تقارير|التقارير|أنباء|الأنباء|معلومات|المعلومات التي تفيد|تقول|تشير بأن|أن|إلى',
        'تقارير|التقارير|أنباء|الأنباء|معلومات|المعلومات بأن|عن',
      ],
      examples: [
        {
          text: 'ولم تعلق مايكروسوفت على التقارير التي تفيد بأن مجموعة APT28 استهدفت حلف الناتو.',
          expect: { modality: 'suspected' },
        },
      ],
    },
    {
      // What an accusation says is only alleged, whoever comments on it.
      phrases: [
        'اتهامات|الاتهامات|مزاعم|المزاعم|ادعاءات|الادعاءات بأن|عن',
        // The one accusation ("الاتهام بأن ..."), as the many.
        'اتهام|الاتهام|زعم|الزعم|ادعاء|الادعاء بأن',
      ],
      examples: [
        {
          text: 'لم تعلق طهران على اتهامات بأن مجموعة APT33 استهدفت أرامكو السعودية.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'وسخرت طهران من الادعاء بأن مجموعة APT33 استهدفت أرامكو السعودية.',
          expect: { modality: 'suspected' },
        },
      ],
    },
  ],
  suspicions: [
    {
      // Believing, suspecting, judging likely: the verb comes first and its subject after it
      // holds the suspicion ("رجحت شركة X أن ..."); written without vowels, the impersonal
      // passive ("يُعتقد أن"، "يُرجَّح أن") is the same word and names no one.
      phrases: [
        'يعتقد|تعتقد|اعتقد|اعتقدت|يشتبه|تشتبه|اشتبه|اشتبهت|يرجح|ترجح|رجح|رجحت|يظن|تظن|يفترض|تفترض',
        // The plural after its subject: "مسؤولون أمريكيون يشتبهون في أن ...".
        'يعتقدون|يشتبهون|يرجحون|يظنون',
      ],
      examples: [
        {
          text: 'ويعتقد أن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
          expect: { modality: 'suspected' },
        },
        { text: 'يُرجَّح أن مجموعة APT33 مرتبطة بإيران.', expect: { modality: 'suspected' } },
        { text: 'يُظَن أن مجموعة APT33 مرتبطة بإيران.', expect: { modality: 'suspected' } },
        {
          text: 'لكن محققين أمريكيين يشتبهون في أن مجموعة APT33 مرتبطة بإيران.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'رجحت مصادر مجهولة أن مجموعة APT33 استهدفت أرامكو السعودية.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'رجحت شركة مايكروسوفت أن مجموعة APT33 تقف وراء الهجوم على أرامكو السعودية.',
          expect: { modality: 'suspected', claimant: 'مايكروسوفت' },
        },
        {
          text: 'ويعتقد باحثو مايكروسوفت أن مجموعة APT33 استهدفت أرامكو السعودية.',
          expect: { modality: 'suspected', claimant: 'مايكروسوفت' },
        },
        {
          text: 'ويشتبه مكتب التحقيقات الفيدرالي في أن مجموعة APT33 استهدفت أرامكو السعودية.',
          expect: { modality: 'suspected', claimant: 'مكتب التحقيقات الفيدرالي' },
        },
      ],
    },
  ],
  denials: [
    {
      // The participle after the main clause: "أصدر الكرملين بيانا، نافيا أن ...".
      phrases: ['نافيا|نافية|نافين'],
      subjectBefore: true,
      examples: [
        {
          text: 'أصدر الكرملين بيانا، نافيا أن تكون مجموعة APT28 قد اخترقت حلف الناتو.',
          expect: { modality: 'denied', claimant: 'Kremlin' },
        },
      ],
    },
    {
      phrases: [
        'نفى|نفت|ينفي|تنفي|ينفون|نفوا|نفته|نفتها|نفاه|نفاها',
        'رفض|رفضت|يرفض|ترفض',
        // "استبعد خبراء أن تكون X وراء ...": ruled out (not ruling it out is a hedge).
        'استبعد|استبعدت|استبعدوا|يستبعد|تستبعد',
      ],
      examples: [
        {
          text: 'ونفى الكرملين أن تكون مجموعة APT28 وراء الهجوم على قناة TV5Monde.',
          expect: { modality: 'denied', claimant: 'Kremlin' },
        },
        {
          text: 'رفضت موسكو اتهامات واشنطن بأن مجموعة APT29 استهدفت وزارة الخارجية الأمريكية.',
          expect: { modality: 'denied', claimant: 'موسكو' },
        },
      ],
    },
  ],
  passiveDenials: [
    {
      // "تم رفضه من قبل": with "تم" only; a verb alone before "من قبل" may mean "before".
      phrases: ['تم نفيه|نفيها|رفضه|رفضها من قبل'],
      examples: [
        {
          text: 'أما القول إن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية فقد تم رفضه من قبل الكرملين.',
          expect: { modality: 'denied', claimant: 'Kremlin' },
        },
      ],
    },
  ],
  negations: [
    {
      // "لا" negates the present verb right after it: "لا تستهدف المجموعة ...", "لا تقف وراء ...".
      // Before "يزال" it means "still", before a noun ("لا شك", "لا سيما") it negates no verb.
      phrases: ['لا'],
      notBefore: ['يزال|تزال|يزالون|تزالان|زال|زالت', 'سيما|شك|ريب|بد|محالة|أحد'],
      examples: [
        {
          text: 'وقالت شركة مايكروسوفت إن مجموعة APT28 لا تستهدف حلف الناتو.',
          expect: { modality: 'denied', claimant: 'Microsoft' },
        },
        {
          text: 'وقالت شركة مايكروسوفت إن مجموعة APT28 لا تزال تستهدف حلف الناتو.',
          expect: { modality: 'reported', claimant: 'Microsoft' },
        },
      ],
    },
    {
      // "لم" and "لن" negate the verb right after them, its subject and its complements, up to
      // the clause's end: "لم تخترق المجموعة ...".
      phrases: ['لم يكن|تكن', 'ليس|ليست', 'لا علاقة', 'لم|لن'],
      examples: [
        {
          text: 'وقالت موسكو إنها لم تكن وراء اختراق حملة ماكرون.',
          expect: { modality: 'denied', claimant: 'موسكو' },
        },
        {
          text: 'لم تستهدف مجموعة APT28 حلف الناتو، بحسب ما أكد الكرملين.',
          expect: { modality: 'denied', claimant: 'Kremlin' },
        },
        {
          // The negation governs the verb, its long subject and its complement.
          text: 'وقال الكرملين إنه لم تتعرض شبكة وزارة الخارجية الفرنسية في باريس لأي هجوم من قبل مجموعة APT28.',
          expect: { modality: 'denied', claimant: 'Kremlin' },
        },
      ],
    },
  ],
  contrasts: [
    {
      phrases: ['بل', 'لكن|لكنه|لكنها|لكنهم'],
      examples: [
        {
          text: 'لم تستهدف مجموعة APT28 حلف الناتو بل اخترقت البوندستاغ.',
          expect: { modality: 'asserted' },
        },
      ],
    },
  ],
  imitations: [
    {
      phrases: ['تقلد|يقلد|تحاكي|يحاكي', 'مقلدون|مقلدين|مقلدو', 'انتحل|انتحلت|انتحلوا|تنتحل|ينتحل صفة'],
      examples: [{ text: 'استهدفت مجموعة تقلد مجموعة APT28 حلف الناتو.', expect: { modality: 'unstated' } }],
    },
  ],
  laterDoubts: [
    {
      phrases: [
        'لم يتسن|يتسنى التأكد|التحقق',
        'دون أن يتسنى التأكد|التحقق',
        'لم يتم التأكد|التحقق منه|منها|من ذلك',
        'لم يثبت ذلك|هذا',
        // A claim its author took back.
        'قبل أن تتراجع|يتراجع|يتراجعوا عن ذلك|عنه|عنها',
        'ثم تراجع|تراجعت|تراجعوا عن ذلك|عنه|عنها',
        // A first culprit its accuser traded for another.
        'قبل أن تشير|يشير|يشيروا إلى',
        'قبل أن تتهم|يتهم|يتهموا',
        // A claim the text calls false after it: "التقرير الذي يفيد بأن ... كان خاطئا".
        'كان|كانت خاطئا|خاطئة|كاذبا|كاذبة|عاريا|عارية',
      ],
      examples: [
        {
          text: 'اخترقت مجموعة APT28 البوندستاغ، وهو ما لم يتسن التأكد منه.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'اخترقت مجموعة APT28 البوندستاغ، دون أن يتسنى التحقق من ذلك.',
          expect: { modality: 'suspected' },
        },
        {
          text: 'ونسبت شركة مانديانت الهجوم على أرامكو السعودية إلى مجموعة APT33 قبل أن تتراجع عن ذلك.',
          expect: { modality: 'suspected', claimant: 'Mandiant' },
        },
        {
          text: 'ونسبت شركة مانديانت الهجوم على أرامكو السعودية إلى مجموعة APT33 ثم تراجعت عن ذلك.',
          expect: { modality: 'suspected', claimant: 'Mandiant' },
        },
        {
          text: 'ونسبت شركة مانديانت الهجوم على أرامكو السعودية إلى مجموعة APT33 قبل أن تشير إلى إيران.',
          expect: { modality: 'suspected', claimant: 'Mandiant' },
        },
      ],
    },
  ],
  concessions: [
    {
      phrases: ['على الرغم من', 'بالرغم من', 'رغم|برغم'],
      examples: [
        {
          text: 'بحسب مانديانت، على الرغم من نفي الكرملين، فإن مجموعة APT28 مرتبطة بالاستخبارات العسكرية الروسية.',
          expect: { modality: 'reported', claimant: 'مانديانت' },
        },
      ],
    },
  ],
  conditions: [
    {
      // A condition, an open question, a missing proof: the clause states nothing.
      phrases: [
        'إذا|لو',
        // "وفي حال ثبت أن ...": in case it is proven.
        'في حال',
        'لا دليل|أدلة',
        'لا يوجد|توجد دليل|أدلة',
        // "لم تثبت أي جهة أن ...", "لم تقدم واشنطن أي دليل على أن ...": a proof nobody gave
        // ("أي" asks for one: "any evidence" is asked for or missing, never given).
        'لم يثبت|تثبت',
        'أي دليل|أدلة',
      ],
      examples: [
        {
          text: 'إذا كانت مجموعة APT28 وراء الهجوم على قناة TV5Monde فإن الاستخبارات الروسية أمرت به.',
          expect: { modality: 'unstated' },
        },
        { text: 'لا يوجد دليل على أن مجموعة APT33 مرتبطة بإيران.', expect: { modality: 'unstated' } },
        { text: 'ولم تثبت أي جهة أن مجموعة APT33 مرتبطة بإيران.', expect: { modality: 'unstated' } },
        { text: 'هل مجموعة APT33 مرتبطة بإيران؟', expect: { modality: 'unstated' } },
      ],
    },
    {
      // A claim no one makes.
      phrases: [
        'لم يزعم|يقل|يؤكد|يثبت أحد أن|إن|بأن',
        'ليبدو|لتبدو|ليظهر|لتظهر كأنه|كأنها|وكأنه|وكأنها',
        // A threat: what it threatens has not happened.
        'هدد|هددت|يهدد|تهدد|هددوا',
        // A likelihood denied: "من غير المرجح أن ..." states nothing.
        'من غير المرجح|المحتمل',
      ],
      examples: [
        {
          text: 'لم يزعم أحد أن مجموعة APT28 اخترقت قناة TV5Monde.',
          expect: { modality: 'unstated' },
        },
        {
          text: 'صُمم الهجوم على قناة TV5Monde ليبدو كأنه من عمل مجموعة APT28.',
          expect: { modality: 'unstated' },
        },
        { text: 'وهددت مجموعة APT28 باستهداف الناتو.', expect: { modality: 'unstated' } },
        {
          text: 'من غير المرجح أن تكون مجموعة APT33 قد استهدفت أرامكو السعودية.',
          expect: { modality: 'unstated' },
        },
      ],
    },
  ],
  participles: [
    {
      // "بعد أن اتهمت واشنطن ...": the subject follows the verb here, as in any Arabic clause.
      phrases: ['بعد أن'],
      examples: [
        {
          text: 'بعد أن اتهمت واشنطن إيران بالوقوف وراء الهجوم على أرامكو، فرضت عقوبات جديدة.',
          expect: { modality: 'reported', claimant: 'واشنطن' },
        },
      ],
    },
  ],
  relatives: [
    {
      phrases: ['التي|الذي'],
      examples: [
        {
          text: 'مجموعة APT33 التي تربطها مايكروسوفت بإيران استهدفت أرامكو.',
          expect: { modality: 'reported', claimant: 'مايكروسوفت' },
          gap: 'an Arabic relative clause with its verb first is not read yet',
        },
        {
          // Set off by a comma, the clause describes its antecedent in the writer's own words.
          text: 'وقال محققون إن مجموعة APT28 نشرت برنامج X-Agent، الذي ضرب شركات في بولندا.',
          expect: { modality: 'asserted' },
        },
      ],
    },
  ],
  timesBeforeSpeaker: [],
  unnamedSpeakers: [
    {
      phrases: [
        'باحث|باحثة|خبير|خبيرة|محلل|محللة|مسؤول|مسؤولة|متحدث|متحدثة في|من|لدى|باسم',
        // Plural: "بحسب باحثين في شركة X".
        'باحثين|باحثون|خبراء|محللين|محللون|مسؤولين|مسؤولون في|من|لدى',
        // With the article, and the head of a team: "قال الباحث في شركة X"، "مدير الأبحاث في شركة X".
        'الباحث|الباحثة|الخبير|الخبيرة|المحلل|المحللة في|لدى',
        // With the post's adjective: "قال الباحث الأمني في شركة X"، "باحث أمني لدى X".
        'الباحث|الباحثة|الخبير|الخبيرة الأمني|الأمنية في|لدى',
        'باحث|باحثة|خبير|خبيرة أمني|أمنية في|من|لدى',
        'مدير|مديرة|رئيس|رئيسة الأبحاث|البحوث في|لدى',
        // A report speaks for its author: "كشف تقرير لشركة X أن"، "ذكر تقرير صادر عن X أن".
        'تقرير|دراسة|بيان',
        'تقرير|دراسة|بيان صادر|صادرة عن',
        'تقرير|دراسة|بيان نشرته|نشرتها|أصدرته|أصدرتها',
      ],
      examples: [
        {
          text: 'وقال باحث في شركة كاسبرسكي إن مجموعة لازاروس مرتبطة بكوريا الشمالية.',
          expect: { modality: 'reported', claimant: 'كاسبرسكي' },
        },
        {
          text: 'وبحسب باحثين في شركة إيسيت، فإن مجموعة APT28 استخدمت برنامج X-Agent.',
          expect: { modality: 'reported', claimant: 'إيسيت' },
        },
        {
          text: 'وقال مدير الأبحاث في شركة إيسيت إن مجموعة ساندوورم استخدمت برنامج إندستروير.',
          expect: { modality: 'reported', claimant: 'إيسيت' },
        },
        {
          text: 'وكشف تقرير لشركة إيسيت أن مجموعة ساندوورم استخدمت برنامج إندستروير.',
          expect: { modality: 'reported', claimant: 'إيسيت' },
        },
      ],
    },
  ],
  accusations: [
    {
      phrases: ['الاتهامات|الاتهام|الادعاءات|اتهامات|ادعاءات'],
      examples: [
        {
          text: 'وتقف مجموعة APT28 وراء اختراق حملة ماكرون. ونفى الكرملين هذه الاتهامات.',
          expect: { modality: 'denied', claimant: 'Kremlin' },
        },
      ],
    },
  ],
  laterAccusers: [
    {
      phrases: ['حين|عندما|بعدما|لما', 'بعد أن'],
      examples: [
        {
          text: 'واتهمت روسيا بالوقوف وراء الهجوم على قناة TV5Monde، عندما قالت باريس إن موسكو دبرته.',
          expect: { modality: 'reported', claimant: 'Paris' },
        },
      ],
    },
  ],
  continuation: {
    subjects: ['الشركة'],
    verbs: ['قالت', 'ذكرت', 'أكدت'],
    verbsAlone: ['أضاف', 'أضافت', 'تابع', 'تابعت', 'أوضح', 'أوضحت'],
    sources: ['بحسب|حسب الباحثين|الخبراء|المحللين', 'وفقا للباحثين|للخبراء|للمحللين'],
    examples: [
      {
        text: 'بحسب مانديانت، فإن التحقيق مستمر. وأضافت الشركة أن مجموعة APT28 استهدفت قناة TV5Monde.',
        expect: { modality: 'reported', claimant: 'مانديانت' },
      },
      {
        text: 'قال باحثون في شركة مانديانت إن الحملة جديدة. وبحسب الباحثين، استهدفت مجموعة APT28 قناة TV5Monde.',
        expect: { modality: 'reported', claimant: 'مانديانت' },
      },
    ],
  },
  clefts: [
    {
      phrases: ['هي|هو|هم التي|الذي|الذين'],
      examples: [
        {
          text: 'ليست مجموعة APT28 هي التي اخترقت البوندستاغ، بحسب ما أكد الكرملين.',
          expect: { modality: 'denied', claimant: 'Kremlin' },
        },
      ],
    },
  ],
  // Not yet written for this language.
  involvements: [],
  dismissiveCalls: [
    {
      // "ووصفت روسيا الاتهام بأن ... بأنه لا أساس له": the one who calls the claim so denies it.
      phrases: ['وصف|وصفت|وصفوا|يصف|تصف'],
      examples: [
        {
          text: 'ووصفت موسكو الاتهام بأن مجموعة APT28 اخترقت قناة TV5Monde بأنه لا أساس له.',
          expect: { modality: 'denied', claimant: 'موسكو' },
        },
      ],
    },
  ],
  dismissals: [
    {
      phrases: [
        'بأنه|بأنها لا أساس له|لها من الصحة',
        'بأنه|بأنها لا أساس له|لها',
        'بأنه|بأنها كذب|كاذب|كاذبة|افتراء|ملفق|ملفقة|باطل|باطلة|سخيف|سخيفة',
        'بأنه|بأنها عار|عارية عن الصحة',
      ],
      examples: [
        {
          text: 'ووصفت موسكو الادعاء بأن مجموعة APT28 اخترقت قناة TV5Monde بأنه كذب.',
          expect: { modality: 'denied', claimant: 'موسكو' },
        },
      ],
    },
  ],
  revisionOpenings: [
    {
      phrases: ['في البداية|البدء', 'في بادئ الأمر', 'بادئ الأمر'],
      examples: [
        {
          text: 'واتهم المحققون في البداية مجموعة APT33 بالهجوم على أرامكو السعودية، ثم اتهموا إيران لاحقا.',
          expect: { modality: 'suspected' },
        },
      ],
    },
  ],
  revisionTurns: [
    {
      // The turn names the new blame with its own verb: "ثم هاجمت X" is a sequence of deeds.
      phrases: ['ثم اتهموا|اتهمت|اتهم|نسبوا|نسبت|نسب|نسبته|نسبوه|نسبها|حملوا|حملت|حمل'],
      examples: [
        {
          text: 'ونسبت الشركة في بادئ الأمر الهجوم على أرامكو السعودية إلى مجموعة APT33، ثم نسبته إلى إيران.',
          expect: { modality: 'suspected' },
        },
      ],
    },
  ],
  // Not yet written for this language.
  contactRelatives: [],
  sayingRelatives: [],
} as const satisfies ClaimVocabulary;
