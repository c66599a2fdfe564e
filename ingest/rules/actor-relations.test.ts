/**
 * Attributions, uses and targets between named ends in English prose: who the subject of a
 * verb is, and which names are only part of a description.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

/** Relations as "TYPE source -> target" lines, by entity name. */
function relationLines(text: string): string[] {
  const result = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  return result.relations.map(
    (relation) => `${relation.type} ${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)}`,
  );
}

describe('a verb phrase joined by "and" keeps the first clause’s subject', () => {
  test('the object of a preposition before it is not its subject', () => {
    const lines = relationLines(
      'The group promotes the interests of the Russian government, and is known for hacking the Democratic National Committee. ' +
        'APT28 stole data from NATO and targeted the OSCE.',
    );
    assert.ok(lines.includes('TARGETED APT28 -> OSCE'), lines.join('\n'));
    assert.ok(
      !lines.some((line) => /^TARGETED (?:Government of Russia|NATO) /u.test(line)),
      lines.join('\n'),
    );
  });

  test('names joined by "and" before the verb are still its subjects', () => {
    const lines = relationLines('Attacks by APT28 and Turla targeted NATO.');
    assert.ok(lines.includes('TARGETED APT28 -> NATO'), lines.join('\n'));
    assert.ok(lines.includes('TARGETED Turla -> NATO'), lines.join('\n'));
  });
});

describe('the victims a verb of attack lists', () => {
  test('one-word names right after the verb are organisations, each targeted, even dated', () => {
    const lines = relationLines(
      'Investigators found that APT41 targeted and later compromised Valtrix (2014), Norbela (2016) and Ostrava Kemi (2018).',
    );
    assert.ok(lines.includes('TARGETED APT41 -> Valtrix'), lines.join('\n'));
    assert.ok(lines.includes('TARGETED APT41 -> Norbela'), lines.join('\n'));
  });

  test("the victims a relative clause of attack lists after its copula, in the frame of an actor's campaign", () => {
    for (const clause of ['that received cyberattacks were', 'which were attacked included']) {
      const lines = relationLines(`In this APT99 campaign, the countries ${clause} Peru, Chile and Brunei.`);
      for (const place of ['Peru', 'Chile', 'Brunei']) {
        assert.ok(lines.includes(`TARGETED APT99 -> ${place}`), lines.join('\n'));
      }
    }
    // A speaker before such a clause attacked no one.
    const lines = relationLines(
      'Mandiant said the firms that were attacked were Acme Corp and the Harbour Port Authority.',
    );
    assert.ok(!lines.some((line) => line.startsWith('TARGETED')), lines.join('\n'));
  });

  test('a list of victims after "companies such as"', () => {
    const lines = relationLines('The Winnti Group targeted companies such as Valtrix and Norbela.');
    assert.ok(lines.includes('TARGETED Winnti Group -> Valtrix'), lines.join('\n'));
    assert.ok(lines.includes('TARGETED Winnti Group -> Norbela'), lines.join('\n'));
  });
});

describe('the short form of a group named in full', () => {
  test('"Winnti" is the Winnti Group the document names, whatever actor the gazetteer files it under', () => {
    const text = 'The Winnti Group hit game studios. Later, Winnti targeted Valtrix.';
    const result = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') });
    const actors = result.entities.filter((entity) => entity.type === 'ThreatActor');
    assert.deepEqual(
      actors.map((actor) => actor.name),
      ['Winnti Group'],
    );
    assert.ok(relationLines(text).includes('TARGETED Winnti Group -> Valtrix'));
  });
});

describe('a bracket of aliases after a name', () => {
  test('is no barrier between the name and the words after it', () => {
    const lines = relationLines(
      'The Main Centre for Special Technologies (GTsST), a unit of the GRU, built the tools. ' +
        'APT28 (also known as Sofacy and Fancy Bear) targeted NATO.',
    );
    assert.ok(lines.includes('PART_OF Main Centre for Special Technologies -> GRU'), lines.join('\n'));
    assert.ok(lines.includes('TARGETED APT28 -> NATO'), lines.join('\n'));
  });

  test('a bracket that says something else still is', () => {
    const lines = relationLines('Staff at Valtrix (according to ESET) were targeted by APT28 later.');
    assert.ok(!lines.some((line) => line.includes('ESET')), lines.join('\n'));
  });
});

describe('a program in an actor’s arsenal or operations', () => {
  test('is used by the actor, hedged as the sentence is', () => {
    const lines = relationLines(
      'Analysts think the Quillpad backdoor was likely built as a stopgap in the Lazarus Group’s strictly financial team’s arsenal. ' +
        'The old Sparrowhawk loader, used within the Lazarus Group’s bank attacks, was retired.',
    );
    assert.ok(lines.includes('USES Lazarus Group -> Quillpad'), lines.join('\n'));
    assert.ok(lines.includes('USES Lazarus Group -> Sparrowhawk'), lines.join('\n'));
  });

  test('a program merely named before an actor’s attacks is not', () => {
    const lines = relationLines(
      'The Quillpad backdoor resembles nothing, unlike the Lazarus Group’s attacks.',
    );
    assert.ok(!lines.some((line) => line.startsWith('USES')), lines.join('\n'));
  });
});

describe('an attribution to a part the sentence places in a whole', () => {
  test('is an attribution to the whole too, under the same claim', () => {
    const text =
      'APT99 is a threat actor suspected of being tied to the Special Access Operations (SAO) unit of the National Security Agency (NSA). APT77 is linked to Unit 12345, a unit of the GRU.';
    const lines = relationLines(text);
    assert.ok(lines.includes('ATTRIBUTED_TO APT99 -> Special Access Operations'), lines.join('\n'));
    assert.ok(lines.includes('ATTRIBUTED_TO APT99 -> NSA'), lines.join('\n'));
    assert.ok(lines.includes('ATTRIBUTED_TO APT77 -> GRU'), lines.join('\n'));
    const result = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') });
    const nsa = result.entities.find((entity) => entity.name === 'NSA');
    const toNsa = result.relations.find((relation) => relation.target === nsa?.key);
    assert.equal(toNsa?.modality, 'suspected');
  });

  test('a part named before the attribution, or an attribution of another name, attributes nothing to the whole', () => {
    const lines = relationLines(
      'Unit 12345 is part of the GRU. APT77 is linked to Unit 12345. APT66 works with Unit 12345, a unit of the GRU.',
    );
    assert.ok(!lines.includes('ATTRIBUTED_TO APT77 -> GRU'), lines.join('\n'));
    assert.ok(!lines.includes('ATTRIBUTED_TO APT66 -> GRU'), lines.join('\n'));
  });
});

describe('a bare verb of attack after an auxiliary', () => {
  test('"would" of habit states the attack, on a library named by its head word', () => {
    const lines = relationLines('In those years APT99 would compromise the Velmor National Library network.');
    assert.ok(lines.includes('TARGETED APT99 -> Velmor National Library'), lines.join('\n'));
  });

  test('a modal of guess or of the future states none', () => {
    const lines = relationLines('APT28 may target NATO next year, and APT29 will hack the OSCE.');
    assert.ok(!lines.some((line) => line.startsWith('TARGETED')), lines.join('\n'));
  });
});

describe('the victim an incident is named by', () => {
  test('uses nothing the incident was carried out with: its agent does', () => {
    const lines = relationLines('APT28 is believed to be behind the 2016 hack of the DNC using X-Agent.');
    assert.ok(!lines.includes('USES Democratic National Committee -> X-Agent'), lines.join('\n'));
    assert.ok(lines.includes('USES APT28 -> X-Agent'), lines.join('\n'));
  });
});
