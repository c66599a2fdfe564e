/**
 * Property-based tests of the readers and decoders (fast-check): random and adversarial bytes,
 * text, HTML, JSON, feeds and PDFs never crash a run. Each input either becomes a document or
 * is refused with an IngestError; a document's text is exactly what was written (never
 * replacement characters standing for lost bytes), and every offset lies inside the text.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { cleanDocument } from './clean/index.ts';
import { decodeBytes } from './clean/decode.ts';
import { feedDocuments } from './formats/feed.ts';
import { encodeInCodePage } from './formats/fixtures.ts';
import { pdfDocument } from './formats/pdf.ts';
import { jsonFileDocuments } from './formats/records.ts';
import { ingestDocument } from './pipeline.ts';
import { IngestError, type MediaType, type RawDocument } from './types.ts';

/** Fixed seed: a failure reproduces; the runs still cover inputs no example-based test would. */
const SETTINGS = { seed: 20261203, numRuns: 200 };

function raw(bytes: Uint8Array, mediaType: MediaType = 'text/plain'): RawDocument {
  return { uri: 'property', bytes, mediaType };
}

/** Runs `work`; an IngestError is an accepted outcome, anything else thrown fails the property. */
function refusedOr<T>(work: () => T): T | IngestError {
  try {
    return work();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw error;
  }
}

function codePage(label: string): (text: string) => Uint8Array {
  return (text) => encodeInCodePage(label, text);
}

const text = fc.string({ unit: 'grapheme', maxLength: 300 });
const arabicWord = fc.string({
  unit: fc.constantFrom(...'ابتثجحخدذرزسشصضطظعغفقكلمنهوية'),
  minLength: 2,
  maxLength: 9,
});
const frenchWord = fc.string({
  unit: fc.constantFrom(...'abcdefghijlmnoprstuvéèàçêô'),
  minLength: 2,
  maxLength: 10,
});
const sentence = (word: fc.Arbitrary<string>) =>
  fc.array(word, { minLength: 1, maxLength: 25 }).map((words) => `${words.join(' ')}.`);

/** Tag soup: real and invented elements, unbalanced tags, entities, comments, stray brackets. */
const html = fc
  .array(
    fc.oneof(
      text,
      fc
        .constantFrom(
          'p',
          'div',
          'html',
          'body',
          'head',
          'title',
          'script',
          'style',
          'br',
          'article',
          'x-y',
          'svg',
          'table',
          'td',
        )
        .chain((tag) => fc.constantFrom(`<${tag}>`, `</${tag}>`, `<${tag} class="cookie">`, `<${tag}/>`)),
      fc.constantFrom(
        '&amp;',
        '&#0;',
        '&#xD800;',
        '&nbsp;',
        '&bogus;',
        '<!--',
        '-->',
        '<',
        '>',
        '<!doctype html>',
        '<meta charset="windows-1256">',
        '\u0000',
      ),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.join(''));

function assertOffsetsInside(document: RawDocument): void {
  const result = refusedOr(() => ingestDocument(document));
  if (result instanceof IngestError) return;
  const { batch, document: record } = result;
  const length = record.text.length;
  for (const mention of batch.mentions) {
    assert.ok(
      0 <= mention.start && mention.start < mention.end && mention.end <= length,
      'mention inside the text',
    );
  }
  for (const relation of batch.relations) {
    for (const piece of relation.evidence) {
      assert.ok(
        0 <= piece.start && piece.start < piece.end && piece.end <= length,
        'evidence inside the text',
      );
      assert.equal(piece.text, record.text.slice(piece.start, piece.end));
    }
  }
}

describe('decoders (property-based)', () => {
  test('any bytes: a text that is exactly what those bytes say in the encoding reported, or a refusal', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const decoded = refusedOr(() => decodeBytes(raw(bytes)));
        if (decoded instanceof IngestError) {
          assert.equal(decoded.code, 'encoding');
          return;
        }
        const again = new TextDecoder(decoded.encoding, { ignoreBOM: true }).decode(bytes);
        assert.equal(again.replace(/^\ufeff/, ''), decoded.text);
        assert.ok(!decoded.text.includes('\ufffd') || again.includes('\ufffd'));
      }),
      SETTINGS,
    );
  });

  test('UTF-8 and UTF-16 (with a mark) round-trip any text', () => {
    fc.assert(
      fc.property(text, (original) => {
        const clean = original.replace(/^\ufeff/, '');
        if (!clean.includes('\u0000')) {
          assert.equal(decodeBytes(raw(new TextEncoder().encode(clean))).text, clean);
        }
        const utf16 = Buffer.from(`\ufeff${original}`, 'utf16le');
        assert.equal(decodeBytes(raw(new Uint8Array(utf16))).text, original);
        utf16.swap16();
        assert.equal(decodeBytes(raw(new Uint8Array(utf16))).text, original);
      }),
      SETTINGS,
    );
  });

  test('Arabic in windows-1256 and French in windows-1252: the original text or a refusal, never another text', () => {
    const arabic = codePage('windows-1256');
    const french = codePage('windows-1252');
    fc.assert(
      fc.property(sentence(arabicWord), sentence(frenchWord), (ar, fr) => {
        for (const [original, bytes] of [
          [ar, arabic(ar)],
          [fr, french(fr)],
        ] as const) {
          const decoded = refusedOr(() => decodeBytes(raw(bytes)));
          if (!(decoded instanceof IngestError)) assert.equal(decoded.text, original);
        }
      }),
      SETTINGS,
    );
  });
});

describe('readers (property-based)', () => {
  test('random text and tag soup: a clean document or a refusal, every offset inside the text', () => {
    fc.assert(
      fc.property(
        html,
        fc.constantFrom<MediaType>('text/html', 'text/plain', 'text/markdown'),
        (page, mediaType) => {
          const document = raw(new TextEncoder().encode(page), mediaType);
          const clean = refusedOr(() => cleanDocument(document));
          if (!(clean instanceof IngestError))
            assert.ok(clean.text.length > 0 && !clean.text.includes('\u0000'));
          assertOffsetsInside(document);
        },
      ),
      { ...SETTINGS, numRuns: 100 },
    );
  });

  test('any JSON value as a records file: documents or per-record errors', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string(), (value, junk) => {
        for (const item of [
          ...jsonFileDocuments('r.json', JSON.stringify(value)),
          ...jsonFileDocuments('j.json', junk),
        ]) {
          assert.ok(item instanceof IngestError || item.bytes instanceof Uint8Array);
        }
      }),
      SETTINGS,
    );
  });

  test('feed-shaped soup: items or errors, never a crash', () => {
    const xml = fc
      .array(
        fc.oneof(
          text,
          fc
            .constantFrom(
              'rss',
              'channel',
              'item',
              'feed',
              'entry',
              'title',
              'link',
              'description',
              'content',
              'content:encoded',
              'pubDate',
              'guid',
              'author',
            )
            .chain((tag) => fc.constantFrom(`<${tag}>`, `</${tag}>`, `<${tag} href="x">`, `<${tag}/>`)),
          fc.constantFrom(
            '<![CDATA[',
            ']]>',
            '&lt;p&gt;',
            '&amp;',
            '<?xml version="1.0" encoding="windows-1252"?>',
          ),
        ),
        { maxLength: 50 },
      )
      .map((parts) => `<rss><channel>${parts.join('')}`);
    fc.assert(
      fc.property(xml, (feed) => {
        for (const item of feedDocuments('f.rss', new TextEncoder().encode(feed))) {
          if (!(item instanceof IngestError)) assertOffsetsInside(item);
        }
      }),
      { ...SETTINGS, numRuns: 100 },
    );
  });

  test('damaged PDFs are refused with an IngestError', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (tail) => {
        const bytes = new Uint8Array([...new TextEncoder().encode('%PDF-1.4\n'), ...tail]);
        try {
          await pdfDocument('p.pdf', bytes);
        } catch (error) {
          assert.ok(error instanceof IngestError, String(error));
        }
      }),
      { ...SETTINGS, numRuns: 40 },
    );
  });
});
