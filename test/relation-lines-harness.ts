/**
 * What the rules extract from one text, as lines a test can read and compare: the shared
 * helpers of the extractor's relation tests.
 */
import assert from 'node:assert/strict';
import type { LanguageTag } from '../graph-schema/model.ts';
import { extractWithRules } from '../ingest/rules/index.ts';
import { splitSentences } from '../ingest/sentences.ts';

/** Relations as "TYPE source -> target modality [claimants]" lines, by entity name. */
export function relationLines(text: string, lang: LanguageTag): string[] {
  const result = extractWithRules({ text, lang, sentences: splitSentences(text, lang) });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  return result.relations.map(
    (relation) =>
      `${relation.type} ${nameOf.get(relation.source)} -> ${nameOf.get(relation.target)} ${relation.modality} [${relation.assertedBy
        .map((key) => nameOf.get(key))
        .sort()
        .join(', ')}]`,
  );
}

export function assertHas(lines: readonly string[], expected: string): void {
  assert.ok(lines.includes(expected), `expected "${expected}" in:\n${lines.join('\n')}`);
}

export function assertNone(lines: readonly string[], pattern: RegExp): void {
  assert.ok(!lines.some((line) => pattern.test(line)), `unexpected ${pattern} in:\n${lines.join('\n')}`);
}

/** The confidence of the relation "TYPE source -> target" the rules extract from one text. */
export function confidenceOf(text: string, lang: LanguageTag, line: string): number {
  const result = extractWithRules({ text, lang, sentences: splitSentences(text, lang) });
  const nameOf = new Map(result.entities.map((entity) => [entity.key, entity.name]));
  const relation = result.relations.find(
    (found) => `${found.type} ${nameOf.get(found.source)} -> ${nameOf.get(found.target)}` === line,
  );
  assert.ok(relation, `expected "${line}" from: ${text}`);
  return relation.confidence;
}
