/**
 * The entity side of the four seed articles (real news, kept outside the project in
 * ../shared/seeds), read through the whole ingest pipeline: the one incident they report is
 * one Event node whatever the article calls its victim (the candidate, his team or campaign,
 * or his movement), and it targets the movement.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestDocument } from '../ingest/pipeline.ts';
import type { EntityRecord, GraphBatch } from '../graph-schema/model.ts';

const SEEDS = join(import.meta.dirname, '..', '..', 'shared', 'seeds');
const seedsPresent = existsSync(SEEDS);
if (!seedsPresent) console.log(`seed articles not found at ${SEEDS}: seed entity tests skipped`);

describe(
  'seed articles: entities and events',
  { skip: seedsPresent ? false : `no seed articles at ${SEEDS}` },
  () => {
    const batches = new Map<string, GraphBatch>();

    before(() => {
      for (const file of readdirSync(SEEDS)
        .filter((name) => name.endsWith('.txt'))
        .sort()) {
        const path = join(SEEDS, file);
        batches.set(
          file,
          ingestDocument({ uri: path, bytes: readFileSync(path), mediaType: 'text/plain' }).batch,
        );
      }
    });

    const events = (batch: GraphBatch): EntityRecord[] =>
      batch.entities.filter((entity) => entity.type === 'Event');

    test('every article reports the incident as the same Event, the hack of En Marche!', () => {
      const ids = new Set<string>();
      for (const [file, batch] of batches) {
        const found = events(batch);
        assert.equal(found.length, 1, `${file}: ${found.map((event) => event.name).join(', ')}`);
        const [event] = found as [EntityRecord];
        assert.equal(event.name, 'Hack of En Marche!', file);
        ids.add(event.id);
      }
      assert.equal(ids.size, 1);
    });

    test('the headline naming Macron and the statement naming En Marche! are one incident, with the reason kept', () => {
      const french = [...batches.entries()].find(([, batch]) =>
        events(batch)[0]?.aliases.some((alias) => alias.includes('piratage subi par')),
      );
      assert.ok(french, 'an article says whom the hack was suffered by');
      const [event] = events(french[1]) as [EntityRecord];
      assert.ok(
        event.aliases.some((alias) => /Macron victime/u.test(alias)),
        event.aliases.join(' ; '),
      );
      assert.ok(
        event.mergeReasons.some((reason) => reason.startsWith('same incident: Hack of Emmanuel Macron')),
      );
    });

    test('names and aliases are clean designations: no possessive ending, no trailing comma or attack noun', () => {
      for (const [file, batch] of batches) {
        for (const entity of batch.entities) {
          assert.ok(!/['’]s$/u.test(entity.name), `${file}: ${entity.name}`);
          for (const alias of entity.aliases) {
            assert.ok(!/[،,;:]$|[،,]\s*لل?(?:هجوم|اختراق|قرصنة)/u.test(alias), `${file}: ${alias}`);
          }
        }
      }
    });

    test('the French campaign watchdog is one node under its full and short names', () => {
      for (const [file, batch] of batches) {
        const bodies = batch.entities.filter(
          (entity) =>
            entity.type === 'Organization' &&
            entity.aliases.some((alias) => /CNCCEP|Commission (?:nationale )?de contrôle/iu.test(alias)),
        );
        assert.ok(bodies.length <= 1, `${file}: ${bodies.map((body) => body.name).join(', ')}`);
      }
    });

    test("the candidate's party, as a victim, is the movement he founded", () => {
      for (const [file, batch] of batches) {
        const name = new Map(batch.entities.map((entity) => [entity.id, entity.name]));
        const targetsMacron = batch.relations.filter(
          (relation) => relation.type === 'TARGETED' && name.get(relation.target) === 'Emmanuel Macron',
        );
        assert.deepEqual(
          targetsMacron.map((relation) => name.get(relation.source)),
          [],
          file,
        );
      }
    });

    test('the incident targets the movement, never the candidate himself', () => {
      let stated = 0;
      for (const [file, batch] of batches) {
        const name = new Map(batch.entities.map((entity) => [entity.id, entity.name]));
        const targets = batch.relations
          .filter(
            (relation) => relation.type === 'TARGETED' && name.get(relation.source) === 'Hack of En Marche!',
          )
          .map((relation) => name.get(relation.target));
        assert.ok(
          targets.every((target) => target === 'En Marche!'),
          `${file}: ${targets.join(', ')}`,
        );
        if (targets.length > 0) stated += 1;
      }
      // One article names the incident only in its headline, which states no relation.
      assert.ok(stated >= 3, `the incident targets En Marche! in ${stated} articles`);
    });
  },
);
