/**
 * Arabic names found without capitals: after a head noun (names-arabic-heads.ts) and opened by
 * a given name (names-arabic-given.ts), through the whole extractor so that selection against
 * the gazetteer and the cue finder is part of what is checked. Sentences are our own.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

function typedNames(text: string): string[] {
  const extraction = extractWithRules({ text, lang: 'ar', sentences: splitSentences(text, 'ar') });
  return extraction.entities.map((entity) => `${entity.type}:${entity.name}`).sort();
}

function names(text: string): string[] {
  const extraction = extractWithRules({ text, lang: 'ar', sentences: splitSentences(text, 'ar') });
  return extraction.entities
    .flatMap((entity) => entity.mentions.map((mention) => ({ ...mention, type: entity.type })))
    .filter((mention) => ['Person', 'Organization', 'Location'].includes(mention.type))
    .sort((a, b) => a.start - b.start)
    .map((mention) => `${mention.type}:${mention.surface}`);
}

describe('Arabic organisations and places after a head noun', () => {
  test('a head takes its construct chain, clitics before it stay out of the name', () => {
    assert.deepEqual(names('وصلت رسالة من وزارة التربية الأردنية إلى بلدية جرش أمس.'), [
      'Organization:وزارة التربية الأردنية',
      'Organization:بلدية جرش',
    ]);
    assert.deepEqual(names('اجتمع الوفد بهيئة سوق رأس المال صباحا.'), ['Organization:هيئة سوق رأس المال']);
  });

  test('with the article, a head needs an adjective of relation that is not a direction', () => {
    assert.deepEqual(names('أصدر المجلس الوطني السوداني بيانا.'), ['Organization:المجلس الوطني السوداني']);
    assert.deepEqual(names('أصدر المجلس بيانا حول الجبهة الشمالية.'), []);
  });

  test('a place noun introduces the place, also after another place noun', () => {
    assert.deepEqual(names('ولد في قرية دير غسانة قضاء مدينة صفد.'), ['Location:دير غسانة', 'Location:صفد']);
    assert.deepEqual(names('أقيم العرض في منطقة الاختبار.'), []);
  });

  test('a chain stops at a verb, a word joined by و, a direction, a given name or a possessive', () => {
    assert.deepEqual(names('قالت إن بلدية جرش افتتحت مدرسة.'), ['Organization:بلدية جرش']);
    assert.deepEqual(names('زار مكتب وغيره.'), []);
    assert.deepEqual(names('تقع بلدية عنبتا شرق طولكرم.'), ['Organization:بلدية عنبتا', 'Location:طولكرم']);
    assert.deepEqual(names('اجتمع مجلس إدارتها أمس.'), []);
  });

  test('a press noun names a title with the article; a transliterated one is the cue’s, without the noun', () => {
    assert.deepEqual(names('نشرت صحيفة الرواد تقريرا مطولا.'), ['Organization:صحيفة الرواد']);
    assert.deepEqual(names('نشرت صحيفة واشنطن بوست تقريرا مطولا.'), ['Organization:واشنطن بوست']);
    assert.deepEqual(names('ستصدر نشرة إخبارية جديدة.'), []);
  });

  test('a body of a place named after a place noun takes the place in its name', () => {
    assert.deepEqual(names('وصلت رسالة إلى لجنة قرية دير غسانة أمس.'), ['Organization:لجنة قرية دير غسانة']);
    assert.deepEqual(names('تجتمع لجنة قرية كل شهر.'), []);
  });

  test('a known town that ends like an adjective names the body; a country so written is an origin', () => {
    assert.deepEqual(names('أرسلت بلدية قلقيلية رسالة إلى السكان.'), ['Organization:بلدية قلقيلية']);
    assert.deepEqual(names('أعلنت منظمة سورية أنها ستدعم المشروع.'), ['Location:سورية']);
  });

  test('an adjective right after a head describes an unnamed body', () => {
    assert.deepEqual(names('أعلنت منظمة دولية أن شركة عالمية متخصصة ستساعد.'), []);
  });

  test('a word with tanwin makes the phrase after a head indefinite, a description', () => {
    assert.deepEqual(names('تولت حكومة مستقرة نسبيًا الحكم.'), []);
    assert.deepEqual(names('أعلنت وزارة الخارجية الخبر رسميًا.'), ['Organization:وزارة الخارجية']);
  });

  test('a known person after a party noun is left to the party resolution', () => {
    assert.ok(!names('وكان حزب ماكرون قد أكد ذلك.').includes('Organization:حزب ماكرون'));
  });
});

describe('Arabic persons opened by a given name', () => {
  test('given names, "عبد" names, lineage and a family name make one person', () => {
    assert.deepEqual(names('التقى سامي عبد الكريم الحلبي بوالده.'), ['Person:سامي عبد الكريم الحلبي']);
    assert.deepEqual(names('حضر أحمد بن سعيد الحارثي الحفل.'), ['Person:أحمد بن سعيد الحارثي']);
    assert.deepEqual(names('وكتب أبو غسان رسالة.'), ['Person:أبو غسان']);
    assert.deepEqual(names('ورافقه لؤي قطامي إلى المدينة.'), ['Person:لؤي قطامي']);
  });

  test('a family name opening on "ت" and ending in "ة" is a noun, no verb; a verbal noun تفعلة is neither', () => {
    assert.deepEqual(names('وصلت رسالة من محمود تفاحة أمس.'), ['Person:محمود تفاحة']);
    assert.deepEqual(names('قال خالد تنمية المدن ضرورية.'), []);
    assert.deepEqual(names('كان محمود تعبا.'), []);
  });

  test('a clitic before the first name stays out of the name', () => {
    assert.deepEqual(names('منحت الجائزة لرانيا حداد.'), ['Person:رانيا حداد']);
  });

  test('a given name alone, or one that is also a word before a bare word, is not taken', () => {
    assert.deepEqual(names('قال يوسف إن الطقس جميل.'), []);
    assert.deepEqual(names('عين أمين عام جديد للحزب.'), []);
    assert.deepEqual(names('رفعوا شعار جهاد نصر في الساحة.'), []);
  });

  test('a title before a word joined by و or a plural role names nobody', () => {
    assert.deepEqual(names('وجه الكتاب إلى رئيس وأعضاء اللجنة.'), []);
    assert.deepEqual(names('كتب الوزير إلى رؤساء البلديات.'), []);
  });

  test('the title السيد after the preposition ل still introduces a name', () => {
    assert.deepEqual(names('بيعت الأرض للسيد عارف طوقان.'), ['Person:عارف طوقان']);
  });

  test('the abbreviated title "د." introduces a name and ends no sentence', () => {
    assert.deepEqual(names('ورحب د. رؤوف قنديل بالضيوف.'), ['Person:رؤوف قنديل']);
    // Without the dot, "د" is no title.
    assert.deepEqual(names('ورحب د رؤوف بالضيوف.'), []);
  });
});

describe('a verb after an Arabic cue word', () => {
  test('a feminine perfect of the fifth or sixth form is the verb of the cue’s noun or of the name, no name', () => {
    assert.deepEqual(names('قالت الوكالة إن أكثر من مئة شركة تضررت من الهجوم.'), []);
    assert.ok(names('وقالت إن شركة كويلسك تعرضت لهجوم.').includes('Organization:كويلسك'));
    assert.ok(!names('وقالت إن شركة كويلسك تعرضت لهجوم.').includes('Organization:كويلسك تعرضت'));
  });
});

describe('Arabic names of ordinary words keep their own identity', () => {
  test('a head-noun name is never a spelling variant of a known name', () => {
    const text = 'زار الوفد وزارة الصحة ثم الحكومة العراقية.';
    const extraction = extractWithRules({ text, lang: 'ar', sentences: splitSentences(text, 'ar') });
    const organisations = extraction.entities.filter((entity) => entity.type === 'Organization');
    assert.deepEqual(organisations.map((entity) => entity.name).sort(), ['الحكومة العراقية', 'وزارة الصحة']);
  });

  test('a title, then its organisation, then the holder', () => {
    assert.deepEqual(names('وأعلن الناطق باسم وزارة الصحة عادل حمدان ارتفاع العدد.'), [
      'Organization:وزارة الصحة',
      'Person:عادل حمدان',
    ]);
  });

  test('one word after the organisation is a holder only with a family name or as a given name', () => {
    assert.deepEqual(names('حضر رئيس بلدية نابلس فهيم الزعبي الحفل.'), [
      'Organization:بلدية نابلس',
      'Person:فهيم الزعبي',
    ]);
    // The clause's participle, and a preposition with a verbal noun, name nobody.
    assert.deepEqual(names('وصلت رسالة من رئيس بلدية نابلس موجهة إلى السكان.'), ['Organization:بلدية نابلس']);
    assert.deepEqual(names('كتب المواطن إلى رئيس بلدية نابلس لمنحه رخصة.'), ['Organization:بلدية نابلس']);
  });
});

describe('an adjective of origin that closes an Arabic organisation name', () => {
  test('is part of the name and places a state body, as "Morocco\'s ministry of agriculture" would', () => {
    const text = 'قالت وزارة الزراعة المغربية إن الموسم جيد.';
    const extraction = extractWithRules({ text, lang: 'ar', sentences: splitSentences(text, 'ar') });
    const name = (key: string) => extraction.entities.find((entity) => entity.key === key)?.name;
    assert.deepEqual(
      extraction.relations.map(
        (relation) => `${name(relation.source)} ${relation.type} ${name(relation.target)}`,
      ),
      ['وزارة الزراعة المغربية LOCATED_IN Morocco'],
    );
    assert.ok(extraction.entities.some((entity) => entity.name === 'وزارة الزراعة المغربية'));
  });

  test('after a company named apart from it, it places the company', () => {
    const text = 'قالت شركة نافذة القطرية إن الموسم جيد.';
    const extraction = extractWithRules({ text, lang: 'ar', sentences: splitSentences(text, 'ar') });
    const name = (key: string) => extraction.entities.find((entity) => entity.key === key)?.name;
    assert.deepEqual(
      extraction.relations.map(
        (relation) => `${name(relation.source)} ${relation.type} ${name(relation.target)}`,
      ),
      ['نافذة LOCATED_IN Qatar'],
    );
  });
});

describe('a title, its organisation and its holder after a verb of saying', () => {
  test('the holder speaks, and the organisation he heads with him, not it alone', () => {
    const text = 'وقال مدير هيئة الاتصالات فادي القاسمي إن مجموعة APT33 مرتبطة بإيران.';
    const extraction = extractWithRules({ text, lang: 'ar', sentences: splitSentences(text, 'ar') });
    const name = (key: string) => extraction.entities.find((entity) => entity.key === key)?.name;
    const attribution = extraction.relations.find((relation) => relation.type === 'ATTRIBUTED_TO');
    assert.equal(attribution?.modality, 'reported');
    assert.deepEqual(attribution?.assertedBy.map(name), ['فادي القاسمي', 'هيئة الاتصالات']);
  });
});

describe('Arabic names of news reports', () => {
  test('a known place after a head is the name even when it begins like a verb, and ends it', () => {
    assert.deepEqual(names('أعلنت جامعة تونس نتائجها.'), ['Organization:جامعة تونس']);
    assert.deepEqual(names('نشرت جامعة تورنتو تقريرا.'), ['Organization:جامعة تورنتو']);
  });

  test('the family name alone, after the full name, is the same person; an adjective of origin is not', () => {
    assert.deepEqual(names('التقى أحمد الطنطاوي أنصاره. وقال الطنطاوي إن الحملة مستمرة.'), [
      'Person:أحمد الطنطاوي',
      'Person:الطنطاوي',
    ]);
    assert.ok(!names('تحدث محمد المصري أمس. وقال الوزير المصري إن الوضع صعب.').includes('Person:المصري'));
  });
});

describe('Arabic names in news prose', () => {
  test('a second complement joined by "و" belongs to the name; a second body joined so does not', () => {
    assert.deepEqual(names('زار الوفد معهد البحوث المركزي للفيزياء والرياضيات أمس.'), [
      'Organization:معهد البحوث المركزي للفيزياء والرياضيات',
    ]);
    assert.deepEqual(names('زار الوفد وزارة الداخلية والجامعة العبرية.'), ['Organization:وزارة الداخلية']);
    // Another clitic opens a phrase of its own: "بالإضافة" is "in addition", no complement.
    assert.deepEqual(names('وقال رئيس هيئة سوق المال بالإضافة إلى ذلك إن السوق مستقر.'), [
      'Organization:هيئة سوق المال',
    ]);
  });

  test('a verbal noun after a two-word name is what the person does, not a third name', () => {
    assert.deepEqual(names('ورفض المتحدث باسم وزارة الزراعة سمير داود اتهام الشركة بالتقصير.'), [
      'Organization:وزارة الزراعة',
      'Person:سمير داود',
    ]);
  });

  test('the name a firm tracks a group under, and the name a group gives itself, are threat actors', () => {
    const actors = (text: string) =>
      extractWithRules({ text, lang: 'ar', sentences: splitSentences(text, 'ar') })
        .entities.filter((entity) => entity.type === 'ThreatActor')
        .map((entity) => entity.name);
    assert.deepEqual(actors('وتتابع الشركة الجهة المنفذة تحت اسم غرانيت فوكس.'), ['غرانيت فوكس']);
    assert.deepEqual(actors('وتبنت الهجوم مجموعة تطلق على نفسها اسم "حراس البحر".'), ['حراس البحر']);
  });
});

describe('Arabic names after a cue noun', () => {
  test('a word joined by "و" after a title opens a name when a family name follows it', () => {
    assert.deepEqual(names('صدر قرار بتعيين السيد وسيم الحلبي مديرا.'), ['Person:وسيم الحلبي']);
    assert.deepEqual(names('اجتمع رئيس وأعضاء المجلس البلدي.'), []);
  });

  test('a body named after a post stops before the given name of its holder', () => {
    assert.deepEqual(names('وقال مدير شركة كويلسك سمير حداد إن الهجوم فشل.'), [
      'Organization:كويلسك',
      'Person:سمير حداد',
    ]);
  });
});

describe('Arabic names after a word of naming', () => {
  test('a Latin name after "تدعى" or "تعرف باسم" is the name the cue introduces', () => {
    assert.deepEqual(typedNames('استخدمت مجموعة لازاروس برمجية خبيثة تدعى BlueFalcon لسرقة العملات.'), [
      'Malware:BlueFalcon',
      'ThreatActor:Lazarus Group',
    ]);
    assert.deepEqual(typedNames('رصد الباحثون برمجية تعرف باسم BlueFalcon.'), ['Malware:BlueFalcon']);
  });
});
