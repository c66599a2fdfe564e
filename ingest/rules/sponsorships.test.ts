import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

/** Relations as "TYPE source -> target modality" lines, by entity name. */
function relationLines(text: string): string[] {
  const result = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  return result.relations.map(
    (relation) =>
      `${relation.type} ${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)} ${relation.modality}`,
  );
}

describe('a demonym joined to a participle of sponsorship', () => {
  test('attributes the actor it describes, as a predicate or an apposition, hedged by the sentence', () => {
    const lines = relationLines(
      'The Winnti Group is an alleged Chinese state-sponsored organization. ' +
        'Charming Kitten, an Iranian state-backed group, sent lures to scholars.',
    );
    assert.ok(
      lines.includes("ATTRIBUTED_TO Winnti Group -> People's Republic of China suspected"),
      lines.join('\n'),
    );
    assert.ok(
      lines.some((line) => /^ATTRIBUTED_TO .+ -> Iran asserted$/u.test(line)),
      lines.join('\n'),
    );
    assert.ok(!lines.some((line) => line.startsWith('LOCATED_IN')), lines.join('\n'));
  });

  test('attributes every actor of the list it opens, and never the victim of the next clause', () => {
    const lines = relationLines(
      'Analysts tracked Iranian-backed actors such as APT33 and APT34 for years. ' +
        'Turla, a Russian government-linked group, then hit Microsoft.',
    );
    assert.ok(lines.includes('ATTRIBUTED_TO APT33 -> Iran asserted'), lines.join('\n'));
    assert.ok(
      lines.some((line) => /^ATTRIBUTED_TO OilRig -> Iran asserted$/u.test(line)),
      lines.join('\n'),
    );
    assert.ok(lines.includes('ATTRIBUTED_TO Turla -> Russia asserted'), lines.join('\n'));
    assert.ok(!lines.some((line) => /^ATTRIBUTED_TO Microsoft/u.test(line)), lines.join('\n'));
  });

  test('a plain demonym still only places the group', () => {
    const lines = relationLines('The Russian group Turla hid its servers in satellites.');
    assert.deepEqual(lines, ['LOCATED_IN Turla -> Russia asserted']);
  });
});
