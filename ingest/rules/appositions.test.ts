import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences.ts';
import type { LanguageTag } from '../../graph-schema/model.ts';
import { extractWithRules } from './index.ts';
import { modifiesKindNoun } from './appositions.ts';

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

/** The pairs related by one type, "source -> target", each once whatever its evidence. */
function relationsOf(text: string, type: string): string[] {
  const result = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  const pairs = result.relations
    .filter((relation) => relation.type === type)
    .map((relation) => `${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)}`);
  return [...new Set(pairs)].sort();
}

test("an actor set beside an organisation's named unit is attributed to the unit, not its owner", () => {
  assert.deepEqual(relationsOf("The lures came from APT99, the GRU's Unit 26165, in May.", 'ATTRIBUTED_TO'), [
    'APT99 -> Unit 26165',
  ]);
  // The kind of actor may stand between its name and the comma, the comma without its space.
  assert.deepEqual(
    relationsOf(
      "The leaked tools were tied to the Turla threat actor,the FSB's Unit 71330.",
      'ATTRIBUTED_TO',
    ),
    ['Turla -> Unit 71330'],
  );
  assert.deepEqual(
    relationsOf("The leaked tools were tied to the Turla threat actor,the FSB's Unit 71330.", 'PART_OF'),
    ['Unit 71330 -> FSB'],
  );
  // No named unit after the possessive: nothing said of the actor and the owner here.
  assert.deepEqual(
    relationsOf("The lures came from APT99, the GRU's headquarters in May.", 'ATTRIBUTED_TO'),
    [],
  );
});

test('a description of an actor after a victim is said of no victim: no relation of the victim', () => {
  const lines = (text: string, lang: LanguageTag) => {
    const result = extractWithRules({ text, lang, sentences: splitSentences(text, lang) });
    const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
    return result.relations.map(
      (relation) => `${relation.type} ${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)}`,
    );
  };
  assert.deepEqual(lines('APT99 targeted NATO, a hacking group tied to the GRU.', 'en'), [
    'TARGETED APT99 -> NATO',
  ]);
  assert.deepEqual(lines("APT99 a visé l'OTAN, un groupe lié au GRU.", 'fr'), ['TARGETED APT99 -> NATO']);
  // Arabic "وهي مجموعة ...": the pronoun agrees with the group, the actor named before the victim.
  assert.deepEqual(
    lines('واستهدفت مجموعة APT99 حلف الناتو، وهي مجموعة مرتبطة بالاستخبارات العسكرية الروسية.', 'ar').sort(),
    // The service's adjective places it, as "Russia's GRU" would.
    ['ATTRIBUTED_TO APT99 -> GRU', 'LOCATED_IN GRU -> Russia', 'TARGETED APT99 -> NATO'],
  );
  // A modifier of the description's noun ("a hacking group") relates nothing.
  assert.ok(
    !lines('APT99, a hacking group tied to the GRU, targeted NATO.', 'en').includes('TARGETED APT99 -> GRU'),
  );
  // The same description right after the actor stays its own.
  assert.deepEqual(lines('APT99, a group tied to the GRU, targeted NATO.', 'en').sort(), [
    'ATTRIBUTED_TO APT99 -> GRU',
    'TARGETED APT99 -> NATO',
  ]);
});

test("a modifier of a description's kind noun relates no name; an article after it opens the verb's object", () => {
  const at = (text: string, word: string) => {
    const start = text.indexOf(word);
    return modifiesKindNoun(text, { start, end: start + word.length });
  };
  assert.equal(at('NATO, a hacking group tied to the GRU, said so.', 'hacking'), true);
  assert.equal(at('Quillon, a firm targeting the group APT99, said so.', 'targeting'), false);
  assert.equal(at('Quillon, une société visant le groupe APT99, a parlé.', 'visant'), false);
});
