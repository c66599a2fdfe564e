import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LanguageTag } from '../../graph-schema/model.ts';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

function related(type: string, text: string, lang: LanguageTag = 'en'): string[] {
  const result = extractWithRules({ text, lang, sentences: splitSentences(text, lang) });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  const pairs = result.relations
    .filter((relation) => relation.type === type)
    .map(
      (relation) => `${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)} ${relation.modality}`,
    );
  return [...new Set(pairs)].sort();
}

const uses = (text: string, lang: LanguageTag = 'en') =>
  related('USES', text, lang).map((line) => line.replace(/ \w+$/u, ''));

describe('software a sentence says an attack used, without saying whose', () => {
  test('"The malware used was X": the report\'s actor uses X, and every tool listed with it', () => {
    assert.deepEqual(
      uses('Last spring APT99 sent lures to shipping firms. The malware used was “Greyfox”.'),
      ['APT99 -> Greyfox'],
    );
    assert.deepEqual(
      uses(
        'Last spring APT99 sent lures to shipping firms. The tools used in the campaign were PlugX, njRAT and ShadowPad.',
      ),
      ['APT99 -> PlugX', 'APT99 -> ShadowPad', 'APT99 -> njRAT'],
    );
  });

  test('in French too', () => {
    assert.deepEqual(
      uses(
        'Le groupe APT99 vise des armateurs depuis 2020. Le logiciel malveillant utilisé était Greyfox.',
        'fr',
      ),
      ['APT99 -> Greyfox'],
    );
  });

  test("one of the packs' articles may stand before the first name, no other word", () => {
    assert.deepEqual(
      uses('Last spring APT99 sent lures to shipping firms. The malware used was the Greyfox backdoor.'),
      ['APT99 -> Greyfox'],
    );
    assert.deepEqual(
      uses(
        'Last spring APT99 sent lures to shipping firms. The malware used was mostly the Greyfox backdoor.',
      ),
      [],
    );
  });

  test('no actor the report speaks of, two of them alike, or no tool right after the copula: no use', () => {
    assert.deepEqual(uses('Shipping firms received lures last spring. The malware used was Greyfox.'), []);
    assert.deepEqual(
      uses('APT99 and APT77 both sent lures to shipping firms. The malware used was Greyfox.'),
      [],
    );
    assert.deepEqual(
      uses(
        'Last spring APT99 sent lures to shipping firms. The malware used was first described by Quillsec.',
      ),
      [],
    );
  });

  test('"this sample was used to target X": the report\'s actor targeted X, framed by the claims before', () => {
    assert.deepEqual(
      related(
        'TARGETED',
        'APT99 sent lures to shipping firms in 2021. We assess that this sample was likely used to target the Harbour Port Authority.',
      ),
      ['APT99 -> Harbour Port Authority suspected'],
    );
    // No actor in the report, or no name right after the purpose: no target.
    assert.deepEqual(
      related(
        'TARGETED',
        'Shipping firms got lures in 2021. This sample was used to target the Harbour Port Authority.',
      ),
      [],
    );
    assert.deepEqual(
      related(
        'TARGETED',
        'APT99 sent lures to shipping firms in 2021. This sample was used to target a port run by the Harbour Port Authority.',
      ),
      [],
    );
  });
});
