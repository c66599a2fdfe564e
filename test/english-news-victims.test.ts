/**
 * English news naming a victim through what it holds or undergoes: "the systems of X were
 * breached by Y", "X said its booking systems had been shut down by Y", "patient data had been
 * leaked by Y", "attacks on the websites of X", "read the emails of its executives", "X's network
 * was disrupted by Y". The paragraphs are our own; each lists the relations a careful reader
 * takes from it, by type and ends.
 */
import { test } from 'node:test';
import { assertNewsRecall, type NewsParagraph } from './news-paragraphs-harness.ts';

/** The share of the expected relations found (5 of 9; 3 before the victims' holdings were read). */
const RECALL_FLOOR = 0.55;

export const PARAGRAPHS: readonly NewsParagraph[] = [
  {
    text: 'The systems of Harbour Bank were breached by APT28 in March, the lender said. Harbour Bank, which is based in Oslo, said no customer money was lost.',
    expect: ['TARGETED APT28 -> Harbour Bank', 'LOCATED_IN Harbour Bank -> Oslo'],
  },
  {
    text: 'Kestrel Airways said on Tuesday its booking systems had been shut down by a ransomware gang called Pikefin.',
    expect: ['TARGETED Pikefin -> Kestrel Airways'],
  },
  {
    text: 'Brightwell Clinics, a Canadian healthcare provider, said patient data had been leaked by the group Marrowcut.',
    expect: ['LOCATED_IN Brightwell Clinics -> Canada', 'TARGETED Marrowcut -> Brightwell Clinics'],
  },
  {
    text: 'The pro-Russian group Cinderhawk claimed attacks on the websites of Lysander Bank, a Danish lender.',
    expect: ['TARGETED Cinderhawk -> Lysander Bank', 'LOCATED_IN Lysander Bank -> Denmark'],
  },
  {
    text: 'Torvik Energy said APT29 had read the emails of its executives for months.',
    expect: ['TARGETED APT29 -> Torvik Energy'],
  },
  {
    text: "Norhaven Port's network was disrupted by the gang Saltmarsh on Friday, the port authority said.",
    expect: ['TARGETED Saltmarsh -> Norhaven Port'],
  },
];

test('English news victims reached through what they hold: recall of what a reader takes, and nothing else', () => {
  assertNewsRecall(PARAGRAPHS, 'en', RECALL_FLOOR);
});
