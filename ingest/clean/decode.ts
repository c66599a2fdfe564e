/**
 * Bytes to text. UTF-8 is the norm (a byte-order mark is dropped); UTF-16 is recognised by its
 * byte-order mark; an HTML page that declares another charset is decoded with it. Invalid
 * UTF-8 is replaced with U+FFFD and reported, so one bad byte never loses a document; binary
 * content is refused.
 */
import { IngestError, type RawDocument } from '../types.ts';

export interface Decoded {
  text: string;
  warnings: string[];
}

/** Only the start of a page is searched for its charset declaration, as browsers do. */
const CHARSET_SNIFF_BYTES = 2048;

export function decodeBytes(raw: RawDocument): Decoded {
  const { bytes, uri } = raw;
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), warnings: [] };
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    throw new IngestError(uri, 'encoding', `binary content, not text (NUL byte at offset ${nul})`);
  }
  const declared = raw.mediaType === 'text/html' ? declaredCharset(bytes) : undefined;
  if (declared && !/^utf-?8$/i.test(declared)) {
    const decoder = decoderFor(declared);
    if (decoder) return { text: decoder.decode(bytes), warnings: [] };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), warnings: [] };
  } catch {
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      warnings: [
        `invalid UTF-8 from byte offset ${firstInvalidUtf8Byte(bytes)}; bad bytes replaced with U+FFFD`,
      ],
    };
  }
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, CHARSET_SNIFF_BYTES));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}

function decoderFor(charset: string): TextDecoder | undefined {
  try {
    return new TextDecoder(charset);
  } catch {
    return undefined;
  }
}

/** Offset of the first byte that breaks UTF-8 (overlong forms and surrogates included), or -1. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i] ?? 0;
    if (lead < 0x80) {
      i++;
      continue;
    }
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
      return i;
    }
    if (i + length > bytes.length) return i;
    const second = bytes[i + 1] ?? 0;
    if (second < secondMin || second > secondMax) return i;
    for (let k = 2; k < length; k++) {
      const continuation = bytes[i + k] ?? 0;
      if (continuation < 0x80 || continuation > 0xbf) return i;
    }
    i += length;
  }
  return -1;
}
