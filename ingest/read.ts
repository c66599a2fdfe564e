/**
 * Documents from the file system: files, folders (walked recursively in sorted order, hidden
 * entries and `*.gold.json` annotation files skipped) and quoted glob patterns (`*`, `**`,
 * `?`). Text formats (plain text, Markdown, HTML) are handed on as bytes for cleaning to
 * decode; containers become one document per entry (a JSON Lines line, a JSON record, a feed
 * item); PDF and DOCX files are reduced to their text here, since that work is asynchronous.
 * Anything that cannot become a document is yielded as an IngestError beside the documents,
 * so one bad file never stops a run.
 *
 * Sizes: a file over `maxBytes` is refused from its size alone. JSON Lines files are streamed
 * and the limit applies to each line, since a corpus file is legitimately large.
 */
import { createReadStream, type Stats } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, resolve, sep } from 'node:path';
import { strictUtf8 } from './clean/decode.ts';
import { docxDocument } from './formats/docx.ts';
import { feedDocuments } from './formats/feed.ts';
import { pdfDocument } from './formats/pdf.ts';
import { jsonFileDocuments, recordToDocument } from './formats/records.ts';
import { ContainerListing, IngestError, type MediaType, type RawDocument } from './types.ts';

export interface ReadOptions {
  /** Largest document accepted, in bytes (default 20 MB). */
  maxBytes?: number;
  /** The encoding of every plain-text, Markdown and HTML file, when the user knows it. */
  encoding?: string;
  /** Called as each file is opened, before its documents are yielded (for progress). */
  onFile?: (path: string) => void;
  /** Called with the bytes of a file as it is read (line by line for JSON Lines). */
  onBytes?: (count: number) => void;
  /** Yield a ContainerListing before the entries of each container file (JSON Lines, JSON,
   *  feeds), for an ingest that retracts the entries a container no longer gives. */
  listings?: boolean;
}

export interface SourceFile {
  path: string;
  bytes: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const MEDIA_TYPES: Record<string, MediaType> = {
  '.txt': 'text/plain',
  '.text': 'text/plain',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.md': 'text/markdown',
  '.markdown': 'text/markdown',
};
const JSONL_EXTENSIONS = new Set(['.jsonl', '.ndjson']);

type Item = RawDocument | IngestError;

/** Files read whole and turned into documents by a reader of their format. */
const CONVERTED: Record<string, (path: string, bytes: Uint8Array) => Promise<Item[]> | Item[]> = {
  '.pdf': async (path, bytes) => [await pdfDocument(path, bytes)],
  '.docx': async (path, bytes) => [await docxDocument(path, bytes)],
  '.json': (path, bytes) => jsonText(path, bytes, jsonFileDocuments),
  '.rss': feedDocuments,
  '.atom': feedDocuments,
  '.xml': feedDocuments,
};
const SUPPORTED = [...Object.keys(MEDIA_TYPES), ...JSONL_EXTENSIONS, ...Object.keys(CONVERTED)].join(', ');
/** Converted files that give one document per entry (JSON Lines are containers too). */
const CONTAINERS = new Set(['.json', '.rss', '.atom', '.xml']);

const GLOB_CHARS = /[*?]/;

export function readSources(
  inputs: string[],
  options: ReadOptions & { listings: true },
): AsyncGenerator<Item | ContainerListing>;
export function readSources(inputs: string[], options?: ReadOptions): AsyncGenerator<Item>;
/**
 * The documents of files, folders and patterns, in order. Without `listings`, a container that
 * gave no entry is reported as an empty file.
 */
export async function* readSources(
  inputs: string[],
  options: ReadOptions = {},
): AsyncGenerator<Item | ContainerListing> {
  for await (const item of readInputs(inputs, options)) {
    if (!(item instanceof ContainerListing) || options.listings) yield item;
    else if (item.empty) yield item.empty;
  }
}

async function* readInputs(inputs: string[], options: ReadOptions): AsyncGenerator<Item | ContainerListing> {
  const settings: FileSettings = {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    encoding: options.encoding,
    onBytes: options.onBytes ?? (() => undefined),
  };
  const seen = new Set<string>();
  for (const input of inputs) {
    for await (const file of expandInput(input)) {
      if (file instanceof IngestError) {
        yield file;
        continue;
      }
      const key = resolve(file);
      if (seen.has(key)) continue;
      seen.add(key);
      options.onFile?.(file);
      yield* readFile(file, settings);
    }
  }
}

/**
 * The files readSources would open for these inputs, in the same order, with their sizes: a
 * plan for progress and time estimates. Only names and sizes are looked at; what cannot be
 * listed is left for readSources to report.
 */
export async function listSourceFiles(inputs: string[]): Promise<SourceFile[]> {
  const files: SourceFile[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    for await (const file of expandInput(input)) {
      if (file instanceof IngestError || seen.has(resolve(file))) continue;
      seen.add(resolve(file));
      files.push({
        path: file,
        bytes: await stat(file).then(
          (stats) => stats.size,
          () => 0,
        ),
      });
    }
  }
  return files;
}

/** The files an input names, in a stable order; folders and patterns skip hidden and gold files. */
async function* expandInput(input: string): AsyncGenerator<string | IngestError> {
  let stats: Stats;
  try {
    stats = await stat(input);
  } catch (error) {
    if (GLOB_CHARS.test(input)) {
      yield* expandGlob(input);
    } else {
      yield new IngestError(input, 'unreadable', `cannot read: ${reason(error)}`);
    }
    return;
  }
  if (stats.isDirectory()) {
    yield* walk(input, new Set(), Infinity);
  } else {
    yield input;
  }
}

async function* walk(
  folder: string,
  visited: Set<string>,
  depthLeft: number,
): AsyncGenerator<string | IngestError> {
  let real: string;
  let names: string[];
  try {
    real = await realpath(folder);
    names = (await readdir(folder)).sort();
  } catch (error) {
    yield new IngestError(folder, 'unreadable', `cannot list folder: ${reason(error)}`);
    return;
  }
  // A symbolic link back up the tree would otherwise be walked forever.
  if (visited.has(real)) return;
  visited.add(real);
  for (const name of names) {
    if (isSkipped(name)) continue;
    const path = join(folder, name);
    let stats: Stats;
    try {
      stats = await stat(path);
    } catch (error) {
      yield new IngestError(path, 'unreadable', `cannot read: ${reason(error)}`);
      continue;
    }
    if (!stats.isDirectory()) yield path;
    else if (depthLeft > 1) yield* walk(path, visited, depthLeft - 1);
  }
}

function isSkipped(name: string): boolean {
  return name.startsWith('.') || name.endsWith('.gold.json');
}

/**
 * Files matching a pattern: the fixed leading folders are the root of a walk whose relative
 * paths are matched against the rest (`**` any depth, `*` and `?` within one name).
 */
async function* expandGlob(pattern: string): AsyncGenerator<string | IngestError> {
  const segments = pattern.split(/[/\\]/);
  const firstGlob = segments.findIndex((segment) => GLOB_CHARS.test(segment));
  const fixed = segments.slice(0, firstGlob);
  const root = fixed.length === 0 ? '.' : fixed.join(sep) || sep;
  const rest = segments.slice(firstGlob);
  const matcher = globRegExp(rest.join('/'));
  // Without `**` a pattern reaches exactly as deep as its segments: no need to walk further.
  const depth = rest.some((segment) => segment.includes('**')) ? Infinity : rest.length;
  let matched = 0;
  for await (const file of walk(root, new Set(), depth)) {
    if (file instanceof IngestError) {
      yield file;
      continue;
    }
    const relative = file
      .slice(root === '.' ? 0 : join(root, '/').length)
      .split(sep)
      .join('/');
    if (!matcher.test(relative)) continue;
    matched++;
    yield file;
  }
  if (matched === 0) yield new IngestError(pattern, 'unreadable', 'no file matches this pattern');
}

export function globRegExp(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i] ?? '';
    if (char === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/';
      source += slash ? '(?:[^/]+/)*' : '.*';
      i += slash ? 2 : 1;
    } else if (char === '*') {
      source += '[^/]*';
    } else if (char === '?') {
      source += '[^/]';
    } else {
      source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
  }
  return new RegExp(`^${source}$`);
}

interface FileSettings {
  maxBytes: number;
  encoding: string | undefined;
  onBytes: (count: number) => void;
}

async function* readFile(
  path: string,
  { maxBytes, encoding, onBytes }: FileSettings,
): AsyncGenerator<Item | ContainerListing> {
  const extension = extname(path).toLowerCase();
  if (JSONL_EXTENSIONS.has(extension)) {
    // A first pass names every entry, so entries gone from the file can be retracted before
    // the others are written (a line that moved up takes the uri of one that went).
    const listing = await jsonLinesListing(path, maxBytes);
    if (listing) yield listing;
    if (!listing?.empty) yield* readJsonLines(path, maxBytes, onBytes);
    return;
  }
  const mediaType = MEDIA_TYPES[extension];
  const convert = CONVERTED[extension];
  if (!mediaType && !convert) {
    const kind = extension ? `'${extension}' files` : `files without an extension ('${basename(path)}')`;
    yield new IngestError(path, 'unsupported', `${kind} are not supported (supported: ${SUPPORTED})`);
    return;
  }
  let bytes: Uint8Array | IngestError;
  try {
    bytes = await readBounded(path, maxBytes);
  } catch (error) {
    yield new IngestError(path, 'unreadable', `cannot read: ${reason(error)}`);
    return;
  }
  if (bytes instanceof IngestError) {
    yield bytes;
    return;
  }
  onBytes(bytes.byteLength);
  if (mediaType) {
    yield { uri: path, bytes, mediaType, ...(encoding ? { encoding } : {}) };
  } else if (convert) {
    const items = await converted(path, bytes, convert, maxBytes);
    yield* CONTAINERS.has(extension) ? listed(path, items) : items;
  }
}

/**
 * A container's entries behind their listing. A container that could not be read at all lists
 * nothing (its earlier entries stay); an empty one is only its listing.
 */
function listed(path: string, items: Item[]): Array<Item | ContainerListing> {
  const [only] = items;
  if (items.length === 1 && only instanceof IngestError && only.uri === path) {
    return [only.code === 'empty' ? new ContainerListing(path, [], only) : only];
  }
  const listing = new ContainerListing(
    path,
    items.map((item) => item.uri),
  );
  return listing.empty ? [listing] : [listing, ...items];
}

/** The entries a JSON Lines file gives now, undefined when the file cannot be read. */
async function jsonLinesListing(path: string, maxBytes: number): Promise<ContainerListing | undefined> {
  const uris: string[] = [];
  for await (const item of readJsonLines(path, maxBytes, () => undefined)) {
    if (item instanceof IngestError && item.uri === path) return undefined;
    uris.push(item.uri);
  }
  return new ContainerListing(path, uris);
}

/**
 * The documents of a file whose bytes are already in hand (an upload), by the extension of its
 * name as a file on disk would be read: undefined for a name no container reader claims (plain
 * text, Markdown, HTML, or no extension), which the caller reads as text.
 */
export async function readConvertedBytes(
  name: string,
  bytes: Uint8Array,
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<Array<Item | ContainerListing> | undefined> {
  const extension = extname(name.replace(/[?#].*$/, '')).toLowerCase();
  if (JSONL_EXTENSIONS.has(extension)) return listed(name, jsonLinesText(name, bytes, maxBytes));
  const convert = CONVERTED[extension];
  if (!convert) return undefined;
  const items = await converted(name, bytes, convert, maxBytes);
  return CONTAINERS.has(extension) ? listed(name, items) : items;
}

/** A reader's documents, its refusal as an error, and extracted text over the limit refused too. */
async function converted(
  path: string,
  bytes: Uint8Array,
  convert: (path: string, bytes: Uint8Array) => Promise<Item[]> | Item[],
  maxBytes: number,
): Promise<Item[]> {
  let items: Item[];
  try {
    items = await convert(path, bytes);
  } catch (error) {
    if (error instanceof IngestError) return [error];
    return [new IngestError(path, 'malformed', `cannot read: ${reason(error)}`)];
  }
  return items.map((item) =>
    item instanceof IngestError || item.bytes.byteLength <= maxBytes
      ? item
      : tooLarge(item.uri, `its text of ${item.bytes.byteLength} bytes`, maxBytes),
  );
}

/** JSON is UTF-8 (RFC 8259); a file that is not is refused rather than read with replacement characters. */
function jsonText(path: string, bytes: Uint8Array, parse: (path: string, text: string) => Item[]): Item[] {
  const text = strictUtf8(bytes);
  if (text === undefined)
    return [new IngestError(path, 'encoding', 'JSON must be UTF-8, and this file is not')];
  return parse(path, text);
}

/** The whole file, unless it is larger than the limit: then only its size has been looked at. */
async function readBounded(path: string, maxBytes: number): Promise<Uint8Array | IngestError> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    if (size > maxBytes) return tooLarge(path, `${size} bytes`, maxBytes);
    // The file may grow between stat and read: read one byte past the limit to notice.
    const buffer = new Uint8Array(Math.min(size, maxBytes) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) {
        if (length > maxBytes) return tooLarge(path, `more than ${maxBytes} bytes`, maxBytes);
        break;
      }
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

function tooLarge(uri: string, size: string, maxBytes: number): IngestError {
  return new IngestError(uri, 'too-large', `${size} is over the limit of ${maxBytes} bytes`);
}

/** One document per line; a line over the limit is skipped without being held in memory. */
async function* readJsonLines(
  path: string,
  maxBytes: number,
  onBytes: (count: number) => void,
): AsyncGenerator<Item> {
  const stream = createReadStream(path);
  let lineNumber = 1;
  let parts: Buffer[] = [];
  let lineBytes = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let from = 0;
      for (let newline = chunk.indexOf(10); newline >= 0; newline = chunk.indexOf(10, from)) {
        lineBytes += newline - from;
        if (lineBytes <= maxBytes) parts.push(chunk.subarray(from, newline));
        onBytes(lineBytes + 1);
        yield* jsonLine(path, lineNumber, parts, lineBytes, maxBytes);
        lineNumber++;
        parts = [];
        lineBytes = 0;
        from = newline + 1;
      }
      lineBytes += chunk.length - from;
      if (lineBytes <= maxBytes) parts.push(chunk.subarray(from));
      else parts = [];
    }
  } catch (error) {
    yield new IngestError(path, 'unreadable', `cannot read: ${reason(error)}`);
    return;
  }
  onBytes(lineBytes);
  yield* jsonLine(path, lineNumber, parts, lineBytes, maxBytes);
}

/** The documents of JSON Lines already in memory, line by line as a file of them is read. */
function jsonLinesText(name: string, bytes: Uint8Array, maxBytes: number): Item[] {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const items: Item[] = [];
  let from = 0;
  for (let line = 1; from <= buffer.length; line++) {
    const newline = buffer.indexOf(10, from);
    const end = newline < 0 ? buffer.length : newline;
    items.push(...jsonLine(name, line, [buffer.subarray(from, end)], end - from, maxBytes));
    from = end + 1;
  }
  return items;
}

function* jsonLine(
  path: string,
  line: number,
  parts: Buffer[],
  bytes: number,
  maxBytes: number,
): Generator<Item> {
  const uri = `${path}#L${line}`;
  if (bytes > maxBytes) {
    yield tooLarge(uri, `${bytes} bytes`, maxBytes);
    return;
  }
  const text = strictUtf8(Buffer.concat(parts))?.trim();
  if (text === undefined) {
    yield new IngestError(uri, 'encoding', `line ${line} of ${path} is not UTF-8, as JSON Lines must be`);
    return;
  }
  if (text === '') return;
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (error) {
    yield new IngestError(uri, 'malformed', `line ${line} of ${path} is not valid JSON: ${reason(error)}`);
    return;
  }
  const document = recordToDocument(uri, record);
  if (typeof document === 'string') {
    yield new IngestError(uri, 'malformed', `line ${line} of ${path}: ${document}`);
  } else {
    yield document;
  }
}

function reason(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    const messages: Record<string, string> = {
      ENOENT: 'no such file or folder',
      EACCES: 'permission denied',
      EPERM: 'permission denied',
      EISDIR: 'is a folder, not a file',
      ENOTDIR: 'not a folder',
    };
    return (code && messages[code]) ?? error.message;
  }
  return String(error);
}
