import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanDocument } from '../clean/index.ts';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

/** The relations of a plain-text document, as `evigraph ingest` reads it (cleaning included). */
function relationLines(written: string): string[] {
  const { text } = cleanDocument({
    uri: 'report.txt',
    bytes: new TextEncoder().encode(written),
    mediaType: 'text/plain',
  });
  const result = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  return result.relations
    .map((relation) => `${relation.type} ${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)}`)
    .sort();
}

describe('relations stated by the rows of a pipe table', () => {
  test('a header that names the imitated column and a lead about hosting: IMPERSONATES and RESOLVES_TO per row', () => {
    const text = [
      'The analysts listed every domain and the servers that hosted it:',
      '| **IP**           | **Domain**          | **Dates**       | **Impersonated entity**          |',
      '|  198.51.100[.23  | fake-agency [.org   | May 2 – June 9  | Northern Licensing Board (“NLB”) |',
      '| 203.0.113[.]7    | other-board[.]net   | July 1 – July 8 | Western Examiners Council of Trade |',
      'The campaign ended in August.',
    ].join('\n');
    assert.deepEqual(relationLines(text), [
      'IMPERSONATES fake-agency.org -> Northern Licensing Board',
      'IMPERSONATES other-board.net -> Western Examiners Council of Trade',
      'RESOLVES_TO fake-agency.org -> 198.51.100.23',
      'RESOLVES_TO other-board.net -> 203.0.113.7',
    ]);
  });

  test('a table whose header and lead name no relation gives nothing, however its cells line up', () => {
    const text = [
      'Indicators seen in the samples:',
      '| Domain            | IP              | Organisation             |',
      '| fake-agency[.]org | 198.51.100[.]23 | Northern Licensing Board |',
      '| other-board[.]net | 203.0.113[.]7   | Western Examiners Council |',
    ].join('\n');
    assert.deepEqual(relationLines(text), []);
  });

  // APT40 is one of Leviathan's names in the gazetteer.
  test('a row whose cell states a relation in words gives it, as a sentence would', () => {
    const text = [
      '| Domain     | ID    | Name      | Description                                     |',
      '| Enterprise | T1100 | Web Shell | APT40 relies on web shells such as China Chopper. |',
      '| Enterprise | T1003 | Dumping   | APT40 uses the Mimikatz tool to dump passwords.   |',
    ].join('\n');
    assert.deepEqual(relationLines(text), ['USES Leviathan -> China Chopper', 'USES Leviathan -> Mimikatz']);
  });
});
