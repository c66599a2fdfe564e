import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ARABIC_PROCLITICS, arabicReadings, isArabicProclitic } from './arabic.ts';
import { foldKey } from './fold.ts';

const stems = (token: string) => arabicReadings(foldKey(token)).map((reading) => reading.stem);

describe('Arabic proclitics', () => {
  test('offers the stem behind attached conjunctions, prepositions and the article', () => {
    assert.ok(stems('لماكرون').includes('ماكرون'));
    assert.ok(stems('وبوتين').includes('بوتين'));
    assert.ok(stems('بمصلحة').includes(foldKey('مصلحة')));
    assert.ok(stems('والكرملين').includes('كرملين'));
    assert.ok(stems('بالاستخبارات').includes(foldKey('استخبارات')));
    assert.ok(stems('وللجبهة').includes(foldKey('جبهة')));
  });

  test('the unsplit token is always the first reading', () => {
    assert.deepEqual(arabicReadings('بوتين')[0], { prefixLength: 0, stem: 'بوتين' });
  });

  test('never leaves a stem shorter than three letters', () => {
    assert.deepEqual(stems('بلد'), ['بلد']);
    assert.deepEqual(stems('وكل'), ['وكل']);
    assert.ok(!isArabicProclitic('و', 2));
    assert.ok(isArabicProclitic('وال', 3));
  });

  test('knows the combined forms and nothing else', () => {
    for (const prefix of ['و', 'ف', 'ب', 'ل', 'ك', 'ال', 'لل', 'وال', 'بال', 'فال', 'كال', 'ولل', 'وبال']) {
      assert.ok(ARABIC_PROCLITICS.has(prefix), prefix);
    }
    for (const prefix of ['س', 'مال', 'لو', 'بب']) assert.ok(!ARABIC_PROCLITICS.has(prefix), prefix);
  });
});
