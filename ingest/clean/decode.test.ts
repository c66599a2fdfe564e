import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { IngestError, type MediaType, type RawDocument } from '../types.ts';
import { decodeBytes, utf8Shape } from './decode.ts';
import { plausible } from './legacy.ts';
import { encodeInCodePage } from '../formats/fixtures.ts';

function utf16(text: string, littleEndian: boolean, mark = false): Uint8Array {
  const bytes = Buffer.from(`${mark ? '\ufeff' : ''}${text}`, 'utf16le');
  if (!littleEndian) bytes.swap16();
  return new Uint8Array(bytes);
}

function raw(bytes: Uint8Array, mediaType: MediaType = 'text/plain', encoding?: string): RawDocument {
  return { uri: 'doc', bytes, mediaType, ...(encoding ? { encoding } : {}) };
}

function refusal(bytes: Uint8Array, pattern: RegExp, mediaType: MediaType = 'text/plain'): void {
  assert.throws(
    () => decodeBytes(raw(bytes, mediaType)),
    (error: unknown) =>
      error instanceof IngestError && error.code === 'encoding' && pattern.test(error.message),
  );
}

// Our own sentences, one per language and code page.
const ARABIC_1 = 'قال مسؤولون في الحملة الانتخابية إن مجموعة القرصنة استهدفت البريد الإلكتروني للفريق.';
const ARABIC_2 = 'نفت الوزارة أي تورط في الهجوم على الحملة الانتخابية في العاصمة يوم الأحد الماضي.';
const FRENCH =
  "L'équipe de campagne affirme que le groupe a ciblé des élus français à Paris, déjà très inquiets.";
const ENGLISH = 'The campaign said the group targeted its staff e-mail accounts in the spring.';

describe('decodeBytes', () => {
  test('UTF-8 with and without a byte-order mark', () => {
    const bytes = new TextEncoder().encode(FRENCH);
    assert.deepEqual(decodeBytes(raw(bytes)), { text: FRENCH, encoding: 'utf-8', warnings: [] });
    const marked = new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]);
    assert.deepEqual(decodeBytes(raw(marked)), { text: FRENCH, encoding: 'utf-8', warnings: [] });
  });

  test('UTF-16 little- and big-endian, with and without a byte-order mark', () => {
    for (const text of [ARABIC_1, FRENCH, ENGLISH]) {
      for (const littleEndian of [true, false]) {
        for (const mark of [true, false]) {
          const decoded = decodeBytes(raw(utf16(text, littleEndian, mark)));
          assert.equal(decoded.text, text, `${littleEndian ? 'LE' : 'BE'} ${mark ? 'with' : 'without'} mark`);
          assert.equal(decoded.encoding, littleEndian ? 'utf-16le' : 'utf-16be');
        }
      }
    }
  });

  test('two different windows-1256 Arabic texts decode to their own text, not to replacement characters', () => {
    const first = decodeBytes(raw(encodeInCodePage('windows-1256', ARABIC_1)));
    const second = decodeBytes(raw(encodeInCodePage('windows-1256', ARABIC_2)));
    assert.equal(first.text, ARABIC_1);
    assert.equal(second.text, ARABIC_2);
    assert.equal(first.encoding, 'windows-1256');
    assert.equal(second.encoding, 'windows-1256');
    assert.match(first.warnings[0] ?? '', /decoded as windows-1256 \(detected/);
  });

  test('windows-1252 and ISO-8859-1 French decode as windows-1252', () => {
    for (const label of ['windows-1252', 'iso-8859-1']) {
      const decoded = decodeBytes(raw(encodeInCodePage(label, FRENCH)));
      assert.equal(decoded.text, FRENCH);
      assert.equal(decoded.encoding, 'windows-1252');
    }
  });

  test('short texts the statistics cannot judge: the only plausible reading among our code pages', () => {
    const note = 'قالت شركة تريند مايكرو إن مجموعة APT28 استهدفت حملة ماكرون.';
    const arabic = decodeBytes(raw(encodeInCodePage('windows-1256', note)));
    assert.deepEqual([arabic.text, arabic.encoding], [note, 'windows-1256']);
    assert.match(arabic.warnings[0] ?? '', /only plausible reading/);
    const french = decodeBytes(raw(encodeInCodePage('windows-1252', 'Élysée: réponse.')));
    assert.deepEqual([french.text, french.encoding], ['Élysée: réponse.', 'windows-1252']);
    // A clear statistical guess is taken for other languages too.
    assert.equal(decodeBytes(raw(encodeInCodePage('windows-1251', 'Привет мир'))).text, 'Привет мир');
  });

  test('a page that declares its charset is decoded with it; an encoding named by the caller wins', () => {
    const page = new Uint8Array([
      ...new TextEncoder().encode('<meta charset="windows-1256"><p>'),
      ...encodeInCodePage('windows-1256', 'مرحبا'),
    ]);
    assert.equal(decodeBytes(raw(page, 'text/html')).text, '<meta charset="windows-1256"><p>مرحبا');
    const feed = new Uint8Array([
      ...new TextEncoder().encode('<?xml version="1.0" encoding="ISO-8859-1"?><a>'),
      ...encodeInCodePage('windows-1252', 'été'),
    ]);
    assert.equal(decodeBytes(raw(feed)).encoding, 'windows-1252');
    const greek = encodeInCodePage('windows-1253', 'Καλημέρα');
    assert.deepEqual(decodeBytes(raw(greek, 'text/plain', 'windows-1253')), {
      text: 'Καλημέρα',
      encoding: 'windows-1253',
      warnings: [],
    });
  });

  test('what cannot be decoded with confidence is refused with a reason', () => {
    // One Greek word: statistics tie, and no code page of our languages reads it as words.
    refusal(
      encodeInCodePage('windows-1253', 'Καλημέρα'),
      /cannot be told with confidence \(best statistical guess .*no code page of ours reads it plausibly/,
    );
    // Four stray bytes are too little to judge any reading by.
    refusal(new Uint8Array([0x80, 0x20, 0x81, 0x9d]), /cannot be told with confidence/);
    refusal(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      /binary content/,
    );
    const before = new TextEncoder().encode(`${FRENCH} `);
    refusal(
      new Uint8Array([...before, 0xff, ...new TextEncoder().encode(FRENCH)]),
      new RegExp(`damaged UTF-8: 1 invalid byte, the first at offset ${before.length} \\(0xFF\\)`),
    );
    refusal(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), /not valid utf-16le/);
    assert.throws(
      () => decodeBytes(raw(new Uint8Array([0x41]), 'text/plain', 'klingon')),
      /unknown encoding/,
    );
  });

  test('utf8Shape counts valid multi-byte characters and invalid bytes', () => {
    assert.deepEqual(utf8Shape(new TextEncoder().encode('aé€😀')), {
      multiByte: 3,
      invalid: 0,
      firstInvalid: -1,
    });
    // Overlong "/" and a lone surrogate are invalid.
    assert.deepEqual(utf8Shape(new Uint8Array([0x61, 0xc0, 0xaf, 0xed, 0xa0, 0x80])), {
      multiByte: 0,
      invalid: 5,
      firstInvalid: 1,
    });
  });

  test('plausible readings', () => {
    assert.ok(plausible("L'équipe a ciblé des élus."));
    assert.ok(plausible('قالت الشركة إن APT28 استهدفت الحملة'));
    assert.ok(!plausible('ÞÇáÊ ÔÑßÉ ÊÑíäÏ'), 'Arabic bytes read as Latin-1: nearly all accented');
    assert.ok(!plausible('ةlysée répond'), 'a word in two scripts');
    assert.ok(!plausible('Привет мир', ['Latin', 'Arabic']), 'outside the scripts asked for');
    assert.ok(!plausible('é\u0085é'), 'a C1 control character');
  });
});
