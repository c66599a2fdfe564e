/**
 * Error classes seen when the extractor read real threat reports and encyclopaedia leads
 * (../shared/corpus, openly licensed, kept outside the project and read here at run time):
 * headings and title-case common words taken for people, a post taken for a person, trigger
 * words in another sense, a description read as if it were about the subject of an earlier verb.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestDocument } from '../ingest/pipeline.ts';
import type { GraphBatch } from '../graph-schema/model.ts';

const TEXTS = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'texts');
const corpusPresent = existsSync(TEXTS);
if (!corpusPresent) console.log(`real corpus not found at ${TEXTS}: real-text error tests skipped`);

const FILES = {
  proofpointTa453: 'en/012_proofpoint_2021-03-30_badblood-ta453-targets-us-and.txt',
  proofpointTa402: 'en/013_proofpoint_2021-06-17_new-ta402-molerats-malware-targets.txt',
  proofpointTa406: 'en/014_proofpoint_2021-11-18_triple-threat-north-korea-aligned.txt',
  sandworm: 'en/017_wikipedia_sandworm.txt',
  gchq: 'en/024_wikipedia_gchq.txt',
  anssi: 'en/025_wikipedia_anssi.txt',
  fancyBearFr: 'fr/001_wikipedia_fancy-bear.txt',
};

describe('real text: error classes', { skip: corpusPresent ? false : `no corpus at ${TEXTS}` }, () => {
  const batches = new Map<string, GraphBatch>();
  before(() => {
    for (const file of Object.values(FILES)) {
      const path = join(TEXTS, file);
      batches.set(
        file,
        ingestDocument({ uri: path, bytes: readFileSync(path), mediaType: 'text/plain' }).batch,
      );
    }
  });
  const batch = (file: string): GraphBatch => {
    const found = batches.get(file);
    assert.ok(found, file);
    return found;
  };
  const people = (file: string) =>
    batch(file)
      .entities.filter((entity) => entity.type === 'Person')
      .map((entity) => entity.name);
  const relations = (file: string) => {
    const { entities, relations: edges } = batch(file);
    const name = new Map(entities.map((entity) => [entity.id, entity.name]));
    return edges.map((edge) => `${edge.type} ${name.get(edge.source)} -> ${name.get(edge.target)}`);
  };

  test('headings, common words in title case and posts are no people', () => {
    const notPeople = [
      [FILES.proofpointTa402, ['Key Findings', 'Threat Research', 'Malware Analysis', 'Campaign Details']],
      [FILES.proofpointTa406, ['Key Takeaways']],
      [FILES.proofpointTa453, ['Credential Phishing Campaign', 'Related Infrastructure']],
      [FILES.gchq, ['Permanent Secretary']],
      [FILES.anssi, ['Prime Minister', 'Engineer']],
      [FILES.fancyBearFr, ['Advanced Persistent Threat']],
    ] as const;
    for (const [file, names] of notPeople) {
      const found = people(file);
      for (const name of names)
        assert.ok(!found.includes(name), `${name} is no person in ${file}: ${found.join(', ')}`);
    }
    // The people these texts do name are still found.
    assert.ok(people(FILES.anssi).includes('Guillaume Poupard'));
  });

  test('trigger words in another sense, and descriptions of a common noun, state nothing', () => {
    const ta453 = relations(FILES.proofpointTa453);
    assert.ok(!ta453.some((line) => line.startsWith('LEADS ')), ta453.join('\n'));
    assert.ok(!ta453.some((line) => line.startsWith('LOCATED_IN Magic Hound')), ta453.join('\n'));
    const ta402 = relations(FILES.proofpointTa402);
    assert.ok(!ta402.some((line) => line.startsWith('TARGETED Proofpoint')), ta402.join('\n'));
  });

  test('a unit of a service is part of it', () => {
    assert.ok(relations(FILES.sandworm).includes('PART_OF Sandworm Team -> GRU'));
  });
});
