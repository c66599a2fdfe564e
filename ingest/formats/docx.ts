/**
 * A Word document's text (mammoth: paragraphs apart by a blank line), with title, author and
 * creation date from its core properties (`docProps/core.xml`).
 */
import JSZip from 'jszip';
import { DOMParser } from 'linkedom';
import mammoth from 'mammoth';
import { IngestError, type RawDocument } from '../types.ts';

export async function docxDocument(uri: string, bytes: Uint8Array): Promise<RawDocument> {
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
