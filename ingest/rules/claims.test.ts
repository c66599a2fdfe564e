import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { claimAt, continuesPreviousClaimant, findCues } from './claims.ts';
import type { Sentence } from '../types.ts';

function modalityBefore(text: string, trigger: string): string {
  const sentence: Sentence = { start: 0, end: text.length, text, lang: 'und' };
  return claimAt(findCues(sentence, text), text.indexOf(trigger), text).modality;
}

describe('modality', () => {
  test('plain statements are asserted', () => {
    assert.equal(modalityBefore('APT28 est lié au GRU.', 'lié'), 'asserted');
  });
  test('reporting cues in three languages', () => {
    assert.equal(modalityBefore('Selon Mandiant, APT28 est lié au GRU.', 'lié'), 'reported');
    assert.equal(modalityBefore('According to Mandiant, APT28 is linked to the GRU.', 'linked'), 'reported');
    assert.equal(modalityBefore('وبحسب الشركة فإن المجموعة المرتبطة بالاستخبارات', 'المرتبطة'), 'reported');
  });
  test('an outlet relaying sources ("نقلت X عن مصادر أن") reports what they say', () => {
    assert.equal(
      modalityBefore('ونقلت الوكالة عن مصادر أمنية أن المجموعة مرتبطة بالاستخبارات', 'مرتبطة'),
      'reported',
    );
  });
  test('"reports to" a body is no verb of saying, "reports that" is', () => {
    const text = 'The Harbour Cyber Office reports to the Ministry of Defence.';
    assert.deepEqual(findCues({ start: 0, end: text.length, text, lang: 'en' }, text), []);
    assert.equal(modalityBefore('Mandiant reports that APT28 is linked to the GRU.', 'linked'), 'reported');
    assert.equal(
      modalityBefore('Mandiant reported to CISA that APT28 is linked to the GRU.', 'linked'),
      'reported',
    );
  });
  test('hedges win over the reporting cue before them', () => {
    assert.equal(
      modalityBefore('Selon Mandiant, APT28 serait derrière le piratage.', 'derrière'),
      'suspected',
    );
    assert.equal(modalityBefore('APT28 was reportedly behind the hack.', 'behind'), 'suspected');
    assert.equal(modalityBefore('ويعتقد أن المجموعة كانت وراء الهجوم', 'وراء'), 'suspected');
  });
  test('a verb of suspicion is suspected and looks for its subject; a source vouches when it names none', () => {
    const claimOf = (text: string, trigger: string) =>
      claimAt(findCues({ start: 0, end: text.length, text, lang: 'und' }, text), text.indexOf(trigger), text);
    const held = claimOf('Mandiant suspects that APT28 hacked NATO.', 'hacked');
    assert.equal(held.modality, 'suspected');
    assert.equal(held.claimCue?.claimant, 'subject');
    assert.equal(held.outerClaimCue, undefined);
    const impersonal = claimOf('ويُعتقد أن المجموعة اخترقت الوزارة، وفقا لشركة مايكروسوفت', 'اخترقت');
    assert.equal(impersonal.modality, 'suspected');
    assert.equal(impersonal.outerClaimCue?.claimant, 'after');
    // An adverb hedges, and no one holds it.
    assert.equal(claimOf('ربما اخترقت المجموعة الوزارة', 'اخترقت').claimCue, undefined);
  });
  test('a negation governs its predicate past an aside, and in Arabic up to its clause’s end', () => {
    assert.equal(
      modalityBefore('TV5Monde has not, as far as anyone knows, been targeted by APT28.', 'targeted'),
      'denied',
    );
    assert.equal(modalityBefore("TV5Monde n'a, à ce jour, jamais été visé par APT28.", 'visé'), 'denied');
    assert.equal(modalityBefore('لم يتعرض هاتف الصحفي سمير حداد لاختراق', 'لاختراق'), 'denied');
    // Past a relative pronoun, a new clause with a predicate of its own.
    assert.equal(modalityBefore('لم تكشف الوزارة عن هوية المجموعة التي اخترقت الحلف', 'اخترقت'), 'asserted');
    // In a Latin script a negation is in the verb group: a predicate far after it is not its own.
    assert.equal(
      modalityBefore('This is not the first time in recent years that APT28 targeted NATO.', 'targeted'),
      'asserted',
    );
  });
  test('denials and close negations are denied; a later clause has its own cue', () => {
    assert.equal(modalityBefore('Moscou dément être derrière le piratage.', 'derrière'), 'denied');
    assert.equal(
      modalityBefore('WikiLeaks assure ne pas être à l’origine de la fuite.', 'à l’origine'),
      'denied',
    );
    const text = 'ونفى الكرملين أن يكون وراء الهجمات، وتؤكد المعلومات أن المجموعة كانت وراء التسريب';
    assert.equal(modalityBefore(text, 'وراء'), 'denied');
    assert.equal(
      claimAt(
        findCues({ start: 0, end: text.length, text, lang: 'ar' }, text),
        text.lastIndexOf('وراء'),
        text,
      ).modality,
      'reported',
    );
  });
  test('a verb of saying after the trigger frames nothing before it when a pronoun opens what it says', () => {
    assert.equal(modalityBefore('APT99 hacked the Quillon Bank, the bank said.', 'hacked'), 'reported');
    assert.equal(
      modalityBefore('APT99 hacked the Quillon Bank, but the bank later said it was an insider.', 'hacked'),
      'asserted',
    );
    assert.equal(
      modalityBefore('APT99 hacked the Quillon Bank, but the bank later said they had left.', 'hacked'),
      'asserted',
    );
  });
  test('a hedge inside a rejected report is rejected with it; after a comma it is a clause of its own', () => {
    assert.equal(
      modalityBefore(
        'Le Kremlin a rejeté les accusations selon lesquelles APT28 serait derrière le piratage.',
        'derrière',
      ),
      'denied',
    );
    assert.equal(
      modalityBefore('Moscow rejected claims that APT28 may have been behind the hack.', 'behind'),
      'denied',
    );
    assert.equal(
      modalityBefore(
        'Moscow rejected the claims, but experts say APT28 may have been behind the hack.',
        'behind',
      ),
      'suspected',
    );
  });
});

describe('a relative clause set off by a comma', () => {
  test("describes its antecedent in the writer's words: a cue before the comma does not frame it", () => {
    const arabic = 'وقال المحققون إن مجموعة APT28 نشرت برنامج X-Agent، الذي ضرب شركات في ألمانيا وبولندا.';
    assert.equal(modalityBefore(arabic, 'نشرت'), 'reported');
    assert.equal(modalityBefore(arabic, 'ضرب'), 'asserted');
    const french = 'Selon Mandiant, APT28 a diffusé X-Agent, qui a frappé des banques en Pologne.';
    assert.equal(modalityBefore(french, 'frappé'), 'asserted');
    const english = 'Investigators said APT28 spread X-Agent, which hit banks in Poland.';
    assert.equal(modalityBefore(english, 'spread'), 'reported');
    assert.equal(modalityBefore(english, 'hit'), 'asserted');
  });
  test('a cue of its own still frames it', () => {
    const english = 'APT28 spread X-Agent, which investigators say hit banks in Poland.';
    assert.equal(modalityBefore(english, 'hit'), 'reported');
  });
});

describe('compound tenses and concessions', () => {
  test('an adverb between the auxiliary and the verb of saying keeps the cue', () => {
    const text = 'Kaspersky a pourtant affirmé que Sandworm était lié au GRU.';
    const cues = findCues({ start: 0, end: text.length, text, lang: 'fr' }, text);
    assert.deepEqual(
      cues.map((cue) => [cue.kind, text.slice(cue.start, cue.end)]),
      [['reported', 'a pourtant affirmé']],
    );
    assert.equal(modalityBefore(text, 'lié'), 'reported');
    assert.equal(
      modalityBefore('Mandiant has however denied that Sandworm is tied to it.', 'tied'),
      'denied',
    );
  });

  test('a concession is a clause of its own up to its comma', () => {
    assert.equal(
      modalityBefore('Moscow denied it, although the group had attacked the grid.', 'attacked'),
      'asserted',
    );
    assert.equal(
      modalityBefore('Selon Mandiant, bien que les indices soient minces, le groupe est lié au GRU.', 'lié'),
      'reported',
    );
    assert.equal(
      modalityBefore('Although Mandiant said so, the group is probably linked to the GRU.', 'linked'),
      'suspected',
    );
    assert.equal(
      modalityBefore('ونفت موسكو ذلك رغم أن المجموعة هاجمت الشبكة، وتؤكد التقارير أنها وراء الهجوم', 'هاجمت'),
      'asserted',
    );
  });
});

test('"Le spécialiste ajoute" and "وأضاف" continue the previous claimant', () => {
  const sentence = (text: string): Sentence => ({ start: 0, end: text.length, text, lang: 'und' });
  assert.ok(
    continuesPreviousClaimant(sentence('Le spécialiste ajoute que ce groupe a enregistré deux domaines.')),
  );
  assert.ok(continuesPreviousClaimant(sentence('وأضاف أن المجموعة سجلت نطاقين.')));
  assert.ok(!continuesPreviousClaimant(sentence('Le groupe a enregistré deux domaines.')));
});

// A long run of characters after a comma, with no comma closing an aside, once made the search
// for asides backtrack exponentially (a report's line of hashes and paths never finished). Such a
// search holds the thread, which no test timeout interrupts, so the sentence is read in a child
// process that is stopped after a while; read one way, it takes milliseconds.
test('a long run of letters after a comma is read in one pass, not every way it can be cut', () => {
  const text = `Quillbank has not, as far as anyone knows, been targeted by APT99, ${'a'.repeat(400)} and so on.`;
  const script = [
    `import { claimAt, findCues } from ${JSON.stringify(new URL('./claims.ts', import.meta.url).href)};`,
    `const text = ${JSON.stringify(text)};`,
    `const sentence = { start: 0, end: text.length, text, lang: 'en' };`,
    `process.stdout.write(claimAt(findCues(sentence, text), text.indexOf('targeted'), text).modality);`,
  ].join('\n');
  const child = spawnSync(process.execPath, ['--input-type=module', '--eval', script], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  assert.equal(child.signal, null, 'the sentence was still being read after 30 s');
  assert.equal(child.stdout, 'denied', child.stderr);
});

describe('the reach of a negation and of a doubt written after the claim', () => {
  test('a negation stops at a conjunction of contrast, in three languages', () => {
    assert.equal(modalityBefore('APT28 did not target NATO but hacked the Bundestag.', 'hacked'), 'asserted');
    assert.equal(
      modalityBefore("APT28 n'a pas visé l'OTAN mais a piraté le Bundestag.", 'piraté'),
      'asserted',
    );
    assert.equal(modalityBefore('لم تستهدف المجموعة الناتو بل اخترقت البوندستاغ', 'اخترقت'), 'asserted');
    assert.equal(modalityBefore('APT28 did not target NATO but hacked the Bundestag.', 'target'), 'denied');
  });
  test('a cleft under an Arabic negation is the negated predicate, not a clause of its own', () => {
    assert.equal(modalityBefore('ليست المجموعة هي التي اخترقت البوندستاغ', 'اخترقت'), 'denied');
  });
  test('a doubt after a statement leaves it suspected, and frames nothing after it', () => {
    assert.equal(
      modalityBefore('APT28 hacked the Bundestag, though this could not be confirmed.', 'hacked'),
      'suspected',
    );
    assert.equal(
      modalityBefore('APT28 a piraté le Bundestag, sans que cela ait pu être vérifié.', 'piraté'),
      'suspected',
    );
    assert.equal(modalityBefore('APT28 was behind the hack, which was never proven.', 'behind'), 'suspected');
    assert.equal(
      modalityBefore('That was never proven, but APT28 hacked the Bundestag in 2015.', 'hacked'),
      'asserted',
    );
  });
  test('a doubt after a denial leaves it denied', () => {
    assert.equal(
      modalityBefore('Moscow denied that APT28 hacked the Bundestag, which was never proven.', 'hacked'),
      'denied',
    );
  });
});
