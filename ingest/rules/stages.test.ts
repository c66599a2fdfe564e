/**
 * The wiring of the rules' pipeline: the registry of candidate finders, the registries of
 * relation producers settled by the one modality policy, and the key remap of merged incidents.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ExtractedRelation } from '../extractor.ts';
import { splitSentences } from '../sentences.ts';
import { CANDIDATE_FINDERS, findCandidates, scanDocument } from './finders.ts';
import { extractWithRules } from './index.ts';
import { confidenceOf } from './modality.ts';
import { DOCUMENT_PRODUCERS, SENTENCE_PRODUCERS } from './producers.ts';
import { remapKeys } from './resolve.ts';

function input(text: string) {
  return { text, lang: 'en' as const, sentences: splitSentences(text, 'en') };
}

describe('candidate finders', () => {
  test('each finder is one named entry, and each finds its own kind of name', () => {
    const names = CANDIDATE_FINDERS.map((finder) => finder.name);
    assert.equal(new Set(names).size, names.length, names.join(', '));
    const scan = scanDocument(
      input('The Russian embassy in Washington said APT28 registered fake-login.com.'),
    );
    const found = (name: string) =>
      (CANDIDATE_FINDERS.find((finder) => finder.name === name)?.find(scan) ?? []).map(
        (candidate) => `${candidate.type}:${candidate.name}`,
      );
    assert.ok(found('gazetteer').includes('ThreatActor:APT28'), found('gazetteer').join(', '));
    assert.deepEqual(found('indicators'), ['Domain:fake-login.com']);
    assert.deepEqual(found('embassies'), ['Organization:Embassy of Russia in Washington']);
    // "North Korean" is a demonym: a capitalised name found inside it is no candidate.
    const korean = scanDocument(input('Officials said North Korean hackers hit Sony.'));
    assert.ok(korean.latin.candidates.some((candidate) => candidate.surface === 'North Korean'));
    // The victim a verb of attack names is the one candidate left.
    assert.deepEqual(
      findCandidates(korean).map((candidate) => `${candidate.type}:${candidate.surface}`),
      ['Organization:Sony'],
    );
  });
});

describe('relation producers', () => {
  test('registry entries are named once each', () => {
    const names = [...SENTENCE_PRODUCERS, ...DOCUMENT_PRODUCERS].map((producer) => producer.name);
    assert.equal(new Set(names).size, names.length, names.join(', '));
  });

  test("a document producer's relation takes its sentence's claim, settled by the one policy", () => {
    const { relations, entities } = extractWithRules(
      input(
        'According to Mandiant, Unit 26165 of the GRU registered the domain fake-login.com. ' +
          'According to Mandiant, the Russian group APT28 targeted NATO.',
      ),
    );
    const mandiant = entities.find((entity) => entity.name === 'Mandiant')?.key;
    const unit = relations.find((relation) => relation.type === 'PART_OF');
    // A unit's parent, as the sentence reports it: Mandiant's claim.
    assert.deepEqual(unit && [unit.modality, unit.assertedBy, unit.confidence], [
      'reported',
      [mandiant],
      confidenceOf('reported', 0.9),
    ]);
    // An adjective of origin is the article's own description, whoever reports the sentence.
    const placed = relations.find((relation) => relation.type === 'LOCATED_IN');
    assert.deepEqual(placed && [placed.modality, placed.assertedBy, placed.confidence], [
      'asserted',
      [],
      confidenceOf('asserted', 0.9),
    ]);
  });
});

describe('key remap', () => {
  test('relations follow a folded key to the kept one, and nothing else moves', () => {
    const relation = (source: string, target: string): ExtractedRelation => ({
      type: 'ATTRIBUTED_TO',
      source,
      target,
      modality: 'asserted',
      confidence: 0.85,
      assertedBy: [],
      evidence: { start: 0, end: 10 },
    });
    const relations = [
      relation('hack:Person:p', 'actor'),
      relation('actor', 'hack:Person:p'),
      relation('a', 'b'),
    ];
    remapKeys(relations, new Map([['hack:Person:p', 'hack:Organization:o']]));
    assert.deepEqual(
      relations.map((found) => `${found.source} -> ${found.target}`),
      ['hack:Organization:o -> actor', 'actor -> hack:Organization:o', 'a -> b'],
    );
  });
});
