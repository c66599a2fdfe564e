/**
 * Small PDF, DOCX and code-page files built in memory from text the test gives, so format tests need no
 * binary fixtures and no third-party text.
 */
import JSZip from 'jszip';

export interface PdfSpec {
  /** Each page's lines (Latin-1 text: the standard Helvetica font with WinAnsi encoding). */
  pages: string[][];
  info?: Record<string, string>;
}

/** A valid PDF 1.4 file: one content stream per page, an information dictionary, a correct xref table. */
export function buildPdf({ pages, info = {} }: PdfSpec): Uint8Array {
  const literal = (text: string) => `(${text.replace(/[\\()]/g, '\\$&')})`;
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const pageIds = pages.map((_, index) => 4 + index * 2);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  for (const [index, lines] of pages.entries()) {
    const content = `BT /F1 12 Tf 14 TL 72 720 Td ${lines.map((line) => `${literal(line)} Tj T*`).join(' ')} ET`;
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${(pageIds[index] ?? 0) + 1} 0 R >>`,
    );
    add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
  }
  const infoEntries = Object.entries(info).map(([key, value]) => `/${key} ${literal(value)}`);
  add(`<< ${infoEntries.join(' ')} >>`);
  let file = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(Buffer.byteLength(file, 'latin1'));
    file += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(file, 'latin1');
  file += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  file += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  file += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(file, 'latin1'));
}

export interface DocxSpec {
  paragraphs: string[];
  title?: string;
  author?: string;
  /** ISO timestamp for `dcterms:created`. */
  created?: string;
}

/** A minimal valid Word document: content types, relationships, the body and core properties. */
export async function buildDocx({ paragraphs, title, author, created }: DocxSpec): Promise<Uint8Array> {
  const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      paragraphs
        .map((paragraph) => `<w:p><w:r><w:t xml:space="preserve">${xml(paragraph)}</w:t></w:r></w:p>`)
        .join('') +
      '</w:body></w:document>',
  );
  zip.file(
    'docProps/core.xml',
    '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      (title ? `<dc:title>${xml(title)}</dc:title>` : '') +
      (author ? `<dc:creator>${xml(author)}</dc:creator>` : '') +
      (created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` : '') +
      '</cp:coreProperties>',
  );
  return zip.generateAsync({ type: 'uint8array' });
}

/** `text` in a single-byte code page, built by inverting the platform's own decoder. */
export function encodeInCodePage(label: string, text: string): Uint8Array {
  const decoder = new TextDecoder(label);
  const byteOf = new Map<string, number>();
  for (let byte = 255; byte >= 0; byte--) byteOf.set(decoder.decode(new Uint8Array([byte])), byte);
  return Uint8Array.from([...text], (char) => {
    const byte = byteOf.get(char);
    if (byte === undefined) throw new Error(`${label} has no ${char}`);
    return byte;
  });
}
