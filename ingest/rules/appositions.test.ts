import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences.ts';
import type { LanguageTag } from '../../graph-schema/model.ts';
import { extractWithRules } from './index.ts';

/** The aliases an apposition gave the entity named `name`. */
function appositionAliases(text: string, lang: LanguageTag, name: string): string[] {
  const result = extractWithRules({ text, lang, sentences: splitSentences(text, lang) });
  const entity = result.entities.find((candidate) => candidate.name === name);
  assert.ok(entity, `${name} among ${result.entities.map((candidate) => candidate.name).join(', ')}`);
  return [...entity.mergeReasons].filter((reason) => reason.startsWith('apposition:'));
}

test('a common-noun phrase in apposition describes the name: no alias', () => {
  assert.deepEqual(
    appositionAliases('APT28, a hacking group run by a ministry, targeted the port.', 'en', 'APT28'),
    [],
  );
  assert.deepEqual(
    appositionAliases(
      'Le GRU, le service de renseignement des armées russes, a piraté le site.',
      'fr',
      'GRU',
    ),
    [],
  );
});

test('a name in apposition, its head noun capitalised, is another name of the entity', () => {
  assert.equal(
    appositionAliases(
      "Le rapport de l'ANSSI, l'Agence nationale de la sécurité des systèmes d'information, est paru hier.",
      'fr',
      'ANSSI',
    ).length,
    1,
  );
});
