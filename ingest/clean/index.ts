/**
 * A raw document's main text, final: every later offset points into `text`. Markup is
 * reduced to text, page boilerplate removed, the dateline taken out as metadata, line endings
 * normalised and runs of blank lines shortened; the words themselves (Arabic, French quotes,
 * non-breaking spaces) stay exactly as written.
 */
import { IngestError, type CleanDocument, type RawDocument } from '../types.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { decodeBytes } from './decode.ts';
import { htmlToText } from './html.ts';
import { markdownToText } from './markdown.ts';
import { findPublication, findTitle, isoDate } from './metadata.ts';

interface Extracted {
  text: string;
  title?: string;
  publishedAt?: string;
  source?: string;
  warnings: string[];
}

export function cleanDocument(raw: RawDocument): CleanDocument {
  const decoded = decodeBytes(raw);
  const extracted = extract(raw, decoded.text.replace(/\r\n?/g, '\n'));
  let body = removeBoilerplate(extracted.text);
  const publication = findPublication(body);
  if (publication) body = body.slice(0, publication.line.start) + body.slice(publication.line.end);
  const text = tidy(body);
  if (text === '') {
    throw new IngestError(raw.uri, 'empty', 'no text left once markup and page boilerplate were removed');
  }
  const publishedAt =
    (raw.publishedAt ? (isoDate(raw.publishedAt) ?? raw.publishedAt) : undefined) ??
    extracted.publishedAt ??
    publication?.publishedAt;
  const source = raw.source ?? extracted.source ?? publication?.source;
  const author = raw.author?.trim();
  return {
    uri: raw.uri,
    title: raw.title?.trim() || extracted.title || findTitle(text),
    text,
    ...(publishedAt ? { publishedAt } : {}),
    ...(source ? { source } : {}),
    ...(author ? { author } : {}),
    encoding: raw.decodedFrom ?? decoded.encoding,
    warnings: [...decoded.warnings, ...extracted.warnings],
  };
}

function extract(raw: RawDocument, text: string): Extracted {
  switch (raw.mediaType) {
    case 'text/html':
      return htmlToText(text);
    case 'text/markdown':
      return { ...markdownToText(text), warnings: [] };
    case 'text/plain':
      return { text, warnings: [] };
    case 'application/stix+json':
      // A bundle keeps its text exactly: its evidence offsets point into the JSON as written.
      throw new IngestError(raw.uri, 'unsupported', 'a STIX bundle is imported as such, not cleaned as text');
  }
}

/** Blank lines left by removed boilerplate collapse to one; the edges of the text are trimmed. */
function tidy(text: string): string {
  return text
    .replace(/^[ \t\u00a0]+$/gmu, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
