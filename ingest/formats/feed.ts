/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds: each item is a document of its own. Its address is
 * the item's link (or its guid / id), so the same article read from two snapshots of a feed
 * is one document; an item with neither gets `path#N`. The body is the fullest content the
 * item carries (`content:encoded`, Atom `content`, else the description or summary), read as
 * HTML; the channel's title is the source.
 */
import { DOMParser } from 'linkedom';
import { decodeBytes } from '../clean/decode.ts';
import { IngestError, type RawDocument } from '../types.ts';

type Item = RawDocument | IngestError;

/** True when the file's root element is a feed's (for `.xml` files, which may be anything). */
export function looksLikeFeed(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*|<![^>]*>\s*|<\?[^>]*>\s*)*<(?:rss|feed|rdf:RDF)[\s>]/i.test(
    text,
  );
}

export function feedDocuments(path: string, bytes: Uint8Array): Item[] {
  let text: string;
  let encoding: string;
  try {
    ({ text, encoding } = decodeBytes({ uri: path, bytes, mediaType: 'text/plain' }));
  } catch (error) {
    if (error instanceof IngestError) return [error];
    throw error;
  }
  if (text.trim() === '') return [new IngestError(path, 'empty', 'the file is empty')];
  if (!looksLikeFeed(text))
    return [
      new IngestError(
        path,
        'unsupported',
        'not an RSS or Atom feed (its root element is neither <rss>, <feed> nor <rdf:RDF>)',
      ),
    ];
  const document = new DOMParser().parseFromString(text, 'text/xml');
  const root = document.documentElement;
  const channelTitle = childText(root.getElementsByTagName('channel')[0] ?? root, 'title');
  const items = [...root.getElementsByTagName(root.localName === 'feed' ? 'entry' : 'item')];
  if (items.length === 0) return [new IngestError(path, 'empty', 'the feed has no items')];
  return items.map((item, index): Item => {
    const link = itemLink(item);
    const uri = link ?? `${path}#${index + 1}`;
    const html = firstText(item, ['content:encoded', 'content', 'description', 'summary']);
    if (html === undefined || html.trim() === '') {
      return new IngestError(
        uri,
        'empty',
        `item ${index + 1} of ${path} has no content, description or summary`,
      );
    }
    const title = childText(item, 'title');
    const publishedAt = isoDay(firstText(item, ['pubDate', 'published', 'dc:date', 'updated']));
    const author = childText(item, 'dc:creator') ?? authorOf(item);
    return {
      uri,
      bytes: new TextEncoder().encode(html),
      mediaType: 'text/html',
      encoding: 'utf-8',
      decodedFrom: encoding,
      ...(title ? { title } : {}),
      ...(publishedAt ? { publishedAt } : {}),
      ...(channelTitle ? { source: channelTitle } : {}),
      ...(author ? { author } : {}),
    };
  });
}

function children(element: Element, name: string): Element[] {
  return [...element.children].filter((child) => child.tagName.toLowerCase() === name.toLowerCase());
}

function childText(element: Element, name: string): string | undefined {
  return children(element, name)[0]?.textContent?.trim() || undefined;
}

function firstText(element: Element, names: string[]): string | undefined {
  for (const name of names) {
    const text = childText(element, name);
    if (text !== undefined) return text;
  }
  return undefined;
}

/** RSS `<link>text</link>`, Atom `<link rel="alternate" href>`, else a permalink guid or Atom id. */
function itemLink(item: Element): string | undefined {
  for (const link of children(item, 'link')) {
    const href = link.getAttribute('href');
    const rel = link.getAttribute('rel') ?? 'alternate';
    if (href && rel === 'alternate') return href.trim();
    if (!href && link.textContent?.trim()) return link.textContent.trim();
  }
  const guid = children(item, 'guid')[0];
  if (guid && guid.getAttribute('isPermaLink') !== 'false' && guid.textContent?.trim())
    return guid.textContent.trim();
  return childText(item, 'id') ?? (guid?.textContent?.trim() || undefined);
}

function authorOf(item: Element): string | undefined {
  const author = children(item, 'author')[0];
  if (!author) return undefined;
  return childText(author, 'name') ?? (author.textContent?.trim() || undefined);
}

/** RFC 822 (RSS) and RFC 3339 (Atom) dates as `YYYY-MM-DD`, in the date's own time zone where written. */
function isoDay(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
  if (iso) return iso;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}
