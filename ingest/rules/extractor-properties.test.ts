/**
 * Property-based tests of the rule extractor (fast-check). Random text rarely names anyone, so
 * the generated documents are assembled from pieces that do: names the gazetteer and the name
 * finders know, relation triggers, verbs of saying, hedges and denials in the three languages,
 * indicators, with random punctuation, brackets, line breaks and noise between them. Whatever
 * the assembly, extraction never throws, every mention is the slice of text it claims to be,
 * every relation joins two extracted entities on evidence inside the text, the same text
 * always gives the same output, and the order documents are stored in never changes the graph.
 * The pieces are our own words.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { openStore } from '../../store/open.ts';
import { ingestDocument } from '../pipeline.ts';
import { splitSentences } from '../sentences.ts';
import type { LanguageTag } from '../../graph-schema/model.ts';
import { extractWithRules } from './index.ts';

const SETTINGS = { seed: 20261203, numRuns: 150 };

const PIECES: Record<'en' | 'fr' | 'ar', readonly string[]> = {
  en: [
    'APT28',
    'Fancy Bear',
    'the GRU',
    'Unit 26165',
    'Flashpoint',
    'Emmanuel Macron',
    'En Marche!',
    'The group',
    'it',
    'is linked to',
    'registered',
    'targeted',
    'used',
    'according to',
    'said that',
    'may be tied to',
    'denied that',
    'head of research at',
    'onedrive-en-marche.fr',
    'mail-en-marche[.]fr',
    'CVE-2017-0199',
    'in Paris',
    'and',
    ', a unit of',
    'which Microsoft links to',
  ],
  fr: [
    'APT28',
    'le GRU',
    "l'unité 74455",
    'Le groupe',
    'Sekoia',
    'est lié au',
    'a enregistré',
    'a ciblé',
    'selon',
    'affirme que',
    'pourrait être lié à',
    'dément',
    'directeur général de',
    'ministère des Affaires étrangères',
    'M. Dupont',
    'à Rennes',
    'et',
    'Après avoir accusé',
  ],
  ar: [
    'مجموعة APT28',
    'الاستخبارات العسكرية الروسية',
    'الوحدة 26165',
    'المجموعة',
    'شركة كراودسترايك',
    'مرتبطة ب',
    'سجلت',
    'استهدفت',
    'وفقا ل',
    'قالت',
    'إن',
    'يُرجَّح أن',
    'نفت',
    'رئيس',
    'وزارة الداخلية',
    'في باريس',
    'و',
  ],
};

const GLUE = fc.constantFrom(
  ' ',
  ' ',
  ' ',
  ', ',
  '. ',
  '; ',
  ' (',
  ') ',
  ' « ',
  ' » ',
  '\n',
  '\n\n',
  ' "',
  '" ',
  ': ',
);

function documentText(lang: 'en' | 'fr' | 'ar'): fc.Arbitrary<string> {
  const piece = fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...PIECES[lang]) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  );
  return fc
    .array(fc.tuple(piece, GLUE), { minLength: 1, maxLength: 40 })
    .map((parts) => parts.map(([word, glue]) => word + glue).join('') + '.');
}

const LANGUAGES = fc.constantFrom<'en' | 'fr' | 'ar'>('en', 'fr', 'ar');
const generatedDocument = LANGUAGES.chain((lang) => documentText(lang).map((text) => ({ lang, text })));

function extract(text: string, lang: LanguageTag) {
  return extractWithRules({ text, lang, sentences: splitSentences(text, lang) });
}

describe('rule extraction (property-based)', () => {
  test('any assembly of names, triggers and noise: mentions are their slices, relations join extracted entities on evidence inside the text', () => {
    fc.assert(
      fc.property(generatedDocument, ({ lang, text }) => {
        const extraction = extract(text, lang);
        const keys = new Set(extraction.entities.map((entity) => entity.key));
        assert.equal(keys.size, extraction.entities.length, 'one entity per key');
        for (const entity of extraction.entities) {
          // A place only a demonym names has no mention of its own (demonyms.ts): it is the end of a LOCATED_IN.
          const placedOnly =
            entity.type === 'Location' &&
            extraction.relations.some(
              (relation) => relation.type === 'LOCATED_IN' && relation.target === entity.key,
            );
          assert.ok(entity.mentions.length > 0 || placedOnly, `${entity.name} has a mention`);
          for (const mention of entity.mentions) {
            assert.ok(0 <= mention.start && mention.start < mention.end && mention.end <= text.length);
            assert.equal(text.slice(mention.start, mention.end), mention.surface);
          }
        }
        for (const relation of extraction.relations) {
          assert.ok(keys.has(relation.source) && keys.has(relation.target), 'ends are extracted entities');
          assert.notEqual(relation.source, relation.target, 'no relation of an entity to itself');
          for (const claimant of relation.assertedBy) assert.ok(keys.has(claimant), 'claimants are entities');
          const { start, end } = relation.evidence;
          assert.ok(0 <= start && start < end && end <= text.length, 'evidence inside the text');
          assert.ok(relation.confidence > 0 && relation.confidence <= 1);
        }
      }),
      SETTINGS,
    );
  });

  test('the same text always gives the same extraction', () => {
    fc.assert(
      fc.property(generatedDocument, ({ lang, text }) => {
        assert.deepEqual(extract(text, lang), extract(text, lang));
      }),
      { ...SETTINGS, numRuns: 60 },
    );
  });

  describe('stored in any order', () => {
    const directories: string[] = [];
    after(() => {
      for (const directory of directories) rmSync(directory, { recursive: true, force: true });
    });

    async function exportAfter(texts: ReadonlyArray<{ lang: string; text: string }>, order: number[]) {
      const directory = mkdtempSync(join(tmpdir(), 'evigraph-extractor-order-'));
      directories.push(directory);
      const store = await openStore(`kuzu:${join(directory, 'store')}`);
      try {
        for (const index of order) {
          const { text } = texts[index] ?? { text: '' };
          const bytes = new TextEncoder().encode(text);
          await store.writeBatch(
            ingestDocument({ uri: `generated/${index}.txt`, bytes, mediaType: 'text/plain' }).batch,
          );
        }
        return JSON.stringify(await store.exportGraph());
      } finally {
        await store.close();
      }
    }

    test('documents written in two different orders export byte-identical graphs', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.uniqueArray(generatedDocument, {
            minLength: 3,
            maxLength: 5,
            selector: (document) => document.text,
          }),
          fc.context(),
          async (documents, context) => {
            const forward = documents.map((_, index) => index);
            const backward = [...forward].reverse();
            const first = await exportAfter(documents, forward);
            context.log(`${JSON.parse(first).edges.length} edges`);
            assert.equal(await exportAfter(documents, backward), first);
          },
        ),
        { seed: SETTINGS.seed, numRuns: 6 },
      );
    });
  });
});
