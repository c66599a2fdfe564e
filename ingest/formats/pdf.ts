/**
 * The text layer of a PDF (pdfjs-dist, the engine of Firefox's viewer): page by page, lines as
 * the PDF marks them, pages apart by a blank line. Title, author and creation date come from
 * the document information dictionary, or its XMP metadata. A PDF without a text layer (a
 * scan) or behind a password is refused with that reason: there is nothing to read without OCR
 * or the password.
 */
import { getDocument, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { IngestError, type RawDocument } from '../types.ts';

interface PdfInfo {
  Title?: unknown;
  Author?: unknown;
  CreationDate?: unknown;
}

export async function pdfDocument(uri: string, bytes: Uint8Array): Promise<RawDocument> {
  let pdf: PDFDocumentProxy;
  try {
    // pdfjs takes ownership of the buffer it is given; a copy leaves the caller's bytes intact.
    pdf = await getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') {
      throw new IngestError(uri, 'unreadable', 'the PDF is password-protected');
    }
    throw new IngestError(
      uri,
      'malformed',
      `not a readable PDF: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    const pages: string[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if ('str' in item) text += item.str + (item.hasEOL ? '\n' : '');
      }
      pages.push(text.trim());
      page.cleanup();
    }
    const text = pages.filter((page) => page !== '').join('\n\n');
    if (text.trim() === '') {
      throw new IngestError(
        uri,
        'empty',
        `no text layer in ${pdf.numPages} page(s) (a scanned PDF needs OCR first)`,
      );
    }
    const { info, metadata } = await pdf.getMetadata();
    const fields = info as PdfInfo;
    const title = stringOf(fields.Title) ?? stringOf(metadata?.get('dc:title'));
    const author = stringOf(fields.Author) ?? stringOf(metadata?.get('dc:creator'));
    const publishedAt =
      pdfDate(stringOf(fields.CreationDate)) ?? stringOf(metadata?.get('xmp:createdate'))?.slice(0, 10);
    return {
      uri,
      bytes: new TextEncoder().encode(text),
      mediaType: 'text/plain',
      encoding: 'utf-8',
      ...(title ? { title } : {}),
      ...(author ? { author } : {}),
      ...(publishedAt ? { publishedAt } : {}),
    };
  } finally {
    await pdf.destroy();
  }
}

function stringOf(value: unknown): string | undefined {
  if (Array.isArray(value)) return stringOf(value.join(', '));
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** `D:YYYYMMDDHHmmSS...` (PDF date syntax) -> `YYYY-MM-DD`, when month and day are valid. */
export function pdfDate(value: string | undefined): string | undefined {
  const match = /^(?:D:)?(\d{4})(\d{2})?(\d{2})?/.exec(value ?? '');
  if (!match) return undefined;
  const [, year = '', month = '01', day = '01'] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return undefined;
  return `${year}-${month}-${day}`;
}
