/**
 * The small relation types (LOCATED_IN, PART_OF, IMPERSONATES, MEMBER_OF, WORKS_FOR, PUBLISHED,
 * DENIES) as real articles state them. Sentences are our own.
 */
import { describe, test } from 'node:test';
import { assertHas, assertNone, relationLines } from '../../test/relation-lines-harness.ts';

describe('places', () => {
  test("a place's possessive on an organisation places it, as a demonym would; a state's government is not placed", () => {
    const lines = relationLines(
      "Last year the hackers broke into Germany's BfV. The United States accused China's Ministry of State Security of the theft. Iran's government denied the report.",
      'en',
    );
    assertHas(lines, 'LOCATED_IN BfV -> Germany asserted []');
    // The accusation is reported; where the ministry is, the article says in its own words.
    assertHas(lines, "LOCATED_IN Ministry of State Security -> People's Republic of China asserted []");
    assertNone(lines, /^LOCATED_IN Government of Iran/);
  });

  test("an organisation's possessive on another still makes a part, not a place", () => {
    const lines = relationLines("Google's Threat Analysis Group tracks APT28.", 'en');
    assertHas(lines, 'PART_OF Threat Analysis Group -> Google asserted []');
    assertNone(lines, /^LOCATED_IN/);
  });
});
