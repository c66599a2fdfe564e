import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { foldKey, foldText } from './fold.ts';

describe('foldKey', () => {
  test('folds case, Latin accents and ligatures', () => {
    assert.equal(foldKey('Élysée'), 'elysee');
    assert.equal(foldKey('Pékin'), 'pekin');
    assert.equal(foldKey('CŒUR'), 'coeur');
  });

  test('folds Arabic letter variants, harakat and tatweel', () => {
    assert.equal(foldKey('إيمانويل'), foldKey('ايمانويل'));
    assert.equal(foldKey('آمن'), 'امن');
    assert.equal(foldKey('ٱلله'), 'الله');
    assert.equal(foldKey('على'), 'علي');
    assert.equal(foldKey('أهمية'), 'اهميه');
    assert.equal(foldKey('مؤتمر'), 'موتمر');
    assert.equal(foldKey('رئيس'), 'رييس');
    assert.equal(foldKey('مُحَمَّدٌ'), 'محمد');
    assert.equal(foldKey('روســـيا'), 'روسيا');
    assert.equal(foldKey('الذِّكْرٰى'), 'الذكري');
  });

  test('turns Arabic-Indic and Persian digits into ASCII', () => {
    assert.equal(foldKey('APT ٢٨'), 'apt 28');
    assert.equal(foldKey('۲۰۱۷'), '2017');
  });

  test('removes bidi and zero-width marks, normalises spaces, apostrophes and dashes', () => {
    assert.equal(foldKey('\u200fAPT\u200b28\u202c'), 'apt28');
    assert.equal(foldKey('l’ANSSI'), "l'anssi");
    assert.equal(foldKey('  En\u00a0Marche\u202f!\n\n'), 'en marche !');
    assert.equal(foldKey('new‑yorkaise'), 'new yorkaise');
  });
});

describe('foldText offsets', () => {
  test('maps every folded span back onto the original text', () => {
    const text = 'Selon  l’ANSSI,\u200f APT\u00a028 — « Fancy Bear » visait Élysée.';
    const { folded, toOriginal, toOriginalEnd } = foldText(text);
    for (const needle of ['anssi', 'apt 28', 'fancy bear', 'elysee']) {
      const start = folded.indexOf(needle);
      assert.ok(start >= 0, needle);
      const original = text.slice(toOriginal(start), toOriginalEnd(start + needle.length));
      assert.equal(foldKey(original), needle);
    }
    assert.equal(toOriginal(folded.length), text.length);
  });

  test('keeps harakat with the letter they follow', () => {
    const text = 'قال بُوتِينُ اليوم';
    const { folded, toOriginal, toOriginalEnd } = foldText(text);
    const start = folded.indexOf('بوتين');
    assert.equal(text.slice(toOriginal(start), toOriginalEnd(start + 5)), 'بُوتِينُ');
  });

  test('never changes the length relation for astral characters', () => {
    const text = 'Macron 😀 Putin';
    const { folded, toOriginal, toOriginalEnd } = foldText(text);
    const start = folded.indexOf('putin');
    assert.equal(text.slice(toOriginal(start), toOriginalEnd(start + 5)), 'Putin');
  });

  test('folds a long text as it folds its parts, keys kept or not', () => {
    const part = 'Le GRU a visé l’Élysée ; قال بُوتِينُ 😀 ';
    const text = part.repeat(1000);
    assert.equal(foldText(text).folded, `${foldKey(part)} `.repeat(1000).trimEnd());
    assert.equal(foldKey(text), foldText(text).folded);
  });
});
