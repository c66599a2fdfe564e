import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { CueOccurrences, leftContextCue } from './cue-occurrences.ts';
import { cueAtWordStart } from './patterns.ts';

const TITLES = ['chief executive', "chef d'orchestre", 'maître', 'Dr.'];
const TITLE_BEFORE = new RegExp(`${cueAtWordStart(TITLES)}\\s+$`, 'iu');
const title = leftContextCue(TITLE_BEFORE, [TITLES]);

const ROLES = ['envoy', 'porte-parole'];
const ROLE_BEFORE = new RegExp(`${cueAtWordStart(ROLES)}\\s+(?:of\\s+)?$`, 'u');
const role = leftContextCue(ROLE_BEFORE, [ROLES]);

/** Every window ending at `end` answered by the cue and by its expression alone. */
function answers(text: string, end: number, width: number): Array<[boolean, boolean]> {
  const occurrences = new CueOccurrences(text);
  const found: Array<[boolean, boolean]> = [];
  for (const cue of [
    { guarded: title, regex: TITLE_BEFORE },
    { guarded: role, regex: ROLE_BEFORE },
  ]) {
    const from = Math.max(0, end - width);
    const before = text.slice(from, end);
    found.push([cue.guarded.test(occurrences, before, from), cue.regex.test(before)]);
  }
  return found;
}

describe('cue occurrences', () => {
  test('a phrase is found whatever its case, apostrophe and spaces, as the expression reads it', () => {
    const text = 'Le CHEF  D’Orchestre Paul et le chief\u00a0executive Anne, then the envoy of Rome.';
    const occurrences = new CueOccurrences(text);
    const paul = text.indexOf('Paul');
    assert.equal(title.test(occurrences, text.slice(0, paul), 0), true);
    const anne = text.indexOf('Anne');
    assert.equal(title.test(occurrences, text.slice(paul, anne), paul), true);
    const rome = text.indexOf('Rome');
    assert.equal(role.test(occurrences, text.slice(anne, rome), anne), true);
    // The phrase must lie wholly in the window: cut, it is not there.
    const cut = text.indexOf('executive');
    assert.equal(title.test(occurrences, text.slice(cut, anne), cut), false);
  });

  test('an expression not built from the vocabulary it is given is refused', () => {
    assert.throws(() => leftContextCue(/\bminister\s+$/u, [['minister of state']]), /not built from/u);
  });

  test('on random text the answers are those of the expressions alone', () => {
    const piece = fc.constantFrom(
      'chief',
      'CHIEF',
      'executive',
      'Executive',
      ' ',
      '  ',
      '\u00a0',
      '\n',
      "chef d'",
      'chef d’',
      'orchestre',
      'MAÎTRE',
      'maître',
      'dr.',
      'Dr.',
      'envoy',
      'Envoy',
      'porte-parole',
      'of',
      'x',
      'é',
      ',',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }),
        fc.nat(),
        fc.integer({ min: 1, max: 60 }),
        (pieces, at, width) => {
          const text = pieces.join('');
          for (const [guarded, alone] of answers(
            text,
            text.length === 0 ? 0 : at % (text.length + 1),
            width,
          )) {
            assert.equal(guarded, alone);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
