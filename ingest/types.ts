/**
 * Records that flow through ingest before they become a GraphBatch.
 * Stages: read -> clean -> language -> sentences -> extract -> resolve -> batch.
 */
import type { LanguageTag } from '../graph-schema/model.ts';

/** Text to clean, or a STIX 2.1 bundle: structured knowledge, read as it is (formats/stix.ts). */
export type MediaType = 'text/plain' | 'text/html' | 'text/markdown' | 'application/stix+json';

/** Bytes as read from a file, a folder walk, a JSONL line or an HTTP upload. */
export interface RawDocument {
  /** Where it came from: a path, `path#line` for JSONL, or an address. */
  uri: string;
  bytes: Uint8Array;
  mediaType: MediaType;
  /** Metadata a container (JSONL, feed, PDF, upload form) supplied; cleaning may also find these. */
  title?: string;
  publishedAt?: string;
  source?: string;
  author?: string;
  /** The character encoding of `bytes` when the caller knows it (a label TextDecoder accepts). */
  encoding?: string;
  /**
   * Set by readers that decoded a container themselves (a feed, whose items are handed on as
   * UTF-8): the encoding the file was in, which is what the document records.
   */
  decodedFrom?: string;
}

/** The main text of a document, boilerplate removed. */
export interface CleanDocument {
  uri: string;
  title: string;
  text: string;
  publishedAt?: string;
  source?: string;
  author?: string;
  /** The encoding the document's bytes were decoded from (WHATWG name, e.g. `windows-1256`). */
  encoding: string;
  /** Problems that did not stop ingest (bad bytes replaced, text truncated...), for the user. */
  warnings: string[];
}

/** A span of a document's text: [start, end) in UTF-16 code units, like String.slice. */
export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  text: string;
  lang: LanguageTag;
}

/** Why a document could not be ingested. The message says what and where. */
export class IngestError extends Error {
  override name = 'IngestError';
  readonly uri: string;
  readonly code: 'unreadable' | 'empty' | 'too-large' | 'encoding' | 'unsupported' | 'malformed';

  constructor(
    uri: string,
    code: 'unreadable' | 'empty' | 'too-large' | 'encoding' | 'unsupported' | 'malformed',
    message: string,
  ) {
    super(`${uri}: ${message}`);
    this.uri = uri;
    this.code = code;
  }
}

/**
 * What a container file (JSON Lines, a JSON file of records, a feed) gives now, said by its
 * reader before its entries: the uri of every entry, read or failed, so that the entries it gave
 * before and gives no more can be retracted. Entries named after the file (`path`, `path#N`,
 * `path#LN`) belong to it; feed items named by their own link do not (a feed is a window onto a
 * site, and an item that scrolled out of it was not withdrawn).
 */
export class ContainerListing {
  readonly container: string;
  readonly uris: ReadonlySet<string>;
  /** Set when the container gave no entry: what an empty file is. */
  readonly empty: IngestError | undefined;

  constructor(container: string, uris: Iterable<string>, empty?: IngestError) {
    this.container = container;
    this.uris = new Set(uris);
    this.empty =
      this.uris.size > 0
        ? undefined
        : (empty ?? new IngestError(container, 'empty', 'the file gives no documents'));
  }

  /** Whether a stored document's uri names an entry of this container. */
  owns(uri: string): boolean {
    return uri === this.container || uri.startsWith(`${this.container}#`);
  }
}
