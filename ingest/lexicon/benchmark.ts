/**
 * Cost of the gazetteer matcher, for the benchmark and the tests: compiling the automaton,
 * then matching a text.
 */
import { performance } from 'node:perf_hooks';
import type { LanguageTag } from '../../graph-schema/model.ts';
import { loadGazetteer } from '../gazetteer/index.ts';
import { createLexicon } from './index.ts';

export interface LexiconMeasurement {
  /** Milliseconds to compile the automaton from the (already loaded) gazetteer. */
  buildMs: number;
  patterns: number;
  /** UTF-8 size of the text matched. */
  bytes: number;
  matchMs: number;
  megabytesPerSecond: number;
  mentions: number;
}

export function measureLexicon(text: string, lang: LanguageTag): LexiconMeasurement {
  const gazetteer = loadGazetteer();
  let started = performance.now();
  const lexicon = createLexicon(gazetteer);
  const buildMs = performance.now() - started;
  started = performance.now();
  const mentions = lexicon.find(text, lang).length;
  const matchMs = performance.now() - started;
  const bytes = Buffer.byteLength(text, 'utf8');
  return {
    buildMs,
    patterns: lexicon.patternCount,
    bytes,
    matchMs,
    megabytesPerSecond: bytes / 1024 / 1024 / (matchMs / 1000),
    mentions,
  };
}
