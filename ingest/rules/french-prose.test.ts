/**
 * French newspaper prose, in our own words: the constructions that look like a relation to the
 * trigger words and are not one (a rivalry between two persons, a relative's post, a post over
 * a common noun that a place only qualifies, a verb of motion), each beside the reading that
 * still gives the relation.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

/** Relations as "TYPE source -> target", by entity name. */
function relationLines(text: string): string[] {
  const result = extractWithRules({ text, lang: 'fr', sentences: splitSentences(text, 'fr') });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  return result.relations.map(
    (relation) => `${relation.type} ${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)}`,
  );
}

describe('French newspaper prose', () => {
  test('a name of several words opening a sentence is the body named so before', () => {
    assert.deepEqual(
      relationLines(
        'La société Quillbank Santé a été visée par le groupe APT28. Quillbank Santé, dont le siège est à Lyon, a porté plainte.',
      ),
      ['LOCATED_IN Quillbank Santé -> Lyon', 'TARGETED APT28 -> Quillbank Santé'],
    );
  });

  test('one person "contre" another is a rivalry, and no later name is its target', () => {
    assert.deepEqual(
      relationLines('M. Paul Leroy mène une campagne acharnée contre M. Jean Vidal à Brest.'),
      [],
    );
    assert.deepEqual(relationLines('Le groupe APT28 a mené une campagne contre le journaliste Jean Vidal.'), [
      'TARGETED APT28 -> Jean Vidal',
    ]);
  });

  test('a fight or a cause "contre" something is no attack', () => {
    assert.deepEqual(
      relationLines("L'association Quillwatch lutte depuis des années contre la société Brightwave."),
      [],
    );
    assert.deepEqual(relationLines("Le groupe APT28 a lancé une offensive contre l'OTAN."), [
      'TARGETED APT28 -> NATO',
    ]);
  });

  test('the son of a director holds no post', () => {
    assert.deepEqual(
      relationLines('M. Paul Morel, fils du directeur de la société Quillbank, se présente.'),
      [],
    );
    assert.deepEqual(relationLines('M. Paul Morel, directeur de la société Quillbank, se présente.'), [
      'LEADS Paul Morel -> Quillbank',
    ]);
  });

  test('a post over a common noun does not lead the place that qualifies it', () => {
    assert.deepEqual(
      relationLines("Mme Claire Roux, médecin en chef de l'hospice de Brest, a été décorée."),
      [],
    );
  });

  test('"se diriger vers" is going, not leading', () => {
    assert.deepEqual(relationLines('Le cortège de M. Paul Morel se dirigeait vers la ville de Brest.'), []);
  });

  test('"a subi une cyberattaque de X" names the agent of the incident the document tells of', () => {
    assert.deepEqual(
      relationLines(
        'Le piratage de TV5Monde a duré des heures. La chaîne TV5Monde a subi une cyberattaque du groupe APT28.',
      ).sort(),
      [
        'ATTRIBUTED_TO Hack of TV5Monde -> APT28',
        'TARGETED APT28 -> TV5Monde',
        'TARGETED Hack of TV5Monde -> TV5Monde',
      ],
    );
  });

  test('other verbs of use and of imputing, and one member among others', () => {
    assert.deepEqual(relationLines('Le groupe APT28 a eu recours au logiciel Zebrocy.'), [
      'USES APT28 -> Zebrocy',
    ]);
    assert.deepEqual(relationLines('Mandiant impute le piratage de TV5Monde au groupe APT28.').sort(), [
      'ATTRIBUTED_TO Hack of TV5Monde -> APT28',
      'TARGETED Hack of TV5Monde -> TV5Monde',
    ]);
    assert.deepEqual(relationLines("Paul Morel, l'un des membres du groupe APT28, a été inculpé."), [
      'MEMBER_OF Paul Morel -> APT28',
    ]);
  });

  test('"le piratage de X par Y": the agent of the incident named, not of a noun it completes', () => {
    assert.deepEqual(relationLines('Le piratage de TV5Monde par le groupe APT28 a duré des heures.').sort(), [
      'ATTRIBUTED_TO Hack of TV5Monde -> APT28',
      'TARGETED Hack of TV5Monde -> TV5Monde',
    ]);
    assert.deepEqual(relationLines("La révélation de l'attaque contre TV5Monde par Le Monde a surpris."), [
      'TARGETED Hack of TV5Monde -> TV5Monde',
    ]);
    assert.deepEqual(
      relationLines('Le piratage de TV5Monde par des pirates liés de loin à APT28 a duré des heures.'),
      ['TARGETED Hack of TV5Monde -> TV5Monde'],
    );
  });

  test("a post after an inverted verb of saying is its unnamed holder's, and the employer speaks", () => {
    assert.deepEqual(
      relationLines("Le groupe APT28 a piraté la société Quillbank, a précisé un porte-parole de l'ANSSI."),
      ['TARGETED APT28 -> Quillbank'],
    );
    assert.deepEqual(relationLines("Paul Morel, un porte-parole de l'ANSSI, a réagi."), [
      'WORKS_FOR Paul Morel -> ANSSI',
    ]);
  });

  test('the party of a split attribution may follow "au" and a kind noun', () => {
    assert.deepEqual(
      relationLines("L'ANSSI a attribué l'attaque contre la société Quillbank au groupe APT28.").sort(),
      ['ATTRIBUTED_TO Hack of Quillbank -> APT28', 'TARGETED Hack of Quillbank -> Quillbank'],
    );
  });

  test('the body completing a name ("l\'unité 74455 du GRU") is not the subject of the verb', () => {
    assert.deepEqual(relationLines("L'unité 74455 du GRU a visé l'Ukraine.").sort(), [
      'PART_OF Unit 74455 -> GRU',
      'TARGETED Unit 74455 -> Ukraine',
    ]);
  });

  test('an incident listed before another does not attack the victim the second is named by', () => {
    assert.deepEqual(
      relationLines(
        "Le piratage de TV5Monde et l'attaque contre la société Quillbank ont duré des mois.",
      ).sort(),
      ['TARGETED Hack of Quillbank -> Quillbank', 'TARGETED Hack of TV5Monde -> TV5Monde'],
    );
  });

  test('a post then, after a comma, a civility and its holder: "le maire de X, M. Y"', () => {
    assert.deepEqual(relationLines('Le maire de Lorient, M. Kerbrat, a reçu les grévistes.'), [
      'LEADS Kerbrat -> Lorient',
    ]);
    assert.deepEqual(relationLines("Le directeur de l'ANSSI, Mme Quéré, a confirmé l'incident."), [
      'LEADS Quéré -> ANSSI',
    ]);
    // A name after another comma is no holder of the post.
    assert.deepEqual(
      relationLines('Le maire de Lorient, hier, M. Kerbrat et les grévistes se sont rencontrés.'),
      [],
    );
  });

  test('a relative\'s post stays his even where the optical reading writes "flls"', () => {
    assert.deepEqual(
      relationLines(
        'M. Paul Morel, flls du sympathique directeur de la compagnie Quillon, se présente à Brest.',
      ),
      [],
    );
  });

  test('two surnames that sound alike are two people: "M. Bertin ... M. Berton"', () => {
    const text = 'M. Bertin, maire de Brest, combat M. Berton à Quimper.';
    const result = extractWithRules({ text, lang: 'fr', sentences: splitSentences(text, 'fr') });
    const people = result.entities.filter((entity) => entity.type === 'Person');
    assert.deepEqual(people.map((person) => person.name).sort(), ['Berton', 'Bertin'].sort());
    assert.notEqual(people[0]?.key, people[1]?.key);
    assert.deepEqual(relationLines(text), ['LEADS Bertin -> Brest']);
  });
});
