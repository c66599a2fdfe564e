/**
 * Arabic news phrasings met in the samples written like wire copy (data/samples/ar/13, 14):
 * sources after a hedge, incidents named through the kind of their victim, a pronoun subject
 * opening a second reported clause, and a researcher's employer as a claimant only. The
 * sentences are our own.
 */
import { describe, test } from 'node:test';
import { assertHas, assertNone, relationLines } from './relation-lines-harness.ts';

describe('Arabic news phrasings', () => {
  test('a source right after a hedge names the claimant and leaves the claim hedged', () => {
    const lines = relationLines(
      'ويُرجَّح، وفق تقرير لشركة مانديانت، أن مجموعة APT28 تعمل لصالح الاستخبارات العسكرية الروسية.',
      'ar',
    );
    assertHas(lines, 'ATTRIBUTED_TO APT28 -> GRU suspected [Mandiant]');
  });

  test('"بحسب ما أفادت X" reports on the word of X', () => {
    const lines = relationLines(
      'وبحسب ما أفادت شركة مانديانت، فإن مجموعة APT28 تقف وراء الهجوم على قناة الجزيرة.',
      'ar',
    );
    assertHas(lines, 'ATTRIBUTED_TO Hack of Al Jazeera -> APT28 reported [Mandiant]');
  });

  test('an incident named through the kind of its victim targets that victim', () => {
    const lines = relationLines('ونفى الكرملين أي صلة له بالهجوم على شركة أرامكو السعودية.', 'ar');
    assertHas(lines, 'TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []');
    assertHas(lines, 'DENIES Kremlin -> Hack of Saudi Aramco denied [Kremlin]');
  });

  test('a name before "وإنه ..." is no argument of the clause the pronoun opens', () => {
    const lines = relationLines(
      'وقالت الوزارة إن المبرمج كريم حداد عضو في مجموعة لازاروس وإنه عمل لسنوات لحساب شركة تشوسون إكسبو.',
      'ar',
    );
    assertHas(lines, 'MEMBER_OF كريم حداد -> Lazarus Group reported []');
    assertNone(lines, /Lazarus Group -> تشوسون إكسبو/u);
  });

  test('nor is a name after it, when the subject before the trigger is not recognised', () => {
    const lines = relationLines(
      'وقالت الوزارة إن بارك عضو في مجموعة لازاروس وإنه عمل لسنوات لحساب شركة تشوسون إكسبو.',
      'ar',
    );
    assertNone(lines, /تشوسون إكسبو/u);
  });

  test('"تنسب X إلى Y Z": the party after "إلى" may come before what is ascribed to it', () => {
    const lines = relationLines(
      'وتنسب الحكومة الأمريكية إلى مجموعة لازاروس أيضا برنامج الفدية واناكراي.',
      'ar',
    );
    assertHas(lines, 'ATTRIBUTED_TO WannaCry -> Lazarus Group reported [الحكومة الأمريكية]');
    assertNone(lines, /Lazarus Group -> WannaCry/u);
  });

  test("a researcher's employer, spelled out letter by letter, is employer and claimant, never a party", () => {
    const lines = relationLines(
      'وقال الباحث أدريان نيش، رئيس فريق التهديدات في شركة بي إيه إي سيستمز البريطانية، إن لازاروس كانت وراء الهجوم على شركة سوني بيكتشرز.',
      'ar',
    );
    assertHas(lines, 'WORKS_FOR أدريان نيش -> بي إيه إي سيستمز asserted []');
    assertNone(lines, /LEADS/u);
    assertNone(lines, /-> بي إيه إي سيستمز (?:reported|suspected)|بي إيه إي سيستمز -> (?!United Kingdom)/u);
  });

  test('a holder set off by commas after the post and its body holds the post and speaks with the body', () => {
    const lines = relationLines(
      'وقال مدير شركة أرامكو السعودية، علي الكناني، إن مجموعة APT33 استهدفت الشركة.',
      'ar',
    );
    assertHas(lines, 'LEADS علي الكناني -> Saudi Aramco asserted []');
    const spokesman = relationLines(
      'وقال المتحدث باسم وزارة الداخلية العراقية، خالد العتيبي، إن مجموعة APT33 تعمل لصالح الحرس الثوري الإيراني.',
      'ar',
    );
    assertHas(spokesman, 'WORKS_FOR خالد العتيبي -> وزارة الداخلية العراقية asserted []');
    assertNone(
      spokesman,
      /-> وزارة الداخلية العراقية (?:reported|suspected)|وزارة الداخلية العراقية -> (?!Iraq)/u,
    );
  });

  test('a speaker named with a family name that carries the article, before his post', () => {
    const lines = relationLines(
      'وقال فهد الزهراني، الباحث في شركة كاسبرسكي، إن مجموعة APT33 استهدفت أرامكو السعودية.',
      'ar',
    );
    assertHas(lines, 'WORKS_FOR فهد الزهراني -> Kaspersky asserted []');
    assertHas(lines, 'TARGETED APT33 -> Saudi Aramco reported [Kaspersky, فهد الزهراني]');
  });

  test('"على" before a word on "ى" is the preposition, never the given name "علي"', () => {
    assertNone(relationLines('وحصل مدير شركة أرامكو السعودية على المستوى الأول.', 'ar'), /على/u);
  });

  test('an attack on a place is a hack only where the text speaks of cyberattacks', () => {
    assertNone(relationLines('وخلف الهجوم على أوكرانيا دمارا واسعا.', 'ar'), /Hack of/u);
    assertHas(
      relationLines('وخلف الهجوم الإلكتروني على أوكرانيا أضرارا في شبكة الكهرباء.', 'ar'),
      'TARGETED Hack of Ukraine -> Ukraine asserted []',
    );
    assertHas(
      relationLines('وخلف الهجوم على أوكرانيا أضرارا كبيرة، بحسب ما قال القراصنة.', 'ar'),
      'TARGETED Hack of Ukraine -> Ukraine asserted []',
    );
  });

  test('an attack on a company told with the means of a strike is no hack', () => {
    assertNone(
      relationLines('وأدى الهجوم على شركة أرامكو السعودية بالصواريخ إلى توقف الإنتاج.', 'ar'),
      /Hack of/u,
    );
    assertHas(
      relationLines('وأدى الهجوم على شركة أرامكو السعودية إلى توقف الإنتاج.', 'ar'),
      'TARGETED Hack of Saudi Aramco -> Saudi Aramco asserted []',
    );
  });

  test('what a body underwent ("لهجوم") and the verb by which a group names itself are no names', () => {
    assertNone(
      relationLines('وتعرضت وكالة الأنباء الليبية لهجوم إلكتروني من قبل مجموعة APT33.', 'ar'),
      /لهجوم/u,
    );
    const lines = relationLines(
      'وتعرضت شركة أرامكو السعودية لهجوم إلكتروني من قبل مجموعة قراصنة تسمي نفسها "الصقر الأسود".',
      'ar',
    );
    assertNone(lines, /تسمي/u);
  });
});
