/**
 * Paragraphs of news we write with the relations a careful reader takes from them: the shared
 * measure of test/english-news.test.ts and test/french-news.test.ts.
 */
import assert from 'node:assert/strict';
import type { LanguageTag } from '../graph-schema/model.ts';
import { relationLines } from './relation-lines-harness.ts';

export interface NewsParagraph {
  readonly text: string;
  /** Every relation a careful reader takes from the paragraph, as "TYPE source -> target". */
  readonly expect: readonly string[];
}

/** "TYPE source -> target" without the modality and claimants. */
function bare(line: string): string {
  return line.replace(/ (?:asserted|reported|suspected|denied) \[.*$/u, '');
}

/**
 * Fails on any relation a paragraph does not list, and when fewer than `floor` of the listed
 * ones are found; the message names what was missed. `knownWrong` lists wrong relations a
 * held-out set had when it was written, before any rule was tuned: they are tolerated (so the
 * set measures without being fitted), and every other unexpected relation fails.
 */
export function assertNewsRecall(
  paragraphs: readonly NewsParagraph[],
  lang: LanguageTag,
  floor: number,
  knownWrong: readonly string[] = [],
): void {
  let found = 0;
  let expected = 0;
  const missed: string[] = [];
  for (const { text, expect } of paragraphs) {
    const lines = new Set(relationLines(text, lang).map(bare));
    for (const line of lines) {
      const listed = expect.includes(line) || knownWrong.includes(line);
      assert.ok(listed, `unexpected "${line}" from: ${text}`);
    }
    for (const line of expect) {
      expected += 1;
      if (lines.has(line)) found += 1;
      else missed.push(line);
    }
  }
  const recall = found / expected;
  assert.ok(
    recall >= floor,
    `recall ${found}/${expected} = ${recall.toFixed(3)}; missed:\n${missed.join('\n')}`,
  );
}
