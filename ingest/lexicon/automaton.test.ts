import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildAutomaton } from './automaton.ts';

function naiveMatches(patterns: string[], text: string): string[] {
  const found: string[] = [];
  patterns.forEach((pattern, index) => {
    for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
      found.push(`${index}@${at + pattern.length}`);
    }
  });
  return found.sort();
}

function automatonMatches(patterns: string[], text: string): string[] {
  const found: string[] = [];
  buildAutomaton(patterns).scan(text, (pattern, end) => found.push(`${pattern}@${end}`));
  return found.sort();
}

describe('Aho–Corasick automaton', () => {
  test('finds overlapping and nested patterns', () => {
    const patterns = ['he', 'she', 'his', 'hers', 'ушка', 'ماكرون', 'كرون'];
    const text = 'ushers and she said his; لماكرون';
    assert.deepEqual(automatonMatches(patterns, text), naiveMatches(patterns, text));
    assert.ok(automatonMatches(patterns, text).includes('5@32'));
  });

  test('agrees with a naive search on pseudo-random text', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = 'abcab ';
    const word = (length: number) =>
      Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
    const patterns = [...new Set(Array.from({ length: 60 }, () => word(1 + Math.floor(random() * 5))))];
    const text = word(3000);
    assert.deepEqual(automatonMatches(patterns, text), naiveMatches(patterns, text));
  });

  test('agrees with a naive search over a wide alphabet, many patterns sharing prefixes', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const alphabet = 'abcdefghijklmnopqrstuvwxyzابتثجحخدذرزسشصضطظعغفقكلمنهوي ';
    const word = (length: number) =>
      Array.from({ length }, () => alphabet[Math.floor(random() * 12) + (random() < 0.5 ? 0 : 26)]).join('');
    const patterns = [...new Set(Array.from({ length: 400 }, () => word(1 + Math.floor(random() * 6))))];
    const text = word(5000);
    assert.deepEqual(automatonMatches(patterns, text), naiveMatches(patterns, text));
  });

  test('ignores empty patterns and matches nothing in empty text', () => {
    assert.deepEqual(automatonMatches(['', 'a'], 'aa'), ['1@1', '1@2']);
    assert.deepEqual(automatonMatches(['a'], ''), []);
  });
});
