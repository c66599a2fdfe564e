/**
 * English news naming bodies and groups no list knows: a coined name after or before its kind
 * ("the Danish lender Nationalbanken", "the Talvik Systems chipmaker", "the hacking group Jade
 * Kite", "a ransomware gang called Fernhill"), a body placed by a demonym or "-based" before it,
 * an institution given its own name between commas ("the Norwegian parliament, the Storting,"),
 * and a name opening a sentence that the document repeats. The paragraphs are our own; each lists
 * the relations a careful reader takes from it, by type and ends.
 */
import { test } from 'node:test';
import { assertNewsRecall, type NewsParagraph } from './news-paragraphs-harness.ts';

/**
 * The share of the expected relations found (16 of 21; 8 before the rules they led to). The
 * first paragraph's intrusion by unnamed hackers, blamed on a group in the next sentence, is an
 * Event "Hack of Fjordbanken" targeting the bank and attributed to the group, as
 * docs/samples.md has incidents (it listed "TARGETED Jade Kite -> Fjordbanken" before).
 */
const RECALL_FLOOR = 0.76;

export const PARAGRAPHS: readonly NewsParagraph[] = [
  {
    text: 'Hackers stole customer records from the Danish lender Fjordbanken in April, the bank said on Friday. Fjordbanken blamed the hacking group Jade Kite for the intrusion.',
    expect: [
      'LOCATED_IN Fjordbanken -> Denmark',
      'TARGETED Hack of Fjordbanken -> Fjordbanken',
      'ATTRIBUTED_TO Hack of Fjordbanken -> Jade Kite',
    ],
  },
  {
    text: 'Glasgow-based Dovecote Logistics said its booking systems had been shut down by a ransomware gang called Fernhill. The company said it would not pay the ransom.',
    expect: ['LOCATED_IN Dovecote Logistics -> Glasgow', 'TARGETED Fernhill -> Dovecote Logistics'],
  },
  {
    text: 'The Talvik Systems chipmaker confirmed on Monday that a criminal crew known as Ashgrove had stolen design files from its servers. Talvik Systems, which is based in Tampere, said production was not affected.',
    expect: ['TARGETED Ashgrove -> Talvik Systems', 'LOCATED_IN Talvik Systems -> Tampere'],
  },
  {
    text: 'The pro-Russian group Killnet claimed responsibility for attacks on the websites of the Norwegian parliament, the Storting, the security service PST said on Wednesday.',
    expect: ['TARGETED Killnet -> Storting', 'LOCATED_IN Storting -> Norway'],
  },
  {
    text: 'Marlow Health, a British hospital operator, said patient data had been leaked by an actor called Sleetcat. Marlow Health said it had informed the regulator.',
    expect: ['LOCATED_IN Marlow Health -> United Kingdom', 'TARGETED Sleetcat -> Marlow Health'],
  },
  {
    text: 'The Dutch port operator Havenlijn was hit by a cyberattack on Sunday, officials said. The attack was claimed by the gang Coldharbor, which researchers say is linked to Russia.',
    expect: [
      'LOCATED_IN Havenlijn -> Netherlands',
      'TARGETED Hack of Havenlijn -> Havenlijn',
      'ATTRIBUTED_TO Hack of Havenlijn -> Coldharbor',
      'TARGETED Coldharbor -> Havenlijn',
      'ATTRIBUTED_TO Coldharbor -> Russia',
    ],
  },
  {
    text: 'Security researchers at Quillsec said the threat actor Brackenfox used a backdoor called Mothwire against the Estonian energy company Elvaron.',
    expect: [
      'USES Brackenfox -> Mothwire',
      'TARGETED Brackenfox -> Elvaron',
      'LOCATED_IN Elvaron -> Estonia',
    ],
  },
  {
    text: 'Lisbon-based insurer Coravia said hackers had accessed the files of 300,000 clients. Coravia said the breach was the work of a group called Redmarsh.',
    expect: ['LOCATED_IN Coravia -> Lisbon', 'TARGETED Redmarsh -> Coravia'],
  },
];

test('English news names no list knows: recall of what a reader takes, and nothing else', () => {
  assertNewsRecall(PARAGRAPHS, 'en', RECALL_FLOOR);
});
