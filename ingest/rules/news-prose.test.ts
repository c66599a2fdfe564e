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

  test('"اتهمت X بـ..." with one name is the passive: X is the accused, and no one accuses', () => {
    const passive = relationLines('واتهمت روسيا بالوقوف وراء اختراق حملة ماكرون.', 'ar');
    assertHas(passive, 'ATTRIBUTED_TO Hack of En Marche! -> Russia reported []');
    const active = relationLines('واتهمت فرنسا روسيا بالوقوف وراء اختراق حملة ماكرون.', 'ar');
    assertHas(active, 'ATTRIBUTED_TO Hack of En Marche! -> Russia reported [France]');
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
    // "مختبرات" (laboratories) is a kind noun like "شركة": the list runs on past it.
    const labs = relationLines('وأصابت نوت بيتيا شركة ميرسك ومختبرات ميرك الأمريكية وشركة سان غوبان.', 'ar');
    assertHas(labs, 'TARGETED NotPetya -> Merck asserted []');
    assertHas(labs, 'TARGETED NotPetya -> Saint-Gobain asserted []');
  });

  test('"X نفذ الهجوم": the author before the verb, the incident after it', () => {
    const lines = relationLines('وقالت لندن وواشنطن إن الجيش الروسي نفذ هجوم نوت بيتيا.', 'ar');
    assertHas(lines, 'ATTRIBUTED_TO NotPetya attack -> Russian Armed Forces reported [London, Washington]');
  });

  test('"X نفذه": the object pronoun stands for the incident named last, X is its author', () => {
    const lines = relationLines('ضرب هجوم نوت بيتيا أوكرانيا. وقالت لندن إن الجيش الروسي نفذه.', 'ar');
    assertHas(lines, 'ATTRIBUTED_TO NotPetya attack -> Russian Armed Forces reported [London]');
    // A hedge before the verb makes it suspected.
    const hedged = relationLines('ضرب هجوم نوت بيتيا أوكرانيا. وقالت لندن إن الجيش الروسي ربما نفذه.', 'ar');
    assertHas(hedged, 'ATTRIBUTED_TO NotPetya attack -> Russian Armed Forces suspected [London]');
    // A feminine pronoun does not stand for a masculine incident noun.
    const feminine = relationLines('ضرب هجوم نوت بيتيا أوكرانيا. وقالت لندن إن الجيش الروسي نفذها.', 'ar');
    assertNone(feminine, /Russian Armed Forces/);
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

  test('a post after "إلى" or a glued "ل" is the addressee\'s, never the sender\'s', () => {
    const to = relationLines('وصلت رسالة من سامي حداد إلى رئيس بلدية نابلس.', 'ar');
    assertNone(to, /LEADS/);
    const glued = relationLines('وأرسل سامي حداد برقية لرئيس بلدية نابلس.', 'ar');
    assertNone(glued, /LEADS/);
    // The holder named after the post still holds it; a name set before the post without a preposition too.
    assertHas(
      relationLines('وصلت رسالة من سامي حداد إلى رئيس بلدية نابلس محمد الخطيب.', 'ar'),
      'LEADS محمد الخطيب -> بلدية نابلس asserted []',
    );
    assertHas(
      relationLines('وقال سامي حداد رئيس بلدية نابلس إن الطريق أغلق.', 'ar'),
      'LEADS سامي حداد -> بلدية نابلس asserted []',
    );
  });

  test('"المجموعة" stands for a company the text names with "مجموعة" before its name', () => {
    assertHas(
      relationLines(
        'وباعت مجموعة NSO برنامجها لحكومات عدة. وقال سامي حداد، الرئيس التنفيذي للمجموعة، إن القائمة مزيفة.',
        'ar',
      ),
      'LEADS سامي حداد -> NSO Group asserted []',
    );
    // A company named with another head noun is no "مجموعة".
    assertNone(
      relationLines(
        'وباعت شركة مايكروسوفت برامجها لحكومات عدة. وقال سامي حداد، الرئيس التنفيذي للمجموعة، إن القائمة مزيفة.',
        'ar',
      ),
      /LEADS/,
    );
  });

  test('"تعرض X لاختراق ببرنامج Y": the program named with its kind targeted X; a bare "ب" names no agent', () => {
    assertHas(
      relationLines('وتعرض هاتف الصحفي سامي حداد لمحاولات اختراق متكررة ببرنامج التجسس بيغاسوس.', 'ar'),
      'TARGETED Pegasus -> سامي حداد asserted []',
    );
    const bank = relationLines('وأعلنت بريطانيا عن اختراق بنك إنجلترا.', 'ar');
    assertNone(bank, /-> United Kingdom/);
  });

  test('an organisation and its place before a complement of time are one phrase, read in its clause', () => {
    assertHas(
      relationLines('أعلنت شركة كويلسك في ألمانيا في يونيو 2016 أن قراصنة تسللوا إلى شبكتها.', 'ar'),
      'LOCATED_IN كويلسك -> Germany asserted []',
    );
    // No year: "في" and what follows may be anything the verb governs.
    assertNone(
      relationLines('أعلنت شركة كويلسك في ألمانيا في بيان أن قراصنة تسللوا إلى شبكتها.', 'ar'),
      /LOCATED_IN/,
    );
    assertNone(relationLines('لم تعمل شركة كويلسك في ألمانيا في عام 2016.', 'ar'), /LOCATED_IN/);
  });

  test('"اختراق X لـ Y": the agent in construct after the verbal noun targeted what "ل" introduces', () => {
    assertHas(
      relationLines('ويأتي اختراق مجموعة APT28 لوزارة الدفاع الألمانية بعد أشهر من التوتر.', 'ar'),
      'TARGETED APT28 -> وزارة الدفاع الألمانية asserted []',
    );
    // The victim in construct, "ل" a phrase of time: the incident alone.
    const victim = relationLines('واستمر اختراق شبكة وزارة الدفاع الألمانية لأسابيع.', 'ar');
    assert.deepEqual(victim, [
      'LOCATED_IN وزارة الدفاع الألمانية -> Germany asserted []',
      'TARGETED Hack of وزارة الدفاع الألمانية -> وزارة الدفاع الألمانية asserted []',
    ]);
  });

  test('"اتهمت X Y الذي ... بـ": the charge reaches past a relative clause describing the accused', () => {
    assertHas(
      relationLines(
        'واتهمت الحكومة الألمانية مجموعة APT28 التي تعمل لصالح الاستخبارات العسكرية الروسية باختراق البرلمان الألماني.',
        'ar',
      ),
      'ATTRIBUTED_TO Hack of Bundestag -> APT28 reported [الحكومة الألمانية]',
    );
  });

  test('"المدعوم من" ascribes an actor to its sponsor and makes no body part of another', () => {
    assertHas(
      relationLines('مجموعة لازاروس المدعومة من كوريا الشمالية اخترقت بنك بنغلادش.', 'ar'),
      'ATTRIBUTED_TO Lazarus Group -> North Korea asserted []',
    );
    const body = relationLines('وقالت الشرطة إن وزارة الصحة المدعومة من البنك الدولي أطلقت برنامجا.', 'ar');
    assertNone(body, /PART_OF/);
  });

  test('"backed by", "soutenu par" ascribe an actor to its sponsor, as "المدعوم من", and make no body part of another', () => {
    assertHas(
      relationLines('APT99, a group backed by Iran, targeted the Quillon Port Authority.', 'en'),
      'ATTRIBUTED_TO APT99 -> Iran asserted []',
    );
    assertNone(
      relationLines('The Ministry of Health, backed by the World Bank, opened a clinic.', 'en'),
      /PART_OF/,
    );
    assertHas(
      relationLines("Le groupe APT99, soutenu par l'Iran, a visé l'Autorité portuaire de Quillon.", 'fr'),
      'ATTRIBUTED_TO APT99 -> Iran asserted []',
    );
    assertNone(
      relationLines('Le ministère de la Santé, soutenu par la Banque mondiale, a lancé un programme.', 'fr'),
      /PART_OF/,
    );
  });

  test('a verb before a subject described without commas ("X المدعومة من Y"): its object follows the description', () => {
    const lines = relationLines('واستهدفت مجموعة APT99 المدعومة من إيران هيئة ميناء كويلون.', 'ar');
    assertHas(lines, 'TARGETED APT99 -> هيئة ميناء كويلون asserted []');
    assertNone(lines, /TARGETED APT99 -> Iran|ATTRIBUTED_TO APT99 -> هيئة/);
    assertNone(relationLines('واخترقت مجموعة APT99 المرتبطة بإيران الهيئة.', 'ar'), /TARGETED/);
  });

  test('"X التي نسبت اختراق Y إلى Z": the victim inside the incident is no claimant; the antecedent is', () => {
    for (const text of [
      'وتعرضت شركة مانديانت التي نسبت اختراق بنك الميناء إلى مجموعة APT99 لهجوم.',
      'وكانت شركة مانديانت قد نسبت اختراق بنك الميناء إلى مجموعة APT99.',
    ]) {
      assertHas(relationLines(text, 'ar'), 'ATTRIBUTED_TO Hack of بنك الميناء -> APT99 reported [Mandiant]');
    }
  });

  test('"X, which attributed Y to Z", "X, qui avait attribué Y à Z": the relative pronoun\'s antecedent claims it', () => {
    assertHas(
      relationLines('Mandiant, which attributed the Harbour Bank hack to APT99, was itself attacked.', 'en'),
      'ATTRIBUTED_TO Hack of Harbour Bank -> APT99 reported [Mandiant]',
    );
    assertHas(
      relationLines(
        'Mandiant, qui avait attribué le piratage de la Banque du Port à APT99, a été attaquée.',
        'fr',
      ),
      'ATTRIBUTED_TO Hack of Banque du Port -> APT99 reported [Mandiant]',
    );
  });

  test('a name after a post and "إلى" is whom it writes to, not the holder', () => {
    const lines = relationLines('وصلت برقية من مدير شركة كويلسك إلى سامي حداد بتاريخ اليوم.', 'ar');
    assertNone(lines, /LEADS/);
  });
});

describe('Arabic news: the passive', () => {
  test('"تم استهداف X من قبل Y", "هوجمت X من قبل Y": the agent after "من قبل" targeted X', () => {
    const done = relationLines('وتم استهداف وزارة الدفاع الألمانية من قبل مجموعة APT28.', 'ar');
    assertHas(done, 'TARGETED APT28 -> وزارة الدفاع الألمانية asserted []');
    const attacked = relationLines('هوجم حلف الناتو من قبل مجموعة APT28، بحسب شركة مانديانت.', 'ar');
    assertHas(attacked, 'TARGETED APT28 -> NATO reported [Mandiant]');
    assertNone(attacked, /TARGETED NATO/);
  });

  test('"الهجوم الذي شنته X على Y": the agent of a relative clause of carrying out targeted Y', () => {
    const lines = relationLines(
      'وكان الهجوم الذي نفذته مجموعة APT28 على وزارة الدفاع الألمانية قد استمر أسابيع.',
      'ar',
    );
    assertHas(lines, 'TARGETED APT28 -> وزارة الدفاع الألمانية asserted []');
    const campaign = relationLines(
      'وكانت الحملة التي شنتها مجموعة APT28 ضد حلف الناتو واسعة، بحسب شركة مانديانت.',
      'ar',
    );
    assertHas(campaign, 'TARGETED APT28 -> NATO reported [Mandiant]');
  });

  test('"وهي" opening a nominal sentence stands for the actor the sentence before is about', () => {
    const lines = relationLines(
      'تنشط مجموعة APT28 منذ عام 2007. وهي مرتبطة بالاستخبارات العسكرية الروسية بحسب مانديانت.',
      'ar',
    );
    assertHas(lines, 'ATTRIBUTED_TO APT28 -> GRU reported [Mandiant]');
  });

  test('"قالت X نقلا عن مصادر": the named outlet relays the unnamed source and vouches for it', () => {
    const lines = relationLines(
      'وقالت وكالة رويترز نقلا عن مصادر أمنية إن مجموعة APT28 اخترقت حلف الناتو.',
      'ar',
    );
    assertHas(lines, 'TARGETED APT28 -> NATO reported [Reuters]');
    assertNone(lines, /-> Reuters|TARGETED Reuters/);
    // A named source cited is the claimant itself.
    const named = relationLines(
      'وقالت وكالة رويترز نقلا عن شركة مانديانت إن مجموعة APT28 اخترقت حلف الناتو.',
      'ar',
    );
    assertHas(named, 'TARGETED APT28 -> NATO reported [Mandiant]');
  });

  test('"تعرضت X لهجوم من قبل Y": what X underwent was done by Y', () => {
    const lines = relationLines('وتعرضت وزارة الخارجية الفرنسية لهجوم من قبل مجموعة APT28.', 'ar');
    assertHas(lines, 'TARGETED APT28 -> وزارة الخارجية الفرنسية asserted []');
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

  test('"X, qu\'il accuse d\'avoir commandité Y": the antecedent of the relative is the accused', () => {
    const lines = relationLines(
      "Le gouvernement allemand a rompu avec l'Iran, qu'il accuse d'avoir commandité le piratage de TV5Monde.",
      'fr',
    );
    assertHas(lines, 'ATTRIBUTED_TO Hack of TV5Monde -> Iran reported [Government of Germany]');
    const charge = relationLines(
      'Washington a sanctionné la Corée du Nord, qu’elle accuse du piratage de Sony Pictures.',
      'fr',
    );
    assertHas(charge, 'ATTRIBUTED_TO Hack of Sony Pictures -> North Korea reported [Washington]');
  });

  test('the victim first: "attaquée par", "prise pour cible par", "la cible d\'X", "l\'objet d\'une attaque d\'X"', () => {
    for (const text of [
      "L'OTAN a été attaquée par APT28.",
      "L'OTAN a été prise pour cible par APT28.",
      "L'OTAN a été la cible d'APT28.",
      "L'OTAN a fait l'objet d'une attaque d'APT28.",
    ]) {
      assertHas(relationLines(text, 'fr'), 'TARGETED APT28 -> NATO asserted []');
    }
  });

  test('"X, que Y a visée": the antecedent of the relative pronoun is the object of its verb', () => {
    const lines = relationLines(
      "L'OTAN, que le groupe APT28 a visée en 2019, a renforcé ses défenses.",
      'fr',
    );
    assertHas(lines, 'TARGETED APT28 -> NATO asserted []');
    const hearsay = relationLines(
      "Le Bundestag, qu'APT28 aurait piraté en 2015, a changé ses serveurs.",
      'fr',
    );
    assertHas(hearsay, 'TARGETED APT28 -> Bundestag suspected []');
  });

  test('"dit que", "a dit", "dit avoir été" report their subject\'s words', () => {
    assertHas(
      relationLines("Mandiant dit que l'OTAN a été visée par APT28.", 'fr'),
      'TARGETED APT28 -> NATO reported [Mandiant]',
    );
    const relative = relationLines(
      "L'OTAN, que Mandiant dit avoir été visée par APT28, a renforcé ses défenses.",
      'fr',
    );
    assertHas(relative, 'TARGETED APT28 -> NATO reported [Mandiant]');
    assertNone(relative, /-> Mandiant/);
  });

  test('the agent of a participle set off by commas is not the subject of the verb after it', () => {
    const passive = relationLines(
      "Ces intrusions, signalées par Mandiant la semaine dernière, ont visé l'OTAN.",
      'fr',
    );
    assertNone(passive, /TARGETED Mandiant/);
    // The same agent closing a clause that is the sentence's own still acts.
    const active = relationLines(
      "Le Bundestag a été piraté par le groupe APT28, qui a ensuite visé l'OTAN.",
      'fr',
    );
    assertHas(active, 'TARGETED APT28 -> Bundestag asserted []');
  });
});

describe('Arabic news: who the verb is about', () => {
  test('"الجهة التي نفذت": a relative pronoun after a common noun makes the noun the subject', () => {
    const lines = relationLines(
      'أما شركة سيكويا، التي يقع مقرها في مدينة ليون، فتتابع الجهة التي نفذت الهجوم تحت اسم غرانيت فوكس.',
      'ar',
    );
    assertNone(lines, /ATTRIBUTED_TO .* -> Lyon/);
    assertHas(lines, 'LOCATED_IN سيكويا -> Lyon asserted []');
  });

  test('"هي التي دبرت": a pronoun restates the name, which is the author', () => {
    const lines = relationLines('وقالت باريس إن مجموعة APT28 هي التي دبرت الهجوم على قناة TV5Monde.', 'ar');
    assertHas(lines, 'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported [Paris]');
  });

  test('"شبكات من القراصنة" are any hackers, not the group named before', () => {
    const lines = relationLines(
      'واخترقت مجموعة APT33 شبكة الوزارة. وقالت الشركة إن عددا من القراصنة استهدف فرنسا.',
      'ar',
    );
    assertNone(lines, /APT33 -> France/);
  });

  test('a verb of heading takes the name right after it, not one past its own object', () => {
    assertHas(
      relationLines('وقالت الوزارة إن الباحث كريم حداد يقود مجموعة APT28.', 'ar'),
      'LEADS كريم حداد -> APT28 reported []',
    );
    assertNone(
      relationLines('وقالت الوزارة إن الباحث كريم حداد يقود شبكات من القراصنة تعمل ضد فرنسا.', 'ar'),
      /LEADS/,
    );
  });

  test('"مدير التحليل في X" heads a field at X and works for it; "مدير X" leads it', () => {
    assertHas(
      relationLines('وقال سامر داود، مدير التحليل في شركة سيكويا، إن الأدلة قوية.', 'ar'),
      'WORKS_FOR سامر داود -> سيكويا asserted []',
    );
    assertHas(
      relationLines('وقال سامر داود، الرئيس التنفيذي في شركة سيكويا، إن الأدلة قوية.', 'ar'),
      'LEADS سامر داود -> سيكويا asserted []',
    );
  });
});

describe('French news: lists before the verb', () => {
  test('every item of "des N en A, des N au B et des N en C" is a victim', () => {
    const lines = relationLines(
      "Des banques en Suède, des hôpitaux au Portugal et des mairies en Grèce ont subi les assauts d'APT28.",
      'fr',
    );
    for (const place of ['Sweden', 'Portugal', 'Greece'])
      assertHas(lines, `TARGETED APT28 -> ${place} asserted []`);
  });
});

describe('French news: posts held by a list', () => {
  test('a post in the plural is held by every name listed before it, a singular one by the nearest', () => {
    const plural = relationLines(
      "Le parquet a inculpé Paul Martin et Jean Martin, qu'il présente comme les dirigeants de LockBit.",
      'fr',
    );
    // "qu'il présente comme": the prosecutor's word, reported (the prosecutor is no name).
    assertHas(plural, 'LEADS Paul Martin -> LockBit reported []');
    assertHas(plural, 'LEADS Jean Martin -> LockBit reported []');
    const singular = relationLines(
      'Le parquet a inculpé Paul Martin et Jean Martin, le dirigeant de LockBit.',
      'fr',
    );
    assertNone(singular, /LEADS Paul Martin/);
  });

  test('"qu’il présente comme" with the curly apostrophe is read as with the straight one', () => {
    for (const apostrophe of ["'", '’']) {
      const lines = relationLines(
        `Le parquet de Paris a inculpé Paul Martin, qu${apostrophe}il présente comme le dirigeant de LockBit.`,
        'fr',
      );
      assertHas(lines, 'LEADS Paul Martin -> LockBit reported [parquet de Paris]');
    }
  });
});

describe('French news: claims after the fact', () => {
  test('"a indiqué un responsable de X à l\'AFP": the listener after the speaker keeps X the claimant', () => {
    assertHas(
      relationLines("Le groupe APT28 a visé l'OTAN, a indiqué un responsable de Mandiant à l'AFP.", 'fr'),
      'TARGETED APT28 -> NATO reported [Mandiant]',
    );
  });

  test("a gerund of saying has the main verb's subject as claimant", () => {
    assertHas(
      relationLines(
        'Mandiant a publié un rapport en mai, en révélant que APT28 avait ciblé la Pologne.',
        'fr',
      ),
      'TARGETED APT28 -> Poland reported [Mandiant]',
    );
    // However far back the sentence opened with it.
    assertHas(
      relationLines(
        'Mandiant avait été la première à décrire cette campagne, en mars 2021, en révélant que APT28 avait ciblé la Pologne.',
        'fr',
      ),
      'TARGETED APT28 -> Poland reported [Mandiant]',
    );
  });

  test('"qualifié d\'« infondées » les accusations" is a denial by the subject', () => {
    assertHas(
      relationLines(
        "Berlin a qualifié d'« infondées » les accusations le liant au piratage de TV5Monde.",
        'fr',
      ),
      'DENIES Berlin -> Hack of TV5Monde denied [Berlin]',
    );
    // Said of accusations with no one qualifying them, the adjective denies nothing.
    assertNone(
      relationLines(
        'Les accusations contre Berlin dans le piratage de TV5Monde sont infondées, selon Paris.',
        'fr',
      ),
      /DENIES/,
    );
  });

  test('"présente X comme un groupe parrainé par Y" ties X to its sponsor', () => {
    assertHas(
      relationLines("L'agence présente le groupe Sandworm comme un groupe parrainé par la Russie.", 'fr'),
      'ATTRIBUTED_TO Sandworm Team -> Russia asserted []',
    );
  });
});

describe('News that names its incident late', () => {
  test('"the attack" before the one incident of the article is named stands for it', () => {
    const lines = relationLines(
      'وقالت باريس إن مجموعة APT28 هي التي دبرت الهجوم. ويرى خبراء أن الهجوم على قناة TV5Monde كان الأخطر.',
      'ar',
    );
    assertHas(lines, 'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported [Paris]');
  });

  test('with two incidents named later, it stands for neither', () => {
    const lines = relationLines(
      'وقالت باريس إن مجموعة APT28 هي التي دبرت الهجوم. وسبق الهجوم على قناة TV5Monde اختراق حملة ماكرون.',
      'ar',
    );
    assertNone(lines, /ATTRIBUTED_TO/);
  });
});

describe('French news: names and places', () => {
  test('"l\'agence allemande de cybersécurité BSI": the demonym after the head places the name', () => {
    assertHas(
      relationLines("L'agence allemande de cybersécurité BSI a publié un avis.", 'fr'),
      'LOCATED_IN BSI -> Germany asserted []',
    );
  });

  test('a body named by its head ends before the speaker named after it', () => {
    assertHas(
      relationLines(
        "« Les pirates sont actifs », a déclaré devant le Sénat Jean Dupont, le directeur de l'ANSSI.",
        'fr',
      ),
      'LEADS Jean Dupont -> ANSSI asserted []',
    );
  });

  test('an institution\'s second complement joined by "et" is part of its name', () => {
    const text = "Le ministère de l'Europe et des Affaires étrangères a publié un avis.";
    const names = extractWithRules({ text, lang: 'fr', sentences: splitSentences(text, 'fr') }).entities.map(
      (entity) => entity.name,
    );
    assert.deepEqual(names, ["ministère de l'Europe et des Affaires étrangères"]);
  });
});

describe('Arabic news: more verbs', () => {
  test('"حمّل X Y مسؤولية الهجوم على Z": the incident keeps its article in the text, not in its name', () => {
    assertHas(
      relationLines('وحملت فرنسا روسيا مسؤولية الهجوم على قناة TV5Monde.', 'ar'),
      'ATTRIBUTED_TO Hack of TV5Monde -> Russia reported [France]',
    );
  });

  test('a list item that ends on its adjective of origin still continues the list after "و"', () => {
    const lines = relationLines('وأصابت نوت بيتيا شركة ميرسك الدنماركية وشركة سان غوبان.', 'ar');
    assertHas(lines, 'TARGETED NotPetya -> Maersk asserted []');
    assertHas(lines, 'TARGETED NotPetya -> Saint-Gobain asserted []');
  });

  test('"سرقت X الأموال من Y" targets Y; "من شركة" after a group states no tie to it', () => {
    const lines = relationLines('وسرقت مجموعة لازاروس ملايين الدولارات من شركة سوني.', 'ar');
    assertHas(lines, 'TARGETED Lazarus Group -> سوني asserted []');
    assertNone(lines, /ATTRIBUTED_TO/);
  });
});

describe('French news: relative clauses and participles', () => {
  test('"X, que l\'ANSSI a attribué à Y": the antecedent is ascribed, on the subject\'s word', () => {
    assertHas(
      relationLines("Le piratage de TV5Monde, que l'ANSSI a attribué à APT28, a duré des heures.", 'fr'),
      'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported [ANSSI]',
    );
    assertHas(
      relationLines(
        "L'attaque contre Viasat, que l'Union européenne a attribuée à la Russie, a coupé des modems.",
        'fr',
      ),
      'ATTRIBUTED_TO Hack of Viasat -> Russia reported [European Union]',
    );
  });

  test('"X a mené l\'attaque contre Y" ascribes the incident; "a mené l\'enquête sur" does not', () => {
    assertHas(
      relationLines("Le groupe APT28 a mené l'attaque contre TV5Monde.", 'fr'),
      'ATTRIBUTED_TO Hack of TV5Monde -> APT28 asserted []',
    );
    assertNone(relationLines("L'ANSSI a mené l'enquête sur le piratage de TV5Monde.", 'fr'), /ATTRIBUTED_TO/);
  });

  test('a hedge that opens the verb\'s own words hedges it ("aurait conduit")', () => {
    assertHas(
      relationLines('Selon Microsoft, APT28 aurait conduit le piratage de TV5Monde.', 'fr'),
      'ATTRIBUTED_TO Hack of TV5Monde -> APT28 suspected [Microsoft]',
    );
    assertHas(relationLines('APT28 aurait utilisé Zebrocy.', 'fr'), 'USES APT28 -> Zebrocy suspected []');
  });
});

describe('Victims named by their kind and their place', () => {
  test('each item of "كيانات في بلد" is a place hit, the preposition repeated', () => {
    const lines = relationLines('وشل فيروس واناكراي مستشفيات في بريطانيا وشركات في إسبانيا وروسيا.', 'ar');
    assertHas(lines, 'TARGETED WannaCry -> United Kingdom asserted []');
    assertHas(lines, 'TARGETED WannaCry -> Spain asserted []');
    assertHas(lines, 'TARGETED WannaCry -> Russia asserted []');
  });

  test('"des banques en Suède et des aéroports en Australie" after a verb of attack', () => {
    const lines = relationLines(
      'Anonymous Sudan a visé des banques en Suède et des aéroports en Australie.',
      'fr',
    );
    assertHas(lines, 'TARGETED Anonymous Sudan -> Sweden asserted []');
    assertHas(lines, 'TARGETED Anonymous Sudan -> Australia asserted []');
  });

  test('"ont subi les assauts de X": the victims are X\'s targets', () => {
    assertHas(
      relationLines("Des aéroports en Australie ont subi les assauts d'Anonymous Sudan.", 'fr'),
      'TARGETED Anonymous Sudan -> Australia asserted []',
    );
  });
});

describe('French elisions at the end of a phrase', () => {
  test('"directeur d\'X", "les dirigeants d\'X": the elided preposition is glued to the name', () => {
    assertHas(
      relationLines("Jean Dupont, le directeur d'Anonymous Sudan, a été inculpé.", 'fr'),
      'LEADS Jean Dupont -> Anonymous Sudan asserted []',
    );
  });
});

describe('Arabic news: the operation and the seat', () => {
  test('"العملية" stands for the incident, and a seat set off by commas stays the article\'s word', () => {
    const lines = relationLines(
      'تعرض هاتف أحمد الطنطاوي للاختراق ببرنامج بريداتور. ونفت شركة إنتليكسا، ومقرها اليونان، أي علاقة لها بالعملية.',
      'ar',
    );
    assertHas(lines, 'DENIES إنتليكسا -> Hack of أحمد الطنطاوي denied [إنتليكسا]');
    assertHas(lines, 'LOCATED_IN إنتليكسا -> Greece asserted []');
  });
});

describe('Names confirmed once', () => {
  test('an ordinary-word alias a cue confirmed names the entity later in the text, bare', () => {
    const lines = relationLines(
      'واستخدم المهاجمون برمجية خبيثة عرفت باسم "شمعون". وضرب شمعون شركة راس غاز القطرية.',
      'ar',
    );
    assertHas(lines, 'TARGETED Shamoon -> RasGas asserted []');
    assertNone(relationLines('وضرب شمعون شركة راس غاز القطرية.', 'ar'), /TARGETED/);
  });
});

describe('French news: incidents in the plural', () => {
  test('"les attaques contre X" is the incident on X, attributed, denied and split like the singular', () => {
    assertHas(
      relationLines("Les attaques contre l'OTAN ont été attribuées au groupe APT28.", 'fr'),
      'ATTRIBUTED_TO Hack of NATO -> APT28 asserted []',
    );
    assertHas(
      relationLines("Moscou a démenti toute implication dans les attaques contre l'OTAN.", 'fr'),
      'DENIES Moscow -> Hack of NATO denied [Moscow]',
    );
    // "à" after the victim names the party: the victim filter of "contre" stops there.
    assertHas(
      relationLines("Mandiant a attribué les attaques contre l'OTAN à APT28.", 'fr'),
      'ATTRIBUTED_TO Hack of NATO -> APT28 reported [Mandiant]',
    );
  });

  test('without a party marker, what follows "contre" stays a victim', () => {
    const lines = relationLines("Le rapport relie APT28 aux attaques contre l'OTAN.", 'fr');
    assertNone(lines, /ATTRIBUTED_TO .* -> NATO/);
  });
});

describe('Arabic news: camps, villages and posts in captions', () => {
  test('a camp keeps its head noun in its name: "مخيم جنين" is not the city', () => {
    const result = extractWithRules({
      text: 'وافتتحت اللجنة مركزا في مخيم جنين أمس.',
      lang: 'ar',
      sentences: splitSentences('وافتتحت اللجنة مركزا في مخيم جنين أمس.', 'ar'),
    });
    assert.deepEqual(
      result.entities.map((entity) => `${entity.type} ${entity.name}`),
      ['Location مخيم جنين'],
    );
  });

  test('an adjective after a village ("المدمرة") is no part of its name', () => {
    assert.deepEqual(relationLines('صور من قرية عنابة المدمرة قضاء مدينة الرملة.', 'ar'), [
      'PART_OF عنابة -> Ramla asserted []',
    ]);
  });

  test('a camp, its purpose on "لل", then "في" and a country: part of that country', () => {
    assertHas(
      relationLines('صورة لأطفال في مخيم عسكر للاجئين الفلسطينيين في لبنان.', 'ar'),
      'PART_OF مخيم عسكر -> Lebanon asserted []',
    );
    // A name opening on "و" right after the place noun is the place's.
    assertHas(relationLines('زرنا مخيم ويلدر في لبنان.', 'ar'), 'PART_OF مخيم ويلدر -> Lebanon asserted []');
  });

  test('"في" and a list of places, or a question, places nothing', () => {
    assertNone(relationLines('وقعت اشتباكات في قرية بيت فجار في فلسطين والأردن.', 'ar'), /PART_OF/);
    assertNone(relationLines('هل يقع مخيم عسكر في لبنان؟', 'ar'), /PART_OF/);
    assertNone(relationLines('وصل الوفد إلى القاهرة في مصر.', 'ar'), /PART_OF/);
  });

  test('a name after "إلى" described by a post after a comma is a person’s, diacritics or not', () => {
    for (const name of ['سيرجان كوبالي', 'سِيرْجان كُوبالي']) {
      assertHas(
        relationLines(`تصريح منسوب إلى ${name}، المدير الإقليمي لمنظمة الصحة العالمية.`, 'ar'),
        `WORKS_FOR ${name} -> World Health Organization asserted []`,
      );
      assertHas(
        relationLines(`وقال ${name}، المدير الإقليمي لمنظمة الصحة العالمية، إن الوضع صعب.`, 'ar'),
        `WORKS_FOR ${name} -> World Health Organization asserted []`,
      );
    }
    // "وهو" and a post after the comma say the same.
    const text = 'ووجهت الوزارة اتهامات إلى سيرجان كوبالي، وهو موظف في المعهد.';
    const { entities } = extractWithRules({ text, lang: 'ar', sentences: splitSentences(text, 'ar') });
    assert.deepEqual(
      entities.map((entity) => `${entity.type} ${entity.name}`),
      ['Person سيرجان كوبالي'],
    );
    // A place noun, or a word with the article, is no name: the post describes no one there.
    assertNone(
      relationLines('وصل الوفد إلى مدينة نابلس، المدير العام لمنظمة الصحة العالمية.', 'ar'),
      /WORKS_FOR/,
    );
  });

  test('a village headman leads the village; the head of a body’s office works for the body', () => {
    assertHas(
      relationLines('مقابلة مع السيد سالم عودة مختار قرية بيت فجار.', 'ar'),
      'LEADS سالم عودة -> بيت فجار asserted []',
    );
    const office = relationLines('رسالة من رئيس ديوان بلدية نابلس سامي حداد إلى الأهالي.', 'ar');
    assertHas(office, 'WORKS_FOR سامي حداد -> بلدية نابلس asserted []');
    assertNone(office, /LEADS/);
  });

  test('"تتخذ من X مقرا لها": the seat, after its subject or with the subject between', () => {
    assert.deepEqual(relationLines('وتتخذ شركة كاسبرسكي من موسكو مقرا لها.', 'ar'), [
      'LOCATED_IN Kaspersky -> Moscow asserted []',
    ]);
    assertHas(
      relationLines('مجموعة APT33 التي تتخذ من طهران مقرا لها استهدفت شركة أرامكو.', 'ar'),
      'LOCATED_IN APT33 -> Tehran asserted []',
    );
    assertNone(relationLines('اتخذت الحكومة الأردنية من الهجوم ذريعة.', 'ar'), /LOCATED_IN/);
  });

  test('a verb of working set first: its subject works for the body after it', () => {
    assert.deepEqual(relationLines('عمل سامي حداد في جهاز كي جي بي قبل أن ينتقل.', 'ar'), [
      'WORKS_FOR سامي حداد -> KGB asserted []',
    ]);
    assert.deepEqual(relationLines('ويعمل الباحث سامي حداد لدى شركة كاسبرسكي.', 'ar'), [
      'WORKS_FOR سامي حداد -> Kaspersky asserted []',
    ]);
  });

  test('"ممثلة برئيس مجلس إدارتها": the chairman of the body’s own board leads it; "مجلس إدارته" is no body', () => {
    const lines = relationLines('شارك بنك فلسطين ممثلا برئيس مجلس إدارته سامي حداد في المعرض.', 'ar');
    assert.deepEqual(lines, ['LEADS سامي حداد -> بنك فلسطين asserted []']);
  });
});
