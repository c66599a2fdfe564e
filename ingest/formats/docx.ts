/**
 * A Word document's text (mammoth: paragraphs apart by a blank line), with title, author and
 * creation date from its core properties (`docProps/core.xml`). A DOCX is a ZIP archive and
 * is unpacked in memory, so an archive that declares more than MAX_UNPACKED_BYTES of content
 * (a "zip bomb" fits in a few kilobytes) is refused before anything is inflated.
 */
import JSZip from 'jszip';
import { DOMParser } from 'linkedom';
import mammoth from 'mammoth';
import { IngestError, type RawDocument } from '../types.ts';

/** Real reports unpack to a few megabytes; this leaves a wide margin and bounds memory. */
export const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

export async function docxDocument(uri: string, bytes: Uint8Array): Promise<RawDocument> {
  const unpacked = declaredUnpackedSize(bytes);
  if (unpacked !== undefined && unpacked > MAX_UNPACKED_BYTES) {
    throw new IngestError(
      uri,
      'too-large',
      `the archive unpacks to ${unpacked} bytes, over the limit of ${MAX_UNPACKED_BYTES}`,
    );
  }
  let zip: JSZip;
  let text: string;
  try {
    zip = await JSZip.loadAsync(bytes);
    ({ value: text } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
  } catch (error) {
    throw new IngestError(
      uri,
      'malformed',
      `not a readable DOCX file: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  if (text.trim() === '') throw new IngestError(uri, 'empty', 'the document has no text');
  const core = await coreProperties(zip);
  return {
    uri,
    bytes: new TextEncoder().encode(text),
    mediaType: 'text/plain',
    encoding: 'utf-8',
    ...core,
  };
}

/** Title, author and creation date, each only when the document states it. */
async function coreProperties(zip: JSZip): Promise<Pick<RawDocument, 'title' | 'author' | 'publishedAt'>> {
  const xml = await zip.file('docProps/core.xml')?.async('string');
  if (!xml) return {};
  const document = new DOMParser().parseFromString(xml, 'text/xml');
  const field = (name: string) => document.getElementsByTagName(name)[0]?.textContent?.trim() || undefined;
  const title = field('dc:title');
  const author = field('dc:creator');
  const created = /^\d{4}-\d{2}-\d{2}/.exec(field('dcterms:created') ?? '')?.[0];
  return {
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
    ...(created ? { publishedAt: created } : {}),
  };
}

/**
 * The uncompressed size a ZIP archive declares for all its entries, from its central
 * directory; undefined when the bytes hold no readable directory (the unpacker then says why).
 * A ZIP64 entry (size 0xFFFFFFFF) counts as its marker value, which is over any limit of ours.
 */
export function declaredUnpackedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is 22 bytes plus a comment of up to 65535.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return undefined;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let entry = 0; entry < entries; entry++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    total += view.getUint32(at + 24, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}
