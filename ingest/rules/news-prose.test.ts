/**
 * How Arabic and French news write attributions, in our own words: the source given after the
 * fact, a party held responsible, the party named before the incident, and hedges after their
 * subject. Each phrasing also has a trap that must give no wrong edge.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LanguageTag } from '../../graph-schema/model.ts';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

/** Relations as "TYPE source -> target modality [claimants]", by entity name. */
function relationLines(text: string, lang: LanguageTag): string[] {
  const result = extractWithRules({ text, lang, sentences: splitSentences(text, lang) });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  return result.relations.map(
    (relation) =>
      `${relation.type} ${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)} ${relation.modality} [${relation.assertedBy.map((key) => nameOf.get(key) ?? key).join(', ')}]`,
  );
}

function assertHas(lines: readonly string[], expected: string): void {
  assert.ok(lines.includes(expected), `expected "${expected}" in:\n${lines.join('\n')}`);
}

function assertNone(lines: readonly string[], pattern: RegExp): void {
  assert.ok(!lines.some((line) => pattern.test(line)), `unexpected ${pattern} in:\n${lines.join('\n')}`);
}

describe('Arabic news', () => {
  test('"حمّل X Y مسؤولية Z": Z is ascribed to Y, on X\'s word', () => {
    const lines = relationLines('وحمّلت بريطانيا روسيا مسؤولية هجوم نوت بيتيا.', 'ar');
    assertHas(lines, 'ATTRIBUTED_TO NotPetya attack -> Russia reported [United Kingdom]');
    assertNone(lines, /-> United Kingdom/);
  });

  test('"حمل" in its sense of carrying ascribes nothing', () => {
    const lines = relationLines('وحمل البريد الإلكتروني مرفقا خبيثا إلى شركة أرامكو السعودية.', 'ar');
    assertNone(lines, /ATTRIBUTED_TO/);
  });

  test('the source after the fact, with the pronoun of what it said: "وفق ما أعلنته X"', () => {
    const lines = relationLines(
      'واخترقت مجموعة APT28 حملة ماكرون، وفق ما أعلنته الوكالة الوطنية لأمن أنظمة المعلومات.',
      'ar',
    );
    assertHas(lines, 'TARGETED APT28 -> Emmanuel Macron reported [ANSSI]');
  });

  test('"استنادا إلى تقرير لـ X" makes X the claimant, never a party', () => {
    const lines = relationLines('واستخدمت مجموعة APT28 برنامج X-Agent، استنادا إلى تقرير لشركة إيسيت.', 'ar');
    assertHas(lines, 'USES APT28 -> X-Agent reported [ESET]');
    assertNone(lines, /-> ESET/);
  });

  test('a list whose items repeat their kind noun after "و" shares the verb', () => {
    const lines = relationLines('وأصابت نوت بيتيا شركة ميرسك وشركة ميرك وشركة سان غوبان.', 'ar');
    assertHas(lines, 'TARGETED NotPetya -> Maersk asserted []');
    assertHas(lines, 'TARGETED NotPetya -> Merck asserted []');
    assertHas(lines, 'TARGETED NotPetya -> Saint-Gobain asserted []');
  });

  test('"X نفذ الهجوم": the author before the verb, the incident after it', () => {
    const lines = relationLines('وقالت لندن وواشنطن إن الجيش الروسي نفذ هجوم نوت بيتيا.', 'ar');
    assertHas(lines, 'ATTRIBUTED_TO NotPetya attack -> Russian Armed Forces reported [London, Washington]');
  });

  test('a place in the purpose after "نفذه" is no author', () => {
    const lines = relationLines(
      'واتُّهمت روسيا بالوقوف وراء هجوم نوت بيتيا، حين قالت لندن إن الجيش الروسي نفذه لإضعاف أوكرانيا.',
      'ar',
    );
    assertNone(lines, /-> Ukraine/);
  });

  test('a plural hedge after its subject makes the attribution suspected', () => {
    const lines = relationLines('غير أن مسؤولين أمريكيين يشتبهون في أن إيران تقف وراء هجوم شمعون.', 'ar');
    assertHas(lines, 'ATTRIBUTED_TO Shamoon attack -> Iran suspected []');
  });
});

describe('French news', () => {
  test('the party named first after "à" is the target, not the source', () => {
    const lines = relationLines("L'ANSSI a attribué au groupe APT28 le piratage de TV5Monde.", 'fr');
    assertHas(lines, 'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported [ANSSI]');
    assertNone(lines, /APT28 -ATTRIBUTED_TO|ATTRIBUTED_TO APT28 ->/);
  });

  test('", a révélé X" after the fact makes X the claimant', () => {
    const lines = relationLines('Le groupe Sandworm a visé Maersk, a révélé Microsoft.', 'fr');
    assertHas(lines, 'TARGETED Sandworm Team -> Maersk reported [Microsoft]');
  });

  test('"à en croire X" names the claimant', () => {
    const lines = relationLines('À en croire Mandiant, le groupe APT28 est lié au GRU.', 'fr');
    assertHas(lines, 'ATTRIBUTED_TO APT28 -> GRU reported [Mandiant]');
  });
});
