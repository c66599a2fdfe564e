/**
 * "X was responsible" with nothing after it: responsible for the incident its sentence told of
 * before the name. Sentences are our own.
 */
import { describe, test } from 'node:test';
import { assertHas, assertNone, relationLines } from '../../test/relation-lines-harness.ts';

describe('responsible for an incident the sentence does not repeat', () => {
  test('the incident told of before the name, whose clause opens with it', () => {
    const lines = relationLines(
      'The leaks, dubbed HarbourLeaks, spread fast, helped by bots, and drew accusations that the government of Russia under Vladimir Putin was responsible.',
      'en',
    );
    assertHas(lines, 'ATTRIBUTED_TO HarbourLeaks -> Government of Russia suspected []');
    // The name after "under" qualifies the subject; it is not made responsible.
    assertNone(lines, /^ATTRIBUTED_TO HarbourLeaks -> Vladimir Putin/u);
  });

  test('the speaker is no party, and the victim inside the designation is none either', () => {
    const lines = relationLines('After the hack of TV5Monde, Mandiant said APT28 was responsible.', 'en');
    assertHas(lines, 'ATTRIBUTED_TO Hack of TV5Monde -> APT28 reported [Mandiant]');
    assertNone(lines, /^ATTRIBUTED_TO Hack of TV5Monde -> (?:Mandiant|TV5Monde)/u);
  });

  test('never without a form of "to be", nor across sentences, nor when "for" names the incident', () => {
    assertNone(
      relationLines('After the hack of TV5Monde, the agency responsible, ANSSI, investigated.', 'en'),
      /^ATTRIBUTED_TO/u,
    );
    assertNone(relationLines('The hack of TV5Monde hurt. APT28 was responsible.', 'en'), /^ATTRIBUTED_TO/u);
    const lines = relationLines(
      'The hack of TV5Monde was reported. APT28 was responsible for the hack of the OSCE.',
      'en',
    );
    assertNone(lines, /^ATTRIBUTED_TO Hack of TV5Monde/u);
    assertHas(lines, 'ATTRIBUTED_TO Hack of OSCE -> APT28 asserted []');
  });
});
