/** Documents sent over HTTP (`POST /api/documents`): their shape and their conversion to RawDocument. */
import { z } from 'zod';
import { isStixBundle, STIX_MEDIA_TYPE, stixRawDocument } from '../ingest/formats/stix.ts';
import { strictUtf8 } from '../ingest/clean/decode.ts';
import { readConvertedBytes } from '../ingest/read.ts';
import { ContainerListing, type IngestError, type MediaType, type RawDocument } from '../ingest/types.ts';

const MEDIA_TYPES = [
  'text/plain',
  'text/html',
  'text/markdown',
  STIX_MEDIA_TYPE,
] as const satisfies readonly MediaType[];

export const uploadedDocument = z.object({
  uri: z.string().trim().min(1, 'every document needs a uri (its path or address)').max(4096),
  content: z.string(),
  /** `base64` carries bytes whose encoding the ingest cleaner should work out itself. */
  encoding: z.enum(['utf-8', 'base64']).default('utf-8'),
  mediaType: z.enum(MEDIA_TYPES).optional(),
  title: z.string().optional(),
  publishedAt: z.string().optional(),
  source: z.string().optional(),
  author: z.string().optional(),
  /** The encoding the sender decoded `content` from (a file in windows-1256 sent as text), recorded on the document. */
  decodedFrom: z.string().optional(),
});

/**
 * What a container file the sender read gives now (its entries' uris), placed before the
 * document at index `before` (the documents' length: after them all), so the entries it no
 * longer gives are retracted first (ingest-service.ts).
 */
export const uploadedListing = z.object({
  container: z.string().trim().min(1, 'a container listing names its file').max(4096),
  uris: z.array(z.string().max(4096)).max(1_000_000),
  before: z.number().int().nonnegative(),
});

export const uploadBody = z
  .object({
    documents: z.array(uploadedDocument),
    containers: z.array(uploadedListing).optional(),
    /** `rules` (the default) or `llm`; also accepted as `?extractor=`. */
    extractor: z.string().optional(),
  })
  // A container emptied since it was read sends its listing alone.
  .refine((body) => body.documents.length > 0 || (body.containers?.length ?? 0) > 0, {
    message: 'send at least one document',
    path: ['documents'],
  });

export type UploadedDocument = z.input<typeof uploadedDocument>;
export type UploadedListing = z.input<typeof uploadedListing>;

type Uploaded = RawDocument | IngestError | ContainerListing;

/** Every upload's documents, each listing before the document it names as `before`. */
export async function uploadedSources(
  documents: ReadonlyArray<z.output<typeof uploadedDocument>>,
  containers: ReadonlyArray<z.output<typeof uploadedListing>> = [],
): Promise<Uploaded[]> {
  const read = await Promise.all(documents.map(uploadedDocuments));
  const sources: Uploaded[] = [];
  for (let index = 0; index <= read.length; index++) {
    for (const listing of containers) {
      if (Math.min(listing.before, read.length) === index)
        sources.push(new ContainerListing(listing.container, listing.uris));
    }
    sources.push(...(read[index] ?? []));
  }
  return sources;
}

/**
 * The documents of one upload. Text, Markdown and HTML (named so, or given a media type) are
 * one document each; a STIX bundle is recognised by its content; PDF, DOCX, JSON, JSON Lines
 * and feeds go through the readers a file of that name would (one upload may hold many
 * documents, and a reader's refusal comes back as an error for that upload alone).
 */
export async function uploadedDocuments(upload: z.output<typeof uploadedDocument>): Promise<Uploaded[]> {
  const bytes =
    upload.encoding === 'base64'
      ? Buffer.from(upload.content, 'base64')
      : Buffer.from(upload.content, 'utf8');
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const given = {
    ...(upload.title === undefined ? {} : { title: upload.title }),
    ...(upload.publishedAt === undefined ? {} : { publishedAt: upload.publishedAt }),
    ...(upload.source === undefined ? {} : { source: upload.source }),
    ...(upload.author === undefined ? {} : { author: upload.author }),
    ...(upload.decodedFrom === undefined ? {} : { decodedFrom: upload.decodedFrom }),
  };
  if (upload.mediaType === undefined) {
    const bundle = stixBundleText(bytes);
    if (bundle !== undefined) return [stixRawDocument(upload.uri, bundle, upload.title)];
    const converted = await readConvertedBytes(upload.uri, view);
    if (converted !== undefined)
      return converted.map((item) =>
        item instanceof Error || item instanceof ContainerListing ? item : { ...item, ...given },
      );
  }
  return [
    {
      uri: upload.uri,
      bytes: view,
      mediaType: upload.mediaType ?? guessMediaType(upload.uri, bytes),
      ...given,
    },
  ];
}

/** The text of an upload that is a STIX bundle (recognised by its content, whatever its name). */
function stixBundleText(bytes: Buffer): string | undefined {
  // JSON is UTF-8: bytes that are not are left to the text path, which works out their encoding.
  const text = strictUtf8(bytes);
  if (text === undefined || !text.trimStart().startsWith('{')) return undefined;
  try {
    return isStixBundle(JSON.parse(text)) ? text : undefined;
  } catch {
    return undefined;
  }
}

/** From the name first; a name that says nothing leaves it to whether the bytes look like markup. */
function guessMediaType(uri: string, bytes: Buffer): MediaType {
  const path = uri.replace(/[?#].*$/, '').toLowerCase();
  if (/\.(html?|xhtml)$/.test(path)) return 'text/html';
  if (/\.(md|markdown)$/.test(path)) return 'text/markdown';
  if (/\.(txt|text)$/.test(path)) return 'text/plain';
  const head = bytes.subarray(0, 512).toString('utf8').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') ? 'text/html' : 'text/plain';
}
