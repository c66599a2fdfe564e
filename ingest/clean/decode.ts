/**
 * Bytes to text, or a refusal that says why. The order follows how sure each clue is: an
 * encoding the caller named; a byte-order mark (UTF-8, UTF-16 LE/BE); UTF-16 without a mark,
 * recognised by its zero bytes; valid UTF-8; a charset the file declares (HTML `<meta>`, XML
 * declaration); and last a legacy code page (legacy.ts), taken only when the guess is clear.
 * Text is never stored with replacement characters: bytes that do not decode in the chosen
 * encoding refuse the document, so two different files can never collapse into one damaged text.
 */
import { IngestError, type RawDocument } from '../types.ts';
import { firstControlCharacter, readLegacy } from './legacy.ts';

export interface Decoded {
  text: string;
  /** The WHATWG name of the encoding used, e.g. `utf-8`, `utf-16le`, `windows-1256`. */
  encoding: string;
  warnings: string[];
}

/** Only the start of a page is searched for its charset declaration, as browsers do. */
const CHARSET_SNIFF_BYTES = 2048;

/** UTF-16 without a mark: zero bytes on one side of the code units and (almost) none on the other. */
const MIN_UTF16_ZERO_SHARE = 0.05;
const MAX_UTF16_OTHER_ZERO_SHARE = 0.005;

export function decodeBytes(raw: RawDocument): Decoded {
  const { bytes, uri } = raw;
  if (raw.encoding) return strictly(uri, bytes, raw.encoding, 'the encoding given');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return strictly(uri, bytes.subarray(3), 'utf-8', 'its UTF-8 byte-order mark');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return strictly(uri, bytes.subarray(2), 'utf-16le', 'its UTF-16 byte-order mark');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return strictly(uri, bytes.subarray(2), 'utf-16be', 'its UTF-16 byte-order mark');
  }
  const utf16 = unmarkedUtf16(bytes);
  if (utf16) return strictly(uri, bytes, utf16, 'the zero bytes of UTF-16 text', true);
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new IngestError(uri, 'encoding', `binary content, not text (NUL byte at offset ${nul})`);
  }
  // Valid UTF-8 beyond ASCII is almost never an accident, so it wins over a stale declaration.
  const shape = utf8Shape(bytes);
  if (shape.invalid === 0)
    return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8', warnings: [] };
  const declared = declaredCharset(bytes, raw.mediaType);
  if (declared && supported(declared)) {
    return strictly(uri, bytes, declared, `its declared charset "${declared}"`);
  }
  // Mostly valid multi-byte UTF-8 is damaged UTF-8: read as a code page, its accents would turn to mojibake.
  if (shape.multiByte >= shape.invalid) {
    throw new IngestError(
      uri,
      'encoding',
      `damaged UTF-8: ${shape.invalid} invalid byte${shape.invalid === 1 ? '' : 's'}, the first at offset ${shape.firstInvalid} ` +
        `(0x${hex(bytes[shape.firstInvalid] ?? 0)}), among ${shape.multiByte} valid multi-byte characters; repair or re-export the file`,
    );
  }
  return guessed(uri, bytes, shape.firstInvalid);
}

/**
 * Decodes with `label`, refusing the document if any byte does not belong to that encoding.
 * A guessed encoding must also yield no control characters: text in the right encoding has
 * none, a wrong guess or a binary file shows them at once.
 */
function strictly(uri: string, bytes: Uint8Array, label: string, because: string, guess = false): Decoded {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true, ignoreBOM: true });
  } catch {
    throw new IngestError(uri, 'encoding', `unknown encoding "${label}" (from ${because})`);
  }
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new IngestError(
      uri,
      'encoding',
      `not valid ${decoder.encoding} text, although ${because} says so; convert it to UTF-8 and try again`,
    );
  }
  const control = guess ? firstControlCharacter(text) : -1;
  if (control >= 0) {
    throw new IngestError(
      uri,
      'encoding',
      `decoding as ${decoder.encoding} (from ${because}) gives control character U+${hex(text.charCodeAt(control))} ` +
        `at character ${control}; the file is binary or in another encoding`,
    );
  }
  return {
    text: decoder.encoding === 'utf-8' ? text.replace(/^\ufeff/, '') : text,
    encoding: decoder.encoding,
    warnings: [],
  };
}

/** A legacy code page (see legacy.ts), or a refusal naming the first byte that is not UTF-8. */
function guessed(uri: string, bytes: Uint8Array, invalidAt: number): Decoded {
  const why = `not UTF-8 (invalid byte 0x${hex(bytes[invalidAt] ?? 0)} at offset ${invalidAt})`;
  const reading = readLegacy(bytes);
  if ('refused' in reading) {
    throw new IngestError(
      uri,
      'encoding',
      `${why} and its encoding cannot be told with confidence (${reading.refused}); convert it to UTF-8 or name its encoding`,
    );
  }
  return {
    text: reading.text,
    encoding: reading.encoding,
    warnings: [`${why}; decoded as ${reading.encoding} (${reading.how})`],
  };
}

/** `utf-16le` / `utf-16be` when the bytes look like UTF-16 text without a byte-order mark. */
function unmarkedUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const units = bytes.length / 2;
  const [many, few] = oddZeros >= evenZeros ? [oddZeros, evenZeros] : [evenZeros, oddZeros];
  if (many / units < MIN_UTF16_ZERO_SHARE || few / units > MAX_UTF16_OTHER_ZERO_SHARE) return undefined;
  // Little-endian text has the zero high byte second ("A" is 41 00).
  return oddZeros >= evenZeros ? 'utf-16le' : 'utf-16be';
}

/** The charset an HTML page (`<meta charset>`) or an XML document (`<?xml encoding?>`) declares. */
function declaredCharset(bytes: Uint8Array, mediaType: RawDocument['mediaType']): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_SNIFF_BYTES));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  if (xml) return xml;
  if (mediaType !== 'text/html') return undefined;
  return /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}

function supported(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

function hex(value: number): string {
  return value.toString(16).toUpperCase().padStart(2, '0');
}

/** How UTF-8-like a byte string is: its multi-byte sequences that are valid and the bytes that break it. */
export interface Utf8Shape {
  multiByte: number;
  invalid: number;
  /** Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), or -1. */
  firstInvalid: number;
}

export function utf8Shape(bytes: Uint8Array): Utf8Shape {
  const shape: Utf8Shape = { multiByte: 0, invalid: 0, firstInvalid: -1 };
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const length = validSequenceLength(bytes, i);
    if (length > 0) {
      shape.multiByte++;
      i += length;
    } else {
      if (shape.firstInvalid < 0) shape.firstInvalid = i;
      shape.invalid++;
      i++;
    }
  }
  return shape;
}

/** Length of the valid multi-byte UTF-8 sequence starting at `i`, or 0 if none starts there. */
function validSequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i] ?? 0;
  let length: number;
  let secondMin = 0x80;
  let secondMax = 0xbf;
  if (lead >= 0xc2 && lead <= 0xdf) {
    length = 2;
  } else if (lead >= 0xe0 && lead <= 0xef) {
    length = 3;
    if (lead === 0xe0) secondMin = 0xa0;
    if (lead === 0xed) secondMax = 0x9f;
  } else if (lead >= 0xf0 && lead <= 0xf4) {
    length = 4;
    if (lead === 0xf0) secondMin = 0x90;
    if (lead === 0xf4) secondMax = 0x8f;
  } else {
    return 0;
  }
  if (i + length > bytes.length) return 0;
  const second = bytes[i + 1] ?? 0;
  if (second < secondMin || second > secondMax) return 0;
  for (let k = 2; k < length; k++) {
    const continuation = bytes[i + k] ?? 0;
    if (continuation < 0x80 || continuation > 0xbf) return 0;
  }
  return length;
}

/**
 * Bytes that must be UTF-8 (JSON, RFC 8259), as text without a byte-order mark; undefined when
 * they are not, so the caller refuses them rather than reading replacement characters.
 */
export function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    return undefined;
  }
}
