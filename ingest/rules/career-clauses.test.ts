import { describe, test } from 'node:test';
import { assertHas, assertNone, relationLines } from '../../test/relation-lines-harness.ts';

describe('careers told in a relative clause after an organisation', () => {
  test('the person the clause opens on works for the organisation, in English and French', () => {
    const en = relationLines(
      'The new ministry copies the KGB, in which Ivo Marsh in fact rose to the rank of major. ' +
        'The plan echoes the GRU, where Lena Kral served for ten years.',
      'en',
    );
    assertHas(en, 'WORKS_FOR Ivo Marsh -> KGB asserted []');
    assertHas(en, 'WORKS_FOR Lena Kral -> GRU asserted []');
    const fr = relationLines(
      'Le plan copie le KGB, au sein duquel Ivo Marsh a fait carrière. Il rappelle le GRU, où Lena Kral a servi.',
      'fr',
    );
    assertHas(fr, 'WORKS_FOR Ivo Marsh -> KGB asserted []');
    assertHas(fr, 'WORKS_FOR Lena Kral -> GRU asserted []');
  });

  test('the clause is the article’s aside: a source framing the sentence does not frame it', () => {
    assertHas(
      relationLines(
        'According to Mandiant, the unit copies the GRU, where Lena Kral served for ten years.',
        'en',
      ),
      'WORKS_FOR Lena Kral -> GRU asserted []',
    );
  });

  test('a clause about something else, or career words past its end, employ no one', () => {
    const lines = relationLines(
      'Lena Kral was taken to the FSB, where Ivo Marsh was questioned for hours. ' +
        'The talks moved to the GRU, where Ivo Marsh spoke briefly, and Lena Kral served tea.',
      'en',
    );
    assertNone(lines, /^WORKS_FOR/u);
  });
});
