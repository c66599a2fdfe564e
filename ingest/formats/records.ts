/**
 * Documents described as JSON records, one per JSON Lines line or in a JSON file (one record or
 * an array of them): `{"text": ...}` or `{"html": ...}`, with optional `title`, `url`,
 * `publishedAt`, `source` and `author`. A JSON file holding a STIX bundle is that bundle.
 */
import { IngestError, type RawDocument } from '../types.ts';
import { isStixBundle, stixRawDocument } from './stix.ts';

const STRING_FIELDS = ['text', 'html', 'url', 'title', 'publishedAt', 'source', 'author'] as const;

/** The document a record describes, or why it does not describe one. */
export function recordToDocument(uri: string, record: unknown): RawDocument | string {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) {
    return 'expected an object like {"text": "..."} or {"html": "..."}';
  }
  const fields = record as Record<string, unknown>;
  for (const key of STRING_FIELDS) {
    if (fields[key] !== undefined && typeof fields[key] !== 'string') return `"${key}" must be a string`;
  }
  const { text, html, url, title, publishedAt, source, author } = fields as Partial<
    Record<(typeof STRING_FIELDS)[number], string>
  >;
  const body = html ?? text;
  if (body === undefined) return 'has neither "text" nor "html"';
  const outlet = source ?? (url ? hostOf(url) : undefined);
  return {
    uri,
    bytes: new TextEncoder().encode(body),
    mediaType: html === undefined ? 'text/plain' : 'text/html',
    encoding: 'utf-8',
    ...(title ? { title } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(outlet ? { source: outlet } : {}),
    ...(author ? { author } : {}),
  };
}

/**
 * The documents of a JSON file: a STIX bundle, one record, or an array of records (`path#N`
 * each, N from 1).
 * A record that is not a document is an error of its own; the others still come through.
 */
export function jsonFileDocuments(path: string, text: string): Array<RawDocument | IngestError> {
  if (text.trim() === '') return [new IngestError(path, 'empty', 'the file is empty')];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [
      new IngestError(
        path,
        'malformed',
        `not valid JSON: ${error instanceof Error ? error.message : String(error)}`,
      ),
    ];
  }
  // A STIX bundle is recognised by its content, whatever the file is called.
  if (isStixBundle(value)) return [stixRawDocument(path, text)];
  const records = Array.isArray(value) ? value : [value];
  return records.map((record, index) => {
    const uri = Array.isArray(value) ? `${path}#${index + 1}` : path;
    const document = recordToDocument(uri, record);
    if (typeof document !== 'string') return document;
    return new IngestError(
      uri,
      'malformed',
      Array.isArray(value) ? `record ${index + 1}: ${document}` : document,
    );
  });
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname || undefined;
  } catch {
    return undefined;
  }
}
