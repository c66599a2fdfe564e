import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanDocument } from '../clean/index.ts';
import { splitSentences } from '../sentences.ts';
import { extractWithRules } from './index.ts';

/** The relations of a plain-text document, as `evigraph ingest` reads it, with modality and evidence. */
function relationLines(written: string): string[] {
  const { text } = cleanDocument({
    uri: 'report.txt',
    bytes: new TextEncoder().encode(written),
    mediaType: 'text/plain',
  });
  const result = extractWithRules({ text, lang: 'en', sentences: splitSentences(text, 'en') });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  return result.relations
    .map(
      (relation) =>
        `${relation.type} ${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)} ${relation.modality} ` +
        JSON.stringify(text.slice(relation.evidence.start, relation.evidence.end).split('\n')[0]),
    )
    .sort();
}

/** A table cut across lines: each cell on lines of its own between lone bars. */
function cutTable(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [
    `| ${header.map((cell) => `**${cell}**`).join(' | ')} |`,
    ...rows.flatMap((row) => [
      '|',
      ...row.flatMap((cell, index) => (index === 0 ? [cell] : ['|', cell])),
      '|',
    ]),
  ].join('\n');
}

describe('rows read as sentences about the name in their subject column', () => {
  test('a hedged title attributes every row to the name after it; a description speaks of its own row', () => {
    const text = [
      'Grey Finch has been active since 2015.',
      'The following chart shows the operations we followed:',
      '**Operations presumably attributed to Iran**',
      cutTable(
        ['Actor', 'Period', 'Goals'],
        [
          ['Silent Harbor', '2019', 'This campaign targeted the ministries of Denmark.'],
          ['Cold Lantern', '2020 – 2021', 'Espionage\noperation that targeted Norway.'],
        ],
      ),
      'The report ends here.',
    ].join('\n');
    assert.deepEqual(relationLines(text), [
      'ATTRIBUTED_TO Cold Lantern -> Iran suspected "Cold Lantern"',
      'ATTRIBUTED_TO Silent Harbor -> Iran suspected "Silent Harbor"',
      'TARGETED Cold Lantern -> Norway asserted "Espionage"',
      'TARGETED Silent Harbor -> Denmark asserted "This campaign targeted the ministries of Denmark."',
    ]);
  });

  test('a row named after its victim is no actor: the incident its description names takes the attribution', () => {
    const text = [
      'The attacks attributed to Iran:',
      cutTable(
        ['Actor', 'Year', 'Goals'],
        [
          ['Harbor Bank', '2018', 'Cyberattack against Harbor Bank.'],
          ['Salt Meadow', '2019', 'Sabotage of a refinery.'],
        ],
      ),
    ].join('\n');
    const lines = relationLines(text);
    assert.ok(lines.includes('ATTRIBUTED_TO Salt Meadow -> Iran asserted "Salt Meadow"'), lines.join('\n'));
    assert.ok(
      lines.some((line) => /^ATTRIBUTED_TO Hack of Harbor Bank -> Iran/u.test(line)),
      lines.join('\n'),
    );
    assert.ok(!lines.some((line) => /^ATTRIBUTED_TO Harbor Bank -> /u.test(line)), lines.join('\n'));
  });

  test("a victim a row's description names in the passive is its subject's, unless the passive names its agent", () => {
    const text = [
      'The attacks attributed to Iran:',
      cutTable(
        ['Actor', 'Year', 'Goals'],
        [
          ['Salt Meadow', '2019', 'The energy company Example Petroleum was the victim of a wiper attack.'],
          ['Night Orchard', '2020', 'Example Shipping was compromised by a criminal gang.'],
        ],
      ),
    ].join('\n');
    const targeted = relationLines(text).filter((line) => line.startsWith('TARGETED'));
    assert.deepEqual(targeted, [
      'TARGETED Salt Meadow -> Example Petroleum asserted "The energy company Example Petroleum was the victim of a wiper attack."',
    ]);
  });

  test('a description opening on attacks on a victim, without a verb, makes the names of that clause victims', () => {
    const text = [
      'The attacks attributed to Iran:',
      cutTable(
        ['Actor', 'Year', 'Goals'],
        [
          [
            'Salt Meadow',
            '2019',
            'DoS\ncyber-attacks on companies in the energy sector belonging to Denmark.',
          ],
          ['Night Orchard', '2020', 'Espionage operation on behalf of Norway.'],
          ['Cold Lantern', '2021', 'Attacks on banks in Sweden, reported by Example Security.'],
        ],
      ),
    ].join('\n');
    const targeted = relationLines(text).filter((line) => line.startsWith('TARGETED'));
    assert.deepEqual(targeted, [
      'TARGETED Cold Lantern -> Sweden reported "Attacks on banks in Sweden, reported by Example Security."',
      'TARGETED Salt Meadow -> Denmark asserted "DoS"',
    ]);
  });

  test('a column that names a relation relates the subject to the names in its cells; others relate nothing', () => {
    const text = [
      '| **Group** | **Target** | **Attribution** | **First seen** |',
      '| APT28 | Germany | Russia | Norway |',
      '| APT33 | Saudi Arabia | Iran | Denmark |',
    ].join('\n');
    assert.deepEqual(
      relationLines(text).map((line) => line.replace(/ ".*$/u, '')),
      [
        'ATTRIBUTED_TO APT28 -> Russia asserted',
        'ATTRIBUTED_TO APT33 -> Iran asserted',
        'TARGETED APT28 -> Germany asserted',
        'TARGETED APT33 -> Saudi Arabia asserted',
      ],
    );
  });

  test('a table no caption or header types gives its unknown names no entity and no relation', () => {
    const text = [
      '| **Period** | **Goals** |',
      '| Silent Harbor | Espionage. |',
      '| Cold Lantern | Theft. |',
    ].join('\n');
    assert.deepEqual(relationLines(text), []);
  });

  test('in a table of bodies, the units a description lists after dashes are PART_OF the row', () => {
    const text = [
      '**Cyber structures of the Northern Council**',
      '| **Harbour Signals Office** |',
      'It listens to radio traffic.',
      '–',
      'Coastal Listening Section: It records the traffic of ships.',
      '–',
      'Radio Archive Desk: It keeps the recordings.',
      '|',
      '| **Northern Records Bureau** |',
      'It keeps the archives.',
      '|',
    ].join('\n');
    assert.deepEqual(relationLines(text), [
      'PART_OF Coastal Listening Section -> Harbour Signals Office asserted "Coastal Listening Section: It records the traffic of ships."',
      'PART_OF Radio Archive Desk -> Harbour Signals Office asserted "Radio Archive Desk: It keeps the recordings."',
    ]);
  });
});
