/**
 * Arabic bodies named by a head noun and the town they sit in, in our own sentences: where the
 * body's name ends (./names-arabic-heads.ts) decides what the place after "في" places
 * (./organisation-places.ts).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

/** The organisations and the LOCATED_IN edges of an Arabic text, by name. */
function read(text: string): { organisations: string[]; placed: string[] } {
  const result = extractWithRules({ text, lang: 'ar', sentences: splitSentences(text, 'ar') });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  return {
    organisations: result.entities
      .filter((entity) => entity.type === 'Organization')
      .map((entity) => entity.name),
    placed: [
      ...new Set(
        result.relations
          .filter((relation) => relation.type === 'LOCATED_IN')
          .map((relation) => `${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)}`),
      ),
    ],
  };
}

describe('Arabic bodies in places', () => {
  test('a verbal noun of the form تفعيل runs the name on: "دائرة تسجيل الأراضي"', () => {
    const { organisations, placed } = read('وثيقة صادرة عن دائرة تسجيل الأراضي في نابلس عام 1950.');
    assert.deepEqual(organisations, ['دائرة تسجيل الأراضي']);
    assert.deepEqual(placed, ['دائرة تسجيل الأراضي -> Nablus']);
  });

  test('a present-tense verb after a head still names nothing: "لجنة تعمل"', () => {
    assert.deepEqual(read('وقالت لجنة تعمل في نابلس إن الوضع صعب.').organisations, []);
  });

  test('one adjective before the town a body sits in names it: "المحكمة الشرعية في X"', () => {
    const { organisations, placed } = read('من سجلات المحكمة الشرعية في مدينة نابلس عام 1920.');
    assert.deepEqual(organisations, ['المحكمة الشرعية']);
    assert.deepEqual(placed, ['المحكمة الشرعية -> Nablus']);
  });

  test('one adjective and no town is any such body: "الحزب السياسي في مصر"', () => {
    assert.deepEqual(read('وقال الحزب السياسي في مصر إن الانتخابات مزورة.').organisations, []);
  });

  test('a sub-committee is named with the body it belongs to, which the town does not place', () => {
    const { organisations, placed } = read('بيان صادر عن اللجنة الفرعية لنقابة المهندسين في نابلس أمس.');
    assert.deepEqual(organisations, ['اللجنة الفرعية لنقابة المهندسين']);
    assert.deepEqual(placed, ['اللجنة الفرعية لنقابة المهندسين -> Nablus']);
  });

  test('an ordinal after a body counts its sittings: no part of its name', () => {
    assert.deepEqual(read('عقد المجلس التشريعي الفلسطيني الثانية عشرة جلسة.').organisations, [
      'المجلس التشريعي الفلسطيني',
    ]);
  });

  test('the sitting of a body in a town places the sitting, not the body', () => {
    const { organisations, placed } = read('جلسة المجلس التشريعي الفلسطيني في مدينة نابلس.');
    assert.deepEqual(organisations, ['المجلس التشريعي الفلسطيني']);
    assert.deepEqual(placed, []);
    assert.deepEqual(read('اجتمع المجلس التشريعي الفلسطيني في مدينة نابلس.').placed, [
      'المجلس التشريعي الفلسطيني -> Nablus',
    ]);
  });

  test('armed forces in a country are there even where the sentence goes on, unless negated', () => {
    assert.deepEqual(read('وانتشر ألف عنصر من القوات الأمريكية في سوريا متمركزين في الشرق.').placed, [
      'القوات الأمريكية -> Syria',
    ]);
    assert.deepEqual(read('لم تعد القوات الأمريكية في سوريا تقاتل أحدا.').placed, []);
    // Any other body before a country that goes on is not placed by it.
    assert.deepEqual(read('وكانت وزارة الصحة في سوريا الأكثر تضررا.').placed, []);
  });
});
