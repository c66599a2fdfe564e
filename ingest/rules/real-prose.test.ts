/**
 * Phrasings of real encyclopaedic and threat-report prose, in our own words: references to the
 * text's topic actor, pronouns that continue a subject, and the verbs reports use.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LanguageTag } from '../../graph-schema/model.ts';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

/** Relations as "TYPE source -> target modality", by entity name. */
function relationLines(text: string, lang: LanguageTag): string[] {
  const result = extractWithRules({ text, lang, sentences: splitSentences(text, lang) });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  return result.relations.map(
    (relation) =>
      `${relation.type} ${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)} ${relation.modality}`,
  );
}

function assertHas(lines: readonly string[], expected: string): void {
  assert.ok(lines.includes(expected), `expected "${expected}" in:\n${lines.join('\n')}`);
}

function assertNone(lines: readonly string[], pattern: RegExp): void {
  assert.ok(!lines.some((line) => pattern.test(line)), `unexpected ${pattern} in:\n${lines.join('\n')}`);
}

describe('references to the topic actor', () => {
  test('a pronoun opening a sentence continues the actor that opened the one before', () => {
    const lines = relationLines(
      'Turla is an espionage group active since 2004. It is associated with the FSB, according to several vendors.',
      'en',
    );
    assertHas(lines, 'ATTRIBUTED_TO Turla -> FSB reported');
  });

  test('a pronoun after a sentence opened by something else stands for nothing', () => {
    const lines = relationLines(
      'In a report on Monday, Mandiant described Turla at length. It is associated with the FSB.',
      'en',
    );
    assertNone(lines, /ATTRIBUTED_TO/u);
  });

  test('"the team" far from the name stands for the actor the text is about', () => {
    const lines = relationLines(
      'Sandworm is a unit of hackers. Sandworm writes its own tools. Analysts at ESET studied its code. ' +
        'Their report was long. It was published in June. The team targeted the Ukrainian power grid operator Ukrenergo.',
      'en',
    );
    assertHas(lines, 'TARGETED Sandworm Team -> Ukrenergo asserted');
  });

  test('a text about several actors has no topic for "the group" to fall back on', () => {
    const lines = relationLines(
      'APT28 and APT29 are Russian groups. Both write their own tools. Analysts studied their code. ' +
        'Their report was long. It was published in June. The group targeted Ukrenergo.',
      'en',
    );
    assertNone(lines, /TARGETED/u);
  });
});

describe('a noun predicated of an actor names it again', () => {
  test('the argument is found past a long apposition and the predicate', () => {
    const lines = relationLines(
      'Turla, described by several vendors as an advanced persistent threat, is a patient and well funded espionage group linked to the FSB.',
      'en',
    );
    assertHas(lines, 'ATTRIBUTED_TO Turla -> FSB asserted');
  });

  test('a name inside the predicate is an argument, not the subject again', () => {
    const lines = relationLines(
      'Kazuar is a backdoor of Turla used against the German Foreign Office.',
      'en',
    );
    assertNone(lines, /Kazuar -> German Foreign Office/u);
  });
});

describe('verbs of threat reports', () => {
  test('a passive use names its user after the tool, in English and French', () => {
    assertHas(
      relationLines('Analysts found the Kazuar backdoor, long used by Turla, on the servers.', 'en'),
      'USES Turla -> Kazuar asserted',
    );
    assertHas(
      relationLines("Le logiciel NotPetya, utilisé par Sandworm, a frappé l'Ukraine.", 'fr'),
      'USES Sandworm Team -> NotPetya asserted',
    );
  });

  test('"relies on", "associated to", "hacking" state uses, attributions and targets', () => {
    assertHas(
      relationLines('Turla relies on the Kazuar backdoor for persistence.', 'en'),
      'USES Turla -> Kazuar asserted',
    );
    assertHas(
      relationLines('Turla is an actor associated to the FSB by most vendors.', 'en'),
      'ATTRIBUTED_TO Turla -> FSB asserted',
    );
    assertHas(
      relationLines('Turla is known for hacking the German Foreign Office in 2017.', 'en'),
      'TARGETED Turla -> German Foreign Office asserted',
    );
  });
});

describe('a place-linked compound attributes the actors after it', () => {
  test('each actor of a list after "such as", and one past a description in parentheses', () => {
    const listed = relationLines(
      'Russia-backed intrusion sets, such as Turla and Sandworm, keep probing ministries.',
      'en',
    );
    assertHas(listed, 'ATTRIBUTED_TO Turla -> Russia asserted');
    assertHas(listed, 'ATTRIBUTED_TO Sandworm Team -> Russia asserted');
    const described = relationLines(
      'Analysts watched the Iran-aligned espionage (APT) group Charming Kitten.',
      'en',
    );
    assertHas(described, 'ATTRIBUTED_TO Magic Hound -> Iran asserted');
  });

  test('a place before another kind of compound attributes nothing', () => {
    const lines = relationLines('A Moscow-based reporter interviewed Turla members.', 'en');
    assertNone(lines, /ATTRIBUTED_TO/u);
  });
});

describe('the targets of an actor named by a possessive', () => {
  test('"their targets have been in" gives one targeting per listed place', () => {
    const lines = relationLines(
      'Turla is a Russian group. Kaspersky describes them as patient. Most of their targets have been in Iran, Pakistan and Mali.',
      'en',
    );
    for (const place of ['Iran', 'Pakistan', 'Mali']) assertHas(lines, `TARGETED Turla -> ${place} asserted`);
  });

  test('a possessive after two actors stands for neither', () => {
    const lines = relationLines('APT28 and APT29 are active again. Their targets include Germany.', 'en');
    assertNone(lines, /TARGETED/u);
  });
});
