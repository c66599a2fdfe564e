/**
 * The article inside a web page: Readability over a linkedom document (scripts are parsed as
 * inert text and never run), paragraphs kept apart by blank lines. When Readability finds no
 * article, the page's body text stands in. Pages too large or too deeply nested for a DOM
 * (Readability recurses, and linkedom slows down on deep trees) are reduced to text by a
 * linear pass over their tags instead, so a hostile page costs time in proportion to its size.
 *
 * HTML lets a page leave out `<html>`, `<head>` and `<body>` (and a fragment has none of them),
 * but linkedom only builds a body from explicit tags; such input is given the skeleton a
 * browser would infer before it is parsed.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { isoDate } from './metadata.ts';
import { matchesOf } from '../regex-matches.ts';

export interface PageText {
  text: string;
  title?: string;
  publishedAt?: string;
  source?: string;
  warnings: string[];
}

/** Beyond these a page is not handed to a DOM and Readability (measured: seconds of work). */
const MAX_DOM_CHARS = 5_000_000;
const MAX_DOM_ELEMENTS = 8_000;
const MAX_DOM_DEPTH = 200;

/** Cookie and consent banners, recognised by the names pages give them. */
const CONSENT_BANNER = /cookie|consent|gdpr|rgpd/i;

const SKIPPED = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'HEAD',
  'CANVAS',
]);
/** Page furniture left out when the whole body stands in for a missing article. */
const FURNITURE = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'BUTTON', 'MENU']);
const BLOCKS = new Set(
  (
    'ADDRESS ARTICLE ASIDE BLOCKQUOTE DD DETAILS DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 ' +
    'H3 H4 H5 H6 HEADER HR LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TD TH THEAD TR UL'
  ).split(' '),
);
const VOID_ELEMENTS = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
);

export function htmlToText(html: string): PageText {
  const shape = measureTags(html);
  if (html.length > MAX_DOM_CHARS || shape.elements > MAX_DOM_ELEMENTS || shape.depth > MAX_DOM_DEPTH) {
    const title = /<title\b[^<>]*>([^<]*)<\/title/i.exec(html)?.[1]?.trim();
    return {
      text: tagsStripped(html),
      ...(title ? { title: decodeReferences(title) } : {}),
      warnings: [
        `page too large or deeply nested for article extraction (${shape.elements} elements, depth ${shape.depth}); all its text was kept`,
      ],
    };
  }
  const document = inertDocument(html);
  // Read before Readability, which edits the document it reads.
  const pageTitle = document.querySelector('title')?.textContent?.trim() || undefined;
  const heading = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || undefined;
  const article = readArticle(document);
  const articleText = article?.content ? blockText(article.content, false) : '';
  // The body fallback starts from a fresh parse for the same reason.
  const body = articleText ? undefined : inertDocument(html).body;
  const text = articleText || (body ? blockText(body, true) : '');
  const publishedAt = article?.publishedTime ? isoDate(article.publishedTime) : undefined;
  const source = article?.siteName?.trim() || undefined;
  const title = headline(pageTitle, heading, article?.title?.trim() || undefined, source);
  return {
    text,
    ...(title ? { title } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(source ? { source } : {}),
    warnings: [],
  };
}

/**
 * The page's own headline: its first heading when the page title contains it (titles often
 * add the outlet's name, which Readability does not always cut off), else Readability's title
 * without a trailing site name.
 */
function headline(
  pageTitle: string | undefined,
  heading: string | undefined,
  readabilityTitle: string | undefined,
  source: string | undefined,
): string | undefined {
  if (heading && pageTitle?.toLowerCase().includes(heading.toLowerCase())) return heading;
  return withoutSiteName(readabilityTitle ?? pageTitle, source);
}

/** "Headline | Outlet" -> "Headline" when the outlet is known to be the site's name. */
function withoutSiteName(title: string | undefined, site: string | undefined): string | undefined {
  if (!title || !site) return title;
  const suffix = new RegExp(`\\s+[|–—:»·-]\\s+${site.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`, 'iu');
  return title.replace(suffix, '') || title;
}

type Article = ReturnType<Readability<Node>['parse']>;

/**
 * The parsed page without what never carries article text: code, embeds and page furniture
 * (a header or footer inside the article itself stays: it may hold the byline).
 */
function inertDocument(html: string): Document {
  const { document } = parseHTML(withSkeleton(html));
  // Head elements written without a <head> landed in the body; a browser puts them in the head.
  for (const element of [...document.body.querySelectorAll('title, meta, link, base')]) {
    document.head.appendChild(element);
  }
  const unwanted = document.querySelectorAll(
    'script, style, noscript, template, iframe, object, nav, aside, form, button, menu, dialog, header, footer',
  );
  for (const element of [...unwanted]) {
    const tag = element.tagName.toUpperCase();
    if ((tag === 'HEADER' || tag === 'FOOTER') && element.parentElement?.closest('article')) continue;
    element.remove();
  }
  for (const element of [...document.querySelectorAll('[id], [class]')]) {
    if (CONSENT_BANNER.test(`${element.id} ${element.getAttribute('class') ?? ''}`)) element.remove();
  }
  return document;
}

/**
 * The page as linkedom needs it: explicit `<html>`, `<head>` and `<body>`. A page that writes
 * both `<html>` and `<body>` is left alone; otherwise the optional structural tags it has are
 * dropped and the rest becomes the body (head elements are moved back by the caller).
 */
function withSkeleton(html: string): string {
  if (/<html[\s>]/i.test(html) && /<body[\s>]/i.test(html)) return html;
  const content = html.replace(/<!doctype[^>]*>|<\/?(?:html|head|body)(?:\s[^>]*)?>/gi, '');
  return `<!DOCTYPE html><html><head></head><body>${content}</body></html>`;
}

function readArticle(document: Document): Article {
  try {
    return new Readability<Node>(document, {
      serializer: (node) => node,
      maxElemsToParse: MAX_DOM_ELEMENTS,
    }).parse();
  } catch {
    return null;
  }
}

/** Text of a subtree with paragraphs as blank-line-separated blocks; iterative, so depth is free. */
function blockText(root: Node, skipFurniture: boolean): string {
  let out = '';
  const stack: Array<Node | 'break'> = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    if (item === 'break') {
      out += '\n\n';
      continue;
    }
    if (item.nodeType === 3) {
      out += (item.nodeValue ?? '').replace(/[ \t\n\r\f]+/g, ' ');
      continue;
    }
    if (item.nodeType !== 1 && item.nodeType !== 9 && item.nodeType !== 11) continue;
    const tag = (item as Element).tagName?.toUpperCase() ?? '';
    if (SKIPPED.has(tag) || (skipFurniture && FURNITURE.has(tag))) continue;
    if (tag === 'BR') {
      out += '\n';
      continue;
    }
    const block = BLOCKS.has(tag);
    if (block) out += '\n\n';
    if (block) stack.push('break');
    const children = item.childNodes;
    for (let i = children.length - 1; i >= 0; i--) {
      const child = children[i];
      if (child) stack.push(child);
    }
  }
  return tidy(out);
}

/** Counts elements and the deepest nesting from the tags alone, without building a tree. */
function measureTags(html: string): { elements: number; depth: number } {
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  for (const match of matchesOf(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*?(\/?)>/g, html)) {
    const [, closing, name = '', selfClosing] = match;
    if (closing) {
      depth = Math.max(0, depth - 1);
    } else {
      elements++;
      if (!selfClosing && !VOID_ELEMENTS.has(name.toLowerCase())) maxDepth = Math.max(maxDepth, ++depth);
    }
  }
  return { elements, depth: maxDepth };
}

/** Text of a page by a single pass over its tags: for pages a DOM should not be built for. */
function tagsStripped(html: string): string {
  const visible = withoutElements(html.replace(/<!--[\s\S]*?-->/g, ' '), [
    'script',
    'style',
    'noscript',
    'template',
    'svg',
  ]);
  const flat = visible
    .replace(/[ \t\n\r\f]+/g, ' ')
    .replace(/<br\b[^<>]*>/gi, '\n')
    .replace(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g, (_tag, name: string) =>
      BLOCKS.has(name.toUpperCase()) ? '\n\n' : '',
    );
  return tidy(decodeReferences(flat));
}

/** Character references (`&amp;`, `&#233;`) decoded by the parser: a flat document, one text node. */
function decodeReferences(flat: string): string {
  const { document } = parseHTML(`<html><body><pre>${flat.replace(/</g, '&lt;')}</pre></body></html>`);
  return document.querySelector('pre')?.textContent ?? '';
}

/** Drops each named element with its content; an unclosed one runs to the end of the page. */
function withoutElements(html: string, names: readonly string[]): string {
  const lower = html.toLowerCase();
  // Where each name next opens; looked up again only once the cursor has passed it.
  const nextOpen = new Map(names.map((name) => [name, lower.indexOf(`<${name}`)]));
  let out = '';
  let cursor = 0;
  for (;;) {
    let next = -1;
    let nextName = '';
    for (const name of names) {
      let at = nextOpen.get(name) ?? -1;
      if (at >= 0 && at < cursor) {
        at = lower.indexOf(`<${name}`, cursor);
        nextOpen.set(name, at);
      }
      if (at >= 0 && (next < 0 || at < next)) [next, nextName] = [at, name];
    }
    if (next < 0) return out + html.slice(cursor);
    out += html.slice(cursor, next) + ' ';
    const close = lower.indexOf(`</${nextName}`, next);
    if (close < 0) return out;
    const closeEnd = lower.indexOf('>', close);
    cursor = closeEnd < 0 ? html.length : closeEnd + 1;
  }
}

/** Lines trimmed, at most one blank line between paragraphs, no blank edges. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
