import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences.ts';
import type { LanguageTag } from '../../graph-schema/model.ts';
import { extractWithRules } from './index.ts';

function extract(text: string, lang: LanguageTag) {
  const result = extractWithRules({ text, lang, sentences: splitSentences(text, lang) });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  const relations = result.relations.map((relation) => ({
    ...relation,
    line: `${relation.type} ${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)} ${relation.modality}`,
    claimants: relation.assertedBy.map((key) => nameOf.get(key)).sort(),
  }));
  return { ...result, relations, lines: relations.map((relation) => relation.line) };
}

describe('relations and their modality', () => {
  test('French: a hedged attribution on someone’s word, its claimant and employer', () => {
    const text =
      'Selon Claire Dubois, chercheuse chez Mandiant, le groupe APT29 serait derrière le piratage subi par le Bundestag. APT29 est lié au SVR.';
    const { lines, relations } = extract(text, 'fr');
    assert.ok(lines.includes('WORKS_FOR Claire Dubois -> Mandiant asserted'), lines.join('\n'));
    const hack = relations.find(
      (relation) => relation.line === 'ATTRIBUTED_TO Hack of Bundestag -> APT29 suspected',
    );
    assert.ok(hack, lines.join('\n'));
    assert.deepEqual(hack.claimants, ['Claire Dubois', 'Mandiant']);
    assert.ok(lines.includes('ATTRIBUTED_TO APT29 -> SVR asserted'), lines.join('\n'));
  });

  test('English: "according to" reports, "allegedly" hedges, "denied" is a denial, never support', () => {
    const text =
      'According to CrowdStrike, Sandworm was behind the attack on Saint-Gobain. Sandworm allegedly used update-check.net. The Kremlin denied any role in the attack on Saint-Gobain.';
    const { lines } = extract(text, 'en');
    assert.ok(
      lines.some((line) => /ATTRIBUTED_TO .* -> Sandworm[ \w]* reported/.test(line)),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((line) => /USES Sandworm[ \w]* -> update-check\.net suspected/.test(line)),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((line) => /^DENIES Kremlin -> .* denied$/.test(line)),
      lines.join('\n'),
    );
    assert.ok(!lines.some((line) => /-> Kremlin (asserted|reported|suspected)/.test(line)), lines.join('\n'));
  });

  test('Arabic: a denial with the claimant after the verb, clitics on the trigger', () => {
    const text = 'تعرضت وكالة الأنباء لاختراق حملة ماكرون. ونفى الكرملين أن يكون وراء هذه الهجمات.';
    const { lines, relations } = extract(text, 'ar');
    const denial = relations.find((relation) => relation.type === 'DENIES');
    assert.ok(denial?.line.startsWith('DENIES Kremlin'), lines.join('\n'));
    assert.equal(denial?.modality, 'denied');
    assert.deepEqual(denial?.claimants, ['Kremlin']);
    // Denying being behind it is the denial itself, not a second, attributing edge.
    assert.ok(!relations.some((relation) => relation.type === 'ATTRIBUTED_TO'), lines.join('\n'));
  });

  test('Arabic: "المرتبطة ب" glued to the next word ties an actor to its sponsor', () => {
    const { lines } = extract(
      'وتؤكد المعلومات أن مجموعة APT 28 المرتبطة بالاستخبارات العسكرية الروسية نفذت الهجوم.',
      'ar',
    );
    assert.ok(lines.includes('ATTRIBUTED_TO APT28 -> GRU reported'), lines.join('\n'));
  });

  test('the group registered look-alike domains ("ce groupe" refers back), which impersonate the movement', () => {
    const text =
      'Le parti Nouvel Élan utilise le site nouvel-elan.org. Des chercheurs accusent APT28. Ils expliquent que ce groupe a enregistré nouvel-elan-vote.org et login-nouvel-elan.com pour imiter Nouvel Élan.';
    const { lines } = extract(text, 'fr');
    assert.ok(
      lines.includes('REGISTERED APT28 -> nouvel-elan-vote.org asserted') ||
        lines.includes('REGISTERED APT28 -> nouvel-elan-vote.org reported'),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((line) => line.startsWith('REGISTERED APT28 -> login-nouvel-elan.com')),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((line) => line.startsWith('IMPERSONATES login-nouvel-elan.com -> Nouvel Élan')),
      lines.join('\n'),
    );
  });
  test('a look-alike host impersonates only an organisation named in the same sentence', () => {
    const apart = extract(
      'The party Nouvel Elan held a rally. Weeks later, attackers registered nouvel-elan-vote.org.',
      'en',
    ).lines;
    assert.ok(!apart.some((line) => line.startsWith('IMPERSONATES')), apart.join('\n'));
    const together = extract(
      'Weeks after a rally of the party Nouvel Elan, attackers registered nouvel-elan-vote.org.',
      'en',
    ).lines;
    assert.ok(
      together.some((line) => line.startsWith('IMPERSONATES nouvel-elan-vote.org -> Nouvel Elan')),
      together.join('\n'),
    );
  });
});

describe('entities', () => {
  test('file names are not domains and the real site of a known organisation is no indicator', () => {
    const { entities } = extract(
      'Open invoice.zip and setup.exe, then visit en-marche.fr and mail-en-marche.fr today.',
      'en',
    );
    const domains = entities.filter((entity) => entity.type === 'Domain').map((entity) => entity.name);
    assert.deepEqual(domains, ['mail-en-marche.fr']);
  });

  test('common words that are actor aliases are not matched without a cue', () => {
    const { entities } = extract(
      'The snake crossed the road while children play with a tick of the clock.',
      'en',
    );
    assert.deepEqual(
      entities.filter((entity) => entity.type === 'ThreatActor'),
      [],
    );
  });

  test('a transliterated name and its Latin form have the same key; a surname joins the full name', () => {
    const latin = extract('Hier, le chercheur Vitali Kremez a parlé. Kremez a ajouté un détail.', 'fr');
    const arabic = extract('قال الباحث فيتالي كريميز إن الهجوم خطير.', 'ar');
    const person = latin.entities.find((entity) => entity.name === 'Vitali Kremez');
    assert.ok(person);
    assert.deepEqual(
      person.mentions.map((mention) => mention.surface),
      ['Vitali Kremez', 'Kremez'],
    );
    assert.equal(arabic.entities.find((entity) => entity.type === 'Person')?.key, person.key);
  });

  test('a lone surname shared by two people stays unlinked', () => {
    const { entities } = extract(
      'Hier, le ministre Paul Martin et la juge Anne Martin ont parlé. Martin a ajouté un mot.',
      'fr',
    );
    const people = entities.filter((entity) => entity.type === 'Person');
    assert.deepEqual(people.map((person) => person.mentions.length).sort(), [1, 1]);
  });

  test('a name in apposition is an alias with the rule as reason; a common-noun description is none', () => {
    const named = extract(
      "Le guide de l'ANSSI, l'Agence nationale de la sécurité des systèmes d'information, est paru.",
      'fr',
    ).entities.find((entity) => entity.name === 'ANSSI');
    assert.ok(named?.aliases.includes("Agence nationale de la sécurité des systèmes d'information"));
    assert.ok(named?.mergeReasons.some((reason) => reason.startsWith('apposition:')));
    const described = extract(
      'APT28 est lié au GRU, le service russe de renseignement militaire.',
      'fr',
    ).entities.find((entity) => entity.name === 'GRU');
    assert.ok(!described?.mergeReasons.some((reason) => reason.startsWith('apposition:')));
  });

  test('headline lists yield nothing, titles yield no relations', () => {
    const text =
      'Zorvan Tekel signe à Lyon    Brevik Ostrander blessé    Le ministre Paul Durand démissionne\n\nUn texte sans rapport.';
    const { entities } = extract(text, 'fr');
    assert.deepEqual(entities, []);
  });
});
